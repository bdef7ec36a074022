"""The six sample conversations of shared/corpus/threads: each reply lands on the right ticket."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS, Stack, drop_in_maildir
from sqlmodel import select

from pipeline.ingest.parse import parse_mail
from pipeline.tickets.models import Message, OutboxMail, Ticket

THREADS = CORPUS / "threads"
EXPECTED = json.loads((THREADS / "expected.json").read_text(encoding="utf-8"))


def record_desk_message(stack: Stack, raw: bytes, reference: str) -> None:
    """The desk's own mail of the sample stands for what the pipeline sent on that ticket."""
    mail, _ = parse_mail(raw)
    with stack.session() as session:
        ticket = session.exec(select(Ticket).where(Ticket.reference == reference)).one()
        session.add(Message(ticket_id=ticket.id, direction="out", message_id=mail.message_id,
                            sender=mail.sender.email, subject=mail.subject, text=mail.text))
        session.commit()


def rename_ticket(stack: Stack, ticket_id: int, reference: str) -> None:
    """Give the new ticket the sample's reference, so subject references match."""
    with stack.session() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        ticket.reference = reference
        session.add(ticket)
        session.commit()


def last_inbound(stack: Stack) -> tuple[Message, Ticket, int]:
    with stack.session() as session:
        message = session.exec(select(Message).where(Message.direction == "in")
                               .order_by(Message.id.desc())).first()  # type: ignore[union-attr]
        assert message is not None
        ticket = session.get(Ticket, message.ticket_id)
        assert ticket is not None
        replies = session.exec(select(OutboxMail).where(  # to the user: not team notices
            OutboxMail.ticket_id == ticket.id, OutboxMail.automatic == True)).all()  # noqa: E712
        return message, ticket, len(replies)


@pytest.mark.parametrize("thread", EXPECTED, ids=[t["thread"] for t in EXPECTED])
def test_each_message_of_the_sample_thread_lands_on_the_expected_ticket(stack: Stack,
                                                                        thread: dict) -> None:
    path = stack.desk.settings.mailbox("inbox").path
    assert path is not None
    for step in thread["steps"]:
        raw = (THREADS / step["file"]).read_bytes()
        if step.get("desk"):
            record_desk_message(stack, raw, step["ticket"])
            continue
        before = last_inbound(stack)[2] if step["ticket"] != "new" else 0

        drop_in_maildir(path, raw, name=step["file"])
        stack.poll()

        message, ticket, replies = last_inbound(stack)
        if step["ticket"] == "new":
            assert (message.matched_by, replies) == ("new", 1)  # 1: the acknowledgement
            rename_ticket(stack, ticket.id, step["becomes"])  # type: ignore[arg-type]
        else:
            assert (ticket.reference, message.matched_by) == (step["ticket"], step["matched_by"])
            assert (replies > before) == step["auto_reply"]
