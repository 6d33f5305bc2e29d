"""Interview notes and field evidence from the command line (issue 13, items 3 and 4): what a
juror without the window, or the demo, does — and what the chair then verifies."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from app.cli.main import main
from app.crypto.envelope import sign_payload
from app.crypto.keys import read_private_key
from tests.factory import PASSPHRASE
from tests.photos import MONAS_PLACE, jpeg, png, write

pytestmark = pytest.mark.usefixtures("jakarta_time")  # photo times named WIB


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def juror(competition):
    def opened(round_id: str):
        setup = competition(submissions=2, jurors=1)
        setup.build(
            round_id=round_id,
            package_id=f"cli-{round_id}",
            output=setup.folder / f"{round_id}.juripkg",
        )
        workspace = ["--workspace", str(setup.workspaces["J01"])]
        assert main(["--lang", "en", *workspace, "workspace", "import", str(setup.package)]) == 0
        return setup, workspace

    return opened


def test_a_juror_notes_interview_questions(capsys, juror) -> None:
    _setup, workspace = juror("interview")
    code, out = juri(
        capsys,
        *workspace,
        "score",
        "set",
        "S001",
        "PENYAMPAIAN=8",
        "--question-note",
        "Berapa pengguna per bulan?",
        "Sekitar 4.000",
        "--question-note",
        "Siapa yang mendanai?",
        "",
    )
    assert code == 0, out
    code, out = juri(
        capsys,
        *workspace,
        "score",
        "set",
        "S001",
        "--question-note",
        "Siapa yang mendanai?",
        "APBD kota, sejak 2022",
    )
    assert code == 0, out
    code, out = juri(capsys, *workspace, "score", "show", "S001")
    assert "Question 1: Berapa pengguna per bulan?\n    Sekitar 4.000" in out
    assert "Question 2: Siapa yang mendanai?\n    APBD kota, sejak 2022" in out
    code, out = juri(capsys, *workspace, "score", "set", "S001", "--attach", "x.jpg")
    assert code == 1 and "Evidence is attached in a field round only." in out


def test_a_juror_attaches_evidence_and_the_chair_verifies_it(
    capsys, juror, tmp_path, monkeypatch
) -> None:
    setup, workspace = juror("field")
    photo = write(tmp_path / "kunjungan", "IMG_2041.JPG", jpeg())
    plan = write(tmp_path / "kunjungan", "denah.png", png())
    visit = [*workspace, "score", "set", "S001", "--check", "PIMPINAN=yes"]
    attach_both = ["--attach", str(photo), "--attach", str(plan)]
    code, out = juri(capsys, *visit, *attach_both, "--attach", str(photo))
    assert code == 1 and "This file is already attached to S001, as IMG_2041.JPG." in out
    assert "Attached" not in out  # refused as a whole: nothing of it was saved
    code, out = juri(capsys, *workspace, "score", "show", "S001")
    assert "Evidence:" not in out
    code, out = juri(capsys, *visit, *attach_both)
    assert code == 0 and "Attached IMG_2041.JPG (SHA-256" in out
    code, out = juri(capsys, *workspace, "score", "show", "S001")
    assert "Evidence: IMG_2041.JPG · SHA-256 " in out
    assert f"taken 12 May 2024 10:31 WIB · at {MONAS_PLACE}" in out
    assert "Evidence: denah.png" in out and "taken – · at –" in out
    code, out = juri(capsys, *workspace, "score", "set", "S001", "--detach", "denah.png")
    assert code == 0 and "Removed denah.png." in out
    code, out = juri(capsys, *workspace, "score", "set", "S001", "--detach", "denah.png")
    assert code == 1 and "S001 has no evidence named denah.png. Attached: IMG_2041.JPG." in out
    photo_sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    code, out = juri(capsys, *workspace, "score", "set", "S001", "--detach", photo_sha[:5])
    assert (
        code == 1
        and (
            f"S001 has no evidence named {photo_sha[:5]}, and a start of a SHA-256 needs 8 "
            f"characters at least: {photo_sha[:5]} is too short. Attached: IMG_2041.JPG "
            f"({photo_sha[:8]})."
        )
        in out
    )
    code, out = juri(capsys, *workspace, "score", "show", "S001")
    assert "Evidence: IMG_2041.JPG" in out  # nothing was removed

    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    code, out = juri(capsys, *workspace, "result", "export", "-o", str(tmp_path))
    assert code == 0, out
    result = tmp_path / "J01_cli-field_v1.juri-result.json"
    code, out = juri(capsys, "result", "verify", str(result), "--package", str(setup.package))
    assert code == 0 and "VALID: juror J01, version 1" in out
    code, out = juri(capsys, "result", "show", str(result))
    assert "evidence: IMG_2041.JPG · SHA-256" in out

    envelope = json.loads(result.read_bytes())
    photo_b64 = envelope["payload"]["evaluations"][0]["evidence"][0]["data"]
    swapped = tmp_path / "swapped.json"
    other = jpeg(color=(250, 0, 0))
    swapped.write_bytes(result.read_bytes().replace(photo_b64.encode(), base64.b64encode(other)))
    code, out = juri(capsys, "result", "verify", str(swapped), "--package", str(setup.package))
    assert code == 1 and "TAMPERED" in out


ESCAPES = ("Q\a\033[31m", "\033]0;PWNED\a", "C1 \x9b31m")


@pytest.mark.parametrize("text", ESCAPES)
def test_typed_text_with_a_control_character_is_refused(capsys, juror, text) -> None:
    """Red team: control characters were kept in comments and notes, and `juri score show` /
    `juri result show` printed them raw into the chair's or juror's terminal."""
    _setup, workspace = juror("interview")
    for option in (
        ["--overall", text],
        ["--comment", f"PENYAMPAIAN={text}"],
        ["--question-note", text, "jawaban"],
        ["--question-note", "Siapa penggunanya?", text],
    ):
        code, out = juri(capsys, *workspace, "score", "set", "S001", *option)
        code_point = f"U+{ord(next(c for c in text if ord(c) < 32 or ord(c) >= 0x7F)):04X}"
        assert code == 1 and f"The text holds the control character {code_point}" in out, out
        assert "\033" not in out and "\a" not in out
    code, out = juri(capsys, *workspace, "score", "show", "S001")
    assert "Status: not started" in out and "Question" not in out
    code, out = juri(capsys, *workspace, "score", "set", "S001", "--overall", "Baik\n\tsekali")
    assert code == 0, out


def test_field_notes_with_a_control_character_are_refused(capsys, juror) -> None:
    _setup, workspace = juror("field")
    code, out = juri(capsys, *workspace, "score", "set", "S001", "--notes", "ok\r\033[2K")
    assert code == 1 and "The text holds the control character U+000D" in out


def test_an_empty_question_is_refused_not_dropped(capsys, juror) -> None:
    """Red team: `--question-note "" ""` printed "Saved." and kept nothing."""
    _setup, workspace = juror("interview")
    code, out = juri(
        capsys, *workspace, "score", "set", "S001", "PENYAMPAIAN=8", "--question-note", " ", "x"
    )
    assert code == 1 and "--question-note needs the question the panel asked" in out
    assert "Saved" not in out
    code, out = juri(capsys, *workspace, "score", "show", "S001")
    assert "Status: not started" in out


def test_an_evidence_name_that_reads_backwards_is_refused(capsys, juror, tmp_path) -> None:
    """Red team: photo<U+202E>gpj.exe displays as photoexe.jpg and was attached."""
    _setup, workspace = juror("field")
    photo = write(tmp_path / "kunjungan", "photo\u202egpj.exe", jpeg())
    code, out = juri(capsys, *workspace, "score", "set", "S001", "--attach", str(photo))
    assert code == 1 and "holds the invisible character U+202E" in out, out
    assert "\u202e" not in out and "photo\\u202egpj.exe" in out
    code, out = juri(capsys, *workspace, "score", "show", "S001")
    assert "Evidence:" not in out


def test_the_cli_shows_a_files_escapes_instead_of_obeying_them(
    capsys, juror, tmp_path, monkeypatch
) -> None:
    """Texts the reader does not refuse (a juror's name, a file's name) are printed with their
    control and format characters as visible escapes."""
    setup, workspace = juror("interview")
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    assert juri(capsys, *workspace, "score", "set", "S001", "PENYAMPAIAN=8")[0] == 0
    code, out = juri(capsys, *workspace, "result", "export", "-o", str(tmp_path))
    assert code == 0, out
    exported = tmp_path / "J01_cli-interview_v1.juri-result.json"
    payload = json.loads(exported.read_bytes())["payload"]
    payload["juror"]["name"] = "Ani\033]0;PWNED\a\u202e"
    key_file = next((setup.workspaces["J01"] / "keys").glob("*.key"))
    crafted = tmp_path / "crafted\033[2J.json"
    crafted.write_bytes(sign_payload(payload, read_private_key(key_file, PASSPHRASE)))
    code, shown = juri(capsys, "result", "show", str(crafted))
    assert code == 0 and "Juror: 'Ani\\x1b]0;PWNED\\x07\\u202e' (J01)" in shown, shown
    verify = ["result", "verify", str(crafted), "--package", str(setup.package)]
    code, verified = juri(capsys, *verify)
    # malformed (the roster names J01 otherwise), and its name shown escaped in the reason
    assert "crafted\\x1b[2J.json: MALFORMED" in verified, verified
    assert "names the juror 'Ani\\x1b]0;PWNED\\x07\\u202e'" in verified, verified
    code, as_json = juri(capsys, *verify, "--json")
    assert json.loads(as_json)[0]["file"] == str(crafted)
    for out in (shown, verified, as_json):
        assert "\033" not in out and "\a" not in out and "\u202e" not in out


def test_a_text_saved_before_the_refusal_stops_the_export(
    capsys, juror, tmp_path, monkeypatch
) -> None:
    """A workspace of an older Juri may hold a control character: Juri does not sign a file
    its own reader would call malformed, and says which text to change."""
    _setup, workspace = juror("interview")
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    with monkeypatch.context() as older_juri:
        older_juri.setattr("app.services.scoring.control_character", lambda text: None)
        assert juri(capsys, *workspace, "score", "set", "S001", "--overall", "a\033[2Jb")[0] == 0
    code, out = juri(capsys, *workspace, "result", "export", "-o", str(tmp_path))
    assert code == 1 and "The result file would not be readable (evaluations[0]" in out, out
    assert "overall_comment: holds the control character U+001B" in out
    assert "\033" not in out and not list(tmp_path.glob("*.juri-result.json"))
    assert juri(capsys, *workspace, "score", "set", "S001", "--overall", "ab")[0] == 0
    assert juri(capsys, *workspace, "result", "export", "-o", str(tmp_path))[0] == 0


def test_a_field_juror_opens_the_next_version_and_keeps_visit_and_evidence(
    capsys, juror, tmp_path, monkeypatch
) -> None:
    """Issue 13.1 on a field round: the juror's checklist, visit notes, comment and photo
    made on version 1 are all there, byte for byte, after version 2 (a new juror added by
    ``juri package amend``) is opened, and the next export carries the photo."""
    from app.crypto.keys import KeyPair, encode_public_key, write_private_key

    setup, workspace = juror("field")
    photo = write(tmp_path / "kunjungan", "IMG_2041.JPG", jpeg())
    visit = [*workspace, "score", "set", "S001", "KESESUAIAN=8", "--check", "PIMPINAN=yes"]
    code, out = juri(
        capsys, *visit, "--notes", "Layanan berjalan.", "--overall", "Baik.", "--attach", str(photo)
    )
    assert code == 0, out
    before = juri(capsys, *workspace, "score", "show", "S001")[1]
    assert "Evidence: IMG_2041.JPG" in before and "Field notes: Layanan berjalan." in before
    assert "Checklist PIMPINAN: yes — " in before  # score show shows the visit it was told

    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    key = tmp_path / "sekretariat.key"
    write_private_key(key, setup.secretariat, PASSPHRASE)
    roster = tmp_path / "more-roster.csv"
    newcomer = encode_public_key(KeyPair.generate("J05").public_key)
    roster.write_text(f"id,name,public_key\nJ05,Juri Lima,{newcomer}\n", encoding="utf-8")
    pairs = tmp_path / "more.csv"
    pairs.write_text("juror_id,submission\nJ05,S001\n", encoding="utf-8")
    v2 = tmp_path / "field-v2.juripkg"
    amend = ["package", "amend", str(setup.package), "--assignments", str(pairs)]
    code, out = juri(capsys, *amend, "--roster", str(roster), "--key", str(key), "-o", str(v2))
    assert code == 0, out
    code, out = juri(capsys, *workspace, "workspace", "import", str(v2))
    assert code == 0 and "every evaluation is kept" in out
    assert juri(capsys, *workspace, "score", "show", "S001")[1] == before

    code, out = juri(capsys, *workspace, "result", "export", "-o", str(tmp_path))
    assert code == 0, out
    code, out = juri(
        capsys,
        "result",
        "verify",
        str(tmp_path / "J01_cli-field_v1.juri-result.json"),
        "--package",
        str(v2),
    )
    assert code == 0 and "VALID: juror J01" in out
    envelope = json.loads((tmp_path / "J01_cli-field_v1.juri-result.json").read_bytes())
    [evidence] = envelope["payload"]["evaluations"][0]["evidence"]
    assert base64.b64decode(evidence["data"]) == photo.read_bytes()


def test_a_desk_juror_is_not_shown_or_given_the_field_visit_checklist(capsys, juror) -> None:
    """A new juror on a desk round read `juri score show` listing every field-visit checklist
    item as "no" (as if left undone) and `--check`/`--notes` were saved silently into a desk
    evaluation; now the checklist is shown in a field round only and the field items are
    refused elsewhere, as interview questions and evidence are, with nothing saved."""
    _setup, workspace = juror("desk")
    code, out = juri(capsys, *workspace, "score", "show", "S001")
    assert code == 0, out
    assert "Checklist" not in out
    for option in (["--check", "PENGGUNA=yes"], ["--notes", "Dikunjungi"]):
        code, out = juri(capsys, *workspace, "score", "set", "S001", "LATAR=7", *option)
        assert code == 1 and "field round only" in out, out
        assert "Traceback" not in out
    code, out = juri(capsys, *workspace, "score", "show", "S001")
    assert "Field notes" not in out and "LATAR" in out
    assert " 7  " not in out  # one refused item saves nothing of the command
