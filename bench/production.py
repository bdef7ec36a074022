"""Benchmark phases on production parts: Dovecot -> dramatiq workers on Redis -> PostgreSQL -> SMTP.

Used by bench/ingest.py (and later load benchmarks); sets every service up itself: a private
Dovecot and an aiosmtpd server on loopback, a fresh PostgreSQL database, a Redis database.
`services(private=True)` also starts a Redis and a PostgreSQL cluster of its own on free
loopback ports, which a script may stop and restart (bench/faults.py): the shared ones never.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import psycopg
import redis
import sqlalchemy as sa
from imapclient import IMAPClient

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from servers import DovecotServer, RedisServer, SmtpServer, free_port  # noqa: E402

from pipeline.actors import declare_actors, make_broker  # noqa: E402
from pipeline.db import make_engine, upgrade_schema  # noqa: E402
from pipeline.desk import open_desk  # noqa: E402
from pipeline.ingest.imap import ImapSource  # noqa: E402
from pipeline.ingest.parse import read_message_id  # noqa: E402
from pipeline.ingest.poll import run_mailbox  # noqa: E402
from pipeline.settings import Mailbox, load_settings  # noqa: E402

POSTGRES_ADMIN = "host=127.0.0.1 user=postgres dbname=postgres"
REDIS_URL = "redis://127.0.0.1:6379/13"


class PrivatePostgres:
    """A PostgreSQL cluster of our own (initdb, pg_ctl) on a free loopback port."""

    def __init__(self, root: Path) -> None:
        self.data, self.port = root / "pgdata", free_port()
        self.admin = f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"
        bindir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
        self.initdb, self.pg_ctl = str(bindir / "initdb"), str(bindir / "pg_ctl")
        self.data.mkdir()
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            shutil.chown(self.data, "postgres", "postgres")
        self._as_owner([self.initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust",
                        "--no-sync", "-E", "UTF8"])

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 "
                   "-c unix_socket_directories=''")
        self._as_owner([self.pg_ctl, "-D", str(self.data), "-l", str(self.data / "server.log"),
                        "-o", options, "-w", "start"])

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._as_owner([self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop"])

    def _as_owner(self, command: list[str]) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run(prefix + command, check=True, cwd="/", stdout=subprocess.DEVNULL)


@dataclass
class Services:
    dovecot: DovecotServer
    user: str
    smtp: SmtpServer
    env: dict[str, str]  # SUPPORT_* variables pointing the pipeline at these services
    redis: RedisServer | None = None  # with services(private=True)
    postgres: PrivatePostgres | None = None

    def mailbox(self) -> Mailbox:
        return Mailbox(name="support", kind="imap", host=self.dovecot.host,
                       port=self.dovecot.port, security="none", username=self.user,
                       password="secret")


@contextmanager
def services(*, private: bool = False) -> Iterator[Services]:
    """`private`: a Redis and a PostgreSQL of our own, which the script may stop."""
    root = Path(tempfile.mkdtemp(prefix="bench-dovecot-"))
    dovecot = DovecotServer(root)
    dovecot.start()
    smtp = SmtpServer()
    smtp.controller.start()
    own_redis = RedisServer(root) if private else None
    own_postgres = PrivatePostgres(root) if private else None
    if own_redis and own_postgres:
        own_redis.start()
        own_postgres.start()
    admin_dsn = own_postgres.admin if own_postgres else POSTGRES_ADMIN
    redis_url = own_redis.url if own_redis else REDIS_URL
    database = f"sp_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{database}"')
    namespace = f"bench-{uuid.uuid4().hex[:8]}"  # scripts running side by side never share a queue
    url = (own_postgres.url(database) if own_postgres
           else f"postgresql+psycopg://postgres@127.0.0.1/{database}")
    upgrade_schema(make_engine(url))
    env = {"SUPPORT_DATABASE__URL": url, "SUPPORT_QUEUE__BROKER": redis_url,
           "SUPPORT_QUEUE__NAMESPACE": namespace,
           "SUPPORT_SMTP__MODE": "smtp", "SUPPORT_SMTP__HOST": smtp.host,
           "SUPPORT_SMTP__PORT": str(smtp.port), "SUPPORT_SMTP__SECURITY": "none",
           "SUPPORT_LIMITS__AUTO_MAILS_PER_ADDRESS_PER_DAY": "1000000",
           "SUPPORT_LIMITS__AUTO_MAILS_PER_TICKET": "1000000"}
    try:
        yield Services(dovecot, dovecot.add_user(), smtp, env, own_redis, own_postgres)
    finally:
        smtp.controller.stop()
        dovecot.stop()
        if own_redis and own_postgres:
            own_redis.stop()
            own_postgres.stop()
        else:
            client = redis.Redis.from_url(REDIS_URL)
            for key in client.scan_iter(f"{namespace}*"):
                client.delete(key)
            with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        shutil.rmtree(root, ignore_errors=True)  # Dovecot's mail (10,000 mails in load.py) too


def deliver_to_maildir(svc: Services, files: list[Path]) -> None:
    """Put the corpus in the user's INBOX as an MTA would (faster than 10,000 APPENDs)."""
    new = svc.dovecot.root / "home" / svc.user / "Maildir" / "new"
    new.mkdir(parents=True, exist_ok=True)
    owner = (svc.dovecot.root / "home").stat()
    for n, path in enumerate(files):
        target = new / f"{1700000000 + n}.M{n}P1.bench"
        target.write_bytes(path.read_bytes())
        os.chown(target, owner.st_uid, owner.st_gid)
    for folder in (new.parent, new, new.parent / "cur", new.parent / "tmp"):
        folder.mkdir(exist_ok=True)
        os.chown(folder, owner.st_uid, owner.st_gid)


