"""Parsing in child processes: same result as inline, and a mail that parses too long is cut off."""

from __future__ import annotations

import base64
import logging
import multiprocessing
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import CORPUS, Stack, build_stack, drop_in_maildir, make_settings
from sqlmodel import select

from pipeline.classify.classifier import Classifier
from pipeline.prepare import Prepared, Preparer, Refused
from pipeline.settings import PROJECT_ROOT
from pipeline.tickets.models import LedgerEntry, Ticket

OURS = frozenset({"support@assistance.example.fr"})


def slow_mail(megabytes: int) -> bytes:
    """A large base64 text attachment: text parts go through the line-by-line parser."""
    payload = base64.encodebytes(bytes(range(256)) * (megabytes * 4096)).replace(b"\n", b"\r\n")
    return (b"From: a@example.org\r\nTo: support@assistance.example.fr\r\nSubject: big\r\n"
            b"Message-ID: <big@example.org>\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
            b"Content-Type: text/plain\r\n\r\nVoir la piece jointe.\r\n--b\r\n"
            b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n"
            b'Content-Disposition: attachment; filename="x.txt"\r\n\r\n' + payload + b"--b--\r\n")


def preparer(processes: int, timeout: float, config: Path = PROJECT_ROOT / "config") -> Preparer:
    return Preparer(config_dir=config, classifier=Classifier.load(config), own_addresses=OURS,
                    processes=processes, timeout=timeout)


def dev_mails(count: int) -> list[bytes]:
    return [p.read_bytes() for p in sorted((CORPUS / "dev").glob("*.eml"))[:count]]


def copy_of_config(tmp_path: Path) -> Path:
    config = tmp_path / "config"
    for path in (PROJECT_ROOT / "config").rglob("*"):
        if path.is_file() and path.suffix in (".toml", ".json", ".csv"):
            target = config / path.relative_to(PROJECT_ROOT / "config")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    return config


def parse_processes() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "parse-mail"]


def test_a_mail_prepared_in_a_child_process_equals_the_one_prepared_inline():
    raw = (CORPUS / "dev" / "d001.eml").read_bytes()
    pooled = preparer(1, 30)
    try:
        (in_child,) = pooled.prepare([(7, raw)])
    finally:
        pooled.close()

    (inline,) = preparer(0, 30).prepare([(7, raw)])

    assert isinstance(in_child, Prepared) and in_child == inline


def test_a_mail_that_parses_past_the_budget_is_refused_and_the_next_one_still_flows():
    pooled = preparer(1, 0.2)
    try:
        slow, fine = pooled.prepare([(1, slow_mail(10)), (2, (CORPUS / "dev" / "d002.eml")
                                                         .read_bytes())])
    finally:
        pooled.close()

    assert isinstance(slow, Refused) and "took over 0.2s" in slow.reason
    assert isinstance(fine, Prepared)


def test_a_mail_cut_off_by_the_parse_budget_is_parked_for_a_person(tmp_path: Path):
    settings = make_settings(tmp_path, db_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
                             queue={"broker": "memory", "parse_processes": 1},
                             limits={"parse_timeout_seconds": 0.2})
    stack: Stack
    for stack in build_stack(settings):
        drop_in_maildir(tmp_path / "inbox", slow_mail(10))

        stack.poll()

        with stack.session() as session:
            (entry,) = session.exec(select(LedgerEntry)).all()
            ticket = session.get(Ticket, entry.ticket_id)
        assert entry.state == "parked"
        assert ticket is not None and "parsing took over" in ticket.parked_reason


def test_the_run_s_log_says_how_each_mail_read_when_parse_processes_read_it(
        tmp_path: Path, caplog: pytest.LogCaptureFixture):
    """The children's own log lines go nowhere: the process that files says it."""
    settings = make_settings(tmp_path, db_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
                             queue={"broker": "memory", "parse_processes": 1})
    stack: Stack
    for stack in build_stack(settings):
        drop_in_maildir(tmp_path / "inbox", (CORPUS / "dev" / "d001.eml").read_bytes())

        with caplog.at_level(logging.INFO, logger="pipeline"):
            stack.poll()

    read = [r.getMessage() for r in caplog.records if r.name == "pipeline.flow"]
    assert read == ["ledger 1: password_reset (0.87) -> auto_reply by password_lost"]


