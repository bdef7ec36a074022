"""Head-of-establishment requests: evidence for a person, approval by a person."""

from __future__ import annotations

import json

import pytest
from conftest import Stack
from procedures_support import (
    deliver,
    dev_mail,
    events,
    links_in,
    load_directory,
    mail_to,
    new_mail,
    text_of,
)
from sqlmodel import select

from pipeline.directory.models import Account
from pipeline.errors import NothingToApprove
from pipeline.tickets.approval import approve_request, refuse_request
from pipeline.tickets.models import Ticket
from pipeline.tokens.models import ResetToken

HEAD = "ce.0752318m@ac-paris.fr"  # d012: the principal writes from the official address
LIBRARIAN = "doc.brassens@gmail.com"


def librarian_asks(stack: Stack) -> None:
    deliver(stack, new_mail(LIBRARIAN, "Mot de passe e-sidoc perdu",
                            "Bonjour, j'ai perdu le mot de passe e-sidoc du collège, UAI 0752318M.",
                            message_id="lib-1@gmail.com"))


def tickets(stack: Stack) -> list[Ticket]:
    with stack.session() as session:
        return list(session.exec(select(Ticket).order_by(Ticket.id)))


def send_what_was_queued(stack: Stack, ids: list[int]) -> None:
    if ids:
        stack.actors.send_mail.send(ids)
    stack.drain()


def test_the_request_carries_its_evidence_for_the_person_who_decides(
        stack: Stack):
    load_directory(stack, f"0752318M,Collège Brassens,{HEAD},,esidoc\n")
    with stack.session() as session:  # the official address is on file, but unreadable:
        account = session.exec(select(Account)).one()  # no link can go anywhere else
    librarian_asks(stack)
    waiting_before = tickets(stack)[0]

    deliver(stack, dev_mail("d012.eml"))

    first, request = tickets(stack)
    (evidence,) = [json.loads(e.detail) for e in events(stack, "head_request_evidence")]
    assert account.admin_email is None
    assert waiting_before.waiting_on == "user"  # the link went to the official address
    assert request.linked_ticket_id is None  # ... so nothing was waiting for a head
    assert evidence["sender_is_official"] is True and evidence["uai_in_sender"] is True
    assert evidence["authentication"]["trusted"] is True
    assert evidence["authentication"]["dkim"] == "pass"
    assert evidence["authentication"]["aligned"] is True
    with stack.session() as session:
        assert len(session.exec(select(ResetToken)).all()) == 1  # only the librarian's


def test_approval_puts_the_new_administrator_on_file_sends_the_link_and_records_who(
        stack: Stack):
    load_directory(stack, "0752318M,Collège Brassens,,,esidoc\n")
    librarian_asks(stack)
    deliver(stack, dev_mail("d012.eml"))
    waiting, request = tickets(stack)
    assert (waiting.waiting_on, request.linked_ticket_id) == ("head_request", waiting.id)
    with stack.session() as session:
        assert session.exec(select(ResetToken)).all() == []  # nothing ran on its own

    ids = approve_request(stack.desk, request.reference, by="Agnès Martin",
                          new_admin="cdi.brassens@ac-paris.fr")
    send_what_was_queued(stack, ids)

    (link_mail,) = mail_to(stack, "cdi.brassens@ac-paris.fr")
    (approved,) = [m for m in mail_to(stack, HEAD) if "validée" in text_of(m)]
    (decision,) = [e for e in events(stack, "head_request_approved") if e.ticket_id == request.id]
    with stack.session() as session:
        account = session.exec(select(Account)).one()
    waiting, request = tickets(stack)
    assert len(links_in(link_mail)) >= 1
    assert account.admin_email == "cdi.brassens@ac-paris.fr"
    assert decision.actor == "Agnès Martin"
    assert events(stack, "administrator_changed")
    assert waiting.state == "resolved" and request.staff_answered_at is not None
    assert "cdi.brassens@ac-paris.fr" in text_of(approved)


def test_a_request_is_decided_once_and_a_refusal_tells_the_head_why(stack: Stack):
    load_directory(stack, "0752318M,Collège Brassens,,,esidoc\n")
    deliver(stack, dev_mail("d012.eml"))
    (request,) = tickets(stack)

    ids = refuse_request(stack.desk, request.reference, by="Agnès Martin",
                         reason="courrier non signé")
    send_what_was_queued(stack, ids)

    with pytest.raises(NothingToApprove):
        approve_request(stack.desk, request.reference, by="Someone Else")
    (refusal,) = [m for m in mail_to(stack, HEAD) if "courrier non signé" in text_of(m)]
    assert tickets(stack)[0].state == "closed"
    assert refusal["To"] == HEAD


def test_a_ticket_without_a_head_request_cannot_be_approved(stack: Stack):
    librarian_asks(stack)

    with pytest.raises(NothingToApprove):
        approve_request(stack.desk, tickets(stack)[0].reference, by="Agnès Martin",
                        new_admin="attacker@example.org")
