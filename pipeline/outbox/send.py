"""Deliver one outbox row: over SMTP or into a folder, marked before and after, never twice."""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Protocol

import sqlalchemy as sa
from sqlmodel import Session

from pipeline.crashpoints import crash_point
from pipeline.settings import Smtp, read_secret
from pipeline.tickets.models import OutboxMail, Ticket, utcnow
from pipeline.tickets.service import audit

log = logging.getLogger(__name__)

class TemporaryFailure(Exception):
    """The relay said "later" (4xx) or the connection broke: the send is retried."""


class PermanentFailure(Exception):
    """The relay refused the mail (5xx): retrying would not help; a person must see it."""


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A claimed outbox row: what a transport needs to send it."""

    id: int
    ticket_id: int | None
    to_addr: str
    message_id: str
    raw: bytes


Result = tuple[Outgoing, Exception | None]  # None: sent; else PermanentFailure/TemporaryFailure


class Transport(Protocol):
    repeatable: bool  # sending twice does no harm: rows may be marked sent together

    def send_all(self, rows: list[Outgoing], *, sender: str) -> Iterator[Result]: ...


class FolderTransport:
    """The embedded default: each mail becomes `<outbox id>.eml`; writing twice overwrites."""

    repeatable = True

    def __init__(self, folder: Path):
        self.folder = folder

    def send_all(self, rows: list[Outgoing], *, sender: str) -> Iterator[Result]:
        """Write, fsync, then rename: a reader never sees half a mail. Plain strings and file
        descriptors, as the workers' process is short of CPU and Path objects cost more here."""
        self.folder.mkdir(parents=True, exist_ok=True)
        folder = os.fspath(self.folder)
        for row in rows:
            partial = f"{folder}/.{row.id:08d}.eml.tmp"
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
            try:
                unwritten = memoryview(row.raw)
                while unwritten:
                    unwritten = unwritten[os.write(fd, unwritten):]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(partial, f"{folder}/{row.id:08d}.eml")
            yield row, None


