"""Everything a step needs, built once by a root (cli, actors, web) and passed down."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from pipeline.classify.classifier import Classifier
from pipeline.db import make_engine
from pipeline.outbox.render import Renderer
from pipeline.outbox.send import Transport, make_transport
from pipeline.prepare import Preparer
from pipeline.settings import PROJECT_ROOT, Settings
from pipeline.tickets.models import utcnow


@dataclass(frozen=True)
class Desk:
    settings: Settings
    engine: sa.Engine
    renderer: Renderer
    transport: Transport
    preparer: Preparer
    clock: Callable[[], datetime] = utcnow

    @property
    def classifier(self) -> Classifier:
        """The live rules: reloaded by the preparer when an operator changes them."""
        return self.preparer.classifier

    def close(self) -> None:
        self.preparer.close()
        self.engine.dispose()


def open_desk(settings: Settings, *, engine: sa.Engine | None = None,
              clock: Callable[[], datetime] = utcnow) -> Desk:
    """Build the desk from settings; the config directory is the settings file's folder."""
    config_dir = settings.source_file.parent if settings.source_file else PROJECT_ROOT / "config"
    classifier = Classifier.load(config_dir)
    preparer = Preparer(config_dir=config_dir, classifier=classifier,
                        own_addresses=settings.desk.addresses,
                        processes=settings.queue.parse_processes,
                        timeout=settings.limits.parse_timeout_seconds)
    return Desk(
        settings=settings,
        engine=engine or make_engine(settings.database.url),
        renderer=Renderer(settings.paths.templates),
        transport=make_transport(settings.smtp, settings.paths.outbox_dir),
        preparer=preparer,
        clock=clock,
    )
