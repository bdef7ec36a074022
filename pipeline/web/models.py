"""The web UI's tables: staff accounts, sessions, login attempts, API tokens, template versions,
assignments and category corrections (kept for training); plus the queue's indexes on tickets."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from pipeline.tickets.models import Message, Ticket, UtcDateTime, utcnow

ROLES = ("agent", "lead", "operator", "admin")


def _when(*, nullable: bool = False, index: bool = False) -> datetime:
    column = sa.Column(UtcDateTime(), nullable=nullable, index=index)
    if nullable:
        return Field(default=None, sa_column=column)  # type: ignore[no-any-return]
    return Field(default_factory=utcnow, sa_column=column)  # type: ignore[no-any-return]


class StaffUser(SQLModel, table=True):
    """A person who logs in; `regions` is a comma-separated list of region slugs."""

    __tablename__ = "staff_user"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, unique=True)
    password_hash: str = Field(max_length=200)
    role: str = Field(default="agent", max_length=20)  # agent | lead | operator | admin
    regions: str = ""
    active: bool = True
    created_at: datetime = _when()

    def region_list(self) -> list[str]:
        return [r for r in self.regions.split(",") if r]


class WebSession(SQLModel, table=True):
    """A logged-in browser: the cookie holds a secret whose keyed hash is the primary key."""

    __tablename__ = "web_session"

    id_hash: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="staff_user.id", index=True)
    csrf: str = Field(max_length=64)
    created_at: datetime = _when()
    expires_at: datetime = _when(index=True)


class LoginAttempt(SQLModel, table=True):
    """Every login try, for the rate limit and the audit."""

    __tablename__ = "login_attempt"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, index=True)
    client: str = Field(max_length=100, index=True)
    ok: bool = False
    at: datetime = _when(index=True)


class ApiToken(SQLModel, table=True):
    """A bearer token for the JSON API, stored as a SHA-256; acts as its owner."""

    __tablename__ = "api_token"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    name: str = Field(max_length=200)
    user_id: int = Field(foreign_key="staff_user.id", index=True)
    created_at: datetime = _when()
    revoked_at: datetime | None = _when(nullable=True)


class TemplateVersion(SQLModel, table=True):
    """Every saved state of a template file (`fr/password_reset/link_sent.txt.j2`)."""

    __tablename__ = "template_version"

    id: int | None = Field(default=None, primary_key=True)
    path: str = Field(max_length=300, index=True)
    body: str = ""
    saved_by: str = Field(default="", max_length=330)
    note: str = Field(default="", max_length=300)  # "edit", "rollback to #12", "first seen"
    saved_at: datetime = _when()


class Assignment(SQLModel, table=True):
    """Who holds a ticket in the queue (one row per assigned ticket)."""

    __tablename__ = "assignment"

    ticket_id: int = Field(foreign_key="ticket.id", primary_key=True)
    user_email: str = Field(max_length=320, index=True)
    at: datetime = _when()


class CategoryCorrection(SQLModel, table=True):
    """A person's correction of the classifier, with the message it was about: training data."""

    __tablename__ = "category_correction"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    message_id: int | None = Field(default=None, foreign_key="message.id")
    before: str = Field(max_length=60)
    after: str = Field(max_length=60)
    decided_by: str = Field(default="", max_length=200)  # the rule that was wrong
    by: str = Field(max_length=330)
    at: datetime = _when()


# The queue reads tickets in due order within a scope: these keep it fast at 100,000 tickets.
_ticket = Ticket.__table__  # type: ignore[attr-defined]
sa.Index("ix_ticket_queue_due", _ticket.c.due_at, _ticket.c.id)
sa.Index("ix_ticket_queue_region_due", _ticket.c.region, _ticket.c.due_at, _ticket.c.id)
sa.Index("ix_ticket_created_at", _ticket.c.created_at)
sa.Index("ix_message_ticket_direction", Message.__table__.c.ticket_id,  # type: ignore[attr-defined]
         Message.__table__.c.direction)  # type: ignore[attr-defined]
