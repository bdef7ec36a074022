"""What every page needs: the page templates, the logged-in person, the CSRF check, headers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlmodel import Session
from starlette.datastructures import FormData

from pipeline.desk import Desk
from pipeline.web.auth import Staff, csrf_ok, session_staff

HERE = Path(__file__).parent
COOKIE = "sp_session"
LOGIN_CSRF_COOKIE = "sp_login_csrf"
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'")


def make_page_env() -> jinja2.Environment:
    """Pages' own environment: autoescape on for everything (mail text is hostile input)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["when"] = format_when
    return env


def format_when(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else "—"


def render_page(request: Request, name: str, staff: Staff | None, *, status: int = 200,
                **context: Any) -> HTMLResponse:
    env: jinja2.Environment = request.app.state.pages
    html = env.get_template(name).render(request=request, staff=staff, **context)
    return HTMLResponse(html, status_code=status)


def desk_of(request: Request) -> Desk:
    desk: Desk = request.app.state.desk
    return desk


def now_of(request: Request) -> datetime:
    clock: Callable[[], datetime] = request.app.state.clock
    return clock()


def open_db(request: Request) -> Session:
    return Session(request.app.state.engine, expire_on_commit=False)


def page_staff(request: Request) -> Staff:
    """The logged-in person, or a redirect to the login page."""
    with open_db(request) as session:
        staff = session_staff(session, request.cookies.get(COOKIE, ""),
                              secret=request.app.state.secret, now=now_of(request))
    if staff is None:
        raise HTTPException(status_code=303, headers={"Location": "/login"})
    return staff


def workshop_staff(request: Request) -> Staff:
    staff = page_staff(request)
    if not staff.edits_templates:
        raise HTTPException(status_code=403, detail="operators and admins only")
    return staff


async def checked_form(request: Request) -> FormData:
    """The posted form, only when it carries this session's CSRF token."""
    staff = page_staff(request)
    form = await request.form()
    if not csrf_ok(staff, str(form.get("csrf", ""))):
        raise HTTPException(status_code=403, detail="missing or wrong CSRF token")
    return form


def set_session_cookie(response: Response, request: Request, value: str) -> None:
    web = request.app.state.settings.web
    response.set_cookie(COOKIE, value, httponly=True, secure=web.cookie_secure,
                        samesite=web.cookie_samesite, max_age=int(web.session_hours * 3600),
                        path="/")


async def add_security_headers(request: Request,
                               call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    if request.url.path.startswith(("/tickets", "/queue", "/workshop", "/attachments")):
        response.headers.setdefault("Cache-Control", "no-store")
    return response
