"""Which ticket a mail belongs to: thread headers first, a subject reference only from participants."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session, select

from pipeline.case import ParsedMail
from pipeline.tickets.models import Message, Participant, Ticket

REFERENCE = re.compile(r"\[#?\s*(SUP-\d{6,})\s*\]|\b(SUP-\d{6,})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ThreadMatch:
    ticket: Ticket | None
    matched_by: str  # in-reply-to | references | subject-reference | new
    linked_ticket_id: int | None = None  # a reference quoted by a stranger: linked, never joined


def format_reference(ticket_id: int) -> str:
    return f"SUP-{ticket_id:06d}"


def quoted_references(subject: str) -> list[str]:
    return [(a or b).upper() for a, b in REFERENCE.findall(subject)]


def find_thread(session: Session, mail: ParsedMail) -> ThreadMatch:
    if mail.in_reply_to:
        ticket = _ticket_of_message(session, [mail.in_reply_to])
        if ticket:
            return ThreadMatch(ticket, "in-reply-to")
    if mail.references:
        ticket = _ticket_of_message(session, list(reversed(mail.references)))
        if ticket:
            return ThreadMatch(ticket, "references")
    for reference in quoted_references(mail.subject):
        ticket = session.exec(select(Ticket).where(Ticket.reference == reference)).first()
        if ticket is None:
            continue
        if is_participant(session, ticket, mail.sender.email):
            return ThreadMatch(ticket, "subject-reference")
        return ThreadMatch(None, "new", linked_ticket_id=ticket.id)
    return ThreadMatch(None, "new")


def _ticket_of_message(session: Session, message_ids: list[str]) -> Ticket | None:
    """The ticket of the nearest known message among `message_ids` (nearest first)."""
    rows = session.exec(
        select(Message.message_id, Message.ticket_id).where(
            Message.message_id.in_(message_ids[:50])  # type: ignore[attr-defined]
        )
    ).all()
    by_id = dict(rows)
    for message_id in message_ids:
        if message_id in by_id:
            return session.get(Ticket, by_id[message_id])
    return None


def is_participant(session: Session, ticket: Ticket, email: str) -> bool:
    if not email:
        return False
    row = session.exec(
        select(Participant.id).where(Participant.ticket_id == ticket.id, Participant.email == email)
    ).first()
    return row is not None
