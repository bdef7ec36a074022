"""Crash points for the chaos battery: SIGKILL this process at a named point, when armed.

A root arms the point named by settings.faults.crash_at (empty: none, the default) once at
start; the flow calls crash_point(name) where a crash would hurt most. "poison:<Message-ID>"
kills the process each time it is about to file that message; several names: comma-separated.
"""

from __future__ import annotations

import os
import signal

POINTS = ("after_fetch", "after_raw_stored", "after_ticket_commit", "before_flagging",
          "after_outbox_row", "after_smtp_accepted", "before_marking_sent")
_armed: set[str] = set()  # set once by a root; never by a library module


def arm(names: str) -> None:
    """Arm the comma-separated points named (settings.faults.crash_at)."""
    _armed.clear()
    _armed.update(n.strip() for n in names.split(",") if n.strip())


def crash_point(name: str) -> None:
    if _armed and name in _armed:
        os.kill(os.getpid(), signal.SIGKILL)
