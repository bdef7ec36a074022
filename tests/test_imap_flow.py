"""End to end over real IMAP (Dovecot) and SMTP (aiosmtpd), on both stacks."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CORPUS, STACKS, Stack, build_stack, make_broker_url, make_db_url, make_settings
from servers import DovecotMailbox, SmtpServer
from sqlmodel import select

from pipeline.ingest.poll import run_mailbox
from pipeline.tickets.models import OutboxMail, Ticket

D001 = (CORPUS / "dev" / "d001.eml").read_bytes()
OUT_OF_OFFICE = (CORPUS / "threads" / "t5-03.eml").read_bytes()


@pytest.fixture(params=STACKS)
def imap_stack(request: pytest.FixtureRequest, tmp_path: Path, dovecot: DovecotMailbox,
               smtp_server: SmtpServer) -> Iterator[Stack]:
    db_kind, broker_kind = request.param.split("-")
    settings = make_settings(
        tmp_path, db_url=make_db_url(db_kind, tmp_path, request),
        broker=make_broker_url(broker_kind), mailboxes=(dovecot.mailbox_settings("support"),),
        smtp={"mode": "smtp", "host": smtp_server.host, "port": smtp_server.port,
              "security": "none"})
    yield from build_stack(settings)


def test_a_message_appended_over_imap_gets_a_ticket_and_the_acknowledgement_reaches_smtp(
        imap_stack: Stack, dovecot: DovecotMailbox, smtp_server: SmtpServer):
    uid = dovecot.append(D001)

    imap_stack.poll("support")

    (sent,) = smtp_server.wait_for(1)
    with imap_stack.session() as session:
        (ticket,) = session.exec(select(Ticket)).all()
    assert list(sent.rcpt_tos) == ["claire.vasseur@ac-lyon.fr"]
    assert sent["In-Reply-To"] == "<f8906f9d-0f32-4e8f-ab10-47166005d4ca@ac-lyon.fr>"
    assert sent["Auto-Submitted"] == "auto-replied"
    assert f"[#{ticket.reference}]" in sent["Subject"]
    flags = dovecot.fetch_flags()[uid]
    assert b"$Ticketed" in flags and b"\\Seen" not in flags


def test_an_out_of_office_over_imap_gets_no_reply(imap_stack: Stack, dovecot: DovecotMailbox,
                                                   smtp_server: SmtpServer):
    dovecot.append(OUT_OF_OFFICE)

    imap_stack.poll("support")

    time.sleep(0.5)
    assert smtp_server.received == []


def test_a_message_seen_by_idle_is_answered_without_waiting_for_the_next_poll(
        imap_stack: Stack, dovecot: DovecotMailbox, smtp_server: SmtpServer):
    stop = threading.Event()
    loop = threading.Thread(target=run_mailbox, args=(imap_stack.sources["support"],), kwargs={
        "engine": imap_stack.engine, "enqueue": imap_stack.actors.enqueue,
        "stop": stop, "wait_seconds": 60}, daemon=True)
    loop.start()
    time.sleep(1.5)  # the loop has polled once and is now in IDLE for up to a minute

    dovecot.append(D001)

    try:
        smtp_server.wait_for(1, timeout=10)
    finally:
        stop.set()
        dovecot.append(OUT_OF_OFFICE)  # wakes the IDLE so the loop sees `stop`
        loop.join(timeout=20)


def test_a_temporary_smtp_failure_is_retried_and_the_mail_leaves_once(
        imap_stack: Stack, dovecot: DovecotMailbox, smtp_server: SmtpServer):
    smtp_server.fail_next(1, code=451)
    dovecot.append(D001)

    imap_stack.poll("support")

    (sent,) = smtp_server.wait_for(1, timeout=20)
    with imap_stack.session() as session:
        (row,) = session.exec(select(OutboxMail)).all()
    assert (row.state, row.attempts) == ("sent", 2)
    assert sent["Message-ID"] == f"<{row.message_id}>"


def test_a_permanent_smtp_refusal_is_visible_on_the_ticket(
        imap_stack: Stack, dovecot: DovecotMailbox, smtp_server: SmtpServer):
    smtp_server.fail_next(1, code=554)
    dovecot.append(D001)

    imap_stack.poll("support")

    with imap_stack.session() as session:
        (row,) = session.exec(select(OutboxMail)).all()
        ticket = session.get(Ticket, row.ticket_id)
    assert row.state == "failed"
    assert ticket is not None and "554" in ticket.parked_reason
