"""``juri sheets`` on the demo, as a secretariat officer and a panel chair use it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli.main import main
from app.crypto.envelope import sign_payload
from app.crypto.keys import (
    KeyPair,
    decode_public_key,
    encode_public_key,
    fingerprint,
    read_private_key,
)
from app.demo.create import DEMO_PASSPHRASE
from tests.reports.pdf import page_texts, qr_texts, render

PACKAGE = "kipp-2023-desk-demo.juripkg"


def juri(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def demo(simulated_demo) -> Path:
    """The run's demo with its four signed results (tests/conftest.py), only read here."""
    return simulated_demo.folder


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
    code, stdout, err = juri(
        capsys,
        "sheets",
        "blank",
        str(demo / PACKAGE),
        "-o",
        str(out),
        "--juror",
        "J02,J03",
        "--submission",
        "KIPP23-005",
        "--submission",
        "KIPP23-001",
    )
    assert code == 0, err
    assert "4 sheets" in stdout
    headers = {
        re.search(r"(KIPP23-\d+ · J\d+) Evaluation sheet", text).group(1)
        for text in page_texts(out)
    }
    assert headers == {
        "KIPP23-001 · J02",
        "KIPP23-005 · J02",
        "KIPP23-001 · J03",
        "KIPP23-005 · J03",
    }


def test_unknown_juror_and_bad_output_are_refused(capsys, demo, tmp_path) -> None:
    code, _out, err = juri(
        capsys,
        "sheets",
        "blank",
        str(demo / PACKAGE),
        "-o",
        str(tmp_path / "x.pdf"),
        "--juror",
        "J09",
    )
    assert code == 1 and "no juror J09" in err
    code, _out, err = juri(
        capsys, "sheets", "blank", str(demo / PACKAGE), "-o", str(tmp_path / "missing" / "x.pdf")
    )
    assert code == 1 and "does not exist" in err
    code, _out, err = juri(
        capsys, "sheets", "blank", str(demo / PACKAGE), "-o", f"{tmp_path / 'missing'}/"
    )
    assert code == 1 and "The folder" in err and "does not exist" in err
    assert [p.name for p in tmp_path.iterdir() if p.name != "juri-home"] == []


@pytest.mark.parametrize("juror", ["J01", "J02", "J03", "J04"])
def test_filled_sheets_from_each_demo_result(capsys, demo, tmp_path, juror) -> None:
    out = tmp_path / f"{juror}.pdf"
    code, stdout, err = juri(
        capsys,
        "sheets",
        "filled",
        str(result_of(demo, juror)),
        "--package",
        str(demo / PACKAGE),
        "-o",
        str(out),
    )
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
    code, _stdout, err = juri(
        capsys,
        "sheets",
        "filled",
        str(result),
        "--package",
        str(demo / PACKAGE),
        "-o",
        str(out),
        "--submission",
        first["submission"],
    )
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
    code, _stdout, err = juri(
        capsys, "sheets", "filled", str(tampered), "--package", str(demo / PACKAGE), "-o", str(out)
    )
    assert code == 1
    assert "does not verify against the package (tampered)" in err
    assert "changed after it was signed" in err and "No sheet was printed" in err
    assert not out.exists()


def test_a_missing_result_file_is_refused(capsys, demo, tmp_path) -> None:
    code, _stdout, err = juri(
        capsys,
        "sheets",
        "filled",
        str(tmp_path / "none.json"),
        "--package",
        str(demo / PACKAGE),
        "-o",
        str(tmp_path / "o.pdf"),
    )
    assert code == 1 and "Cannot read" in err


# --- the recapitulation from the chair's merged file ------------------------------------------


@pytest.fixture
def chair_key(capsys, tmp_path, monkeypatch) -> Path:
    """The chair's key file (the merge unlocks it with the demo passphrase)."""
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    key = tmp_path / "chair.key"
    code, _out, err = juri(
        capsys, "keys", "new", "--out", str(key), "--label", "Prof. Dr. Hendra Wijaya, M.P.A."
    )
    assert code == 0, err
    return key


