"""An IMAP mailbox as a Source: new mail by UID, never marked read, settled by keyword or move.

Any socket or IMAP failure drops the connection and raises MailboxUnavailable; the next call
reconnects. `Backoff` gives the poll loop its delays between those attempts.
"""

from __future__ import annotations

import random
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from logging import getLogger
from typing import Any

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError

from pipeline.errors import MailboxUnavailable
from pipeline.ingest.source import Arrival, Checkpoint
from pipeline.settings import Mailbox

log = getLogger(__name__)

BODY = b"BODY[]"
NEW_MAIL = frozenset({b"EXISTS", b"RECENT"})


class ImapSource:
    """New mail of one IMAP folder, oldest first, keyed "<uidvalidity>:<uid>"."""

    def __init__(
        self,
        mailbox: Mailbox,
        *,
        batch_size: int = 50,
        idle_renew_seconds: float = 25 * 60,
        connect_timeout: float = 30.0,
        read_timeout: float = 120.0,
    ) -> None:
        self.name = mailbox.name
        self.mailbox = mailbox
        self.batch_size = batch_size
        self.idle_renew_seconds = idle_renew_seconds
        self.timeout = SocketTimeout(connect=connect_timeout, read=read_timeout)
        self._client: IMAPClient | None = None
        self._uidnext: tuple[int, int] | None = None  # (uidvalidity, UIDNEXT) at the last fetch

    def fetch_new(self, checkpoint: Checkpoint) -> Iterator[list[Arrival]]:
        with self._command("search") as client:
            uidvalidity, uidnext = self._select(client)
            start = checkpoint.last_uid + 1
            if uidvalidity != checkpoint.uidvalidity:
                if checkpoint.uidvalidity:
                    log.warning(
                        "mailbox %s: UIDVALIDITY changed from %d to %d, reading from UID 1",
                        self.name,
                        checkpoint.uidvalidity,
                        uidvalidity,
                    )
                start = 1
            criteria = ["UID", f"{start}:*", "NOT", "KEYWORD", self.mailbox.processed_keyword]
            uids = sorted(uid for uid in client.search(criteria) if uid >= start)
        self._uidnext = (uidvalidity, uidnext)
        log.debug("mailbox %s: %d new message(s) from UID %d", self.name, len(uids), start)
        for i in range(0, len(uids), self.batch_size):
            batch = uids[i : i + self.batch_size]
            with self._command("fetch") as client:
                found = client.fetch(batch, ["BODY.PEEK[]"])
            arrivals = [
                Arrival(f"{uidvalidity}:{uid}", found[uid][BODY], uidvalidity, uid)
                for uid in batch
                if uid in found and BODY in found[uid]
            ]
            if arrivals:
                yield arrivals

    def settle(self, source_keys: Sequence[str]) -> None:
        if not source_keys:
            return
        with self._command("settle") as client:
            uidvalidity, _ = self._select(client)
            uids = self._current_uids(source_keys, uidvalidity)
            if not uids:
                return
            client.add_flags(uids, [self.mailbox.processed_keyword])
            if self.mailbox.move_to:
                self._move(client, uids, self.mailbox.move_to)
        log.info(
            "mailbox %s: settled %d message(s) with %s",
            self.name,
            len(uids),
            f"move to {self.mailbox.move_to}"
            if self.mailbox.move_to
            else f"keyword {self.mailbox.processed_keyword}",
        )

    def _current_uids(self, source_keys: Sequence[str], uidvalidity: int) -> list[int]:
        uids = []
        for key in source_keys:
            validity, _, uid = key.partition(":")
            if validity == str(uidvalidity) and uid.isdigit():
                uids.append(int(uid))
            else:
                log.warning(
                    "mailbox %s: not settling %s, the folder's UIDVALIDITY is now %d",
                    self.name,
                    key,
                    uidvalidity,
                )
        return sorted(uids)

    def _move(self, client: IMAPClient, uids: list[int], folder: str) -> None:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        if client.has_capability("MOVE"):
            client.move(uids, folder)
        elif client.has_capability("UIDPLUS"):
            client.copy(uids, folder)
            client.add_flags(uids, [b"\\Deleted"])
            client.uid_expunge(uids)
        else:  # a plain EXPUNGE could remove mail we never touched: copy and keep the keyword
            client.copy(uids, folder)
            log.warning("mailbox %s: no MOVE nor UIDPLUS, copied but left in place", self.name)

    def wait_for_mail(self, timeout: float) -> None:
        if self.mailbox.idle:
            with self._command("idle") as client:
                if client.has_capability("IDLE"):
                    self._idle(client, timeout)
                    return
        time.sleep(timeout)

    def _idle(self, client: IMAPClient, timeout: float) -> None:
        uidvalidity, uidnext = self._select(client)
        if self._uidnext is not None and self._uidnext != (uidvalidity, uidnext):
            return  # mail came in since the last fetch_new
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            client.idle()
            if _holds_unread_lines(client):
                responses = []  # idle_done reads them
            else:
                responses = client.idle_check(timeout=min(left, self.idle_renew_seconds))
            _, late = client.idle_done()
            if any(_is_new_mail(r) for r in [*responses, *late]):
                log.debug("mailbox %s: IDLE reported new mail", self.name)
                return

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                client.logout()
            except (IMAPClientError, OSError):
                log.debug("mailbox %s: logout failed, connection dropped", self.name)

    @contextmanager
    def _command(self, doing: str) -> Iterator[IMAPClient]:
        """The logged-in client; any failure inside drops it and raises MailboxUnavailable."""
        client = self._connected()
        try:
            yield client
        except (IMAPClientError, OSError) as exc:
            self._drop()
            raise self._unavailable(f"{doing} failed", exc) from exc

    def _connected(self) -> IMAPClient:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def _connect(self) -> IMAPClient:
        box, context = self.mailbox, ssl.create_default_context()
        where = f"{box.host}:{box.port}"
        try:
            client = IMAPClient(
                box.host,
                box.port,
                ssl=box.security == "tls",
                ssl_context=context,
                timeout=self.timeout,
            )
        except (IMAPClientError, OSError) as exc:
            raise self._unavailable(f"cannot connect to {where}", exc) from exc
        step = f"STARTTLS with {where}"
        try:
            if box.security == "starttls":
                client.starttls(context)
            step = f"login as {box.username} at {where}"
            if box.auth == "xoauth2":
                client.oauth2_login(box.username, box.secret())
            else:
                client.login(box.username, box.secret())
        except (IMAPClientError, OSError) as exc:
            _shutdown(client)
            raise self._unavailable(f"{step} refused", exc) from exc
        log.info("mailbox %s: connected to %s as %s", self.name, where, box.username)
        return client

    def _unavailable(self, what: str, exc: BaseException) -> MailboxUnavailable:
        reason = f"{what}: {_describe(exc)}"
        log.warning("mailbox %s: %s", self.name, reason)
        return MailboxUnavailable(self.name, reason)

    def _select(self, client: IMAPClient) -> tuple[int, int]:
        info = client.select_folder(self.mailbox.folder)
        return int(info[b"UIDVALIDITY"]), int(info.get(b"UIDNEXT", 0))

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            _shutdown(client)


