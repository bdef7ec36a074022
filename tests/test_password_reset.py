"""The password-reset rule (DESIGN.md), end to end: a mail in the inbox, mail in the outbox."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Stack, build_stack, make_db_url, make_settings
from procedures_support import (
    deliver,
    dev_mail,
    events,
    links_in,
    load_directory,
    mail_to,
    new_mail,
    only_ticket,
    sent_mail,
    text_of,
)
from sqlmodel import select

from pipeline.settings import PROJECT_ROOT
from pipeline.tokens.models import ResetToken
from pipeline.tokens.service import hash_token

D001_SENDER = "claire.vasseur@ac-lyon.fr"  # d001: e-sidoc, UAI 0693421U


def test_a_link_goes_to_the_administrator_on_file_when_they_write_from_that_address(stack: Stack):
    load_directory(stack, f"0693421U,Collège A,ce.0693421U@ac-lyon.fr,{D001_SENDER},esidoc\n")

    deliver(stack, dev_mail("d001.eml"))

    (answer,) = sent_mail(stack)
    (secret,) = set(links_in(answer))
    with stack.session() as session:
        (token,) = session.exec(select(ResetToken)).all()
    ticket = only_ticket(stack)
    assert answer["To"] == D001_SENDER
    assert answer["Auto-Submitted"] == "auto-replied"
    assert text_of(answer).count("https://esidoc.example.fr/reinitialisation?token=") == 1
    assert len(secret) >= 43  # 32 random bytes, base64url
    assert token.token_hash == hash_token(secret) and secret not in token.token_hash
    assert (token.uai, token.sent_to, token.used_at) == ("0693421U", D001_SENDER, None)
    assert (token.expires_at - token.created_at).total_seconds() == 12 * 3600
    assert (ticket.state, ticket.waiting_on) == ("pending", "user")


def test_a_stranger_gets_no_link_but_the_establishment_does_and_the_stranger_is_told_where(
        stack: Stack):
    load_directory(stack, "0693421U,Collège A,ce.0693421U@ac-lyon.fr,cdi.a@ac-lyon.fr,esidoc\n")

    deliver(stack, dev_mail("d001.eml"))

    (to_sender,) = mail_to(stack, D001_SENDER)
    (to_school,) = mail_to(stack, "ce.0693421u@ac-lyon.fr")
    assert links_in(to_sender) == []
    assert "ce.06…U@ac-lyon.fr" in text_of(to_sender)
    assert len(set(links_in(to_school))) == 1
    assert D001_SENDER in text_of(to_school)  # the school sees who asked
    assert mail_to(stack, "cdi.a@ac-lyon.fr") == []
    assert only_ticket(stack).state == "pending"


def test_with_no_address_on_file_the_head_must_ask_in_writing_and_the_ticket_waits_for_it(
        stack: Stack):
    load_directory(stack, "0693421U,Collège A,,,esidoc\n")

    deliver(stack, dev_mail("d001.eml"))

    (answer,) = sent_mail(stack)
    ticket = only_ticket(stack)
    with stack.session() as session:
        assert session.exec(select(ResetToken)).all() == []
    assert answer["To"] == D001_SENDER and links_in(answer) == []
    assert "support@assistance.example.fr" in text_of(answer)
    assert "0693421U" in text_of(answer)
    assert (ticket.state, ticket.waiting_on) == ("pending", "head_request")


def test_a_mail_without_a_uai_gets_asked_for_the_code_and_what_it_looks_like(stack: Stack):
    deliver(stack, dev_mail("d044.eml"))  # no UAI at all

    (answer,) = sent_mail(stack)
    assert "7 chiffres suivis d'une lettre" in text_of(answer)
    assert links_in(answer) == []
    assert only_ticket(stack).state == "pending"


@pytest.fixture
def typos_answered(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Stack]:
    """The embedded stack with an operator's choice in classify.toml: a reset whose code has a
    wrong check letter is answered by asking for the right code."""
    config = tmp_path / "config"
    shutil.copytree(PROJECT_ROOT / "config", config)
    policy = config / "classify.toml"
    text, changed = re.subn(r"(\[category\.password_reset\][^\[]*?wrong_check_letter_holds = )true",
                            r"\1false", policy.read_text("utf-8"))
    assert changed == 1
    policy.write_text(text, "utf-8")
    yield from build_stack(make_settings(
        tmp_path, db_url=make_db_url("sqlite", tmp_path, request),
        source_file=config / "settings.toml"))


TYPO_MAIL = ("Bonjour, j'ai oublié le mot de passe e-sidoc du CDI, UAI 0592734G. Merci")  # B, not G


def test_a_uai_with_a_wrong_check_letter_goes_to_a_person(stack: Stack):
    load_directory(stack, "0592734B,Collège B,ce.0592734B@ac-lille.fr,,esidoc\n")

    deliver(stack, new_mail("doc@ac-lille.fr", "Mot de passe e-sidoc", TYPO_MAIL,
                            message_id="typo@ac-lille.fr"))

    (answer,) = mail_to(stack, "doc@ac-lille.fr")  # the acknowledgement; the region is told
    assert "7 chiffres suivis d'une lettre" not in text_of(answer)
    assert links_in(answer) == []
    assert only_ticket(stack).waiting_on == "staff"


def test_where_the_operator_chose_it_a_wrong_check_letter_is_named_and_the_shape_explained(
        typos_answered: Stack):
    load_directory(typos_answered, "0592734B,Collège B,ce.0592734B@ac-lille.fr,,esidoc\n")

    deliver(typos_answered, new_mail("doc@ac-lille.fr", "Mot de passe e-sidoc", TYPO_MAIL,
                                     message_id="typo@ac-lille.fr"))

    (answer,) = sent_mail(typos_answered)
    assert "0592734G" in text_of(answer)
    assert "7 chiffres suivis d'une lettre" in text_of(answer)
    assert links_in(answer) == []
    assert only_ticket(typos_answered).waiting_on == "user"


def test_a_wrong_check_letter_with_a_request_to_send_elsewhere_goes_to_a_person(stack: Stack):
    load_directory(stack, "0592734B,Collège B,ce.0592734B@ac-lille.fr,,esidoc\n")

    deliver(stack, dev_mail("d019.eml"))  # typed 0592734G, and wants it at his own address

    assert all("7 chiffres suivis d'une lettre" not in text_of(m) for m in sent_mail(stack))
    assert only_ticket(stack).waiting_on == "staff"


def test_links_for_one_uai_stop_at_the_daily_limit_and_a_person_takes_over(stack: Stack):
    load_directory(stack, "0693421U,Collège A,ce.0693421U@ac-lyon.fr,,esidoc\n")
    limit = stack.desk.settings.procedures.reset_links_per_uai_per_day
    senders = [f"person{n}@example.org" for n in range(limit + 1)]

    for n, sender in enumerate(senders):
        deliver(stack, new_mail(sender, "Mot de passe oublié e-sidoc",
                                "Bonjour, j'ai oublié le mot de passe e-sidoc, UAI 0693421U.",
                                message_id=f"reset-{n}@example.org"))

    with stack.session() as session:
        assert len(session.exec(select(ResetToken)).all()) == limit
    last = mail_to(stack, senders[-1])
    assert len(last) == 1 and links_in(last[0]) == []
    assert events(stack, "handed_to_staff")
