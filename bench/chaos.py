"""Crash and redelivery: kill -9 at random moments and at each named point; nothing lost or doubled.

Messages sit in a private Dovecot; a poller process (IMAP, IDLE) records them on PostgreSQL
and hands them over Redis to 2 dramatiq worker processes (`python -m pipeline worker`),
which file and send over SMTP to aiosmtpd. Phases: for each crash point of
pipeline/crashpoints.py the process that reaches it is armed (SUPPORT_FAULTS__CRASH_AT) and
restarted after each death until it died there K times; then workers are killed with SIGKILL
at random moments. One message kills its worker every time (poison): it must be parked for a
person after max_attempts while the others flow. This script stands in for the sweep's
recovery (`requeue_unfinished`, every 3 s here instead of rows 5 minutes stale), and a send
killed mid-way is taken again after a 10 s lease (smtp.send_lease_seconds, 120 in production).
A mail may reach the SMTP server more than once only when a worker died between the relay's
acceptance and the row marked sent: extra copies are counted against worker deaths, against
each row's claims, and against the lease (no two copies of one mail sooner than half of it).
Recount: Dovecot's copies (FETCH BODY.PEEK[] and FLAGS), the ledger and blobs, tickets,
outbox rows, and what the SMTP server received.

    .venv/bin/python bench/chaos.py           # 2,000 messages, 200 random kills, 10 per point
    .venv/bin/python bench/chaos.py --small   # 200 messages, 20 random kills, 2 per point
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import figure, quiet, settings_for, sha256, stored_truth, verdict  # noqa: E402
from production import ROOT, _login, services  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from pipeline.actors import declare_actors, make_broker, requeue_unfinished  # noqa: E402
from pipeline.classify.evaluate import read_labels  # noqa: E402
from pipeline.crashpoints import POINTS, arm  # noqa: E402
from pipeline.desk import open_desk  # noqa: E402
from pipeline.ingest.imap import ImapSource  # noqa: E402
from pipeline.ingest.parse import read_message_id  # noqa: E402
from pipeline.ingest.poll import run_mailbox  # noqa: E402
from pipeline.tickets.models import LedgerEntry, OutboxMail, Ticket  # noqa: E402

DEV_DIR = ROOT.parent / "shared" / "corpus" / "dev"
DEV = sorted(DEV_DIR.glob("*.eml"))
AUTOMATED = [DEV_DIR / name for name, label in read_labels(DEV_DIR / "labels.jsonl").items()
             if label["category"] == "automated"]
POLLER_POINTS = ("after_fetch", "after_raw_stored", "before_flagging")
ORDER = ("after_smtp_accepted", "before_marking_sent", "after_fetch", "after_raw_stored",
         "before_flagging", "after_ticket_commit", "after_outbox_row")  # the send lease first
POISON = "poison-kills-its-worker@chaos.example"
LEASE = 10  # smtp.send_lease_seconds here: a send killed mid-way is taken again after 10 s
FINISHED = ("done", "parked", "duplicate")


def messages(count: int, sources: list[Path] = DEV, prefix: str = "chaos", *,
             poison: bool = True) -> list[bytes]:
    """Dev-corpus mails, each with a Message-ID of its own; one is the poison if asked."""
    out = []
    for n in range(count):
        raw = sources[n % len(sources)].read_bytes()
        mid = POISON if poison and n == count // 3 else f"{prefix}-{n}@chaos.example"
        raw = re.sub(rb"(?im)^message-id:.*\r?\n(?:[ \t].*\r?\n)*", b"", raw, count=1)
        out.append(f"Message-ID: <{mid}>\r\n".encode() + raw)
    return out


def run_poller() -> None:
    """The --poller process: the mailbox loop, armed like the workers."""
    settings = settings_for_env()
    arm(settings.faults.crash_at)
    desk = open_desk(settings)
    actors = declare_actors(make_broker(settings.queue), desk)
    box = settings.mailbox("support")
    source = ImapSource(box, batch_size=settings.limits.fetch_batch)
    run_mailbox(source, engine=desk.engine, enqueue=actors.enqueue, stop=threading.Event(),
                wait_seconds=2)


def settings_for_env():  # type: ignore[no-untyped-def]
    from pipeline.settings import load_settings

    return load_settings()


class Fleet:
    """The poller and the two workers; restarted when they die, armed as told."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env, self.armed = env, {"poller": "", "worker": ""}
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.deaths: Counter[str] = Counter()  # by the point armed when it died
        self.log = open(tempfile.mktemp(prefix="chaos-", suffix=".log"), "ab")  # noqa: SIM115
        for name in ("poller", "worker0", "worker1"):
            self.start(name)

    def start(self, name: str) -> None:
        kind = "poller" if name == "poller" else "worker"
        crash = ",".join(x for x in (self.armed[kind], f"poison:{POISON}") if x)
        env = {**self.env, "SUPPORT_FAULTS__CRASH_AT": crash}
        command = ([sys.executable, __file__, "--poller"] if kind == "poller" else
                   [sys.executable, "-m", "pipeline", "worker", "--log-level", "WARNING"])
        self.procs[name] = subprocess.Popen(command, env=env, cwd=ROOT, stdout=self.log,
                                            stderr=self.log)

    def reap(self) -> list[str]:
        """Restart the dead; return the points (or "poison"/"random") they died at."""
        died = []
        for name, proc in self.procs.items():
            if proc.poll() is None:
                continue
            kind = "poller" if name == "poller" else "worker"
            died.append(self.armed[kind] or "poison")
            self.start(name)
        return died

    def kill_random_worker(self, rng: random.Random) -> None:
        name = rng.choice(["worker0", "worker1"])
        self.procs[name].send_signal(signal.SIGKILL)
        self.procs[name].wait()
        self.start(name)

    def stop(self) -> None:
        for proc in self.procs.values():
            proc.send_signal(signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--poller", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.poller:
        run_poller()
        return 0
    total, random_kills, per_point = (200, 20, 2) if args.small else (2000, 200, 10)
    quiet()
    rng = random.Random(6)
    raws = messages(total)
    chunks = [raws[i::len(ORDER) + 1] for i in range(len(ORDER) + 1)]
    # "after_ticket_commit" is reached by a batch that queues no reply: robots' mail only
    robots = ORDER.index("after_ticket_commit")
    chunks[robots] = messages(len(chunks[robots]), AUTOMATED, "chaos-robot", poison=False)
    with services() as svc:
        box = svc.mailbox()
        env = {**os.environ, **svc.env, "SUPPORT_MAILBOXES__SUPPORT__KIND": "imap",
               "SUPPORT_MAILBOXES__SUPPORT__HOST": box.host,
               "SUPPORT_MAILBOXES__SUPPORT__PORT": str(box.port),
               "SUPPORT_MAILBOXES__SUPPORT__SECURITY": "none",
               "SUPPORT_MAILBOXES__SUPPORT__USERNAME": box.username,
               "SUPPORT_MAILBOXES__SUPPORT__PASSWORD": "secret",
               "SUPPORT_QUEUE__PARSE_PROCESSES": "1",
               # a send killed mid-way is retried after 10 s instead of the production 2 min
               "SUPPORT_SMTP__SEND_LEASE_SECONDS": str(LEASE),
               "SUPPORT_SMTP__TIMEOUT_SECONDS": "5"}
        settings = settings_for(svc)
        desk = open_desk(settings)
        actors = declare_actors(make_broker(settings.queue), desk)
        client = _login(svc)
        fleet = Fleet(env)
        deaths: Counter[str] = Counter()
        started, epoch = time.perf_counter(), time.time()
        appended = 0

        def append(raws: list[bytes]) -> int:
            for raw in raws:
                client.append("INBOX", raw)
            return len(raws)

        def tend(seconds: float) -> None:
            deadline, last = time.monotonic() + seconds, 0.0
            while time.monotonic() < deadline:
                for point in fleet.reap():
                    deaths[point] += 1
                    kind = "poller" if point in POLLER_POINTS else "worker"
                    if point in POINTS and deaths[point] >= per_point:
                        fleet.armed[kind] = ""
                if time.monotonic() - last > 3:
                    requeue_unfinished(desk, actors, stale_only=False)
                    last = time.monotonic()
                time.sleep(0.1)

        try:
            for point, chunk in zip(ORDER, chunks, strict=False):
                kind = "poller" if point in POLLER_POINTS else "worker"
                fleet.armed[kind] = point
                for name in ([n for n in fleet.procs if (n == "poller") == (kind == "poller")]):
                    fleet.procs[name].send_signal(signal.SIGKILL)  # restart armed
                    fleet.procs[name].wait()
                    fleet.start(name)
                slices = [chunk[i::per_point + 1] for i in range(per_point + 1)]
                deadline = time.monotonic() + 30 * per_point  # each death: a restart, new mail
                fed = 0
                while deaths[point] < per_point and time.monotonic() < deadline:
                    # New mail after each death, or when the last slice was all filed without
                    # reaching the point (robots batched with the previous phase's mail).
                    passed_by = fed > deaths[point] and _settled(desk.engine, appended)
                    if (fed <= deaths[point] or passed_by) and slices:
                        appended += append(slices.pop(0))
                        fed += 1
                    tend(0.5)
                appended += append([r for rest in slices for r in rest])
                fleet.armed[kind] = ""
                figure(f"kills at {point}",
                       f"{deaths[point]} (phase over at {time.perf_counter() - started:.0f} s)")
            appended += append(chunks[-1])
            for _ in range(random_kills):
                tend(rng.uniform(0.05, 0.6))
                fleet.kill_random_worker(rng)
                deaths["random"] += 1
            deadline = time.monotonic() + 600
            while not _settled(desk.engine, total) and time.monotonic() < deadline:
                tend(1)
            tend(2)
        finally:
            fleet.stop()
        seconds = time.perf_counter() - started
        figure("random kills", deaths["random"])
        figure("deaths on the poison message", deaths["poison"])
        figure("seconds", f"{seconds:.0f}")
        client.select_folder("INBOX", readonly=True)
        served = client.fetch(client.search("ALL"), ["BODY.PEEK[]", "FLAGS"])
        client.logout()
        worker_deaths = deaths["random"] + deaths["poison"] + sum(
            deaths[p] for p in POINTS if p not in POLLER_POINTS)
        result = recount(desk.engine, served, svc.smtp.received, epoch=epoch,
                         allowed=worker_deaths)
        desk.close()
    points_short = sum(max(0, per_point - deaths[p]) for p in POINTS)
    return verdict("chaos", {"messages": total, "random_kills": deaths["random"],
                             "point_kills": sum(deaths[p] for p in POINTS)},
                   {**result, "point_kills_missing": points_short})


def _settled(engine, total: int) -> bool:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        states = Counter(session.exec(select(LedgerEntry.state)).all())
        unsettled = session.exec(select(LedgerEntry.id).where(
            LedgerEntry.settled == False)).first()  # noqa: E712
        pending = session.exec(select(OutboxMail.id).where(
            OutboxMail.state.in_(("queued", "sending")))).first()  # type: ignore[attr-defined]
    done = sum(states[s] for s in FINISHED)
    return done >= total and sum(states.values()) == done and pending is None \
        and unsettled is None


def recount(engine, served, received, *, allowed: int,  # type: ignore[no-untyped-def]
            epoch: float) -> dict[str, int]:
    with Session(engine) as session:
        ledger, blobs, inbound, replies, outbox = stored_truth(session)
        poison = next((e for e in ledger if e.message_id == POISON), None)
        poison_ticket = (session.get(Ticket, poison.ticket_id)
                         if poison and poison.ticket_id else None)
    hashes = {e.sha256 for e in ledger}
    not_ticketed = [uid for uid, f in served.items()
                    if read_message_id(f[b"BODY[]"]) not in inbound]
    lost = [uid for uid, f in served.items()
            if sha256(f[b"BODY[]"]) not in hashes or sha256(f[b"BODY[]"]) not in blobs]
    seen = [uid for uid, f in served.items() if b"\\Seen" in f[b"FLAGS"]]
    unflagged = [uid for uid, f in served.items() if b"$Ticketed" not in f[b"FLAGS"]]
    copies = Counter(str(r["Message-ID"]).strip("<>") for r in received)
    sent_ids = set(copies)
    states = Counter(e.state for e in ledger)
    figure("messages in Dovecot", len(served))
    figure("ledger states", dict(states))
    figure("outbox states", dict(Counter(o.state for o in outbox)))
    figure("mails received by the SMTP server", len(received))
    figure("Message-IDs the SMTP server got twice", sum(1 for n in copies.values() if n > 1))
    for mid in (m for m, n in copies.items() if n > 2):
        at = [f"{r.at - epoch:.1f}" for r in received if str(r["Message-ID"]).strip("<>") == mid]
        figure(f"  {mid[:40]} received at (s)", ", ".join(at))
    figure("poison message", f"{poison.state if poison else 'missing'}, attempts "
           f"{poison.attempts if poison else 0}, "
           f"reason: {(poison_ticket.parked_reason if poison_ticket else '')[:60]}")
    return {
        "lost": len(lost),
        "not_on_a_ticket": len(not_ticketed),
        "duplicate_tickets": sum(n - 1 for n in inbound.values() if n > 1),
        "duplicate_outbox_rows": sum(n - 1 for n in replies.values() if n > 1),
        "marked_seen": len(seen),
        "unflagged": len(unflagged),
        "unfinished": sum(n for s, n in states.items() if s not in FINISHED),
        "replies_never_sent": sum(1 for o in outbox if o.message_id not in sent_ids),
        # a worker's death (at any point: its other threads die too) between the relay's
        # acceptance and the row marked sent explains one extra copy, and two deaths can hit
        # one mail; but no copy goes out without a claim of its own, nor before the lease
        "smtp_copies_beyond_deaths": max(0, sum(n - 1 for n in copies.values()) - allowed),
        "smtp_copies_beyond_claims": sum(max(0, copies[o.message_id] - o.attempts)
                                         for o in outbox),
        "smtp_copies_within_lease": _copies_within_lease(received),
        "poison_not_parked": 0 if poison and poison.state == "parked" else 1,
    }


def _copies_within_lease(received) -> int:  # type: ignore[no-untyped-def]
    """Copies of one mail closer together than half the lease: taken again while held."""
    times: dict[str, list[float]] = {}
    for r in received:
        times.setdefault(str(r["Message-ID"]).strip("<>"), []).append(r.at)
    return sum(1 for at in times.values() for a, b in pairwise(sorted(at)) if b - a < LEASE / 2)


if __name__ == "__main__":
    sys.exit(main())
