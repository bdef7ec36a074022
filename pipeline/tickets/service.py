"""Open or update a ticket for a classified mail, with its message row and audit trail."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, select

from pipeline.case import Case, ParsedMail
from pipeline.db import insert_ignoring
from pipeline.tickets.models import (
    AttachmentRecord,
    AuditEvent,
    Message,
    Participant,
    Ticket,
)
from pipeline.tickets.threading import ThreadMatch, find_thread, format_reference

log = logging.getLogger(__name__)

STAFF_DUE = timedelta(hours=48)


@dataclass(frozen=True, slots=True)
class Filed:
    """What filing did: the ticket, the message row, and whether the ticket is new."""

    ticket: Ticket
    message: Message
    is_new: bool
    matched_by: str


def audit(session: Session, event: str, *, ticket_id: int | None = None,
          ledger_id: int | None = None, actor: str = "pipeline", at: datetime | None = None,
          **detail: object) -> None:
    row = AuditEvent(ticket_id=ticket_id, ledger_id=ledger_id, actor=actor, event=event,
                     detail=json.dumps(detail, ensure_ascii=False, default=str))
    if at is not None:
        row.at = at
    session.add(row)


def file_ticket(session: Session, case: Case, *, ours: frozenset[str], now: datetime,
                dedupe_key: str) -> Filed:
    """Join the mail's thread or open a new ticket; the caller commits.

    The message row is flushed here, so the next mail of a batch finds it (thread, duplicate).
    """
    match = find_thread(session, case.mail)
    is_new = match.ticket is None
    ticket = match.ticket or _open_ticket(session, case, match, now=now)
    message = _add_message(session, ticket, case, match.matched_by, now=now,
                           dedupe_key=dedupe_key)
    _add_participants(session, ticket, case.mail, ours, is_new=is_new)
    if not is_new:
        _update_on_reply(ticket, case, now=now)
    ticket.updated_at = now
    session.add(ticket)
    audit(session, "ticket_opened" if is_new else "message_added", ticket_id=ticket.id,
          ledger_id=case.ledger_id, at=now, matched_by=match.matched_by,
          message_id=case.mail.message_id, automated=_automated_reason(case))
    log.info("ledger %s: ticket %s (%s)", case.ledger_id, ticket.reference, match.matched_by)
    return Filed(ticket, message, is_new, match.matched_by)


def _open_ticket(session: Session, case: Case, match: ThreadMatch, *, now: datetime) -> Ticket:
    mail, cls, ent = case.mail, case.classification, case.entities
    ticket = Ticket(
        subject=mail.subject[:500],
        requester=mail.sender.email,
        requester_name=mail.sender.name,
        language=mail.language,
        linked_ticket_id=match.linked_ticket_id,
        created_at=now,
        due_at=now + STAFF_DUE,
    )
    if cls:
        ticket.category, ticket.confidence = cls.category, cls.confidence
        ticket.action, ticket.decided_by = cls.action, cls.decided_by
    if ent:
        ticket.uai, ticket.region, ticket.platform = ent.uai, ent.region, ent.platform
    if cls and cls.action == "ignore":
        ticket.state, ticket.waiting_on, ticket.due_at = "resolved", "nobody", None
    session.add(ticket)
    session.flush()
    assert ticket.id is not None
    ticket.reference = format_reference(ticket.id)
    return ticket


def _update_on_reply(ticket: Ticket, case: Case, *, now: datetime) -> None:
    """A person's reply puts the ticket back in front of staff; a robot's changes nothing."""
    if case.classification and case.classification.action == "ignore":
        return
    if ticket.state != "open":
        ticket.state = "open"
        ticket.due_at = now + STAFF_DUE
    ticket.waiting_on = "staff"


def _add_message(session: Session, ticket: Ticket, case: Case, matched_by: str,
                 *, now: datetime, dedupe_key: str) -> Message:
    mail = case.mail
    message = Message(
        ticket_id=ticket.id,
        ledger_id=case.ledger_id,
        direction="in",
        message_id=mail.message_id,
        in_reply_to=mail.in_reply_to,
        references=" ".join(mail.references),
        sender=mail.sender.email,
        sender_name=mail.sender.name,
        recipients=", ".join(a.email for a in (*mail.to, *mail.cc)),
        subject=mail.subject,
        sent_at=mail.date,
        text=mail.text,
        new_text=mail.new_text,
        automated_reason=_automated_reason(case),
        matched_by=matched_by,
        created_at=now,
        dedupe_key=dedupe_key,
    )
    session.add(message)
    session.flush()
    for item in mail.attachments:
        session.add(AttachmentRecord(message_id=message.id, filename=item.filename[:500],
                                     content_type=item.content_type, size=item.size,
                                     sha256=item.sha256))
    return message


def _add_participants(session: Session, ticket: Ticket, mail: ParsedMail,
                      ours: frozenset[str], *, is_new: bool) -> None:
    """The sender and the people in copy may continue the ticket by its reference."""
    addresses = {mail.sender.email, *(a.email for a in (*mail.to, *mail.cc))} - ours - {""}
    if not is_new:
        addresses -= set(session.exec(select(Participant.email).where(
            Participant.ticket_id == ticket.id)))
    if addresses:  # another worker may add the same person to the same thread meanwhile
        session.connection().execute(
            insert_ignoring(session, Participant, ["ticket_id", "email"]),
            [{"ticket_id": ticket.id, "email": a} for a in sorted(addresses)])


def _automated_reason(case: Case) -> str:
    return case.automated.reason if case.automated and case.automated.automated else ""
