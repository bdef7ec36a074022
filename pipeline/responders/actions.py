"""What responders decide, as values; tickets/ and outbox/ carry them out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Reply:
    """Send the mail rendered from `template` to the requester (or `to`).

    `key` names the decision for idempotency (default: template + the message answered).
    """

    template: str
    context: dict[str, Any] = field(default_factory=dict)
    to: str | None = None
    key: str | None = None


@dataclass(frozen=True, slots=True)
class ResetLink:
    """Mail a fresh single-use reset link for `uai`'s account on `platform` to `to`.

    `to` must be an address on file for that UAI: the executor checks it again.
    """

    to: str
    uai: str
    platform: str
    template: str = "password_reset/link"
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RouteTo:
    """Hand the ticket to the region's team (None: the national queue) and tell the team."""

    region: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class WaitFor:
    """The ticket waits on someone outside the desk: "user" or "head_request"."""

    who: str


@dataclass(frozen=True, slots=True)
class HandToStaff:
    """The ticket is open in the staff queue; `reason` is shown there."""

    reason: str


@dataclass(frozen=True, slots=True)
class RecordEvidence:
    """Evidence of a head-of-establishment request, and the ticket that waits for it."""

    evidence: dict[str, Any]
    waiting_ticket_id: int | None = None


@dataclass(frozen=True, slots=True)
class ChangeAdmin:
    """Put a new administrator address on file (only after a staff approval)."""

    uai: str
    platform: str
    email: str


@dataclass(frozen=True, slots=True)
class Close:
    """Close the ticket (`reason` goes to the audit trail)."""

    reason: str


Action = Reply | ResetLink | RouteTo | WaitFor | HandToStaff | RecordEvidence | ChangeAdmin | Close
