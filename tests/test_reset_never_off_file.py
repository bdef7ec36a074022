"""A reset link never goes to an address that is not on file: property-based, on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import sqlalchemy as sa
from conftest import PROJECT_ROOT, make_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from procedures_support import HEADER, new_mail
from sqlmodel import Session, select

from pipeline.case import Address, Case, Classification, Entities
from pipeline.classify.regions import Regions
from pipeline.directory.load import import_directory
from pipeline.ingest.parse import parse_mail
from pipeline.outbox.queue import ReplyContext
from pipeline.outbox.render import Renderer
from pipeline.responders import decide_actions
from pipeline.responders.actions import ResetLink
from pipeline.responders.view import DeskView
from pipeline.tickets.execute import carry_out
from pipeline.tickets.models import AuditEvent, Message, OutboxMail, Ticket
from pipeline.tokens.models import ResetToken

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
UAIS = ["0693421U", "0331857P", "0141785P"]
PLATFORMS = ["esidoc", "espace_acheteur"]
KNOWN = ["cdi@ac-lyon.fr", "ce.0693421u@ac-lyon.fr", "ce.0331857p@ac-bordeaux.fr",
         "gestion@clg.example.fr", "ce.0141785p@ac-normandie.fr"]
address = st.sampled_from(KNOWN) | st.emails().map(str.lower)
row = st.tuples(st.sampled_from(UAIS), st.none() | address, st.none() | address,
                st.sampled_from(PLATFORMS))
directory = st.lists(row, max_size=6)


def run_responder(engine: sa.Engine, tmp_path: object, rows: list[tuple[str, str | None,
                  str | None, str]], sender: str, uai: str, platform: str | None
                  ) -> tuple[set[str], list[str], list[str], list[str]]:
    config = make_settings(tmp_path, db_url="sqlite://")  # type: ignore[arg-type]
    regions = Regions.load(PROJECT_ROOT / "config" / "regions.toml")
    csv = HEADER + "".join(f"{u},School,{o or ''},{a or ''},{p}\n" for u, o, a, p in rows)
    with Session(engine, expire_on_commit=False) as session:
        import_directory(session, csv, platforms=config.platforms, now=NOW)
        ticket = Ticket(reference="SUP-PROP", requester=sender, subject="Mot de passe", uai=uai)
        session.add(ticket)
        session.flush()
        message = Message(ticket_id=ticket.id, direction="in", message_id="m@example.org")
        session.add(message)
        session.flush()
        mail, _ = parse_mail(new_mail("x@example.org", "Mot de passe oublié", "Oublié.",
                                      message_id="m@example.org"))
        case = Case(ledger_id=0, mail=replace(mail, sender=Address("", sender)),
                    entities=Entities(uai=uai, platform=platform),
                    classification=Classification("password_reset", 0.99, "auto_reply", "test"))
        view = DeskView(session=session, settings=config, regions=regions, now=NOW)
        actions = decide_actions(case, ticket=ticket, is_new_ticket=True, view=view)
        carry_out(session, actions, ReplyContext(ticket, message, NOW), settings=config,
                  renderer=Renderer(config.paths.templates), view=view)
        on_file = {a for u, o, a, _ in rows if u == uai for a in (o, a) if a}
        with_link = [r.to_addr for r in session.exec(select(OutboxMail)) if b"token=" in r.raw]
        minted = [t.sent_to for t in session.exec(select(ResetToken))]
        decided = [a.to for a in actions if isinstance(a, ResetLink)]
        session.rollback()
    return on_file, with_link, minted, decided


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=directory, sender=address, uai=st.sampled_from(UAIS),
       platform=st.none() | st.sampled_from(PLATFORMS))
def test_whatever_the_sender_and_directory_links_go_only_to_addresses_on_file(
        engine: sa.Engine, tmp_path_factory: object, rows: list[tuple[str, str | None,
        str | None, str]], sender: str, uai: str, platform: str | None):
    rows = list({(r[0], r[3]): r for r in rows}.values())  # one row per account, as in a CSV
    rows = [(u, next(o for uu, o, _, _ in rows if uu == u), a, p) for u, _, a, p in rows]

    on_file, with_link, minted, decided = run_responder(engine, tmp_path_factory.mktemp("p"),  # type: ignore[attr-defined]
                                               rows, sender, uai, platform)

    assert set(decided) <= on_file  # the responder never asks for it...
    assert set(with_link) <= on_file  # ... and the executor would refuse it anyway
    assert set(minted) <= on_file
    assert len(minted) == len(with_link)


def test_the_executor_refuses_a_link_to_an_address_not_on_file_whatever_a_responder_says(
        engine: sa.Engine, tmp_path: object):
    config = make_settings(tmp_path, db_url="sqlite://")  # type: ignore[arg-type]
    regions = Regions.load(PROJECT_ROOT / "config" / "regions.toml")
    with Session(engine, expire_on_commit=False) as session:
        import_directory(session, HEADER + "0693421U,A,ce.0693421U@ac-lyon.fr,,esidoc\n",
                         platforms=config.platforms, now=NOW)
        ticket = Ticket(reference="SUP-X", requester="mallory@example.org")
        session.add(ticket)
        session.flush()
        message = Message(ticket_id=ticket.id, direction="in", message_id="m@x")
        session.add(message)
        session.flush()
        view = DeskView(session=session, settings=config, regions=regions, now=NOW)

        rows = carry_out(session, (ResetLink(to="mallory@example.org", uai="0693421U",
                                             platform="esidoc"),),
                         ReplyContext(ticket, message, NOW), settings=config,
                         renderer=Renderer(config.paths.templates), view=view)

        assert rows == []
        assert session.exec(select(ResetToken)).all() == []
        assert session.exec(select(AuditEvent).where(
            AuditEvent.event == "reset_link_refused")).first() is not None
