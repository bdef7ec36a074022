"""The mailbox loop through a queue outage: what was recorded meanwhile is handed over later."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from conftest import drop_in_maildir, read_mail
from sqlmodel import Session

from pipeline.db import make_engine, upgrade_schema
from pipeline.ingest.maildir import MaildirSource
from pipeline.ingest.poll import RETRY_CAP, run_mailbox
from pipeline.tickets.models import MailboxState


class Queue:
    """Stands in for Redis: refuses every message while `down`."""

    def __init__(self) -> None:
        self.down, self.received = True, list[int]()

    def enqueue(self, ledger_ids: list[int]) -> None:
        if self.down:
            raise ConnectionError("Error 111 connecting to the queue")
        self.received += ledger_ids


def wait_until(condition: Callable[[], object], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_mail_recorded_while_the_queue_is_down_is_handed_over_once_it_is_back(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    upgrade_schema(engine)
    queue, stop = Queue(), threading.Event()
    drop_in_maildir(tmp_path / "inbox", read_mail("person_mentions_absence.eml"))
    loop = threading.Thread(target=run_mailbox, args=(MaildirSource("inbox", tmp_path / "inbox"),),
                            kwargs={"engine": engine, "enqueue": queue.enqueue, "stop": stop,
                                    "wait_seconds": 0.1})

    loop.start()
    try:
        wait_until(lambda: health(engine))
        time.sleep(1.5)  # rounds with nothing new go by while the queue is still down
        error_during_outage = health(engine)
        queue.down = False
        wait_until(lambda: queue.received)
        wait_until(lambda: not health(engine))
    finally:
        stop.set()
        loop.join(timeout=30)

    assert queue.received == [1]
    assert "connecting to the queue" in error_during_outage


def health(engine) -> str:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        state = session.get(MailboxState, "inbox")
        return state.last_error if state else ""


class Rounds(threading.Event):
    """A stop event that notes each wait instead of sleeping, and stops after `rounds` waits."""

    def __init__(self, rounds: int) -> None:
        super().__init__()
        self.rounds, self.waits = rounds, list[float]()

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(timeout or 0.0)
        if len(self.waits) >= self.rounds:
            self.set()
        return self.is_set()


def test_during_a_long_outage_the_loop_tries_again_every_few_seconds(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    upgrade_schema(engine)
    drop_in_maildir(tmp_path / "inbox", read_mail("person_mentions_absence.eml"))
    stop = Rounds(10)

    run_mailbox(MaildirSource("inbox", tmp_path / "inbox"), engine=engine,
                enqueue=Queue().enqueue, stop=stop, wait_seconds=0.1)

    assert stop.waits[:3] == [1.0, 2.0, 4.0]
    assert max(stop.waits) == RETRY_CAP <= 5.0
