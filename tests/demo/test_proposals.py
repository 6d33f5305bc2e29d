"""The demo proposals: the JSON they come from and the PDFs rendered from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.demo.proposals import (
    CLUSTER_LABELS,
    FICTION_NOTICE,
    SECTIONS,
    load_innovations,
    write_proposal_pdf,
)
from app.reports.fonts import register_fonts

INNOVATIONS = load_innovations()
HEADINGS = [heading for _key, heading in SECTIONS]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pdf_text(reader: PdfReader) -> str:
    return _flat(" ".join(page.extract_text() or "" for page in reader.pages))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, PdfReader]:
    innovation = INNOVATIONS[0]
    path = tmp_path_factory.mktemp("proposal") / "proposal.pdf"
    write_proposal_pdf(innovation, path)
    return innovation, PdfReader(path)


# --- the JSON ------------------------------------------------------------------------------


def test_sixteen_distinct_codes() -> None:
    codes = [item["code"] for item in INNOVATIONS]
    assert len(codes) == 16
    assert len(set(codes)) == 16
    assert all(re.fullmatch(r"KIPP23-\d{3}", code) for code in codes)


def test_every_cluster_and_both_groups_present() -> None:
    assert {item["cluster"] for item in INNOVATIONS} == set(CLUSTER_LABELS)
    groups = [item["group"] for item in INNOVATIONS]
    assert groups.count("umum") == 13
    assert groups.count("replikasi") == 3


def test_video_ids_are_distinct_youtube_ids() -> None:
    ids = [item["video_id"] for item in INNOVATIONS]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{11}", video_id) for video_id in ids)


@pytest.mark.parametrize("item", INNOVATIONS, ids=lambda item: item["code"])
def test_sections_complete_and_summary_short(item: dict) -> None:
    sections = item["sections"]
    assert set(sections) == {key for key, _heading in SECTIONS}
    assert all(text.strip() for text in sections.values())
    assert len(sections["ringkasan"].split()) <= 200
    assert 0.0 <= item["quality"] <= 1.0
    assert 2 <= len(item["indicators"]) <= 4


# --- the PDF -------------------------------------------------------------------------------


def test_pdf_has_title_headings_and_page_numbers(rendered: tuple[dict, PdfReader]) -> None:
    innovation, reader = rendered
    text = _pdf_text(reader)
    assert _flat(innovation["title"]) in text
    for heading in HEADINGS:
        assert heading in text
    assert "Halaman 1 dari" in text
    assert f"https://youtu.be/{innovation['video_id']}" in text
    assert len(reader.pages) >= 3


def test_every_page_has_header_and_footer(rendered: tuple[dict, PdfReader]) -> None:
    innovation, reader = rendered
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        text = _flat(page.extract_text() or "")
        assert innovation["code"] in text
        assert FICTION_NOTICE in text
        assert f"Halaman {number} dari {total}" in text


def test_pdf_embeds_only_dejavu_fonts(rendered: tuple[dict, PdfReader]) -> None:
    _innovation, reader = rendered
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"].get_object()
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font["/BaseFont"])
            assert "DejaVu" in base, base
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), base
            seen.add(base.split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= seen


def test_pdf_links_the_video(rendered: tuple[dict, PdfReader]) -> None:
    innovation, reader = rendered
    uris = [annot.get_object()["/A"]["/URI"] for annot in reader.pages[0].get("/Annots", [])]
    assert f"https://youtu.be/{innovation['video_id']}" in uris


@pytest.mark.parametrize("item", INNOVATIONS, ids=lambda item: item["code"])
def test_every_proposal_renders_to_three_to_six_pages(item: dict, tmp_path: Path) -> None:
    path = tmp_path / f"{item['code']}.pdf"
    write_proposal_pdf(item, path)
    assert 3 <= len(PdfReader(path).pages) <= 6


def test_rendering_is_reproducible(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_proposal_pdf(INNOVATIONS[1], first)
    write_proposal_pdf(INNOVATIONS[1], second)
    assert first.read_bytes() == second.read_bytes()


def test_failed_render_leaves_no_file(tmp_path: Path) -> None:
    broken = {key: value for key, value in INNOVATIONS[0].items() if key != "code"}
    with pytest.raises(KeyError):
        write_proposal_pdf(broken, tmp_path / "broken.pdf")
    assert list(tmp_path.iterdir()) == []


def test_register_fonts_can_be_called_again() -> None:
    register_fonts()
    register_fonts()
