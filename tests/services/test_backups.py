"""Rotating backups of the workspace, and a damaged workspace restored from the newest good one
with the juror told — after which the results can be exported (and verified) again."""

from __future__ import annotations

import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event

from app import settings
from app.cli.main import main
from app.errors import WorkspaceError
from app.package.reader import open_package
from app.results.verify import check_result
from app.services import workspace as workspace_module
from app.services.wiring import open_workspace
from app.services.workspace import DATABASE_NAME
from app.storage import backup
from app.storage.audit import verify_chain
from app.storage.backup import BackupPolicy
from app.storage.housekeeping import THREAD_NAME
from tests.factory import PASSPHRASE

D = Decimal


@pytest.fixture
def setup(competition):
    return competition(submissions=2, jurors=1)


@pytest.fixture
def folder(setup) -> Path:
    """J01's workspace with the package imported and one score saved, then closed."""
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
        ws.scoring.set_score("test-pkg", "S001", "LATAR", D(7))
    return setup.workspaces["J01"]


def damage(database: Path, how: str) -> None:
    data = bytearray(database.read_bytes())
    if how == "header":
        data[0:100] = b"\xff" * 100  # "file is not a database"
    elif how == "page":
        page = 4096
        data[2 * page : 3 * page] = bytes(range(256)) * 16  # a b-tree page of noise
    else:  # emptied, as a careless sync tool might
        data = bytearray()
    database.write_bytes(bytes(data))


def test_every_open_and_close_with_changes_leaves_a_backup_and_only_k_are_kept(folder) -> None:
    database = folder / DATABASE_NAME
    before = backup.list_backups(database)
    assert before, "opening and closing with changes made backups"
    policy = BackupPolicy(keep=3, interval_seconds=3600, every_changes=1000)
    for _ in range(5):
        open_workspace(folder, backups=policy).close()
    kept = backup.list_backups(database)
    assert len(kept) == 3
    assert all(backup.integrity_problem(p, read_only=True) is None for p in kept)
    assert not list(backup.backup_folder(database).glob("*.part"))


def test_a_backup_is_made_every_n_changes(folder) -> None:
    database = folder / DATABASE_NAME
    policy = BackupPolicy(keep=50, interval_seconds=3600, every_changes=3, pause_seconds=0)
    with open_workspace(folder, backups=policy) as ws:
        start = len(backup.list_backups(database))
        for value in (1, 2, 3, 4, 5, 6):
            ws.scoring.set_score("test-pkg", "S002", "LATAR", D(value))
            ws.workspace.housekeeping.wait()  # the backup runs on its own thread
        assert len(backup.list_backups(database)) == start + 2
    newest = backup.list_backups(database)[0]  # the one made on close has the last value
    with sqlite3.connect(newest) as connection:
        assert connection.execute(
            "SELECT value FROM scores WHERE criterion_code='LATAR' AND value='6'"
        ).fetchall()


def test_no_backup_runs_inside_a_save(folder, monkeypatch) -> None:
    """The automatic backups are made on the housekeeping thread while the juror goes on;
    only opening and closing back up on the thread that opens and closes."""
    threads: list[tuple[str, str]] = []
    make_backup = backup.make_backup

    def recording(database, reason, keep):
        threads.append((reason, threading.current_thread().name))
        return make_backup(database, reason, keep)

    monkeypatch.setattr(backup, "make_backup", recording)
    with open_workspace(folder, backups=BackupPolicy(every_changes=2, pause_seconds=0)) as ws:
        for value in (1, 2, 3, 4, 5):
            ws.scoring.set_score("test-pkg", "S002", "LATAR", D(value))
            ws.workspace.housekeeping.wait()
    here = threading.current_thread().name
    assert threads == [
        ("open", here),
        ("auto", THREAD_NAME),
        ("auto", THREAD_NAME),
        ("close", here),
    ]


def test_a_due_backup_waits_for_a_pause_in_the_saves(folder) -> None:
    """While the juror types, a due backup waits (here for an hour without a save): the
    saves go on alone, and closing makes the backup that was waiting."""
    database = folder / DATABASE_NAME
    policy = BackupPolicy(every_changes=2, interval_seconds=3600, pause_seconds=3600)
    with open_workspace(folder, backups=policy) as ws:
        opened = set(backup.list_backups(database))
        for value in (1, 2, 3, 4, 5):
            ws.scoring.set_score("test-pkg", "S002", "LATAR", D(value))
        assert set(backup.list_backups(database)) == opened
    [closing] = set(backup.list_backups(database)) - opened
    assert closing.name.endswith("-close.sqlite3")


def test_backup_settings_come_from_the_typed_registry(folder) -> None:
    values = settings.load()
    values.backup_keep, values.backup_every_changes = 2, 1
    settings.save(values)
    with open_workspace(folder) as ws:
        assert ws.workspace.safekeeping.policy == BackupPolicy(
            keep=2, interval_seconds=600, every_changes=1
        )
        ws.scoring.set_score("test-pkg", "S002", "LATAR", D(5))
    assert len(backup.list_backups(folder / DATABASE_NAME)) == 2


