"""Service faults: Redis, PostgreSQL, the SMTP relay and Dovecot fail under a steady flow of mail.

Mail is APPENDed (4 a second) to a private Dovecot, as an MTA would (an APPEND refused
while Dovecot is down is held and tried again). The real pipeline runs on a Redis and a
PostgreSQL of this script's own (production.services(private=True); the shared ones are
never touched): `python -m pipeline run` (the IMAP source in IDLE, the sweep, workers) and
2 `python -m pipeline worker` processes, sending over SMTP to aiosmtpd. In turn: Redis is
stopped 3 times; PostgreSQL is stopped and started; the SMTP server answers 4xx to every mail
for a while, then refuses some with 5xx, then drops some connections; Dovecot is restarted,
then stopped for a while, as the source is in IDLE; the IDLE connections are cut; the mailbox
is deleted and recreated (new UIDVALIDITY) and part of its mail restored from a backup;
another client marks every new message read.
Measured per fault: seconds from the service's return until every message handed to the MTA
up to 1 s after it is on a ticket; the mailbox's health as `status` reports it, read once
during the fault (the command itself while PostgreSQL is down) and its row sampled every 0.25 s.
Recount: what Dovecot holds (FLAGS, before the mailbox is wiped and at the end), the ledger and
blobs, tickets, outbox rows and their tickets (`tickets show`), what the SMTP server received.

    .venv/bin/python bench/faults.py           # outages of 20 s, about 900 messages, 4 minutes
    .venv/bin/python bench/faults.py --small   # outages of 3 s, under 2 minutes
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sqlalchemy as sa  # noqa: E402
from harness import figure, quiet, settings_for, sha256, stored_truth, verdict  # noqa: E402
from production import ROOT, Services, _login, services  # noqa: E402
from servers import DovecotMailbox  # noqa: E402
from sqlmodel import Session, select  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from pipeline.cli import app  # noqa: E402
from pipeline.db import make_engine  # noqa: E402
from pipeline.ingest.parse import read_message_id  # noqa: E402
from pipeline.inspect import desk_status, show_ticket  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.tickets.models import (  # noqa: E402
    LedgerEntry,
    MailboxState,
    OutboxMail,
    Ticket,
)

DEV = sorted((ROOT.parent / "shared" / "corpus" / "dev").glob("*.eml"))
FINISHED = ("done", "parked", "duplicate")
BOX = "inbox"  # the settings file's mailbox, pointed at Dovecot
RATE = 4.0  # messages per second
RESUME_TARGET = 10.0
LATE_REPLY = 60.0  # seconds from its row to the relay: beyond, a reply was left behind


def message(n: int) -> bytes:
    """A dev-corpus mail with a Message-ID of its own."""
    raw = DEV[n % len(DEV)].read_bytes()
    raw = re.sub(rb"(?im)^message-id:.*\r?\n(?:[ \t].*\r?\n)*", b"", raw, count=1)
    return f"Message-ID: <fault-{n}@faults.example>\r\n".encode() + raw


class Feeder(threading.Thread):
    """The MTA: a message every 1/RATE s; one Dovecot refuses waits and is tried again."""

    def __init__(self, svc: Services) -> None:
        super().__init__(daemon=True)
        self.svc, self.client = svc, None
        self.submitted: list[tuple[float, str]] = []  # (when handed over, Message-ID)
        self.raws: dict[str, bytes] = {}
        self.held: list[bytes] = []
        self.paused, self.stopped = threading.Event(), threading.Event()
        self.lock = threading.Lock()

    def run(self) -> None:
        n, next_at = 0, time.monotonic()
        while not self.stopped.is_set():
            if not self.paused.is_set():
                self.submit(message(n))
                n += 1
            self.flush()
            next_at += 1 / RATE
            time.sleep(max(0.0, next_at - time.monotonic()))

    def submit(self, raw: bytes) -> None:
        mid = read_message_id(raw)
        with self.lock:
            self.submitted.append((time.time(), mid))
            self.raws[mid] = raw
            self.held.append(raw)

    def flush(self) -> None:
        while self.held:
            try:
                self.client = self.client or _login(self.svc)
                self.client.append("INBOX", self.held[0])
            except Exception:  # Dovecot is down: hold the mail, as an MTA queue would
                self.client = None
                return
            with self.lock:
                self.held.pop(0)

    def expected(self, before: float, after: float = 0.0) -> Counter[str]:
        with self.lock:
            return Counter(mid for at, mid in self.submitted if after <= at < before)


class Health(threading.Thread):
    """Samples the mailbox's health row (what `status` prints) every 0.25 s."""

    def __init__(self, engine: sa.Engine) -> None:
        super().__init__(daemon=True)
        self.engine, self.samples = engine, []  # (time, error or "")
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.25):
            try:
                with Session(self.engine) as session:
                    state = session.get(MailboxState, BOX)
                    error = state.last_error if state else ""
            except Exception as exc:  # the database itself is down
                error = f"database unreachable: {type(exc).__name__}"
            self.samples.append((time.time(), error))

    def errors_between(self, start: float, end: float) -> tuple[int, int]:
        window = [e for t, e in list(self.samples) if start <= t <= end]
        return sum(1 for e in window if e), len(window)

    def clears_within(self, seconds: float) -> bool:
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.samples and not self.samples[-1][1]:
                return True
            time.sleep(0.1)
        return False


