"""Settings: the file, its overrides from the environment, and how a bad file is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import ConfigRejected
from pipeline.settings import load_settings


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "config").mkdir(exist_ok=True)
    path = tmp_path / "config" / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_settings_are_the_embedded_default():
    settings = load_settings(environ={})

    assert settings.database.url.startswith("sqlite:///") and settings.database.url.endswith(
        "var/support.db")
    assert settings.queue.broker == "memory"
    assert settings.smtp.mode == "folder"
    assert [(m.kind, m.path.parts[-3:]) for m in settings.mailboxes if m.path] == [
        ("maildir", ("var", "mail", "inbox"))]


def test_an_environment_variable_overrides_the_file(tmp_path: Path):
    path = write(tmp_path, '[database]\nurl = "sqlite:///var/a.db"\n')

    settings = load_settings(path, environ={
        "SUPPORT_DATABASE__URL": "postgresql+psycopg://u@h/db",
        "SUPPORT_MAILBOXES__SUPPORT__KIND": "imap",
        "SUPPORT_MAILBOXES__SUPPORT__USERNAME": "desk",
        "SUPPORT_MAILBOXES__SUPPORT__PASSWORD": "from-env",
    })

    assert settings.database.url == "postgresql+psycopg://u@h/db"
    assert settings.mailbox("support").secret() == "from-env"


def test_a_password_written_in_the_settings_file_is_refused(tmp_path: Path):
    path = write(tmp_path, '[smtp]\nhost = "relay"\npassword = "oops"\n')

    with pytest.raises(ConfigRejected) as refused:
        load_settings(path, environ={})

    assert (refused.value.line, refused.value.key) == (3, "smtp.password")


def test_a_secret_can_come_from_a_file_outside_the_repository(tmp_path: Path):
    secret = tmp_path / "imap-password"
    secret.write_text("s3cret\n")
    path = write(tmp_path, f'[[mailboxes]]\nname = "s"\nkind = "imap"\nusername = "u"\n'
                           f'password_file = "{secret}"\n')

    assert load_settings(path, environ={}).mailbox("s").secret() == "s3cret"


def test_a_toml_syntax_error_names_the_line(tmp_path: Path):
    path = write(tmp_path, '[delays]\npoll_seconds = = 3\n')

    with pytest.raises(ConfigRejected) as refused:
        load_settings(path, environ={})

    assert refused.value.line == 2 and str(path) in str(refused.value)


def test_an_unknown_key_is_refused_with_its_line(tmp_path: Path):
    path = write(tmp_path, '[queue]\nbroker = "memory"\nworkers = 3\n')

    with pytest.raises(ConfigRejected) as refused:
        load_settings(path, environ={})

    assert (refused.value.line, refused.value.key) == (3, "queue.workers")


def test_a_maildir_mailbox_without_a_path_is_refused(tmp_path: Path):
    path = write(tmp_path, '[[mailboxes]]\nname = "x"\nkind = "maildir"\n')

    with pytest.raises(ConfigRejected, match="needs a path"):
        load_settings(path, environ={})


def test_a_send_lease_no_longer_than_the_smtp_timeout_is_refused(tmp_path: Path):
    path = write(tmp_path, '[smtp]\ntimeout_seconds = 30\nsend_lease_seconds = 20\n')

    with pytest.raises(ConfigRejected, match="longer than smtp.timeout_seconds"):
        load_settings(path, environ={})
