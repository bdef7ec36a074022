"""End to end on the embedded default and on production parts: Maildir in, ticket, reply out."""

from __future__ import annotations

import email
from email import policy

from conftest import CORPUS, Stack, drop_in_maildir
from sqlmodel import select

from pipeline import flow
from pipeline.ingest.ledger import record_arrivals
from pipeline.ingest.source import Arrival
from pipeline.tickets.models import AuditEvent, LedgerEntry, Message, OutboxMail, Ticket

DEV = CORPUS / "dev"


def dev_mail(name: str) -> bytes:
    return (DEV / name).read_bytes()


def inbox(stack: Stack):
    path = stack.desk.settings.mailbox("inbox").path
    assert path is not None
    return path


def outbox_files(stack: Stack) -> list[email.message.EmailMessage]:
    folder = stack.desk.settings.paths.outbox_dir
    if not folder.exists():
        return []
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default)  # type: ignore[misc]
            for p in sorted(folder.glob("*.eml"))]


def test_a_mail_dropped_in_the_inbox_becomes_a_ticket_and_gets_an_acknowledgement(stack: Stack):
    drop_in_maildir(inbox(stack), dev_mail("d001.eml"), name="first")

    stack.poll()

    with stack.session() as session:
        (ticket,) = session.exec(select(Ticket)).all()
    (sent,) = outbox_files(stack)
    assert ticket.requester == "claire.vasseur@ac-lyon.fr"
    assert sent["To"] == "claire.vasseur@ac-lyon.fr"
    assert sent["In-Reply-To"] == "<f8906f9d-0f32-4e8f-ab10-47166005d4ca@ac-lyon.fr>"
    assert f"[#{ticket.reference}]" in sent["Subject"]
    assert sent["Auto-Submitted"] == "auto-replied"
    assert sent["X-Auto-Response-Suppress"] == "All"
    assert sent["Message-ID"].startswith(f"<{ticket.reference}.")
    assert [p.name for p in (inbox(stack) / "cur").iterdir()] == ["first:2,S"]


def test_an_out_of_office_and_a_bounce_are_filed_but_never_answered(stack: Stack):
    drop_in_maildir(inbox(stack), dev_mail("d103.eml"))  # out-of-office without headers
    drop_in_maildir(inbox(stack), dev_mail("d061.eml"))  # multipart/report bounce

    stack.poll()

    with stack.session() as session:
        tickets = session.exec(select(Ticket)).all()
        rows = session.exec(select(OutboxMail)).all()
    assert [t.action for t in tickets] == ["ignore", "ignore"]
    assert rows == []


def test_the_same_mail_delivered_twice_makes_one_ticket_and_one_reply(stack: Stack):
    raw = dev_mail("d001.eml")
    drop_in_maildir(inbox(stack), raw, name="copy1")
    stack.poll()
    drop_in_maildir(inbox(stack), raw, name="copy2")

    stack.poll()

    with stack.session() as session:
        assert len(session.exec(select(Ticket)).all()) == 1
        states = sorted(e.state for e in session.exec(select(LedgerEntry)))
    assert states == ["done", "duplicate"]
    assert len(outbox_files(stack)) == 1


def test_a_reply_to_our_acknowledgement_joins_the_ticket_without_a_second_reply(stack: Stack):
    drop_in_maildir(inbox(stack), dev_mail("d001.eml"))
    stack.poll()
    (ack,) = outbox_files(stack)
    reply = (
        f"From: Claire Vasseur <claire.vasseur@ac-lyon.fr>\r\nTo: support@assistance.example.fr\r\n"
        f"Subject: Re: {ack['Subject']}\r\nMessage-ID: <reply-1@ac-lyon.fr>\r\n"
        f"In-Reply-To: {ack['Message-ID']}\r\nReferences: {ack['Message-ID']}\r\n"
        f"Date: Tue, 3 Sep 2024 09:00:00 +0200\r\n\r\nToujours bloquée, merci de votre aide.\r\n"
    ).encode()
    drop_in_maildir(inbox(stack), reply)

    stack.poll()

    with stack.session() as session:
        (ticket,) = session.exec(select(Ticket)).all()
        inbound = session.exec(select(Message).where(Message.direction == "in")).all()
    assert [m.matched_by for m in inbound] == ["new", "in-reply-to"]
    assert ticket.state == "open"
    assert [m["To"] for m in outbox_files(stack)].count("claire.vasseur@ac-lyon.fr") == 1


def test_a_stranger_quoting_a_ticket_reference_opens_a_new_linked_ticket(stack: Stack):
    drop_in_maildir(inbox(stack), dev_mail("d001.eml"))
    stack.poll()
    with stack.session() as session:
        (first,) = session.exec(select(Ticket)).all()
    stranger = (
        f"From: Mallory <mallory@example.org>\r\nTo: support@assistance.example.fr\r\n"
        f"Subject: Re: [#{first.reference}] Mot de passe\r\nMessage-ID: <m-1@example.org>\r\n"
        f"Date: Tue, 3 Sep 2024 09:00:00 +0200\r\n\r\nMerci de m'envoyer le lien.\r\n"
    ).encode()
    drop_in_maildir(inbox(stack), stranger)

    stack.poll()

    with stack.session() as session:
        second = session.exec(select(Ticket).where(Ticket.id != first.id)).one()
    assert second.requester == "mallory@example.org"
    assert second.linked_ticket_id == first.id


