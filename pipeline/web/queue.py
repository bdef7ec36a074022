"""The staff queue: tickets a person may see, filtered, searched, in due order, a page at a time.

Pages are read by keyset (after the last row's due date and id), so page 200 costs what
page 1 costs; indexes (region, due_at, id) and (due_at, id) come with migration 0003.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from pipeline.tickets.models import Message, Participant, Ticket
from pipeline.web.auth import Staff
from pipeline.web.models import Assignment

PAGE_SIZE = 50
OPEN_STATES = ("open", "pending")
STATES = ("open", "pending", "resolved", "closed")
REFERENCE = re.compile(r"^(SUP-)?\d{1,9}$", re.IGNORECASE)
UAI = re.compile(r"^\d{7}[A-Z]$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Filters:
    """What the person asked for; empty strings mean "any"."""

    region: str = ""
    category: str = ""
    state: str = "active"  # active (open or pending) | any | one of STATES
    assignee: str = ""  # an e-mail address, "me" resolved by the page, or "none"
    overdue: bool = False
    q: str = ""
    after: str = ""  # keyset cursor: "<due iso or ->|<id>"

    def query_string(self, **changes: Any) -> str:
        """The filters as URL parameters (for links keeping the other filters)."""
        from urllib.parse import urlencode

        values = {k: v for k, v in _as_dict(replace(self, **changes)).items() if v}
        if values.get("state") == "active":
            values.pop("state")
        return urlencode(values)


@dataclass(frozen=True, slots=True)
class QueuePage:
    rows: list[dict[str, Any]]
    total: int
    next_cursor: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)


def visible(query: Any, staff: Staff) -> Any:
    """Server-side scope: agents and leads see their regions' tickets and nothing else."""
    if staff.scope is None:
        return query
    return query.where(Ticket.region.in_(staff.scope or ("-",)))  # type: ignore[union-attr]


def read_queue(session: Session, staff: Staff, filters: Filters, *, now: datetime,
               with_counts: bool = True,
               counts: dict[str, dict[str, int]] | None = None) -> QueuePage:
    """One page; `counts` may come from a short-lived cache (see FacetCache)."""
    query = _filtered(select(Ticket, Assignment.user_email)
                      .join(Assignment, Assignment.ticket_id == Ticket.id, isouter=True),
                      staff, filters, now)
    total = session.exec(_filtered(select(sa.func.count(Ticket.id)).select_from(Ticket)
                                   .join(Assignment, Assignment.ticket_id == Ticket.id,
                                         isouter=True), staff, filters, now)).one()
    query = _after(query, filters.after)
    order = (Ticket.due_at.asc().nulls_last(), Ticket.id.asc())  # type: ignore[union-attr]
    rows = session.exec(query.order_by(*order).limit(PAGE_SIZE + 1)).all()
    page = [_row(t, who, now) for t, who in rows[:PAGE_SIZE]]
    cursor = _cursor(rows[PAGE_SIZE - 1][0]) if len(rows) > PAGE_SIZE else ""
    if with_counts and counts is None:
        counts = count_facets(session, staff, now=now)
    return QueuePage(page, total, cursor, counts or {})


class FacetCache:
    """Facet counts per scope for a few seconds: on a busy desk every page load would
    otherwise count the whole active queue again."""

    def __init__(self, seconds: float = 15.0) -> None:
        self.seconds = seconds
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, ...] | None, tuple[float, dict[str, dict[str, int]]]] = {}

    def counts(self, session: Session, staff: Staff, *, now: datetime) -> dict[str, dict[str, int]]:
        with self._lock:
            found = self._entries.get(staff.scope)
        if found and time.monotonic() - found[0] < self.seconds:
            return found[1]
        fresh = count_facets(session, staff, now=now)
        with self._lock:
            self._entries[staff.scope] = (time.monotonic(), fresh)
        return fresh

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def count_facets(session: Session, staff: Staff, *, now: datetime) -> dict[str, dict[str, int]]:
    """Active tickets in scope per region, category, state; overdue and unassigned ones."""
    grouped = session.exec(visible(
        select(Ticket.region, Ticket.category, Ticket.state, sa.func.count(Ticket.id))
        .where(Ticket.state.in_(OPEN_STATES))  # type: ignore[attr-defined]
        .group_by(Ticket.region, Ticket.category, Ticket.state), staff)).all()
    counts: dict[str, dict[str, int]] = {"region": {}, "category": {}, "state": {}}
    for region, category, state, n in grouped:
        for facet, value in (("region", region or "-"), ("category", category),
                             ("state", state)):
            counts[facet][value] = counts[facet].get(value, 0) + n
    overdue = session.exec(visible(
        select(sa.func.count(Ticket.id)).where(Ticket.state.in_(OPEN_STATES),  # type: ignore[attr-defined]
                                               Ticket.due_at < now), staff)).one()  # type: ignore[operator]
    counts["flags"] = {"overdue": overdue, "active": sum(counts["state"].values())}
    return counts