@contextmanager
def workers(svc: Services, count: int) -> Iterator[list[subprocess.Popen[bytes]]]:
    env = {**os.environ, **svc.env}
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline", "worker", "--log-level",
                               "WARNING"], env=env, cwd=ROOT) for _ in range(count)]
    try:
        yield procs
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=60)


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def tree_usage(pid: int) -> tuple[float, float]:
    """RSS (MB) and CPU seconds of a process and its children: a worker and its parse processes."""
    rss = cpu = 0.0
    todo = [pid]
    while todo:
        proc = Path(f"/proc/{todo.pop()}")
        try:
            status = (proc / "status").read_text().splitlines()
            rss += next((int(ln.split()[1]) for ln in status if ln.startswith("VmRSS:")), 0) / 1024
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            cpu += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
            for task in (proc / "task").iterdir():
                todo += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):  # the process ended meanwhile
            continue
    return rss, cpu


class Sample(NamedTuple):
    at: float  # time.perf_counter()
    rss_mb: list[float]  # per worker, with its parse processes
    cpu_s: list[float]  # per worker, with its parse processes
    machine_busy_s: float  # CPU time the whole machine spent busy, every core, every process
    own_cpu_s: float  # this process: the mailbox loop of phase_postgres, and the sampling


def machine_busy_s() -> float:
    """Busy CPU seconds of all cores since boot (/proc/stat: all but idle and iowait)."""
    ticks = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(ticks[:8]) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


@contextmanager
def sampled(procs: list[subprocess.Popen[bytes]], *, every: float) -> Iterator[list[Sample]]:
    """Every `every` seconds, and once at the end: each worker's tree_usage."""
    samples: list[Sample] = []
    stop = threading.Event()

    def take() -> None:
        usage = [tree_usage(p.pid) for p in procs]
        samples.append(Sample(time.perf_counter(), [u[0] for u in usage],
                              [u[1] for u in usage], machine_busy_s(), time.process_time()))

    def loop() -> None:
        while not stop.wait(every):
            take()

    take()
    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield samples
    finally:
        stop.set()
        thread.join()
        take()


@contextmanager
def source_loop(svc: Services, *, wait_seconds: float) -> Iterator[None]:
    """This process polls the mailbox (IDLE) and hands batches to the Redis workers."""
    settings = load_settings(environ={**os.environ, **svc.env})
    desk = open_desk(settings)
    actors = declare_actors(make_broker(settings.queue), desk)
    stop = threading.Event()
    source = ImapSource(svc.mailbox(), batch_size=settings.limits.fetch_batch)
    loop = threading.Thread(target=run_mailbox, args=(source,), daemon=True, kwargs={
        "engine": desk.engine, "enqueue": actors.enqueue, "stop": stop,
        "wait_seconds": wait_seconds})
    loop.start()
    try:
        yield
    finally:
        stop.set()
        loop.join(timeout=wait_seconds + 10)


def finished(svc: Services, expected: int) -> bool:
    done, pending = progress(svc)
    return bool(done >= expected and pending == 0)


