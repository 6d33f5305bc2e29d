"""SQLite engines: Juri's pragmas in one place, and the workspace's engine, migrated at start-up.

Every SQLite database Juri writes (the juror's workspace, a chair's merge store kept in a file)
gets the same pragmas on every connection (:data:`PRAGMAS`): WAL, foreign keys on, a 5 s wait
for a busy writer, and ``synchronous=FULL``. In WAL mode that makes every committed change
survive not only a killed process (which WAL alone guarantees) but a power cut too, at the
price of one fsync of the WAL per commit — the "saved" indicator must never lie. See
docs/security.md.

The workspace's engine also runs its own transactions: the driver's implicit ones are off
(they would begin only at the first write, after the reads), a reading transaction starts with
``BEGIN`` and a writing one with ``BEGIN IMMEDIATE``, which takes the write lock before the
first read (:func:`sessions` for the ORM, :func:`begin_immediate` on a Core connection). Its
connections come from a pool and serve one thread at a time, whichever thread runs the
transaction (the threads are listed in docs/development.md); two writers then queue on the
lock instead of one failing with "database is locked" when it upgrades a read to a write.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(
    r"^(revision|down_revision)\s*=\s*(?:['\"]([^'\"]+)['\"]|None)\s*$", re.MULTILINE
)


PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000")
#: the workspace's WAL checkpoints run on the housekeeping thread (app/storage/housekeeping.py);
#: SQLite's own, inside a save, only once the WAL passes 16 MiB
BACKSTOP_PAGES = 4096


def sqlite_engine(
    url: str, *, pragmas: tuple[str, ...] = (), own_transactions: bool = False
) -> Engine:
    """An engine on the SQLite database at ``url`` with :data:`PRAGMAS` (then ``pragmas``)
    on every connection; with ``own_transactions``, transactions begun as described above."""
    engine = create_engine(
        url,
        # a pooled connection serves one thread at a time, not always the one that opened it
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _connected(dbapi_connection: Any, _record: Any) -> None:
        if own_transactions:
            dbapi_connection.isolation_level = None  # no implicit BEGIN from the driver
        apply_pragmas(dbapi_connection, pragmas)

    return engine


def apply_pragmas(connection: sqlite3.Connection, pragmas: tuple[str, ...] = ()) -> None:
    """:data:`PRAGMAS`, then ``pragmas``, on a ``sqlite3`` connection (an engine's, or one
    of the workspace's own threads)."""
    cursor = connection.cursor()
    for pragma in (*PRAGMAS, *pragmas):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def begin_immediate(connection: Connection) -> None:
    """Begin the Core connection's transaction (begun by SQLAlchemy, not yet by SQLite) as a
    writer. Not an engine event: any engine event makes every statement dispatch events."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def sessions(engine: Engine, *, writing: bool) -> sessionmaker[Session]:
    """ORM sessions on an engine with ``own_transactions``, each transaction begun
    ``BEGIN IMMEDIATE`` (``writing``) or ``BEGIN`` (one consistent snapshot to read)."""
    factory = sessionmaker(engine, expire_on_commit=False)
    statement = "BEGIN IMMEDIATE" if writing else "BEGIN"

    @event.listens_for(factory, "after_begin")
    def _begin(_session: Session, _transaction: Any, connection: Connection) -> None:
        connection.exec_driver_sql(statement)

    return factory


def create_sqlite_engine(path: Path) -> Engine:
    """The workspace's engine on the SQLite file at ``path``. SQLite's own checkpoint is
    only a backstop: checkpoints run on the housekeeping thread (app/storage/housekeeping.py)."""
    return sqlite_engine(
        f"sqlite:///{path}",
        own_transactions=True,
        pragmas=(f"wal_autocheckpoint={BACKSTOP_PAGES}",),
    )


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

    Cheap means without Alembic: importing it is a large part of every start of the app
    (docs/performance.md), so the stored revision is first compared with the head read from the
    migration scripts themselves; Alembic is loaded only when they differ (or that reading
    fails)."""
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


def _script_head() -> str | None:
    """The one revision no migration script names as its ``down_revision``, or None."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(
            (name, value) for name, value in _REVISION.findall(script.read_text(encoding="utf-8"))
        )
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
