"""Settings: one TOML file in config/, overridden by SUPPORT_* variables; the only reader of env.

A bad file is refused with the file, the line, the key and the reason.
"""

from __future__ import annotations

import os
import re
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.errors import ConfigRejected

ENV_PREFIX = "SUPPORT_"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = PROJECT_ROOT / "config" / "settings.toml"
SECRET_KEYS = frozenset({"password", "key", "session_secret"})


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Desk(Section):
    name: str = "Assistance"
    address: str = "support@assistance.example.fr"
    own_addresses: tuple[str, ...] = ()
    message_id_domain: str = "assistance.example.fr"
    language: Literal["fr", "en"] = "fr"
    base_url: str = "http://127.0.0.1:8000"

    @field_validator("address", "own_addresses", mode="after")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else tuple(v.lower() for v in value)

    @property
    def addresses(self) -> frozenset[str]:
        """Every address that is ours: mail from them is never answered."""
        return frozenset((self.address, *self.own_addresses))


class Database(Section):
    url: str = "sqlite:///var/support.db"


class Queue(Section):
    broker: str = "memory"
    worker_threads: int = Field(4, ge=1, le=64)
    parse_processes: int = Field(2, ge=0, le=64)  # 0: parse in the worker thread itself
    namespace: str = Field("support-pipeline", pattern=r"^[A-Za-z0-9_.:-]+$")  # Redis key prefix

    @field_validator("broker")
    @classmethod
    def _known_broker(cls, value: str) -> str:
        if value != "memory" and not value.startswith(("redis://", "rediss://")):
            raise ValueError('must be "memory" or a redis:// URL')
        return value


class Paths(Section):
    raw_store: Path = Path("var/raw")
    outbox_dir: Path = Path("var/mail/outbox")
    templates: Path = Path("templates")


class Smtp(Section):
    mode: Literal["folder", "smtp"] = "folder"
    host: str = "127.0.0.1"
    port: int = Field(25, ge=1, le=65535)
    security: Literal["none", "starttls", "tls"] = "none"
    username: str = ""
    password: str = ""
    password_file: Path | None = None
    timeout_seconds: float = Field(30, gt=0)
    send_lease_seconds: float = Field(120, gt=0)  # a sender that died: its mail retried after this

    @model_validator(mode="after")
    def _lease_outlasts_a_conversation(self) -> Smtp:
        if self.send_lease_seconds <= self.timeout_seconds:
            raise ValueError("smtp.send_lease_seconds must be longer than smtp.timeout_seconds, "
                             "or a slow send could be taken over and mailed twice")
        return self

    @property
    def send_lease(self) -> timedelta:
        return timedelta(seconds=self.send_lease_seconds)


class Delays(Section):
    poll_seconds: float = Field(5, gt=0)
    sweep_seconds: float = Field(60, gt=0)
    idle_renew_minutes: float = Field(25, gt=0, lt=29)


class Limits(Section):
    auto_mails_per_address_per_day: int = Field(3, ge=0)
    auto_mails_per_ticket: int = Field(3, ge=0)  # automatic mail on one ticket, ever
    max_attempts: int = Field(3, ge=1)
    parse_timeout_seconds: float = Field(1.0, gt=0)  # cut off here: parked within 2 s
    fetch_batch: int = Field(50, ge=1, le=1000)


class Faults(Section):
    """Fault injection for the reliability battery (bench/chaos.py); empty in production."""

    crash_at: str = ""  # pipeline.crashpoints names or "poison:<Message-ID>", comma-separated


class Mailbox(Section):
    name: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    kind: Literal["maildir", "imap"]
    path: Path | None = None  # maildir
    host: str = "127.0.0.1"  # imap
    port: int = Field(993, ge=1, le=65535)
    security: Literal["none", "starttls", "tls"] = "tls"
    username: str = ""
    password: str = ""
    password_file: Path | None = None
    auth: Literal["password", "xoauth2"] = "password"
    folder: str = "INBOX"
    processed_keyword: str = "$Ticketed"
    move_to: str = ""
    idle: bool = True

    @model_validator(mode="after")
    def _has_what_its_kind_needs(self) -> Mailbox:
        if self.kind == "maildir" and self.path is None:
            raise ValueError(f"mailbox {self.name}: a maildir mailbox needs a path")
        if self.kind == "imap" and not self.username:
            raise ValueError(f"mailbox {self.name}: an imap mailbox needs a username")
        return self

    def secret(self) -> str:
        return read_secret(self.password, self.password_file)