@dataclass
class Fault:
    name: str
    down_at: float
    back_at: float
    resumed: float | None = None  # seconds after back_at
    health_shown: bool | None = None  # None: not a fault that lasts on the mailbox
    health_cleared: bool | None = None
    note: str = ""


@dataclass
class Run:
    svc: Services
    env: dict[str, str]
    settings: Settings
    engine: sa.Engine
    feeder: Feeder
    health: Health
    timeout: float
    faults: list[Fault] = field(default_factory=list)
    measured: float = 0.0  # mail handed over before this was counted for an earlier fault

    def finished(self) -> Counter[str]:
        with Session(self.engine) as session:
            rows = session.exec(select(LedgerEntry.message_id, sa.func.count())
                                .where(LedgerEntry.state.in_(FINISHED))  # type: ignore[attr-defined]
                                .group_by(LedgerEntry.message_id)).all()
        return Counter(dict(rows))

    def resume_after(self, back: float) -> float | None:
        """Seconds until every message handed over up to 1 s after `back` is on a ticket."""
        time.sleep(max(0.0, back + 1 - time.time()))
        expected, deadline = self.feeder.expected(back + 1, self.measured), back + self.timeout
        self.measured = back + 1
        while time.time() < deadline:
            try:
                done = self.finished()
                if all(done[mid] >= n for mid, n in expected.items()):
                    return time.time() - back
            except Exception:  # noqa: S110  (a database that is just back may refuse once)
                pass
            time.sleep(0.2)
        return None

    def status(self) -> tuple[int, str]:
        """`support-pipeline status`, the command's own code run in this process."""
        done = CliRunner().invoke(app, ["status"], env=self.env)
        return done.exit_code, done.output

    def outage(self, name: str, stop: Callable[[], None], start: Callable[[], None],
               seconds: float, *, health_in_it: bool = False) -> None:
        """Stop a service for `seconds`, read the health meanwhile, start it, time the resume.

        `health_in_it`: the health lives in that service (PostgreSQL): `status` must say so.
        """
        down = time.time()
        stop()
        grace = min(2.0, seconds / 2)  # a poll round notices
        time.sleep(grace)
        if health_in_it:
            code, text = self.status()
            seen = text.strip() if code and "cannot read the database" in text else ""
        else:  # what `status` prints for the mailbox
            boxes = desk_status(self.settings)["mailboxes"]
            seen = next(b["error"] for b in boxes if b["name"] == BOX)
        time.sleep(max(0.0, down + seconds - time.time()))
        restarting = time.time()  # from here the service may answer before start() returns
        start()
        fault = Fault(name, down, time.time())
        fault.resumed = self.resume_after(fault.back_at)
        errors, samples = self.health.errors_between(down + grace, restarting)
        fault.health_shown = bool(seen) and errors == samples > 0
        fault.health_cleared = self.health.clears_within(5)
        fault.note = f"status during it: {seen[:70]!r}; health in error {errors}/{samples}"
        self.faults.append(fault)

    def blip(self, name: str, action: Callable[[], str]) -> None:
        """A fault over at once, hit while the source is in IDLE: time until mail flows again."""
        self.feeder.paused.set()
        time.sleep(1.5)  # no new mail: the source is in IDLE
        down = time.time()
        note = action()
        self.feeder.paused.clear()
        fault = Fault(name, down, time.time(), note=note)
        fault.resumed = self.resume_after(fault.back_at)
        self.faults.append(fault)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true")
    args = parser.parse_args()
    quiet()
    logs = Path(tempfile.mkdtemp(prefix="faults-logs-"))
    started = time.perf_counter()
    with services(private=True) as svc:
        box = {f"SUPPORT_MAILBOXES__{BOX.upper()}__{key}": value for key, value in {
            "KIND": "imap", "HOST": svc.dovecot.host, "PORT": str(svc.dovecot.port),
            "SECURITY": "none", "USERNAME": svc.user, "PASSWORD": "secret"}.items()}
        env = {**os.environ, **svc.env, **box, "SUPPORT_WEB__ENABLED": "false",
               "SUPPORT_QUEUE__PARSE_PROCESSES": "1"}
        settings = settings_for(svc, **box)
        engine = make_engine(settings.database.url)
        run = Run(svc, env, settings, engine, Feeder(svc), Health(engine),
                  timeout=60 if args.small else 120)
        with desk_processes(env, logs):
            sizes, refused, served, marked = scenario(run, small=args.small)
        for fault in run.faults:
            figure(fault.name, _resume_text(fault))
            if fault.note:
                figure("", fault.note)
        figure("logs", str(logs))
        figure("seconds", f"{time.perf_counter() - started:.0f}")
        result = recount(run, settings, {**served, **snapshot(svc)}, marked, refused)
        engine.dispose()
    lasting = [f for f in run.faults if f.health_shown is not None]
    return verdict("faults", {"messages": len(run.feeder.raws), **sizes}, {
        **result,
        "slow_resumes": sum(1 for f in run.faults
                            if f.resumed is None or f.resumed > RESUME_TARGET),
        "health_fault_not_shown": sum(1 for f in lasting if not f.health_shown),
        "health_not_cleared": sum(1 for f in lasting if not f.health_cleared)})


