"""Backups never take the last free space: on a small disk the workspace keeps fewer backups
(or none) rather than fill it, so saving and exporting still work; leftovers of a cut-short
backup are removed. A real 2 MB tmpfs where the tests may mount one (root on Linux), and the
same disk simulated so every machine checks it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from app.cli.main import main
from app.package.reader import open_package
from app.results.verify import check_result
from app.services.workspace import DATABASE_NAME
from app.storage import backup
from tests.factory import PASSPHRASE

D = Decimal


@pytest.fixture
def small_disk(tmp_path) -> Path:
    """A 2 MB tmpfs standing in for a nearly full laptop disk."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root on Linux")
    folder = tmp_path / "disk"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
                      capture_output=True).returncode:
        pytest.skip("this machine does not allow mounting a tmpfs")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


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
        assert main([*workspace, "score", "set", "S002", f"LATAR={value}",
                     "--comment", f"LATAR=catatan {value} " + "panjang " * 2_000]) == 0
    out = tmp_path / "out"
    out.mkdir()
    code = main([*workspace, "result", "export", "--passphrase-file", str(passphrase),
                 "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    [result] = out.iterdir()
    return result


def test_on_a_2_mb_disk_backups_leave_room_to_save_and_export(competition, small_disk,
                                                            tmp_path, capsys) -> None:
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
