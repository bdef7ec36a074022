"""Replies become outbox rows inside the ticket's transaction: rendered once, sent later, once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from pipeline.db import lock_until_commit
from pipeline.errors import TemplateRejected
from pipeline.outbox.compose import compose_mail, is_deliverable, new_message_id
from pipeline.outbox.render import Rendered, Renderer
from pipeline.responders.actions import Reply
from pipeline.settings import Settings
from pipeline.tickets.models import Message, OutboxMail, Ticket
from pipeline.tickets.service import audit

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReplyContext:
    """The inbound message a reply answers, and the clock."""

    ticket: Ticket
    answering: Message
    now: datetime


@dataclass(frozen=True, slots=True)
class Queued:
    """What queueing did: the new row, or why no mail will leave ("" when already queued)."""

    row: OutboxMail | None
    held: str = ""  # address_cap | ticket_cap | template


def queue_reply(session: Session, reply: Reply, ctx: ReplyContext, *, settings: Settings,
                renderer: Renderer,
                late_context: Callable[[], dict[str, Any]] | None = None) -> Queued:
    """Add the outbox row and the thread's `out` message, unless a guard stops the mail.

    `late_context` is called only once every guard has passed (a reset link is minted there).
    """
    ticket, to = ctx.ticket, (reply.to or ctx.ticket.requester)
    key = reply.key or f"{reply.template}:{ctx.answering.id}"
    if reply.to:
        key = f"{key}:{to}"[:200]
    seen = _seen(session, key=key, to=to, ticket_id=ticket.id, now=ctx.now, lock=True)
    if seen.key_taken:
        return Queued(None)
    if not is_deliverable(to):
        audit(session, "address_undeliverable", ticket_id=ticket.id, at=ctx.now, to=to)
        return Queued(None, "address")
    held = _cap_tripped(session, ticket, to, ctx.now, settings, seen)
    if held:
        return Queued(None, held)
    context = _context(reply, ticket, settings)
    try:
        rendered = renderer.render(reply.template, ticket.language,
                                   {**context, **(late_context() if late_context else {})})
    except TemplateRejected as exc:
        ticket.parked_reason = f"template {exc}"
        ticket.state, ticket.waiting_on = "open", "staff"
        audit(session, "template_failed", ticket_id=ticket.id, at=ctx.now, error=str(exc))
        log.error("ticket %s: reply not sent, %s", ticket.reference, exc)
        return Queued(None, "template")
    row = add_outgoing(session, ticket, rendered, to=to, key=key, kind=reply.template,
                       answering=ctx.answering, automatic=True, settings=settings, now=ctx.now)
    audit(session, "reply_queued", ticket_id=ticket.id, at=ctx.now, template=reply.template,
          message_id=row.message_id, to=to)
    if ticket.first_response_at is None:
        ticket.first_response_at = ctx.now
    return Queued(row)


def add_outgoing(session: Session, ticket: Ticket, rendered: Rendered, *, to: str, key: str,
                 kind: str, answering: Message | None, automatic: bool, settings: Settings,
                 now: datetime) -> OutboxMail:
    """The outbox row and, in the ticket's thread, the `out` message it will be."""
    message_id = new_message_id(ticket.reference, settings.desk.message_id_domain)
    in_reply_to = answering.message_id if answering else ""
    raw = compose_mail(
        rendered, from_name=settings.desk.name, from_addr=settings.desk.address, to=to,
        reference=ticket.reference, message_id=message_id, in_reply_to=in_reply_to,
        references=tuple(answering.references.split()) if answering else (),
        automatic=automatic, date=now)
    row = OutboxMail(key=key[:200], ticket_id=ticket.id, kind=kind, to_addr=to,
                     subject=rendered.subject, message_id=message_id, raw=raw,
                     automatic=automatic, created_at=now)
    session.add(row)
    assert ticket.id is not None
    session.add(Message(ticket_id=ticket.id, direction="out", message_id=message_id,
                        in_reply_to=in_reply_to, sender=settings.desk.address,
                        sender_name=settings.desk.name, recipients=to,
                        subject=rendered.subject, sent_at=now, text=rendered.text,
                        new_text=rendered.text, created_at=now))
    return row


