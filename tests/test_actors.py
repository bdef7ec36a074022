"""The actors through a Redis outage: a filed message's reply still leaves."""

from __future__ import annotations

from pathlib import Path

from conftest import CORPUS, make_settings
from servers import free_port
from sqlmodel import Session, select

from pipeline.actors import declare_actors, make_broker
from pipeline.db import upgrade_schema
from pipeline.desk import open_desk
from pipeline.ingest.ledger import record_arrivals
from pipeline.ingest.source import Arrival
from pipeline.tickets.models import OutboxMail


def test_a_reply_that_cannot_be_queued_because_redis_is_down_is_sent_by_the_worker(
        tmp_path: Path):
    settings = make_settings(tmp_path, db_url=f"sqlite:///{tmp_path / 'support.db'}",
                             broker=f"redis://127.0.0.1:{free_port()}/0")  # nobody listens
    desk = open_desk(settings)
    upgrade_schema(desk.engine)
    actors = declare_actors(make_broker(settings.queue), desk)
    with Session(desk.engine) as session:
        ledger_ids = record_arrivals(session, "inbox", [
            Arrival("d001", (CORPUS / "dev" / "d001.eml").read_bytes())])

    actors.process_messages.fn(ledger_ids)

    with Session(desk.engine) as session:
        rows = session.exec(select(OutboxMail)).all()
    desk.close()
    assert rows and {row.state for row in rows} == {"sent"}
    assert all((settings.paths.outbox_dir / f"{row.id:08d}.eml").exists() for row in rows)
