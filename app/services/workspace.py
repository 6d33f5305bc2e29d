"""The juror's workspace: one folder, one database, one key, one running Juri at a time.

``Workspace`` takes the folder's lock (so a second Juri on the same workspace is refused
instead of corrupting it), opens (and migrates) the database, and offers what the services
share: transactions on it, the clock, and what keeps it safe (app/services/safekeeping.py:
checks, restores and backups; app/storage/housekeeping.py: the thread that checkpoints the
WAL and makes the automatic backups). It knows no service: :func:`app.services.wiring.
open_workspace` builds them on it. Which thread may call what: docs/development.md.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLockFile
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app import paths
from app.errors import WorkspaceError
from app.i18n import os_problem, translate
from app.services.safekeeping import Safekeeping, storage_error
from app.storage.backup import BackupPolicy
from app.storage.database import (
    begin_immediate,
    create_sqlite_engine,
    migrate,
    pending_migration,
    sessions,
)
from app.storage.housekeeping import EVERY_COMMITS, Housekeeper

DATABASE_NAME = "workspace.sqlite3"
LOCK_NAME = "workspace.lock"

Clock = Callable[[], str]


def utc_now() -> str:
    """ISO 8601 UTC with milliseconds, e.g. ``2026-11-23T08:15:02.123Z``."""
    now = dt.datetime.now(dt.UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


class Workspace:
    def __init__(
        self,
        folder: Path | None = None,
        *,
        clock: Clock = utc_now,
        backups: BackupPolicy | None = None,
        checkpoint_every: int = EVERY_COMMITS,
    ) -> None:
        self.folder = Path(folder or paths.default_workspace_dir()).resolve()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                translate(
                    "Workspace", "Cannot create the workspace folder {folder}: {error}"
                ).format(folder=self.folder, error=os_problem(exc))
            ) from exc
        self._lock = QLockFile(str(self.folder / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # only a dead process's lock is stale, never a slow one
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.PermissionError:  # a read-only stick
                raise WorkspaceError(
                    translate(
                        "Workspace",
                        "The workspace folder {folder} cannot be written (a read-only "
                        "or write-protected disk?). Juri saves every change at once, so it needs a "
                        "folder it can write to.",
                    ).format(folder=self.folder),
                    code="workspace_read_only",
                )
            raise WorkspaceError(self._locked_message(), code="workspace_locked")
        database = self.folder / DATABASE_NAME
        # Checked, restored if damaged, and backed up: see app/services/safekeeping.py.
        self.safekeeping = Safekeeping(database, backups)
        try:
            existed = database.exists()
            self.safekeeping.check_on_open()
            self.engine = create_sqlite_engine(database)
            if existed and pending_migration(self.engine):
                self.safekeeping.before_migration()
            migrate(self.engine)
            self.safekeeping.after_open(existed)
        except Exception:
            self._lock.unlock()
            raise
        self._reading = sessions(self.engine, writing=False)
        self._writing = sessions(self.engine, writing=True)
        policy = self.safekeeping.policy
        self.housekeeping = Housekeeper(
            database,
            checkpoint_every,
            backup=self.safekeeping.backup,
            pause_seconds=policy.pause_seconds,
            max_wait_seconds=policy.interval_seconds,
        )
        self.clock = clock

    def _locked_message(self) -> str:
        info = self._lock.getLockInfo()  # PySide6: (pid, host, application), or empty
        detail = (
            translate("Workspace", " (process {pid} on {host})").format(pid=info[0], host=info[1])
            if isinstance(info, tuple) and len(info) >= 2
            else ""
        )
        return translate(
            "Workspace",
            "Juri is already open on this workspace{detail}. Close the other "
            "window first; two copies of Juri must not write to one workspace.",
        ).format(detail=detail)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """An ORM session whose changes commit together when the block ends without error:
        for the rarer changes (a key, a package, an export), begun ``BEGIN IMMEDIATE``."""
        with self._refusing_storage_errors(), self._writing() as session, session.begin():
            yield session
        self._committed()

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """:meth:`transaction` as a SQLAlchemy Core connection, for the juror's every
        keystroke-level save (app/storage/evaluations.py): no ORM session, whose set-up and
        unit of work would cost as much as the fsynced commit itself. ``BEGIN IMMEDIATE``: the
        evaluation is read and written back in one transaction, and no other writer can slip
        in between."""
        with (
            self._refusing_storage_errors(),
            self.engine.connect() as connection,
            connection.begin(),
        ):
            begin_immediate(connection)
            yield connection
        self._committed()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """An ORM session that reads one consistent snapshot (``session.connection()`` for
        Core queries); nothing it changes is committed."""
        with self._reading() as session:
            yield session

    @contextmanager
    def _refusing_storage_errors(self) -> Iterator[None]:
        """A full, read-only or failing disk: a sentence, never a traceback."""
        try:
            yield
        except (OperationalError, sqlite3.OperationalError) as exc:
            refusal = storage_error(exc, self.folder)
            if refusal is None:
                raise
            raise refusal from exc

    def _committed(self) -> None:
        """After every commit: a WAL checkpoint or a backup may be due, for the housekeeping
        thread (never in this save)."""
        self.housekeeping.committed(backup_due=self.safekeeping.note_change())

    @property
    def notices(self) -> list[str]:
        """What the juror must be told about opening this workspace (e.g. a restore)."""
        return self.safekeeping.notices

    def close(self) -> None:
        self.housekeeping.close()
        self.safekeeping.closing()
        self.engine.dispose()
        self._lock.unlock()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