def test_rules_changed_on_disk_are_picked_up_and_a_broken_file_leaves_the_last_good(
        tmp_path: Path):
    config = copy_of_config(tmp_path)
    live = Preparer(config_dir=config, classifier=Classifier.load(config), own_addresses=OURS,
                    processes=0, timeout=5)
    raw = (CORPUS / "dev" / "d001.eml").read_bytes()
    rules = config / "rules.toml"
    good = rules.read_text()

    rules.write_text(good + "\n[[rule]\nname = broken\n")
    live._checked = 0.0  # the next call checks the files at once, not in 2 seconds
    (kept,) = live.prepare([(1, raw)])
    rules.write_text(good.replace('[[rule]]\nname = "', '[[rule]]\nname = "renamed_', 1))
    live._checked = 0.0
    (renamed,) = live.prepare([(1, raw)])

    assert isinstance(kept, Prepared) and isinstance(renamed, Prepared)
    assert kept.case.classification is not None and renamed.case.classification is not None
    assert kept.case.classification.category == "password_reset"
    assert live.classifier is not None and any(
        r.name.startswith("renamed_") for r in live.classifier.rules.rules)


def test_after_a_mail_is_cut_off_the_next_one_does_not_wait_for_new_child_processes():
    pooled = preparer(1, 0.2)
    try:
        (slow,) = pooled.prepare([(1, slow_mail(10))])
        time.sleep(4)  # the time the flow takes to park the mail it cut off
        started = time.perf_counter()
        (fine,) = pooled.prepare([(2, (CORPUS / "dev" / "d002.eml").read_bytes())])
        spent = time.perf_counter() - started
    finally:
        pooled.close()

    assert isinstance(slow, Refused) and isinstance(fine, Prepared)
    assert spent < 0.5


def test_one_mail_cut_off_among_fifty_leaves_the_others_prepared_within_the_two_seconds(
        tmp_path: Path):
    config = copy_of_config(tmp_path)  # rules edited meanwhile would change the answers
    good = [(n, raw) for n, raw in enumerate(dev_mails(49), start=2)]
    inline_results = preparer(0, 30, config).prepare(good)
    pooled, slow = preparer(2, 1.0, config), slow_mail(50)
    try:
        pooled.prepare(good[:1])  # the children start with the desk, not with a mail
        started = time.perf_counter()
        results = pooled.prepare([(1, slow)] + good)
        spent = time.perf_counter() - started
    finally:
        pooled.close()

    hanging, *others = results
    assert isinstance(hanging, Refused) and hanging.reason == "parsing took over 1s"
    assert others == inline_results
    assert spent < 2.0


def test_a_mail_whose_process_dies_under_it_gets_one_more_try_in_a_new_process():
    pooled = preparer(1, 30)
    try:
        pooled.prepare([(1, dev_mails(1)[0])])
        (child,) = parse_processes()
        threading.Timer(0.2, child.kill).start()  # while it parses the next mail
        (slow,) = pooled.prepare([(2, slow_mail(20))])
        replaced = parse_processes()
    finally:
        pooled.close()

    assert isinstance(slow, Prepared) and slow.case.ledger_id == 2
    assert len(replaced) == 1 and replaced[0].pid != child.pid
    assert parse_processes() == []


def test_callers_in_several_threads_each_get_their_own_mails_back_in_order(tmp_path: Path):
    config = copy_of_config(tmp_path)
    mails = list(enumerate(dev_mails(40)))
    expected = preparer(0, 30, config).prepare(mails)
    pooled = preparer(2, 30, config)
    try:
        with ThreadPoolExecutor(4) as threads:
            got = list(threads.map(pooled.prepare, [mails[n::4] for n in range(4)]))
    finally:
        pooled.close()

    assert got == [expected[n::4] for n in range(4)]


def test_child_processes_classify_with_the_rules_handed_to_use(tmp_path: Path):
    config = copy_of_config(tmp_path)
    renamed = copy_of_config(tmp_path / "renamed")
    rules = renamed / "rules.toml"
    rules.write_text(rules.read_text().replace('[[rule]]\nname = "', '[[rule]]\nname = "again_'))
    raw = dev_mails(1)[0]
    pooled = preparer(1, 30, config)
    try:
        (before,) = pooled.prepare([(1, raw)])
        pooled.use(Classifier.load(renamed))
        (after,) = pooled.prepare([(1, raw)])
    finally:
        pooled.close()

    assert isinstance(before, Prepared) and isinstance(after, Prepared)
    assert before.case.classification is not None and after.case.classification is not None
    assert after.case.classification.decided_by == f"again_{before.case.classification.decided_by}"


def test_a_mail_refused_before_parsing_is_not_carried_to_a_parse_process():
    header_block = (b"From: a@example.org\r\nSubject: " + b"x" * (5 * 1024 * 1024)
                    + b"\r\n\r\nBody\r\n")
    pooled = preparer(1, 30)
    try:
        empty, huge = pooled.prepare([(1, b"  \r\n"), (2, header_block)])
        started = parse_processes()
    finally:
        pooled.close()

    assert isinstance(empty, Refused) and empty.reason == "unparseable mail: empty input"
    assert isinstance(huge, Refused) and "header block over 4 MB" in huge.reason
    assert started == []
