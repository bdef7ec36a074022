"""Who is asking: staff accounts (argon2 hashes), sessions, CSRF tokens, login rate limit, roles."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, select

from pipeline.settings import Web
from pipeline.tickets.service import audit
from pipeline.web.models import ROLES, ApiToken, LoginAttempt, StaffUser, WebSession

log = logging.getLogger(__name__)

HASHER = PasswordHasher()
DUMMY_HASH = HASHER.hash("not a password anyone has")  # same work for unknown addresses
SEES_EVERY_REGION = ("operator", "admin")
EDITS_TEMPLATES = ("operator", "admin")


@dataclass(frozen=True, slots=True)
class Staff:
    """The logged-in person, as pages and the API see them."""

    id: int
    email: str
    role: str
    regions: tuple[str, ...]
    csrf: str = ""

    @property
    def actor(self) -> str:
        return f"user:{self.email}"

    @property
    def scope(self) -> tuple[str, ...] | None:
        """Regions this person may see; None means every region (and tickets without one)."""
        return None if self.role in SEES_EVERY_REGION else self.regions

    @property
    def edits_templates(self) -> bool:
        return self.role in EDITS_TEMPLATES


class LoginRefused(Exception):
    """Wrong address or password (`throttled` when too many failures came first)."""

    def __init__(self, *, throttled: bool = False):
        self.throttled = throttled
        super().__init__("too many attempts" if throttled else "wrong address or password")


def add_user(session: Session, email: str, password: str, *, role: str,
             regions: tuple[str, ...] = ()) -> StaffUser:
    """Create or update an account; agents and leads need at least one region."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if role in ("agent", "lead") and not regions:
        raise ValueError(f"a {role} needs at least one --region")
    if len(password) < 10:
        raise ValueError("the password needs at least 10 characters")
    email = email.strip().lower()
    user = session.exec(select(StaffUser).where(StaffUser.email == email)).first()
    user = user or StaffUser(email=email, password_hash="")
    user.password_hash, user.role = HASHER.hash(password), role
    user.regions, user.active = ",".join(regions), True
    session.add(user)
    session.flush()
    audit(session, "staff_user_saved", actor="cli", email=email, role=role, regions=regions)
    return user


def log_in(session: Session, email: str, password: str, *, client: str, web: Web, secret: str,
           now: datetime) -> tuple[str, Staff]:
    """Check the password under the rate limit; return the new session's cookie value."""
    email = email.strip().lower()[:320]
    if _recent_failures(session, email, client, now, web) >= web.login_failures_allowed:
        audit(session, "login_throttled", actor=f"user:{email}", at=now, client=client)
        raise LoginRefused(throttled=True)
    user = session.exec(select(StaffUser).where(StaffUser.email == email)).first()
    ok = _password_ok(user.password_hash if user else DUMMY_HASH, password) and bool(
        user and user.active)
    session.add(LoginAttempt(email=email, client=client[:100], ok=ok, at=now))
    audit(session, "login" if ok else "login_failed", actor=f"user:{email}", at=now,
          client=client)
    if not ok or user is None or user.id is None:
        raise LoginRefused()
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = HASHER.hash(password)
    cookie, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    session.add(WebSession(id_hash=key_hash(secret, cookie), user_id=user.id, csrf=csrf,
                           created_at=now, expires_at=now + timedelta(hours=web.session_hours)))
    return cookie, _staff(user, csrf)


def session_staff(session: Session, cookie: str, *, secret: str, now: datetime) -> Staff | None:
    """The person behind a session cookie, when the session is live and the account active."""
    if not cookie:
        return None
    row = session.get(WebSession, key_hash(secret, cookie))
    if row is None or row.expires_at <= now:
        return None
    user = session.get(StaffUser, row.user_id)
    return _staff(user, row.csrf) if user and user.active else None


def log_out(session: Session, cookie: str, *, secret: str) -> None:
    row = session.get(WebSession, key_hash(secret, cookie))
    if row is not None:
        session.delete(row)


def csrf_ok(staff: Staff, given: str) -> bool:
    return bool(given) and hmac.compare_digest(staff.csrf.encode(), given.encode())


def issue_api_token(session: Session, user: StaffUser, name: str) -> str:
    """A new bearer token for the API; only its hash is kept."""
    assert user.id is not None
    token = "sp_" + secrets.token_urlsafe(32)
    session.add(ApiToken(token_hash=hashlib.sha256(token.encode()).hexdigest(), name=name,
                         user_id=user.id))
    audit(session, "api_token_issued", actor="cli", email=user.email, name=name)
    return token


def token_staff(session: Session, token: str) -> Staff | None:
    """The owner of a live API token (a unique hash look-up: no timing signal on the secret)."""
    if not token.startswith("sp_"):
        return None
    digest = hashlib.sha256(token.encode()).hexdigest()
    row = session.exec(select(ApiToken).where(ApiToken.token_hash == digest,
                                              ApiToken.revoked_at == None)).first()  # noqa: E711
    user = session.get(StaffUser, row.user_id) if row else None
    return _staff(user) if user and user.active else None


def key_hash(secret: str, value: str) -> str:
    return hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()


def _password_ok(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _recent_failures(session: Session, email: str, client: str, now: datetime, web: Web) -> int:
    since = now - timedelta(minutes=web.login_window_minutes)
    by_address = session.exec(select(sa.func.count()).select_from(LoginAttempt).where(
        LoginAttempt.email == email, LoginAttempt.ok == False,  # noqa: E712
        LoginAttempt.at >= since)).one()  # type: ignore[operator]
    by_client = session.exec(select(sa.func.count()).select_from(LoginAttempt).where(
        LoginAttempt.client == client, LoginAttempt.ok == False,  # noqa: E712
        LoginAttempt.at >= since)).one()  # type: ignore[operator]
    return max(by_address, by_client // 4)  # a shared office address gets more room


def _staff(user: StaffUser, csrf: str = "") -> Staff:
    assert user.id is not None
    return Staff(user.id, user.email, user.role, tuple(user.region_list()), csrf)
