"""Where writing verbs write (red team, finding 2): never over the command's inputs, a key or a
signed file of another kind; over an unrelated file only with --overwrite; a re-export of the
verb's own output as before; ``-o FOLDER`` writes the default name into it; a folder that does
not exist is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.demo.create import DEMO_PASSPHRASE
from tests.cli.test_merge_cli import juri
from tests.factory import copy_demo


@pytest.fixture(scope="module")
def module_demo(simulated_demo, tmp_path_factory):
    return copy_demo(simulated_demo, tmp_path_factory.mktemp("outputs") / "juri-demo")


@pytest.fixture
def demo(module_demo, monkeypatch):
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    return module_demo


@pytest.fixture
def chair(capsys, demo, tmp_path) -> Path:
    key = tmp_path / "chair.key"
    assert juri(capsys, "keys", "new", "--out", str(key), "--label", "Ketua")[0] == 0
    return key


def merge(capsys, demo, chair: Path, *extra: str) -> tuple[int, str]:
    return juri(
        capsys,
        "merge",
        str(demo.folder / "results"),
        "--package",
        str(demo.package),
        "--key",
        str(chair),
        *extra,
    )


def test_merge_never_writes_over_a_key_an_input_or_a_jurors_result(
    capsys, demo, chair, tmp_path
) -> None:
    result = sorted((demo.folder / "results").glob("J01_*.json"))[0]
    before = {p: p.read_bytes() for p in (chair, demo.package, result)}
    for options, named in (
        (["-o", str(tmp_path / "m.json"), "--xlsx", str(chair)], chair),
        (["-o", str(chair)], chair),
        (["-o", str(tmp_path / "m.json"), "--csv", str(demo.package)], demo.package),
        (["-o", str(result)], result),
        (["-o", str(result), "--overwrite"], result),
    ):
        code, out = merge(capsys, demo, chair, *options)
        assert code == 1, options
        assert str(named) in out
    assert {p: p.read_bytes() for p in before} == before
    assert not (tmp_path / "m.json").exists()


def test_merge_rewrites_its_own_output_and_needs_overwrite_for_another_file(
    capsys, demo, chair, tmp_path
) -> None:
    merged, xlsx, csv = tmp_path / "merged.json", tmp_path / "r.xlsx", tmp_path / "r.csv"
    assert merge(capsys, demo, chair, "-o", str(merged), "--xlsx", str(xlsx))[0] == 0
    # a re-export: the merged file and the workbook are recognised as this command's own
    assert merge(capsys, demo, chair, "-o", str(merged), "--xlsx", str(xlsx))[0] == 0
    csv.write_text("a,b\n", encoding="utf-8")  # not a ranking Juri wrote: --overwrite
    assert merge(capsys, demo, chair, "-o", str(merged), "--csv", str(csv))[0] == 1
    assert merge(capsys, demo, chair, "-o", str(merged), "--csv", str(csv), "--overwrite")[0] == 0
    assert merge(capsys, demo, chair, "-o", str(merged), "--csv", str(csv))[0] == 0  # its own
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    code, out = merge(capsys, demo, chair, "-o", str(notes))
    assert code == 1 and f"{notes} exists already" in out and "--overwrite" in out
    assert notes.read_text(encoding="utf-8") == "my notes"
    assert merge(capsys, demo, chair, "-o", str(notes), "--overwrite")[0] == 0
    assert b"juri-merged" in notes.read_bytes()


def test_a_folder_gets_the_default_name_and_a_missing_folder_is_said(
    capsys, demo, chair, tmp_path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    assert merge(capsys, demo, chair, "-o", str(folder))[0] == 0
    [written] = folder.iterdir()
    assert written.name.endswith(".juri-merged.json")
    for value in (
        f"{tmp_path / 'missing'}/",
        str(tmp_path / "missing" / "m.json"),
        str(tmp_path / "missing"),
    ):
        code, out = merge(capsys, demo, chair, "-o", value)
        assert code == 1 and "does not exist" in out, value
    assert not (tmp_path / "missing").exists()


def test_result_export_refuses_the_workspace_key_and_an_unrelated_file(
    capsys, demo, tmp_path
) -> None:
    workspace = demo.workspaces["J01"]
    key = next((workspace / "keys").glob("*.key"))
    before = key.read_bytes()
    code, out = juri(capsys, "--workspace", str(workspace), "result", "export", "-o", str(key))
    assert code == 1 and "is one of this command's inputs" in out and str(key) in out
    assert key.read_bytes() == before
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me", encoding="utf-8")
    code, out = juri(capsys, "--workspace", str(workspace), "result", "export", "-o", str(notes))
    assert code == 1 and "--overwrite" in out
    assert notes.read_text(encoding="utf-8") == "keep me"
    exported = tmp_path / "mine.json"
    for _ in range(2):  # the second export writes over the first: its own output
        code, out = juri(
            capsys, "--workspace", str(workspace), "result", "export", "-o", str(exported)
        )
        assert code == 0, out


def test_package_build_refuses_its_key_and_its_spreadsheet(
    capsys, competition, tmp_path, monkeypatch
) -> None:
    from app.crypto.keys import write_private_key
    from tests.factory import PASSPHRASE

    setup = competition(build=False, with_workspaces=False)
    key = tmp_path / "sk.key"
    write_private_key(key, setup.secretariat, PASSPHRASE)
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    common = [
        "package",
        "build",
        "--submissions",
        str(setup.submissions),
        "--files",
        str(setup.files),
        "--rubric",
        str(setup.rubric),
        "--round",
        "desk",
        "--roster",
        str(setup.roster),
        "--key",
        str(key),
    ]
    for target in (key, setup.submissions, setup.roster):
        before = target.read_bytes()
        code, out = juri(capsys, *common, "-o", str(target), "--overwrite")
        assert code == 1 and str(target) in out
        assert target.read_bytes() == before


def test_keys_export_never_writes_over_another_key(capsys, demo, tmp_path) -> None:
    workspace = demo.workspaces["J01"]
    other = next((demo.workspaces["J02"] / "keys").glob("*.pub.json"), None) or next(
        demo.folder.rglob("J02*.pub.json")
    )
    target = tmp_path / "other.pub.json"
    target.write_bytes(other.read_bytes())
    code, out = juri(capsys, "--workspace", str(workspace), "keys", "export", "-o", str(target))
    assert code == 1 and "holds another key" in out
    assert target.read_bytes() == other.read_bytes()
    mine = tmp_path / "mine.pub.json"
    for _ in range(2):
        assert (
            juri(capsys, "--workspace", str(workspace), "keys", "export", "-o", str(mine))[0] == 0
        )