def _filtered(query: Any, staff: Staff, f: Filters, now: datetime) -> Any:
    query = visible(query, staff)
    if f.region:
        query = query.where(Ticket.region == (None if f.region == "-" else f.region))
    if f.category:
        query = query.where(Ticket.category == f.category)
    if f.state == "active":
        query = query.where(Ticket.state.in_(OPEN_STATES))  # type: ignore[attr-defined]
    elif f.state in STATES:
        query = query.where(Ticket.state == f.state)
    if f.assignee == "none":
        query = query.where(Assignment.user_email == None)  # noqa: E711
    elif f.assignee:
        query = query.where(Assignment.user_email == f.assignee.lower())
    if f.overdue:
        query = query.where(Ticket.due_at < now,  # type: ignore[operator]
                            Ticket.state.in_(OPEN_STATES))  # type: ignore[attr-defined]
    return _searched(query, f.q.strip())


def _searched(query: Any, q: str) -> Any:
    """A reference, a UAI, an e-mail address, or words from the subject or a message."""
    if not q:
        return query
    if REFERENCE.match(q):
        number = int(q.upper().removeprefix("SUP-"))
        return query.where(Ticket.id == number)
    if UAI.match(q):
        return query.where(Ticket.uai == q.upper())
    if "@" in q:
        address = q.lower()
        either = sa.union(select(Ticket.id).where(Ticket.requester == address),
                          select(Participant.ticket_id).where(Participant.email == address))
        return query.where(Ticket.id.in_(either))  # type: ignore[union-attr]
    like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    in_text = select(Message.ticket_id).where(
        Message.new_text.ilike(like, escape="\\"))  # type: ignore[attr-defined]
    return query.where(sa.or_(Ticket.subject.ilike(like, escape="\\"),  # type: ignore[attr-defined]
                              Ticket.id.in_(in_text)))  # type: ignore[union-attr]


def _after(query: Any, cursor: str) -> Any:
    due_text, _, id_text = cursor.partition("|")
    if not id_text.isdigit():
        return query
    last_id = int(id_text)
    if due_text == "-":
        return query.where(Ticket.due_at == None, Ticket.id > last_id)  # noqa: E711
    try:
        due = datetime.fromisoformat(due_text)
    except ValueError:
        return query
    return query.where(sa.or_(Ticket.due_at > due,  # type: ignore[operator]
                              sa.and_(Ticket.due_at == due, Ticket.id > last_id),
                              Ticket.due_at == None))  # noqa: E711


def _cursor(ticket: Ticket) -> str:
    return f"{ticket.due_at.isoformat() if ticket.due_at else '-'}|{ticket.id}"


def _row(t: Ticket, assignee: str | None, now: datetime) -> dict[str, Any]:
    return {
        "reference": t.reference, "subject": t.subject, "requester": t.requester,
        "region": t.region, "category": t.category, "state": t.state, "uai": t.uai,
        "waiting_on": t.waiting_on, "due_at": t.due_at, "assignee": assignee,
        "overdue": bool(t.due_at and t.due_at < now and t.state in OPEN_STATES),
        "escalated": t.escalated, "created_at": t.created_at,
    }


def _as_dict(f: Filters) -> dict[str, Any]:
    return {name: getattr(f, name) for name in Filters.__dataclass_fields__}
