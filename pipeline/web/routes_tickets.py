"""The queue and a ticket's page, with the actions a person takes on it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session, select
from starlette.datastructures import FormData

from pipeline.classify.classifier import CATEGORIES
from pipeline.errors import NothingToApprove, TemplateRejected
from pipeline.outbox.lint import template_names
from pipeline.runner import send_now
from pipeline.tickets.approval import approve_request, refuse_request
from pipeline.tickets.models import Ticket
from pipeline.web import actions
from pipeline.web.auth import Staff
from pipeline.web.deps import checked_form, desk_of, now_of, open_db, page_staff, render_page
from pipeline.web.models import StaffUser
from pipeline.web.queue import STATES, Filters, read_queue
from pipeline.web.sanitize import FRAME_CSP, frame_document, safe_filename, sanitize_html
from pipeline.web.thread import (
    find_attachment,
    find_message,
    find_ticket,
    message_html,
    read_ticket,
)

router = APIRouter(include_in_schema=False)
StaffDep = Annotated[Staff, Depends(page_staff)]
FormDep = Annotated[FormData, Depends(checked_form)]
NOTES = {"answered": "Answer sent.", "saved": "Saved.", "approved": "Request approved: mail sent.",
         "refused": "Request refused: the requester was told."}


@router.get("/queue", response_class=HTMLResponse)
def queue_page(request: Request, staff: StaffDep, region: str = "", category: str = "",
               state: str = "active", assignee: str = "", overdue: bool = False, q: str = "",
               after: str = "") -> Response:
    filters = Filters(region=region, category=category, state=state,
                      assignee=staff.email if assignee == "me" else assignee,
                      overdue=overdue, q=q[:200], after=after)
    with open_db(request) as session:
        cache = request.app.state.facets
        page = read_queue(session, staff, filters, now=now_of(request),
                          counts=cache.counts(session, staff, now=now_of(request)))
    return render_page(request, "queue.html", staff, page=page, filters=filters,
                       categories=CATEGORIES, states=STATES, regions=_regions(request, staff))


@router.get("/tickets/{reference}", response_class=HTMLResponse)
def ticket_page(request: Request, reference: str, staff: StaffDep, template: str = "",
                note: str = "") -> Response:
    return _ticket_response(request, staff, reference, template=template,
                            note=NOTES.get(note, ""))


@router.get("/tickets/{reference}/messages/{message_id}/html")
def message_frame(request: Request, reference: str, message_id: int,
                  staff: StaffDep) -> Response:
    """The HTML part alone, sanitised, for a sandboxed frame; its own no-script policy."""
    with open_db(request) as session:
        message = find_message(session, staff, message_id)
        html = message_html(session, message) if message else ""
    if message is None or not html:
        raise HTTPException(status_code=404)
    return HTMLResponse(frame_document(sanitize_html(html)), headers={
        "Content-Security-Policy": FRAME_CSP, "X-Frame-Options": "SAMEORIGIN"})


@router.get("/attachments/{attachment_id}")
def attachment(request: Request, attachment_id: int, staff: StaffDep) -> Response:
    with open_db(request) as session:
        found = find_attachment(session, staff, attachment_id)
    if found is None:
        raise HTTPException(status_code=404)
    record, data = found
    name = safe_filename(record.filename)
    return Response(data, media_type="application/octet-stream", headers={
        "Content-Disposition": f'attachment; filename="{name}"',
        "Content-Security-Policy": "default-src 'none'; sandbox"})


@router.post("/tickets/{reference}/answer")
def answer(request: Request, reference: str, staff: StaffDep, form: FormDep) -> Response:
    desk, now = desk_of(request), now_of(request)
    with open_db(request) as session:
        ticket = _ticket_or_404(session, staff, reference)
        try:
            row = actions.queue_answer(session, desk, ticket, staff,
                                       subject=str(form.get("subject", "")),
                                       text=str(form.get("text", "")),
                                       template=str(form.get("template", "")), now=now)
        except TemplateRejected as exc:
            return _ticket_response(request, staff, reference, error=str(exc), status=400)
        session.commit()
    send_now(desk, [row.id] if row.id else [])
    return _back(reference, "answered")


@router.post("/tickets/{reference}/assign")
def assign(request: Request, reference: str, staff: StaffDep, form: FormDep) -> Response:
    return _act(request, staff, reference, lambda s, t, now: actions.assign_ticket(
        s, t, staff, _assignable(s, t, str(form.get("to", ""))), now=now))


@router.post("/tickets/{reference}/category")
def category(request: Request, reference: str, staff: StaffDep, form: FormDep) -> Response:
    chosen = str(form.get("category", ""))
    if chosen not in CATEGORIES:
        raise HTTPException(status_code=400, detail="unknown category")
    return _act(request, staff, reference,
                lambda s, t, now: actions.correct_category(s, t, staff, chosen, now=now))


@router.post("/tickets/{reference}/region")
def region(request: Request, reference: str, staff: StaffDep, form: FormDep) -> Response:
    chosen = str(form.get("region", ""))
    if chosen and chosen not in _regions(request, None):
        raise HTTPException(status_code=400, detail="unknown region")
    return _act(request, staff, reference,
                lambda s, t, now: actions.change_region(s, t, staff, chosen or None, now=now))


@router.post("/tickets/{reference}/state")
def state(request: Request, reference: str, staff: StaffDep, form: FormDep) -> Response:
    reopen = form.get("do") == "reopen"
    hours = request.app.state.settings.procedures.staff_delay_hours
    return _act(request, staff, reference, lambda s, t, now: actions.set_open(
        s, t, staff, open_=reopen, now=now, due=now + timedelta(hours=hours)))


@router.post("/tickets/{reference}/approve")
def approve(request: Request, reference: str, staff: StaffDep, form: FormDep) -> Response:
    new_admin = str(form.get("new_admin", "")).strip() or None
    platform = str(form.get("platform", "")).strip() or None
    return _decide(request, staff, reference, "approved", lambda desk, ref: approve_request(
        desk, ref, by=staff.actor, new_admin=new_admin, platform=platform))


@router.post("/tickets/{reference}/refuse")
def refuse(request: Request, reference: str, staff: StaffDep, form: FormDep) -> Response:
    reason = str(form.get("reason", "")).strip()
    if not reason:
        return _ticket_response(request, staff, reference, error="Say why.", status=400)
    return _decide(request, staff, reference, "refused", lambda desk, ref: refuse_request(
        desk, ref, by=staff.actor, reason=reason))


def _decide(request: Request, staff: Staff, reference: str, note: str,
            decide: Callable[[Any, str], list[int]]) -> Response:
    with open_db(request) as session:
        _ticket_or_404(session, staff, reference)
    desk = desk_of(request)
    try:
        ids = decide(desk, reference)
    except NothingToApprove as exc:
        return _ticket_response(request, staff, reference, error=str(exc), status=409)
    send_now(desk, ids)
    return _back(reference, note)


def _act(request: Request, staff: Staff, reference: str,
         change: Callable[[Session, Ticket, Any], None]) -> Response:
    with open_db(request) as session:
        ticket = _ticket_or_404(session, staff, reference)
        change(session, ticket, now_of(request))
        session.commit()
    request.app.state.facets.clear()  # this person sees their change counted at once
    return _back(reference, "saved")


def _ticket_response(request: Request, staff: Staff, reference: str, *, template: str = "",
                     note: str = "", error: str = "", status: int = 200) -> Response:
    desk = desk_of(request)
    with open_db(request) as session:
        ticket = _ticket_or_404(session, staff, reference)
        view = read_ticket(session, ticket)
        people = [u.email for u in session.exec(select(StaffUser).where(StaffUser.active == True)  # noqa: E712
                                                .order_by(StaffUser.email))]
    names = template_names(desk.settings.paths.templates)
    draft = None
    if template in names:
        try:
            draft = actions.prefill_answer(desk, ticket, template)
        except TemplateRejected as exc:
            error = error or str(exc)
    return render_page(request, "ticket.html", staff, status=status, **view, draft=draft,
                       template=template, templates=names, categories=CATEGORIES,
                       regions=_regions(request, None), people=people, note=note, error=error,
                       platforms=desk.settings.platforms)


def _ticket_or_404(session: Session, staff: Staff, reference: str) -> Ticket:
    ticket = find_ticket(session, staff, reference)
    if ticket is None:
        raise HTTPException(status_code=404, detail="no such ticket")
    return ticket


def _assignable(session: Session, ticket: Ticket, email: str) -> str:
    if not email:
        return ""
    user = session.exec(select(StaffUser).where(StaffUser.email == email.lower(),
                                                StaffUser.active == True)).first()  # noqa: E712
    if user is None:
        raise HTTPException(status_code=400, detail="no such staff member")
    return user.email


def _regions(request: Request, staff: Staff | None) -> list[str]:
    slugs = list(desk_of(request).classifier.regions.by_slug)
    return slugs if staff is None or staff.scope is None else [
        s for s in slugs if s in staff.scope]


def _back(reference: str, note: str) -> Response:
    return RedirectResponse(f"/tickets/{reference.upper()}?note={note}", status_code=303)
