"""The ingest ledger: raw bytes stored durably before anything else, one row per mailbox item."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from pipeline.ingest.parse import read_message_id
from pipeline.ingest.source import Arrival, Checkpoint
from pipeline.tickets.models import Blob, LedgerEntry, MailboxState, utcnow

log = logging.getLogger(__name__)

SETTLEABLE = ("done", "parked", "duplicate")


def store_blob(session: Session, data: bytes) -> str:
    """Keep bytes under their SHA-256 once; a second copy costs nothing."""
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data), data=data))
    return digest


def record_arrivals(session: Session, mailbox: str, arrivals: Sequence[Arrival]) -> list[int]:
    """Store new arrivals and their ledger rows in one commit; return the ids of the new rows."""
    keys = [a.source_key for a in arrivals]
    known = set(
        session.exec(
            select(LedgerEntry.source_key).where(
                LedgerEntry.mailbox == mailbox, LedgerEntry.source_key.in_(keys)  # type: ignore[attr-defined]
            )
        )
    )
    entries = []
    for arrival in arrivals:
        if arrival.source_key in known:
            continue
        known.add(arrival.source_key)
        digest = store_blob(session, arrival.raw)
        entries.append(
            LedgerEntry(
                mailbox=mailbox,
                uidvalidity=arrival.uidvalidity,
                uid=arrival.uid,
                source_key=arrival.source_key,
                message_id=read_message_id(arrival.raw)[:1000],
                sha256=digest,
                size=len(arrival.raw),
            )
        )
    session.add_all(entries)
    _advance_checkpoint(session, mailbox, arrivals)
    session.commit()
    for entry in entries:
        log.info("ledger %s: recorded %s %s", entry.id, mailbox, entry.source_key)
    return [e.id for e in entries if e.id is not None]


def _advance_checkpoint(session: Session, mailbox: str, arrivals: Sequence[Arrival]) -> None:
    uids = [a for a in arrivals if a.uid is not None]
    if not uids:
        return
    state = session.get(MailboxState, mailbox) or MailboxState(name=mailbox)
    newest = max(uids, key=lambda a: a.uid or 0)
    if newest.uidvalidity != state.uidvalidity:
        state.uidvalidity, state.last_uid = newest.uidvalidity, 0
    state.last_uid = max(state.last_uid, newest.uid or 0)
    session.add(state)


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


def record_poll(session: Session, mailbox: str, *, error: str = "", at: datetime | None = None) -> None:
    """Health of a mailbox: the last poll, the last success, the error while it lasts."""
    now = at or utcnow()
    state = session.get(MailboxState, mailbox) or MailboxState(name=mailbox)
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
