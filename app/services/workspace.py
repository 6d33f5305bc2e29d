"""The juror's workspace: one folder, one database, one key, one running Juri at a time.

``Workspace`` opens (and migrates) the database, takes the folder's lock so a second Juri on the
same workspace is refused instead of corrupting it, and offers the services every front end
uses: :attr:`identity`, :attr:`packages`, :attr:`scoring` and :attr:`results`. Its WAL is
checkpointed on a thread of its own (:attr:`checkpoints`, see app/storage/checkpoint.py).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLockFile
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app import paths
from app.errors import WorkspaceError
from app.i18n import translate
from app.services.safekeeping import Safekeeping, storage_error
from app.storage.backup import BackupPolicy
from app.storage.checkpoint import EVERY_COMMITS, Checkpointer
from app.storage.database import (
    create_sqlite_engine,
    migrate,
    pending_migration,
    session_factory,
)

DATABASE_NAME = "workspace.sqlite3"
LOCK_NAME = "workspace.lock"

Clock = Callable[[], str]


def utc_now() -> str:
    """ISO 8601 UTC with milliseconds, e.g. ``2026-11-23T08:15:02.123Z``."""
    now = dt.datetime.now(dt.UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


class Workspace:
    def __init__(self, folder: Path | None = None, *, clock: Clock = utc_now,
                 backups: BackupPolicy | None = None,
                 checkpoint_every: int = EVERY_COMMITS) -> None:
        from app.services.export import ResultService
        from app.services.identity import IdentityService
        from app.services.packages import PackageService
        from app.services.scoring import ScoringService

        self.folder = Path(folder or paths.default_workspace_dir()).resolve()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(translate(
                "Workspace", "Cannot create the workspace folder {folder}: {error}").format(
                    folder=self.folder, error=exc.strerror or exc)) from exc
        self._lock = QLockFile(str(self.folder / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # only a dead process's lock is stale, never a slow one
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.PermissionError:  # a read-only stick
                raise WorkspaceError(translate(
                    "Workspace", "The workspace folder {folder} cannot be written (a read-only "
                    "or write-protected disk?). Juri saves every change at once, so it needs a "
                    "folder it can write to.").format(folder=self.folder),
                    code="workspace_read_only")
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
        self._sessions = session_factory(self.engine)
        self.checkpoints = Checkpointer(database, checkpoint_every)
        self.clock = clock
        self.identity = IdentityService(self)
        self.packages = PackageService(self)
        self.scoring = ScoringService(self)
        self.results = ResultService(self)

    def _locked_message(self) -> str:
        info = self._lock.getLockInfo()  # PySide6: (pid, host, application), or empty
        detail = translate("Workspace", " (process {pid} on {host})").format(
            pid=info[0], host=info[1]) if isinstance(info, tuple) and len(info) >= 2 else ""
        return translate(
            "Workspace", "Juri is already open on this workspace{detail}. Close the other "
            "window first; two copies of Juri must not write to one workspace.").format(
                detail=detail)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose changes commit together when the block ends without error."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:  # a full or failing disk: say so, never a traceback
            refusal = storage_error(exc)
            if refusal is None:
                raise
            raise refusal from exc
        self._committed()

    @contextmanager
    def saving(self) -> Iterator[sqlite3.Cursor]:
        """:meth:`transaction` for the juror's every keystroke-level save: the ``sqlite3``
        cursor of a pooled connection in one ``BEGIN IMMEDIATE`` … ``COMMIT``, without the
        ORM session, whose set-up and commit bookkeeping alone (~0.15 ms) cost half as much
        as the fsynced commit itself. Immediate: the evaluation is read and written back in
        one transaction, so no other writer can slip in between."""
        connection = self.engine.raw_connection()
        try:
            cursor = connection.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            try:
                yield cursor
                connection.commit()
            except BaseException:
                connection.rollback()
                raise
        except sqlite3.OperationalError as exc:  # a full or failing disk, as in transaction()
            refusal = storage_error(exc)
            if refusal is None:
                raise
            raise refusal from exc
        finally:
            connection.close()  # back to the pool
        self._committed()

    def _committed(self) -> None:
        """After every commit: a WAL checkpoint or a backup may be due. The checkpoint is
        started first: when both are due, it runs while this save waits for the backup
        anyway, not during the next save, and as no save commits meanwhile it copies the
        whole WAL, which then starts over."""
        self.checkpoints.committed()
        self.safekeeping.changed()

    @property
    def notices(self) -> list[str]:
        """What the juror must be told about opening this workspace (e.g. a restore)."""
        return self.safekeeping.notices

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.checkpoints.close()
        self.safekeeping.closing()
        self.engine.dispose()
        self._lock.unlock()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
