"""Open or update a ticket for a classified mail, with its message row and audit trail."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from pipeline.case import Case, ParsedMail
from pipeline.db import insert_ignoring
from pipeline.tickets.models import (
    AttachmentRecord,
    AuditEvent,
    Message,
    Participant,
    Ticket,
    utcnow,
)
from pipeline.tickets.threading import ThreadIndex, ThreadMatch, format_reference

log = logging.getLogger(__name__)

STAFF_DUE = timedelta(hours=48)
PARENT_WAIT = timedelta(minutes=5)  # a parent received longer ago and not filed is stuck
AUDIT_LINES = "audit_lines"  # Session.info key: lines waiting for the commit


@dataclass(frozen=True, slots=True)
class Incoming:
    """A prepared mail to file, and the key that makes filing it twice impossible."""

    case: Case
    dedupe_key: str


@dataclass(frozen=True, slots=True)
class Filed:
    """What filing did: the ticket, the message row, and whether the ticket is new."""

    ticket: Ticket
    message: Message
    is_new: bool
    matched_by: str


@dataclass(frozen=True, slots=True)
class Waiting:
    """The mail answers one that is still being filed: filed after it, it joins its ticket."""


@dataclass(frozen=True, slots=True)
class Duplicate:
    """The mail is already on this ticket (same Message-ID, or same bytes without one)."""

    ticket_id: int


def audit(session: Session, event: str, *, ticket_id: int | None = None,
          ledger_id: int | None = None, actor: str = "pipeline", at: datetime | None = None,
          **detail: object) -> None:
    """Add a line to the audit trail.

    A transaction's lines are written together at its commit (or before a query, when the
    session autoflushes): building one ORM object per line cost the batch flow dearly.
    """
    session.info.setdefault(AUDIT_LINES, []).append({
        "ticket_id": ticket_id, "ledger_id": ledger_id, "actor": actor, "event": event,
        "detail": json.dumps(detail, ensure_ascii=False, default=str), "at": at or utcnow()})


@sa.event.listens_for(Session, "before_commit")
def _write_audit_lines(session: Session) -> None:
    lines = session.info.pop(AUDIT_LINES, None)
    if lines:
        session.connection().execute(sa.insert(AuditEvent), lines)


@sa.event.listens_for(Session, "do_orm_execute")
def _write_audit_lines_before_reading(state: sa.orm.ORMExecuteState) -> None:
    if state.session.autoflush and state.is_select:  # reads see what was written, as autoflush
        _write_audit_lines(state.session)


@sa.event.listens_for(Session, "after_soft_rollback")
def _drop_audit_lines(session: Session, _previous: object) -> None:
    session.info.pop(AUDIT_LINES, None)  # what was rolled back did not happen


def file_batch(session: Session, batch: Sequence[Incoming], *, ours: frozenset[str],
               now: datetime) -> list[Filed | Duplicate | Waiting]:
    """Join each mail's thread or open a new ticket, in a handful of statements per batch.

    Threads, duplicates and participants are read once for the whole batch and kept current
    in memory, so a mail answering (or repeating) an earlier one of the batch finds it.
    The rows are flushed here; the caller commits.
    """
    keys = [item.dedupe_key for item in batch]
    known: dict[str, int | Ticket] = dict(session.exec(  # type: ignore[arg-type]
        select(Message.dedupe_key, Message.ticket_id)
        .where(col(Message.dedupe_key).in_(keys))).all())
    threads = ThreadIndex(session, [item.case.mail for item in batch], since=now - PARENT_WAIT)
    planned: list[tuple[Incoming, Ticket, ThreadMatch] | int | Ticket | Waiting] = []
    for item in batch:
        if item.dedupe_key in known:
            planned.append(known[item.dedupe_key])
            continue
        mail = item.case.mail
        match = threads.find(mail)
        if match.ticket is None and threads.parent_in_flight(mail):
            planned.append(Waiting())
            continue
        ticket = match.ticket or _new_ticket(item.case, match, now=now)
        session.add(ticket)
        threads.add(ticket, mail.message_id, _people(mail, ours))
        known[item.dedupe_key] = ticket
        planned.append((item, ticket, match))
    session.flush()  # the new tickets, in one INSERT: their ids make their references
    for plan in planned:
        if isinstance(plan, tuple) and plan[2].ticket is None:
            plan[1].reference = format_reference(plan[1].id or 0)
    filed = [plan if isinstance(plan, Waiting) else
             _add_message(session, *plan, now=now) if isinstance(plan, tuple) else
             Duplicate(plan if isinstance(plan, int) else plan.id or 0) for plan in planned]
    session.flush()  # the messages, in one INSERT: attachments and replies need their ids
    _add_details(session, [(item.case.mail, f) for item, f in zip(batch, filed, strict=True)
                           if isinstance(f, Filed)], ours, now=now)
    return filed


def _new_ticket(case: Case, match: ThreadMatch, *, now: datetime) -> Ticket:
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
    return ticket


def _update_on_reply(ticket: Ticket, case: Case, *, now: datetime) -> None:
    """A person's reply puts the ticket back in front of staff; a robot's changes nothing."""
    if case.classification and case.classification.action == "ignore":
        return
    if ticket.state != "open":
        ticket.state = "open"
        ticket.due_at = now + STAFF_DUE
    ticket.waiting_on = "staff"


def _add_message(session: Session, item: Incoming, ticket: Ticket, match: ThreadMatch, *,
                 now: datetime) -> Filed:
    case, mail = item.case, item.case.mail
    is_new = match.ticket is None
    if not is_new:
        _update_on_reply(ticket, case, now=now)
    ticket.updated_at = now
    assert ticket.id is not None  # flushed by file_batch
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
        matched_by=match.matched_by,
        created_at=now,
        dedupe_key=item.dedupe_key,
    )
    session.add(message)
    return Filed(ticket, message, is_new, match.matched_by)


def _add_details(session: Session, filed: list[tuple[ParsedMail, Filed]],
                 ours: frozenset[str], *, now: datetime) -> None:
    """Attachments, participants and the audit trail of a batch, each table in one go."""
    connection = session.connection()
    attachments = [{"message_id": f.message.id, "filename": a.filename[:500],
                    "content_type": a.content_type, "size": a.size, "sha256": a.sha256}
                   for mail, f in filed for a in mail.attachments]
    if attachments:
        connection.execute(sa.insert(AttachmentRecord), attachments)
    people = sorted({(f.ticket.id, email) for mail, f in filed for email in _people(mail, ours)})
    if people:  # another worker may add the same person to the same thread meanwhile
        connection.execute(insert_ignoring(session, Participant, ["ticket_id", "email"]),
                           [{"ticket_id": t, "email": e} for t, e in people])
    for _, f in filed:
        audit(session, "ticket_opened" if f.is_new else "message_added", ticket_id=f.ticket.id,
              ledger_id=f.message.ledger_id, at=now, matched_by=f.matched_by,
              message_id=f.message.message_id, automated=f.message.automated_reason)
        log.info("ledger %s: ticket %s (%s)", f.message.ledger_id, f.ticket.reference,
                 f.matched_by)


def _people(mail: ParsedMail, ours: frozenset[str]) -> set[str]:
    """The sender and the people in copy may continue the ticket by its reference."""
    return {mail.sender.email, *(a.email for a in (*mail.to, *mail.cc))} - ours - {""}


def _automated_reason(case: Case) -> str:
    return case.automated.reason if case.automated and case.automated.automated else ""
