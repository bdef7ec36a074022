"""What every mailbox source offers the poll loop: new mail in batches, settling, waiting."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Where a mailbox was left: its UIDVALIDITY and the highest UID already recorded."""

    uidvalidity: int = 0
    last_uid: int = 0


@dataclass(frozen=True, slots=True)
class Arrival:
    """One message as the source holds it; `source_key` is unique within the mailbox."""

    source_key: str  # IMAP: "<uidvalidity>:<uid>"; Maildir: the file's unique name
    raw: bytes
    uidvalidity: int = 0
    uid: int | None = None


class Source(Protocol):
    name: str

    def fetch_new(self, checkpoint: Checkpoint) -> Iterator[list[Arrival]]:
        """Messages not yet recorded, oldest first, in batches; never marks anything read."""
        ...

    def settle(self, source_keys: Sequence[str]) -> None:
        """Flag or move messages whose ticket is committed; never deletes."""
        ...

    def wait_for_mail(self, timeout: float) -> None:
        """Return when new mail may be there (IDLE) or after `timeout` seconds (polling)."""
        ...

    def close(self) -> None: ...
