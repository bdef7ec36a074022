"""Replies become outbox rows inside the ticket's transaction: rendered once, sent later, once."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from pipeline.errors import TemplateRejected
from pipeline.outbox.compose import compose_mail, new_message_id
from pipeline.outbox.render import Renderer
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


def queue_reply(session: Session, reply: Reply, ctx: ReplyContext, *, settings: Settings,
                renderer: Renderer) -> OutboxMail | None:
    """Add the outbox row and the thread's `out` message; None when a guard stops the mail."""
    ticket, to = ctx.ticket, (reply.to or ctx.ticket.requester)
    key = f"{reply.template}:{ctx.answering.id}"
    if session.exec(select(OutboxMail.id).where(OutboxMail.key == key)).first():
        return None
    if _over_cap(session, to, ctx.now, settings.limits.auto_mails_per_address_per_day):
        audit(session, "loop_guard_tripped", ticket_id=ticket.id, at=ctx.now, to=to,
              cap=settings.limits.auto_mails_per_address_per_day)
        log.warning("ticket %s: automatic mail to %s held by the per-address cap",
                    ticket.reference, to)
        return None
    try:
        rendered = renderer.render(reply.template, ticket.language,
                                   _context(reply, ticket, settings))
    except TemplateRejected as exc:
        ticket.parked_reason = f"template {exc}"
        ticket.state, ticket.waiting_on = "open", "staff"
        audit(session, "template_failed", ticket_id=ticket.id, at=ctx.now, error=str(exc))
        log.error("ticket %s: reply not sent, %s", ticket.reference, exc)
        return None
    message_id = new_message_id(ticket.reference, settings.desk.message_id_domain)
    raw = compose_mail(
        rendered, from_name=settings.desk.name, from_addr=settings.desk.address, to=to,
        reference=ticket.reference, message_id=message_id,
        in_reply_to=ctx.answering.message_id,
        references=tuple(ctx.answering.references.split()), automatic=True, date=ctx.now,
    )
    row = OutboxMail(key=key, ticket_id=ticket.id, kind=reply.template, to_addr=to,
                     subject=rendered.subject, message_id=message_id, raw=raw, created_at=ctx.now)
    session.add(row)
    session.flush()
    session.add(Message(ticket_id=ticket.id, outbox_id=row.id, direction="out",
                        message_id=message_id, in_reply_to=ctx.answering.message_id,
                        sender=settings.desk.address, sender_name=settings.desk.name,
                        recipients=to, subject=rendered.subject, sent_at=ctx.now,
                        text=rendered.text, new_text=rendered.text, created_at=ctx.now))
    audit(session, "reply_queued", ticket_id=ticket.id, at=ctx.now, template=reply.template,
          outbox_id=row.id, to=to)
    if ticket.first_response_at is None:
        ticket.first_response_at = ctx.now
    return row


def _over_cap(session: Session, to: str, now: datetime, cap: int) -> bool:
    """Count under a per-address lock, so concurrent workers cannot both take the last slot."""
    if session.get_bind().dialect.name == "postgresql":  # SQLite writers are serial already
        session.exec(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtext(to))))
    since = now - timedelta(hours=24)
    count = session.exec(
        select(sa.func.count()).select_from(OutboxMail).where(
            OutboxMail.to_addr == to, OutboxMail.automatic == True,  # noqa: E712
            OutboxMail.created_at >= since,  # type: ignore[operator]
        )
    ).one()
    return count >= cap


def _context(reply: Reply, ticket: Ticket, settings: Settings) -> dict[str, object]:
    return {
        "desk": {"name": settings.desk.name, "address": settings.desk.address},
        "ticket": {"reference": ticket.reference, "subject": ticket.subject,
                   "url": f"{settings.desk.base_url}/tickets/{ticket.reference}"},
        "requester": {"name": ticket.requester_name, "email": ticket.requester},
        **reply.context,
    }