@contextmanager
def desk_processes(env: dict[str, str], logs: Path) -> Iterator[None]:
    """`run` (the IMAP source in IDLE, the sweep, workers) and two `worker` processes."""
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline", command, "--log-level", "INFO"],
                              env=env, cwd=ROOT, stdout=(logs / f"{command}{n}.log").open("ab"),
                              stderr=subprocess.STDOUT)
             for n, command in enumerate(["run", "worker", "worker"])]
    try:
        yield
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()


def scenario(run: Run, *, small: bool) -> tuple[dict[str, int], Counter[str], dict, set]:  # type: ignore[type-arg]
    """The faults one after another under a steady flow of mail; then everything settles."""
    svc, out, k = run.svc, (3.0 if small else 20.0), (3 if small else 10)
    assert svc.redis and svc.postgres
    run.feeder.start()
    run.health.start()
    try:
        flowing = run.resume_after(time.time())  # the desk is up and in IDLE
        figure("seconds until the first mail was on a ticket", f"{flowing or 0:.1f}")
        time.sleep(1.0 if small else 10.0)
        for n in range(3):
            run.outage(f"Redis stopped ({n + 1})", svc.redis.stop, svc.redis.start, out)
        run.outage("PostgreSQL stopped and started", svc.postgres.stop, svc.postgres.start,
                   out, health_in_it=True)
        refused = smtp_faults(run, out, k)
        run.blip("Dovecot restarted mid-IDLE", lambda: restart(svc))
        run.feeder.paused.set()  # no mail for a moment: the source is in IDLE
        time.sleep(1.5)
        run.feeder.paused.clear()
        run.outage("Dovecot stopped mid-IDLE, started", svc.dovecot.stop, svc.dovecot.start, out)
        drops = 2 if small else 3
        for n in range(drops):
            run.blip(f"IDLE connections dropped ({n + 1})", lambda: cut_idle(svc))
        served = recreate(run, DovecotMailbox(svc.dovecot, svc.user), 5 if small else 20)
        marked = mark_read(run, 3.0 if small else 10.0)
    finally:
        run.feeder.stopped.set()
    run.feeder.join()
    drained = wait_drained(run, 60 if small else 420)
    run.health.stopped.set()
    figure("seconds to drain after the last fault", f"{drained:.1f}" if drained else "never")
    return ({"outage_s": int(out), "redis_stops": 3, "smtp_refusals": refused["550"],
             "smtp_drops": refused["drop"], "idle_drops": drops}, refused, served, marked)


def _resume_text(fault: Fault) -> str:
    resumed = f"{fault.resumed:.1f} s" if fault.resumed is not None else "not within the timeout"
    return f"down {fault.back_at - fault.down_at:.1f} s, resumed {resumed} after its return"


