"""Carry out what responders decided, inside the ticket's transaction."""

from __future__ import annotations

from sqlmodel import Session

from pipeline.outbox.queue import ReplyContext, queue_reply
from pipeline.outbox.render import Renderer
from pipeline.responders.actions import Action, Reply
from pipeline.settings import Settings
from pipeline.tickets.models import OutboxMail


def carry_out(session: Session, actions: tuple[Action, ...], ctx: ReplyContext, *,
              settings: Settings, renderer: Renderer) -> list[OutboxMail]:
    """Execute each action; return the outbox rows to hand to the senders."""
    rows: list[OutboxMail] = []
    for action in actions:
        if isinstance(action, Reply):
            row = queue_reply(session, action, ctx, settings=settings, renderer=renderer)
            if row is not None:
                rows.append(row)
    return rows
