"""The dashboard's numbers, and their charts drawn here as inline SVG (no script needed)."""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import date, datetime, timedelta
from html import escape
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from pipeline.tickets.models import AuditEvent, MailboxState, Ticket
from pipeline.web.auth import Staff
from pipeline.web.queue import OPEN_STATES, visible

PALETTE = ("#3b6ea8", "#e07b39", "#4f9d69", "#c24b4b", "#8a63b8", "#b8a030", "#4aa3b0",
           "#a0522d", "#6b7b8c", "#d17fb0", "#2f4f4f", "#999999")


def read_dashboard(session: Session, staff: Staff, *, now: datetime,
                   days: int = 14) -> dict[str, Any]:
    since = (now - timedelta(days=days - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
    rows = session.exec(visible(select(Ticket.created_at, Ticket.category, Ticket.region,
                                       Ticket.first_response_at, Ticket.staff_answered_at)
                                .where(Ticket.created_at >= since), staff)).all()  # type: ignore[operator]
    day_list = [(since + timedelta(days=i)).date() for i in range(days)]
    answered = [r for r in rows if r[3] is not None]
    automatic = [r for r in answered if r[4] is None or r[4] > r[3]]
    delays = [(r[3] - r[0]).total_seconds() / 3600 for r in answered]
    return {
        "days": day_list,
        "by_category": _per_day(rows, 1, day_list),
        "by_region": _per_day(rows, 2, day_list),
        "tickets": len(rows),
        "auto_share": len(automatic) / len(answered) if answered else None,
        "median_first_answer_hours": statistics.median(delays) if delays else None,
        "overdue": session.exec(visible(select(sa.func.count(Ticket.id)).where(
            Ticket.state.in_(OPEN_STATES), Ticket.due_at < now), staff)).one(),  # type: ignore[attr-defined,operator]
        "loop_guard": _loop_guard(session, staff, since, day_list),
        "mailboxes": list(session.exec(select(MailboxState).order_by(MailboxState.name))),
    }


def _per_day(rows: Any, column: int, day_list: list[date]) -> dict[str, list[int]]:
    index = {d: i for i, d in enumerate(day_list)}
    series: dict[str, list[int]] = defaultdict(lambda: [0] * len(day_list))
    for row in rows:
        at = index.get(row[0].date())
        if at is not None:
            series[row[column] or "national"][at] += 1
    return dict(sorted(series.items(), key=lambda kv: -sum(kv[1])))


def _loop_guard(session: Session, staff: Staff, since: datetime,
                day_list: list[date]) -> list[int]:
    query = select(AuditEvent.at).where(AuditEvent.event == "loop_guard_tripped",
                                        AuditEvent.at >= since)  # type: ignore[operator]
    if staff.scope is not None:
        query = visible(query.join(Ticket, Ticket.id == AuditEvent.ticket_id), staff)
    counts = [0] * len(day_list)
    index = {d: i for i, d in enumerate(day_list)}
    for at in session.exec(query):
        if at.date() in index:
            counts[index[at.date()]] += 1
    return counts


def stacked_bars_svg(day_list: list[date], series: dict[str, list[int]], *, title: str,
                     width: int = 720, height: int = 220) -> str:
    """Bars per day stacked by series, with a legend; every number is in a <title> too."""
    left, bottom, top = 36, 28, 12
    top_value = max([sum(v[i] for v in series.values()) for i in range(len(day_list))] or [0])
    scale = (height - bottom - top) / max(top_value, 1)
    step = (width - left - 170) / max(len(day_list), 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}"><title>{escape(title)}</title>',
             _axis(left, height - bottom, top, top_value)]
    for i, day in enumerate(day_list):
        y = height - bottom
        for n, (name, values) in enumerate(series.items()):
            h = values[i] * scale
            if values[i]:
                y -= h
                parts.append(f'<rect x="{left + i * step + 2:.1f}" y="{y:.1f}" '
                             f'width="{step - 4:.1f}" height="{h:.1f}" '
                             f'fill="{PALETTE[n % len(PALETTE)]}"><title>{day:%d/%m} '
                             f'{escape(name)}: {values[i]}</title></rect>')
        parts.append(f'<text x="{left + i * step + step / 2:.1f}" y="{height - 10}" '
                     f'font-size="10" text-anchor="middle">{day:%d/%m}</text>')
    for n, name in enumerate(list(series)[:12]):
        parts.append(f'<rect x="{width - 160}" y="{top + n * 16}" width="10" height="10" '
                     f'fill="{PALETTE[n % len(PALETTE)]}"/><text x="{width - 146}" '
                     f'y="{top + n * 16 + 9}" font-size="11">{escape(name)} '
                     f'({sum(series[name])})</text>')
    return "".join(parts) + "</svg>"


def _axis(left: int, base: int, top: int, top_value: int) -> str:
    return (f'<line x1="{left}" y1="{base}" x2="{left}" y2="{top}" stroke="#888"/>'
            f'<line x1="{left}" y1="{base}" x2="{left + 520}" y2="{base}" stroke="#888"/>'
            f'<text x="{left - 4}" y="{top + 8}" font-size="10" text-anchor="end">{top_value}'
            f'</text><text x="{left - 4}" y="{base}" font-size="10" text-anchor="end">0</text>')
