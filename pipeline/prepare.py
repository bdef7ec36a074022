"""Parse, detect robots and classify, away from the database: in worker processes when asked.

The pure part of the flow needs no database, so it can run in child processes: both cores
parse while the filing thread writes, and a hostile mail that would parse for ever is cut
off after `timeout` seconds (its process is replaced) and parked for a person.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Sequence
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from threading import Lock, Thread

from pipeline.case import Case
from pipeline.classify.automated import detect_automated
from pipeline.classify.classifier import Classifier
from pipeline.errors import ConfigRejected, UnparseableMail
from pipeline.ingest.parse import parse_mail

log = logging.getLogger(__name__)

RELOAD_CHECK_SECONDS = 2.0


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
    log.info("ledger %s: %s (%.2f) -> %s by %s", ledger_id, classification.category,
             classification.confidence, classification.action, classification.decided_by)
    return Prepared(replace(case, entities=entities, classification=classification), payloads)


class Preparer:
    """Runs prepare_mail inline (processes=0) or in a pool of child processes."""

    def __init__(self, *, config_dir: Path, classifier: Classifier,
                 own_addresses: frozenset[str], processes: int, timeout: float):
        self.config_dir, self.classifier = config_dir, classifier
        self.own_addresses, self.processes, self.timeout = own_addresses, processes, timeout
        self._pool: ProcessPoolExecutor | None = None
        self._lock = Lock()
        self._spare: ProcessPoolExecutor | None = None  # ready after a first cut-off
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
        """Classify with these rules from now on; child processes restart to load them."""
        self.classifier = classifier
        self._stamp = config_stamp(self.config_dir)
        with self._lock:
            pools, self._pool, self._spare = (self._pool, self._spare), None, None
        for pool in pools:
            if pool is not None:
                pool.shutdown(wait=False)

    def prepare(self, items: Sequence[tuple[int, bytes]]) -> list[Prepared | Refused]:
        """One mail at a time per caller: the workers' threads keep the processes busy."""
        self.reload_if_changed()
        if not self.processes:
            return [prepare_mail(i, raw, classifier=self.classifier,
                                 own_addresses=self.own_addresses) for i, raw in items]
        return [self._prepare_in_pool(i, raw) for i, raw in items]

    def _prepare_in_pool(self, ledger_id: int, raw: bytes) -> Prepared | Refused:
        for _ in range(2):  # a pool broken by another caller's mail gets one more try
            pool = self._running_pool()
            future = pool.submit(_prepare_in_child, ledger_id, raw)
            try:
                return future.result(timeout=self.timeout)
            except FutureTimeout:
                self._replace_pool(pool)
                return Refused(ledger_id, f"parsing took over {self.timeout:g}s")
            except (BrokenProcessPool, CancelledError):
                self._replace_pool(pool)
        return Refused(ledger_id, "the parser's process died twice on this mail")

    def _running_pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool, self._spare = self._spare or self._new_pool(), None
            return self._pool

    def _new_pool(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(
            self.processes, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_child, initargs=(self.config_dir, self.own_addresses))
        for warming in [pool.submit(_ready) for _ in range(self.processes)]:
            warming.result()  # start-up time never counts against a mail's budget
        return pool

    def _replace_pool(self, broken: ProcessPoolExecutor) -> None:
        """Kill a pool whose child is stuck or dead; the next batch starts a fresh one."""
        with self._lock:
            if self._pool is broken:
                self._pool = None
        for process in list(getattr(broken, "_processes", {}).values()):
            process.kill()
        broken.shutdown(wait=False, cancel_futures=True)
        # The next mail should not wait for children to start: from the first cut-off on,
        # a spare pool stands ready, and the one used up is replaced in the background.
        Thread(target=self._rewarm, name="parse-pool-restart", daemon=True).start()

    def _rewarm(self) -> None:
        with self._lock:
            if self._closed:
                return
        self._running_pool()
        spare = self._new_pool()
        with self._lock:
            if self._spare is None and not self._closed:
                self._spare, spare = spare, None
        if spare is not None:
            spare.shutdown(wait=False)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            pools, self._pool, self._spare = (self._pool, self._spare), None, None
        for pool in pools:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)


def config_stamp(config_dir: Path) -> tuple[tuple[str, int], ...]:
    """Names and modification times of the files the classifier reads."""
    files = [p for p in config_dir.rglob("*") if p.is_file() and p.suffix in (".toml", ".json")]
    return tuple(sorted((str(p), p.stat().st_mtime_ns) for p in files))


# A child process holds its own classifier, loaded once by the pool's initializer.
_child: dict[str, object] = {}


def _start_child(config_dir: Path, own_addresses: frozenset[str]) -> None:
    logging.getLogger("mailparser").setLevel(logging.ERROR)
    _child.update(classifier=Classifier.load(config_dir), own_addresses=own_addresses)
    Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A child whose parent was killed (kill -9) ends too, instead of lingering."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _ready() -> None:
    return None


def _prepare_in_child(ledger_id: int, raw: bytes) -> Prepared | Refused:
    classifier = _child["classifier"]
    assert isinstance(classifier, Classifier)
    return prepare_mail(ledger_id, raw, classifier=classifier,
                        own_addresses=_child["own_addresses"])  # type: ignore[arg-type]
