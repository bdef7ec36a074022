"""What the reliability battery scripts share: a desk driven step by step, and the verdict line.

Each script sets its services up with bench/production.py (Dovecot, aiosmtpd, a fresh
PostgreSQL database, Redis), drives them, recounts from the sources of truth and ends
with one line of name=value pairs, every one of which must be zero (`verdict`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from production import Services  # noqa: F401  (bench/ is on sys.path when run as a script)
from sqlmodel import Session, select

from pipeline import flow
from pipeline.desk import Desk, open_desk
from pipeline.ingest.poll import poll_once, settle_finished
from pipeline.ingest.source import Source
from pipeline.outbox.send import TemporaryFailure, deliver
from pipeline.settings import Settings, load_settings
from pipeline.sweep import run_sweep
from pipeline.tickets.models import Blob, LedgerEntry, Message, OutboxMail, utcnow

CAP_VARS = ("SUPPORT_LIMITS__AUTO_MAILS_PER_ADDRESS_PER_DAY",
            "SUPPORT_LIMITS__AUTO_MAILS_PER_TICKET")


def quiet() -> None:
    logging.basicConfig(level=logging.CRITICAL, format="%(levelname)s %(name)s: %(message)s")


def settings_for(svc: Services, *, real_caps: bool = False, **extra: str) -> Settings:
    """The pipeline's settings pointing at `svc`; `real_caps` keeps the configured loop caps."""
    env = {k: v for k, v in svc.env.items() if not (real_caps and k in CAP_VARS)}
    return load_settings(environ={**os.environ, **env, **extra})


class Clock:
    """A clock the script moves: a simulated week passes in seconds."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Driver:
    """A desk run in this process, one step at a time: poll, file, send, sweep."""

    desk: Desk
    pending: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, settings: Settings, *, clock: Callable[[], datetime] = utcnow) -> Driver:
        return cls(open_desk(settings, clock=clock))

    def poll(self, source: Source) -> int:
        return poll_once(source, engine=self.desk.engine, enqueue=self.pending.extend)

    def settle(self, source: Source) -> None:
        settle_finished(source, engine=self.desk.engine)

    def work(self) -> int:
        """File what was polled and send what that queued, as the workers would; mails sent."""
        sent, queue, rounds = 0, list(self.pending), 0
        self.pending.clear()
        while queue and rounds < 50:
            rounds += 1
            retry: list[int] = []
            for start in range(0, len(queue), 20):
                batch = queue[start:start + 20]
                try:
                    outcome = flow.process_messages(self.desk, batch)
                except Exception as exc:  # recorded on the ledger row; retried like dramatiq
                    self.errors.append(f"{type(exc).__name__}: {exc}")
                    retry += batch
                    continue
                retry += outcome.split + outcome.later
                if outcome.failures:  # recorded on the ledger rows; retried like dramatiq
                    self.errors += [f"{type(e).__name__}: {e}" for e in outcome.failures]
                    retry += batch
                sent += self.send(outcome.outbox_ids)
            queue = retry
        return sent

    def send(self, outbox_ids: list[int]) -> int:
        if not outbox_ids:
            return 0
        try:
            deliver(self.desk.engine, outbox_ids, transport=self.desk.transport,
                    sender=self.desk.settings.desk.address,
                    lease=self.desk.settings.smtp.send_lease)
        except TemporaryFailure as exc:
            self.errors.append(str(exc))
        return len(outbox_ids)

    def sweep(self) -> int:
        return self.send(run_sweep(self.desk))

    def session(self) -> Session:
        return Session(self.desk.engine, expire_on_commit=False)

    def close(self) -> None:
        self.desk.close()


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def verdict(name: str, sizes: dict[str, object], zeros: dict[str, int]) -> int:
    """Print the final line; the exit status is 1 when a count that must be zero is not."""
    pairs = " ".join(f"{k}={v}" for k, v in {**sizes, **zeros}.items())
    print(f"{name}: {pairs}")  # noqa: T201
    sys.stdout.flush()
    return 1 if any(zeros.values()) else 0


def figure(label: str, value: object) -> None:
    print(f"  {label:<46} {value}")  # noqa: T201


def stored_truth(session: Session) -> tuple[list[LedgerEntry], set[str], Counter[str],
                                            Counter[str], list[OutboxMail]]:
    """What the database holds, as the battery recounts it: the ledger rows, the stored raw
    bytes' hashes, the inbound Message-IDs, the Message-IDs our replies answer, the outbox."""
    ledger = list(session.exec(select(LedgerEntry)).all())
    blobs = set(session.exec(select(Blob.sha256)).all())
    inbound = Counter(session.exec(select(Message.message_id).where(
        Message.direction == "in")).all())
    replies = Counter(session.exec(select(Message.in_reply_to).where(
        Message.direction == "out", Message.in_reply_to != "")).all())
    return ledger, blobs, inbound, replies, list(session.exec(select(OutboxMail)).all())
