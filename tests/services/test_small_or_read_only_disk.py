"""A small or read-only disk under the workspace. Backups never take the last free space: on a
small disk the workspace keeps fewer backups (or none, and says so) rather than fill it, so
saving and exporting still work, and no half backup is left behind. A workspace folder that
became read-only gets read-only advice, not "free some disk space". A real 2 MB tmpfs where the
tests may mount one (root on Linux), and the same disk simulated so every machine checks."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event

from app.cli.main import main
from app.errors import WorkspaceError
from app.package.reader import open_package
from app.results.verify import check_result
from app.services import sequence_mark
from app.services.packages import PACKAGES_DIR
from app.services.wiring import open_workspace
from app.services.workspace import DATABASE_NAME
from app.storage import backup
from app.storage.backup import BackupPolicy
from tests.disks import tmpfs
from tests.factory import PASSPHRASE
from tests.services.test_backups import damage

D = Decimal


@pytest.fixture
def small_disk(tmp_path) -> Path:
    """A 2 MB tmpfs standing in for a nearly full laptop disk."""
    with tmpfs(tmp_path / "disk", "2m") as folder:
        yield folder


def simulate_disk(monkeypatch, folder: Path, size: int) -> None:
    """Make the backups see a disk of ``size`` bytes holding only ``folder``'s files."""

    def free(_folder: Path) -> int:
        used = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
        return max(0, size - used)

    monkeypatch.setattr(backup, "free_space", free)


def juror_workspace(competition, target: Path) -> Path:
    """J01's workspace with the package opened and long comments written (a database of
    about 300 KB, ten backups of which would not fit), moved to ``target``."""
    setup = competition(submissions=3, jurors=1)
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
        for code in ("S001", "S002", "S003"):
            for criterion in ("KEBARUAN", "SIGNIFIKANSI"):
                ws.scoring.set_comment("test-pkg", code, criterion, "Uraian rinci. " * 1_000)
    shutil.copytree(setup.workspaces["J01"], target)
    return setup