def smtp_faults(run: Run, seconds: float, k: int) -> Counter[str]:
    """4xx to every mail for `seconds`, then k refusals (5xx), then k dropped connections."""
    handler, used = run.svc.smtp.handler, Counter[str]()
    down = time.time()
    run.svc.smtp.fail_next(100_000, code=451)
    time.sleep(seconds)
    with handler.arrived:
        used["451"] = 100_000 - len(handler.faults)
        handler.faults.clear()
    back = time.time()
    run.faults.append(Fault("SMTP answering 4xx", down, back, run.resume_after(back)))
    delivered = _wait_sent(run, _outbox_before(run, back), back + 300)
    left = f"{delivered - back:.1f} s after it" if delivered else "not within 300 s"
    figure(f"SMTP answering 451 for {seconds:.0f} s",
           f"{used['451']} answers; every reply queued before its end had left {left}")
    for kind, inject in (("550", lambda: run.svc.smtp.fail_next(k, code=550)),
                         ("drop", lambda: run.svc.smtp.drop_next(k))):
        inject()
        deadline = time.time() + 120
        while handler.faults and time.time() < deadline:
            time.sleep(0.2)
        with handler.arrived:
            used[kind] = k - len(handler.faults)
            handler.faults.clear()
        figure(f"SMTP {'refusing (550)' if kind == '550' else 'dropping the connection'}",
               f"{used[kind]} mails")
    return used


def _outbox_before(run: Run, before: float) -> set[int]:
    with Session(run.engine) as session:
        rows = session.exec(select(OutboxMail.id, OutboxMail.created_at)).all()
    return {i for i, at in rows if at.timestamp() < before and i is not None}


def _wait_sent(run: Run, ids: set[int], deadline: float) -> float | None:
    """When none of these rows waits to be sent any more (None: not by `deadline`)."""
    while time.time() < deadline:
        with Session(run.engine) as session:
            pending = session.exec(select(OutboxMail.id).where(
                OutboxMail.id.in_(ids),  # type: ignore[union-attr]
                OutboxMail.state.in_(("queued", "sending")))).first()  # type: ignore[attr-defined]
        if pending is None:
            return time.time()
        time.sleep(0.2)
    return None


def restart(svc: Services) -> str:
    started = time.time()
    svc.dovecot.restart()
    return f"stopped and started in {time.time() - started:.1f} s"


def cut_idle(svc: Services) -> str:
    """Kill the imap processes (the source's IDLE among them): connections drop, no BYE."""
    assert svc.dovecot.process
    listing = subprocess.run(["ps", "-o", "pid=,comm=", "--ppid", str(svc.dovecot.process.pid)],
                             capture_output=True, text=True).stdout.split()
    imap = [int(pid) for pid, name in zip(listing[::2], listing[1::2], strict=True)
            if name == "imap"]
    for pid in imap:
        os.kill(pid, signal.SIGKILL)
    return f"{len(imap)} imap processes killed"


def recreate(run: Run, mailbox: DovecotMailbox, restored: int) -> dict[tuple[int, int], tuple]:
    """Delete and recreate the mailbox once all is settled; restore its last `restored` mails."""
    run.feeder.paused.set()
    wait_drained(run, 120)
    before = snapshot(run.svc)
    old = mailbox.uidvalidity()
    down = time.time()
    mailbox.delete_and_recreate()
    back = time.time()
    with run.feeder.lock:
        last = [mid for _, mid in run.feeder.submitted[-restored:]]
    for mid in last:  # from the backup: the same bytes under new UIDs
        run.feeder.submit(run.feeder.raws[mid])
    run.feeder.flush()
    run.feeder.paused.clear()
    fault = Fault("mailbox deleted and recreated", down, back, run.resume_after(back))
    fault.note = (f"UIDVALIDITY {old} -> {mailbox.uidvalidity()}; {restored} mails restored "
                  "from a backup")
    run.faults.append(fault)
    return before


def mark_read(run: Run, seconds: float) -> set[tuple[int, int]]:
    """Another client marks every unread message read, as soon as it sees it."""
    client, marked = _login(run.svc), set()
    deadline = time.time() + seconds
    while time.time() < deadline:
        info = client.select_folder("INBOX")
        uids = client.search(["UNSEEN"])
        if uids:
            client.add_flags(uids, [b"\\Seen"])
            marked |= {(int(info[b"UIDVALIDITY"]), uid) for uid in uids}
        time.sleep(0.1)
    client.logout()
    figure("messages another client marked read", len(marked))
    return marked


