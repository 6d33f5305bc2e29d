"""Red-team pass 4: names a signed file shows its reader are one line of visible text.

A chair's name in a merged or final file is the label of the chair's key, and is printed under
the signature of the berita acara and in every listing: a line break there adds a line of the
attacker's choosing (``Disetujui: Menteri``), an ``ESC`` drives the terminal, a right-to-left
override shows the name reversed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli.main import main
from app.crypto.envelope import sign_payload
from app.crypto.keys import KeyPair, read_private_key, write_private_key, write_public_key
from app.demo.create import DEMO_PASSPHRASE
from app.package.builder import BuildRequest, build_package

PACKAGE = "kipp-2023-desk-demo.juripkg"
HOSTILE = "Ketua Panel\x1b[31m\u2028Disetujui: Menteri\u202eabc"


def juri(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def merged_with(capsys, demo: Path, key: Path, out: Path) -> dict:
    code, _out, err = juri(
        capsys, "merge", str(demo / "results"), "--package", str(demo / PACKAGE),
        "-o", str(out), "--key", str(key),
    )  # fmt: skip
    assert code == 0, err
    return json.loads(out.read_bytes())["payload"]


def test_a_keys_label_that_is_not_one_line_is_signed_as_one(
    capsys, simulated_demo, tmp_path, monkeypatch
) -> None:
    """A chair key made before labels were checked still merges: the name signed is its
    label on one visible line, which the recap then reads."""
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    key = tmp_path / "chair.key"
    write_private_key(key, KeyPair.generate(HOSTILE), DEMO_PASSPHRASE)
    merged = tmp_path / "m.juri-merged.json"
    payload = merged_with(capsys, simulated_demo.folder, key, merged)
    assert payload["chair"]["name"] == "Ketua Panel [31m Disetujui: Menteri abc"
    pdf = tmp_path / "r.pdf"
    args = ("sheets", "recap", str(merged), "--package", str(simulated_demo.folder / PACKAGE))
    code, _out, err = juri(capsys, *args, "-o", str(pdf))
    assert code == 0, err


@pytest.mark.parametrize(("character", "code"), [("\x1b", "U+001B"), ("\u2028", "U+2028")])
def test_a_merged_file_whose_chair_name_is_not_one_line_is_refused(
    capsys, simulated_demo, tmp_path, monkeypatch, character: str, code: str
) -> None:
    """Signed by the chair's own key, but holding a name Juri never signs: the recap would
    print it under the signature as written."""
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    chair = KeyPair.generate("Ketua")
    key = tmp_path / "chair.key"
    write_private_key(key, chair, DEMO_PASSPHRASE)
    merged = tmp_path / "m.juri-merged.json"
    payload = merged_with(capsys, simulated_demo.folder, key, merged)
    payload["chair"]["name"] = f"Ketua{character}Disetujui: Menteri"
    merged.write_bytes(sign_payload(payload, chair))
    pdf = tmp_path / "r.pdf"
    args = ("sheets", "recap", str(merged), "--package", str(simulated_demo.folder / PACKAGE))
    status, _out, err = juri(capsys, *args, "-o", str(pdf))
    assert status == 1 and "chair.name: has" in err and code in err and "at position 6" in err
    assert "one line of visible text" in err and "\x1b" not in err
    assert not pdf.exists()


def test_a_new_keys_label_and_a_jurors_name_are_one_line(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    key = tmp_path / "chair.key"
    code, _out, err = juri(capsys, "keys", "new", "--out", str(key), "--label", "Ketua\u2028X")
    assert code == 1 and "The label has" in err and "(U+2028) at position 6" in err
    assert not key.exists() and not list(tmp_path.glob("chair*"))
    workspace = tmp_path / "ws"
    code, _out, err = juri(
        capsys, "--workspace", str(workspace), "keys", "new", "--juror-id", "J01",
        "--name", "Ani\nJ02 Budi",
    )  # fmt: skip
    assert code == 1 and "Your name has the control character U+000A at position 4" in err


def test_a_result_naming_another_juror_than_the_roster_is_not_valid(
    capsys, simulated_demo, tmp_path, monkeypatch
) -> None:
    """J01's own key signed a file naming J01 "Prof. Bambang (Ketua Tim Panel)": it was
    valid, and ``juri result show`` gave that name as the juror's; Juri signs the roster's."""
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    demo = simulated_demo.folder
    pair = read_private_key(demo / "jurors" / "J01" / "keys" / "juror.key", DEMO_PASSPHRASE)
    source = next((demo / "results").glob("J01_*.juri-result.json"))
    payload = json.loads(source.read_bytes())["payload"]
    roster_name = payload["juror"]["name"]
    payload["juror"]["name"] = "Prof. Bambang (Ketua Tim Panel)"
    payload["sequence"] = 2
    forged = tmp_path / "J01_v2.juri-result.json"
    forged.write_bytes(sign_payload(payload, pair))
    args = ("result", "verify", str(forged), "--package", str(demo / PACKAGE))
    code, out, _err = juri(capsys, *args)
    assert code == 1 and "MALFORMED: signed with juror J01's key" in out
    assert (
        "names the juror 'Prof. Bambang (Ketua Tim Panel)' where the package's roster has "
        f"{roster_name}" in out
    )
    merged = tmp_path / "m.juri-merged.json"
    code, out, err = juri(
        capsys, "merge", str(forged), str(demo / "results"), "--package", str(demo / PACKAGE),
        "-o", str(merged), "--key", str(demo / "secretariat" / "sekretariat.key"), "--json",
    )  # fmt: skip
    assert code == 0, err
    [entry] = [f for f in json.loads(out)["files"] if f["file"].endswith("J01_v2.juri-result.json")]
    assert entry["status"] == "malformed"


@pytest.mark.parametrize(
    ("option", "value", "why"),
    [
        ("--title", "T" * 100_001, "is longer than 500 characters"),  # the reader refused it
        ("--secretariat", "Sekretariat\nDisetujui: Menteri", "U+000A at position 12"),
        ("--secretariat", "Sekretariat\x1b[2J", "U+001B at position 12"),
        ("--title", "KIPP\u202e2023", "(U+202E) at position 5"),
    ],
)
def test_a_packages_title_and_secretariat_are_one_line_the_reader_takes(
    capsys, simulated_demo, tmp_path, monkeypatch, option: str, value: str, why: str
) -> None:
    """``--title`` of 100,001 characters made a package Juri's own reader refuses ("title: is
    longer than 100000 characters"); a line break in ``--secretariat`` was signed and shown to
    every juror as "Signed by Sekretariat" over a second line of the sender's choosing."""
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    demo = simulated_demo.folder
    given = demo / "input"
    out = tmp_path / "p.juripkg"
    code = main([
            "--lang", "en", "package", "build", "--submissions", str(given / "submissions.xlsx"),
            "--files", str(given / "proposals"), "--rubric", str(given / "rubric.json"),
            "--round", "desk", "--roster", str(given / "roster.csv"),
            "--key", str(demo / "secretariat" / "sekretariat.key"), "-o", str(out),
            option, value,
    ])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and f"argument {option}:" in err and why in err and "\x1b" not in err
    assert not out.exists()


