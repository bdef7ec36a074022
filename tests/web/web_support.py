"""Fixtures for the web UI: the app on a real uvicorn server over a real stack, staff accounts,
and headless Chromium (Debian's package) driven by Playwright."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from conftest import STACKS, Stack, build_stack, make_broker_url, make_db_url, make_settings
from playwright.sync_api import Browser, Page, sync_playwright
from sqlmodel import Session

from pipeline.settings import PROJECT_ROOT, Settings
from pipeline.web.app import create_app
from pipeline.web.auth import add_user

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "correct horse battery"
ADMIN = "admin@assistance.example.fr"
AGENT = "agent.bretagne@assistance.example.fr"


@dataclass
class Web:
    """A running web app over a stack: its address and the stack behind it."""

    base: str
    stack: Stack
    settings: Settings

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base, timeout=20, follow_redirects=False)

    def login(self, email: str = ADMIN) -> httpx.Client:
        """An httpx client holding a logged-in session, its CSRF token in `.csrf`.

        httpx keeps Secure cookies off plain http (as it should), so the cookie header is set
        by hand here; browsers accept Secure cookies from http://127.0.0.1.
        """
        client = httpx.Client(base_url=self.base, timeout=20, follow_redirects=False)
        answer = self.post_login(client, email, PASSWORD)
        assert answer.status_code == 303, answer.text
        client.headers["Cookie"] = f"sp_session={_cookie(answer, 'sp_session')}"
        client.csrf = _field(client.get("/queue").text, "csrf")  # type: ignore[attr-defined]
        return client

    def post_login(self, client: httpx.Client, email: str, password: str) -> httpx.Response:
        form = client.get("/login")
        cookie = _cookie(form, "sp_login_csrf")
        return client.post("/login", data={"csrf": _field(form.text, "csrf"), "email": email,
                                           "password": password},
                           headers={"Cookie": f"sp_login_csrf={cookie}"})


def _cookie(response: httpx.Response, name: str) -> str:
    value: str = next(v for k, v in response.headers.multi_items()
                      if k == "set-cookie" and v.startswith(f"{name}="))
    return value.split(";")[0].split("=", 1)[1]


def _field(html: str, name: str) -> str:
    marker = f'name="{name}" value="'
    start = html.index(marker) + len(marker)
    return html[start:html.index('"', start)]


def serve(app: object) -> tuple[uvicorn.Server, threading.Thread, int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,  # type: ignore[arg-type]
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    return server, thread, port


def web_settings(tmp_path: Path, request: pytest.FixtureRequest, kind: str,
                 **sections: object) -> Settings:
    """Settings of a test desk whose templates are a copy (the workshop writes to them)."""
    templates = tmp_path / "templates"
    shutil.copytree(PROJECT_ROOT / "templates", templates)
    db_kind, broker_kind = kind.split("-")
    base = make_settings(tmp_path, db_url=make_db_url(db_kind, tmp_path, request),
                         broker=make_broker_url(broker_kind), **sections)
    paths = base.paths.model_copy(update={"templates": templates})
    return base.model_copy(update={"paths": paths})


def start_web(settings: Settings) -> Iterator[Web]:
    for stack in build_stack(settings):
        with Session(stack.engine) as session:
            add_user(session, ADMIN, PASSWORD, role="admin")
            add_user(session, AGENT, PASSWORD, role="agent", regions=("bretagne",))
            session.commit()
        app = create_app(settings, engine=stack.engine, clock=stack.clock)
        server, thread, port = serve(app)
        try:
            yield Web(f"http://127.0.0.1:{port}", stack, settings)
        finally:
            server.should_exit = True
            thread.join(timeout=10)


@pytest.fixture(params=STACKS)
def web(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Web]:
    """The web app on each stack, outgoing mail as files."""
    yield from start_web(web_settings(tmp_path, request, request.param))


@pytest.fixture(params=STACKS)
def web_smtp(request: pytest.FixtureRequest, tmp_path: Path, smtp_server: object) -> Iterator[Web]:
    """The web app on each stack, outgoing mail to the test SMTP server."""
    smtp = {"mode": "smtp", "host": smtp_server.host, "port": smtp_server.port}  # type: ignore[attr-defined]
    yield from start_web(web_settings(tmp_path, request, request.param, smtp=smtp))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium per test module (a Playwright sync loop per module, never two at once)."""
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: run `make test` (it installs Debian's chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def log_in(page: Page, web: Web, email: str = ADMIN) -> None:
    page.goto(f"{web.base}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{web.base}/queue")
