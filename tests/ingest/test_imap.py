"""ImapSource against a real Dovecot; the SMTP test server proven alongside."""

from __future__ import annotations

import smtplib
import threading
import time
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from imapclient import IMAPClient
from servers import DovecotMailbox, SmtpServer

from pipeline.errors import MailboxUnavailable
from pipeline.ingest.imap import Backoff, ImapSource
from pipeline.ingest.source import Arrival, Checkpoint


def mail(n: int) -> bytes:
    return (
        f"From: user{n}@clg-exemple.fr\r\nTo: support@assistance.example.fr\r\n"
        f"Subject: question {n}\r\nMessage-ID: <q{n}@clg-exemple.fr>\r\n\r\n"
        f"Bonjour, question {n}.\r\n"
    ).encode()


def fetch_all(source: ImapSource, checkpoint: Checkpoint | None = None) -> list[Arrival]:
    batches = source.fetch_new(checkpoint or Checkpoint())
    return [arrival for batch in batches for arrival in batch]


@pytest.fixture
def source(dovecot: DovecotMailbox) -> Iterator[ImapSource]:
    imap = ImapSource(dovecot.mailbox_settings(), connect_timeout=5, read_timeout=10)
    yield imap
    imap.close()


@pytest.fixture(params=["none", "tls"])
def idling_source(request, dovecot, monkeypatch) -> Iterator[ImapSource]:
    """A source on plain IMAP or on IMAPS: TLS keeps its own buffer of what the server sent."""
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.server.cert_file))
    imap = ImapSource(dovecot.mailbox_settings(security=request.param), read_timeout=10)
    yield imap
    imap.close()


def test_new_mail_comes_oldest_first_with_exact_bytes_and_keys(dovecot, source):
    uids = [dovecot.append(mail(n)) for n in (1, 2, 3)]
    uidvalidity = dovecot.uidvalidity()

    arrivals = fetch_all(source)

    assert [a.raw for a in arrivals] == [mail(1), mail(2), mail(3)]
    assert [a.source_key for a in arrivals] == [f"{uidvalidity}:{uid}" for uid in uids]
    assert {(a.uidvalidity, a.uid) for a in arrivals} == {(uidvalidity, uid) for uid in uids}


def test_fetching_never_marks_mail_as_read(dovecot, source):
    dovecot.append(mail(1))
    dovecot.append(mail(2), flags=["\\Flagged"])

    fetch_all(source)

    assert all(b"\\Seen" not in flags for flags in dovecot.fetch_flags().values())


def test_settled_mail_gets_the_keyword_and_is_skipped_next_time(dovecot, source):
    for n in (1, 2, 3):
        dovecot.append(mail(n))
    first, second, third = fetch_all(source)

    source.settle([first.source_key, second.source_key])

    flags = dovecot.fetch_flags()
    assert b"$Ticketed" in flags[first.uid] and b"$Ticketed" in flags[second.uid]
    assert b"$Ticketed" not in flags[third.uid]
    assert [a.uid for a in fetch_all(source)] == [third.uid]
    assert dovecot.uids() == [first.uid, second.uid, third.uid]  # nothing deleted


def test_the_checkpoint_skips_what_was_recorded_even_at_the_highest_uid(dovecot, source):
    for n in (1, 2):
        dovecot.append(mail(n))
    _, last = fetch_all(source)

    again = fetch_all(source, Checkpoint(last.uidvalidity, last.uid))

    assert again == []


def test_settling_with_move_to_moves_mail_to_that_folder(dovecot):
    source = ImapSource(dovecot.mailbox_settings(move_to="Traite"))
    for n in (1, 2):
        dovecot.append(mail(n))
    first, second = fetch_all(source)

    source.settle([first.source_key])
    source.close()

    assert dovecot.uids("INBOX") == [second.uid]
    assert len(dovecot.uids("Traite")) == 1


def test_batches_hold_at_most_batch_size_messages(dovecot):
    source = ImapSource(dovecot.mailbox_settings(), batch_size=2)
    for n in range(1, 6):
        dovecot.append(mail(n))

    batches = list(source.fetch_new(Checkpoint()))
    source.close()

    assert [len(b) for b in batches] == [2, 2, 1]
    assert [a.raw for b in batches for a in b] == [mail(n) for n in range(1, 6)]


def test_a_recreated_folder_is_read_again_from_uid_1(dovecot, source):
    dovecot.append(mail(1))
    (old,) = fetch_all(source)
    checkpoint = Checkpoint(old.uidvalidity, old.uid)
    dovecot.delete_and_recreate("INBOX")
    dovecot.append(mail(2))
    with pytest.raises(MailboxUnavailable):  # the restart cut our connection
        fetch_all(source, checkpoint)

    (new,) = fetch_all(source, checkpoint)

    assert new.uidvalidity != old.uidvalidity
    assert (new.uid, new.raw) == (1, mail(2))


def test_keys_of_an_old_uidvalidity_are_not_settled(dovecot):
    settings = dovecot.mailbox_settings(folder="Support")
    dovecot.append(mail(1), folder="Support")
    source = ImapSource(settings)
    (old,) = fetch_all(source)
    dovecot.delete_and_recreate("Support")
    uid = dovecot.append(mail(2), folder="Support")

    source.settle([old.source_key])

    assert dovecot.fetch_flags("Support")[uid] == ()
    source.close()


