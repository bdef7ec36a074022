"""Fixtures: real databases (SQLite, PostgreSQL), real queues (in-process, Redis), a running desk.

The servers (Dovecot, SMTP) come from tests/servers.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import dramatiq
import psycopg
import pytest
import redis
import sqlalchemy as sa
from sqlmodel import Session

from pipeline.actors import INGEST_QUEUE, OUTBOX_QUEUE, Actors, declare_actors, make_broker
from pipeline.db import make_engine, upgrade_schema
from pipeline.desk import Desk, open_desk
from pipeline.ingest.maildir import ensure_maildir
from pipeline.ingest.poll import poll_once, settle_finished
from pipeline.ingest.source import Source
from pipeline.runner import open_source
from pipeline.settings import PROJECT_ROOT, Mailbox, Settings, load_settings
from pipeline.settings import Desk as DeskSettings

pytest_plugins = ["servers"]

SHARED = PROJECT_ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
MAIL = Path(__file__).parent / "mail"
POSTGRES_ADMIN = "host=127.0.0.1 user=postgres dbname=postgres"
REDIS_URL = "redis://127.0.0.1:6379/14"
STACKS = ["sqlite-memory", "postgresql-redis"]
CONFIGURED = load_settings(PROJECT_ROOT / "config" / "settings.toml", environ={})


def read_mail(name: str) -> bytes:
    return (MAIL / name).read_bytes()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database on the local server, dropped afterwards."""
    name = f"sp_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://postgres@127.0.0.1/{name}"
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_db_url(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'support.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


def make_broker_url(kind: str) -> str:
    return "memory" if kind == "memory" else REDIS_URL


def make_settings(tmp_path: Path, *, db_url: str, broker: str = "memory",
                  mailboxes: tuple[Mailbox, ...] = (), **sections: object) -> Settings:
    inbox = Mailbox(name="inbox", kind="maildir", path=tmp_path / "inbox")
    values: dict[str, object] = {
        "desk": DeskSettings(own_addresses=("ne-pas-repondre@assistance.example.fr",)),
        "database": {"url": db_url},
        "queue": {"broker": broker, "worker_threads": 2, "parse_processes": 0,
                  "namespace": f"test-{uuid.uuid4().hex[:12]}"},  # test runs never share a queue
        "paths": {"raw_store": tmp_path / "raw", "outbox_dir": tmp_path / "outbox",
                  "templates": PROJECT_ROOT / "templates"},
        "mailboxes": mailboxes or (inbox,),
        "platforms": CONFIGURED.platforms,  # reset URLs and no-reply senders, as configured
        "procedures": CONFIGURED.procedures,
        "source_file": PROJECT_ROOT / "config" / "settings.toml",
        **sections,
    }
    return Settings.model_validate(values)


def forget_queue(settings: Settings) -> None:
    """Drop a test's Redis keys (its own namespace), so runs leave nothing behind."""
    if settings.queue.broker.startswith("redis"):
        client = redis.Redis.from_url(settings.queue.broker)
        keys = list(client.scan_iter(f"{settings.queue.namespace}*"))
        if keys:
            client.delete(*keys)


class Clock:
    """An injectable clock: tests travel in time instead of sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Stack:
    """A desk with its workers, driven step by step by the test."""

    desk: Desk
    actors: Actors
    worker: dramatiq.Worker
    clock: Clock
    sources: dict[str, Source] = field(default_factory=dict)

    @property
    def engine(self) -> sa.Engine:
        return self.desk.engine

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def poll(self, name: str = "inbox") -> int:
        """One poll of a mailbox, then wait until the workers are idle and settle."""
        source = self.sources[name]
        count = poll_once(source, engine=self.engine, enqueue=self.actors.enqueue)
        self.drain()
        settle_finished(source, engine=self.engine)
        return count

    def drain(self) -> None:
        broker = self.actors.process_messages.broker
        for _ in range(3):  # a processed message queues its mail: drain both queues twice
            for queue in (INGEST_QUEUE, OUTBOX_QUEUE):
                broker.join(queue, timeout=60_000)
        self.worker.join()


def build_stack(settings: Settings, *, clock: Clock | None = None) -> Iterator[Stack]:
    clock = clock or Clock()
    desk = open_desk(settings, clock=clock)
    upgrade_schema(desk.engine)
    broker = make_broker(settings.queue)
    actors = declare_actors(broker, desk)
    worker = dramatiq.Worker(broker, worker_threads=settings.queue.worker_threads,
                             worker_timeout=50)
    worker.start()
    stack = Stack(desk=desk, actors=actors, worker=worker, clock=clock)
    for mailbox in settings.mailboxes:
        stack.sources[mailbox.name] = open_source(mailbox, settings)
    try:
        yield stack
    finally:
        worker.stop()
        broker.close()
        forget_queue(settings)
        for source in stack.sources.values():
            source.close()
        desk.close()


@pytest.fixture(params=STACKS)
def stack(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Stack]:
    """The embedded default (SQLite + in-process queue) and production (PostgreSQL + Redis)."""
    db_kind, broker_kind = request.param.split("-")
    settings = make_settings(tmp_path, db_url=make_db_url(db_kind, tmp_path, request),
                             broker=make_broker_url(broker_kind))
    yield from build_stack(settings)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    """A migrated database of each kind, for tests below the flow."""
    engine = make_engine(make_db_url(request.param, tmp_path, request))
    upgrade_schema(engine)
    yield engine
    engine.dispose()


def drop_in_maildir(path: Path, raw: bytes, name: str | None = None) -> str:
    """Deliver like an MTA: write in tmp/, then rename into new/."""
    ensure_maildir(path)
    name = name or f"{uuid.uuid4().hex}.test"
    (path / "tmp" / name).write_bytes(raw)
    (path / "tmp" / name).rename(path / "new" / name)
    return name