def progress(svc: Services) -> tuple[int, int]:
    """Messages finished, and replies still to send."""
    engine = make_engine(svc.env["SUPPORT_DATABASE__URL"])
    with engine.connect() as connection:
        done, pending = connection.execute(sa.text(
            "SELECT (SELECT count(*) FROM ledger WHERE state IN ('done','parked','duplicate')),"
            " (SELECT count(*) FROM outbox WHERE state IN ('queued','sending'))")).one()
    engine.dispose()
    return int(done), int(pending)


Check = Callable[[Services], dict[str, Any]]  # a recount while the services still run


def phase_postgres(folder: Path, *, worker_count: int = 2, check: Check | None = None,
                   sample_every: float = 0.0, timeout: float = 0.0) -> dict[str, Any]:
    """(c) throughput with `worker_count` worker processes.

    `sample_every` > 0: each worker's RSS and CPU sampled that often (`samples`), and the
    messages finished over time (`progress`: (perf_counter, count)) from `start`;
    `timeout` > 0: give up waiting after that many seconds (`timed_out`); `check`: called
    before the mailbox loop stops, its counts are added to the result.
    """
    files = sorted(folder.glob("*.eml"))
    done_over_time: list[tuple[float, int]] = []
    with services() as svc:
        deliver_to_maildir(svc, files)
        with workers(svc, worker_count) as procs, \
                sampled(procs, every=sample_every or 3600.0) as samples:
            start = time.perf_counter()
            with source_loop(svc, wait_seconds=1):
                while not (done := finished(svc, len(files))) and not (
                        timeout and time.perf_counter() - start > timeout):
                    if sample_every:
                        done_over_time.append((time.perf_counter(), progress(svc)[0]))
                    time.sleep(0.5)
                seconds = time.perf_counter() - start
                peaks = [peak_mb(p.pid) for p in procs]
                counts = check(svc) if check else {}
        result: dict[str, Any] = {"msgs_per_s": len(files) / seconds, "seconds": seconds,
                                  "replies": len(svc.smtp.received), "worker_peak_mb": max(peaks)}
        if sample_every:
            result.update(samples=samples, progress=done_over_time, start=start,
                          timed_out=int(not done))
        return {**result, **counts}


def phase_latency(folder: Path, *, rate: float = 5.0, seconds: float = 60.0,
                  check: Check | None = None, wait_seconds: float = 30.0) -> dict[str, Any]:
    """APPEND at a steady rate; time until each acknowledgement reaches the SMTP server.

    The mailbox loop waits in IDLE, re-issued every `wait_seconds`. After the last APPEND it
    waits (up to 60 s) until every message is finished and every reply sent, so a slow reply
    counts in the tail instead of being missed; then `check`, whose counts are added.
    """
    files = sorted(folder.glob("*.eml"))[: int(rate * seconds)]
    appended: dict[str, float] = {}
    counts: dict[str, Any] = {}
    with services() as svc, workers(svc, 2), source_loop(svc, wait_seconds=wait_seconds):
        time.sleep(2)  # the loop is connected and in IDLE
        client = _login(svc)
        next_at = time.perf_counter()
        for path in files:
            raw = path.read_bytes()
            appended[_message_id(raw)] = time.time()
            client.append("INBOX", raw)
            next_at += 1 / rate
            time.sleep(max(0.0, next_at - time.perf_counter()))
        deadline = time.monotonic() + 60
        while not finished(svc, len(files)) and time.monotonic() < deadline:
            time.sleep(0.2)
        client.logout()
        received_at = {str(r["In-Reply-To"]).strip("<>"): r.at for r in svc.smtp.received}
        counts = check(svc) if check else {}
    latencies = sorted((received_at[mid] - appended[mid]) * 1000
                       for mid in received_at if mid in appended)
    if not latencies:
        return {"count": 0, "p50_ms": 0, "p95_ms": 0, "p99_ms": 0, **counts}
    cuts = statistics.quantiles(latencies, n=100)
    return {"count": len(latencies), "p50_ms": cuts[49], "p95_ms": cuts[94], "p99_ms": cuts[98],
            **counts}


def _login(svc: Services) -> IMAPClient:
    client = IMAPClient(svc.dovecot.host, port=svc.dovecot.port, ssl=False)
    client.login(svc.user, "secret")
    return client


def _message_id(raw: bytes) -> str:
    return read_message_id(raw)
