"""Alembic environment: always runs on the connection Juri passes in (start-up migration, or
``scripts/new-migration``), so it works the same from a checkout and a frozen bundle."""

from alembic import context

from app.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
