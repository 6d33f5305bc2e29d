"""Rotating backups of the workspace database, and recovery from a damaged one.

A laptop's disk can fail, a file-sync tool can half-copy the database, a stranger can overwrite
it. So the workspace keeps the last few copies of its database, made with SQLite's online
backup API (a consistent snapshot even while Juri writes, unlike a file copy of a WAL database):
on open, before a schema migration, and every so many minutes or changes. On open the database
is checked with ``PRAGMA integrity_check``; a damaged one is set aside (never deleted: it is
evidence) and the newest backup that passes the same check takes its place.

Backups are written to a temporary name and renamed, so a crash mid-backup leaves the earlier
backups as they were; the temporary file of a backup that failed is removed at once, and
leftovers of a crash the next time.

Backups never take the last free space: a backup is made only when, after it, the disk still
has :func:`reserve` free — twice the database (room for it to grow by its own size and for
the result file exported from it), and never less than :data:`RESERVE_MIN`. When the disk is
short, older backups are removed first (keeping fewer, down to the newest one); when even
that leaves too little room, no backup is made (:class:`NoRoomForBackup`) and the newest one
stays. On a nearly full disk the juror's saves and exports matter more than one more copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from app.atomic import fsync_directory

BACKUP_FOLDER = "backups"
SUFFIX = ".sqlite3"
PART_SUFFIX = ".part"
SIDE_FILES = ("-wal", "-shm", "-journal")
RESERVE_MIN = 1024 * 1024


class NoRoomForBackup(OSError):
    """Not enough free space for a backup and the :func:`reserve` after it."""

    def __init__(self, free: int, needed: int) -> None:
        super().__init__(errno.ENOSPC, f"{free} bytes free, {needed} needed for a backup")
        self.free, self.needed = free, needed


@dataclass(frozen=True)
class BackupPolicy:
    """How many backups to keep and how often to make one while the juror works."""

    keep: int = 10
    interval_seconds: float = 10 * 60
    every_changes: int = 200
    # a due backup waits for this long without a save (at most interval_seconds): a full
    # copy slows every save it overlaps, so it runs while the juror reads, not types
    pause_seconds: float = 2.0

    def due(self, changes: int, seconds_since_last: float) -> bool:
        return changes > 0 and (
            changes >= self.every_changes or seconds_since_last >= self.interval_seconds
        )


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def list_backups(database: Path) -> list[Path]:
    """Finished backups of ``database``, newest first (names sort by time)."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    return sorted(
        (
            p
            for p in folder.iterdir()
            if p.name.endswith(SUFFIX) and p.name.startswith(database.stem + "-")
        ),
        reverse=True,
    )


def integrity_problem(path: Path, *, read_only: bool = False) -> str | None:
    """``None`` when SQLite's ``integrity_check`` passes, else its first complaint.

    The workspace's own database is opened read-write so that a WAL left by a killed process
    is read (and checked) as SQLite would; backups are plain files and opened read-only."""
    try:
        uri = f"file:{path}?mode=ro" if read_only else f"file:{path}"
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        connection.close()
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows[:3]) or "integrity_check returned nothing"


def free_space(folder: Path) -> int:
    """Bytes a program may still write on the disk holding ``folder``."""
    return shutil.disk_usage(folder).free


def database_size(database: Path) -> int:
    """The database with its WAL: an upper bound of a backup's size."""
    return sum(
        path.stat().st_size
        for path in (database, database.with_name(database.name + "-wal"))
        if path.exists()
    )


def reserve(size: int) -> int:
    """What must stay free after a backup of a database of ``size`` bytes."""
    return max(RESERVE_MIN, 2 * size)


