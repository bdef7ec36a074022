"""Reset tokens: only the SHA-256 of the secret is stored; used once, then never again."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from pipeline.tickets.models import _when


class ResetToken(SQLModel, table=True):
    __tablename__ = "reset_token"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(unique=True, max_length=64)  # sha256 hex of the secret
    uai: str = Field(index=True, max_length=8)
    platform: str = Field(max_length=60)
    sent_to: str = Field(max_length=320)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    created_at: datetime = _when(index=True)
    expires_at: datetime = _when()
    used_at: datetime | None = _when(nullable=True)
    used_by: str = Field(default="", max_length=200)  # the API client that redeemed it
