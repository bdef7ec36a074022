"""Faults the hostile-input battery (bench/hostile.py) found, kept as regressions."""

from __future__ import annotations

import base64

from conftest import Stack, drop_in_maildir
from sqlmodel import select

from pipeline.tickets.models import LedgerEntry, Message


def test_nul_characters_in_headers_and_body_neither_block_the_mailbox_nor_the_ticket(
        stack: Stack):
    body = base64.b64encode("Bonjour\x00, mot de passe oublié\x00.\n".encode()).decode()
    raw = ("From: Cl\x00aire <cla\x00ire@clg-exemple.fr>\r\nTo: support@assistance.example.fr\r\n"
           "Subject: =?utf-8?b?" + base64.b64encode(b"mot\x00 de passe").decode() + "?= \x00x\r\n"
           "Message-ID: <nul\x00\x00id@example.org>\r\nIn-Reply-To: <a\x00b@example.org>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
           "--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64"
           f"\r\n\r\n{body}\r\n--b\r\nContent-Type: application/pdf\r\n"
           'Content-Disposition: attachment; filename="a\x00.pdf"\r\n\r\n%PDF\x00\r\n--b--\r\n')
    drop_in_maildir(stack.desk.settings.mailbox("inbox").path, raw.encode())  # type: ignore[arg-type]

    stack.poll()

    with stack.session() as session:
        (entry,) = session.exec(select(LedgerEntry)).all()
        (message,) = session.exec(select(Message).where(Message.direction == "in")).all()
    assert entry.state == "done"
    assert "\x00" not in message.message_id + message.subject + message.sender + message.text


def test_overlong_ids_addresses_and_attachment_names_are_filed_not_retried_until_parked(
        stack: Stack):
    long_id = "x" * 5000 + "@example.org"
    raw = (f"From: {'N' * 400} <{'a' * 400}@clg-exemple.fr>\r\n"
           f"To: support@assistance.example.fr\r\nSubject: pièce jointe\r\n"
           f"Message-ID: <{long_id}>\r\nReferences: <{long_id}> <{'r' * 3000}@x.org>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
           "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour\r\n"
           f"--b\r\nContent-Type: application/{'u' * 300}\r\n"
           f'Content-Disposition: attachment; filename="{"f" * 300}.pdf"\r\n\r\n%PDF\r\n--b--\r\n')
    drop_in_maildir(stack.desk.settings.mailbox("inbox").path, raw.encode())  # type: ignore[arg-type]

    stack.poll()

    with stack.session() as session:
        (entry,) = session.exec(select(LedgerEntry)).all()
    assert (entry.state, entry.attempts, entry.error) == ("done", 1, "")
