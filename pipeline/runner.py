"""Root for long-running processes: `run` (everything in one process tree), `worker`, `import`."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import dramatiq
import redis
import uvicorn
from rich.progress import Progress
from sqlmodel import Session

from pipeline import flow
from pipeline.actors import Actors, declare_actors, make_broker, requeue_unfinished
from pipeline.crashpoints import arm
from pipeline.db import upgrade_schema
from pipeline.desk import Desk, open_desk
from pipeline.ingest.imap import ImapSource
from pipeline.ingest.ledger import record_arrivals
from pipeline.ingest.maildir import MaildirSource, ensure_maildir
from pipeline.ingest.poll import run_mailbox
from pipeline.ingest.source import Arrival, Source
from pipeline.outbox.send import TemporaryFailure, deliver
from pipeline.settings import Mailbox, Settings
from pipeline.sweep import run_sweep

log = logging.getLogger(__name__)

BROKER_CHECK_SECONDS = 2.0

IMPORT_MAILBOX = "import"


def open_source(mailbox: Mailbox, settings: Settings) -> Source:
    if mailbox.kind == "maildir":
        assert mailbox.path is not None
        ensure_maildir(mailbox.path)
        return MaildirSource(mailbox.name, mailbox.path, batch_size=settings.limits.fetch_batch)
    return ImapSource(mailbox, batch_size=settings.limits.fetch_batch,
                      idle_renew_seconds=settings.delays.idle_renew_minutes * 60)


def start_workers(desk: Desk, *, threads: int | None = None) -> tuple[Actors, dramatiq.Worker]:
    arm(desk.settings.faults.crash_at)  # the chaos battery's crash point; "" in production
    broker = make_broker(desk.settings.queue)
    actors = declare_actors(broker, desk)
    worker = dramatiq.Worker(broker, worker_threads=threads or desk.settings.queue.worker_threads,
                             worker_timeout=100)
    worker.start()
    return actors, worker


def run_desk(settings: Settings, *, stop: threading.Event,
             announce: Callable[[str], None] = log.info) -> None:
    """Sources, workers and the sweep in one process until `stop` is set."""
    desk = open_desk(settings)
    upgrade_schema(desk.engine)
    actors, worker = start_workers(desk)
    requeue_unfinished(desk, actors, stale_only=settings.queue.broker != "memory")
    threads = [_thread(f"mailbox-{m.name}", run_mailbox, open_source(m, settings),
                       engine=desk.engine, enqueue=actors.enqueue, stop=stop,
                       wait_seconds=settings.delays.poll_seconds) for m in settings.mailboxes]
    threads.append(_thread("sweep", _sweep_forever, desk, actors, stop=stop))
    if settings.queue.broker != "memory":
        threads.append(_thread("broker-watch", watch_broker, desk, actors, stop=stop))
    server = start_web(settings, desk) if settings.web.enabled else None
    announce(_banner(settings))
    stop.wait()
    announce("stopping: finishing the messages in hand…")
    if server is not None:
        server.should_exit = True
    for thread in threads:
        thread.join(timeout=30)
    worker.stop()
    desk.close()


def start_web(settings: Settings, desk: Desk) -> uvicorn.Server:
    """The staff UI in a thread of this process, on settings.web host and port."""
    from pipeline.web.app import create_app

    app = create_app(settings, desk=desk)
    server = uvicorn.Server(uvicorn.Config(app, host=settings.web.host, port=settings.web.port,
                                           log_level="warning"))
    _thread("web", server.run)
    return server


def run_workers(settings: Settings, *, stop: threading.Event, threads: int | None) -> None:
    desk = open_desk(settings)
    _, worker = start_workers(desk, threads=threads)
    log.info("workers on %s", settings.queue.broker)
    stop.wait()
    worker.stop()
    desk.close()


def _sweep_forever(desk: Desk, actors: Actors, *, stop: threading.Event) -> None:
    """Every few seconds: hand again to the workers whatever a crash left unfinished."""
    while not stop.wait(desk.settings.delays.sweep_seconds):
        try:
            requeue_unfinished(desk, actors, stale_only=True)
            outbox_ids = run_sweep(desk)  # 48-hour follow-ups, closing, escalation
            if outbox_ids:
                actors.send_mail.send(outbox_ids)
        except Exception:
            log.exception("sweep failed; next round in %ss", desk.settings.delays.sweep_seconds)


def watch_broker(desk: Desk, actors: Actors, *, stop: threading.Event) -> None:
    """When Redis answers again after it could not be reached, or answers with a new run_id
    (a restart without persistence loses its queue), hand everything unfinished to the
    workers again, rather than leave it to the sweep's 5-minute recovery: work recorded
    while Redis was down was never queued. Queued twice is harmless."""
    client = redis.Redis.from_url(desk.settings.queue.broker, socket_timeout=5)
    seen, unreachable = None, False
    while not stop.wait(BROKER_CHECK_SECONDS):
        try:
            run_id = client.info("server")["run_id"]
        except redis.RedisError:
            unreachable = True  # the mailbox loops and the workers show it
            continue
        try:
            if unreachable or (seen is not None and run_id != seen):
                log.warning("queue: Redis is back (its queue may be lost): requeueing")
                requeue_unfinished(desk, actors, stale_only=False)
            seen, unreachable = run_id, False
        except Exception:  # the database may be down too: try again next round
            log.exception("queue: requeueing after a Redis outage failed")
    client.close()


def _thread(name: str, target: Callable[..., None], *args: object,
            **kwargs: object) -> threading.Thread:
    thread = threading.Thread(target=target, args=args, kwargs=kwargs, name=name, daemon=True)
    thread.start()
    return thread


def _banner(settings: Settings) -> str:
    boxes = ", ".join(f"{m.name} ({m.path or m.host})" for m in settings.mailboxes) or "none"
    out = (settings.paths.outbox_dir if settings.smtp.mode == "folder"
           else f"smtp://{settings.smtp.host}:{settings.smtp.port}")
    web = (f"Staff UI: http://{settings.web.host}:{settings.web.port}/ "
           "(create an account with `support-pipeline users add EMAIL --role admin`). "
           if settings.web.enabled else "")
    return (f"Support Pipeline running. Mailboxes: {boxes}. Outgoing mail: {out}. "
            f"Queue: {settings.queue.broker}. {web}Ctrl-C stops.")


def import_folder(settings: Settings, folder: Path) -> dict[str, int]:
    """Backfill .eml files (or a Maildir's new/ and cur/) synchronously, with a progress bar."""
    desk = open_desk(settings)
    upgrade_schema(desk.engine)
    files = sorted(_mail_files(folder))
    counts = {"files": len(files), "new": 0, "already imported": 0}
    with Progress() as progress:
        task = progress.add_task("importing", total=len(files))
        for chunk in _chunks(files, settings.limits.fetch_batch):
            arrivals = [_arrival(path) for path in chunk]
            with Session(desk.engine) as session:
                ids = record_arrivals(session, IMPORT_MAILBOX, arrivals)
            counts["new"] += len(ids)
            counts["already imported"] += len(chunk) - len(ids)
            _process_now(desk, ids)
            progress.advance(task, len(chunk))
    desk.close()
    return counts


def _process_now(desk: Desk, ledger_ids: list[int]) -> None:
    outcome = flow.process_messages(desk, ledger_ids)
    for ledger_id in outcome.split:
        _process_now(desk, [ledger_id])
    if outcome.later:  # replies whose parent came later in the batch: filed now
        later = flow.process_messages(desk, outcome.later)
        send_now(desk, later.outbox_ids)
    for failure in outcome.failures:  # recorded on the ledger row; `run` retries it later
        log.warning("import: a message failed and waits for `run`: %s", failure)
    send_now(desk, outcome.outbox_ids)


def send_now(desk: Desk, outbox_ids: list[int]) -> None:
    """Send what a command queued; a temporary failure leaves it for `run` to retry."""
    try:
        deliver(desk.engine, outbox_ids, transport=desk.transport,
                sender=desk.settings.desk.address, lease=desk.settings.smtp.send_lease)
    except TemporaryFailure as exc:
        log.warning("outbox %s: left queued (%s); `run` will retry", outbox_ids, exc)


def _arrival(path: Path) -> Arrival:
    raw = path.read_bytes()
    return Arrival(source_key=hashlib.sha256(raw).hexdigest(), raw=raw)


def _mail_files(folder: Path) -> Iterator[Path]:
    if (folder / "new").is_dir() and (folder / "cur").is_dir():
        yield from (p for sub in ("new", "cur") for p in (folder / sub).iterdir() if p.is_file())
    elif folder.is_file():
        yield folder
    else:
        yield from (p for p in folder.rglob("*.eml") if p.is_file())


def _chunks(items: list[Path], size: int) -> Iterator[list[Path]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
