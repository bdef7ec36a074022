"""Real loopback servers for tests: a private Dovecot (IMAP) and a recording aiosmtpd (SMTP).

Loaded as a pytest plugin (`pytest_plugins = ["servers"]` in tests/conftest.py, with
`tests/` on sys.path). Nothing here is mocked: the code under test talks to real servers.
"""

from __future__ import annotations

import asyncio
import email
import itertools
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from imapclient import IMAPClient

from pipeline.settings import Mailbox

LOOPBACK = "127.0.0.1"
STARTUP_SECONDS = 15.0


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


# --------------------------------------------------------------------------- Dovecot

DOVECOT_CONF = """\
# Private test instance: nothing here touches the system Dovecot.
protocols = imap
listen = {host}
base_dir = {root}/run
state_dir = {root}/state
instance_name = test-{port}
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{root}/tls/cert.pem
ssl_key = <{root}/tls/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = {internal_user}
default_login_user = {login_user}
first_valid_uid = {uid}
first_valid_gid = {gid}
mail_uid = {uid}
mail_gid = {gid}
mail_location = maildir:~/Maildir
mailbox_idle_check_interval = 1 secs
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/users/%u
  default_fields = home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {tls_port}
    ssl = yes
  }}
}}
"""


class DovecotServer:
    """One Dovecot master process with its own config, state, users and Maildirs under `root`."""

    def __init__(self, root: Path, *, host: str = LOOPBACK, port: int | None = None) -> None:
        self.root, self.host, self.port = root, host, port or free_port()
        self.tls_port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self._users = itertools.count(1)
        self._write_config()

    def _write_config(self) -> None:
        if os.geteuid() == 0:  # Dovecot never gives mail access to root
            internal, login, mail = "dovecot", "dovenull", pwd.getpwnam("dovecot")
        else:
            mail = pwd.getpwuid(os.geteuid())
            internal = login = mail.pw_name
        for sub in ("run", "state", "home", "users", "tls"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        self._write_certificate()
        self.root.chmod(0o755)
        os.chown(self.root / "home", mail.pw_uid, mail.pw_gid)
        (self.root / "dovecot.conf").write_text(
            DOVECOT_CONF.format(
                host=self.host,
                port=self.port,
                tls_port=self.tls_port,
                root=self.root,
                uid=mail.pw_uid,
                gid=mail.pw_gid,
                internal_user=internal,
                login_user=login,
            )
        )

    def _write_certificate(self) -> None:
        """A self-signed certificate for the loopback address; clients trust it via `cert_file`."""
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", f"/CN={self.host}", "-addext", f"subjectAltName=IP:{self.host}",
             "-keyout", str(self.root / "tls" / "key.pem"), "-out", str(self.cert_file)],
            check=True,
            capture_output=True,
        )

    @property
    def cert_file(self) -> Path:
        return self.root / "tls" / "cert.pem"

    @property
    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def add_user(self, password: str = "secret") -> str:
        """A new user with an empty mailbox, in a passwd-file of its own.

        One file per user: Dovecot rereads a changed passwd-file at most once a second.
        """
        user = f"user{next(self._users)}"
        passwd = self.root / "users" / user
        passwd.write_text(f"{user}:{{PLAIN}}{password}::::::\n")
        passwd.chmod(0o644)
        return user

    def start(self) -> None:
        if self.running:
            return
        binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        if not Path(binary).exists():
            pytest.fail("dovecot is not installed: run `make test` (it installs dovecot-imapd)")
        self.process = subprocess.Popen(
            [binary, "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=(self.root / "stderr.log").open("ab"),
            start_new_session=True,
        )
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"dovecot exited at start:\n{self.log}\n{self._stderr()}")
            if self._greets():
                return
            time.sleep(0.05)
        self.stop()
        pytest.fail(f"dovecot did not accept connections on {self.host}:{self.port}\n{self.log}")

    def _greets(self) -> bool:
        try:
            with socket.create_connection((self.host, self.port), timeout=1) as sock:
                return sock.recv(64).startswith(b"* OK")
        except OSError:
            return False

    def _stderr(self) -> str:
        return (self.root / "stderr.log").read_text(errors="replace")

    def stop(self) -> None:
        """Stop the master and every process it started (imap sessions outlive the master)."""
        if self.process is None:
            return
        group = self.process.pid  # started in a session of its own: its pid is the group id
        self._signal_group(group, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        deadline = time.monotonic() + 5
        while self._signal_group(group, 0) and time.monotonic() < deadline:
            time.sleep(0.02)
        self._signal_group(group, signal.SIGKILL)
        self.process = None
        (self.root / "run" / "master.pid").unlink(missing_ok=True)

    @staticmethod
    def _signal_group(group: int, signum: int) -> bool:
        """Send `signum` to the process group; False when no process is left in it."""
        try:
            os.killpg(group, signum)
        except ProcessLookupError:
            return False
        return True

    def restart(self) -> None:
        self.stop()
        self.start()


@dataclass
class DovecotMailbox:
    """A fresh user on the shared test Dovecot, with helpers to look at its mail."""

    server: DovecotServer
    user: str
    password: str = "secret"

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def maildir(self) -> Path:
        return self.server.root / "home" / self.user / "Maildir"

    def client(self) -> IMAPClient:
        """A new logged-in IMAPClient; the caller logs it out (or uses it as a context manager)."""
        client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        client.login(self.user, self.password)
        return client

    def append(self, raw: bytes, folder: str = "INBOX", flags: Sequence[str] = ()) -> int:
        """Store a message as an MTA would and return its UID."""
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            answer = client.append(folder, raw, flags=tuple(flags))
        found = re.search(rb"APPENDUID \d+ (\d+)", answer)
        assert found, f"no APPENDUID in {answer!r}"
        return int(found.group(1))

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.client() as client:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            return sorted(client.search("ALL"))

    def fetch_flags(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            flags = client.get_flags(client.search("ALL"))
            return {uid: tuple(f) for uid, f in flags.items()}

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.client() as client:
            status = client.folder_status(folder, ["UIDVALIDITY"])
            return int(status[b"UIDVALIDITY"])

    def delete_and_recreate(self, folder: str = "INBOX") -> None:
        """Empty `folder` under a new UIDVALIDITY, as when an admin recreates a mailbox.

        INBOX cannot be deleted over IMAP, so it is wiped on disk with the server stopped.
        """
        if folder.upper() != "INBOX":
            with self.client() as client:
                client.delete_folder(folder)
                client.create_folder(folder)
            return
        self.server.stop()
        for path in self.maildir.iterdir():
            if path.name in ("cur", "new", "tmp"):
                for message in path.iterdir():
                    message.unlink()
            elif path.name.startswith(("dovecot-uidlist", "dovecot.index")):
                path.unlink()
        self.server.start()

    def start(self) -> None:
        self.server.start()

    def stop(self) -> None:
        self.server.stop()

    def restart(self) -> None:
        self.server.restart()

    def mailbox_settings(self, name: str = "support", **overrides: Any) -> Mailbox:
        """The pipeline's Mailbox settings pointing at this user; `security="tls"` uses IMAPS.

        A TLS client must trust `server.cert_file` (the SSL_CERT_FILE environment variable).
        """
        security = overrides.pop("security", "none")
        values: dict[str, Any] = {
            "name": name,
            "kind": "imap",
            "host": self.host,
            "port": self.server.tls_port if security == "tls" else self.port,
            "security": security,
            "username": self.user,
            "password": self.password,
        }
        return Mailbox(**{**values, **overrides})


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    root = Path(tempfile.mkdtemp(prefix="dovecot-test-"))
    server = DovecotServer(root)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def dovecot(dovecot_server: DovecotServer) -> Iterator[DovecotMailbox]:
    """A fresh, empty mailbox (a new user) on the session's Dovecot, which is running."""
    dovecot_server.start()
    yield DovecotMailbox(dovecot_server, dovecot_server.add_user())
    dovecot_server.start()  # a test that stopped it leaves it running for the next


# --------------------------------------------------------------------------- SMTP


@dataclass(frozen=True)
class Received:
    """One message the SMTP server accepted; `received["To"]` reads a header."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    message: EmailMessage
    at: float  # time.time() when the server accepted it

    def __getitem__(self, header: str) -> Any:
        return self.message[header]


@dataclass
class RecordingHandler:
    """aiosmtpd handler that records every accepted message and can be told to fail."""

    received: list[Received] = field(default_factory=list)
    faults: deque[str] = field(default_factory=deque)  # "drop", or an SMTP reply to give
    arrived: threading.Condition = field(default_factory=threading.Condition)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        with self.arrived:
            fault = self.faults.popleft() if self.faults else None
        if fault == "drop":
            assert isinstance(server.transport, asyncio.Transport)
            server.transport.abort()
            return "421 4.4.2 connection dropped"
        if fault is not None:
            return fault
        raw = envelope.original_content or envelope.content or b""
        raw = raw if isinstance(raw, bytes) else raw.encode()
        message = email.message_from_bytes(raw, policy=policy.default)
        assert isinstance(message, EmailMessage)
        mail_from = envelope.mail_from or ""
        with self.arrived:
            self.received.append(
                Received(mail_from, tuple(envelope.rcpt_tos), raw, message, time.time()))
            self.arrived.notify_all()
        return "250 2.0.0 OK"


class SmtpServer:
    """An aiosmtpd Controller on loopback: `received`, `wait_for`, and fault injection."""

    def __init__(self, host: str = LOOPBACK) -> None:
        self.handler = RecordingHandler()
        self.host, self.port = host, free_port()
        self.controller = Controller(self.handler, hostname=host, port=self.port)

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def wait_for(self, count: int, timeout: float = 10) -> list[Received]:
        """Block until `count` messages were received; fail the test after `timeout` seconds."""
        with self.handler.arrived:
            if not self.handler.arrived.wait_for(lambda: len(self.received) >= count, timeout):
                pytest.fail(f"expected {count} messages, got {len(self.received)} in {timeout}s")
            return list(self.received)

    def fail_next(self, count: int = 1, *, code: int = 451) -> None:
        """Answer the next `count` messages' DATA with a 4xx (temporary) or 5xx (permanent) code."""
        text = "4.3.0 try again later" if code < 500 else "5.7.1 message refused"
        with self.handler.arrived:
            self.handler.faults.extend([f"{code} {text}"] * count)

    def drop_next(self, count: int = 1) -> None:
        """Cut the connection, without a reply, after the next `count` messages' DATA."""
        with self.handler.arrived:
            self.handler.faults.extend(["drop"] * count)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.controller.start()
    try:
        yield server
    finally:
        server.controller.stop()


# --------------------------------------------------------------------------- Redis


class RedisServer:
    """A redis-server of our own on a free loopback port, which a test may stop and start.

    Without persistence, as a Redis run as a plain broker: a restart loses what was queued.
    """

    def __init__(self, root: Path) -> None:
        self.root, self.port = root, free_port()
        self.url = f"redis://{LOOPBACK}:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", LOOPBACK, "--save", "",
             "--appendonly", "no", "--dir", str(self.root)],
            stdout=(self.root / "redis.log").open("ab"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((LOOPBACK, self.port), timeout=1) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(64).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None
