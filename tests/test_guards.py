"""Loop and abuse guards: caps on automatic mail, and no mail with holes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import PROJECT_ROOT, Stack, build_stack, make_db_url, make_settings
from procedures_support import deliver, dev_mail, events, only_ticket, sent_mail
from sqlmodel import Session, select

from pipeline.classify.regions import Regions
from pipeline.outbox.queue import ReplyContext
from pipeline.outbox.render import Renderer
from pipeline.responders.actions import Reply, WaitFor
from pipeline.responders.view import DeskView
from pipeline.tickets.execute import carry_out
from pipeline.tickets.models import AuditEvent, Message, Ticket

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_automatic_mail_on_one_ticket_stops_at_the_per_ticket_cap_and_a_person_takes_over(
        engine: sa.Engine, tmp_path: Path):
    config = make_settings(tmp_path, db_url="sqlite://")
    cap = config.limits.auto_mails_per_ticket
    with Session(engine, expire_on_commit=False) as session:
        ticket = Ticket(reference="SUP-CAP", requester="a@example.org", state="open")
        session.add(ticket)
        session.flush()
        message = Message(ticket_id=ticket.id, direction="in", message_id="m@example.org")
        session.add(message)
        session.flush()
        replies = tuple(Reply("acknowledgement", {"delay_hours": 48}, to=f"p{n}@example.org",
                              key=f"k{n}") for n in range(cap + 1))
        view = DeskView(session=session, settings=config,
                        regions=Regions.load(PROJECT_ROOT / "config" / "regions.toml"), now=NOW)

        rows = carry_out(session, (*replies, WaitFor("user")),
                         ReplyContext(ticket, message, NOW), settings=config,
                         renderer=Renderer(config.paths.templates), view=view)

        trips = session.exec(select(AuditEvent).where(AuditEvent.event == "ticket_cap_tripped"))
        assert len(rows) == cap
        assert len(trips.all()) == 1
        assert (ticket.state, ticket.waiting_on) == ("open", "staff")


@pytest.fixture
def broken_templates_stack(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Stack]:
    templates = tmp_path / "templates"
    shutil.copytree(PROJECT_ROOT / "templates", templates)
    (templates / "fr" / "missing_noreply_mail" / "procedure.txt.j2").write_text(
        '{% extends "fr/_layout.txt.j2" %}\n{% block subject %}x{% endblock %}\n'
        "{% block body %}\n{{ a_value_nobody_passes }}\n{% endblock %}\n", encoding="utf-8")
    settings = make_settings(tmp_path, db_url=make_db_url("sqlite", tmp_path, request))
    settings = settings.model_copy(update={"paths": settings.paths.model_copy(
        update={"templates": templates})})
    yield from build_stack(settings)


def test_a_template_that_fails_to_render_blocks_the_reply_and_sends_the_ticket_to_a_person(
        broken_templates_stack: Stack):
    deliver(broken_templates_stack, dev_mail("d003.eml"))

    ticket = only_ticket(broken_templates_stack)
    assert sent_mail(broken_templates_stack) == []
    assert (ticket.state, ticket.waiting_on) == ("open", "staff")
    assert "a_value_nobody_passes" in ticket.parked_reason
    assert events(broken_templates_stack, "template_failed")


def test_mail_from_our_own_addresses_and_no_reply_senders_is_never_answered(stack: Stack):
    for n, sender in enumerate(("ne-pas-repondre@assistance.example.fr",
                                "no-reply@acheteur.example.fr")):
        deliver(stack, (f"From: {sender}\r\nTo: support@assistance.example.fr\r\n"
                        f"Subject: Mot de passe oublié\r\nMessage-ID: <own-{n}@x.example>\r\n"
                        f"Date: Mon, 2 Mar 2026 09:00:00 +0100\r\n\r\n"
                        f"J'ai oublié mon mot de passe e-sidoc, UAI 0693421U.\r\n").encode())

    assert sent_mail(stack) == []
