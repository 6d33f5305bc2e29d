"""Keeping the workspace database safe: checked on open, restored when damaged, backed up.

The :class:`Workspace` calls :meth:`Safekeeping.check_on_open` before it opens the database,
:meth:`before_migration` when the schema is about to change, :meth:`changed` after every
committed change and :meth:`closing` when it closes. What happened that the juror must know
(a restore) is kept in :attr:`notices`, already translated, for the CLI to print and the GUI to
show. A backup that fails (full disk) never stops the juror's work; it is tried again later.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlalchemy.exc import OperationalError

from app import settings
from app.errors import WorkspaceError
from app.i18n import translate
from app.storage import backup
from app.storage.backup import BackupPolicy


def policy_from_settings() -> BackupPolicy:
    values = settings.load()
    return BackupPolicy(keep=max(1, values.backup_keep),
                        interval_seconds=max(1, values.backup_interval_minutes) * 60.0,
                        every_changes=max(1, values.backup_every_changes))


class Safekeeping:
    def __init__(self, database: Path, policy: BackupPolicy | None = None) -> None:
        self.database = database
        self.policy = policy or policy_from_settings()
        self.notices: list[str] = []
        self.last_error: str | None = None
        self._changes = 0
        self._last = time.monotonic()

    def check_on_open(self) -> None:
        """Refuse or repair a damaged database before anything else touches it."""
        if not self.database.exists():
            return
        problem = backup.integrity_problem(self.database)
        if problem is None and self.database.stat().st_size == 0 and backup.list_backups(
                self.database):
            problem = "the database file is empty"  # emptied by a tool, not by Juri
        if problem is None:
            return
        recovery = backup.recover(self.database, problem)
        if recovery is None:
            raise WorkspaceError(translate(
                "Workspace", "The workspace database {path} is damaged ({problem}) and there is "
                "no good backup of it. Nothing was changed. Copy the folder {folder} and give "
                "it to the secretariat.").format(path=self.database, problem=problem,
                                                 folder=self.database.parent),
                code="workspace_damaged")
        made = time.strftime("%Y-%m-%d %H:%M", time.localtime(recovery.backup.stat().st_mtime))
        self.notices.append(translate(
            "Workspace", "The workspace database was damaged ({problem}). Juri set it aside as "
            "{damaged} and restored the backup made at {time}. Changes saved after that time "
            "are missing: please check your latest scores.").format(
                problem=problem, damaged=recovery.set_aside.name, time=made))

    def after_open(self, existed: bool) -> None:
        if existed:
            self._backup("open")

    def before_migration(self) -> None:
        if self.database.exists() and self.database.stat().st_size:
            self._backup("before-migration", required=True)

    def changed(self) -> None:
        self._changes += 1
        if self.policy.due(self._changes, time.monotonic() - self._last):
            self._backup("auto")

    def closing(self) -> None:
        if self._changes:
            self._backup("close")

    def _backup(self, reason: str, *, required: bool = False) -> None:
        try:
            backup.make_backup(self.database, reason, self.policy.keep)
        except (OSError, sqlite3.Error) as exc:
            self.last_error = str(exc)
            if required:
                raise WorkspaceError(translate(
                    "Workspace", "Juri could not back up the workspace before updating it "
                    "({error}), so it did not update it. Free some disk space and try again."
                ).format(error=exc), code="backup_failed") from exc
        else:
            self.last_error = None
        self._changes = 0
        self._last = time.monotonic()


def storage_error(error: OperationalError | sqlite3.OperationalError) -> WorkspaceError | None:
    """A save that SQLite refused because the disk is full or failing, as a sentence for the
    juror (the change was rolled back: nothing half-saved); None for anything else. Either
    SQLAlchemy's error (the ORM's sessions) or sqlite3's own (:meth:`Workspace.saving`)."""
    text = str(getattr(error, "orig", error)).lower()
    if "disk is full" in text:
        return WorkspaceError(translate(
            "Workspace", "Juri could not save this change: the disk is full. Your earlier "
            "changes are safe. Free some disk space and enter the change again."),
            code="disk_full")
    if "disk i/o error" in text:
        return WorkspaceError(translate(
            "Workspace", "Juri could not save this change: the disk reported an error. Your "
            "earlier changes are safe. Save your work elsewhere and have the laptop checked."),
            code="disk_error")
    return None
