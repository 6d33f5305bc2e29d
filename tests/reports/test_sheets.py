"""Evaluation sheets as a secretariat officer and a juror check them: the right words and
numbers on the right pages, a QR code that scans, fonts that travel, nothing cut off."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app import i18n
from app.crypto import keys
from app.errors import Cancelled, InputError
from app.formats.sheet_code import format_sheet_code, parse_sheet_code
from app.package.reader import open_package
from app.reports.sheets import (
    ResultRefused,
    assigned_pairs,
    render_blank_sheets,
    write_blank_sheets,
    write_filled_sheets,
)
from tests.factory import PASSPHRASE, make_competition
from tests.reports.pdf import (
    body,
    embedded_fonts,
    flat,
    page_texts,
    qr_texts,
    render,
    sheets,
)

D = Decimal
CRITERIA = [
    "Summary",
    "Background and aims",
    "Novelty / added value",
    "Implementation",
    "Significance",
    "Adaptability",
    "Resources",
    "Sustainability strategy",
]
CODES = [
    "RINGKASAN",
    "LATAR",
    "KEBARUAN",
    "IMPLEMENTASI",
    "SIGNIFIKANSI",
    "ADAPTABILITAS",
    "SUMBER_DAYA",
    "KEBERLANJUTAN",
]
SCORES = [7, 8, 6, 9, 8, 7, 5, 10]  # weighted total 670/9 = 74.44
PRINTED = datetime(2026, 11, 24, 2, 5, tzinfo=UTC)
LONG_TITLE = (
    "Gerakan Bersama Pelayanan Terpadu Satu Pintu untuk Perizinan Usaha Mikro, Kecil, "
    "dan Menengah di Seluruh Kecamatan dengan Pendampingan Petugas Keliling, Layanan "
    "Daring, Antrean Berbasis Pesan Singkat, dan Pengaduan Terbuka bagi Warga Desa "
    "Terpencil serta Kelompok Rentan di Wilayah Kepulauan Terluar Indonesia Timur"
)


def words(prefix: str, count: int) -> str:
    """Distinct numbered words, so a lost or repeated piece of text shows."""
    return " ".join(f"{prefix}{i:04d}" for i in range(count))


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """Three submissions (the third with a 300-character title), two jurors; J01 scores S001
    with comments (one of 2,000 characters), recuses from S002, leaves S003 half done. Made
    once for the module: the tests only read it."""
    folder = tmp_path_factory.mktemp("sheets")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JURI_HOME", str(folder / "juri-home"))
        patch.setattr(keys, "SCRYPT_N", 2**12)
        c = make_competition(folder / "competition", submissions=3, jurors=2, build=False)
        with c.submissions.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        rows[3][1] = LONG_TITLE
        with c.submissions.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)
        c.build()
        with c.workspace("J01") as ws:
            ws.packages.import_package(c.package)
            for code, value in zip(CODES, SCORES, strict=True):
                ws.scoring.set_score("test-pkg", "S001", code, D(value))
            ws.scoring.set_comment("test-pkg", "S001", "LATAR", "Data sebelum dan sesudah kuat.")
            ws.scoring.set_comment("test-pkg", "S001", "SIGNIFIKANSI", words("sig", 250))
            ws.scoring.set_comment(
                "test-pkg", "S001", None, "Layak dilanjutkan ke tahap wawancara."
            )
            ws.scoring.recuse("test-pkg", "S002", "Saya pernah menjadi konsultan inovasi ini.")
            ws.scoring.set_score("test-pkg", "S003", "LATAR", D(4))
            info = ws.results.export("test-pkg", PASSPHRASE, c.folder)
    c.result = info.path
    return c


@pytest.fixture
def package(setup):
    return open_package(setup.package)


def test_a_2000_character_comment_is_what_the_fixture_makes() -> None:
    assert len(words("sig", 250)) == 1999  # 250 words of 7 characters and 249 spaces
    assert len(LONG_TITLE) >= 300


# --- blank sheets ----------------------------------------------------------------------------


def test_one_blank_sheet_per_assigned_pair_each_with_its_own_pages(package, tmp_path) -> None:
    out = tmp_path / "blank.pdf"
    report = write_blank_sheets(package.manifest, out, created=PRINTED)
    assert report.sheets == 6 and report.path == out
    texts = page_texts(out)
    assert len(texts) == report.pages
    order = [(j, s) for j in ("J01", "J02") for s in ("S001", "S002", "S003")]
    starts = []
    for juror, code in order:
        pages = sheets(texts, f"{code} · {juror}")
        assert pages, (juror, code)
        assert pages == list(range(pages[0], pages[0] + len(pages)))  # one block of pages
        for number, index in enumerate(pages, start=1):
            assert f"Page {number} of {len(pages)}" in texts[index]
            assert "Package test-pkg · printed 24 November 2026" in texts[index]
        sheet = " ".join(texts[i] for i in pages)
        assert all(f"{n}. {title}" in sheet for n, title in enumerate(CRITERIA, start=1))
        assert f"Juror ID: {juror}" in sheet
        starts.append(pages[0])
    assert starts == sorted(starts)  # juror by juror, submissions in package order


def test_a_blank_sheet_names_everything_and_leaves_room_to_write(package, tmp_path) -> None:
    out = tmp_path / "blank.pdf"
    juror = package.manifest.juror("J02")
    write_blank_sheets(package.manifest, out, [(juror, package.manifest.submission("S001"))])
    texts = page_texts(out)
    first, whole = texts[0], " ".join(texts)
    for expected in (
        "Evaluation sheet",
        "PUBLIC SERVICE INNOVATION COMPETITION 2023",
        "Inovasi nomor 1",
        "Pemerintah Kota 1",
        "S001",
        "Juri Nomor 2 (J02)",
        "Proposal evaluation",
        "test-pkg",
        "Passing grade 85",
        "JURI1:test-pkg:S001:J02",
        "https://youtu.be/video0",
    ):
        assert expected in first, expected
    for number, title in enumerate(CRITERIA, start=1):
        assert f"{number}. {title}" in whole
    assert "Weight 30% · scale 1–10" in whole
    assert "7–8 · Good" in whole and "Clear impact with evidence." in whole  # descriptors
    assert "SCORE (1–10)" in whole and "COMMENT" in whole
    assert "I have a conflict of interest with this innovation" in whole
    assert "Juri Nomor 2" in texts[-1] and "Juror ID: J02" in texts[-1]  # signature block


def test_the_qr_code_scans_to_the_sheet_code(package, tmp_path) -> None:
    out = tmp_path / "blank.pdf"
    write_blank_sheets(package.manifest, out, assigned_pairs(package.manifest, ["J02"], ["S003"]))
    found = qr_texts(render(out, 1, tmp_path))
    assert found == [format_sheet_code("test-pkg", "S003", "J02")]
    code = parse_sheet_code(found[0])
    assert (code.package_id, code.submission, code.juror_id) == ("test-pkg", "S003", "J02")


def test_fonts_are_embedded_dejavu(package, tmp_path) -> None:
    out = tmp_path / "blank.pdf"
    write_blank_sheets(package.manifest, out)
    fonts = embedded_fonts(out)
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"} <= fonts
    assert all(font.startswith("DejaVuSans") for font in fonts)


def test_a_300_character_title_is_printed_whole(package, tmp_path) -> None:
    out = tmp_path / "blank.pdf"
    write_blank_sheets(package.manifest, out, assigned_pairs(package.manifest, ["J01"], ["S003"]))
    assert flat(LONG_TITLE) in page_texts(out)[0]


def test_choosing_jurors_and_submissions(package) -> None:
    manifest = package.manifest
    pairs = assigned_pairs(manifest, ["J02"], ["S003", "S001"])
    assert [(j.id, s.code) for j, s in pairs] == [("J02", "S001"), ("J02", "S003")]
    assert len(assigned_pairs(manifest, submissions=["S002"])) == 2
    with pytest.raises(InputError, match="no juror J09; its jurors are J01, J02"):
        assigned_pairs(manifest, ["J09"])
    with pytest.raises(InputError, match="no submission S404"):
        assigned_pairs(manifest, submissions=["S404"])


def test_a_choice_that_leaves_nothing_is_refused(competition, tmp_path) -> None:
    c = competition(submissions=2, jurors=2, build=False)
    (c.folder / "assign.csv").write_text("juror_id,submission\nJ01,S001\nJ02,S002\n")
    c.build(assignments=c.folder / "assign.csv")
    manifest = open_package(c.package).manifest
    with pytest.raises(InputError) as caught:
        assigned_pairs(manifest, ["J01"], ["S002"])
    assert caught.value.code == "no_sheets"


def test_progress_is_reported_sheet_by_sheet(package, tmp_path) -> None:
    seen = []
    write_blank_sheets(
        package.manifest,
        tmp_path / "b.pdf",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(i, 6) for i in range(6)] + [(6, 6)]


def test_cancelling_leaves_no_file(package, tmp_path) -> None:
    out = tmp_path / "b.pdf"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        write_blank_sheets(package.manifest, out, cancelled=cancelled)
    assert [p.name for p in tmp_path.iterdir() if p.name != "juri-home"] == []


def test_rendering_into_an_open_file(package, tmp_path) -> None:
    out = tmp_path / "job.pdf"
    with out.open("wb") as handle:
        report = render_blank_sheets(
            package.manifest, assigned_pairs(package.manifest, ["J01"]), handle
        )
    assert report.path is None and report.sheets == 3
    assert len(PdfReader(out).pages) == report.pages


def test_sheets_speak_indonesian(package, tmp_path) -> None:
    i18n.install("id")
    out = tmp_path / "blank.pdf"
    write_blank_sheets(
        package.manifest, out, assigned_pairs(package.manifest, ["J01"], ["S001"]), created=PRINTED
    )
    texts = page_texts(out)
    first = texts[0]
    assert "Lembar Penilaian" in first and "Penilaian proposal" in first
    assert "Nilai batas lulus 85" in first and "Kode lembar" in first
    assert f"Halaman 1 dari {len(texts)}" in first
    assert "dicetak 24 November 2026" in first
    assert "Bobot 30% · skala 1–10" in " ".join(texts)
    assert "5. Signifikansi" in " ".join(texts) and "Dampak jelas dengan bukti." in " ".join(texts)
    assert "Konflik kepentingan".upper() in " ".join(texts)


# --- filled sheets ---------------------------------------------------------------------------


def test_filled_sheets_show_the_jurors_scores_and_total(setup, package, tmp_path) -> None:
    out = tmp_path / "filled.pdf"
    report = write_filled_sheets(package, setup.result.read_bytes(), out, created=PRINTED)
    assert report.sheets == 3
    texts = page_texts(out)
    pages = sheets(texts, "S001 · J01")
    sheet = " ".join(texts[i] for i in pages)
    assert "Filled in from the juror's signed result file" in texts[pages[0]]
    assert "Status complete" in texts[pages[0]]
    assert "Weighted total 74.44" in texts[pages[0]]  # at the top of the first page
    fingerprint = json.loads(setup.result.read_bytes())["signature"]["key"]
    last = texts[pages[-1]]
    assert fingerprint in last and "Juri Nomor 1" in last  # with the signature
    assert "Result file: version 1 of" in last
    # the summary table: each criterion's weight, score and weighted points, then the total
    assert (
        "Significance 30% 8 23.33" in sheet
        and "Sustainability strategy 15% 10 15.00" in sheet
        and "Weighted total (0–100) 74.44" in sheet
    )
    assert "Data sebelum dan sesudah kuat." in sheet
    assert "Layak dilanjutkan ke tahap wawancara." in sheet
    assert "☑ recommended" not in sheet and "☐ recommended" in sheet  # no recommendation given


def test_the_2000_character_comment_is_printed_whole_and_in_order(setup, package, tmp_path) -> None:
    out = tmp_path / "filled.pdf"
    write_filled_sheets(package, setup.result.read_bytes(), out, submissions=["S001"])
    assert words("sig", 250) in body(page_texts(out), "S001 · J01")


def test_a_recused_sheet_shows_the_reason_and_no_scores(setup, package, tmp_path) -> None:
    out = tmp_path / "filled.pdf"
    write_filled_sheets(package, setup.result.read_bytes(), out, submissions=["S002"])
    text = " ".join(page_texts(out))
    assert "RECUSED: CONFLICT OF INTEREST" in text
    assert "Saya pernah menjadi konsultan inovasi ini." in text
    assert "Status recused" in text and "Weighted total – (recused)" in text
    assert "Summary of scores" not in text and "SCORE (1–10)" not in text


def test_an_unfinished_evaluation_says_so(setup, package, tmp_path) -> None:
    out = tmp_path / "filled.pdf"
    write_filled_sheets(package, setup.result.read_bytes(), out, submissions=["S003"])
    text = " ".join(page_texts(out))
    assert "Status in progress" in text and "Weighted total 3.33" in text
    assert "This evaluation is not complete" in text
    assert "not scored" in text
    assert flat(LONG_TITLE) in text


def test_an_unstarted_evaluation_prints_a_dash_never_a_zero_total(competition, tmp_path) -> None:
    c = competition(submissions=2, jurors=1)
    with c.workspace("J01") as ws:
        ws.packages.import_package(c.package)
        ws.scoring.set_comment("test-pkg", "S002", None, "Belum sempat dinilai.")
        info = ws.results.export("test-pkg", PASSPHRASE, c.folder)
    out = tmp_path / "filled.pdf"
    i18n.install("id")
    write_filled_sheets(open_package(c.package), info.path.read_bytes(), out)
    texts = page_texts(out)
    for code, status in (("S001", "belum dimulai"), ("S002", "sedang dinilai")):
        sheet = " ".join(texts[i] for i in sheets(texts, f"{code} · J01"))
        assert f"Status {status} Nilai akhir – " in sheet  # the top's weighted total
        assert "Nilai akhir tertimbang (0–100) – " in sheet  # the summary's
        assert "0,00" not in sheet and "Sumber daya 5% – –" in sheet


def test_the_qr_code_of_a_filled_sheet_scans_too(setup, package, tmp_path) -> None:
    out = tmp_path / "filled.pdf"
    write_filled_sheets(package, setup.result.read_bytes(), out, submissions=["S001"])
    assert qr_texts(render(out, 1, tmp_path)) == ["JURI1:test-pkg:S001:J01"]


def test_a_long_comment_flows_over_pages_without_loss(competition, tmp_path) -> None:
    c = competition(submissions=1, jurors=1)
    long_comment = "\n\n".join(words(f"p{n}w", 120) for n in range(12))  # ~11,000 characters
    with c.workspace("J01") as ws:
        ws.packages.import_package(c.package)
        ws.scoring.set_comment("test-pkg", "S001", "KEBARUAN", long_comment)
        ws.scoring.set_comment("test-pkg", "S001", None, long_comment.replace("w", "x"))
        info = ws.results.export("test-pkg", PASSPHRASE, c.folder)
    out = tmp_path / "filled.pdf"
    write_filled_sheets(open_package(c.package), info.path.read_bytes(), out)
    texts = page_texts(out)
    whole = body(texts, "S001 · J01")
    assert flat(long_comment) in whole
    assert flat(long_comment.replace("w", "x")) in whole
    holding = [i for i, t in enumerate(texts) if "p5w0060" in t or "p11w0119" in t]
    assert len(texts) >= 4 and len(set(holding)) == 2  # the comment spans pages


def test_a_tampered_result_is_refused_and_nothing_is_written(setup, package, tmp_path) -> None:
    data = setup.result.read_bytes().replace(b'"value":"8"', b'"value":"9"', 1)
    out = tmp_path / "filled.pdf"
    with pytest.raises(ResultRefused) as caught:
        write_filled_sheets(package, data, out)
    assert "tampered" in caught.value.message
    assert "changed after it was signed" in caught.value.message
    assert not out.exists()


def test_a_result_for_another_package_is_refused(setup, tmp_path) -> None:
    manifest = open_package(setup.package).manifest
    foreign = replace(
        open_package(setup.package), manifest=replace(manifest, package_id="other-pkg")
    )
    with pytest.raises(ResultRefused, match="for another package"):
        write_filled_sheets(foreign, setup.result.read_bytes(), tmp_path / "f.pdf")


def test_choosing_a_submission_the_result_lacks_is_refused(setup, package, tmp_path) -> None:
    with pytest.raises(InputError, match="no evaluation of S404"):
        write_filled_sheets(
            package, setup.result.read_bytes(), tmp_path / "f.pdf", submissions=["S404"]
        )


def test_a_field_round_sheet_has_the_checklist_and_field_notes(competition, tmp_path) -> None:
    c = competition(submissions=1, jurors=1, build=False)
    c.build(round_id="field")
    manifest = open_package(c.package).manifest
    items = [item.text.get("en") for item in manifest.checklist]
    assert items
    out = tmp_path / "blank.pdf"
    write_blank_sheets(manifest, out)
    text = " ".join(page_texts(out))
    assert "Field verification" in text and "FIELD VERIFICATION CHECKLIST" in text
    assert all(f"☐ {item}" in text for item in items) and "FIELD NOTES" in text
    assert "I watched the video" not in text
    with c.workspace("J01") as ws:
        ws.packages.import_package(c.package)
        ws.scoring.set_checklist_item("test-pkg", "S001", manifest.checklist[0].code, True)
        ws.scoring.set_field_notes("test-pkg", "S001", "Bertemu kepala puskesmas dan warga.")
        info = ws.results.export("test-pkg", PASSPHRASE, c.folder)
    filled = tmp_path / "filled.pdf"
    write_filled_sheets(open_package(c.package), info.path.read_bytes(), filled)
    text = " ".join(page_texts(filled))
    assert f"☑ {items[0]}" in text and "Bertemu kepala puskesmas dan warga." in text
