"""Layout benchmark: K processes that each carry their own mails through the whole flow.

    python bench/flows.py                  # N = 1,000; 1 then 2 processes
    python bench/flows.py 1000 --processes 2

`make run` is one process: its threads share one interpreter lock and two parse processes do
the parsing. This measures the other layout on the same host: K processes sharing the SQLite
database, each claiming, parsing, classifying, filing and sending its own batches of 50 (parse
inline, no threads; SQLite's lock takes their writes in turn). The mails are recorded first and
every process has its desk open before the clock starts, so the figure is the flow alone, an
upper bound for that layout; mail-parser's rate over the same files is measured beside it.
The last line per K is
    flows: N=<n> processes=<k> msgs_per_s=<..> parse_msgs_per_s=<..> ratio=<..>
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import queue
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]

BATCH = 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", nargs="?", type=int, default=1000)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    from ingest import corpus, phase_parse

    logging.getLogger("mailparser").setLevel(logging.ERROR)  # its notes on odd parts
    folder = corpus(args.size)
    for k in args.processes:
        bare = phase_parse(folder)["msgs_per_s"]
        rate, replies = run_flows(folder, k)
        print(f"N={args.size}, {k} process(es): {rate:.0f} msg/s ({replies} replies sent); "  # noqa: T201
              f"mail-parser alone {bare:.0f} msg/s; ratio {rate / bare:.2f}", flush=True)
        print(f"flows: N={args.size} processes={k} msgs_per_s={rate:.0f} "  # noqa: T201
              f"parse_msgs_per_s={bare:.0f} ratio={rate / bare:.2f}", flush=True)


def run_flows(folder: Path, processes: int) -> tuple[float, int]:
    """Seconds from the start signal until every process has filed and sent its share."""
    from conftest import make_settings
    from ingest import record

    from pipeline.db import make_engine, upgrade_schema
    from pipeline.settings import load_settings

    blobs = [p.read_bytes() for p in sorted(folder.glob("*.eml"))]
    with tempfile.TemporaryDirectory(prefix="bench-flows-") as tmp:
        work = Path(tmp)
        settings = make_settings(
            work, db_url=f"sqlite:///{work / 'support.db'}",
            limits={"auto_mails_per_address_per_day": 1_000_000},
            queue={**load_settings().queue.model_dump(), "broker": "memory",
                   "parse_processes": 0})
        engine = make_engine(settings.database.url)
        upgrade_schema(engine)
        ids = record(engine, blobs)
        engine.dispose()
        batches = [ids[at:at + BATCH] for at in range(0, len(ids), BATCH)]
        context = multiprocessing.get_context("spawn")
        ready, start, done = context.Barrier(processes + 1), context.Event(), context.Queue()
        workers = [context.Process(target=_flow, args=(settings, batches[k::processes],
                                                       ready, start, done))
                   for k in range(processes)]
        for worker in workers:
            worker.start()
        ready.wait()
        began = time.perf_counter()
        start.set()
        finished = 0
        while finished < processes:
            try:
                finished += done.get(timeout=1)
            except queue.Empty:
                if any(w.exitcode for w in workers):
                    raise SystemExit("a flow process failed: see its traceback above") from None
        seconds = time.perf_counter() - began
        for worker in workers:
            worker.join()
        with closing(sqlite3.connect(work / "support.db")) as db:
            replies = db.execute("SELECT count(*) FROM outbox WHERE state = 'sent'").fetchone()[0]
    return len(ids) / seconds, replies


def _flow(settings: Any, batches: list[list[int]], ready: Any, start: Any, done: Any) -> None:
    """One process: open the desk, wait for the signal, then file and send each batch."""
    from pipeline import flow
    from pipeline.desk import open_desk
    from pipeline.outbox.send import deliver

    logging.disable(logging.INFO)
    logging.getLogger("mailparser").setLevel(logging.ERROR)
    desk = open_desk(settings)
    ready.wait()
    start.wait()
    for batch in batches:
        while batch:
            outcome = flow.process_messages(desk, batch)
            if outcome.failures or outcome.split:
                raise SystemExit(f"filing did not go through: {outcome}")
            deliver(desk.engine, outcome.outbox_ids, transport=desk.transport,
                    sender=settings.desk.address, lease=settings.smtp.send_lease)
            batch = outcome.later
            if batch:  # replies whose parent another process is filing: in a moment
                time.sleep(0.01)
    done.put(1)
    desk.close()


if __name__ == "__main__":
    main()