def test_idle_without_mail_waits_its_time_and_stays_connected(idling_source):
    fetch_all(idling_source)
    started = time.monotonic()

    idling_source.wait_for_mail(0.5)

    assert 0.5 <= time.monotonic() - started < 3
    assert fetch_all(idling_source) == []


def test_idle_returns_soon_after_mail_arrives(dovecot, idling_source):
    source = idling_source
    fetch_all(source)
    appender = threading.Timer(0.5, dovecot.append, args=(mail(1),))
    appender.start()
    started = time.monotonic()

    source.wait_for_mail(30)

    appender.join()
    assert time.monotonic() - started < 5
    assert len(fetch_all(source)) == 1


def test_idle_returns_at_once_when_mail_came_after_the_last_fetch(dovecot, idling_source):
    source = idling_source
    fetch_all(source)
    dovecot.append(mail(1))
    started = time.monotonic()

    source.wait_for_mail(30)

    assert time.monotonic() - started < 2


def test_idle_sees_mail_that_came_between_select_and_idle(dovecot, idling_source, monkeypatch):
    """Dovecot reports such mail right after '+ idling', in the same packet: it must not wait."""
    source = idling_source
    fetch_all(source)
    enter_idle = IMAPClient.idle

    def mail_arrives_then_idle(client: IMAPClient) -> None:
        dovecot.append(mail(1))
        enter_idle(client)

    monkeypatch.setattr(IMAPClient, "idle", mail_arrives_then_idle)
    started = time.monotonic()

    source.wait_for_mail(30)

    assert time.monotonic() - started < 5
    assert len(fetch_all(source)) == 1


def test_without_idle_waiting_is_a_plain_sleep(dovecot):
    source = ImapSource(dovecot.mailbox_settings(idle=False))
    started = time.monotonic()

    source.wait_for_mail(0.3)

    assert 0.3 <= time.monotonic() - started < 2


def test_a_restarted_server_fails_one_call_and_the_next_reconnects(dovecot, source):
    dovecot.append(mail(1))
    fetch_all(source)

    dovecot.restart()

    with pytest.raises(MailboxUnavailable) as failed:
        fetch_all(source)
    assert failed.value.mailbox == "support"
    assert len(fetch_all(source)) == 1


def test_a_stopped_server_makes_the_mailbox_unavailable_until_it_is_back(dovecot, source):
    dovecot.stop()

    with pytest.raises(MailboxUnavailable, match="cannot connect"):
        fetch_all(source)
    with pytest.raises(MailboxUnavailable):
        source.wait_for_mail(1)
    dovecot.start()

    assert fetch_all(source) == []


def test_a_wrong_password_says_the_login_was_refused(dovecot):
    source = ImapSource(dovecot.mailbox_settings(password="wrong-secret"))

    with pytest.raises(MailboxUnavailable) as failed:
        fetch_all(source)

    assert "login as" in failed.value.reason and "refused" in failed.value.reason
    assert "wrong-secret" not in str(failed.value)


def test_backoff_doubles_up_to_the_cap_with_jitter_and_resets():
    backoff = Backoff(first=1, cap=60, rng=lambda: 1.0)

    delays = [backoff.next_delay() for _ in range(8)]
    backoff.reset()

    assert delays == [1, 2, 4, 8, 16, 32, 60, 60]
    assert backoff.next_delay() == 1
    assert 0.5 <= Backoff(rng=lambda: 0.0).next_delay() < 1
    assert max(backoff.next_delay() for _ in range(5000)) == 60  # no overflow after a long outage


def outgoing(to: str) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "support@example.fr", to, "Re: question"
    message.set_content("Voici la procédure.")
    return message


def test_the_smtp_server_records_what_it_receives(smtp_server: SmtpServer):
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5) as smtp:
        smtp.send_message(outgoing("cdi@clg-exemple.fr"))

    (received,) = smtp_server.wait_for(1)

    assert received.rcpt_tos == ("cdi@clg-exemple.fr",)
    assert received.mail_from == "support@example.fr"
    assert received["To"] == "cdi@clg-exemple.fr"
    assert received.message.get_content().strip() == "Voici la procédure."


def test_the_smtp_server_can_refuse_permanently_then_accept(smtp_server: SmtpServer):
    smtp_server.fail_next(1, code=554)

    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5) as smtp:
        with pytest.raises(smtplib.SMTPDataError) as refused:
            smtp.send_message(outgoing("a@example.fr"))
        smtp.send_message(outgoing("b@example.fr"))

    assert refused.value.smtp_code == 554
    assert [r.rcpt_tos for r in smtp_server.wait_for(1)] == [("b@example.fr",)]


def test_the_smtp_server_can_drop_the_connection(smtp_server: SmtpServer):
    smtp_server.drop_next(1)

    with pytest.raises(smtplib.SMTPServerDisconnected):
        with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5) as smtp:
            smtp.send_message(outgoing("a@example.fr"))

    assert smtp_server.received == []
