"""The database engine and its schema migrations (Alembic), for SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlmodel import Session

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str) -> sa.Engine:
    """An engine tuned for the pipeline: WAL and a busy timeout on SQLite, pre-ping elsewhere."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        sa.event.listen(engine, "connect", _tune_sqlite)
        sa.event.listen(engine, "begin", _begin_immediate)
        return engine
    return sa.create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see _begin_immediate
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON",
                   "busy_timeout=30000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _begin_immediate(connection: sa.Connection) -> None:
    """Take SQLite's write lock at BEGIN, so two writers wait instead of failing mid-way."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def upgrade_schema(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; safe to run on every start."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def open_session(engine: sa.Engine) -> Session:
    return Session(engine, expire_on_commit=False)
