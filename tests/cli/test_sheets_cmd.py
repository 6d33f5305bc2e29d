"""``juri sheets`` on the demo, as a secretariat officer and a panel chair use it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli.main import main
from app.crypto import keys
from tests.reports.pdf import page_texts, qr_texts, render

PACKAGE = "kipp-2023-desk-demo.juripkg"


def juri(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo with its four signed results, made once (cheap key files, as everywhere in
    the tests)."""
    folder = tmp_path_factory.mktemp("demo") / "juri-demo"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keys, "SCRYPT_N", 2**12)
        patch.setenv("JURI_HOME", str(folder.parent / "juri-home"))
        assert main(["--lang", "en", "demo", str(folder), "--simulate"]) == 0
    return folder


def result_of(demo: Path, juror: str) -> Path:
    return next((demo / "results").glob(f"{juror}_*.juri-result.json"))


@pytest.mark.parametrize("verb", [["sheets"], ["sheets", "blank"], ["sheets", "filled"]])
def test_help(capsys, verb) -> None:
    code, out, _err = juri(capsys, *verb, "--help")
    assert code == 0 and out.startswith("usage: juri sheets")


def test_help_in_indonesian(capsys) -> None:
    assert main(["sheets", "blank", "--help"]) == 0
    assert "lembar penilaian kosong" in capsys.readouterr().out.lower()


def test_blank_sheets_for_every_assigned_pair(capsys, demo, tmp_path) -> None:
    out = tmp_path / "blank.pdf"
    code, stdout, err = juri(capsys, "sheets", "blank", str(demo / PACKAGE), "-o", str(out))
    assert code == 0, err
    assert f"Blank sheets written: {out}" in stdout and "48 sheets" in stdout
    pages = len(PdfReader(out).pages)
    assert f"{pages} pages" in stdout
    first = page_texts(out)[0]
    assert "Dr. Ratna Sari Dewi, M.Si. (J01)" in first and "KIPP23-002" in first
    assert qr_texts(render(out, 1, tmp_path)) == ["JURI1:kipp-2023-desk-demo:KIPP23-002:J01"]


def test_blank_sheets_for_chosen_jurors_and_submissions(capsys, demo, tmp_path) -> None:
    out = tmp_path / "some.pdf"
    code, stdout, err = juri(capsys, "sheets", "blank", str(demo / PACKAGE), "-o", str(out),
                             "--juror", "J02,J03", "--submission", "KIPP23-005",
                             "--submission", "KIPP23-001")
    assert code == 0, err
    assert "4 sheets" in stdout
    headers = {re.search(r"(KIPP23-\d+ · J\d+) Evaluation sheet", text).group(1)
               for text in page_texts(out)}
    assert headers == {"KIPP23-001 · J02", "KIPP23-005 · J02", "KIPP23-001 · J03",
                       "KIPP23-005 · J03"}


def test_unknown_juror_and_bad_output_are_refused(capsys, demo, tmp_path) -> None:
    code, _out, err = juri(capsys, "sheets", "blank", str(demo / PACKAGE), "-o",
                           str(tmp_path / "x.pdf"), "--juror", "J09")
    assert code == 1 and "no juror J09" in err
    code, _out, err = juri(capsys, "sheets", "blank", str(demo / PACKAGE), "-o", str(tmp_path))
    assert code == 1 and "is a folder" in err
    code, _out, err = juri(capsys, "sheets", "blank", str(demo / PACKAGE), "-o",
                           str(tmp_path / "missing" / "x.pdf"))
    assert code == 1 and "does not exist" in err
    assert [p.name for p in tmp_path.iterdir() if p.name != "juri-home"] == []


@pytest.mark.parametrize("juror", ["J01", "J02", "J03", "J04"])
def test_filled_sheets_from_each_demo_result(capsys, demo, tmp_path, juror) -> None:
    out = tmp_path / f"{juror}.pdf"
    code, stdout, err = juri(capsys, "sheets", "filled", str(result_of(demo, juror)),
                             "--package", str(demo / PACKAGE), "-o", str(out))
    assert code == 0, err
    assert "12 sheets" in stdout
    text = " ".join(page_texts(out))
    assert "Filled in from the juror's signed result file" in text
    assert "JUROR'S KEY FINGERPRINT" in text


def test_filled_sheet_totals_match_the_result_file(capsys, demo, tmp_path) -> None:
    result = result_of(demo, "J03")
    payload = json.loads(result.read_bytes())["payload"]
    first = next(e for e in payload["evaluations"] if e["status"] == "complete")
    out = tmp_path / "one.pdf"
    code, _stdout, err = juri(capsys, "sheets", "filled", str(result), "--package",
                              str(demo / PACKAGE), "-o", str(out), "--submission",
                              first["submission"])
    assert code == 0, err
    texts = page_texts(out)
    assert f"Weighted total {first['total']}" in texts[0]
    assert f"Weighted total (0–100) {first['total']}" in " ".join(texts)


def test_a_tampered_result_is_refused_with_the_reason(capsys, demo, tmp_path) -> None:
    tampered = tmp_path / "tampered.juri-result.json"
    data = result_of(demo, "J01").read_bytes()
    tampered.write_bytes(data.replace(b'"video_watched":true', b'"video_watched":false', 1))
    assert tampered.read_bytes() != data
    out = tmp_path / "t.pdf"
    code, _stdout, err = juri(capsys, "sheets", "filled", str(tampered), "--package",
                              str(demo / PACKAGE), "-o", str(out))
    assert code == 1
    assert "does not verify against the package (tampered)" in err
    assert "changed after it was signed" in err and "No sheet was printed" in err
    assert not out.exists()


def test_a_missing_result_file_is_refused(capsys, demo, tmp_path) -> None:
    code, _stdout, err = juri(capsys, "sheets", "filled", str(tmp_path / "none.json"),
                              "--package", str(demo / PACKAGE), "-o", str(tmp_path / "o.pdf"))
    assert code == 1 and "Cannot read" in err
