"""The 48-hour sweep: one follow-up, then closing; escalation of routed tickets nobody answered.

Runs every minute and is safe to run twice, concurrently or after a restart: each ticket is
re-read under a lock before acting, the state it leaves behind stops a second pass, and the
outbox keys (`followup:<ticket id>`, `escalate:<ticket id>:<lead>`) make a second mail impossible.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from pipeline.desk import Desk
from pipeline.outbox.queue import ReplyContext, queue_notification
from pipeline.responders.actions import Action, Close, Reply
from pipeline.responders.view import DeskView
from pipeline.tickets.execute import carry_out, hand_to_staff
from pipeline.tickets.models import Message, OutboxMail, Ticket
from pipeline.tickets.service import audit

log = logging.getLogger(__name__)

WAITING = ("user", "head_request")
DONE = ("closed", "resolved")


def run_sweep(desk: Desk) -> list[int]:
    """One pass at the desk's clock; returns the outbox rows to send."""
    now, rules = desk.clock(), desk.settings.procedures
    follow_up_before = now - timedelta(hours=rules.follow_up_after_hours)
    close_before = now - timedelta(hours=rules.close_after_hours)
    escalate_before = now - timedelta(hours=rules.escalate_after_hours)
    rows: list[int] = []
    waiting = sa.and_(Ticket.state == "pending", Ticket.waiting_on.in_(WAITING))  # type: ignore[attr-defined]
    due = {
        "follow_up": sa.and_(waiting, Ticket.followed_up_at.is_(None),  # type: ignore[union-attr]
                             Ticket.waiting_since <= follow_up_before),  # type: ignore[operator]
        "close": sa.and_(waiting, Ticket.followed_up_at <= close_before),  # type: ignore[operator]
        "escalate": sa.and_(Ticket.routed_at <= escalate_before,  # type: ignore[operator]
                            Ticket.staff_answered_at.is_(None),  # type: ignore[union-attr]
                            Ticket.escalated == False,  # noqa: E712
                            Ticket.state.not_in(DONE)),  # type: ignore[attr-defined]
    }
    steps: dict[str, Callable[[Session, Ticket, Desk, datetime], list[OutboxMail]]] = {
        "follow_up": _follow_up, "close": _close, "escalate": _escalate}
    for name, condition in due.items():
        with Session(desk.engine) as session:
            ids = list(session.exec(select(Ticket.id).where(condition).order_by(Ticket.id)))
        for ticket_id in ids:
            rows += _one(desk, ticket_id, condition, steps[name], now)
    return rows


def _one(desk: Desk, ticket_id: int | None, condition: sa.ColumnElement[bool],
         step: Callable[[Session, Ticket, Desk, datetime], list[OutboxMail]],
         now: datetime) -> list[int]:
    """Re-read the ticket under a lock, still due, and act in one transaction."""
    try:
        with Session(desk.engine, expire_on_commit=False) as session:
            ticket = session.exec(select(Ticket).where(Ticket.id == ticket_id, condition)
                                  .with_for_update()).first()
            if ticket is None:  # another sweep got there first
                return []
            made = step(session, ticket, desk, now)
            session.commit()
            return [row.id for row in made if row.id is not None]
    except sa.exc.IntegrityError:  # a concurrent sweep queued the same keyed mail
        log.info("ticket %s: already handled by another sweep", ticket_id)
        return []


def _context(session: Session, ticket: Ticket, now: datetime) -> ReplyContext:
    last_in = session.exec(select(Message).where(Message.ticket_id == ticket.id,
                                                 Message.direction == "in")
                           .order_by(Message.id.desc())).first()  # type: ignore[union-attr]
    assert last_in is not None, f"ticket {ticket.reference} has no inbound message"
    return ReplyContext(ticket=ticket, answering=last_in, now=now)


def _carry(session: Session, ticket: Ticket, desk: Desk, now: datetime,
           actions: tuple[Action, ...]) -> list[OutboxMail]:
    view = DeskView(session=session, settings=desk.settings, regions=desk.classifier.regions,
                    now=now)
    return carry_out(session, actions, _context(session, ticket, now), settings=desk.settings,
                     renderer=desk.renderer, view=view)


def _follow_up(session: Session, ticket: Ticket, desk: Desk, now: datetime) -> list[OutboxMail]:
    """One "did this solve it?" per ticket, ever: the outbox key says so."""
    rules = desk.settings.procedures
    reply = Reply(f"follow_up/{ticket.waiting_on}",
                  {"hours": int(rules.follow_up_after_hours),
                   "close_hours": int(rules.close_after_hours)},
                  key=f"followup:{ticket.id}")
    rows = _carry(session, ticket, desk, now, (reply,))
    ticket.followed_up_at = now
    session.add(ticket)
    sent = session.exec(select(OutboxMail.id).where(OutboxMail.key == reply.key)).first()
    if sent is None:  # held by a cap or a broken template: a person looks instead
        hand_to_staff(session, _context(session, ticket, now), "follow-up could not be sent")
    log.info("ticket %s: follow-up after %sh waiting on %s", ticket.reference,
             rules.follow_up_after_hours, ticket.waiting_on)
    return rows


def _close(session: Session, ticket: Ticket, desk: Desk, now: datetime) -> list[OutboxMail]:
    hours = desk.settings.procedures.close_after_hours
    log.info("ticket %s: closed, no answer %sh after the follow-up", ticket.reference, hours)
    return _carry(session, ticket, desk, now,
                  (Close(f"no answer {hours:g} hours after the follow-up"),))


def _escalate(session: Session, ticket: Ticket, desk: Desk, now: datetime) -> list[OutboxMail]:
    view = DeskView(session=session, settings=desk.settings, regions=desk.classifier.regions,
                    now=now)
    team, leads = view.team_of(ticket.region)
    ticket.escalated, ticket.escalated_at = True, now
    session.add(ticket)
    audit(session, "escalated", ticket_id=ticket.id, at=now, team=ticket.routed_to or team,
          leads=list(leads))
    ctx = _context(session, ticket, now)
    rows = []
    for lead in leads:
        row = queue_notification(
            session, "notify/escalated", to=lead, key=f"escalate:{ticket.id}:{lead}", ctx=ctx,
            context={"hours": int(desk.settings.procedures.escalate_after_hours),
                     "team": ticket.routed_to or team, "region": ticket.region or "national"},
            settings=desk.settings, renderer=desk.renderer)
        if row is not None:
            rows.append(row)
    log.warning("ticket %s: escalated to %s", ticket.reference, ", ".join(leads) or "nobody")
    return rows