def scores_and_export(folder: Path, tmp_path: Path, capsys) -> Path:
    """A juror's evening on the command line: several saves, each command opening and
    closing the workspace (an open and a close backup each), then the export."""
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text(PASSPHRASE)
    workspace = ["--lang", "en", "--workspace", str(folder)]
    for value in range(1, 9):
        assert main([*workspace, "score", "set", "S001", f"LATAR={value}"]) == 0
        assert (
            main(
                [
                    *workspace,
                    "score",
                    "set",
                    "S002",
                    f"LATAR={value}",
                    "--comment",
                    f"LATAR=catatan {value} " + "panjang " * 2_000,
                ]
            )
            == 0
        )
    out = tmp_path / "out"
    out.mkdir()
    code = main(
        [*workspace, "result", "export", "--passphrase-file", str(passphrase), "-o", str(out)]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    [result] = out.iterdir()
    return result


def test_on_a_2_mb_disk_backups_leave_room_to_save_and_export(
    competition, small_disk, tmp_path, capsys
) -> None:
    folder = small_disk / "workspace"
    setup = juror_workspace(competition, folder)
    result = scores_and_export(folder, tmp_path, capsys)
    package = open_package(setup.package)
    check = check_result(result.read_bytes(), package.manifest, package.manifest_sha256)
    assert check.valid, check.reason
    assert check.document.evaluations[0].scores["LATAR"] == D(8)
    kept = backup.list_backups(folder / DATABASE_NAME)
    assert kept, "a backup is still kept while there is room for one"
    assert shutil.disk_usage(small_disk).free >= backup.RESERVE_MIN
    assert not list(backup.backup_folder(folder / DATABASE_NAME).glob("*.part*"))
    assert not list(backup.backup_folder(folder / DATABASE_NAME).glob("*.part*"))


def test_a_short_disk_keeps_fewer_backups_simulated(competition, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "workspace"
    juror_workspace(competition, folder)
    database = folder / DATABASE_NAME
    shutil.rmtree(backup.backup_folder(database))
    size = backup.database_size(database)
    used = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    disk = used + 3 * size + backup.reserve(size)  # room for about three backups
    simulate_disk(monkeypatch, folder, disk)
    policy = BackupPolicy(keep=10)
    for value in range(1, 9):
        with open_workspace(folder, backups=policy) as ws:
            ws.scoring.set_score("test-pkg", "S001", "LATAR", D(value))
        assert backup.free_space(folder) >= backup.reserve(backup.database_size(database))
    kept = backup.list_backups(database)
    assert 1 <= len(kept) <= 3 < policy.keep
    assert backup.integrity_problem(kept[0], read_only=True) is None
    with open_workspace(folder) as ws:
        assert ws.scoring.evaluation("test-pkg", "S001").evaluation.scores["LATAR"] == D(8)


def test_no_room_for_a_backup_is_said_and_the_last_one_kept_simulated(
    competition, tmp_path, monkeypatch
) -> None:
    folder = tmp_path / "workspace"
    juror_workspace(competition, folder)
    database = folder / DATABASE_NAME
    newest, *older = backup.list_backups(database)
    for old in older:
        old.unlink()
    used = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    simulate_disk(monkeypatch, folder, used + backup.RESERVE_MIN)  # no room for one more
    (
        backup.backup_folder(database) / "workspace-20260101T000000000000Z-auto.sqlite3.part"
    ).write_bytes(b"half a backup")
    with open_workspace(folder) as ws:
        assert len(ws.notices) == 1 and "nearly full" in ws.notices[0]
        assert "made no backup" in ws.notices[0]
        ws.scoring.set_score("test-pkg", "S001", "LATAR", D(6))  # saving goes on
    assert backup.list_backups(database)[0] == newest, "the last backup is never removed"
    assert not list(backup.backup_folder(database).glob("*.part*")), "leftovers removed"


def refused_as_read_only(action) -> WorkspaceError:
    with pytest.raises(WorkspaceError) as caught:
        action()
    message = caught.value.message
    assert "read-only" in message and "Free some disk space" not in message, message
    return caught.value


def test_a_workspace_folder_that_became_read_only_simulated(
    competition, tmp_path, monkeypatch
) -> None:
    """Simulated as SQLite and the system report it: Linux will not turn a mounted disk
    read-only under files open for writing, as the workspace's database is."""
    folder = tmp_path / "workspace"
    juror_workspace(competition, folder)
    out = tmp_path / "out"
    out.mkdir()
    with open_workspace(folder) as ws:
        engine = ws.workspace.engine
        engine.dispose()  # new connections get the read-only switch below

        @event.listens_for(engine, "connect")
        def read_only(dbapi_connection, _record) -> None:
            dbapi_connection.execute("PRAGMA query_only=1")  # SQLite: a read-only database

        refusal = refused_as_read_only(
            lambda: ws.scoring.set_comment("test-pkg", "S001", "LATAR", "baik")
        )
        assert refusal.code == "workspace_read_only"
        event.remove(engine, "connect", read_only)
        engine.dispose()

        def read_only_folder(*_args, **_kwargs):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        monkeypatch.setattr(sequence_mark, "atomic_write_bytes", read_only_folder)
        refused_as_read_only(lambda: ws.results.export("test-pkg", PASSPHRASE, out))
        assert not list(out.iterdir())


def test_a_package_copy_cut_short_is_removed_when_the_workspace_opens(competition) -> None:
    """An import killed halfway (the laptop's lid closed, the process ended) leaves its copy of
    the package, as large as the package, in the workspace's packages folder: the next open
    removes it (the folder's lock says no other import is running), and nothing else there."""
    setup = competition(submissions=2, jurors=1)
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
        folder = ws.folder / PACKAGES_DIR
    kept = sorted(path.name for path in folder.iterdir())
    leftover = folder / ".incoming-0123456789abcdef.part"
    leftover.write_bytes(setup.package.read_bytes())
    with setup.workspace("J01") as ws:
        assert not leftover.exists()
        assert sorted(path.name for path in folder.iterdir()) == kept
        assert ws.packages.list()[0].archive.is_file()


def damaged_on_a_full_disk(folder: Path, tmp_path: Path, capsys) -> tuple[int, str, bytes]:
    """The juror opens a workspace whose database was damaged, on a disk with no room left
    to put the newest backup in its place: ``juri score list``'s exit code and message."""
    database = folder / DATABASE_NAME
    damage(database, "header")
    before = database.read_bytes()
    code = main(["--lang", "en", "--workspace", str(folder), "score", "list"])
    return code, capsys.readouterr().err, before


def assert_refused_untouched(folder: Path, code: int, err: str, before: bytes) -> None:
    assert code == 1 and "Traceback" not in err, err
    assert "damaged" in err and "Nothing was changed" in err and "Free some disk space" in err
    assert (folder / DATABASE_NAME).read_bytes() == before
    assert not list(folder.glob("*.damaged-*")), "set aside only once a backup replaces it"
    assert not list(folder.glob("*.part*")), "no half copy left taking the space"


def test_a_damaged_workspace_on_a_full_disk_is_refused_in_a_sentence(
    competition, small_disk, tmp_path, capsys
) -> None:
    folder = small_disk / "workspace"
    juror_workspace(competition, folder)
    shutil.rmtree(folder / PACKAGES_DIR)
    free = shutil.disk_usage(small_disk).free
    (small_disk / "filler").write_bytes(bytes(free - 8 * 1024))  # the disk, nearly full
    code, err, before = damaged_on_a_full_disk(folder, tmp_path, capsys)
    assert_refused_untouched(folder, code, err, before)


def test_a_damaged_workspace_on_a_full_disk_is_refused_in_a_sentence_simulated(
    competition, tmp_path, monkeypatch, capsys
) -> None:
    folder = tmp_path / "workspace"
    juror_workspace(competition, folder)
    copy = backup._copy_database

    def disk_fills(source: Path, target: Path, **options) -> None:
        copy(source, target, **options)
        raise sqlite3.OperationalError("database or disk is full")  # after half a copy

    monkeypatch.setattr(backup, "_copy_database", disk_fills)
    code, err, before = damaged_on_a_full_disk(folder, tmp_path, capsys)
    assert_refused_untouched(folder, code, err, before)


def test_a_restore_cut_short_leaves_nothing_after_the_next_open(competition, tmp_path) -> None:
    """A restore killed halfway leaves its copy of a backup (as large as the database) beside
    the database: never used, and removed when the workspace next opens."""
    folder = tmp_path / "workspace"
    juror_workspace(competition, folder)
    database = folder / DATABASE_NAME
    leftover = database.with_name(database.name + backup.PART_SUFFIX)
    leftover.write_bytes(backup.list_backups(database)[0].read_bytes())
    with open_workspace(folder) as ws:
        assert ws.notices == []
        assert ws.scoring.evaluation("test-pkg", "S001").evaluation.submission == "S001"
    assert not list(folder.glob("*.part*"))
