"""Log in and out. The login form has its own CSRF token (a cookie and a field that must agree)."""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from pipeline.tickets.service import audit
from pipeline.web.auth import LoginRefused, Staff, log_in, log_out
from pipeline.web.deps import (
    COOKIE,
    LOGIN_CSRF_COOKIE,
    checked_form,
    now_of,
    open_db,
    page_staff,
    render_page,
    set_session_cookie,
)

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> Response:
    return _login_form(request)


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    given, expected = str(form.get("csrf", "")), request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
        return _login_form(request, error="The form expired: please try again.", status=403)
    return _check_password(request, form)


def _check_password(request: Request, form: FormData) -> Response:
    client = request.client.host if request.client else "unknown"
    with open_db(request) as session:
        try:
            cookie, _ = log_in(session, str(form.get("email", "")), str(form.get("password", "")),
                               client=client, web=request.app.state.settings.web,
                               secret=request.app.state.secret, now=now_of(request))
        except LoginRefused as exc:
            session.commit()
            error = ("Too many failed attempts: wait a few minutes." if exc.throttled
                     else "Wrong address or password.")
            return _login_form(request, error=error, status=429 if exc.throttled else 401)
        session.commit()
    response = RedirectResponse("/queue", status_code=303)
    set_session_cookie(response, request, cookie)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, form: Annotated[FormData, Depends(checked_form)],
           staff: Annotated[Staff, Depends(page_staff)]) -> Response:
    with open_db(request) as session:
        log_out(session, request.cookies.get(COOKIE, ""), secret=request.app.state.secret)
        audit(session, "logout", actor=staff.actor, at=now_of(request))
        session.commit()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/")
def home() -> Response:
    return RedirectResponse("/queue", status_code=303)


def _login_form(request: Request, *, error: str = "", status: int = 200) -> Response:
    token = secrets.token_urlsafe(32)
    response = render_page(request, "login.html", None, csrf=token, error=error, status=status)
    web = request.app.state.settings.web
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, secure=web.cookie_secure,
                        samesite="strict", path="/login", max_age=3600)
    return response
