"""Files are written whole or not at all, with the permissions their kind calls for: what is
meant to be shared follows the umask, a secret is its owner's from the first byte."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.atomic import atomic_write_bytes, atomic_writer

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows has no file modes")


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_shared_file_gets_the_umask_and_a_secret_stays_private(tmp_path: Path, umask_022) -> None:
    atomic_write_bytes(tmp_path / "shared.json", b"{}")
    atomic_write_bytes(tmp_path / "secret.key", b"{}", mode=0o600)
    assert mode(tmp_path / "shared.json") == 0o644
    assert mode(tmp_path / "secret.key") == 0o600


@pytest.mark.parametrize("private", [False, True])
def test_nothing_is_readable_by_others_while_it_is_written(
    tmp_path: Path, umask_022, private: bool
) -> None:
    with atomic_writer(tmp_path / "f", mode=0o600 if private else None) as handle:
        handle.write(b"half")
        assert stat.S_IMODE(os.fstat(handle.fileno()).st_mode) == 0o600
        assert not (tmp_path / "f").exists()
    assert (tmp_path / "f").read_bytes() == b"half"
