"""One ticket as staff read it: thread, attachments, classification, evidence, audit trail."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from pipeline.errors import UnparseableMail
from pipeline.ingest.parse import parse_mail
from pipeline.tickets.models import (
    AttachmentRecord,
    AuditEvent,
    Blob,
    LedgerEntry,
    Message,
    Ticket,
)
from pipeline.web.auth import Staff
from pipeline.web.models import Assignment, CategoryCorrection
from pipeline.web.queue import visible

DECIDED = ("head_request_approved", "head_request_refused")


@dataclass(frozen=True, slots=True)
class Evidence:
    """The last head-of-establishment request on a ticket and whether a person decided it."""

    facts: dict[str, Any]
    decided: str  # "" while waiting for a person


def find_ticket(session: Session, staff: Staff, reference: str) -> Ticket | None:
    """The ticket when it exists and is in the person's scope (else None: no hint it exists)."""
    query = visible(select(Ticket).where(Ticket.reference == reference.upper()), staff)
    ticket: Ticket | None = session.exec(query).first()
    return ticket


def read_ticket(session: Session, ticket: Ticket) -> dict[str, Any]:
    messages = session.exec(select(Message).where(Message.ticket_id == ticket.id)
                            .order_by(Message.id)).all()  # type: ignore[arg-type]
    ids = [m.id for m in messages]
    attachments = session.exec(select(AttachmentRecord).where(
        AttachmentRecord.message_id.in_(ids))).all()  # type: ignore[attr-defined]
    events = session.exec(select(AuditEvent).where(AuditEvent.ticket_id == ticket.id)
                          .order_by(AuditEvent.id)).all()  # type: ignore[arg-type]
    assignment = session.get(Assignment, ticket.id)
    corrections = session.exec(select(CategoryCorrection).where(
        CategoryCorrection.ticket_id == ticket.id).order_by(CategoryCorrection.id)).all()  # type: ignore[arg-type]
    return {
        "ticket": ticket,
        "messages": [{"row": m, "has_html": bool(m.ledger_id and message_html(session, m)),
                      "attachments": [a for a in attachments if a.message_id == m.id]}
                     for m in messages],
        "events": [{"row": e, "detail": _detail(e.detail)} for e in events],
        "evidence": read_evidence(events),
        "assignee": assignment.user_email if assignment else None,
        "corrections": corrections,
    }


def read_evidence(events: Any) -> Evidence | None:
    requests = [e for e in events if e.event == "head_request_evidence"]
    if not requests:
        return None
    last = requests[-1]
    decided = next((e.event for e in reversed(events)
                    if e.event in DECIDED and e.id > last.id), "")
    return Evidence(_detail(last.detail), decided)


def message_html(session: Session, message: Message) -> str:
    """The HTML part as received (unsanitised: callers sanitise), read from the raw mail."""
    if message.ledger_id is None:
        return ""
    entry = session.get(LedgerEntry, message.ledger_id)
    blob = session.get(Blob, entry.sha256) if entry else None
    if blob is None:
        return ""
    try:
        mail, _ = parse_mail(blob.data)
    except UnparseableMail:
        return ""
    return mail.html


def find_attachment(session: Session, staff: Staff,
                    attachment_id: int) -> tuple[AttachmentRecord, bytes] | None:
    """An attachment and its bytes, only when its ticket is in the person's scope."""
    found = session.exec(visible(
        select(AttachmentRecord, Ticket.id)
        .join(Message, Message.id == AttachmentRecord.message_id)
        .join(Ticket, Ticket.id == Message.ticket_id)
        .where(AttachmentRecord.id == attachment_id), staff)).first()
    if found is None:
        return None
    record = found[0]
    blob = session.get(Blob, record.sha256)
    return (record, blob.data) if blob else None


def find_message(session: Session, staff: Staff, message_id: int) -> Message | None:
    found = session.exec(visible(select(Message).join(Ticket, Ticket.id == Message.ticket_id)
                                 .where(Message.id == message_id), staff)).first()
    return found


def _detail(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {"text": text}
    return value if isinstance(value, dict) else {"value": value}