def test_keys_show_prints_a_label_of_several_lines_on_one(capsys, tmp_path) -> None:
    """A juror's public key file labelled "Ani\\nFingerprint: AAAA-…" showed a fingerprint of
    its own above the real one, where the secretariat compares it with the paper sheet."""
    pair = KeyPair.generate()
    public = tmp_path / "J01.pub.json"
    write_public_key(public, pair.public_key, "Ani\nFingerprint: AAAA-BBBB-CCCC-DDDD")
    code, out, _err = juri(capsys, "keys", "show", str(public))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Label: 'Ani\\nFingerprint: AAAA-BBBB-CCCC-DDDD'"
    assert [line for line in lines if line.startswith("Fingerprint:")] == [
        f"Fingerprint: {pair.fingerprint}"
    ]


def test_result_show_prints_a_jurors_name_of_several_lines_on_one(
    capsys, simulated_demo, tmp_path
) -> None:
    """``juri result show`` reads no roster: a name "Ani (J02), key AAAA-…\\nJuror: Ani" signed
    by J01 printed a first line claiming another juror and key."""
    demo = simulated_demo.folder
    pair = read_private_key(demo / "jurors" / "J01" / "keys" / "juror.key", DEMO_PASSPHRASE)
    source = next((demo / "results").glob("J01_*.juri-result.json"))
    payload = json.loads(source.read_bytes())["payload"]
    payload["juror"]["name"] = "Ani (J02), key AAAA-BBBB-CCCC-DDDD\nJuror: Ani"
    crafted = tmp_path / "crafted.juri-result.json"
    crafted.write_bytes(sign_payload(payload, pair))
    code, out, _err = juri(capsys, "result", "show", str(crafted))
    assert code == 0
    assert out.splitlines()[0] == (
        f"Juror: 'Ani (J02), key AAAA-BBBB-CCCC-DDDD\\nJuror: Ani' (J01), key {pair.fingerprint}"
    )


