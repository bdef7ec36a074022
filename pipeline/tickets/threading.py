"""Which ticket a mail belongs to: thread headers first, a quoted reference from participants."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from pipeline.case import ParsedMail
from pipeline.tickets.models import LedgerEntry, Message, Participant, Ticket

REFERENCE = re.compile(r"\[#?\s*(SUP-\d{6,})\s*\]|\b(SUP-\d{6,})\b", re.IGNORECASE)
NEAREST_REFERENCES = 50  # a thread header lists ancestors oldest first; the nearest decide
IN_FLIGHT = ("received", "processing")  # ledger states of a mail not on a ticket yet


@dataclass(frozen=True, slots=True)
class ThreadMatch:
    ticket: Ticket | None
    matched_by: str  # in-reply-to | references | subject-reference | new
    linked_ticket_id: int | None = None  # a reference quoted by a stranger: linked, never joined


def format_reference(ticket_id: int) -> str:
    return f"SUP-{ticket_id:06d}"


def quoted_references(subject: str) -> list[str]:
    return [(a or b).upper() for a, b in REFERENCE.findall(subject)]


def _thread_ids(mail: ParsedMail) -> list[str]:
    """The Message-IDs a mail answers, nearest first."""
    nearest = list(reversed(mail.references))[:NEAREST_REFERENCES]
    return [mail.in_reply_to, *nearest] if mail.in_reply_to else nearest


class ThreadIndex:
    """The threads a batch of mails may join, read in four queries.

    Kept current while the batch is filed, so a mail answering an earlier one of the same
    batch joins its ticket. Tickets are keyed by object identity: new ones have no id yet.
    Thread headers join whoever sends them (DESIGN.md: only someone who received the mail
    knows its Message-ID); a quoted reference joins only a participant.
    """

    def __init__(self, session: Session, mails: Sequence[ParsedMail], *, since: datetime):
        wanted = {i for mail in mails for i in _thread_ids(mail)}
        references = {r for mail in mails for r in quoted_references(mail.subject)}
        # the ledger before the messages: a parent filed between the two reads is then seen
        # as a message; the other way round it would be seen by neither
        in_flight = set(session.exec(select(LedgerEntry.message_id).where(
            col(LedgerEntry.message_id).in_(wanted), col(LedgerEntry.state).in_(IN_FLIGHT),
            col(LedgerEntry.received_at) >= since))) if wanted else set()
        ticket_of = dict(session.exec(select(Message.message_id, Message.ticket_id).where(
            col(Message.message_id).in_(wanted))).all()) if wanted else {}
        tickets = list(session.exec(select(Ticket).where(
            col(Ticket.id).in_(set(ticket_of.values())) | col(Ticket.reference).in_(references))
        )) if ticket_of or references else []
        by_id = {t.id: t for t in tickets}
        self.by_message = {m: by_id[t] for m, t in ticket_of.items() if t in by_id}
        self.in_flight = in_flight - ticket_of.keys()
        self.by_reference = {t.reference: t for t in tickets if t.reference in references}
        senders = {mail.sender.email for mail in mails} - {""}
        self.people: dict[int, set[str]] = {id(t): set() for t in tickets}
        if senders and self.by_reference:
            for ticket_id, email in session.exec(select(Participant.ticket_id, Participant.email)
                                                 .where(col(Participant.ticket_id).in_(by_id),
                                                        col(Participant.email).in_(senders))):
                self.people[id(by_id[ticket_id])].add(email)

    def find(self, mail: ParsedMail) -> ThreadMatch:
        if mail.in_reply_to in self.by_message:
            return ThreadMatch(self.by_message[mail.in_reply_to], "in-reply-to")
        for message_id in _thread_ids(mail)[1 if mail.in_reply_to else 0:]:
            if message_id in self.by_message:
                return ThreadMatch(self.by_message[message_id], "references")
        for reference in quoted_references(mail.subject):
            ticket = self.by_reference.get(reference)
            if ticket is None:
                continue
            if mail.sender.email and mail.sender.email in self.people.get(id(ticket), ()):
                return ThreadMatch(ticket, "subject-reference")
            return ThreadMatch(None, "new", linked_ticket_id=ticket.id)
        return ThreadMatch(None, "new")

    def parent_in_flight(self, mail: ParsedMail) -> bool:
        """A mail this one answers is being filed by another worker (or later in this batch)."""
        return any(i in self.in_flight and i not in self.by_message and i != mail.message_id
                   for i in _thread_ids(mail))

    def add(self, ticket: Ticket, message_id: str, people: Iterable[str]) -> None:
        """A mail of the batch is on `ticket`: later mails may answer it or quote the ticket."""
        if message_id:
            self.by_message.setdefault(message_id, ticket)
        self.people.setdefault(id(ticket), set()).update(people)
