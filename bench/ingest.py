"""Ingest benchmark: mail-parser's bare rate against the whole pipeline, and IMAP-to-SMTP latency.

    python bench/ingest.py                 # N = 1,000 and 10,000, every phase
    python bench/ingest.py 1000            # one size
    python bench/ingest.py 1000 --sqlite-only

For each N it generates the corpus with ../shared/bench/make_corpus.py (kept in bench/out/),
then measures in separate processes (so peak memory is each run's own):
  (a) mail-parser's bare parse rate over the same files;
  (b) end to end on the embedded default: Maildir -> ledger -> parse -> classify -> ticket ->
      acknowledgement written to the outbox folder, SQLite, in-process queue;
  (c) end to end on production parts: Dovecot -> 2 dramatiq worker processes on Redis ->
      PostgreSQL -> aiosmtpd;
and once, the latency from IMAP APPEND to the acknowledgement at the SMTP server with IDLE at
5 messages per second. The SQLite run also prints the CPU a mail of the main process (all its
threads) and of the parse processes, start-up included. The last line per size is
    ingest: N=<n> e2e_msgs_per_s=<..> parse_msgs_per_s=<..> ratio=<..> peak_mb=<..>
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
MAKE_CORPUS = ROOT.parent / "shared" / "bench" / "make_corpus.py"
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def corpus(n: int) -> Path:
    folder = OUT / f"corpus-{n}"
    if len(list(folder.glob("*.eml"))) != n:
        subprocess.run([sys.executable, str(MAKE_CORPUS), str(folder), str(n)], check=True,
                       stdout=subprocess.DEVNULL)
    return folder


def record(engine: Any, blobs: list[bytes]) -> list[int]:
    """Record raw mails in the ledger of mailbox "bench", 200 a transaction as a poll does;
    their ledger ids, in order."""
    from sqlmodel import Session

    from pipeline.ingest.ledger import record_arrivals
    from pipeline.ingest.source import Arrival

    ids: list[int] = []
    for at in range(0, len(blobs), 200):
        with Session(engine) as session:
            ids += record_arrivals(session, "bench", [
                Arrival(source_key=str(n), raw=raw)
                for n, raw in enumerate(blobs[at:at + 200], at)])
    return ids


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_parse(folder: Path) -> dict[str, float]:
    """(a) mail-parser alone, on bytes already in memory."""
    import mailparser

    blobs = [p.read_bytes() for p in sorted(folder.glob("*.eml"))]
    start = time.perf_counter()
    for raw in blobs:
        mailparser.parse_from_bytes(raw)
    seconds = time.perf_counter() - start
    return {"msgs_per_s": len(blobs) / seconds, "seconds": seconds}


def phase_sqlite(folder: Path) -> dict[str, float]:
    """(b) the embedded default, as `make run` runs it."""
    from conftest import make_settings

    from pipeline.runner import run_desk
    from pipeline.settings import Mailbox, load_settings

    files = sorted(folder.glob("*.eml"))
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        work = Path(tmp)
        inbox = work / "inbox"
        for sub in ("new", "cur", "tmp"):
            (inbox / sub).mkdir(parents=True)
        for n, path in enumerate(files):
            os.link(path, inbox / "new" / f"{n:07d}.bench") if _same_fs(path, inbox) else \
                (inbox / "new" / f"{n:07d}.bench").write_bytes(path.read_bytes())
        settings = make_settings(
            work, db_url=f"sqlite:///{work / 'support.db'}",
            mailboxes=(Mailbox(name="inbox", kind="maildir", path=inbox),),
            limits={"fetch_batch": 200, "auto_mails_per_address_per_day": 1_000_000},
            delays={"poll_seconds": 0.2, "sweep_seconds": 3600},
            queue={**load_settings().queue.model_dump(), "broker": "memory"})  # as configured
        stop = threading.Event()
        started_at, start, cpu = datetime.now(UTC), time.perf_counter(), _own_cpu_seconds()
        runner = threading.Thread(target=run_desk, args=(settings,), kwargs={"stop": stop},
                                  daemon=True)
        runner.start()
        _wait_until_done(work / "support.db", len(files),
                         lambda: not any((inbox / "new").iterdir()))
        seconds = time.perf_counter() - start
        main_cpu, parse_cpu = _own_cpu_seconds() - cpu, _parse_processes_cpu_seconds()
        stop.set()
        runner.join(timeout=60)
        counts = _counts(settings)
        startup = (counts.pop("first_recorded_at") - started_at).total_seconds()
        return {"msgs_per_s": len(files) / seconds, "seconds": seconds, "peak_mb": peak_mb(),
                "startup_s": startup, "flow_msgs_per_s": len(files) / (seconds - startup),
                "main_cpu_ms": main_cpu / len(files) * 1000,
                "parse_cpu_ms": parse_cpu / len(files) * 1000, **counts}


def _own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _parse_processes_cpu_seconds() -> float:
    """What the live parse processes have used since they started (their start included)."""
    ticks = 0
    for child in multiprocessing.active_children():
        if child.name == "parse-mail":
            fields = Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def _same_fs(a: Path, b: Path) -> bool:
    return a.stat().st_dev == b.stat().st_dev


def _wait_until_done(database: Path, expected: int, source_empty: object) -> None:
    """Until every message is finished and every reply has left.

    Read through a plain read-only connection: a WAL reader never holds up the pipeline's
    writers (the engine's transactions take SQLite's write lock at BEGIN).
    """
    query = ("SELECT (SELECT count(*) FROM ledger WHERE state IN ('done','parked','duplicate')),"
             " (SELECT count(*) FROM outbox WHERE state IN ('queued','sending'))")
    while True:
        time.sleep(0.2)
        try:
            with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
                finished, pending = db.execute(query).fetchone()
        except sqlite3.OperationalError:  # the schema is being created
            continue
        if finished >= expected and pending == 0 and source_empty():  # type: ignore[operator]
            return


def _counts(settings: object) -> dict[str, Any]:
    """Tickets and replies made, and when the first mail was recorded (start-up ends there)."""
    import sqlalchemy as sa

    from pipeline.db import make_engine
    from pipeline.tickets.models import LedgerEntry

    engine = make_engine(settings.database.url)  # type: ignore[attr-defined]
    with engine.connect() as connection:
        tickets = connection.execute(sa.text("SELECT count(*) FROM ticket")).scalar_one()
        sent = connection.execute(sa.text("SELECT count(*) FROM outbox WHERE state='sent'")
                                  ).scalar_one()
        first = connection.execute(sa.select(sa.func.min(LedgerEntry.received_at))).scalar_one()
    engine.dispose()
    return {"tickets": tickets, "replies": sent, "first_recorded_at": first}


def run_phase(name: str, folder: Path) -> dict[str, float]:
    """Each phase in its own process: its peak memory is its own."""
    result = subprocess.run([sys.executable, __file__, "--phase", name, "--folder", str(folder)],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--sqlite-only", action="store_true",
                        help="skip the Dovecot/PostgreSQL/Redis run and the latency run")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        phases = {"parse": phase_parse, "sqlite": phase_sqlite}
        if args.phase in ("postgres", "latency"):
            from production import phase_latency, phase_postgres
            phases.update(postgres=phase_postgres, latency=phase_latency)
        print(json.dumps(phases[args.phase](args.folder)))  # noqa: T201
        return
    lines = []
    for n in args.sizes:
        folder = corpus(n)
        bare = run_phase("parse", folder)
        e2e = run_phase("sqlite", folder)
        ratio = e2e["msgs_per_s"] / bare["msgs_per_s"]
        print(f"N={n}: mail-parser {bare['msgs_per_s']:.0f} msg/s; SQLite end to end "  # noqa: T201
              f"{e2e['msgs_per_s']:.0f} msg/s ({e2e['tickets']:.0f} tickets, "
              f"{e2e['replies']:.0f} replies) = {ratio:.0%} of the bare parse; "
              f"peak {e2e['peak_mb']:.0f} MB; start-up {e2e['startup_s']:.1f} s, then "
              f"{e2e['flow_msgs_per_s']:.0f} msg/s from the first mail recorded; CPU a mail, "
              f"start-up included: main process {e2e['main_cpu_ms']:.1f} ms, parse processes "
              f"{e2e['parse_cpu_ms']:.1f} ms", flush=True)
        if not args.sqlite_only:
            pg = run_phase("postgres", folder)
            print(f"N={n}: Dovecot -> 2 Redis workers -> PostgreSQL -> SMTP "  # noqa: T201
                  f"{pg['msgs_per_s']:.0f} msg/s ({pg['replies']:.0f} replies received); "
                  f"worker peak {pg['worker_peak_mb']:.0f} MB", flush=True)
        lines.append(f"ingest: N={n} e2e_msgs_per_s={e2e['msgs_per_s']:.0f} "
                     f"parse_msgs_per_s={bare['msgs_per_s']:.0f} ratio={ratio:.2f} "
                     f"peak_mb={e2e['peak_mb']:.0f}")
    if not args.sqlite_only:
        lat = run_phase("latency", corpus(1000))
        print(f"latency APPEND -> SMTP with IDLE at 5 msg/s over {lat['count']:.0f} messages: "  # noqa: T201
              f"p50 {lat['p50_ms']:.0f} ms, p95 {lat['p95_ms']:.0f} ms, "
              f"p99 {lat['p99_ms']:.0f} ms", flush=True)
    for line in lines:
        print(line)  # noqa: T201


if __name__ == "__main__":
    main()
