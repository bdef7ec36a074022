"""Load and scale-out: 1, 2 and 4 worker processes on Redis + PostgreSQL, then latency at 5 msg/s.

For 1, 2 and 4 worker processes (`python -m pipeline worker`), each run on fresh services
(bench/production.py: a private Dovecot, aiosmtpd, a new PostgreSQL database, a Redis
namespace), the corpus (../shared/bench/make_corpus.py) is put in the Dovecot INBOX and this
process runs the mailbox source (IMAP, IDLE), as the one `support-pipeline run` of a
deployment would: messages per second until every message is finished and every reply has
reached the SMTP server (the figure: between 10 % and 90 % finished, so the workers'
start-up is left out); each worker's memory (RSS of the worker and its parse processes)
sampled every second, shown at 10 %, 50 % and the end of the run; the CPU the workers used,
in cores. Then, with 2 workers waiting in IDLE, mail is APPENDed at a steady 5 per second:
the latency from the APPEND to the acknowledgement at the SMTP server (p50, p95, p99).
After each run it recounts from Dovecot, the SMTP server and the database; the last line
names every count that must be zero with the figures, and the exit status is 1 when one
is not. Targets (not part of the exit status): p95 under 1 s; throughput grows with workers
until the 2 cores are busy; memory per worker flat over the run.

    .venv/bin/python bench/load.py           # 10,000 messages per run, 120 s of latency
    .venv/bin/python bench/load.py --small   # 300 messages, 20 s of latency (in make test)
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import figure, quiet, verdict  # noqa: E402
from ingest import corpus  # noqa: E402
from production import Sample, Services, _login, phase_latency, phase_postgres  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from pipeline.db import make_engine  # noqa: E402
from pipeline.ingest.parse import read_message_id  # noqa: E402
from pipeline.tickets.models import LedgerEntry, Message, OutboxMail, Ticket  # noqa: E402

WORKERS = (1, 2, 4)
FINISHED = ("done", "parked", "duplicate")
ZEROS = ("lost", "not_on_a_ticket", "duplicate_tickets", "duplicate_replies",
         "replies_missing", "unfinished", "unflagged", "marked_seen", "timed_out",
         "replies_apart")


def recounter(files: list[Path]) -> Callable[[Services], dict[str, Any]]:
    """Counts that must be zero after a run: the corpus against Dovecot, the database, SMTP."""
    expected = {read_message_id(p.read_bytes()) for p in files}

    def recount(svc: Services) -> dict[str, Any]:
        engine = make_engine(svc.env["SUPPORT_DATABASE__URL"])
        deadline = time.monotonic() + 40  # the mailbox loop flags what is filed on its next round
        while time.monotonic() < deadline:
            with Session(engine) as session:
                if session.exec(select(LedgerEntry.id).where(
                        LedgerEntry.settled == False)).first() is None:  # noqa: E712
                    break
            time.sleep(0.5)
        client = _login(svc)
        client.select_folder("INBOX", readonly=True)
        in_dovecot = len(client.search("ALL"))
        unflagged = len(client.search(["UNKEYWORD", "$Ticketed"]))
        seen = len(client.search("SEEN"))
        client.logout()
        with Session(engine) as session:
            ledger = session.exec(select(LedgerEntry.message_id, LedgerEntry.state)).all()
            rows = session.exec(select(Message.message_id, Message.in_reply_to,
                                       Message.ticket_id).where(Message.direction == "in")).all()
            outbox = session.exec(select(OutboxMail.message_id)).all()
            tickets = len(session.exec(select(Ticket.id)).all())
        engine.dispose()
        inbound = Counter(mid for mid, _, _ in rows)
        ticket_of = {mid: ticket for mid, _, ticket in rows}
        copies = Counter(str(r["Message-ID"]).strip("<>") for r in svc.smtp.received)
        return {
            "lost": len(expected - {mid for mid, _ in ledger}) + max(0, len(files) - in_dovecot),
            "not_on_a_ticket": len(expected - set(inbound)),
            "duplicate_tickets": sum(n - 1 for n in inbound.values() if n > 1),
            "duplicate_replies": sum(n - 1 for n in copies.values() if n > 1),
            "replies_missing": sum(1 for mid in outbox if mid.strip("<>") not in copies),
            "unfinished": sum(1 for _, state in ledger if state not in FINISHED),
            "unflagged": unflagged,
            "marked_seen": seen,
            "parked": sum(1 for _, state in ledger if state == "parked"),
            "tickets": tickets,
            # a reply must join the ticket of the mail it answers, even one still being filed
            "replies_apart": sum(1 for _, parent, ticket in rows
                                 if parent in ticket_of and ticket_of[parent] != ticket),
        }

    return recount


def near(samples: list[Sample], when: float) -> Sample:
    return min(samples, key=lambda s: abs(s.at - when))


def memory(run: dict[str, Any]) -> list[tuple[float, float, float]]:
    """Each worker's RSS (MB, with its parse processes) at 10 %, 50 % and the end of the run."""
    samples, start, seconds = run["samples"], run["start"], run["seconds"]
    early, middle = (near(samples, start + f * seconds).rss_mb for f in (0.1, 0.5))
    return list(zip(early, middle, samples[-1].rss_mb, strict=True))


