"""Alembic environment: runs on the connection Juri passes in, or on ``-x url=…`` from the
command line when a developer writes a new migration."""

from alembic import context
from sqlalchemy import create_engine

from app.storage.models import Base

config = context.config
connection = config.attributes.get("connection")


def run(conn) -> None:
    context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev-workspace.db")
    with create_engine(url).connect() as conn:
        run(conn)
