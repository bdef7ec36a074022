"""Issue and redeem reset tokens: random 256-bit secrets, hashed at rest, single use, expiring."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from pipeline.db import lock_until_commit
from pipeline.tokens.models import ResetToken


@dataclass(frozen=True, slots=True)
class Redeemed:
    uai: str
    platform: str
    sent_to: str
    ticket_id: int | None


def hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def issue_token(session: Session, *, uai: str, platform: str, sent_to: str,
                ticket_id: int | None, now: datetime, lifetime: timedelta) -> str:
    """A new secret; only its hash is stored. The caller commits and mails the secret."""
    secret = secrets.token_urlsafe(32)
    session.add(ResetToken(token_hash=hash_token(secret), uai=uai, platform=platform,
                           sent_to=sent_to, ticket_id=ticket_id, created_at=now,
                           expires_at=now + lifetime))
    session.flush()
    return secret


def links_issued_since(session: Session, uai: str, since: datetime) -> int:
    """Links issued for this UAI since then. On PostgreSQL the UAI stays locked until the
    transaction ends: two workers answering it at once count one after the other, so they
    cannot both take its last link (SQLite writers are serial already)."""
    lock_until_commit(session.connection(), f"reset-links:{uai}")
    return session.exec(select(sa.func.count()).select_from(ResetToken).where(
        ResetToken.uai == uai, ResetToken.created_at >= since)).one()  # type: ignore[operator]


def redeem_token(session: Session, secret: str, *, by: str, now: datetime) -> Redeemed | None:
    """Consume the token in one atomic UPDATE: of two concurrent redemptions, one wins."""
    statement = (
        sa.update(ResetToken)
        .where(ResetToken.token_hash == hash_token(secret),  # type: ignore[arg-type]
               ResetToken.used_at.is_(None),  # type: ignore[union-attr]
               ResetToken.expires_at > now)  # type: ignore[arg-type]
        .values(used_at=now, used_by=by[:200])
        .returning(ResetToken.uai, ResetToken.platform, ResetToken.sent_to,
                   ResetToken.ticket_id)
    )
    row = session.execute(statement).first()
    session.commit()
    return Redeemed(*row) if row is not None else None
