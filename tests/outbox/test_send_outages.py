"""Sending through a database outage: what the relay took is marked sent, never sent again."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import psycopg
from conftest import POSTGRES_ADMIN
from sqlmodel import Session

from pipeline.db import make_engine, upgrade_schema
from pipeline.outbox.send import Outgoing, Result, deliver
from pipeline.tickets.models import OutboxMail


class RelayThenOutage:
    """A relay that takes each mail, and just then the database stops accepting connections
    for `seconds` (its sessions are cut), as when PostgreSQL restarts."""

    repeatable = False

    def __init__(self, database: str, seconds: float) -> None:
        self.database, self.seconds, self.accepted = database, seconds, list[int]()

    def send_all(self, rows: list[Outgoing], *, sender: str) -> Iterator[Result]:
        for row in rows:
            self.accepted.append(row.id)
            self._admit(False)
            threading.Timer(self.seconds, self._admit, args=(True,)).start()
            yield row, None

    def _admit(self, allowed: bool) -> None:
        with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
            admin.execute(f'ALTER DATABASE "{self.database}" WITH ALLOW_CONNECTIONS {allowed}')
            if not allowed:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = %s", (self.database,))


def test_a_mail_the_relay_took_as_the_database_went_down_is_marked_sent_once_it_is_back(
        postgres_url: str):
    engine = make_engine(postgres_url)
    upgrade_schema(engine)
    with Session(engine) as session:
        row = OutboxMail(key="outage", kind="reply", to_addr="cdi@clg-exemple.fr",
                         message_id="outage@assistance.example.fr", raw=b"Subject: x\r\n\r\nx\r\n")
        session.add(row)
        session.commit()
        outbox_id = row.id
    relay = RelayThenOutage(postgres_url.rsplit("/", 1)[1], seconds=2)

    deliver(engine, [outbox_id], transport=relay, sender="support@assistance.example.fr",
            lease=timedelta(seconds=30))

    with Session(engine) as session:
        assert session.get(OutboxMail, outbox_id).state == "sent"
    assert relay.accepted == [outbox_id]
    engine.dispose()
