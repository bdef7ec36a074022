"""What a person types in an answer is sent as typed, minus what no mail or database may hold."""

from __future__ import annotations

from sqlmodel import Session, select
from test_access import two_tickets
from web_support import Web, web  # noqa: F401  (fixture)

from pipeline.tickets.models import OutboxMail


def test_an_answer_holding_a_nul_character_is_sent_without_it(web: Web):
    bretagne, _ = two_tickets(web)
    admin = web.login()

    answer = admin.post(f"/tickets/{bretagne}/answer", data={
        "csrf": admin.csrf, "subject": "Re\x00ponse", "text": "Bonjour\x00,\nvoici.",  # type: ignore[attr-defined]
        "template": ""})

    assert answer.status_code == 303
    with Session(web.stack.engine) as session:
        row = session.exec(select(OutboxMail).where(OutboxMail.kind == "staff:free")).one()
    assert row.subject == "Reponse" and b"\x00" not in row.raw