def wait_drained(run: Run, seconds: float) -> float | None:
    """Every message handed over is finished and settled; no mail waits to be sent."""
    start = time.time()
    while time.time() < start + seconds:
        try:
            expected = run.feeder.expected(time.time())
            done = run.finished()
            with Session(run.engine) as session:
                busy = session.exec(select(LedgerEntry.id).where(sa.or_(
                    LedgerEntry.settled == False,  # noqa: E712
                    LedgerEntry.state.not_in(FINISHED)))).first()  # type: ignore[attr-defined]
                sending = session.exec(select(OutboxMail.id).where(
                    OutboxMail.state.in_(("queued", "sending")))).first()  # type: ignore[attr-defined]
            if busy is None and sending is None and not run.feeder.held \
                    and all(done[m] >= n for m, n in expected.items()):
                return time.time() - start
        except Exception:  # noqa: S110
            pass
        time.sleep(0.5)
    return None


def snapshot(svc: Services) -> dict[tuple[int, int], tuple]:
    """(UIDVALIDITY, UID) -> (Message-ID, SHA-256, FLAGS) of what Dovecot holds."""
    client = _login(svc)
    info = client.select_folder("INBOX", readonly=True)
    validity = int(info[b"UIDVALIDITY"])
    found = client.fetch(client.search("ALL"), ["BODY.PEEK[]", "FLAGS"])
    client.logout()
    return {(validity, uid): (read_message_id(f[b"BODY[]"]), sha256(f[b"BODY[]"]), f[b"FLAGS"])
            for uid, f in found.items()}


def recount(run: Run, settings, served, marked, refused) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with Session(run.engine) as session:
        ledger, blobs, inbound, replies, outbox = stored_truth(session)
        failed = [(o, session.get(Ticket, o.ticket_id)) for o in outbox if o.state == "failed"]
    kept = {e.sha256 for e in ledger} & blobs
    rows = Counter(e.message_id for e in ledger)
    handed = run.feeder.raws
    copies = Counter(str(r["Message-ID"]).strip("<>") for r in run.svc.smtp.received)
    states = Counter(e.state for e in ledger)
    delays = [(o.sent_at - o.created_at).total_seconds() for o in outbox if o.sent_at]
    shown = 0
    for _, ticket in failed:
        view = show_ticket(settings, ticket.reference) if ticket else None
        if view and "550" in view["parked_reason"] and view["waiting_on"] == "staff" \
                and any(a["event"] == "send_failed" for a in view["audit"]):
            shown += 1
    figure("messages handed to Dovecot", len(handed))
    figure("messages in Dovecot (before the wipe and at the end)", len(served))
    figure("ledger states", dict(states))
    figure("outbox states", dict(Counter(o.state for o in outbox)))
    figure("mails received by the SMTP server", len(run.svc.smtp.received))
    figure("slowest reply, from its row to the relay", f"{max(delays, default=0):.1f} s")
    figure("refused mails shown on their ticket", f"{shown} of {len(failed)}")
    return {
        "lost": sum(1 for _, digest, _ in served.values() if digest not in kept)
        + sum(max(0, n - rows[mid]) for mid, n in run.feeder.expected(time.time()).items()),
        "not_on_a_ticket": sum(1 for mid in handed if mid not in inbound),
        "duplicate_tickets": sum(n - 1 for n in inbound.values() if n > 1),
        "duplicate_outbox_rows": sum(n - 1 for n in replies.values() if n > 1),
        "duplicate_replies": sum(n - 1 for n in copies.values() if n > 1),
        "replies_never_sent": sum(1 for o in outbox
                                  if o.state != "failed" and o.message_id not in copies),
        "replies_late": sum(1 for d in delays if d > LATE_REPLY),
        "unfinished": sum(n for s, n in states.items() if s not in FINISHED),
        "unflagged": sum(1 for _, _, flags in served.values() if b"$Ticketed" not in flags),
        "marked_read_by_us": sum(1 for key, (_, _, flags) in served.items()
                                 if b"\\Seen" in flags and key not in marked),
        "permanent_failure_hidden": max(0, refused["550"] - shown),
        "temporary_failure_made_permanent": sum(1 for o, _ in failed
                                                if not o.last_error.startswith("5")),
    }


if __name__ == "__main__":
    sys.exit(main())
