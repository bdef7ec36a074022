"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import pipeline.directory.models  # noqa: F401  (every table the metadata must know)
import pipeline.tickets.models  # noqa: F401
import pipeline.tokens.models  # noqa: F401
import pipeline.web.models  # noqa: F401


def test_the_migrated_schema_equals_the_models(engine: sa.Engine):
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)

    postgres_only = [d for d in differences if "trgm" not in str(d)]  # search indexes by hand
    assert postgres_only == []
