"""Exports to a full or read-only USB stick fail with a specific message, leave the earlier
file as it was and no half-written file behind. A real tiny tmpfs is used where the tests may
mount one (root on Linux); the same failures are also simulated so every machine checks them."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest

from app.cli.main import main
from app.errors import WorkspaceError
from app.services.wiring import open_workspace
from tests.disks import tmpfs
from tests.factory import PASSPHRASE

D = Decimal


@pytest.fixture
def ws(competition):
    setup = competition(submissions=2, jurors=1)
    workspace = setup.workspace("J01")
    workspace.packages.import_package(setup.package)
    workspace.scoring.set_score("test-pkg", "S001", "LATAR", D(7))
    yield workspace
    workspace.close()


@pytest.fixture
def usb(tmp_path) -> Path:
    """A 64 KiB tmpfs standing in for a small USB stick."""
    with tmpfs(tmp_path / "usb", "64k") as folder:
        yield folder


def export_fails(ws, target: Path, words: str) -> WorkspaceError:
    with pytest.raises(WorkspaceError) as caught:
        ws.results.export("test-pkg", PASSPHRASE, target)
    assert caught.value.code == "write_failed"
    assert words in caught.value.message and "unchanged" in caught.value.message
    return caught.value


def test_a_really_full_usb_stick(ws, usb) -> None:
    earlier = ws.results.export("test-pkg", PASSPHRASE, usb / "result.json").path.read_bytes()
    with contextlib.suppress(OSError), (usb / "filler").open("wb") as filler:
        while True:
            filler.write(b"\0" * 4096)
            filler.flush()
    ws.scoring.set_comment("test-pkg", "S001", "LATAR", "x" * 20_000)  # the new file is bigger
    export_fails(ws, usb / "result.json", "the disk is full")
    assert (usb / "result.json").read_bytes() == earlier
    assert sorted(p.name for p in usb.iterdir()) == ["filler", "result.json"]


def test_a_really_read_only_usb_stick(ws, usb) -> None:
    earlier = ws.results.export("test-pkg", PASSPHRASE, usb / "result.json").path.read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(usb)], check=True)
    ws.scoring.set_score("test-pkg", "S001", "LATAR", D(9))
    export_fails(ws, usb / "result.json", "the disk is read-only")
    assert (usb / "result.json").read_bytes() == earlier


def test_a_read_only_folder_simulated(ws, tmp_path, monkeypatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    earlier = ws.results.export("test-pkg", PASSPHRASE, stick / "result.json").path
    before = earlier.read_bytes()
    real_mkstemp = tempfile.mkstemp

    def read_only(*args, **kwargs):
        if Path(kwargs.get("dir", "")) == stick:  # only the stick is read-only
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    export_fails(ws, stick / "result.json", "the disk is read-only")
    assert earlier.read_bytes() == before


def test_a_disk_that_fills_while_writing_simulated(ws, tmp_path, monkeypatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    earlier = ws.results.export("test-pkg", PASSPHRASE, stick / "result.json").path
    before = earlier.read_bytes()
    real_mkstemp, real_fdopen = tempfile.mkstemp, os.fdopen
    on_stick: set[int] = set()

    def mkstemp(*args, **kwargs):
        fd, name = real_mkstemp(*args, **kwargs)
        if Path(kwargs.get("dir", "")) == stick:
            on_stick.add(fd)
        return fd, name

    class FillingFile:
        def __init__(self, handle) -> None:
            self.handle = handle

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self.handle.__exit__(*exc)

    def fdopen(fd, mode):
        handle = real_fdopen(fd, mode)
        return FillingFile(handle) if fd in on_stick else handle

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(os, "fdopen", fdopen)
    export_fails(ws, stick / "result.json", "the disk is full")
    assert earlier.read_bytes() == before
    assert [p.name for p in stick.iterdir()] == ["result.json"]  # no half-written temp file


def test_a_pdf_export_to_a_full_disk_gets_a_sentence_not_a_traceback(
    ws, tmp_path, monkeypatch, capsys
) -> None:
    result = ws.results.export("test-pkg", PASSPHRASE, tmp_path).path
    sheets = tmp_path / "sheets.pdf"
    sheets.write_bytes(b"%PDF- the earlier sheets\n<< /Creator (Juri) >>")  # Juri's own

    def disk_full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    code = main(
        [
            "--lang",
            "en",
            "sheets",
            "filled",
            str(result),
            "--package",
            str(ws.packages.get("test-pkg").archive),
            "-o",
            str(sheets),
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and "Traceback" not in err
    assert sheets.read_bytes() == b"%PDF- the earlier sheets\n<< /Creator (Juri) >>"


def test_a_workspace_on_a_read_only_stick_is_refused_in_words(tmp_path) -> None:
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root on Linux")
    stick = tmp_path / "stick"
    stick.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(stick)], capture_output=True
    ).returncode:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        open_workspace(stick / "ws").close()
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        with pytest.raises(WorkspaceError) as caught:
            open_workspace(stick / "ws")
        assert caught.value.code == "workspace_read_only"
        assert "cannot be written" in caught.value.message
    finally:
        subprocess.run(["umount", "-l", str(stick)], check=False)
