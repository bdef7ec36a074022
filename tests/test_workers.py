"""Several processes and several mailboxes: no duplicate, and one broken mailbox stops nobody."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from conftest import (
    CORPUS,
    REDIS_URL,
    build_stack,
    drop_in_maildir,
    make_broker_url,
    make_settings,
)
from servers import DovecotMailbox, SmtpServer, free_port
from sqlmodel import Session, select

from pipeline.db import make_engine, upgrade_schema
from pipeline.inspect import desk_status
from pipeline.runner import run_desk
from pipeline.settings import Mailbox, Settings
from pipeline.tickets.models import LedgerEntry, Message, Ticket

DEV = sorted((CORPUS / "dev").glob("*.eml"))


def test_two_worker_processes_and_two_pollers_on_one_mailbox_make_no_duplicate(
        tmp_path: Path, dovecot: DovecotMailbox, smtp_server: SmtpServer, postgres_url: str):
    settings = make_settings(
        tmp_path, db_url=postgres_url, broker=make_broker_url("redis"),
        mailboxes=(dovecot.mailbox_settings("support"),),
        smtp={"mode": "smtp", "host": smtp_server.host, "port": smtp_server.port,
              "security": "none"}, limits={"auto_mails_per_address_per_day": 1000})
    env = {**os.environ, "SUPPORT_DATABASE__URL": postgres_url, "SUPPORT_QUEUE__BROKER": REDIS_URL,
           "SUPPORT_SMTP__MODE": "smtp", "SUPPORT_SMTP__HOST": smtp_server.host,
           "SUPPORT_SMTP__PORT": str(smtp_server.port), "SUPPORT_SMTP__SECURITY": "none",
           "SUPPORT_LIMITS__AUTO_MAILS_PER_ADDRESS_PER_DAY": "1000",
           "SUPPORT_QUEUE__NAMESPACE": settings.queue.namespace}
    for path in DEV[:60]:
        dovecot.append(path.read_bytes())
    stacks = [build_stack(settings) for _ in range(2)]
    pollers = [next(s) for s in stacks]  # two desks polling the same mailbox
    workers = [subprocess.Popen([sys.executable, "-m", "pipeline", "worker"], env=env,
                                stderr=subprocess.DEVNULL) for _ in range(2)]
    try:
        threads = [threading.Thread(target=p.poll, args=("support",)) for p in pollers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wait_for_finished(settings.database.url, 60)
        time.sleep(1)
    finally:
        for worker in workers:
            worker.terminate()
            worker.wait(timeout=30)
        for stack in stacks:
            next(stack, None)

    engine = make_engine(settings.database.url)
    with Session(engine) as session:
        inbound = session.exec(select(Message.message_id).where(Message.direction == "in")).all()
        tickets = session.exec(select(Ticket)).all()
    replies = Counter(str(r["In-Reply-To"]) for r in smtp_server.received
                      if r["Auto-Submitted"] == "auto-replied" and r["In-Reply-To"])
    assert len(inbound) == len(set(inbound)) == 60
    assert len(tickets) <= 60
    assert [mid for mid, n in replies.items() if n > 1] == []


def wait_for_finished(url: str, timeout: float) -> None:
    engine = make_engine(url)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with Session(engine) as session:
            states = session.exec(select(LedgerEntry.state)).all()
        if states and set(states) <= {"done", "parked", "duplicate"}:
            return
        time.sleep(0.3)
    raise AssertionError(f"not finished: {Counter(states)}")


def test_a_broken_mailbox_shows_its_error_while_the_others_keep_flowing(tmp_path: Path):
    broken = Mailbox(name="broken", kind="imap", host="127.0.0.1", port=free_port(),
                     security="none", username="nobody", password="x")
    inbox = Mailbox(name="inbox", kind="maildir", path=tmp_path / "inbox")
    settings = make_settings(tmp_path, db_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
                             mailboxes=(broken, inbox), delays={"poll_seconds": 0.2})
    drop_in_maildir(tmp_path / "inbox", DEV[0].read_bytes())
    with desk_running(settings):
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            report = desk_status(settings)
            boxes = {b["name"]: b for b in report["mailboxes"]}
            if boxes.get("broken", {}).get("error") and report["ledger"].get("done"):
                break
            time.sleep(0.2)

    assert "cannot connect" in boxes["broken"]["error"] or "refused" in boxes["broken"]["error"]
    assert boxes["inbox"]["error"] == "" and boxes["inbox"]["last_ok_at"] is not None
    assert report["ledger"] == {"done": 1}


def test_run_serves_the_staff_pages_while_it_files_mail(tmp_path: Path):
    port = free_port()
    settings = make_settings(tmp_path, db_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
                             delays={"poll_seconds": 0.2}, web={"port": port})
    drop_in_maildir(tmp_path / "inbox", DEV[0].read_bytes())
    with desk_running(settings):
        wait_for_finished(settings.database.url, 30)
        login = _get_when_up(f"http://127.0.0.1:{port}/login", 30)

    assert login.status == 200 and "<form" in login.read().decode()
    with Session(make_engine(settings.database.url)) as session:
        assert len(session.exec(select(Ticket)).all()) == 1


@contextmanager
def desk_running(settings: Settings) -> Iterator[None]:
    """`run` in a thread of the test, on a schema already in place; stopped on the way out."""
    upgrade_schema(make_engine(settings.database.url))
    stop = threading.Event()
    runner = threading.Thread(target=run_desk, args=(settings,), kwargs={"stop": stop})
    runner.start()
    try:
        yield
    finally:
        stop.set()
        runner.join(timeout=60)


def _get_when_up(url: str, timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return urllib.request.urlopen(url, timeout=5)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
