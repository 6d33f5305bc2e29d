"""Private key files are written readable by their owner alone, from their first byte, and a
key file others can read gets a warning wherever it is unlocked (as OpenSSH warns)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.atomic import atomic_writer
from app.cli.main import main
from app.crypto.keys import KeyPair, private_key_exposure, write_private_key, write_public_key

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows files carry no mode bits")
PASSPHRASE = "a long passphrase"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """A umask that lets everyone read new files: the key file must not depend on it."""
    old = os.umask(0)
    yield
    os.umask(old)


def test_a_private_key_file_is_the_owners_alone_from_its_first_byte(
    tmp_path, open_umask, monkeypatch
) -> None:
    seen: list[int] = []
    real_fdopen = os.fdopen

    def fdopen(fd, *args, **kwargs):  # the moment before the first byte is written
        seen.append(stat.S_IMODE(os.fstat(fd).st_mode))
        return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", fdopen)
    key = tmp_path / "sekretariat.key"
    write_private_key(key, KeyPair.generate(), PASSPHRASE)
    assert seen == [0o600] and mode(key) == 0o600
    with atomic_writer(tmp_path / "other.txt", mode=0o640) as handle:
        assert stat.S_IMODE(os.fstat(handle.fileno()).st_mode) == 0o640


@pytest.mark.parametrize("loose", [0o644, 0o640, 0o604, 0o660, 0o700 | 0o010])
def test_a_key_file_others_can_read_is_named(tmp_path, loose: int) -> None:
    key = tmp_path / "k.key"
    write_private_key(key, KeyPair.generate(), PASSPHRASE)
    assert private_key_exposure(key) is None
    key.chmod(loose)
    warning = private_key_exposure(key)
    assert warning == (
        f"Warning: other users of this computer can read the private key file {key} "
        f"(permissions {loose:04o}). Make it readable by you alone (chmod 600), or keep it on a "
        "disk only you use."
    )
    assert private_key_exposure(tmp_path / "missing.key") is None


def juri(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_command_line_warns_before_it_unlocks_an_exposed_key(
    tmp_path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    key = tmp_path / "chair.key"
    code, _out, err = juri(capsys, "keys", "new", "--out", str(key))
    assert code == 0 and mode(key) == 0o600 and err == ""
    code, out, err = juri(capsys, "keys", "check", str(key))
    assert code == 0 and "opens the key" in out and err == ""
    key.chmod(0o644)
    code, out, err = juri(capsys, "keys", "check", str(key))
    assert code == 0 and "opens the key" in out  # a warning, not a refusal
    assert err == (
        f"juri: Warning: other users of this computer can read the private key file "
        f"{key} (permissions 0644). Make it readable by you alone (chmod 600), or "
        "keep it on a disk only you use.\n"
    )


def test_a_public_key_file_given_as_the_key_is_said_before_any_passphrase_or_warning(
    tmp_path, capsys, monkeypatch
) -> None:
    """Third red-team pass: a public key file (readable by all, as it should be) given to
    --key drew the warning that others can read "the private key file", and a passphrase was
    asked for, before Juri said it was not a private key."""
    monkeypatch.delenv("JURI_PASSPHRASE", raising=False)
    public = tmp_path / "ketua.pub.json"
    write_public_key(public, KeyPair.generate().public_key, "Ketua")
    public.chmod(0o644)
    code, out, err = juri(capsys, "keys", "check", str(public))
    assert code == 1, out + err
    assert "is a public key file, not a private key" in err
    assert "Warning" not in err and "passphrase is needed" not in err


def test_a_juror_exporting_with_an_exposed_key_is_warned(
    competition, capsys, monkeypatch, tmp_path
) -> None:
    from tests.factory import PASSPHRASE as JUROR_PASSPHRASE

    setup = competition(submissions=2, jurors=1)
    workspace = setup.workspaces["J01"]
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
        key_file = ws.identity.require().key_file
    assert mode(key_file) == 0o600
    key_file.chmod(0o640)
    monkeypatch.setenv("JURI_PASSPHRASE", JUROR_PASSPHRASE)
    code, out, err = juri(
        capsys, "--workspace", str(workspace), "result", "export", "-o", str(tmp_path)
    )
    assert code == 0, out + err
    assert "can read the private key file" in err and str(key_file) in err
