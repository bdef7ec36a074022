"""Read-only views for operators: what a mail file says, the desk's health, tickets as JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import redis
import sqlalchemy as sa
from sqlmodel import Session, select

from pipeline.actors import INGEST_QUEUE, OUTBOX_QUEUE
from pipeline.case import ParsedMail
from pipeline.classify.automated import detect_automated
from pipeline.db import make_engine
from pipeline.errors import UnparseableMail
from pipeline.ingest.parse import parse_mail
from pipeline.settings import Settings
from pipeline.tickets.models import (
    AuditEvent,
    Blob,
    LedgerEntry,
    MailboxState,
    Message,
    OutboxMail,
    Ticket,
)


def describe_file(path: Path, *, own_addresses: frozenset[str]) -> dict[str, Any]:
    """Everything the pipeline reads in one mail file, so an operator can see a misreading."""
    try:
        mail, _ = parse_mail(path.read_bytes())
    except UnparseableMail as exc:
        return {"file": str(path), "error": exc.reason}
    automation = detect_automated(mail, own_addresses=own_addresses)
    return {
        "file": str(path),
        "message_id": mail.message_id,
        "in_reply_to": mail.in_reply_to,
        "references": list(mail.references),
        "from": {"name": mail.sender.name, "address": mail.sender.email},
        "reply_to": mail.reply_to.email if mail.reply_to else None,
        "to": [a.email for a in mail.to],
        "cc": [a.email for a in mail.cc],
        "subject": mail.subject,
        "date": mail.date.isoformat() if mail.date else None,
        "language": mail.language,
        "text": mail.text,
        "new_text": mail.new_text,
        "signature": mail.signature,
        "attachments": [{"name": a.filename, "type": a.content_type, "size": a.size}
                        for a in mail.attachments],
        "automated": automation.automated,
        "automated_because": automation.reason or None,
        "defects": list(mail.defects),
    }


def desk_status(settings: Settings) -> dict[str, Any]:
    engine = make_engine(settings.database.url)
    with Session(engine) as session:
        states = {s.name: s for s in session.exec(select(MailboxState))}
        backlog = _counts(session, LedgerEntry.mailbox, LedgerEntry.state.in_(  # type: ignore[attr-defined]
            ("received", "processing")))
        unsettled = _counts(session, LedgerEntry.mailbox, LedgerEntry.settled == False)  # noqa: E712
        outbox = dict(session.exec(select(OutboxMail.state, sa.func.count())
                                   .group_by(OutboxMail.state)).all())
        ledger = dict(session.exec(select(LedgerEntry.state, sa.func.count())
                                   .group_by(LedgerEntry.state)).all())
    configured = [m.name for m in settings.mailboxes]
    names = configured + sorted(set(states) - set(configured))
    return {
        "mailboxes": [_mailbox(n, states.get(n), backlog.get(n, 0), unsettled.get(n, 0))
                      for n in names],
        "outbox": outbox,
        "ledger": ledger,
        "queues": _queue_depths(settings),
    }


def _queue_depths(settings: Settings) -> dict[str, int | str]:
    """Messages waiting in the Redis queues (the in-process queue lives in `run` only)."""
    if settings.queue.broker == "memory":
        return {}
    try:
        client = redis.Redis.from_url(settings.queue.broker, socket_timeout=2)
        return {queue: int(client.llen(f"{settings.queue.namespace}:{queue}"))
                for queue in (INGEST_QUEUE, OUTBOX_QUEUE)}
    except redis.RedisError as exc:
        return {"error": str(exc)}


def _counts(session: Session, column: Any, condition: Any) -> dict[str, int]:
    rows = session.exec(select(column, sa.func.count()).where(condition).group_by(column)).all()
    return dict(rows)


def _mailbox(name: str, state: MailboxState | None, backlog: int, unsettled: int) -> dict[str, Any]:
    return {
        "name": name,
        "last_poll_at": state.last_poll_at if state else None,
        "last_ok_at": state.last_ok_at if state else None,
        "error": state.last_error if state else "",
        "error_since": state.error_since if state else None,
        "backlog": backlog,
        "unsettled": unsettled,
    }


def list_tickets(settings: Settings, *, state: str | None, limit: int) -> list[dict[str, Any]]:
    engine = make_engine(settings.database.url)
    with Session(engine) as session:
        query = select(Ticket).order_by(Ticket.id.desc()).limit(limit)  # type: ignore[union-attr]
        if state:
            query = query.where(Ticket.state == state)
        return [_ticket(t) for t in session.exec(query)]


def show_ticket(settings: Settings, reference: str) -> dict[str, Any] | None:
    engine = make_engine(settings.database.url)
    with Session(engine) as session:
        ticket = session.exec(select(Ticket).where(Ticket.reference == reference)).first()
        if ticket is None:
            return None
        messages = session.exec(select(Message).where(Message.ticket_id == ticket.id)
                                .order_by(Message.id)).all()  # type: ignore[arg-type]
        events = session.exec(select(AuditEvent).where(AuditEvent.ticket_id == ticket.id)
                              .order_by(AuditEvent.id)).all()  # type: ignore[arg-type]
        return {
            **_ticket(ticket),
            "messages": [_message(m) for m in messages],
            "audit": [{"at": e.at, "actor": e.actor, "event": e.event, "detail": e.detail}
                      for e in events],
        }


def _ticket(t: Ticket) -> dict[str, Any]:
    return {
        "reference": t.reference, "state": t.state, "category": t.category,
        "confidence": t.confidence, "action": t.action, "decided_by": t.decided_by,
        "region": t.region, "uai": t.uai, "platform": t.platform,
        "requester": t.requester, "subject": t.subject, "waiting_on": t.waiting_on,
        "parked_reason": t.parked_reason, "created_at": t.created_at, "due_at": t.due_at,
        "linked_ticket": t.linked_ticket_id,
    }


def _message(m: Message) -> dict[str, Any]:
    return {
        "direction": m.direction, "message_id": m.message_id, "in_reply_to": m.in_reply_to,
        "sender": m.sender, "recipients": m.recipients, "subject": m.subject,
        "sent_at": m.sent_at, "matched_by": m.matched_by, "text": m.text,
        "automated": m.automated_reason or None,
    }


def stored_mails(settings: Settings, *, last: int) -> list[tuple[str, ParsedMail]]:
    """The last N received mails, read again from their raw bytes, keyed by ticket reference."""
    engine = make_engine(settings.database.url)
    with Session(engine) as session:
        rows = session.exec(
            select(Ticket.reference, Blob.data)
            .join(Message, Message.ticket_id == Ticket.id)
            .join(LedgerEntry, LedgerEntry.id == Message.ledger_id)
            .join(Blob, Blob.sha256 == LedgerEntry.sha256)
            .order_by(Message.id.desc()).limit(last)  # type: ignore[union-attr]
        ).all()
    mails = []
    for reference, raw in rows:
        try:
            mails.append((reference, parse_mail(raw)[0]))
        except UnparseableMail:
            continue
    return mails
