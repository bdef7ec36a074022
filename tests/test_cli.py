"""The `support-pipeline` command as a user runs it: a real process, a real settings file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS, drop_in_maildir

DEV = CORPUS / "dev"
SUBCOMMANDS = ["run", "worker", "parse", "import", "status", "db upgrade", "tickets list",
               "tickets show"]


def write_settings(tmp_path: Path, extra: str = "") -> Path:
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    path = config / "settings.toml"
    path.write_text(f"""
[database]
url = "sqlite:///{tmp_path}/support.db"
[paths]
outbox_dir = "{tmp_path}/outbox"
templates = "{Path(__file__).resolve().parents[1] / 'templates'}"
[delays]
poll_seconds = 0.5
sweep_seconds = 1
[[mailboxes]]
name = "inbox"
kind = "maildir"
path = "{tmp_path}/inbox"
{extra}""", encoding="utf-8")
    for name in ("rules.toml", "regions.toml", "classify.toml"):
        source = Path(__file__).resolve().parents[1] / "config" / name
        if source.exists():
            (config / name).write_bytes(source.read_bytes())
    return path


def cli(settings: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SUPPORT_CONFIG": str(settings)}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], env=env, text=True,
                          capture_output=True, check=check, timeout=120)


def start_run(settings: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "SUPPORT_CONFIG": str(settings)}
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run"], env=env, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def ticket_count(settings: Path) -> int:
    return len(cli(settings, "tickets", "list", "--json", "--limit", "100000").stdout.splitlines())


def tickets_in_db(tmp_path: Path) -> int:
    """Read straight from SQLite: fast enough to catch the pipeline mid-batch."""
    try:
        with sqlite3.connect(tmp_path / "support.db", timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM ticket").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def wait_until(predicate, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_explains_itself_with_help(command: str, tmp_path: Path):
    result = cli(write_settings(tmp_path), *command.split(), "--help")

    assert "Usage" in result.stdout and "--help" in result.stdout


def test_a_bad_settings_file_is_refused_with_file_line_key_and_reason(tmp_path: Path):
    settings = write_settings(tmp_path, "[smtp]\nport = \"twenty-five\"\n")

    result = cli(settings, "status", check=False)

    assert result.returncode == 2
    line = settings.read_text().splitlines().index('port = "twenty-five"') + 1
    assert f"{settings}:{line}: smtp.port:" in result.stderr


def test_status_says_the_database_cannot_be_read_when_it_is_down(tmp_path: Path):
    settings = write_settings(tmp_path)
    env = {**os.environ, "SUPPORT_CONFIG": str(settings),
           "SUPPORT_DATABASE__URL": "postgresql+psycopg://postgres@127.0.0.1:1/nowhere"}

    result = subprocess.run([sys.executable, "-m", "pipeline", "status"], env=env, text=True,
                            capture_output=True, timeout=120)

    assert result.returncode == 1
    assert result.stderr.startswith("error: cannot read the database: connection failed")
    assert "Traceback" not in result.stderr


def test_parse_prints_what_the_pipeline_reads_as_one_json_line_per_file(tmp_path: Path):
    result = cli(write_settings(tmp_path), "parse", "--json", str(DEV / "d001.eml"),
                 str(DEV / "d061.eml"))

    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["message_id"] == "f8906f9d-0f32-4e8f-ab10-47166005d4ca@ac-lyon.fr"
    assert first["subject"] == "Mot de passe e-sidoc oublié"
    assert first["automated"] is False
    assert second["automated"] is True and second["automated_because"]


def test_classifying_a_bounce_prints_no_library_warning(tmp_path: Path):
    result = cli(write_settings(tmp_path), "classify", "--json", str(DEV / "d081.eml"))

    assert json.loads(result.stdout)["action"] == "ignore"
    assert "not handled" not in result.stderr  # mail-parser's warning about its report parts


def test_importing_the_same_folder_twice_makes_no_new_ticket(tmp_path: Path):
    settings = write_settings(tmp_path)
    folder = tmp_path / "history"
    folder.mkdir()
    for name in ("d001.eml", "d002.eml", "d003.eml"):
        (folder / name).write_bytes((DEV / name).read_bytes())

    first = cli(settings, "import", str(folder))
    second = cli(settings, "import", str(folder))

    assert "new: 3" in first.stdout and "new: 0" in second.stdout
    assert ticket_count(settings) == 3


def outbox_settled(tmp_path: Path) -> bool:
    with sqlite3.connect(tmp_path / "support.db", timeout=5) as db:
        return not db.execute("SELECT count(*) FROM outbox WHERE state != 'sent'").fetchone()[0]


def test_a_pipeline_killed_mid_batch_loses_nothing_and_duplicates_nothing(tmp_path: Path):
    # A short send lease: mail the killed process had claimed is taken again within the test.
    settings = write_settings(tmp_path, "[smtp]\ntimeout_seconds = 1\nsend_lease_seconds = 2\n")
    cli(settings, "db", "upgrade")
    names = sorted(p.name for p in DEV.glob("*.eml"))
    for name in names:
        drop_in_maildir(tmp_path / "inbox", (DEV / name).read_bytes(), name=name)
    process = start_run(settings)
    wait_until(lambda: tickets_in_db(tmp_path) >= 1)

    process.send_signal(signal.SIGKILL)
    process.wait()
    assert tickets_in_db(tmp_path) < len(names), "the kill came after the batch"
    restarted = start_run(settings)
    try:
        wait_until(lambda: len(list((tmp_path / "inbox" / "new").iterdir())) == 0)
        wait_until(lambda: outbox_settled(tmp_path))
    finally:
        restarted.terminate()
        restarted.wait(timeout=60)

    tickets = [json.loads(x) for x in cli(settings, "tickets", "list", "--json", "--limit",
                                          "1000").stdout.splitlines()]
    files = list((tmp_path / "outbox").glob("*.eml"))
    with sqlite3.connect(tmp_path / "support.db") as db:
        rows = dict(db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
        acks = db.execute("SELECT count(*), count(DISTINCT ticket_id) FROM outbox "
                          "WHERE automatic AND to_addr = (SELECT requester FROM ticket "
                          "WHERE ticket.id = outbox.ticket_id)").fetchone()
    assert len(tickets) == len(names)
    assert rows == {"sent": len(files)}
    assert acks[0] == acks[1]  # one automatic answer per ticket, never two
    status = json.loads(cli(settings, "status", "--json").stdout)
    assert set(status["ledger"]) <= {"done", "parked", "duplicate"}


def test_model_train_writes_the_calibration_and_the_second_opinion_the_classifier_loads(
        tmp_path: Path):
    settings = write_settings(tmp_path)

    trained = cli(settings, "model", "train", "--labels", str(DEV / "labels.jsonl"), str(DEV))
    classified = cli(settings, "classify", "--json", str(DEV / "d001.eml"))

    model = settings.parent / "model"
    assert "second_opinion.json" in trained.stdout
    assert json.loads((model / "calibration.json").read_text())["rules"]
    assert json.loads((model / "second_opinion.json").read_text())["docs"]["password_reset"] > 0
    assert "not found" not in classified.stderr
    assert json.loads(classified.stdout)["action"] == "auto_reply"
