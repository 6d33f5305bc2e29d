"""Alembic environment of the merge store (not the juror workspace's): always runs on the
connection Juri passes in, with its own version table."""

from alembic import context

from app.merge.models import VERSION_TABLE, MergeBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=MergeBase.metadata,
    render_as_batch=True,
    version_table=VERSION_TABLE,
)
with context.begin_transaction():
    context.run_migrations()
