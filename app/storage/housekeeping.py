"""The workspace's housekeeping thread: WAL checkpoints and automatic backups, off the saves.

In WAL mode every commit appends pages to the ``-wal`` file; a *checkpoint* copies them back
into the database file (and fsyncs it) so the WAL can start over. SQLite's automatic
checkpoint does that inside the commit that crosses 1,000 WAL pages — about every 150th save
on the bench — and that save waits for it. An automatic backup (a full copy of the database,
app/storage/backup.py) takes longer still, far longer on a slow laptop disk.

So neither runs inside a save: the engine's automatic checkpoint is only a backstop
(``BACKSTOP_PAGES`` in app/storage/database.py), and a :class:`Housekeeper` runs, on a
thread of its own and its own ``sqlite3`` connection, a ``PASSIVE`` checkpoint after every
:data:`EVERY_COMMITS` commits (``Workspace(checkpoint_every=…)``) and the backup the backup
policy asks for, while the juror goes on. Passive: it never waits for, nor blocks, a save. The
WAL starts over at the first save after a checkpoint that copied everything — at a juror's
pace, the next one; while saves come back to back (the bench, a script) a save always commits
during the checkpoint, the WAL keeps growing, and the backstop's checkpoint, inside one save,
has only the pages written since the last pass left to copy. A backup reads a consistent
snapshot through SQLite's backup API (WAL readers never block a writer), once the saves pause.

Durability does not depend on any of this: a commit is durable once its WAL frames are
fsynced (synchronous=FULL). The thread's connection has the engine's pragmas, synchronous=FULL
among them, so the pages it copies back are on disk before SQLite lets the WAL start over.
When the workspace closes, the thread stops first; the last connection to close then
checkpoints the rest and removes the WAL.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from app.storage.database import apply_pragmas

EVERY_COMMITS = 100  # ~850 WAL pages of score saves on the bench: under the old 1,000
THREAD_NAME = "juri-housekeeping"


class Housekeeper:
    """Checkpoints the WAL of ``database`` after every ``every`` commits, and runs ``backup``
    when a commit says one is due, on one background thread.

    A due backup waits for a pause in the saves (``pause_seconds`` without a commit, at most
    ``max_wait_seconds``): a full copy competes for the disk with any save it overlaps, so it
    runs while the juror reads rather than while they type; checkpoints do not wait.
    The thread starts at the first piece of work, so a workspace opened for one command never
    starts one. A failing checkpoint (a full disk) never stops the juror's work: it is kept in
    :attr:`last_error` and tried again after the next ``every`` commits, and the backstop
    still bounds the WAL; ``backup`` reports its own failures (app/services/safekeeping.py).
    :meth:`committed` may be called from any thread: the state is behind one lock."""

    def __init__(
        self,
        database: Path,
        every: int = EVERY_COMMITS,
        backup: Callable[[], None] | None = None,
        *,
        pause_seconds: float = 0.0,
        max_wait_seconds: float = 600.0,
    ) -> None:
        self.database = database
        self.every = max(1, every)
        self.backup = backup
        self.pause_seconds = pause_seconds
        self.max_wait_seconds = max_wait_seconds
        self.last_error: str | None = None
        self.passes = 0  # checkpoints the thread made, for tests
        self._commits = 0
        self._last_commit = 0.0
        self._checkpoint_asked = False
        self._backup_since: float | None = None  # when the backup now waiting became due
        self._running = False
        self._state = threading.Condition()
        self._closing = False
        self._thread: threading.Thread | None = None

    def committed(self, *, backup_due: bool = False) -> None:
        """Count one commit; wake the thread when a checkpoint or a backup is due. Called on
        the committing thread after every commit, so it only counts and, now and then,
        notifies."""
        with self._state:
            self._last_commit = time.monotonic()
            self._commits += 1
            checkpoint = self._commits >= self.every
            if checkpoint:
                self._commits = 0
            if not (checkpoint or backup_due) or self._closing:
                return
            self._checkpoint_asked = self._checkpoint_asked or checkpoint
            if backup_due and self._backup_since is None:
                self._backup_since = self._last_commit
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
                self._thread.start()
            self._state.notify_all()

    def wait(self) -> None:
        """Block until the work asked for so far has run (a backup after its pause), or the
        thread stopped: for tests, which must not guess how long a checkpoint takes."""
        with self._state:
            self._state.wait_for(
                lambda: (
                    self._closing
                    or not (
                        self._running or self._checkpoint_asked or self._backup_since is not None
                    )
                )
            )

    def close(self) -> None:
        """Stop the thread (after the pass it may be running; a backup still waiting for its
        pause is left to the closing backup) and close its connection, before the
        workspace's own connections close."""
        with self._state:
            self._closing = True
            self._state.notify_all()
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        connection: sqlite3.Connection | None = None
        try:
            while True:
                with self._state:
                    work = self._next()
                if work is None:
                    return
                checkpoint, backup = work
                if checkpoint:
                    connection = connection or self._connect()
                    if connection is not None:
                        self._checkpoint(connection)
                if backup and self.backup is not None:
                    self.backup()
                with self._state:
                    self._running = False
                    self.passes += checkpoint
                    self._state.notify_all()
        finally:
            if connection is not None:
                connection.close()

    def _next(self) -> tuple[bool, bool] | None:
        """(checkpoint, backup) to run now, waiting until there is some; None when closing.
        Called with the lock held."""
        while not self._closing:
            now = time.monotonic()
            backup = self._backup_since is not None and (
                now - self._last_commit >= self.pause_seconds
                or now - self._backup_since >= self.max_wait_seconds
            )
            if self._checkpoint_asked or backup:
                checkpoint, self._checkpoint_asked = self._checkpoint_asked, False
                if backup:
                    self._backup_since = None
                self._running = True
                return checkpoint, backup
            timeout = (
                None
                if self._backup_since is None
                else max(
                    0.0,
                    min(
                        self._last_commit + self.pause_seconds,
                        self._backup_since + self.max_wait_seconds,
                    )
                    - now,
                )
            )
            self._state.wait(timeout)
        return None

    def _connect(self) -> sqlite3.Connection | None:
        """The thread's own connection (none when the file cannot be opened now: tried again
        at the next checkpoint due)."""
        try:
            connection = sqlite3.connect(self.database)
            apply_pragmas(connection)  # synchronous=FULL: copied pages are fsynced first
        except sqlite3.Error as exc:
            self.last_error = str(exc)
            return None
        return connection

    def _checkpoint(self, connection: sqlite3.Connection) -> None:
        try:
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as exc:
            self.last_error = str(exc)
        else:
            self.last_error = None
