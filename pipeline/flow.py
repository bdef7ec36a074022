"""The flow of one message: ledger row → parse → classify → ticket → respond → outbox.

Each call is safe to repeat: a finished row is skipped, and the unique keys of the
message and outbox rows make a second run add nothing.
"""

from __future__ import annotations

import logging
from dataclasses import replace

import sqlalchemy as sa
from sqlmodel import Session, select

from pipeline.case import Case
from pipeline.classify.automated import detect_automated
from pipeline.desk import Desk
from pipeline.errors import UnparseableMail
from pipeline.ingest.ledger import store_blob
from pipeline.ingest.parse import parse_mail
from pipeline.outbox.queue import ReplyContext
from pipeline.responders import decide_actions
from pipeline.tickets.execute import carry_out
from pipeline.tickets.models import Blob, LedgerEntry, Message, Ticket, utcnow
from pipeline.tickets.service import audit, file_ticket
from pipeline.tickets.threading import format_reference

log = logging.getLogger(__name__)

FINISHED = ("done", "parked", "duplicate")


def detect_automation(case: Case, *, desk: Desk) -> Case:
    ours = desk.settings.desk.addresses
    return replace(case, automated=detect_automated(case.mail, own_addresses=ours))


def classify(case: Case, *, desk: Desk) -> Case:
    assert case.automated is not None
    entities, classification = desk.classifier.classify(case.mail, case.automated)
    log.info("ledger %s: %s (%.2f) -> %s by %s", case.ledger_id, classification.category,
             classification.confidence, classification.action, classification.decided_by)
    return replace(case, entities=entities, classification=classification)


STEPS = (detect_automation, classify)


def process_message(desk: Desk, ledger_id: int) -> list[int]:
    """Carry one recorded message through the flow; return the outbox rows to send."""
    entry = _claim(desk, ledger_id)
    if entry is None:
        return []
    if entry.attempts > desk.settings.limits.max_attempts:
        return _park(desk, entry, f"processing failed {entry.attempts - 1} times: {entry.error}")
    try:
        raw = _raw_bytes(desk, entry)
        try:
            mail, payloads = parse_mail(raw)
        except UnparseableMail as exc:
            return _park(desk, entry, f"unparseable mail: {exc.reason}")
        case = Case(ledger_id=ledger_id, mail=mail)
        for step in STEPS:
            case = step(case, desk=desk)
        return _file(desk, entry, case, payloads)
    except Exception as exc:
        _record_error(desk, ledger_id, f"{type(exc).__name__}: {exc}")
        raise


def _claim(desk: Desk, ledger_id: int) -> LedgerEntry | None:
    """Count the attempt before working, so a message that kills its worker is still counted."""
    with Session(desk.engine, expire_on_commit=False) as session:
        entry = session.exec(
            select(LedgerEntry).where(LedgerEntry.id == ledger_id).with_for_update()
        ).first()
        if entry is None or entry.state in FINISHED:
            return None
        entry.attempts += 1
        entry.state, entry.updated_at = "processing", utcnow()
        session.add(entry)
        session.commit()
        return entry


def _raw_bytes(desk: Desk, entry: LedgerEntry) -> bytes:
    with Session(desk.engine) as session:
        blob = session.get(Blob, entry.sha256)
        assert blob is not None, f"ledger {entry.id}: raw bytes missing"
        return blob.data


def _file(desk: Desk, entry: LedgerEntry, case: Case, payloads: dict[str, bytes]) -> list[int]:
    with Session(desk.engine, expire_on_commit=False) as session:
        duplicate_of = _duplicate_ticket(session, entry, case)
        if duplicate_of is not None:
            _finish(session, entry, "duplicate", duplicate_of)
            audit(session, "duplicate_ignored", ticket_id=duplicate_of, ledger_id=entry.id,
                  message_id=case.mail.message_id)
            session.commit()
            log.info("ledger %s: duplicate of a message on ticket %s", entry.id, duplicate_of)
            return []
        now = desk.clock()
        filed = file_ticket(session, case, ours=desk.settings.desk.addresses, now=now)
        filed.message.dedupe_key = _dedupe_key(entry, case)
        for data in payloads.values():
            store_blob(session, data)
        case = replace(case, ticket_id=filed.ticket.id)
        actions = decide_actions(case, is_new_ticket=filed.is_new)
        context = ReplyContext(ticket=filed.ticket, answering=filed.message, now=now)
        rows = carry_out(session, actions, context, settings=desk.settings,
                         renderer=desk.renderer)
        _finish(session, entry, "done", filed.ticket.id)
        session.commit()
        return [row.id for row in rows if row.id is not None]


def _dedupe_key(entry: LedgerEntry, case: Case) -> str:
    mid = case.mail.message_id
    return f"mid:{mid[:1000]}" if mid else f"sha:{entry.sha256}"


def _duplicate_ticket(session: Session, entry: LedgerEntry, case: Case) -> int | None:
    """The ticket that already holds this mail (same Message-ID, or same bytes without one)."""
    key = _dedupe_key(entry, case)
    return session.exec(select(Message.ticket_id).where(Message.dedupe_key == key)).first()


def _finish(session: Session, entry: LedgerEntry, state: str, ticket_id: int | None) -> None:
    session.exec(sa.update(LedgerEntry).where(LedgerEntry.id == entry.id)  # type: ignore[arg-type]
                 .values(state=state, ticket_id=ticket_id, updated_at=utcnow(), error=""))


def _park(desk: Desk, entry: LedgerEntry, reason: str) -> list[int]:
    """A message the flow cannot handle becomes a ticket for a person, raw bytes kept."""
    now = desk.clock()
    with Session(desk.engine, expire_on_commit=False) as session:
        key = f"sha:{entry.sha256}"
        earlier = session.exec(select(Message.ticket_id).where(Message.dedupe_key == key)).first()
        if earlier is not None:
            _finish(session, entry, "duplicate", earlier)
            session.commit()
            return []
        ticket = Ticket(subject=f"(message {entry.message_id or entry.sha256[:12]})",
                        parked_reason=reason[:2000], created_at=now, state="open")
        session.add(ticket)
        session.flush()
        assert ticket.id is not None
        ticket.reference = format_reference(ticket.id)
        session.add(Message(ticket_id=ticket.id, ledger_id=entry.id, direction="in",
                            message_id=entry.message_id, created_at=now,
                            dedupe_key=key))
        audit(session, "parked", ticket_id=ticket.id, ledger_id=entry.id, at=now, reason=reason)
        _finish(session, entry, "parked", ticket.id)
        session.commit()
    log.warning("ledger %s: parked on %s: %s", entry.id, ticket.reference, reason)
    return []


def _record_error(desk: Desk, ledger_id: int, error: str) -> None:
    with Session(desk.engine) as session:
        session.exec(sa.update(LedgerEntry).where(LedgerEntry.id == ledger_id)  # type: ignore[arg-type]
                     .values(error=error[:2000], updated_at=utcnow()))
        session.commit()
    log.error("ledger %s: %s", ledger_id, error)
