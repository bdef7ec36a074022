"""A person approves or refuses a head-of-establishment request; who decided is in the audit."""

from __future__ import annotations

import json
import logging
from datetime import datetime

from sqlmodel import Session, select

from pipeline.desk import Desk
from pipeline.directory.lookup import find_by_uai
from pipeline.errors import NothingToApprove
from pipeline.outbox.queue import ReplyContext
from pipeline.responders.actions import Action, ChangeAdmin, Close, Reply, ResetLink, WaitFor
from pipeline.responders.view import DeskView
from pipeline.tickets.execute import carry_out
from pipeline.tickets.models import AuditEvent, Message, Ticket
from pipeline.tickets.service import audit

log = logging.getLogger(__name__)

DECIDED = ("head_request_approved", "head_request_refused")


def approve_request(desk: Desk, reference: str, *, by: str, new_admin: str | None = None,
                    platform: str | None = None) -> list[int]:
    """Carry out the request: new administrator address if asked, a reset link to it."""
    now = desk.clock()
    with Session(desk.engine, expire_on_commit=False) as session:
        ticket, evidence, ctx = _undecided(session, reference, desk, now)
        uai = evidence.get("uai") or ticket.uai
        on_file = find_by_uai(session, uai)
        if not uai or on_file is None:
            raise NothingToApprove(reference, f"establishment {uai} is not in the directory")
        account = on_file.account_for(platform or ticket.platform) or on_file.account_for(None)
        if account is None:
            raise NothingToApprove(reference, "say which platform (--platform)")
        target = (new_admin or account.admin_email or on_file.establishment.official_email or "")
        if not target:
            raise NothingToApprove(reference, "no address on file: give --new-admin")
        actions: list[Action] = []
        done = []
        if new_admin:
            actions.append(ChangeAdmin(uai, account.platform, new_admin.strip().lower()))
            done.append(f"{account.platform}: {new_admin.strip().lower()}")
        actions.append(ResetLink(to=target.strip().lower(), uai=uai, platform=account.platform))
        done.append(target.strip().lower())
        actions += [Reply("head_of_establishment_request/approved", {"done": done},
                          to=evidence.get("sender") or None, key=f"approved:{ticket.id}"),
                    WaitFor("user")]
        _decide(session, ticket, "head_request_approved", by=by, now=now,
                new_admin=new_admin, link_to=target, platform=account.platform)
        rows = carry_out(session, tuple(actions), ctx, settings=desk.settings,
                         renderer=desk.renderer, view=_view(session, desk, now))
        session.commit()
    log.info("ticket %s: head-of-establishment request approved by %s", reference, by)
    return [row.id for row in rows if row.id is not None]


def refuse_request(desk: Desk, reference: str, *, by: str, reason: str) -> list[int]:
    now = desk.clock()
    with Session(desk.engine, expire_on_commit=False) as session:
        ticket, evidence, ctx = _undecided(session, reference, desk, now)
        _decide(session, ticket, "head_request_refused", by=by, now=now, reason=reason)
        actions = (Reply("head_of_establishment_request/refused", {"reason": reason},
                         to=evidence.get("sender") or None, key=f"refused:{ticket.id}"),
                   Close(f"request refused by {by}"))
        rows = carry_out(session, actions, ctx, settings=desk.settings, renderer=desk.renderer,
                         view=_view(session, desk, now))
        session.commit()
    log.info("ticket %s: head-of-establishment request refused by %s", reference, by)
    return [row.id for row in rows if row.id is not None]


def _undecided(session: Session, reference: str, desk: Desk,
               now: datetime) -> tuple[Ticket, dict[str, object], ReplyContext]:
    ticket = session.exec(select(Ticket).where(Ticket.reference == reference.upper())
                          .with_for_update()).first()
    if ticket is None:
        raise NothingToApprove(reference, "no such ticket")
    events = session.exec(select(AuditEvent).where(AuditEvent.ticket_id == ticket.id)
                          .order_by(AuditEvent.id)).all()
    requests = [e for e in events if e.event == "head_request_evidence"]
    if not requests:
        raise NothingToApprove(reference, "no head-of-establishment request on this ticket")
    if any(e.event in DECIDED and e.at >= requests[-1].at for e in events):
        raise NothingToApprove(reference, "the request was already decided")
    last_in = session.exec(select(Message).where(Message.ticket_id == ticket.id,
                                                 Message.direction == "in")
                           .order_by(Message.id.desc())).first()  # type: ignore[union-attr]
    assert last_in is not None
    ctx = ReplyContext(ticket=ticket, answering=last_in, now=now)
    return ticket, json.loads(requests[-1].detail), ctx


def _decide(session: Session, ticket: Ticket, event: str, *, by: str, now: datetime,
            **detail: object) -> None:
    ticket.staff_answered_at = now
    session.add(ticket)
    audit(session, event, ticket_id=ticket.id, actor=by, at=now, **detail)
    if ticket.linked_ticket_id:
        waiting = session.get(Ticket, ticket.linked_ticket_id)
        if waiting is not None:
            waiting.staff_answered_at = now
            waiting.state, waiting.waiting_on = "resolved", "nobody"
            session.add(waiting)
            audit(session, event, ticket_id=waiting.id, actor=by, at=now,
                  request_ticket=ticket.reference)


def _view(session: Session, desk: Desk, now: datetime) -> DeskView:
    return DeskView(session=session, settings=desk.settings, regions=desk.classifier.regions,
                    now=now)
