"""What responders decide, as values; tickets/ and outbox/ carry them out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Reply:
    """Send the mail rendered from `template` to the requester (or `to`)."""

    template: str
    context: dict[str, Any] = field(default_factory=dict)
    to: str | None = None


Action = Reply
