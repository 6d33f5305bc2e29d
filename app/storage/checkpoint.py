"""WAL checkpoints on a thread of their own, off the juror's save path.

In WAL mode every commit appends pages to the ``-wal`` file; a *checkpoint* copies them back
into the database file (and fsyncs it) so the WAL can start over. SQLite's automatic
checkpoint does that inside the commit that crosses 1,000 WAL pages — about every 150th save
on the bench — and that save waits for it: the slowest saves after the backups.

Here the engine's automatic checkpoint is only a backstop (:data:`BACKSTOP_PAGES`, see
app/storage/database.py) and a :class:`Checkpointer` runs a ``PASSIVE`` checkpoint on its own
connection after every :data:`EVERY_COMMITS` commits (``Workspace(checkpoint_every=…)``),
while the juror goes on. Passive: it never waits for, nor blocks, a save. The WAL starts over
at the first save after a checkpoint that copied everything — at a juror's pace, the next
one; while saves come back to back (the bench, a script) a save always commits during the
checkpoint, the WAL keeps growing, and the backstop's checkpoint, inside one save, has only
the pages written since the last pass left to copy.

Durability does not depend on any of this: a commit is durable once its WAL frames are
fsynced (synchronous=FULL). The thread's connection is synchronous=FULL too, so the pages it
copies back are on disk before SQLite lets the WAL start over. When the workspace closes, the
last connection to close checkpoints the rest and removes the WAL, as before.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

EVERY_COMMITS = 100  # ~850 WAL pages of score saves on the bench: under the old 1,000
BACKSTOP_PAGES = 4096  # 16 MiB of WAL: the save path checkpoints itself only past this


class Checkpointer:
    """Checkpoints the WAL of ``database`` in the background after every ``every`` commits.

    The thread starts at the first checkpoint due, so a workspace opened for one command
    never starts one. A failing checkpoint (a full disk) never stops the juror's work: it is
    kept in :attr:`last_error` and tried again after the next ``every`` commits, and the
    backstop still bounds the WAL."""

    def __init__(self, database: Path, every: int = EVERY_COMMITS) -> None:
        self.database = database
        self.every = max(1, every)
        self.last_error: str | None = None
        self.passes = 0  # passes the thread made, for tests
        self._commits = 0
        self._asked = 0  # checkpoints asked for; one pass serves every one asked before it
        self._done = 0  # of those, how many a finished pass served
        self._state = threading.Condition()
        self._closing = False
        self._thread: threading.Thread | None = None

    def committed(self) -> None:
        """Count one commit; wake the thread when a checkpoint is due. Called on the saving
        thread after every commit, so it only counts, and every ``every`` commits notifies."""
        self._commits += 1
        if self._commits < self.every:
            return
        self._commits = 0
        with self._state:
            if self._closing:
                return
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="juri-wal-checkpoint",
                                                daemon=True)
                self._thread.start()
            self._asked += 1
            self._state.notify_all()

    def wait(self) -> None:
        """Block until every checkpoint asked for so far has run, or the thread stopped: for
        tests, which must not guess how long a checkpoint takes."""
        with self._state:
            self._state.wait_for(lambda: self._done >= self._asked or self._closing)

    def close(self) -> None:
        """Stop the thread (after the pass it may be running) and close its connection, before
        the workspace's own connections close: the last of those checkpoints what is left
        and removes the WAL."""
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
                    self._state.wait_for(lambda: self._done < self._asked or self._closing)
                    if self._closing:
                        return
                    asked = self._asked
                connection = connection or self._connect()
                if connection is not None:
                    self._checkpoint(connection)
                with self._state:
                    self._done = asked
                    self.passes += 1
                    self._state.notify_all()
        finally:
            if connection is not None:
                connection.close()

    def _connect(self) -> sqlite3.Connection | None:
        """The thread's own connection (none when the file cannot be opened now: tried again
        at the next checkpoint due)."""
        try:
            connection = sqlite3.connect(self.database)
            connection.execute("PRAGMA synchronous=FULL")  # copied pages are fsynced first
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
