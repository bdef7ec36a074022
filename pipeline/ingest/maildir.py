"""A Maildir mailbox as a source: new/ is the input, processed mail moves to cur/ with a flag."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from pipeline.errors import MailboxUnavailable
from pipeline.ingest.source import Arrival, Checkpoint

log = logging.getLogger(__name__)

PROCESSED_INFO = ":2,S"  # the Maildir "seen" flag: this mailbox is the desk's own


def ensure_maildir(path: Path) -> None:
    for sub in ("new", "cur", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)


def maildir_key(filename: str) -> str:
    """The unique part of a Maildir file name, without the ':2,' info suffix."""
    return filename.split(":", 1)[0]


class MaildirSource:
    def __init__(self, name: str, path: Path, *, batch_size: int = 50):
        self.name, self.path, self.batch_size = name, path, batch_size
        # keys handed out by this process; the ledger dedups the rest
        self._yielded: set[str] = set()

    def fetch_new(self, checkpoint: Checkpoint) -> Iterator[list[Arrival]]:
        batch: list[Arrival] = []
        for filename in self._listing():
            key = maildir_key(filename)
            if key in self._yielded:
                continue
            try:
                raw = (self.path / "new" / filename).read_bytes()
            except FileNotFoundError:  # moved away by someone else meanwhile
                continue
            self._yielded.add(key)
            batch.append(Arrival(source_key=key, raw=raw))
            if len(batch) >= self.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def _listing(self) -> list[str]:
        try:
            entries = os.scandir(self.path / "new")
        except OSError as exc:
            raise MailboxUnavailable(
                self.name, f"cannot read {self.path / 'new'}: {exc.strerror}") from None
        with entries:
            files = [(e.stat().st_mtime, e.name) for e in entries if e.is_file()]
        return [name for _, name in sorted(files) if not name.startswith(".")]

    def settle(self, source_keys: Sequence[str]) -> None:
        wanted = set(source_keys)
        for filename in os.listdir(self.path / "new"):
            key = maildir_key(filename)
            if key in wanted:
                os.replace(self.path / "new" / filename, self.path / "cur" / (key + PROCESSED_INFO))
                self._yielded.discard(key)

    def wait_for_mail(self, timeout: float) -> None:
        """Polls new/ briefly: a file dropped there is seen within a quarter of a second."""
        deadline = time.monotonic() + timeout
        before = self._new_mtime()
        while time.monotonic() < deadline:
            time.sleep(min(0.25, max(0.0, deadline - time.monotonic())))
            if self._new_mtime() != before:
                return

    def _new_mtime(self) -> int:
        try:
            return (self.path / "new").stat().st_mtime_ns
        except OSError:
            return -1

    def close(self) -> None:
        return None