def test_a_backup_is_made_before_a_migration(folder, monkeypatch) -> None:
    monkeypatch.setattr(workspace_module, "pending_migration", lambda _engine: True)
    open_workspace(folder).close()
    reasons = [p.name for p in backup.list_backups(folder / DATABASE_NAME)]
    assert any("before-migration" in name for name in reasons)


@pytest.mark.parametrize("how", ["header", "page", "empty"])
def test_a_damaged_workspace_is_restored_and_the_juror_told(folder, how) -> None:
    database = folder / DATABASE_NAME
    damage(database, how)
    with open_workspace(folder) as ws:
        assert len(ws.notices) == 1
        assert "damaged" in ws.notices[0] and "restored the backup" in ws.notices[0]
        assert ws.scoring.evaluation("test-pkg", "S001").evaluation.scores["LATAR"] == D(7)
        with ws.workspace.reading() as session:
            assert verify_chain(session).ok
    set_aside = list(folder.glob(f"{DATABASE_NAME}.damaged-*"))
    assert set_aside, "the damaged file is kept as evidence"
    assert backup.integrity_problem(database) is None


def test_results_can_be_exported_again_after_a_restore(setup, folder, tmp_path, capsys) -> None:
    damage(folder / DATABASE_NAME, "header")
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(PASSPHRASE)
    out = tmp_path / "out"
    out.mkdir()
    code = main(
        [
            "--lang",
            "en",
            "--workspace",
            str(folder),
            "result",
            "export",
            "--passphrase-file",
            str(passphrase_file),
            "-o",
            str(out),
        ]
    )
    assert code == 0
    assert "restored the backup" in capsys.readouterr().err
    [result] = out.iterdir()
    package = open_package(setup.package)
    check = check_result(result.read_bytes(), package.manifest, package.manifest_sha256)
    assert check.valid, check.reason
    assert check.document.evaluations[0].scores["LATAR"] == D(7)


def test_without_a_good_backup_the_damaged_workspace_is_refused_untouched(folder) -> None:
    database = folder / DATABASE_NAME
    for old in backup.list_backups(database):
        damage(old, "header")
    damage(database, "header")
    before = database.read_bytes()
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(folder)
    assert caught.value.code == "workspace_damaged"
    assert "no good backup" in caught.value.message
    assert database.read_bytes() == before
    assert not list(folder.glob("*.damaged-*"))


def test_a_failing_backup_never_stops_saving(folder, monkeypatch) -> None:
    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    with open_workspace(folder, backups=BackupPolicy(every_changes=1, pause_seconds=0)) as ws:
        monkeypatch.setattr(backup, "make_backup", disk_full)
        ws.scoring.set_score("test-pkg", "S002", "LATAR", D(9))
        ws.workspace.housekeeping.wait()
        assert "No space left" in ws.workspace.safekeeping.last_error
        monkeypatch.undo()
    with open_workspace(folder) as ws:
        assert ws.scoring.evaluation("test-pkg", "S002").evaluation.scores["LATAR"] == D(9)


def test_a_full_disk_while_scoring_is_a_sentence_and_loses_nothing_saved(folder) -> None:
    with open_workspace(folder) as ws:
        ws.scoring.set_score("test-pkg", "S002", "LATAR", D(4))
        ws.workspace.engine.dispose()  # new connections get the limit below

        @event.listens_for(ws.workspace.engine, "connect")
        def no_room(dbapi_connection, _record) -> None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")  # the disk is full

        with pytest.raises(WorkspaceError) as caught:
            ws.scoring.set_comment("test-pkg", "S002", "LATAR", "panjang " * 2_000)
        assert caught.value.code == "disk_full"
        assert "disk is full" in caught.value.message
        event.remove(ws.workspace.engine, "connect", no_room)
        ws.workspace.engine.dispose()
    with open_workspace(folder) as ws:
        evaluation = ws.scoring.evaluation("test-pkg", "S002").evaluation
        assert evaluation.scores["LATAR"] == D(4) and not evaluation.comments.get("LATAR")
        with ws.workspace.reading() as session:
            assert verify_chain(session).ok


def test_after_a_restore_result_versions_keep_growing(setup, folder, tmp_path) -> None:
    """The backup knows only version 1; version 2 already left the laptop. The next export
    must be version 3, or the chair would keep the older version 2."""
    database = folder / DATABASE_NAME
    out = tmp_path / "out"
    out.mkdir()
    with open_workspace(folder) as ws:
        assert ws.results.export("test-pkg", PASSPHRASE, out).sequence == 1
    knows_v1 = set(backup.list_backups(database))
    with open_workspace(folder) as ws:
        ws.scoring.set_score("test-pkg", "S001", "LATAR", D(9))
        assert ws.results.export("test-pkg", PASSPHRASE, out).sequence == 2
    for newer in set(backup.list_backups(database)) - knows_v1:
        newer.unlink()  # as if the damage came before the next backup
    damage(database, "page")
    with open_workspace(folder) as ws:
        assert ws.notices and [e.sequence for e in ws.results.history("test-pkg")] == [1]
        assert ws.results.export("test-pkg", PASSPHRASE, out).sequence == 3