def inbox_of(demo: Path, folder: Path) -> tuple[Path, KeyPair]:
    """The demo's results, plus J01's version 2 from a new laptop (a key the chair accepts)
    and a copy of J02's file changed by hand."""
    shutil.copytree(demo / "results", folder)
    laptop = KeyPair.generate("J01, new laptop")
    payload = json.loads(result_of(demo, "J01").read_bytes())["payload"]
    payload["sequence"] = 2
    payload["juror"]["public_key"] = encode_public_key(laptop.public_key)
    (folder / "J01_v2_new_laptop.json").write_bytes(sign_payload(payload, laptop))
    j02 = result_of(demo, "J02").read_bytes()
    (folder / "J02_copy.json").write_bytes(j02.replace(b'"comment":"', b'"comment":"x', 1))
    return folder, laptop


def merged_json(capsys, demo: Path, inbox: Path, key: Path, out: Path, *extra: str) -> dict:
    code, stdout, err = juri(
        capsys,
        "merge",
        str(inbox),
        "--package",
        str(demo / PACKAGE),
        "-o",
        str(out),
        "--key",
        str(key),
        "--json",
        *extra,
    )
    assert code == 0, err
    return json.loads(stdout)


def signer_of(merged: Path) -> str:
    """The fingerprint of the key a merged file names as the chair's."""
    payload = json.loads(merged.read_bytes())["payload"]
    return fingerprint(decode_public_key(payload["chair"]["public_key"]))


def test_recap_from_the_merged_file(capsys, demo, chair_key, tmp_path) -> None:
    inbox, laptop = inbox_of(demo, tmp_path / "inbox")
    merged = tmp_path / "desk.juri-merged.json"
    report = merged_json(
        capsys,
        demo,
        inbox,
        chair_key,
        merged,
        "--method",
        "median",
        "--accept-key",
        f"J01={laptop.fingerprint}",
    )
    order = [row["submission"] for row in report["ranking"] if row["rank"] is not None]
    shutil.copy(merged, inbox)  # kept with the results: not a result file, not listed
    out = tmp_path / "recap.pdf"
    code, stdout, err = juri(
        capsys,
        "sheets",
        "recap",
        str(merged),
        "--package",
        str(demo / PACKAGE),
        "-o",
        str(out),
        "--results",
        str(inbox),
        "--place",
        "Jakarta",
        "--date",
        "2026-11-27",
        "--member",
        "Dr. Siti Aminah",
        "--member",
        "Ir. Budi Santoso",
    )
    assert code == 0, err
    assert f"Recapitulation written: {out}" in stdout
    texts = page_texts(out)
    assert f"{len(texts)} pages" in stdout
    text = " ".join(texts)
    assert "On 27 November 2026, at Jakarta, the panel of" in text
    assert "Method median of the jurors' weighted totals" in text
    assert "4 accepted after verification" in text
    assert "4 accepted, 1 set aside (older versions or copies), 1 refused" in text
    # the overall ranking comes first, in the merge's order
    overall = text[text.index("1. Overall ranking") : text.index("2. Ranking per group")]
    positions = [overall.index(code) for code in order]
    assert positions == sorted(positions) and len(order) == 16
    files = text[text.index("Result files", text.index("Spread of each juror")) :]
    assert "J01_v2_new_laptop.json" in files and laptop.fingerprint in files
    assert "J02_copy.json" in files and "tampered" in files
    assert "changed after it was signed" in files
    aside = files[files.index("Set aside, not refused") : files.index("Refused, with the reason")]
    assert "J01_kipp-2023-desk-demo_v1.juri-result.json" in aside and "superseded" in aside
    assert "version 2 (J01_v2_new_laptop.json) replaces it" in aside
    assert str(tmp_path) not in text  # file names, never where the chair keeps them
    assert "Prof. Dr. Hendra Wijaya, M.P.A." in text and "Ir. Budi Santoso" in text
    # who signed the record, and which key the chair accepted instead of the roster's
    chair_fp = signer_of(merged)
    assert f"Signed by the chair's key {chair_fp}" in text
    assert f"The merged file is signed by the key {chair_fp}" in stdout
    accepted = files[: files.index("Set aside, not refused")]
    laptop_row = accepted[accepted.index("J01_v2_new_laptop.json") - 200 :]
    assert "Key accepted by the chair for this juror" in " ".join(laptop_row.split())
    assert accepted.count("Key accepted by the chair") == 1  # the roster's keys are not marked


