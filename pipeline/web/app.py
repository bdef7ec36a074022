"""Root of the web process: settings, engine, the API (the staff UI comes later)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import sqlalchemy as sa
from fastapi import FastAPI

from pipeline.db import make_engine
from pipeline.settings import Settings, load_settings
from pipeline.tickets.models import utcnow
from pipeline.web import api


def create_app(settings: Settings | None = None, *, engine: sa.Engine | None = None,
               clock: Callable[[], datetime] = utcnow) -> FastAPI:
    settings = settings or load_settings()
    app = FastAPI(title="Support Pipeline", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.engine = engine or make_engine(settings.database.url)
    app.state.api_keys = settings.api.keys()
    app.state.clock = clock
    app.include_router(api.router)
    return app
