"""The tables: ledger, blobs, tickets, messages, audit trail and outbox (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel


class UtcDateTime(sa.types.TypeDecorator[datetime]):
    """Stores aware UTC; SQLite keeps no zone, so reading puts UTC back."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the pipeline keeps aware UTC only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _when(*, nullable: bool = False, index: bool = False) -> Any:
    column = sa.Column(UtcDateTime(), nullable=nullable, index=index)
    if nullable:
        return Field(default=None, sa_column=column)
    return Field(default_factory=utcnow, sa_column=column)


class Blob(SQLModel, table=True):
    """Raw messages and attachments, byte-exact, keyed by their SHA-256."""

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    data: bytes = Field(sa_column=sa.Column(sa.LargeBinary(), nullable=False))


class LedgerEntry(SQLModel, table=True):
    """One row per message seen in a mailbox; the key makes redelivery harmless."""

    __tablename__ = "ledger"
    __table_args__ = (sa.UniqueConstraint("mailbox", "source_key"),)

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(index=True, max_length=200)
    uidvalidity: int = Field(default=0, sa_type=sa.BigInteger)
    uid: int | None = Field(default=None, sa_type=sa.BigInteger)
    source_key: str = Field(max_length=400)  # "<uidvalidity>:<uid>", a Maildir name, a hash
    message_id: str = Field(default="", index=True, max_length=1000)
    sha256: str = Field(index=True, max_length=64)
    size: int = 0
    state: str = Field(default="received", index=True, max_length=20)
    attempts: int = 0
    error: str = ""
    ticket_id: int | None = Field(default=None, index=True)
    settled: bool = Field(default=False, index=True)  # flagged or moved at the source
    received_at: datetime = _when()
    updated_at: datetime = _when()


class MailboxState(SQLModel, table=True):
    """Checkpoint and health of one mailbox, shown by `support-pipeline status`."""

    __tablename__ = "mailbox_state"

    name: str = Field(primary_key=True, max_length=200)
    uidvalidity: int = Field(default=0, sa_type=sa.BigInteger)
    last_uid: int = Field(default=0, sa_type=sa.BigInteger)
    last_poll_at: datetime | None = _when(nullable=True)
    last_ok_at: datetime | None = _when(nullable=True)
    last_error: str = ""
    error_since: datetime | None = _when(nullable=True)


class TicketBase(SQLModel):
    reference: str = Field(default="", index=True, max_length=20)
    state: str = Field(default="open", index=True, max_length=20)
    category: str = Field(default="other", index=True, max_length=60)
    confidence: float = 0.0
    action: str = Field(default="human_review", max_length=20)
    decided_by: str = Field(default="", max_length=200)
    uai: str | None = Field(default=None, index=True, max_length=8)
    region: str | None = Field(default=None, index=True, max_length=60)
    platform: str | None = Field(default=None, max_length=60)
    requester: str = Field(default="", index=True, max_length=320)
    requester_name: str = Field(default="", max_length=300)
    subject: str = ""
    language: str = Field(default="fr", max_length=5)
    waiting_on: str = Field(default="staff", max_length=20)  # staff | user | head_request
    linked_ticket_id: int | None = Field(default=None, foreign_key="ticket.id")
    parked_reason: str = ""  # why a person must look (unparseable mail, failed template...)
    routed_to: str | None = Field(default=None, max_length=320)  # the team told of it
    escalated: bool = Field(default=False, index=True)  # routed, no staff answer within 48 h


class Ticket(TicketBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = _when()
    updated_at: datetime = _when()
    due_at: datetime | None = _when(nullable=True, index=True)
    first_response_at: datetime | None = _when(nullable=True)
    waiting_since: datetime | None = _when(nullable=True, index=True)  # on the user, since
    followed_up_at: datetime | None = _when(nullable=True)  # the one follow-up was queued
    routed_at: datetime | None = _when(nullable=True, index=True)
    staff_answered_at: datetime | None = _when(nullable=True)  # a person acted on it
    escalated_at: datetime | None = _when(nullable=True)


class Participant(SQLModel, table=True):
    """Addresses that may continue a ticket by quoting its reference."""

    __table_args__ = (sa.UniqueConstraint("ticket_id", "email"),)

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    email: str = Field(max_length=320, index=True)


class Message(SQLModel, table=True):
    """A mail in a ticket's thread, received (`in`) or sent by us (`out`)."""

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    ledger_id: int | None = Field(default=None, foreign_key="ledger.id", unique=True)
    direction: str = Field(max_length=3)  # in | out
    dedupe_key: str | None = Field(default=None, unique=True, max_length=1010)  # one row per mail
    message_id: str = Field(default="", index=True, max_length=1000)
    in_reply_to: str = Field(default="", max_length=1000)
    references: str = ""  # space-separated ids
    sender: str = Field(default="", max_length=320)
    sender_name: str = Field(default="", max_length=300)
    recipients: str = ""  # comma-separated
    subject: str = ""
    sent_at: datetime | None = _when(nullable=True)
    text: str = ""
    new_text: str = ""
    html_sha256: str | None = Field(default=None, max_length=64)
    automated_reason: str = ""
    matched_by: str = Field(default="", max_length=30)  # new | in-reply-to | references | subject-…
    created_at: datetime = _when()


class AttachmentRecord(SQLModel, table=True):
    __tablename__ = "attachment"

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="message.id", index=True)
    filename: str = ""
    content_type: str = Field(default="application/octet-stream", max_length=200)
    size: int = 0
    sha256: str = Field(max_length=64)


class AuditEvent(SQLModel, table=True):
    """Every automatic and human action, with who did it."""

    __tablename__ = "audit"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, index=True)
    ledger_id: int | None = Field(default=None, index=True)
    at: datetime = _when()
    actor: str = Field(default="pipeline", max_length=200)
    event: str = Field(max_length=60, index=True)
    detail: str = ""


class OutboxMail(SQLModel, table=True):
    """A mail to send: the row exists before any SMTP conversation, and is sent once."""

    __tablename__ = "outbox"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=200)  # idempotency: one row per decision
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    kind: str = Field(max_length=60)
    to_addr: str = Field(max_length=320, index=True)
    subject: str = ""
    message_id: str = Field(max_length=300, index=True)
    raw: bytes = Field(sa_column=sa.Column(sa.LargeBinary(), nullable=False))
    automatic: bool = True
    state: str = Field(default="queued", index=True, max_length=20)  # queued|sending|sent|failed
    attempts: int = 0
    last_error: str = ""
    created_at: datetime = _when(index=True)
    claimed_at: datetime | None = _when(nullable=True)  # a sender holds it until claimed_at + lease
    sent_at: datetime | None = _when(nullable=True)
