"""Root for the workers: the broker (in-process or Redis), the actors, and the recovery sweep.

Actors take ids and are idempotent, so a redelivered or re-enqueued message is harmless.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from sqlmodel import Session, select

from pipeline import flow
from pipeline.desk import Desk
from pipeline.ingest.ledger import unfinished_entries
from pipeline.outbox.send import deliver
from pipeline.settings import Queue
from pipeline.tickets.models import LedgerEntry, OutboxMail

log = logging.getLogger(__name__)

INGEST_QUEUE, OUTBOX_QUEUE = "ingest", "outbox"
STALE_AFTER = timedelta(minutes=5)
PARENT_RETRY_MS = 500  # a reply whose parent is in flight is tried again this much later
BATCH = 50  # messages filed in one transaction


def make_broker(queue: Queue) -> dramatiq.Broker:
    """"memory" is the embedded in-process queue; a redis:// URL shares work across machines."""
    if queue.broker == "memory":
        # No "process_boot": it would start TimeLimit's and ShutdownNotifications' watcher
        # threads, which never stop, one pair per broker; a stale deadline then raises into
        # whatever thread reuses its id. The Redis workers never boot them either.
        broker: dramatiq.Broker = StubBroker()
    else:
        broker = RedisBroker(url=queue.broker, namespace=queue.namespace)
    for queue in (INGEST_QUEUE, OUTBOX_QUEUE):
        broker.declare_queue(queue)
    return broker


@dataclass(frozen=True)
class Actors:
    process_messages: dramatiq.Actor  # type: ignore[type-arg]
    send_mail: dramatiq.Actor  # type: ignore[type-arg]

    def enqueue(self, ledger_ids: list[int]) -> None:
        """Hand recorded messages to the workers, in batches a worker files in one go."""
        for start in range(0, len(ledger_ids), BATCH):
            self.process_messages.send(ledger_ids[start:start + BATCH])


def declare_actors(broker: dramatiq.Broker, desk: Desk) -> Actors:
    def process_messages(ledger_ids: list[int]) -> None:
        outcome = flow.process_messages(desk, ledger_ids)
        for ledger_id in outcome.split:
            process.send([ledger_id])
        for ledger_id in outcome.later:  # its parent is being filed by another worker
            process.send_with_options(args=([ledger_id],), delay=PARENT_RETRY_MS)
        if outcome.outbox_ids:
            queue_or_send(outcome.outbox_ids)
        if outcome.failures:  # the others are filed and their mail is on its way
            raise outcome.failures[0]

    def send_mail(outbox_ids: list[int]) -> None:
        deliver(desk.engine, outbox_ids, transport=desk.transport,
                sender=desk.settings.desk.address, lease=desk.settings.smtp.send_lease)

    def queue_or_send(outbox_ids: list[int]) -> None:
        """Rows just committed: with Redis down, send them from here, or they would wait for
        the sweep (a retry of this batch finds it filed and queues nothing)."""
        try:
            send.send(outbox_ids)
        except redis.RedisError as exc:
            log.warning("outbox %s: queue unreachable (%s), sending from this worker",
                        outbox_ids, exc)
            send_mail(outbox_ids)

    process = dramatiq.actor(process_messages, broker=broker, queue_name=INGEST_QUEUE,
                             max_retries=5, min_backoff=500, max_backoff=30_000)
    send = dramatiq.actor(send_mail, broker=broker, queue_name=OUTBOX_QUEUE,
                          max_retries=20, min_backoff=1_000, max_backoff=300_000)
    return Actors(process_messages=process, send_mail=send)


def requeue_unfinished(desk: Desk, actors: Actors, *, stale_only: bool) -> int:
    """Hand again to the workers what was recorded but not finished (after a crash or outage)."""
    cutoff = desk.clock() - STALE_AFTER
    with Session(desk.engine) as session:
        if stale_only:
            ledger_ids = [i for i in session.exec(
                select(LedgerEntry.id).where(
                    LedgerEntry.state.in_(("received", "processing")),  # type: ignore[attr-defined]
                    LedgerEntry.updated_at < cutoff)) if i is not None]
        else:
            ledger_ids = unfinished_entries(session)
        outbox_query = select(OutboxMail.id).where(
            OutboxMail.state.in_(("queued", "sending")))  # type: ignore[attr-defined]
        if stale_only:
            outbox_query = outbox_query.where(OutboxMail.created_at < cutoff)  # type: ignore[operator]
        outbox_ids = [i for i in session.exec(outbox_query) if i is not None]
    for ledger_id in ledger_ids:
        actors.process_messages.send([ledger_id])
    for outbox_id in outbox_ids:
        actors.send_mail.send([outbox_id])
    if ledger_ids or outbox_ids:
        log.info("requeued %d messages and %d outgoing mails", len(ledger_ids), len(outbox_ids))
    return len(ledger_ids) + len(outbox_ids)
