"""The operators' workshop pages: templates (edit, preview, versions), rules what-if, reload."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlmodel import select
from starlette.datastructures import FormData

from pipeline.classify.classifier import Classifier
from pipeline.classify.evaluate import what_if
from pipeline.errors import ConfigRejected, PipelineError, TemplateRejected
from pipeline.inspect import stored_mails
from pipeline.outbox.render import Renderer
from pipeline.tickets.models import Ticket
from pipeline.tickets.service import audit
from pipeline.web import workshop
from pipeline.web.actions import prefill_answer
from pipeline.web.auth import Staff
from pipeline.web.deps import checked_form, desk_of, now_of, open_db, render_page, workshop_staff

router = APIRouter(include_in_schema=False)
StaffDep = Annotated[Staff, Depends(workshop_staff)]
FormDep = Annotated[FormData, Depends(checked_form)]


@router.get("/workshop", response_class=HTMLResponse)
def workshop_page(request: Request, staff: StaffDep, note: str = "") -> Response:
    return render_page(request, "workshop.html", staff, note=note,
                       templates=workshop.list_templates(_templates_dir(request)))


@router.get("/workshop/templates/{path:path}", response_class=HTMLResponse)
def template_page(request: Request, path: str, staff: StaffDep, ticket: str = "") -> Response:
    try:
        body = workshop.template_file(_templates_dir(request), path).read_text(encoding="utf-8")
    except ValueError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    return _editor(request, staff, path, body, ticket=ticket)


@router.post("/workshop/templates/{path:path}")
def template_post(request: Request, path: str, staff: StaffDep, form: FormDep) -> Response:
    body = str(form.get("body", "")).replace("\r\n", "\n")
    ticket = str(form.get("ticket", ""))
    if form.get("do") == "preview":
        preview, problems = _preview(request, path, body, ticket)
        if request.headers.get("X-Preview"):
            return JSONResponse({"preview": preview, "problems": problems})
        return _editor(request, staff, path, body, ticket=ticket, preview=preview,
                       problems=problems)
    with open_db(request) as session:
        try:
            verdict = workshop.save_template(session, _templates_dir(request), path, body,
                                             staff, now=now_of(request))
        except ValueError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from None
        session.commit()
    if verdict.problems:
        return _editor(request, staff, path, body, ticket=ticket, status=422,
                       problems=[str(p) for p in verdict.problems])
    return RedirectResponse(f"/workshop/templates/{path}?ticket={ticket}", status_code=303)


@router.post("/workshop/versions/{version_id}/rollback")
def rollback(request: Request, version_id: int, staff: StaffDep, form: FormDep) -> Response:
    with open_db(request) as session:
        try:
            verdict = workshop.roll_back(session, _templates_dir(request), version_id, staff,
                                         now=now_of(request))
        except ValueError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from None
        session.commit()
    path = verdict.saved.path if verdict.saved else ""
    if verdict.problems:
        return render_page(request, "workshop.html", staff, status=422, note="",
                           templates=workshop.list_templates(_templates_dir(request)),
                           problems=[str(p) for p in verdict.problems])
    return RedirectResponse(f"/workshop/templates/{path}", status_code=303)


@router.get("/workshop/rules", response_class=HTMLResponse)
def rules_page(request: Request, staff: StaffDep) -> Response:
    text = (_config_dir(request) / workshop.RULES).read_text(encoding="utf-8")
    return render_page(request, "rules.html", staff, rules=text, last=200, changes=None,
                       error="", note="")


@router.post("/workshop/rules", response_class=HTMLResponse)
def rules_post(request: Request, staff: StaffDep, form: FormDep) -> Response:
    text = str(form.get("rules", "")).replace("\r\n", "\n")
    last = max(1, min(int(str(form.get("last", "200")) or 200), 5000))
    context: dict[str, Any] = {"rules": text, "last": last, "changes": None, "error": "",
                               "note": ""}
    try:
        if form.get("do") == "save":
            with open_db(request) as session:
                try:
                    classifier = workshop.save_rules(session, _config_dir(request), text, staff,
                                                     now=now_of(request))
                finally:
                    session.commit()
            _use_classifier(request, classifier)
            context["note"] = "Rules saved and live."
        else:
            candidate = workshop.load_candidate_rules(_config_dir(request), text)
            mails = stored_mails(request.app.state.settings, last=last)
            context["changes"] = what_if(desk_of(request).classifier, candidate, mails)
            context["checked"] = len(mails)
    except ConfigRejected as exc:
        context["error"] = str(exc).replace(str(_config_dir(request).parent), "").lstrip("/")
        return render_page(request, "rules.html", staff, status=422, **context)
    return render_page(request, "rules.html", staff, **context)


@router.post("/workshop/reload")
def reload(request: Request, staff: StaffDep, form: FormDep) -> Response:
    """Read the config folder again; a refused file leaves the running config as it was."""
    with open_db(request) as session:
        try:
            classifier = Classifier.load(_config_dir(request))
        except ConfigRejected as exc:
            audit(session, "config_reload_refused", actor=staff.actor, at=now_of(request),
                  error=str(exc))
            session.commit()
            return render_page(request, "workshop.html", staff, status=422, note="",
                               templates=workshop.list_templates(_templates_dir(request)),
                               problems=[f"refused, the last good config stays live: {exc}"])
        audit(session, "config_reloaded", actor=staff.actor, at=now_of(request))
        session.commit()
    _use_classifier(request, classifier)
    return RedirectResponse("/workshop?note=reloaded", status_code=303)


def _editor(request: Request, staff: Staff, path: str, body: str, *, ticket: str,
            status: int = 200, preview: str = "", problems: list[str] | None = None) -> Response:
    with open_db(request) as session:
        history = workshop.versions(session, path)
        recent = list(session.exec(select(Ticket.reference).order_by(
            Ticket.id.desc()).limit(30)))  # type: ignore[union-attr]
    return render_page(request, "template_edit.html", staff, status=status, path=path, body=body,
                       history=history, tickets=recent, ticket=ticket, preview=preview,
                       problems=problems or [])


def _preview(request: Request, path: str, body: str, reference: str) -> tuple[str, list[str]]:
    """The candidate rendered for a ticket, in a copy of the folder: the live file is untouched."""
    problems = [str(p) for p in workshop.check_template(_templates_dir(request), path, body)]
    name = path.split("/", 1)[-1].removesuffix(".txt.j2").removesuffix(".html.j2")
    with open_db(request) as session:
        ticket = session.exec(select(Ticket).where(Ticket.reference == reference.upper())).first()
    ticket = ticket or Ticket(reference="SUP-000000", subject="(exemple)", requester="x@example.fr",
                              language=path[:2])
    try:
        with workshop.candidate_dir(_templates_dir(request), path, body) as copy:
            rendered = prefill_answer(desk_of(request), ticket, name, renderer=Renderer(copy))
    except (TemplateRejected, PipelineError) as exc:
        return "", problems or [str(exc)]
    part = rendered.html if path.endswith(".html.j2") else rendered.text
    return f"Subject: {rendered.subject}\n\n{part}", problems


def _use_classifier(request: Request, classifier: Classifier) -> None:
    desk_of(request).preparer.use(classifier)


def _templates_dir(request: Request) -> Path:
    path: Path = desk_of(request).settings.paths.templates
    return path


def _config_dir(request: Request) -> Path:
    path: Path = request.app.state.config_dir
    return path