class Platform(Section):
    """A product we answer for: where its reset links point, which address its robots use."""

    name: str
    reset_url: str = Field(pattern=r"^https?://")  # the token is appended as ?token=...
    noreply_sender: str


class Procedures(Section):
    """The delays and addresses the seed procedures use (issue 4)."""

    authserv_id: str = "mx1.assistance.example.fr"  # Authentication-Results we trust: our MX's
    reset_link_hours: float = Field(12, gt=0)
    reset_links_per_uai_per_day: int = Field(3, ge=0)
    activation_hours: int = Field(72, ge=1)
    staff_delay_hours: int = Field(48, ge=1)
    follow_up_after_hours: float = Field(48, gt=0)  # waiting on the user this long: one follow-up
    close_after_hours: float = Field(72, gt=0)  # ... then closed this long after the follow-up
    escalate_after_hours: float = Field(48, gt=0)  # routed with no staff answer: escalated
    asked_again_days: float = Field(7, ge=0)  # the same need again so soon: a person (0: off)
    mailinblack_guide_url: str = "https://assistance.example.fr/guides/mailinblack.pdf"
    national_queue: str = "national@assistance.example.fr"  # routed tickets without a region
    national_leads: tuple[str, ...] = ()


class Api(Section):
    """Keys of the platforms that redeem reset tokens; never in the repository."""

    key: str = ""  # SUPPORT_API__KEY, as "name:secret" or just "secret"
    keys_file: Path | None = None  # one "name:secret" per line

    def keys(self) -> dict[str, str]:
        """client name -> secret."""
        lines = [self.key] if self.key else []
        if self.keys_file is not None:
            lines += self.keys_file.read_text(encoding="utf-8").splitlines()
        pairs = (ln.strip().partition(":") for ln in lines if ln.strip() and ln[0] != "#")
        return {(name if sep else "platform"): (secret if sep else name)
                for name, sep, secret in pairs}


class Web(Section):
    """The staff web UI (`support-pipeline web`, and `run` starts it too)."""

    enabled: bool = True  # `run` starts the web UI beside the workers
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)  # 0: any free port (tests)
    session_secret: str = ""  # SUPPORT_WEB__SESSION_SECRET; keys the session and CSRF hashes
    session_secret_file: Path | None = None
    cookie_secure: bool = True  # Secure flag; false only for plain http on a non-loopback host
    cookie_samesite: Literal["strict", "lax"] = "lax"
    session_hours: float = Field(12, gt=0)
    login_failures_allowed: int = Field(5, ge=1)  # per address and per client, per window
    login_window_minutes: float = Field(15, gt=0)

    def secret(self) -> str:
        return read_secret(self.session_secret, self.session_secret_file)


class Settings(Section):
    desk: Desk = Desk()
    database: Database = Database()
    queue: Queue = Queue()
    paths: Paths = Paths()
    smtp: Smtp = Smtp()
    delays: Delays = Delays()
    limits: Limits = Limits()
    mailboxes: tuple[Mailbox, ...] = ()
    procedures: Procedures = Procedures()
    platforms: dict[str, Platform] = {}
    api: Api = Api()
    web: Web = Web()
    faults: Faults = Faults()
    source_file: Path | None = None

    @field_validator("platforms")
    @classmethod
    def _platform_slugs(cls, value: dict[str, Platform]) -> dict[str, Platform]:
        bad = [k for k in value if not re.fullmatch(r"[a-z][a-z_]*", k)]
        if bad:
            raise ValueError(f"platform slug {bad[0]!r}: lower case letters and _ only")
        return value

    def mailbox(self, name: str) -> Mailbox:
        return next(m for m in self.mailboxes if m.name == name)


def read_secret(value: str, path: Path | None) -> str:
    """A secret given inline (from the environment) or in a file outside the repository."""
    if value or path is None:
        return value
    return path.read_text(encoding="utf-8").strip()


