"""Blank sheets in a batch are stamped (their shared parts laid out and drawn once), and must
look exactly like sheets laid out one by one: every page of both is rendered and compared
pixel for pixel, over sheets whose tops differ in height (long titles and agencies, no video,
long juror names) in a desk round and in a field round (checklist and field notes)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import ImageChops
from pypdf import PdfReader
from reportlab.platypus import PageBreak

from app import i18n
from app.domain.competition import Manifest
from app.reports.bench import bench_manifest
from app.reports.page import DocumentInfo, PageDecor, PageSection, build_pdf
from app.reports.sheet_layout import sheet_decor, sheet_story
from app.reports.sheets import assigned_pairs, write_blank_sheets
from app.reports.text import footer_text, page_label
from tests.reports.pdf import qr_texts, render

PRINTED = datetime(2026, 11, 24, 2, 5, tzinfo=UTC)
LONG = (
    "Gerakan Bersama Pelayanan Terpadu Satu Pintu untuk Perizinan Usaha Mikro, Kecil, dan "
    "Menengah di Seluruh Kecamatan dengan Pendampingan Petugas Keliling dan Layanan Daring"
)


def varied(round_id: str) -> Manifest:
    """Nine sheets for three jurors whose tops all differ in height."""
    manifest = bench_manifest(9, round_id=round_id, per_juror=3)
    submissions = list(manifest.submissions)
    submissions[1] = replace(submissions[1], title=LONG)
    submissions[2] = replace(submissions[2], video_url="")
    submissions[4] = replace(submissions[4], agency=LONG, category="")
    submissions[5] = replace(submissions[5], title=LONG + " " + LONG, video_url="")
    jurors = list(manifest.jurors)
    jurors[1] = replace(jurors[1], name="Prof. Dr. Ir. " + LONG[:60])
    return replace(manifest, submissions=tuple(submissions), jurors=tuple(jurors))


def one_by_one(manifest: Manifest) -> bytes:
    """The same sheets, each laid out in full by :func:`sheet_story` (nothing stamped)."""
    footer = footer_text(manifest.package_id, PRINTED)
    story = []
    for juror, submission in assigned_pairs(manifest):
        story.append(PageSection(sheet_decor(manifest, juror, submission, footer)))
        story += sheet_story(manifest, juror, submission)
        story.append(PageBreak())
    buffer = io.BytesIO()
    build_pdf(buffer, story[:-1], DocumentInfo(title="x"), PageDecor(""), page_label)
    return buffer.getvalue()


@pytest.mark.parametrize(("round_id", "language"), [("desk", "id"), ("field", "en")])
def test_stamped_sheets_look_exactly_like_sheets_laid_out_one_by_one(
    round_id, language, tmp_path
) -> None:
    i18n.install(language)
    manifest = varied(round_id)
    stamped = tmp_path / "stamped.pdf"
    write_blank_sheets(manifest, stamped, created=PRINTED)
    reference = tmp_path / "reference.pdf"
    reference.write_bytes(one_by_one(manifest))
    pages = len(PdfReader(stamped).pages)
    assert pages == len(PdfReader(reference).pages) > 9
    for page in range(1, pages + 1):
        ours = render(stamped, page, tmp_path / "a", dpi=60)
        theirs = render(reference, page, tmp_path / "b", dpi=60)
        assert ImageChops.difference(ours, theirs).getbbox() is None, f"page {page} differs"
    assert "/XObject" in PdfReader(stamped).pages[-1]["/Resources"]  # drawn by stamps


def test_a_batch_of_stamped_sheets_is_far_smaller(tmp_path) -> None:
    manifest = bench_manifest(40)
    stamped = tmp_path / "stamped.pdf"
    write_blank_sheets(manifest, stamped, created=PRINTED)
    assert stamped.stat().st_size < 0.7 * len(one_by_one(manifest))


def test_every_stamped_sheet_keeps_its_own_qr_code(tmp_path) -> None:
    manifest = varied("desk")
    out = tmp_path / "sheets.pdf"
    write_blank_sheets(manifest, out, created=PRINTED)
    texts = [page.extract_text() for page in PdfReader(out).pages]
    firsts = [i + 1 for i, text in enumerate(texts) if "Page 1 of" in text]
    codes = [qr_texts(render(out, page, tmp_path)) for page in firsts]
    assert codes == [[f"JURI1:bench-sheets:{s.code}:{j.id}"] for j, s in assigned_pairs(manifest)]


@pytest.fixture(autouse=True)
def folders(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
