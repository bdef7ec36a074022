"""The loop that keeps one mailbox flowing: fetch, record, hand over, settle, wait; its health."""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable

import sqlalchemy as sa
from sqlmodel import Session

from pipeline.crashpoints import crash_point
from pipeline.errors import MailboxUnavailable
from pipeline.ingest.ledger import (
    load_checkpoint,
    mark_settled,
    record_arrivals,
    record_poll,
    unsettled_keys,
)
from pipeline.ingest.source import Source

log = logging.getLogger(__name__)

Enqueue = Callable[[list[int]], None]
RETRY_CAP = 5.0  # seconds between attempts at most: a service back from an outage is used
                 # again within seconds (the battery's target is 10 s), at a negligible cost


def poll_once(source: Source, *, engine: sa.Engine, enqueue: Enqueue) -> int:
    """One round: record every new message, hand each to the workers, settle finished ones."""
    recorded = 0
    with Session(engine) as session:
        checkpoint = load_checkpoint(session, source.name)
    for batch in source.fetch_new(checkpoint):
        crash_point("after_fetch")  # chaos battery
        with Session(engine) as session:
            ids = record_arrivals(session, source.name, batch)
        if ids:
            enqueue(ids)
        recorded += len(ids)
    settle_finished(source, engine=engine)
    return recorded


def settle_finished(source: Source, *, engine: sa.Engine) -> None:
    """Flag or move at the source what is safely in a ticket; only then."""
    with Session(engine) as session:
        keys = unsettled_keys(session, source.name)
    if keys:
        crash_point("before_flagging")  # chaos battery
        source.settle(keys)
        with Session(engine) as session:
            mark_settled(session, source.name, keys)


class Handover:
    """Hands recorded messages to the workers; those the queue refused (Redis down) wait here
    and go first on the next round, else they would sit recorded but unqueued."""

    def __init__(self, enqueue: Enqueue) -> None:
        self.enqueue, self.waiting = enqueue, list[int]()

    def __call__(self, ledger_ids: list[int]) -> None:
        self.waiting += ledger_ids
        if self.waiting:
            self.enqueue(list(self.waiting))  # a batch queued twice is harmless
            self.waiting.clear()


def run_mailbox(source: Source, *, engine: sa.Engine, enqueue: Enqueue,
                stop: threading.Event, wait_seconds: float) -> None:
    """Poll until `stop`; a failure is recorded in the mailbox's health and retried with backoff."""
    delay, handover = 1.0, Handover(enqueue)
    while not stop.is_set():
        try:
            handover([])  # the queue may be back: what it refused goes first
            poll_once(source, engine=engine, enqueue=handover)
            with Session(engine) as session:
                record_poll(session, source.name)
            delay = 1.0
            source.wait_for_mail(wait_seconds)
        except MailboxUnavailable as exc:
            _note_failure(engine, source.name, str(exc))
            stop.wait(delay * random.uniform(0.8, 1.2))
            delay = min(delay * 2, RETRY_CAP)
        except Exception as exc:  # a bug or a database outage must not end the loop
            log.exception("mailbox %s: poll failed", source.name)
            _note_failure(engine, source.name, f"{type(exc).__name__}: {exc}")
            stop.wait(delay)
            delay = min(delay * 2, RETRY_CAP)
    source.close()


def _note_failure(engine: sa.Engine, name: str, error: str) -> None:
    log.warning("mailbox %s: %s", name, error)
    try:
        with Session(engine) as session:
            record_poll(session, name, error=error)
    except Exception:  # the database itself may be the thing that is down
        log.exception("mailbox %s: could not record its health", name)
