"""WAL checkpoints and automatic backups run on the workspace's housekeeping thread
(app/storage/housekeeping.py), not inside the juror's saves: the pages still reach the
database file, the WAL still starts over, closing leaves no WAL behind, and a checkpoint that
fails stops nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.services.wiring import Services, open_workspace
from app.services.workspace import DATABASE_NAME
from app.storage import backup
from app.storage.database import BACKSTOP_PAGES
from app.storage.housekeeping import THREAD_NAME
from tests.storage.crash_child import PACKAGE, step
from tests.storage.test_crash_safety import state_after, state_in


@pytest.fixture
def folder(competition) -> Path:
    setup = competition(submissions=2, jurors=1)
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
    return setup.workspaces["J01"]


def make_changes(ws: Services, start: int, count: int) -> None:
    """Changes ``start`` … ``start + count - 1`` of the crash test, each saved on its own."""
    for n in range(start, start + count):
        kind, code, criterion, value = step(n)
        if kind == "score":
            ws.scoring.set_score(PACKAGE, code, criterion, value)
        else:
            ws.scoring.set_comment(PACKAGE, code, criterion, value)


def wal_size(folder: Path) -> int:
    return (folder / f"{DATABASE_NAME}-wal").stat().st_size


def test_saves_leave_checkpoints_to_the_thread_up_to_the_backstop(folder) -> None:
    database = folder / DATABASE_NAME
    with open_workspace(folder, checkpoint_every=10**6) as ws:
        with ws.workspace.engine.connect() as connection:
            pages = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
        assert pages == BACKSTOP_PAGES
        before = database.read_bytes()
        make_changes(ws, 0, 30)
        assert database.read_bytes() == before, "no save copied the WAL back itself"
        assert ws.workspace.housekeeping.passes == 0


def test_the_thread_copies_the_wal_back_and_the_wal_starts_over(folder) -> None:
    database = folder / DATABASE_NAME
    with open_workspace(folder, checkpoint_every=5) as ws:
        before = database.read_bytes()
        make_changes(ws, 0, 5)
        ws.workspace.housekeeping.wait()
        keeper = ws.workspace.housekeeping
        assert keeper.passes == 1 and keeper.last_error is None
        assert database.read_bytes() != before, "the saved pages reached the database file"
        first_cycle = wal_size(folder)
        for cycle in range(1, 11):  # a juror's pace: each checkpoint ends before the next save
            make_changes(ws, 5 * cycle, 5)
            ws.workspace.housekeeping.wait()
        assert ws.workspace.housekeeping.passes == 11
        assert wal_size(folder) <= 2 * first_cycle, "the WAL started over, it did not grow"
        assert state_in(ws) == state_after(55)


def test_closing_stops_the_thread_and_leaves_no_wal(folder) -> None:
    database = folder / DATABASE_NAME
    ws = open_workspace(folder, checkpoint_every=2)
    make_changes(ws, 0, 7)
    ws.close()
    assert not [t for t in threading.enumerate() if t.name == THREAD_NAME]
    assert not (folder / f"{DATABASE_NAME}-wal").exists()
    assert backup.integrity_problem(database) is None
    newest = backup.list_backups(database)[0]  # closing with changes still backs up
    assert backup.integrity_problem(newest, read_only=True) is None
    with open_workspace(folder) as ws:
        assert state_in(ws) == state_after(7)


def test_a_failing_checkpoint_never_stops_saving(folder) -> None:
    with open_workspace(folder, checkpoint_every=2) as ws:
        ws.workspace.housekeeping.database = folder  # a folder: SQLite cannot open it as a database
        make_changes(ws, 0, 2)
        ws.workspace.housekeeping.wait()
        assert ws.workspace.housekeeping.last_error
        ws.workspace.housekeeping.database = folder / DATABASE_NAME
        make_changes(ws, 2, 2)
        ws.workspace.housekeeping.wait()
        keeper = ws.workspace.housekeeping
        assert keeper.last_error is None and keeper.passes == 2
    with open_workspace(folder) as ws:
        assert state_in(ws) == state_after(4)