def load_settings(path: Path | None = None, *, environ: dict[str, str] | None = None) -> Settings:
    """Read the settings file, apply SUPPORT_* overrides, validate; raise ConfigRejected."""
    environ = dict(os.environ if environ is None else environ)
    path = Path(environ.get(f"{ENV_PREFIX}CONFIG", path or DEFAULT_FILE))
    raw, text = read_toml(path)
    _refuse_inline_secrets(raw, path, text)
    data = _apply_env(raw, environ)
    root = path.resolve().parent.parent
    try:
        settings = Settings.model_validate({**data, "source_file": path})
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(error["loc"])
        key = ".".join(str(p) for p in loc)
        raise ConfigRejected(str(path), error["msg"], line=_line_of(text, loc), key=key) from None
    return _resolve_paths(settings, root)


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """A TOML file's data and text; ConfigRejected with the line when it does not parse."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigRejected(str(path), f"cannot read: {exc}") from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(where.group(1)) if where else None
        raise ConfigRejected(str(path), str(exc), line=line) from None


def _refuse_inline_secrets(raw: dict[str, Any], path: Path, text: str) -> None:
    tables = [("smtp", raw.get("smtp", {})), ("api", raw.get("api", {})),
              ("web", raw.get("web", {}))]
    tables += [(f"mailboxes.{i}", m) for i, m in enumerate(raw.get("mailboxes", []))]
    for where, table in tables:
        for key in SECRET_KEYS & set(table):
            loc = (*where.split("."), key)
            raise ConfigRejected(
                str(path),
                "secrets are not kept in the settings file: use the environment or *_file",
                line=_line_of(text, tuple(int(p) if p.isdigit() else p for p in loc)),
                key=".".join(loc),
            )


def _apply_env(raw: dict[str, Any], environ: dict[str, str]) -> dict[str, Any]:
    """SUPPORT_SECTION__KEY and SUPPORT_MAILBOXES__NAME__KEY override the file."""
    data: dict[str, Any] = {k: (dict(v) if isinstance(v, dict) else v) for k, v in raw.items()}
    mailboxes = [dict(m) for m in raw.get("mailboxes", [])]
    for name, value in sorted(environ.items()):
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        parts = name[len(ENV_PREFIX) :].lower().split("__")
        if parts[0] == "mailboxes" and len(parts) == 3:
            box = next((m for m in mailboxes if m.get("name", "").lower() == parts[1]), None)
            if box is None:
                box = {"name": parts[1]}
                mailboxes.append(box)
            box[parts[2]] = value
        elif len(parts) == 2:
            data.setdefault(parts[0], {})[parts[1]] = value
    data["mailboxes"] = mailboxes
    return data


def _resolve_paths(settings: Settings, root: Path) -> Settings:
    def absolute(p: Path | None) -> Path | None:
        return p if p is None or p.is_absolute() else root / p

    paths = settings.paths.model_copy(
        update={k: absolute(getattr(settings.paths, k)) for k in Paths.model_fields}
    )
    boxes = tuple(m.model_copy(update={"path": absolute(m.path)}) for m in settings.mailboxes)
    url = settings.database.url
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        url = f"sqlite:///{root / url[len('sqlite:///'):]}"
    return settings.model_copy(
        update={"paths": paths, "mailboxes": boxes, "database": Database(url=url)}
    )


def _line_of(text: str, loc: tuple[Any, ...]) -> int | None:
    """Best line for a key path in a TOML text: its table header, then the key inside it."""
    lines = text.splitlines()
    start, table, index = 0, None, None
    if loc and isinstance(loc[0], str) and len(loc) > 1:
        table = loc[0]
        index = loc[1] if isinstance(loc[1], int) else None
    if table and len(loc) > 2 and isinstance(loc[1], str):  # [platforms.esidoc]
        table = f"{table}.{loc[1]}"
    if table:
        headers = [i for i, ln in enumerate(lines) if ln.strip() in (f"[{table}]", f"[[{table}]]")]
        if headers:
            start = headers[min(index or 0, len(headers) - 1)]
    key = next((p for p in reversed(loc) if isinstance(p, str)), None)
    for i in range(start, len(lines)):
        stripped = lines[i].split("#")[0].strip()
        if i > start and stripped.startswith("[") and table:
            break
        if key and stripped.split("=")[0].strip() == key:
            return i + 1
    return start + 1 if table else None
