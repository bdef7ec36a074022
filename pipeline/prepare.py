"""Parse, detect robots and classify, away from the database: in worker processes when asked.

The pure part of the flow needs no database, so it can run in child processes: both cores
parse while the filing thread writes, and a hostile mail that would parse for ever is cut
off after `timeout` seconds (its process is replaced) and parked for a person.

A batch goes to the children in a few large messages, not one per mail, and each child
answers mail by mail: the parent pays little per mail yet knows which mail overran.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from threading import Condition, Thread
from typing import Literal

from pipeline.case import Case
from pipeline.classify.automated import detect_automated
from pipeline.classify.classifier import Classifier
from pipeline.errors import ConfigRejected, UnparseableMail
from pipeline.ingest.parse import check_readable, parse_mail

log = logging.getLogger(__name__)

RELOAD_CHECK_SECONDS = 2.0
FREE_CHILD_CHECK_SECONDS = 0.05  # a caller with mails not yet sent looks for a free child


@dataclass(frozen=True)
class Prepared:
    case: Case
    payloads: dict[str, bytes]  # attachments by SHA-256


@dataclass(frozen=True)
class Refused:
    ledger_id: int
    reason: str


def prepare_mail(ledger_id: int, raw: bytes, *, classifier: Classifier,
                 own_addresses: frozenset[str]) -> Prepared | Refused:
    """The steps parse → automated-mail detection → classification, for one mail."""
    try:
        mail, payloads = parse_mail(raw)
    except UnparseableMail as exc:
        return Refused(ledger_id, f"unparseable mail: {exc.reason}")
    try:
        case = Case(ledger_id=ledger_id, mail=mail,
                    automated=detect_automated(mail, own_addresses=own_addresses))
        assert case.automated is not None
        entities, classification = classifier.classify(mail, case.automated)
    except Exception as exc:  # a fault in our rules: a person reads it, with the reason
        log.exception("ledger %s: classification failed", ledger_id)
        return Refused(ledger_id, f"classification failed: {type(exc).__name__}: {exc}")
    return Prepared(replace(case, entities=entities, classification=classification), payloads)


def _refused_at_once(ledger_id: int, raw: bytes) -> Refused | None:
    try:
        check_readable(raw)
    except UnparseableMail as exc:
        return Refused(ledger_id, f"unparseable mail: {exc.reason}")
    return None


class Preparer:
    """Runs prepare_mail inline (processes=0) or in child processes the callers share."""

    def __init__(self, *, config_dir: Path, classifier: Classifier,
                 own_addresses: frozenset[str], processes: int, timeout: float):
        self.config_dir, self.classifier = config_dir, classifier
        self.own_addresses, self.processes, self.timeout = own_addresses, processes, timeout
        self._cond = Condition()
        self._idle: list[_Child] = []
        self._live = 0  # children starting, idle or in use
        self._generation = 0  # bumped by use(): older children end when handed back
        self._waiting: list[float] = []  # when the callers waiting for a child were called
        self._failure: Exception | None = None  # why a child could not start
        self._closed = False
        self._stamp, self._checked = config_stamp(config_dir), time.monotonic()

    def reload_if_changed(self) -> None:
        """Pick up rules an operator changed on disk; a refused file leaves the last good live."""
        if time.monotonic() - self._checked < RELOAD_CHECK_SECONDS:
            return
        self._checked = time.monotonic()
        stamp = config_stamp(self.config_dir)
        if stamp == self._stamp:
            return
        self._stamp = stamp
        try:
            self.use(Classifier.load(self.config_dir))
        except ConfigRejected as exc:
            log.error("rules not reloaded, the last good ones stay live: %s", exc)
            return
        log.info("rules reloaded from %s", self.config_dir)

    def use(self, classifier: Classifier) -> None:
        """Classify with these rules from now on; child processes restart to take them."""
        with self._cond:
            self.classifier, self._generation = classifier, self._generation + 1
            stale, self._idle = self._idle, []
        self._stamp = config_stamp(self.config_dir)
        for child in stale:
            self._hand_back(child)  # outdated: it ends, and a new one starts

    def prepare(self, items: Sequence[tuple[int, bytes]]) -> list[Prepared | Refused]:
        """Results in the order of `items`; each mail gets `timeout` seconds of a child's time."""
        self.reload_if_changed()
        if not self.processes:
            return [prepare_mail(i, raw, classifier=self.classifier,
                                 own_addresses=self.own_addresses) for i, raw in items]
        refused = {n: r for n, (i, raw) in enumerate(items) if (r := _refused_at_once(i, raw))}
        if refused:  # not worth a child's time, nor carrying there
            rest = iter(self.prepare([item for n, item in enumerate(items) if n not in refused]))
            return [refused[n] if n in refused else next(rest) for n in range(len(items))]
        batch, busy = _Batch(items, self.timeout), list[_Child]()
        share, called = math.ceil(len(items) / self.processes), time.monotonic()
        try:
            while batch.pending or busy:
                while batch.pending and (child := self._acquire(called, block=not busy)):
                    child.send(items, batch.take(share))
                    busy.append(child)
                until_cutoff = min(c.since for c in busy) + self.timeout - time.monotonic()
                wait([c.conn for c in busy],
                     min(until_cutoff, FREE_CHILD_CHECK_SECONDS) if batch.pending else until_cutoff)
                for child in list(busy):
                    if (state := batch.collect(child)) != "busy":
                        busy.remove(child)
                        self._hand_back(child, lost=state == "lost")
        finally:
            for child in busy:  # only after an error: nobody awaits what they hold
                self._hand_back(child, lost=True)
        return batch.results()

    def _acquire(self, called: float, *, block: bool) -> _Child | None:
        """An idle child, for the caller called first: mails handed over first go first."""
        with self._cond:
            self._waiting.append(called)
            try:
                while True:
                    if self._closed:
                        raise RuntimeError("the preparer is closed")
                    if self._idle and called == min(self._waiting):
                        return self._idle.pop()
                    if not block:
                        return None
                    if self._failure is not None:
                        failure, self._failure = self._failure, None
                        raise failure
                    self._refill()
                    self._cond.wait()
            finally:
                self._waiting.remove(called)
                if self._idle:  # the next caller in line may be asleep
                    self._cond.notify_all()

    def _hand_back(self, child: _Child, *, lost: bool = False) -> None:
        """An idle child waits for the next caller; a lost or outdated one ends and is replaced."""
        with self._cond:
            if not lost and child.generation == self._generation and not self._closed:
                self._idle.append(child)
                self._cond.notify_all()
                return
        child.stop()
        with self._cond:
            self._live -= 1
            self._refill()  # the replacement starts now, not when a mail needs it
            self._cond.notify_all()

    def _refill(self) -> None:
        """Start the missing children in the background (the caller holds the lock)."""
        while not self._closed and self._live < self.processes:
            self._live += 1
            Thread(target=self._start_child, args=(self.classifier, self._generation),
                   name="parse-process-start", daemon=True).start()

    def _start_child(self, classifier: Classifier, generation: int) -> None:
        try:
            child = _Child(classifier, self.own_addresses, generation)
        except Exception as exc:  # the callers waiting for it fail, and their batches are retried
            log.error("a parse process could not start: %s", exc)
            with self._cond:
                self._live, self._failure = self._live - 1, exc
                self._cond.notify_all()
            return
        with self._cond:
            self._failure = None  # starting works again
        self._hand_back(child)

    def close(self) -> None:
        """End every child; those still starting or at work end as they come back."""
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._cond.notify_all()
        for child in idle:
            self._hand_back(child)
        with self._cond:
            self._cond.wait_for(lambda: self._live == 0)


