"""Carry out what responders decided, inside the ticket's transaction."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from sqlmodel import Session, select

from pipeline.directory.lookup import find_by_uai
from pipeline.directory.models import Account
from pipeline.outbox.queue import Queued, ReplyContext, queue_notification, queue_reply
from pipeline.outbox.render import Renderer
from pipeline.responders.actions import (
    Action,
    ChangeAdmin,
    Close,
    HandToStaff,
    RecordEvidence,
    Reply,
    ResetLink,
    RouteTo,
    WaitFor,
)
from pipeline.responders.view import DeskView
from pipeline.settings import Settings
from pipeline.tickets.models import OutboxMail, Ticket
from pipeline.tickets.service import STAFF_DUE, audit
from pipeline.tokens.service import issue_token

log = logging.getLogger(__name__)


@dataclass
class Run:
    """What carrying out has done so far: rows to send, and whether a mail was held back."""

    rows: list[OutboxMail] = field(default_factory=list)
    held: list[str] = field(default_factory=list)


def carry_out(session: Session, actions: tuple[Action, ...], ctx: ReplyContext, *,
              settings: Settings, renderer: Renderer, view: DeskView) -> list[OutboxMail]:
    """Execute each action in order; return the outbox rows to hand to the senders.

    When a mail to the user is held (a cap, a broken template), the ticket goes to a person
    instead of waiting on the user.
    """
    run = Run()
    for action in actions:
        if isinstance(action, Reply):
            _queue(run, queue_reply(session, action, ctx, settings=settings, renderer=renderer))
        elif isinstance(action, ResetLink):
            _send_link(session, run, action, ctx, settings=settings, renderer=renderer)
        elif isinstance(action, RouteTo):
            _route(session, run, action, ctx, view=view, renderer=renderer)
        elif isinstance(action, WaitFor):
            _wait(session, run, action, ctx)
        elif isinstance(action, HandToStaff):
            hand_to_staff(session, ctx, action.reason)
        elif isinstance(action, RecordEvidence):
            _record_evidence(session, action, ctx)
        elif isinstance(action, ChangeAdmin):
            _change_admin(session, action, ctx)
        elif isinstance(action, Close):
            _close(session, action, ctx)
    return run.rows


def _queue(run: Run, queued: Queued) -> None:
    if queued.row is not None:
        run.rows.append(queued.row)
    if queued.held:
        run.held.append(queued.held)


def hand_to_staff(session: Session, ctx: ReplyContext, reason: str) -> None:
    ticket = ctx.ticket
    if ticket.state != "open":
        ticket.due_at = ctx.now + STAFF_DUE
    ticket.state, ticket.waiting_on, ticket.waiting_since = "open", "staff", None
    session.add(ticket)
    audit(session, "handed_to_staff", ticket_id=ticket.id, at=ctx.now, reason=reason)


def _send_link(session: Session, run: Run, action: ResetLink, ctx: ReplyContext, *,
               settings: Settings, renderer: Renderer) -> None:
    """Mint a token only once every guard has passed, and only for an address on file."""
    on_file = find_by_uai(session, action.uai)
    platform = settings.platforms.get(action.platform)
    if on_file is None or action.to not in on_file.addresses() or platform is None:
        audit(session, "reset_link_refused", ticket_id=ctx.ticket.id, at=ctx.now,
              uai=action.uai, to=action.to, platform=action.platform)
        log.error("ticket %s: no link to %s, not on file for %s", ctx.ticket.reference,
                  action.to, action.uai)
        run.held.append("not_on_file")
        return
    lifetime = timedelta(hours=settings.procedures.reset_link_hours)

    def link_context() -> dict[str, object]:
        secret = issue_token(session, uai=action.uai, platform=action.platform,
                             sent_to=action.to, ticket_id=ctx.ticket.id, now=ctx.now,
                             lifetime=lifetime)
        audit(session, "reset_link_issued", ticket_id=ctx.ticket.id, at=ctx.now,
              uai=action.uai, to=action.to, platform=action.platform)
        return {"link": f"{platform.reset_url}?token={secret}",
                "expires_at": (ctx.now + lifetime).strftime("%d/%m/%Y %H:%M UTC"),
                "hours": int(settings.procedures.reset_link_hours) or 1}

    reply = Reply(action.template, {**action.context, "uai": action.uai,
                                    "establishment": on_file.establishment.name,
                                    "platform": {"name": platform.name}},
                  to=action.to, key=f"reset:{ctx.answering.id}")
    _queue(run, queue_reply(session, reply, ctx, settings=settings, renderer=renderer,
                            late_context=link_context))


def _route(session: Session, run: Run, action: RouteTo, ctx: ReplyContext, *, view: DeskView,
           renderer: Renderer) -> None:
    ticket = ctx.ticket
    team, _ = view.team_of(action.region)
    if ticket.routed_at is None:
        ticket.routed_at, ticket.routed_to, ticket.escalated = ctx.now, team, False
        session.add(ticket)
        audit(session, "routed", ticket_id=ticket.id, at=ctx.now, to=team,
              region=action.region, reason=action.reason)
    row = queue_notification(
        session, "notify/routed", to=team, key=f"route:{ticket.id}:{ctx.answering.id}",
        ctx=ctx, context={"reason": action.reason, "region": action.region or "national",
                          "last_text": (ctx.answering.new_text or ctx.answering.text)[:1500]},
        settings=view.settings, renderer=renderer)
    if row is not None:
        run.rows.append(row)


def _wait(session: Session, run: Run, action: WaitFor, ctx: ReplyContext) -> None:
    if run.held:
        hand_to_staff(session, ctx, f"automatic answer held: {', '.join(run.held)}")
        return
    ticket = ctx.ticket
    ticket.state, ticket.waiting_on = "pending", action.who
    ticket.waiting_since, ticket.followed_up_at, ticket.due_at = ctx.now, None, None
    session.add(ticket)
    audit(session, "waiting", ticket_id=ticket.id, at=ctx.now, on=action.who)


def _record_evidence(session: Session, action: RecordEvidence, ctx: ReplyContext) -> None:
    ticket = ctx.ticket
    waiting = action.waiting_ticket_id
    audit(session, "head_request_evidence", ticket_id=ticket.id, at=ctx.now,
          message_id=ctx.answering.id, waiting_ticket_id=waiting, **action.evidence)
    if waiting is not None and waiting != ticket.id:
        ticket.linked_ticket_id = waiting
        session.add(ticket)
        audit(session, "head_request_received", ticket_id=waiting, at=ctx.now,
              request_ticket=ticket.reference)


def _change_admin(session: Session, action: ChangeAdmin, ctx: ReplyContext) -> None:
    account = session.exec(select(Account).where(Account.uai == action.uai,
                                                 Account.platform == action.platform)).first()
    before = account.admin_email if account else None
    account = account or Account(uai=action.uai, platform=action.platform)
    account.admin_email, account.updated_at = action.email.lower(), ctx.now
    session.add(account)
    session.flush()
    audit(session, "administrator_changed", ticket_id=ctx.ticket.id, at=ctx.now,
          uai=action.uai, platform=action.platform, before=before, after=account.admin_email)


def _close(session: Session, action: Close, ctx: ReplyContext) -> None:
    ticket: Ticket = ctx.ticket
    ticket.state, ticket.waiting_on, ticket.due_at = "closed", "nobody", None
    session.add(ticket)
    audit(session, "closed", ticket_id=ticket.id, at=ctx.now, reason=action.reason)