def test_package_verify_and_info_print_an_older_packages_names_on_one_line(
    capsys, simulated_demo, tmp_path
) -> None:
    """A package signed before names were checked still opens; its secretariat's name on two
    lines printed "VALID: … signed by Sekretariat" and a line of the sender's choosing."""
    given = simulated_demo.folder / "input"
    package = tmp_path / "old.juripkg"
    build_package(
        BuildRequest(
            submissions=given / "submissions.xlsx",
            files_dir=given / "proposals",
            rubric=given / "rubric.json",
            roster=given / "roster.csv",
            key=KeyPair.generate(),
            secretariat_name="Sekretariat\nDisetujui: Menteri",
            output=package,
            round_id="desk",
            title="KIPP\n(resmi)",
        )
    )
    code, out, _err = juri(capsys, "package", "verify", str(package))
    assert code == 0 and "signed by 'Sekretariat\\nDisetujui: Menteri' (key" in out
    code, out, _err = juri(capsys, "package", "info", str(package))
    assert code == 0 and out.splitlines()[0] == "'KIPP\\n(resmi)'"
    assert "Secretariat: 'Sekretariat\\nDisetujui: Menteri', key" in out
    assert "\nDisetujui" not in out and "\n(resmi)" not in out


def test_a_title_on_several_lines_is_listed_on_one(capsys, competition) -> None:
    """A submission's title holding a line break (Alt+Enter in Excel, or a line made to look
    like another listing row) and a control character broke ``juri score list`` into a line
    of its own; listings print a title on one line. (A right-to-left override is refused at
    build: tests/formats/test_secretariat_spreadsheets.py.)"""
    setup = competition(
        submissions=1,
        jurors=1,
        build=False,
        rows=[["S002", "Judul\n S003  complete  99.00  Juara\x0b", "Dinas", "umum", "kota",
               "Kesehatan", "", "S002.pdf"]],
    )  # fmt: skip
    shutil.copyfile(setup.files / "S001.pdf", setup.files / "S002.pdf")
    setup.build()
    workspace = ("--workspace", str(setup.workspaces["J01"]))
    code, _out, err = juri(capsys, *workspace, "workspace", "import", str(setup.package))
    assert code == 0, err
    code, out, _err = juri(capsys, *workspace, "score", "list")
    [line] = [row for row in out.splitlines() if row.startswith("S002")]
    assert line.endswith("Judul S003 complete 99.00 Juara") and "S003" not in out.replace(line, "")