class Backoff:
    """Delays between reconnection attempts: 1 s doubling to 60 s, jittered; reset on success."""

    def __init__(
        self, *, first: float = 1.0, cap: float = 60.0, rng: Callable[[], float] = random.random
    ) -> None:
        self.first, self.cap, self.rng = first, cap, rng
        self.failures = 0

    def next_delay(self) -> float:
        """The delay after one more failure: half of it fixed, half random."""
        full = min(self.cap, self.first * 2.0 ** min(self.failures, 32))
        self.failures += 1
        return full / 2 + full / 2 * self.rng()

    def reset(self) -> None:
        self.failures = 0


def _is_new_mail(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) > 1 and response[1] in NEW_MAIL


def _holds_unread_lines(client: IMAPClient) -> bool:
    """Whether the reader already holds server lines that polling the socket cannot see.

    Dovecot reports mail that came before IDLE right after '+ idling', often in the same
    packet, which the reader took in whole while reading the continuation line.
    """
    sock = client.socket()
    timeout = sock.gettimeout()
    sock.setblocking(False)
    try:
        return bool(client._imap.file.peek(1))
    except ssl.SSLWantReadError:  # TLS says "nothing yet" this way
        return False
    finally:
        sock.settimeout(timeout)


def _shutdown(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except OSError:
        pass


def _describe(exc: BaseException) -> str:
    """An exception's message without bytes reprs; never contains the secret."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    parts = [a.decode(errors="replace") if isinstance(a, bytes) else str(a) for a in exc.args]
    text = " ".join(p for p in parts if p) or type(exc).__name__
    return text[2:-1] if text.startswith(("b'", 'b"')) and text[-1:] in "'\"" else text
