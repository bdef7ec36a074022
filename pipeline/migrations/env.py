"""Alembic environment: runs on the connection the pipeline hands over (see db.upgrade_schema)."""

from typing import Any

from alembic import context
from sqlmodel import SQLModel

import pipeline.directory.models  # noqa: F401  (the tables must be known to the metadata)
import pipeline.tickets.models  # noqa: F401
import pipeline.tokens.models  # noqa: F401
import pipeline.web.models  # noqa: F401


def include_object(obj: Any, name: str | None, type_: str, reflected: bool,
                   compare_to: Any) -> bool:
    """PostgreSQL-only trigram indexes (name `trgm_*`, see 0003) are not in the metadata."""
    return not (type_ == "index" and (name or "").startswith("trgm_"))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