class SmtpTransport:
    repeatable = False  # a relay that took a mail delivers it: mark each one at once

    def __init__(self, config: Smtp):
        self.config = config

    def send_all(self, rows: list[Outgoing], *, sender: str) -> Iterator[Result]:
        """One connection for the batch; a broken one is opened again for the next mail."""
        client: smtplib.SMTP | None = None
        try:
            for row in rows:
                try:
                    client = client or self._connect()
                    client.sendmail(sender, [row.to_addr], row.raw)
                    yield row, None
                except smtplib.SMTPRecipientsRefused as exc:
                    code, text = next(iter(exc.recipients.values()))
                    yield row, _failure(code, text)
                except smtplib.SMTPResponseException as exc:
                    client = _hang_up(client)
                    yield row, _failure(exc.smtp_code, exc.smtp_error)
                except (TimeoutError, smtplib.SMTPException, OSError) as exc:
                    client = _hang_up(client)
                    yield row, TemporaryFailure(f"{type(exc).__name__}: {exc}")
        finally:
            _hang_up(client)

    def _connect(self) -> smtplib.SMTP:
        c = self.config
        if c.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(c.host, c.port, timeout=c.timeout_seconds,
                                                    context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(c.host, c.port, timeout=c.timeout_seconds)
            if c.security == "starttls":
                client.starttls(context=ssl.create_default_context())
        password = read_secret(c.password, c.password_file)
        if c.username:
            client.login(c.username, password)
        return client


def _hang_up(client: smtplib.SMTP | None) -> None:
    """Close a connection politely if we can; None, so callers can write `client = _hang_up(c)`."""
    if client is not None:
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()


def _failure(code: int, text: bytes | str) -> Exception:
    message = f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
    return PermanentFailure(message) if 500 <= code < 600 else TemporaryFailure(message)


def make_transport(config: Smtp, outbox_dir: Path) -> Transport:
    return SmtpTransport(config) if config.mode == "smtp" else FolderTransport(outbox_dir)


def deliver(engine: sa.Engine, outbox_ids: list[int], *, transport: Transport,
            sender: str, lease: timedelta) -> None:
    """Send the rows not sent nor held by another sender; TemporaryFailure propagates.

    A row claimed by a sender that died is taken again once its `lease` (smtp.send_lease)
    has run out. Each mail is marked sent as soon as the relay took it, so a crash can
    repeat one at most; while the database is down, for up to half the lease, marking is
    tried again rather than given up (the row would be sent again once its lease ran out).
    """
    rows, sent, patience = _claim(engine, outbox_ids, lease), [], lease.total_seconds() / 2
    try:
        for n, (row, failure) in enumerate(transport.send_all(rows, sender=sender)):
            if isinstance(failure, TemporaryFailure):
                _release(engine, rows[n:], str(failure))
                raise failure
            if failure is not None:
                _mark_failed(engine, row, str(failure))
                continue
            crash_point("after_smtp_accepted")  # chaos battery
            sent.append(row)
            if not transport.repeatable:
                _mark_sent(engine, sent.pop(), patience=patience)
    finally:
        if sent:
            _mark_sent(engine, *sent, patience=patience)


def _mark_sent(engine: sa.Engine, *rows: Outgoing, patience: float) -> None:
    crash_point("before_marking_sent")  # chaos battery
    deadline = time.monotonic() + patience
    while True:
        try:
            with engine.begin() as connection:
                connection.execute(sa.update(OutboxMail)
                                   .where(OutboxMail.id.in_([r.id for r in rows]))  # type: ignore[union-attr]
                                   .values(state="sent", sent_at=utcnow(), last_error=""))
            break
        except sa.exc.OperationalError as exc:  # the relay has the mail: do not forget it
            if time.monotonic() > deadline:
                raise
            log.warning("outbox %s: sent, not yet marked (database unreachable: %s)",
                        ", ".join(str(r.id) for r in rows), exc.orig)
            time.sleep(1)
    for row in rows:
        log.info("outbox %s: sent to %s (%s)", row.id, row.to_addr, row.message_id)


def _claim(engine: sa.Engine, outbox_ids: list[int], lease: timedelta) -> list[Outgoing]:
    """Take rows for sending, atomically: queued, or `sending` by a sender that died."""
    now = utcnow()
    claimable = sa.or_(OutboxMail.state == "queued",
                       sa.and_(OutboxMail.state == "sending",
                               OutboxMail.claimed_at < now - lease))  # type: ignore[operator]
    with engine.begin() as connection:
        rows = connection.execute(
            sa.update(OutboxMail)
            .where(OutboxMail.id.in_(outbox_ids), claimable)  # type: ignore[union-attr]
            .values(state="sending", claimed_at=now, attempts=OutboxMail.attempts + 1)
            .returning(OutboxMail.id, OutboxMail.ticket_id, OutboxMail.to_addr,
                       OutboxMail.message_id, OutboxMail.raw)).all()
    return sorted((Outgoing(*row) for row in rows), key=lambda r: r.id)


def _mark_failed(engine: sa.Engine, row: Outgoing, error: str) -> None:
    with Session(engine) as session:
        session.exec(sa.update(OutboxMail).where(OutboxMail.id == row.id)  # type: ignore[arg-type]
                     .values(state="failed", last_error=error[:2000]))
        ticket = session.get(Ticket, row.ticket_id) if row.ticket_id else None
        if ticket is not None:
            ticket.parked_reason = f"mail to {row.to_addr} refused: {error}"[:2000]
            ticket.state, ticket.waiting_on = "open", "staff"
            session.add(ticket)
        audit(session, "send_failed", ticket_id=row.ticket_id, outbox_id=row.id, error=error)
        session.commit()
    log.error("outbox %s: refused for %s: %s", row.id, row.to_addr, error)


def _release(engine: sa.Engine, rows: list[Outgoing], error: str) -> None:
    with engine.begin() as connection:
        connection.execute(sa.update(OutboxMail)
                           .where(OutboxMail.id.in_([r.id for r in rows]))  # type: ignore[union-attr]
                           .values(state="queued", last_error=error[:2000]))
    log.warning("outbox %s: will retry: %s", ", ".join(str(r.id) for r in rows), error)
