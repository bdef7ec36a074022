"""Helpers for the procedure tests: a directory, mail as the SMTP side sees it, links."""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage
from pathlib import Path

from conftest import CORPUS, Stack, drop_in_maildir
from sqlmodel import Session, select

from pipeline.directory.load import import_directory
from pipeline.tickets.models import AuditEvent, Ticket

DEV = CORPUS / "dev"
THREADS = CORPUS / "threads"
HEADER = "uai,name,official_email,admin_email,platform\n"
LINK = re.compile(r"https?://\S+\?token=([A-Za-z0-9_\-]+)")


def dev_mail(name: str) -> bytes:
    return (DEV / name).read_bytes()


def load_directory(stack: Stack, rows: str) -> None:
    with Session(stack.engine) as session:
        report = import_directory(session, HEADER + rows, platforms=stack.desk.settings.platforms,
                                  now=stack.clock())
        session.commit()
    assert report.errors == []


def inbox(stack: Stack) -> Path:
    path = stack.desk.settings.mailbox("inbox").path
    assert path is not None
    return path


def deliver(stack: Stack, raw: bytes) -> None:
    drop_in_maildir(inbox(stack), raw)
    stack.poll()


def sent_mail(stack: Stack) -> list[EmailMessage]:
    folder = stack.desk.settings.paths.outbox_dir
    if not folder.exists():
        return []
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default)  # type: ignore[misc]
            for p in sorted(folder.glob("*.eml"))]


def mail_to(stack: Stack, address: str) -> list[EmailMessage]:
    return [m for m in sent_mail(stack) if m["To"] == address]


def text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def links_in(message: EmailMessage) -> list[str]:
    html = message.get_body(preferencelist=("html",))
    found = LINK.findall(text_of(message))
    if html is not None:
        found += LINK.findall(str(html.get_content()))
    return found


def only_ticket(stack: Stack) -> Ticket:
    with stack.session() as session:
        (ticket,) = session.exec(select(Ticket)).all()
        return ticket


def events(stack: Stack, name: str) -> list[AuditEvent]:
    with stack.session() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.event == name)))


def new_mail(sender: str, subject: str, body: str, *, message_id: str,
             extra_headers: str = "") -> bytes:
    return (f"From: {sender}\r\nTo: support@assistance.example.fr\r\nSubject: {subject}\r\n"
            f"Message-ID: <{message_id}>\r\nDate: Mon, 2 Mar 2026 09:00:00 +0100\r\n"
            f"{extra_headers}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
