"""Outgoing mail headers: whatever a value holds, it stays inside its own header."""

from __future__ import annotations

import email
import re
from datetime import UTC, datetime
from email import policy

import pytest

from pipeline.outbox.compose import compose_mail
from pipeline.outbox.render import Rendered

BREAKS = ["\r\n", "\n", "\r", "\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\u2028"]


@pytest.mark.parametrize("brk", BREAKS, ids=[repr(b) for b in BREAKS])
def test_no_character_of_a_subject_adds_a_header_or_leaves_a_control_in_the_head(brk: str):
    subject = f"Bonjour{brk}Bcc: evil@attacker.example{brk}X-Injected: yes"

    raw = compose_mail(Rendered(subject, "Texte", ""), from_name=f"Desk{brk}Cc: evil@a.example",
                       from_addr="support@assistance.example.fr", to="cdi@clg.example.fr",
                       reference="SUP-000001", message_id="m@assistance.example.fr",
                       in_reply_to=f"x{brk}@y", references=(), automatic=True,
                       date=datetime(2026, 3, 2, tzinfo=UTC))

    head = raw.split(b"\r\n\r\n", 1)[0]
    names = [line.split(b":", 1)[0] for line in head.split(b"\r\n") if line[:1] not in b" \t"]
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", head.replace(b"\r\n", b""))
    assert b"Bcc" not in names and b"X-Injected" not in names and b"Cc" not in names
    assert "evil@attacker.example" in str(parsed["Subject"])  # kept, as words of the subject


def test_a_mangled_non_ascii_message_id_is_left_out_of_the_thread_headers_not_a_crash():
    raw = compose_mail(Rendered("Objet", "Texte", ""), from_name="Desk",
                       from_addr="support@assistance.example.fr", to="cdi@clg.example.fr",
                       reference="SUP-000001", message_id="m@assistance.example.fr",
                       in_reply_to="parent@clg.example.fr",
                       references=("r\u00e5nd\ufffd@x.example", "ok@x.example"), automatic=True,
                       date=datetime(2026, 3, 2, tzinfo=UTC))
    mangled_parent = compose_mail(Rendered("Objet", "Texte", ""), from_name="Desk",
                                  from_addr="support@assistance.example.fr",
                                  to="cdi@clg.example.fr", reference="SUP-000001",
                                  message_id="m2@assistance.example.fr",
                                  in_reply_to="\u017dparent@clg.example.fr", references=(),
                                  automatic=True, date=datetime(2026, 3, 2, tzinfo=UTC))

    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["In-Reply-To"] == "<parent@clg.example.fr>"
    assert parsed["References"].split() == ["<ok@x.example>", "<parent@clg.example.fr>"]
    assert b"In-Reply-To" not in mangled_parent and b"References" not in mangled_parent
