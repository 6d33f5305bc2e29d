"""Keeping the workspace database safe: checked on open, restored when damaged, backed up.

The :class:`Workspace` calls :meth:`Safekeeping.check_on_open` before it opens the database,
:meth:`before_migration` when the schema is about to change, :meth:`after_open`, then
:meth:`note_change` after every commit (on whichever thread committed; when it answers that a
backup is due, the housekeeping thread runs :meth:`backup`) and :meth:`closing` when it
closes. What happened that the juror must know (a restore, a disk too full for backups) is
kept in :attr:`notices`, already translated, for the CLI to print and the GUI to show. A
backup that fails (full disk) never stops the juror's work; it is tried again later.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy.exc import OperationalError

from app import settings
from app.errors import WorkspaceError
from app.i18n import format_decimal, translate
from app.storage import backup
from app.storage.backup import BackupPolicy, NoRoomForBackup

READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
MIB = 1024 * 1024


def policy_from_settings() -> BackupPolicy:
    values = settings.load()
    return BackupPolicy(
        keep=max(1, values.backup_keep),
        interval_seconds=max(1, values.backup_interval_minutes) * 60.0,
        every_changes=max(1, values.backup_every_changes),
    )


class Safekeeping:
    """Backups of one workspace database. The counters are shared by the threads that commit
    and the housekeeping thread, so they are behind :attr:`_lock`; one backup runs at a time."""

    def __init__(self, database: Path, policy: BackupPolicy | None = None) -> None:
        self.database = database
        self.policy = policy or policy_from_settings()
        self.notices: list[str] = []
        self.last_error: str | None = None
        self._failure: OSError | sqlite3.Error | None = None  # of the last backup
        self._lock = threading.Lock()
        self._backing_up = threading.Lock()
        self._changes = 0
        self._asked = False  # a backup is due and the housekeeping thread was asked for it
        self._last = time.monotonic()

    def check_on_open(self) -> None:
        """Refuse or repair a damaged database before anything else touches it."""
        backup.remove_restore_leftover(self.database)
        if not self.database.exists():
            return
        problem = backup.integrity_problem(self.database)
        if (
            problem is None
            and self.database.stat().st_size == 0
            and backup.list_backups(self.database)
        ):
            problem = "the database file is empty"  # emptied by a tool, not by Juri
        if problem is None:
            return
        try:
            recovery = backup.recover(self.database, problem)
        except (OSError, sqlite3.Error) as exc:  # no room (or no right) to put it in place
            raise WorkspaceError(
                translate(
                    "Workspace",
                    "The workspace database {path} is damaged ({problem}), and Juri could "
                    "not put its newest backup in its place ({error}). Nothing was changed. "
                    "{advice}",
                ).format(
                    path=self.database,
                    problem=problem,
                    error=exc,
                    advice=write_advice(exc, self.database.parent),
                ),
                code="restore_failed",
            ) from exc
        if recovery is None:
            raise WorkspaceError(
                translate(
                    "Workspace",
                    "The workspace database {path} is damaged ({problem}) and there is "
                    "no good backup of it. Nothing was changed. Copy the folder {folder} and give "
                    "it to the secretariat.",
                ).format(path=self.database, problem=problem, folder=self.database.parent),
                code="workspace_damaged",
            )
        made = time.strftime("%Y-%m-%d %H:%M", time.localtime(recovery.backup.stat().st_mtime))
        self.notices.append(
            translate(
                "Workspace",
                "The workspace database was damaged ({problem}). Juri set it aside as "
                "{damaged} and restored the backup made at {time}. Changes saved after that time "
                "are missing: please check your latest scores.",
            ).format(problem=problem, damaged=recovery.set_aside.name, time=made)
        )

    def after_open(self, existed: bool) -> None:
        if existed:
            self.backup("open")
            if isinstance(self._failure, NoRoomForBackup):
                self.notices.append(
                    translate(
                        "Workspace",
                        "The disk holding your workspace is nearly full ({free} MB "
                        "free), so Juri made no backup of it this time, to leave room for your "
                        "work. Free some disk space.",
                    ).format(free=format_decimal(Decimal(self._failure.free) / MIB, 1))
                )

    def before_migration(self) -> None:
        if self.database.exists() and self.database.stat().st_size:
            self.backup("before-migration")
            if self._failure is not None:
                raise WorkspaceError(
                    translate(
                        "Workspace",
                        "Juri could not back up the workspace before updating it "
                        "({error}), so it did not update it. {advice}",
                    ).format(
                        error=self.last_error,
                        advice=write_advice(self._failure, self.database.parent),
                    ),
                    code="backup_failed",
                ) from self._failure

    def note_change(self) -> bool:
        """Count one committed change; True when a backup is now due (once, until it ran)."""
        with self._lock:
            self._changes += 1
            if self._asked or not self.policy.due(self._changes, time.monotonic() - self._last):
                return False
            self._asked = True
            return True

    def closing(self) -> None:
        if self._changes:
            self.backup("close")

    def backup(self, reason: str = "auto") -> None:
        """Make a backup now (on the calling thread); a failure is kept, never raised."""
        with self._backing_up:
            with self._lock:
                counted = self._changes
            self._failure = None
            try:
                backup.make_backup(self.database, reason, self.policy.keep)
            except (OSError, sqlite3.Error) as exc:
                self._failure, self.last_error = exc, str(exc)
            else:
                self.last_error = None
            with self._lock:
                self._changes -= counted
                self._asked = False
                self._last = time.monotonic()


def folder_is_read_only(folder: Path) -> bool:
    """The folder (or its whole disk) can no longer be written: write-protected, remounted
    read-only after an error, or its permissions taken away."""
    return not os.access(folder, os.W_OK)


def write_advice(error: BaseException, folder: Path) -> str:
    """What to do when writing into ``folder`` failed with ``error``: read-only advice for a
    folder that can no longer be written, else free some disk space."""
    if getattr(error, "errno", None) in READ_ONLY_ERRNOS or folder_is_read_only(folder):
        return translate(
            "Workspace",
            "The folder {folder} has become read-only (a write-protected or "
            "failing disk?): copy the workspace folder to a disk you can write to, and open "
            "it from there.",
        ).format(folder=folder)
    return translate("Workspace", "Free some disk space and try again.")


def storage_error(
    error: OperationalError | sqlite3.OperationalError, folder: Path
) -> WorkspaceError | None:
    """A save that SQLite refused because the workspace's disk is full, read-only or failing,
    as a sentence for the juror (the change was rolled back: nothing half-saved); None for
    anything else. Either SQLAlchemy's error (the ORM's sessions) or sqlite3's own."""
    text = str(getattr(error, "orig", error)).lower()
    if "readonly" in text or ("disk i/o error" in text and folder_is_read_only(folder)):
        return WorkspaceError(
            translate(
                "Workspace",
                "Juri could not save this change: the workspace folder {folder} has "
                "become read-only (a write-protected or failing disk?). Your earlier changes are "
                "safe. Copy the workspace folder to a disk you can write to, and open it from "
                "there.",
            ).format(folder=folder),
            code="workspace_read_only",
        )
    if "disk is full" in text:
        return WorkspaceError(
            translate(
                "Workspace",
                "Juri could not save this change: the disk is full. Your earlier "
                "changes are safe. Free some disk space and enter the change again.",
            ),
            code="disk_full",
        )
    if "disk i/o error" in text:
        return WorkspaceError(
            translate(
                "Workspace",
                "Juri could not save this change: the disk reported an error. Your "
                "earlier changes are safe. Save your work elsewhere and have the laptop checked.",
            ),
            code="disk_error",
        )
    return None