def test_recap_and_next_round_refuse_a_merged_file_signed_by_another_key(
    capsys, demo, chair_key, tmp_path
) -> None:
    """A merged file re-signed by anyone's key is a sound merged file; --expect-key makes Juri
    compare its signer with the fingerprint the chair reads out."""
    merged = tmp_path / "m.juri-merged.json"
    merged_json(capsys, demo, demo / "results", chair_key, merged)
    payload = json.loads(merged.read_bytes())["payload"]
    impostor = KeyPair.generate("Not the chair")
    payload["chair"]["public_key"] = encode_public_key(impostor.public_key)
    forged = tmp_path / "forged.juri-merged.json"
    forged.write_bytes(sign_payload(payload, impostor))
    chair_fp = signer_of(merged)
    out = tmp_path / "r.pdf"
    code, stdout, _err = juri(
        capsys, "sheets", "recap", str(forged), "--package", str(demo / PACKAGE), "-o", str(out)
    )
    assert code == 0 and impostor.fingerprint in stdout  # printed, for the panel to compare
    assert impostor.fingerprint in " ".join(page_texts(out))
    out.unlink()
    code, _out, err = juri(
        capsys,
        "sheets",
        "recap",
        str(forged),
        "--package",
        str(demo / PACKAGE),
        "-o",
        str(out),
        "--expect-key",
        chair_fp,
    )
    assert (
        code == 1
        and f"forged.juri-merged.json is signed by key {impostor.fingerprint}, not by {chair_fp}"
        in err
    )
    assert not out.exists()
    code, _out, err = juri(
        capsys,
        "sheets",
        "recap",
        str(merged),
        "--package",
        str(demo / PACKAGE),
        "-o",
        str(out),
        "--expect-key",
        chair_fp.lower(),
    )
    assert code == 0, err

    following = tmp_path / "interview.juripkg"
    code, _out, err = juri(
        capsys,
        "package",
        "next",
        str(forged),
        "--package",
        str(demo / PACKAGE),
        "--rubric",
        str(demo / "input" / "rubric.json"),
        "--round",
        "interview",
        "--top",
        "4",
        "--include-ties",
        "--roster",
        str(demo / "input" / "roster.csv"),
        "--key",
        str(demo / "secretariat" / "sekretariat.key"),
        "-o",
        str(following),
        "--expect-key",
        chair_fp,
    )
    assert code == 1 and f"not by the chair's key {chair_fp}" in err
    assert not following.exists()


