"""The workspace engine: SQLite in WAL mode with foreign keys on, migrated at start-up.

Durability: ``synchronous=FULL``. In WAL mode that makes every committed change survive not
only a killed process (which WAL alone guarantees) but a power cut too, at the price of one
fsync of the WAL per commit — the "saved" indicator must never lie. See docs/security.md.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from app.storage.checkpoint import BACKSTOP_PAGES

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^(revision|down_revision)\s*=\s*(?:['\"]([^'\"]+)['\"]|None)\s*$",
                       re.MULTILINE)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # checkpoints run in the background (app/storage/checkpoint.py); this is the backstop
    cursor.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")
    cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on the SQLite file at ``path`` with Juri's pragmas on every connection."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},  # one worker thread owns it in the GUI
    )
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def pending_migration(engine: Engine) -> bool:
    """True when the schema is behind the newest revision (so a backup is due first); read
    without Alembic when the scripts name one head, as :func:`migrate` does."""
    head = _script_head()
    if head is not None:
        return _stored_revision(engine) != head
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() != head


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; a no-op (and cheap) when it is already there.

    Cheap means without Alembic: importing it is a third of a second of every start of the
    app, so the stored revision is first compared with the head read from the migration
    scripts themselves; Alembic is loaded only when they differ (or that reading fails)."""
    if _stored_revision(engine) == _script_head() is not None:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.begin() as connection:
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)


def _script_head() -> str | None:
    """The one revision no migration script names as its ``down_revision``, or None."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict((name, value) for name, value in
                     _REVISION.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        if found.get("down_revision"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except OperationalError:  # no version table yet: a new workspace
        return None
    return rows[0][0] if len(rows) == 1 else None