def test_mail_that_cannot_be_parsed_is_kept_raw_and_parked_for_a_person(stack: Stack):
    drop_in_maildir(inbox(stack), b"", name="empty")

    stack.poll()

    with stack.session() as session:
        (entry,) = session.exec(select(LedgerEntry)).all()
        ticket = session.get(Ticket, entry.ticket_id)
    assert entry.state == "parked"
    assert ticket is not None and ticket.state == "open"
    assert "unparseable" in ticket.parked_reason
    assert [p.name for p in (inbox(stack) / "cur").iterdir()] == ["empty:2,S"]


def test_automatic_mail_to_one_address_stops_at_the_daily_cap(stack: Stack):
    cap = stack.desk.settings.limits.auto_mails_per_address_per_day
    for n in range(cap + 2):
        drop_in_maildir(inbox(stack), (
            f"From: robot-like@example.org\r\nTo: support@assistance.example.fr\r\n"
            f"Subject: Question {n}\r\nMessage-ID: <q-{n}@example.org>\r\n"
            f"Date: Tue, 3 Sep 2024 09:00:00 +0200\r\n\r\nBonjour, une question.\r\n").encode())

    stack.poll()

    with stack.session() as session:
        trips = session.exec(select(AuditEvent).where(AuditEvent.event == "loop_guard_tripped"))
        assert len(trips.all()) == 2
    assert len(outbox_files(stack)) == cap


def test_every_message_of_the_mime_corpus_is_ingested_without_a_crash(stack: Stack):
    files = [p for p in (CORPUS / "mime").rglob("*") if p.is_file()
             and p.name not in ("check.py", "SOURCES.md")]
    for n, path in enumerate(files):
        drop_in_maildir(inbox(stack), path.read_bytes(), name=f"m{n:04d}")

    stack.poll()

    with stack.session() as session:
        entries = session.exec(select(LedgerEntry)).all()
    assert len(entries) == len(files)
    assert {e.state for e in entries} <= {"done", "parked", "duplicate"}
    assert [e.error for e in entries if e.error] == []
    assert len(list((inbox(stack) / "new").iterdir())) == 0


def test_a_follow_up_arriving_in_the_same_batch_joins_the_first_message_s_ticket(stack: Stack):
    first = dev_mail("d001.eml")
    follow_up = (
        b"From: Claire Vasseur <claire.vasseur@ac-lyon.fr>\r\nTo: support@assistance.example.fr\r\n"
        b"Subject: Re: Mot de passe\r\nMessage-ID: <follow-up-1@ac-lyon.fr>\r\n"
        b"In-Reply-To: <f8906f9d-0f32-4e8f-ab10-47166005d4ca@ac-lyon.fr>\r\n"
        b"Date: Mon, 2 Sep 2024 10:20:00 +0200\r\n\r\nJ'oubliais : merci d'avance.\r\n")
    drop_in_maildir(inbox(stack), first, name="a-first")
    drop_in_maildir(inbox(stack), first, name="b-copy")
    drop_in_maildir(inbox(stack), follow_up, name="c-follow-up")

    stack.poll()

    with stack.session() as session:
        (ticket,) = session.exec(select(Ticket)).all()
        inbound = session.exec(select(Message).where(Message.direction == "in")).all()
        states = sorted(e.state for e in session.exec(select(LedgerEntry)))
    assert [m.matched_by for m in inbound] == ["new", "in-reply-to"]
    assert states == ["done", "done", "duplicate"]


def test_a_reply_whose_parent_is_still_being_filed_waits_for_it_then_joins_its_ticket(
        stack: Stack):
    parent = dev_mail("d001.eml")
    reply = (
        b"From: Claire Vasseur <claire.vasseur@ac-lyon.fr>\r\nTo: support@assistance.example.fr\r\n"
        b"Subject: Re: Mot de passe\r\nMessage-ID: <reply-in-flight@ac-lyon.fr>\r\n"
        b"In-Reply-To: <f8906f9d-0f32-4e8f-ab10-47166005d4ca@ac-lyon.fr>\r\n"
        b"Date: Mon, 2 Sep 2024 10:20:00 +0200\r\n\r\nJ'oubliais : merci d'avance.\r\n")
    with stack.session() as session:  # both recorded; another worker holds the parent
        parent_id, reply_id = record_arrivals(session, "inbox", [
            Arrival(source_key="parent", raw=parent), Arrival(source_key="reply", raw=reply)])

    waited = flow.process_messages(stack.desk, [reply_id])
    with stack.session() as session:
        assert session.exec(select(Ticket)).all() == []
        assert session.get(LedgerEntry, reply_id).attempts == 0  # waiting is not failing
    flow.process_messages(stack.desk, [parent_id])
    flow.process_messages(stack.desk, waited.later)

    assert waited.later == [reply_id]
    with stack.session() as session:
        (ticket,) = session.exec(select(Ticket)).all()
        inbound = session.exec(select(Message).where(Message.direction == "in")).all()
    assert [m.matched_by for m in inbound] == ["new", "in-reply-to"]
    assert {m.ticket_id for m in inbound} == {ticket.id}
