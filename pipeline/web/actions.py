"""What a person does to a ticket from the web: each action is audited with who did it.

Answers go through the outbox like every other mail (a row first, then sent once).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from pipeline.desk import Desk
from pipeline.errors import TemplateRejected
from pipeline.outbox.lint import sample_context
from pipeline.outbox.queue import add_outgoing
from pipeline.outbox.render import Rendered, Renderer
from pipeline.tickets.models import Message, OutboxMail, Ticket
from pipeline.tickets.service import audit
from pipeline.web.auth import Staff
from pipeline.web.models import Assignment, CategoryCorrection

REOPENABLE = ("resolved", "closed")


def prefill_answer(desk: Desk, ticket: Ticket, template: str,
                   renderer: Renderer | None = None) -> Rendered:
    """The template rendered for this ticket; sample values fill what only a responder knows."""
    settings = desk.settings
    renderer = renderer or desk.renderer
    context = {**sample_context(settings.paths.templates, template),
               "desk": {"name": settings.desk.name, "address": settings.desk.address},
               "ticket": {"reference": ticket.reference, "subject": ticket.subject,
                          "url": f"{settings.desk.base_url}/tickets/{ticket.reference}"},
               "requester": {"name": ticket.requester_name, "email": ticket.requester}}
    return renderer.render(template, ticket.language, context)


def queue_answer(session: Session, desk: Desk, ticket: Ticket, staff: Staff, *, subject: str,
                 text: str, template: str, now: datetime) -> OutboxMail:
    """A person's answer as an outbox row (not automatic: no Auto-Submitted header)."""
    subject, text = subject.replace("\x00", ""), text.replace("\x00", "")  # PostgreSQL holds none
    if not text.strip() or not subject.strip():
        raise TemplateRejected(template or "answer", "the answer needs a subject and a text")
    last_in = session.exec(select(Message).where(Message.ticket_id == ticket.id,
                                                 Message.direction == "in")
                           .order_by(Message.id.desc())).first()  # type: ignore[union-attr]
    rendered = Rendered(" ".join(subject.split()), text.replace("\r\n", "\n"), "")
    row = add_outgoing(session, ticket, rendered, to=ticket.requester,
                       key=f"staff:{ticket.id}:{uuid.uuid4().hex}",
                       kind=f"staff:{template or 'free'}", answering=last_in, automatic=False,
                       settings=desk.settings, now=now)
    session.flush()  # the caller hands row.id to the senders
    ticket.first_response_at = ticket.first_response_at or now
    ticket.staff_answered_at, ticket.updated_at = now, now
    ticket.state, ticket.waiting_on, ticket.parked_reason = "pending", "user", ""
    ticket.waiting_since, ticket.followed_up_at, ticket.due_at = now, None, None
    session.add(ticket)
    audit(session, "staff_answer_queued", ticket_id=ticket.id, actor=staff.actor, at=now,
          template=template, message_id=row.message_id, to=ticket.requester)
    return row


def assign_ticket(session: Session, ticket: Ticket, staff: Staff, to: str, *,
                  now: datetime) -> None:
    assert ticket.id is not None
    current = session.get(Assignment, ticket.id)
    if to:
        current = current or Assignment(ticket_id=ticket.id, user_email=to)
        current.user_email, current.at = to.lower(), now
        session.add(current)
    elif current is not None:
        session.delete(current)
    _record(session, ticket, staff, "reassigned", now, to=to or None)


def correct_category(session: Session, ticket: Ticket, staff: Staff, category: str, *,
                     now: datetime) -> None:
    """Change the category and keep the correction, with its message, for training."""
    if category == ticket.category:
        return
    assert ticket.id is not None
    first_in = session.exec(select(Message.id).where(Message.ticket_id == ticket.id,
                                                     Message.direction == "in")
                            .order_by(Message.id)).first()  # type: ignore[arg-type]
    session.add(CategoryCorrection(ticket_id=ticket.id, message_id=first_in,
                                   before=ticket.category, after=category,
                                   decided_by=ticket.decided_by, by=staff.actor, at=now))
    before, ticket.category = ticket.category, category
    _record(session, ticket, staff, "category_corrected", now, before=before, after=category)


def change_region(session: Session, ticket: Ticket, staff: Staff, region: str | None, *,
                  now: datetime) -> None:
    before, ticket.region = ticket.region, region
    _record(session, ticket, staff, "region_changed", now, before=before, after=region)


def set_open(session: Session, ticket: Ticket, staff: Staff, *, open_: bool, now: datetime,
             due: datetime | None = None) -> None:
    """Close, or reopen (a reopened ticket is the staff's again, due in the usual delay)."""
    if open_:
        ticket.state, ticket.waiting_on, ticket.due_at = "open", "staff", due
        _record(session, ticket, staff, "reopened", now)
    else:
        ticket.state, ticket.waiting_on, ticket.due_at = "closed", "nobody", None
        _record(session, ticket, staff, "closed", now)


def _record(session: Session, ticket: Ticket, staff: Staff, event: str, now: datetime,
            **detail: Any) -> None:
    ticket.updated_at = now
    session.add(ticket)
    audit(session, event, ticket_id=ticket.id, actor=staff.actor, at=now, **detail)
