"""The establishment directory: who is on file for a UAI (official address, administrators)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from pipeline.tickets.models import _when


class Establishment(SQLModel, table=True):
    """One school or structure, keyed by its UAI; its official mailbox when known."""

    uai: str = Field(primary_key=True, max_length=8)
    name: str = ""
    official_email: str | None = Field(default=None, index=True, max_length=320)
    updated_at: datetime = _when()


class Account(SQLModel, table=True):
    """An establishment's account on one platform, and its administrator address on file."""

    __table_args__ = (sa.UniqueConstraint("uai", "platform"),)

    id: int | None = Field(default=None, primary_key=True)
    uai: str = Field(foreign_key="establishment.uai", index=True, max_length=8)
    platform: str = Field(max_length=60)
    admin_email: str | None = Field(default=None, index=True, max_length=320)
    updated_at: datetime = _when()
