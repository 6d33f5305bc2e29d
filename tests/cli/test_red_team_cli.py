"""Smaller findings of the red-team pass on the juror's command line (finding 8)."""

from __future__ import annotations

import shutil

import pytest

from app.cli.main import main
from tests.factory import PASSPHRASE


@pytest.fixture
def juror(competition, capsys, monkeypatch):
    setup = competition(submissions=2, jurors=2)
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)

    def juri(*args: str, workspace: str = "J01") -> tuple[int, str, str]:
        code = main(["--lang", "en", "--workspace", str(setup.workspaces[workspace]), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    assert juri("workspace", "import", str(setup.package))[0] == 0
    juri.setup = setup
    return juri


@pytest.mark.parametrize("spelling", ["07", "7.0", " 7", "7 ", "7,50", "+7"])
def test_a_score_has_one_spelling_on_the_command_line(juror, spelling: str) -> None:
    code, _out, err = juror("score", "set", "S001", f"LATAR={spelling}")
    assert code == 1 and "is not a score as Juri writes it" in err
    code, out, _err = juror("score", "show", "S001")
    assert "Status: not started" in out


def test_the_documented_spellings_are_accepted(juror) -> None:
    assert juror("score", "set", "S001", "LATAR=7")[0] == 0
    assert juror("score", "set", "S001", "LATAR=8,0")[0] == 1
    _code, out, _ = juror("score", "show", "S001")
    assert "LATAR" in out and " 7 " in out


def test_an_in_progress_total_does_not_look_final(juror) -> None:
    code, out, _ = juror("score", "set", "S001", "LATAR=10")
    assert code == 0 and "weighted total 10.00 so far, 10% of the weight scored." in out
    code, out, _ = juror("score", "list")
    [line] = [row for row in out.splitlines() if row.startswith("S001")]
    assert "10.00 (10%)" in line
    assert "criteria not scored yet are not counted as 0" in out


def test_keys_check_names_a_key_that_is_not_this_jurors(juror) -> None:
    setup = juror.setup
    mine = next((setup.workspaces["J01"] / "keys").glob("*.key"))
    theirs = next((setup.workspaces["J02"] / "keys").glob("*.key"))
    assert juror("keys", "check")[0] == 0
    shutil.copyfile(theirs, mine)
    code, out, err = juror("keys", "check")
    assert code == 1 and "belongs to someone else" in err
    assert "opens the key" not in out


def test_keys_show_warns_about_a_private_key_others_can_read(juror) -> None:
    key = next((juror.setup.workspaces["J01"] / "keys").glob("*.key"))
    key.chmod(0o644)
    code, out, err = juror("keys", "show", str(key))
    assert code == 0 and "Fingerprint" in out
    assert "other users of this computer can read the private key file" in err
    public = next((juror.setup.workspaces["J01"] / "keys").glob("*.pub.json"), None)
    if public is not None:
        public.chmod(0o644)
        assert juror("keys", "show", str(public))[2] == ""
