"""The juror's local workspace database (SQLAlchemy 2 on SQLite, migrated by Alembic)."""