def make_backup(database: Path, reason: str, keep: int) -> Path:
    """Snapshot ``database`` into its backup folder with the online backup API; keep ``keep``
    (fewer when the disk is short; :class:`NoRoomForBackup` when even one would not fit)."""
    folder = backup_folder(database)
    folder.mkdir(exist_ok=True)
    _remove_leftovers(folder)
    _make_room(database, folder)
    now = dt.datetime.now(dt.UTC)
    stamp = now.strftime("%Y%m%dT%H%M%S") + f"{now.microsecond:06d}Z"
    target = folder / f"{database.stem}-{stamp}-{reason}{SUFFIX}"
    part = target.with_name(target.name + PART_SUFFIX)
    try:
        _copy_database(database, part, read_only=False)
        part.replace(target)
    except BaseException:
        _remove_copy(part)  # never leave half a backup taking space
        raise
    fsync_directory(folder)
    for old in list_backups(database)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def _make_room(database: Path, folder: Path) -> None:
    """Remove the oldest backups until a new one leaves :func:`reserve` free; never the
    newest, which stays until the new one is in place."""
    size = database_size(database)
    needed = size + reserve(size)
    older = list_backups(database)[1:]
    free = free_space(folder)
    while free < needed and older:
        with contextlib.suppress(OSError):
            older.pop().unlink()
        free = free_space(folder)
    if free < needed:
        raise NoRoomForBackup(free, needed)


def _remove_leftovers(folder: Path) -> None:
    for leftover in folder.glob(f"*{PART_SUFFIX}*"):  # a backup cut short by a crash
        with contextlib.suppress(OSError):
            leftover.unlink()


def _remove_copy(target: Path) -> None:
    for path in (target, *(target.with_name(target.name + side) for side in SIDE_FILES)):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


@dataclass(frozen=True)
class Recovery:
    """What :func:`recover` did: where the damaged file went and which backup replaced it."""

    problem: str
    set_aside: Path
    backup: Path


def newest_good_backup(database: Path) -> Path | None:
    for candidate in list_backups(database):
        if integrity_problem(candidate, read_only=True) is None:
            return candidate
    return None


def restore_copy(database: Path) -> Path:
    """Where :func:`recover` copies a backup before it takes the database's place."""
    return database.with_name(database.name + PART_SUFFIX)


def remove_restore_leftover(database: Path) -> None:
    """A restore cut short by a crash leaves its copy, never used: removed on open."""
    _remove_copy(restore_copy(database))


def recover(database: Path, problem: str) -> Recovery | None:
    """Set the damaged ``database`` (and its WAL) aside and put the newest good backup in its
    place. Without a good backup nothing is touched and the answer is None."""
    backup = newest_good_backup(database)
    if backup is None:
        return None
    part = restore_copy(database)
    try:
        _copy_database(backup, part)
    except BaseException:
        _remove_copy(part)  # a full disk: the damaged file stays as it was, and no half copy
        raise
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    set_aside = database.with_name(f"{database.name}.damaged-{stamp}")
    database.replace(set_aside)
    for side in SIDE_FILES:  # a stale WAL must never be replayed onto the restored copy
        companion = database.with_name(database.name + side)
        if companion.exists():
            companion.replace(set_aside.with_name(set_aside.name + side))
    part.replace(database)
    fsync_directory(database.parent)
    return Recovery(problem, set_aside, backup)


def _copy_database(source_path: Path, target: Path, *, read_only: bool = True) -> None:
    """A consistent copy through the online backup API, fsynced, as one plain file."""
    _remove_copy(target)  # a copy cut short by a crash is never built upon
    uri = f"file:{source_path}?mode=ro" if read_only else f"file:{source_path}"
    source = sqlite3.connect(uri, uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    finally:
        source.close()
    with target.open("rb") as handle:
        os.fsync(handle.fileno())


def last_backup_age(database: Path) -> float:
    """Seconds since the newest backup was written (infinite when there is none)."""
    backups = list_backups(database)
    if not backups:
        return float("inf")
    with contextlib.suppress(OSError):
        return max(0.0, time.time() - backups[0].stat().st_mtime)
    return float("inf")