def queue_notification(session: Session, template: str, *, to: str, key: str,
                       ctx: ReplyContext, context: dict[str, Any], settings: Settings,
                       renderer: Renderer) -> OutboxMail | None:
    """Internal mail to a team: not counted by the requesters' caps, once per key."""
    ticket = ctx.ticket
    if _seen(session, key=key, to=to, ticket_id=ticket.id, now=ctx.now, lock=False).key_taken:
        return None
    try:
        rendered = renderer.render(template, settings.desk.language,
                                   {**_context(Reply(template), ticket, settings), **context})
    except TemplateRejected as exc:
        audit(session, "template_failed", ticket_id=ticket.id, at=ctx.now, error=str(exc))
        log.error("ticket %s: notification to %s not sent, %s", ticket.reference, to, exc)
        return None
    message_id = new_message_id(ticket.reference, settings.desk.message_id_domain)
    raw = compose_mail(rendered, from_name=settings.desk.name, from_addr=settings.desk.address,
                       to=to, reference=ticket.reference, message_id=message_id, in_reply_to="",
                       references=(), automatic=True, date=ctx.now,
                       auto_submitted="auto-generated")
    row = OutboxMail(key=key[:200], ticket_id=ticket.id, kind=template, to_addr=to,
                     subject=rendered.subject, message_id=message_id, raw=raw,
                     automatic=False, created_at=ctx.now)
    session.add(row)
    audit(session, "notification_queued", ticket_id=ticket.id, at=ctx.now, template=template,
          message_id=message_id, to=to)
    return row


@dataclass(frozen=True, slots=True)
class Seen:
    """What the outbox already holds that guards a new mail: its key, and what the caps count."""

    key_taken: bool
    to_address_today: int  # automatic mail to this address in the last 24 h
    on_ticket: int  # automatic mail on this ticket


def _count(*where: Any) -> Any:
    return sa.select(sa.func.count()).select_from(OutboxMail).where(*where).scalar_subquery()


_AUTOMATIC = OutboxMail.automatic == sa.true()
SEEN = sa.select(  # built once: building a statement costs more than running it
    _count(OutboxMail.key == sa.bindparam("key")),
    _count(OutboxMail.to_addr == sa.bindparam("to"), _AUTOMATIC,
           OutboxMail.created_at >= sa.bindparam("since")),
    _count(OutboxMail.ticket_id == sa.bindparam("ticket_id"), _AUTOMATIC))


def _seen(session: Session, *, key: str, to: str, ticket_id: int | None, now: datetime,
          lock: bool) -> Seen:
    """One query; rows added but not flushed yet count too (a batch flushes once, at its end).

    With `lock`, the address is counted under a per-address lock on PostgreSQL, so
    concurrent workers cannot both take its last slot (SQLite writers are serial already).
    """
    connection = session.connection()
    if lock:
        lock_until_commit(connection, to)
    since = now - timedelta(hours=24)
    keys, to_today, on_ticket = connection.execute(
        SEEN, {"key": key, "to": to, "since": since, "ticket_id": ticket_id}).one()
    pending = [row for row in session.new if isinstance(row, OutboxMail)]
    return Seen(
        key_taken=keys > 0 or any(row.key == key for row in pending),
        to_address_today=to_today + sum(1 for row in pending if row.to_addr == to
                                        and row.automatic and row.created_at >= since),
        on_ticket=on_ticket + sum(1 for row in pending
                                  if row.ticket_id == ticket_id and row.automatic))


def _cap_tripped(session: Session, ticket: Ticket, to: str, now: datetime,
                 settings: Settings, seen: Seen) -> str:
    limits = settings.limits
    if seen.to_address_today >= limits.auto_mails_per_address_per_day:
        audit(session, "loop_guard_tripped", ticket_id=ticket.id, at=now, to=to,
              cap=limits.auto_mails_per_address_per_day)
        log.warning("ticket %s: automatic mail to %s held by the per-address cap",
                    ticket.reference, to)
        return "address_cap"
    if seen.on_ticket >= limits.auto_mails_per_ticket:
        audit(session, "ticket_cap_tripped", ticket_id=ticket.id, at=now, to=to,
              cap=limits.auto_mails_per_ticket)
        log.warning("ticket %s: automatic mail held by the per-ticket cap", ticket.reference)
        return "ticket_cap"
    return ""


def _context(reply: Reply, ticket: Ticket, settings: Settings) -> dict[str, object]:
    return {
        "desk": {"name": settings.desk.name, "address": settings.desk.address},
        "ticket": {"reference": ticket.reference, "subject": ticket.subject,
                   "url": f"{settings.desk.base_url}/tickets/{ticket.reference}"},
        "requester": {"name": ticket.requester_name, "email": ticket.requester},
        **reply.context,
    }
