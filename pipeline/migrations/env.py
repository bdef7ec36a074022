"""Alembic environment: runs on the connection the pipeline hands over (see db.upgrade_schema)."""

from alembic import context
from sqlmodel import SQLModel

import pipeline.directory.models  # noqa: F401  (the tables must be known to the metadata)
import pipeline.tickets.models  # noqa: F401
import pipeline.tokens.models  # noqa: F401

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
