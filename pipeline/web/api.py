"""The JSON API: the platforms redeem reset tokens (API key compared in constant time); staff
read the queue, tickets and the dashboard with their own API tokens. Schema: /api/v1/openapi.json.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Header, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlmodel import Session

from pipeline.tokens.service import redeem_token
from pipeline.web.auth import Staff, token_staff
from pipeline.web.dashboard import read_dashboard
from pipeline.web.queue import Filters, read_queue
from pipeline.web.thread import find_ticket, read_ticket

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1")


class RedeemRequest(BaseModel):
    token: str = Field(min_length=16, max_length=200)


class RedeemedAccount(BaseModel):
    uai: str
    platform: str
    email: str  # the address the link was sent to: the account's contact from now on


def api_client(request: Request,
               authorization: Annotated[str | None, Header()] = None,
               x_api_key: Annotated[str | None, Header()] = None) -> str:
    """The name of the client whose key was given; 401 otherwise. Every key is compared."""
    given = x_api_key or (authorization or "").removeprefix("Bearer ").strip()
    keys: dict[str, str] = request.app.state.api_keys
    found = ""
    for name, secret in keys.items():
        if hmac.compare_digest(given.encode(), secret.encode()) and given:
            found = name
    if not found:
        raise HTTPException(status_code=401, detail="a valid API key is required",
                            headers={"WWW-Authenticate": "Bearer"})
    return found


@router.post("/reset-tokens/redeem", response_model=RedeemedAccount, tags=["platforms"])
def redeem(body: RedeemRequest, request: Request,
           client: Annotated[str, Depends(api_client)]) -> RedeemedAccount:
    """Consume the token: the first call gets the account, every later call gets 410."""
    engine: sa.Engine = request.app.state.engine
    clock: Callable[[], datetime] = request.app.state.clock
    with Session(engine) as session:
        redeemed = redeem_token(session, body.token, by=client, now=clock())
    if redeemed is None:
        log.info("reset token refused for %s (unknown, used or expired)", client)
        raise HTTPException(status_code=410, detail="unknown, used or expired token")
    log.info("reset token redeemed by %s for %s on %s", client, redeemed.uai, redeemed.platform)
    return RedeemedAccount(uai=redeemed.uai, platform=redeemed.platform, email=redeemed.sent_to)


# --------------------------------------------------------------------------- staff data (issue 5)
# The queue, a ticket and the dashboard as JSON, for a person's API token (`support-pipeline
# users token EMAIL`); the same scope as in the browser: an agent sees their regions only.

bearer = HTTPBearer(auto_error=False, description="A staff API token (sp_…)")


def token_staff_of(request: Request,
                   credentials: Annotated[HTTPAuthorizationCredentials | None,
                                          Depends(bearer)]) -> Staff:
    with Session(request.app.state.engine) as session:
        staff = token_staff(session, credentials.credentials) if credentials else None
    if staff is None:
        raise HTTPException(status_code=401, detail="a valid staff API token is required",
                            headers={"WWW-Authenticate": "Bearer"})
    return staff


class TicketSummary(BaseModel):
    reference: str
    subject: str
    requester: str
    region: str | None
    category: str
    state: str
    uai: str | None
    waiting_on: str
    due_at: datetime | None
    assignee: str | None
    overdue: bool
    escalated: bool
    created_at: datetime


class TicketList(BaseModel):
    tickets: list[TicketSummary]
    total: int
    next_cursor: str = Field(description="Pass as `after` for the next page; empty at the end.")


class MessageOut(BaseModel):
    direction: str
    sender: str
    subject: str
    sent_at: datetime | None
    text: str
    attachments: list[str]


class AuditOut(BaseModel):
    at: datetime
    actor: str
    event: str
    detail: dict[str, Any]


class TicketDetail(BaseModel):
    reference: str
    subject: str
    requester: str
    state: str
    category: str
    confidence: float
    decided_by: str
    region: str | None
    uai: str | None
    platform: str | None
    assignee: str | None
    messages: list[MessageOut]
    audit: list[AuditOut]


class Dashboard(BaseModel):
    days: list[date]
    tickets: int
    by_category: dict[str, list[int]]
    by_region: dict[str, list[int]]
    auto_share: float | None
    median_first_answer_hours: float | None
    overdue: int
    loop_guard: list[int]
    mailboxes: list[dict[str, Any]]


StaffToken = Annotated[Staff, Depends(token_staff_of)]


@router.get("/tickets", response_model=TicketList, tags=["staff"])
def list_tickets(request: Request, staff: StaffToken, region: str = "", category: str = "",
                 state: str = "active", assignee: str = "", overdue: bool = False, q: str = "",
                 after: str = "") -> TicketList:
    """The queue as in the browser: in due order, 50 a page, keyset pagination via `after`."""
    filters = Filters(region=region, category=category, state=state, assignee=assignee,
                      overdue=overdue, q=q[:200], after=after)
    with Session(request.app.state.engine) as session:
        page = read_queue(session, staff, filters, now=request.app.state.clock(),
                          with_counts=False)
    return TicketList(tickets=[TicketSummary(**row) for row in page.rows], total=page.total,
                      next_cursor=page.next_cursor)


@router.get("/tickets/{reference}", response_model=TicketDetail, tags=["staff"])
def get_ticket(request: Request, reference: str, staff: StaffToken) -> TicketDetail:
    with Session(request.app.state.engine) as session:
        ticket = find_ticket(session, staff, reference)
        if ticket is None:
            raise HTTPException(status_code=404, detail="no such ticket")
        view = read_ticket(session, ticket)
    t = view["ticket"]
    return TicketDetail(
        reference=t.reference, subject=t.subject, requester=t.requester, state=t.state,
        category=t.category, confidence=t.confidence, decided_by=t.decided_by, region=t.region,
        uai=t.uai, platform=t.platform, assignee=view["assignee"],
        messages=[MessageOut(direction=m["row"].direction, sender=m["row"].sender,
                             subject=m["row"].subject, sent_at=m["row"].sent_at,
                             text=m["row"].text, attachments=[a.filename for a in m["attachments"]])
                  for m in view["messages"]],
        audit=[AuditOut(at=e["row"].at, actor=e["row"].actor, event=e["row"].event,
                        detail=e["detail"]) for e in view["events"]])


@router.get("/dashboard", response_model=Dashboard, tags=["staff"])
def get_dashboard(request: Request, staff: StaffToken) -> Dashboard:
    with Session(request.app.state.engine) as session:
        numbers = read_dashboard(session, staff, now=request.app.state.clock())
    boxes = [{"name": m.name, "last_poll_at": m.last_poll_at, "last_ok_at": m.last_ok_at,
              "error": m.last_error, "error_since": m.error_since} for m in numbers["mailboxes"]]
    return Dashboard(**{**numbers, "mailboxes": boxes})
