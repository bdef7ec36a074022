"""The ingest ledger: raw bytes stored durably before anything else, one row per mailbox item."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from pipeline.crashpoints import crash_point
from pipeline.db import insert_ignoring
from pipeline.ingest.parse import read_message_id
from pipeline.ingest.source import Arrival, Checkpoint
from pipeline.tickets.models import Blob, LedgerEntry, MailboxState, utcnow

log = logging.getLogger(__name__)

SETTLEABLE = ("done", "parked", "duplicate")


def store_blobs(session: Session, blobs: Iterable[bytes]) -> list[str]:
    """Keep bytes under their SHA-256, once: a second copy costs one ignored insert."""
    rows = {hashlib.sha256(b).hexdigest(): b for b in blobs}
    if rows:
        values = [{"sha256": k, "size": len(v), "data": v} for k, v in rows.items()]
        session.connection().execute(insert_ignoring(session, Blob, ["sha256"]), values)
    return list(rows)


def load_blobs(engine: sa.Engine, digests: Sequence[str]) -> dict[str, bytes]:
    """Stored bytes by SHA-256.

    PostgreSQL is asked for bytea in binary: as hex text a 35 MB mail takes three times as
    long to arrive (0.66 s against 0.21 s), which a large attachment's time budget feels.
    """
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            cursor = connection.connection.driver_connection.cursor(binary=True)  # type: ignore[union-attr]
            cursor.execute("SELECT sha256, data FROM blob WHERE sha256 = ANY(%s)", [list(digests)])
            return {digest: bytes(data) for digest, data in cursor.fetchall()}
        return dict(connection.execute(sa.select(Blob.sha256, Blob.data).where(  # type: ignore[call-overload]
            col(Blob.sha256).in_(digests))).all())


def record_arrivals(session: Session, mailbox: str, arrivals: Sequence[Arrival]) -> list[int]:
    """Store new arrivals and their ledger rows in one commit; return the ids of the new rows."""
    keys = [a.source_key for a in arrivals]
    known = set(session.exec(select(LedgerEntry.source_key).where(
        LedgerEntry.mailbox == mailbox, LedgerEntry.source_key.in_(keys))))  # type: ignore[attr-defined]
    fresh = list({a.source_key: a for a in arrivals if a.source_key not in known}.values())
    if not fresh:
        _advance_checkpoint(session, mailbox, arrivals)
        session.commit()
        return []
    store_blobs(session, [a.raw for a in fresh])
    now = utcnow()
    rows = [{"mailbox": mailbox, "uidvalidity": a.uidvalidity, "uid": a.uid,
             "source_key": a.source_key, "message_id": read_message_id(a.raw)[:1000],
             "sha256": hashlib.sha256(a.raw).hexdigest(), "size": len(a.raw),
             "state": "received", "attempts": 0, "error": "", "settled": False,
             "received_at": now, "updated_at": now} for a in fresh]
    insert = insert_ignoring(session, LedgerEntry, ["mailbox", "source_key"]).returning(
        LedgerEntry.id, LedgerEntry.source_key)  # another poller may have recorded some
    inserted = dict((key, i) for i, key in session.connection().execute(insert, rows))
    _advance_checkpoint(session, mailbox, arrivals)
    session.commit()
    crash_point("after_raw_stored")  # chaos battery
    recorded = [(inserted[a.source_key], a.source_key) for a in fresh if a.source_key in inserted]
    for ledger_id, key in recorded:
        log.info("ledger %s: recorded %s %s", ledger_id, mailbox, key)
    return [ledger_id for ledger_id, _ in recorded]


def _advance_checkpoint(session: Session, mailbox: str, arrivals: Sequence[Arrival]) -> None:
    uids = [a for a in arrivals if a.uid is not None]
    if not uids:
        return
    state = _mailbox_state(session, mailbox)
    newest = max(uids, key=lambda a: a.uid or 0)
    if newest.uidvalidity != state.uidvalidity:
        state.uidvalidity, state.last_uid = newest.uidvalidity, 0
    state.last_uid = max(state.last_uid, newest.uid or 0)
    session.add(state)


def _mailbox_state(session: Session, mailbox: str) -> MailboxState:
    """The mailbox's row, created if missing, locked: pollers may run side by side."""
    session.connection().execute(insert_ignoring(session, MailboxState, ["name"]),
                                 [{"name": mailbox, "uidvalidity": 0, "last_uid": 0,
                                   "last_error": ""}])
    state = session.exec(select(MailboxState).where(MailboxState.name == mailbox)
                         .with_for_update()).one()
    return state


def load_checkpoint(session: Session, mailbox: str) -> Checkpoint:
    state = session.get(MailboxState, mailbox)
    return Checkpoint(state.uidvalidity, state.last_uid) if state else Checkpoint()


def unsettled_keys(session: Session, mailbox: str, *, limit: int = 500) -> list[str]:
    """Items whose ticket is committed but which the source has not flagged or moved yet."""
    query = (
        select(LedgerEntry.source_key)
        .where(LedgerEntry.mailbox == mailbox, LedgerEntry.settled == False)  # noqa: E712
        .where(LedgerEntry.state.in_(SETTLEABLE))  # type: ignore[attr-defined]
        .order_by(LedgerEntry.id)
        .limit(limit)
    )
    return list(session.exec(query))


def mark_settled(session: Session, mailbox: str, keys: Sequence[str]) -> None:
    session.exec(
        sa.update(LedgerEntry)
        .where(LedgerEntry.mailbox == mailbox, LedgerEntry.source_key.in_(keys))  # type: ignore[attr-defined]
        .values(settled=True, updated_at=utcnow())
    )
    session.commit()


def record_poll(session: Session, mailbox: str, *, error: str = "",
                at: datetime | None = None) -> None:
    """Health of a mailbox: the last poll, the last success, the error while it lasts."""
    now = at or utcnow()
    state = _mailbox_state(session, mailbox)
    state.last_poll_at = now
    if error:
        state.error_since = state.error_since or now
        state.last_error = error[:2000]
    else:
        state.last_ok_at, state.error_since, state.last_error = now, None, ""
    session.add(state)
    session.commit()


def unfinished_entries(session: Session) -> list[int]:
    """Rows recorded but not finished: after a crash they are simply processed again."""
    query = select(LedgerEntry.id).where(
        LedgerEntry.state.in_(("received", "processing"))  # type: ignore[attr-defined]
    )
    return [i for i in session.exec(query) if i is not None]