class _Child:
    """A parse process and its pipe: it is sent lists of mails and answers them one by one."""

    def __init__(self, classifier: Classifier, own_addresses: frozenset[str], generation: int):
        # Forked from a server that imported the pipeline once: a child is ready as soon as
        # the rules are unpickled, and our threaded process is never forked itself.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pipeline.prepare"])
        self.conn, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs, classifier, own_addresses),
                                       name="parse-mail", daemon=True)
        self.process.start()
        theirs.close()
        self.conn.recv()  # it is ready: start-up never counts against a mail's budget
        self.generation = generation
        self.queue: deque[int] = deque()  # the batch's mails it holds, in the order sent
        self.since = 0.0  # when it started the first of them

    def send(self, items: Sequence[tuple[int, bytes]], indexes: list[int]) -> None:
        """The first mail's clock runs from here: carrying a mail over is part of its time."""
        self.queue.extend(indexes)
        self.since = time.monotonic()
        with suppress(OSError):  # it died while idle: reading its answer finds that out
            self.conn.send([items[n] for n in indexes])

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


class _Batch:
    """One caller's mails: those still to send, and the results so far, by position."""

    def __init__(self, items: Sequence[tuple[int, bytes]], timeout: float):
        self.items, self.timeout = items, timeout
        self.pending = deque(range(len(items)))
        self.done: dict[int, Prepared | Refused] = {}
        self.retried: set[int] = set()

    def take(self, count: int) -> list[int]:
        return [self.pending.popleft() for _ in range(min(count, len(self.pending)))]

    def collect(self, child: _Child) -> Literal["busy", "done", "lost"]:
        """Read what `child` answered; "lost" if it died or overran (it must be replaced)."""
        try:
            while child.queue and child.conn.poll():
                self.done[child.queue.popleft()] = child.conn.recv()
                child.since = time.monotonic()
        except (EOFError, OSError):  # it died on the mail it was at: one more try, once
            head = child.queue.popleft()
            if head in self.retried:
                self.done[head] = Refused(self.items[head][0],
                                          "the parser's process died twice on this mail")
            else:
                self.retried.add(head)
                self.pending.append(head)
        else:
            if not child.queue:
                return "done"
            if time.monotonic() - child.since <= self.timeout:
                return "busy"
            head = child.queue.popleft()
            self.done[head] = Refused(self.items[head][0], f"parsing took over {self.timeout:g}s")
        self.pending.extendleft(reversed(child.queue))  # they go first: they have waited
        child.queue.clear()
        return "lost"

    def results(self) -> list[Prepared | Refused]:
        return [self.done[n] for n in range(len(self.items))]


def config_stamp(config_dir: Path) -> tuple[tuple[str, int], ...]:
    """Names and modification times of the files the classifier reads."""
    files = [p for p in config_dir.rglob("*") if p.is_file() and p.suffix in (".toml", ".json")]
    return tuple(sorted((str(p), p.stat().st_mtime_ns) for p in files))


def _serve(conn: Connection, classifier: Classifier, own_addresses: frozenset[str]) -> None:
    """A child's life: answer each list of mails it is sent, one result per mail, in order."""
    logging.getLogger("mailparser").setLevel(logging.ERROR)
    Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    conn.send(None)
    while True:
        try:
            items = conn.recv()
        except EOFError:  # the parent is gone or stopped it
            return
        for ledger_id, raw in items:
            conn.send(prepare_mail(ledger_id, raw, classifier=classifier,
                                   own_addresses=own_addresses))


def _exit_with_parent(parent: int) -> None:
    """A child whose parent was killed (kill -9) ends too, instead of lingering."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)