def cores(run: dict[str, Any]) -> tuple[float, float, float]:
    """CPU over the run, in cores: the workers (with their parse processes), the mailbox loop
    (this process), the whole machine."""
    first, last = near(run["samples"], run["start"]), near(run["samples"], run["start"]
                                                            + run["seconds"])
    seconds = last.at - first.at
    return ((sum(last.cpu_s) - sum(first.cpu_s)) / seconds,
            (last.own_cpu_s - first.own_cpu_s) / seconds,
            (last.machine_busy_s - first.machine_busy_s) / seconds)


def steady_rate(run: dict[str, Any], total: int) -> float:
    """Messages per second between 10 % and 90 % finished: worker start-up left out."""
    points = [*run["progress"], (run["start"] + run["seconds"], total)]
    (t10, n10), (t90, n90) = (next(p for p in points if p[1] >= f * total) for f in (0.1, 0.9))
    return (n90 - n10) / (t90 - t10) if t90 > t10 else total / run["seconds"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true")
    args = parser.parse_args()
    total, latency_seconds = (300, 20.0) if args.small else (10_000, 120.0)
    quiet()
    folder = corpus(total)
    files = sorted(folder.glob("*.eml"))
    zeros: Counter[str] = Counter({name: 0 for name in ZEROS})
    sizes: dict[str, object] = {"messages": total}
    growth, parked = 0.0, 0
    for count in WORKERS:
        run = phase_postgres(folder, worker_count=count, check=recounter(files),
                             sample_every=1.0, timeout=1800.0 if not args.small else 300.0)
        rss, (used, loop, busy), rate = memory(run), cores(run), steady_rate(run, total)
        figure(f"{count} worker(s): messages per second", f"{rate:.1f} between 10 % and 90 % "
               f"finished; {run['msgs_per_s']:.1f} over the whole {run['seconds']:.0f} s")
        figure("  CPU in cores: workers / mailbox loop / machine",
               f"{used:.2f} / {loop:.2f} / {busy:.2f} of 2 (shared)")
        figure("  RSS MB per worker at 10 % / 50 % / end",
               ", ".join("/".join(f"{mb:.0f}" for mb in worker) for worker in rss))
        figure("  tickets; mails received by the SMTP server",
               f"{run['tickets']}; {run['replies']}")
        figure("  replies on another ticket than the mail they answer", run["replies_apart"])
        sizes[f"msgs_per_s_{count}w"] = f"{rate:.1f}"
        growth = max([growth, *(end - middle for _, middle, end in rss)])
        parked += run["parked"]
        zeros.update({name: run[name] for name in ZEROS})
    files_latency = int(5 * latency_seconds)
    lat = phase_latency(folder, rate=5.0, seconds=latency_seconds, wait_seconds=5,
                        check=recounter(files[:files_latency]))  # IDLE renewed as `run` does
    figure("APPEND -> SMTP at 5 msg/s with IDLE (p50/p95/p99 ms)",
           f"{lat['p50_ms']:.0f} / {lat['p95_ms']:.0f} / {lat['p99_ms']:.0f} "
           f"over {lat['count']} replies to {files_latency} messages")
    zeros.update({name: lat.get(name, 0) for name in ZEROS})
    parked += lat["parked"]
    sizes.update(p50_ms=f"{lat['p50_ms']:.0f}", p95_ms=f"{lat['p95_ms']:.0f}",
                 p99_ms=f"{lat['p99_ms']:.0f}", rss_growth_mb=f"{growth:.0f}", parked=parked)
    return verdict("load", sizes, dict(zeros))


if __name__ == "__main__":
    sys.exit(main())
