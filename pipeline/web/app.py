"""Root of the web process: settings, engine, desk and page templates, then the routes.

One app serves the staff pages (queue, tickets, workshop, dashboard) and the JSON API
(`/api/v1`, schema at /api/v1/openapi.json).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from pipeline.db import make_engine
from pipeline.desk import Desk, open_desk
from pipeline.settings import PROJECT_ROOT, Settings, load_settings
from pipeline.tickets.models import utcnow
from pipeline.web import api, routes_auth, routes_dashboard, routes_tickets, routes_workshop
from pipeline.web.deps import HERE, add_security_headers, make_page_env
from pipeline.web.queue import FacetCache

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, *, engine: sa.Engine | None = None,
               clock: Callable[[], datetime] = utcnow, desk: Desk | None = None) -> FastAPI:
    """The app; given the desk of `run`, it shares its engine, clock, rules and child processes
    (one set of compiled rules per process, and a reload from the workshop reaches the workers)."""
    settings = settings or load_settings()
    if desk is not None:
        engine, clock = desk.engine, desk.clock
    app = FastAPI(title="Support Pipeline", version="1", docs_url=None, redoc_url=None,
                  openapi_url="/api/v1/openapi.json",
                  description="Staff data (API token) and reset-token redemption (API key).")
    app.state.settings = settings
    app.state.engine = engine or make_engine(settings.database.url)
    app.state.api_keys = settings.api.keys()
    app.state.clock = clock
    app.state.config_dir = config_dir_of(settings)
    app.state.desk = desk or open_desk(settings, engine=app.state.engine, clock=clock)
    app.state.pages = make_page_env()
    app.state.secret = session_secret(settings)
    app.state.facets = FacetCache()
    app.middleware("http")(add_security_headers)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for router in (api.router, routes_auth.router, routes_tickets.router,
                   routes_workshop.router, routes_dashboard.router):
        app.include_router(router)
    return app


def config_dir_of(settings: Settings) -> Path:
    return settings.source_file.parent if settings.source_file else PROJECT_ROOT / "config"


def session_secret(settings: Settings) -> str:
    """The configured secret; without one, a random one (sessions end when the process does)."""
    secret = settings.web.secret()
    if not secret:
        log.warning("no web.session_secret configured: sessions will not survive a restart")
        secret = secrets.token_urlsafe(32)
    return secret