def test_recap_without_the_result_files_lists_those_the_merged_file_carries(
    capsys, demo, chair_key, tmp_path
) -> None:
    merged = tmp_path / "m.juri-merged.json"
    merged_json(capsys, demo, demo / "results", chair_key, merged)
    out = tmp_path / "recap.pdf"
    code = main(
        [
            "--lang",
            "id",
            "sheets",
            "recap",
            str(merged),
            "--package",
            str(demo / PACKAGE),
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    text = " ".join(page_texts(out))
    assert "4 diterima, 0 ditolak" in text
    assert "m.juri-merged.json › J03 v1" in text
    assert "Dr. Maria Ulfa Siregar" in text  # the roster signs when no member is named


def test_recap_refuses_what_it_cannot_print_as_signed(capsys, demo, chair_key, tmp_path) -> None:
    merged = tmp_path / "m.juri-merged.json"
    partial = tmp_path / "three"
    partial.mkdir()
    for juror in ("J01", "J02", "J03"):
        shutil.copy(result_of(demo, juror), partial)
    merged_json(capsys, demo, partial, chair_key, merged)
    common = ["--package", str(demo / PACKAGE), "-o", str(tmp_path / "r.pdf")]

    code, _out, err = juri(
        capsys, "sheets", "recap", str(merged), *common, "--results", str(demo / "results")
    )
    assert code == 1 and "The result files given change the merge" in err and "J04" in err

    tampered = tmp_path / "tampered.juri-merged.json"
    tampered.write_bytes(merged.read_bytes().replace(b'"threshold":"20"', b'"threshold":"50"'))
    assert tampered.read_bytes() != merged.read_bytes()
    code, _out, err = juri(capsys, "sheets", "recap", str(tampered), *common)
    assert code == 1 and "is refused (tampered)" in err
    assert "changed after the chair signed it" in err

    code, _out, err = juri(capsys, "sheets", "recap", str(result_of(demo, "J01")), *common)
    assert code == 1 and "is not a merged file" in err

    code, _out, err = juri(capsys, "sheets", "recap", str(merged), *common, "--date", "27/11")
    assert code == 1 and "is not a date" in err
    assert not (tmp_path / "r.pdf").exists()


def test_recap_pdf_for_a_window_reports_progress_and_stops_on_cancel(
    capsys, demo, chair_key, tmp_path
) -> None:
    from app.errors import Cancelled
    from app.merge.intake import read_inputs
    from app.package.reader import open_package
    from app.reports.recap_from_merge import RecapOptions, recap_pdf

    merged = tmp_path / "m.juri-merged.json"
    merged_json(capsys, demo, demo / "results", chair_key, merged)
    package = open_package(demo / PACKAGE)
    inputs = read_inputs([demo / "results"])
    seen: list[tuple[int, int]] = []
    data = recap_pdf(
        merged.name,
        merged.read_bytes(),
        package.manifest,
        package.manifest_sha256,
        inputs,
        RecapOptions(place="Bandung"),
        progress=lambda done, total: seen.append((done, total)),
        cancelled=lambda: False,
    )
    assert seen[-1] == (5, 5)  # four result files and the merged file, judged
    (tmp_path / "r.pdf").write_bytes(data)
    assert "at Bandung, the panel of" in " ".join(page_texts(tmp_path / "r.pdf"))
    with pytest.raises(Cancelled):
        recap_pdf(
            merged.name,
            merged.read_bytes(),
            package.manifest,
            package.manifest_sha256,
            inputs,
            cancelled=lambda: True,
        )


@pytest.mark.parametrize(
    ("change", "member"),
    [
        (lambda p, other: p.update(as_of="2020-01-01T00:00:00.000Z"), "as_of"),
        (
            lambda p, other: p["decisions"].append(
                {
                    "decision": "accept_key",
                    "fingerprint": other.fingerprint,
                    "juror": "J02",
                    "public_key": encode_public_key(other.public_key),
                }
            ),
            "decisions",
        ),
        (lambda p, other: p["results"].reverse(), "results"),
    ],
)
def test_recap_refuses_a_signed_merged_file_that_says_what_its_merge_does_not(
    capsys, demo, chair_key, tmp_path, change, member
) -> None:
    """Signed by the chair's own key, a merged file whose ranking follows from its results
    but whose other parts do not (a key "accepted" for J02 that no result relies on, another
    as-of time, results out of order) was printed as the signed record."""
    merged = tmp_path / "m.juri-merged.json"
    merged_json(capsys, demo, demo / "results", chair_key, merged)
    payload = json.loads(merged.read_bytes())["payload"]
    change(payload, KeyPair.generate("a key nobody signed with"))
    altered = tmp_path / "altered.juri-merged.json"
    altered.write_bytes(sign_payload(payload, read_private_key(chair_key, DEMO_PASSPHRASE)))
    out = tmp_path / "r.pdf"
    common = ["--package", str(demo / PACKAGE), "-o", str(out)]
    code, _out, err = juri(capsys, "sheets", "recap", str(merged), *common)
    assert code == 0, err
    out.unlink()
    code, _out, err = juri(capsys, "sheets", "recap", str(altered), *common)
    assert code == 1 and f"records {member} other than merging the results" in err
    assert not out.exists()
