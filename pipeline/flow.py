"""The flow of recorded messages: ledger row → prepare (parse, classify) → ticket → outbox.

Messages arrive in small batches and are filed in one transaction; a batch is only ever
tried together once: a retried batch is split so that one poisonous message cannot take
its neighbours down with it. Every call is safe to repeat: finished rows are skipped,
and the unique keys of message and outbox rows make a second run add nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from pipeline.case import Case
from pipeline.crashpoints import crash_point
from pipeline.desk import Desk
from pipeline.ingest.ledger import load_blobs, store_blobs
from pipeline.outbox.queue import ReplyContext
from pipeline.prepare import Refused
from pipeline.responders import decide_actions
from pipeline.responders.view import DeskView
from pipeline.tickets.execute import carry_out
from pipeline.tickets.models import LedgerEntry, Message, OutboxMail, Ticket, utcnow
from pipeline.tickets.service import Duplicate, Filed, Incoming, Waiting, audit, file_batch
from pipeline.tickets.threading import format_reference

log = logging.getLogger(__name__)

FINISHED = ("done", "parked", "duplicate")


@dataclass
class Outcome:
    """What the workers must do next: send these rows; enqueue these ids one by one; and,
    when some messages failed (their error is on their ledger row), retry the batch."""

    outbox_ids: list[int] = field(default_factory=list)
    split: list[int] = field(default_factory=list)
    later: list[int] = field(default_factory=list)  # replies whose parent is still being filed
    failures: list[Exception] = field(default_factory=list)


@dataclass(frozen=True)
class Claimed:
    """A ledger row as claimed: plain values that outlive any session."""

    id: int
    sha256: str
    message_id: str
    attempts: int
    error: str


@dataclass(frozen=True)
class Parsed:
    entry: Claimed
    case: Case
    payloads: dict[str, bytes]  # attachments by SHA-256


def process_messages(desk: Desk, ledger_ids: Sequence[int]) -> Outcome:
    """Carry recorded messages through the flow, as far as each one can go."""
    entries = _claim(desk, ledger_ids)
    if entries is None:
        return Outcome(split=list(ledger_ids))
    outcome, ready = Outcome(), []
    worn = [e for e in entries if e.attempts > desk.settings.limits.max_attempts]
    for entry in worn:
        _park(desk, entry, f"processing failed {entry.attempts - 1} times: {entry.error}")
    entries = [e for e in entries if e not in worn]
    raws = load_blobs(desk.engine, [e.sha256 for e in entries])
    prepared = desk.preparer.prepare([(e.id, raws[e.sha256]) for e in entries])
    for entry, result in zip(entries, prepared, strict=True):
        if isinstance(result, Refused):
            _park(desk, entry, result.reason)
            continue
        # Said here, not where it was read: a parse process's log lines go nowhere.
        if (read := result.case.classification) is not None:
            log.info("ledger %s: %s (%.2f) -> %s by %s", entry.id, read.category,
                     read.confidence, read.action, read.decided_by)
        ready.append(Parsed(entry, result.case, result.payloads))
    outcome.failures = _file_all(desk, ready, outcome)
    return outcome


def _claim(desk: Desk, ledger_ids: Sequence[int]) -> list[Claimed] | None:
    """Count the attempt before working, so a message that kills its worker is still counted.

    None means: a retried batch, to be split into single messages.
    """
    unfinished = sa.and_(col(LedgerEntry.id).in_(ledger_ids),
                         col(LedgerEntry.state).not_in(FINISHED))
    with desk.engine.begin() as connection:
        tried = connection.execute(sa.select(col(LedgerEntry.id), col(LedgerEntry.attempts))
                                   .where(unfinished).with_for_update()).all()
        if len(tried) > 1 and any(attempts for _, attempts in tried):
            return None
        rows = connection.execute(
            sa.update(LedgerEntry).where(unfinished)
            .values(attempts=LedgerEntry.attempts + 1, state="processing", updated_at=utcnow())
            .returning(col(LedgerEntry.id), col(LedgerEntry.sha256), col(LedgerEntry.message_id),
                       col(LedgerEntry.attempts), col(LedgerEntry.error))).all()
    return sorted((Claimed(*row) for row in rows), key=lambda c: c.id)  # type: ignore[arg-type]


def _file_all(desk: Desk, ready: list[Parsed], outcome: Outcome) -> list[Exception]:
    """File the batch in one transaction; if that fails, each message in its own."""
    if not ready:
        return []
    try:
        _file(desk, ready, outcome)
        return []
    except Exception as exc:
        if len(ready) == 1:
            _record_error(desk, ready[0].entry.id, f"{type(exc).__name__}: {exc}")
            return [exc]
    failures = []
    for item in ready:
        failures += _file_all(desk, [item], outcome)
    return failures


def _file(desk: Desk, batch: list[Parsed], outcome: Outcome) -> None:
    now, rows, waiting = desk.clock(), [], []
    finished: list[tuple[int, str, int | None]] = []
    for item in batch:
        crash_point(f"poison:{item.case.mail.message_id}")  # chaos battery: a mail that kills
    with Session(desk.engine, expire_on_commit=False, autoflush=False) as session:
        filed = file_batch(session, [Incoming(item.case, _dedupe_key(item.entry, item.case))
                                     for item in batch],
                           ours=desk.settings.desk.addresses, now=now)
        store_blobs(session, [p for item in batch for p in item.payloads.values()])
        for item, result in zip(batch, filed, strict=True):
            if isinstance(result, Waiting):
                log.info("ledger %s: waits for the mail it answers", item.entry.id)
                waiting.append(item.entry.id)
                continue
            if isinstance(result, Duplicate):
                audit(session, "duplicate_ignored", ticket_id=result.ticket_id,
                      ledger_id=item.entry.id, message_id=item.case.mail.message_id)
                log.info("ledger %s: duplicate of a message on ticket %s", item.entry.id,
                         result.ticket_id)
                finished.append((item.entry.id, "duplicate", result.ticket_id))
                continue
            rows += _respond(session, desk, item.case, result, now=now)
            finished.append((item.entry.id, "done", result.ticket.id))
        _finish(session, *finished)
        _put_back(session, waiting)
        session.commit()
    outcome.later += waiting
    outcome.outbox_ids += [row.id for row in rows if row.id is not None]
    crash_point("after_outbox_row" if rows else "after_ticket_commit")  # chaos battery


def _respond(session: Session, desk: Desk, case: Case, filed: Filed, *,
             now: datetime) -> list[OutboxMail]:
    """What the responders decide for one filed mail, carried out: the rows to send."""
    case = replace(case, ticket_id=filed.ticket.id)
    view = DeskView(session=session, settings=desk.settings, regions=desk.classifier.regions,
                    now=now)
    actions = decide_actions(case, ticket=filed.ticket, is_new_ticket=filed.is_new, view=view)
    context = ReplyContext(ticket=filed.ticket, answering=filed.message, now=now)
    return carry_out(session, actions, context, settings=desk.settings, renderer=desk.renderer,
                     view=view)


def _dedupe_key(entry: Claimed, case: Case) -> str:
    mid = case.mail.message_id
    return f"mid:{mid[:1000]}" if mid else f"sha:{entry.sha256}"


def _finish(session: Session, *finished: tuple[int, str, int | None]) -> None:
    """Mark ledger rows (id, state, ticket id) finished, in one statement."""
    if not finished:
        return
    session.connection().execute(
        sa.update(LedgerEntry).where(LedgerEntry.id == sa.bindparam("row_id"))  # type: ignore[arg-type]
        .values(state=sa.bindparam("new_state"), ticket_id=sa.bindparam("new_ticket"),
                error="", updated_at=utcnow()),
        [{"row_id": i, "new_state": state, "new_ticket": t} for i, state, t in finished])


def _put_back(session: Session, ledger_ids: list[int]) -> None:
    """Waiting is not failing: the row is as recorded again, its attempt not counted."""
    if ledger_ids:
        session.connection().execute(
            sa.update(LedgerEntry).where(col(LedgerEntry.id).in_(ledger_ids))
            .values(state="received", attempts=LedgerEntry.attempts - 1))


def _park(desk: Desk, entry: Claimed, reason: str) -> None:
    """A message the flow cannot handle becomes a ticket for a person, raw bytes kept."""
    now = desk.clock()
    with Session(desk.engine, expire_on_commit=False) as session:
        key = f"sha:{entry.sha256}"
        earlier = session.exec(select(Message.ticket_id).where(Message.dedupe_key == key)).first()
        if earlier is not None:
            _finish(session, (entry.id, "duplicate", earlier))
            session.commit()
            return
        ticket = Ticket(subject=f"(message {entry.message_id or entry.sha256[:12]})",
                        parked_reason=reason[:2000], created_at=now, state="open")
        session.add(ticket)
        session.flush()
        assert ticket.id is not None
        ticket.reference = format_reference(ticket.id)
        session.add(Message(ticket_id=ticket.id, ledger_id=entry.id, direction="in",
                            message_id=entry.message_id, created_at=now, dedupe_key=key))
        audit(session, "parked", ticket_id=ticket.id, ledger_id=entry.id, at=now, reason=reason)
        _finish(session, (entry.id, "parked", ticket.id))
        session.commit()
    log.warning("ledger %s: parked on %s: %s", entry.id, ticket.reference, reason)


def _record_error(desk: Desk, ledger_id: int, error: str) -> None:
    with Session(desk.engine) as session:
        session.exec(sa.update(LedgerEntry).where(LedgerEntry.id == ledger_id)  # type: ignore[arg-type]
                     .values(error=error[:2000], updated_at=utcnow()))
        session.commit()
    log.error("ledger %s: %s", ledger_id, error)
