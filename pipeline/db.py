"""The database engine and its schema migrations (Alembic), for SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str) -> sa.Engine:
    """An engine tuned for the pipeline: WAL and a busy timeout on SQLite, pre-ping elsewhere."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        writer = SqliteWriter()
        sa.event.listen(engine, "connect", _tune_sqlite)
        sa.event.listen(engine, "begin", writer.begin)
        for event in ("commit", "rollback"):
            sa.event.listen(engine, event, writer.end)
        sa.event.listen(engine.pool, "checkin", writer.checkin)
        return engine
    return sa.create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see SqliteWriter
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON",
                   "busy_timeout=30000", "wal_autocheckpoint=8000"):  # 32 MB between syncs
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


class SqliteWriter:
    """One transaction at a time per process, queued here rather than in SQLite.

    Every transaction takes SQLite's write lock at BEGIN (so two writers wait instead of
    failing mid-way); threads of one process wait on a Python lock, because SQLite's own
    busy handler sleeps in steps of up to 100 ms. Other processes still meet the handler.
    """

    HELD = "sqlite_writer_held"

    def __init__(self) -> None:
        self.lock = threading.Lock()

    def begin(self, connection: sa.Connection) -> None:
        connection.info[self.HELD] = self.lock.acquire(timeout=60)
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            self.end(connection)
            raise

    def end(self, connection: sa.Connection) -> None:
        if connection.info.pop(self.HELD, False):
            self.lock.release()

    def checkin(self, _dbapi_connection: Any, record: Any) -> None:
        """A connection returned mid-transaction (an error) gives the lock back too."""
        if record.info.pop(self.HELD, False):
            self.lock.release()


def insert_ignoring(session: Session, table: type[SQLModel], keys: list[str]) -> Any:
    """INSERT … ON CONFLICT DO NOTHING, in the dialect of the session's database."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(table).on_conflict_do_nothing(index_elements=keys)


def lock_until_commit(connection: sa.Connection, key: str) -> None:
    """On PostgreSQL, hold a lock on `key` until the transaction ends, so that workers counting
    the same thing count one after the other. SQLite needs none: its writers are serial."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtext(key))))


def upgrade_schema(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; safe to run on every start."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def open_session(engine: sa.Engine) -> Session:
    return Session(engine, expire_on_commit=False)
