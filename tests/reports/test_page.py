"""The shared page: sections that number their own pages, headers that fit, dates as printed."""

from __future__ import annotations

import io
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from app import i18n
from app.reports.fonts import REGULAR, register_fonts
from app.reports.page import DocumentInfo, PageDecor, PageSection, build_pdf, fit
from app.reports.styles import styles
from app.reports.text import (
    blocks,
    category_label,
    format_date,
    format_datetime,
    parse_time,
    zone_name,
)
from tests.reports.pdf import flat


def _pdf_texts(story, decor: PageDecor | None = None) -> list[str]:
    buffer = io.BytesIO()
    pages = build_pdf(
        buffer,
        story,
        DocumentInfo("t"),
        decor or PageDecor("DOC"),
        lambda n, total: f"page {n}/{total}",
    )
    buffer.seek(0)
    texts = [flat(p.extract_text()) for p in PdfReader(buffer).pages]
    assert pages == len(texts)
    return texts


def test_each_section_numbers_its_own_pages() -> None:
    register_fonts()
    body = styles()["body"]
    story = [
        PageSection(PageDecor("A-HEAD", "first")),
        Paragraph("alpha", body),
        PageBreak(),
        Paragraph("alpha again", body),
        PageBreak(),
        PageSection(PageDecor("B-HEAD", "second", "footer of B")),
        Paragraph("beta", body),
    ]
    texts = _pdf_texts(story)
    assert len(texts) == 3
    assert "A-HEAD" in texts[0] and "page 1/2" in texts[0]
    assert "A-HEAD" in texts[1] and "page 2/2" in texts[1]
    assert "B-HEAD" in texts[2] and "page 1/1" in texts[2] and "footer of B" in texts[2]


def test_without_sections_the_document_is_one() -> None:
    register_fonts()
    body = styles()["body"]
    texts = _pdf_texts(
        [Paragraph("x", body), PageBreak(), Paragraph("y", body)], PageDecor("ONE", "right")
    )
    assert ["page 1/2" in texts[0], "page 2/2" in texts[1]] == [True, True]


def test_section_start_runs_its_callback_once() -> None:
    register_fonts()
    calls = []
    _pdf_texts(
        [PageSection(PageDecor("S"), lambda: calls.append(1)), Paragraph("x", styles()["body"])]
    )
    assert calls == [1]


def test_fit_shortens_at_a_word_or_inside_one_long_word() -> None:
    register_fonts()
    text = "Sistem Informasi dan Gerak Cepat Pemantauan Ibu Hamil Risiko Tinggi"
    assert fit(text, REGULAR, 8, 1000) == text
    short = fit(text, REGULAR, 8, 100)
    assert short.endswith(" …") and text.startswith(short[:-2])
    assert fit("x" * 500, REGULAR, 8, 50).endswith("…")


@pytest.fixture
def in_makassar(monkeypatch):
    """The computer's clock set to Indonesia's central zone (WITA, UTC+8)."""
    monkeypatch.setenv("TZ", "Asia/Makassar")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_dates_and_times_as_an_indonesian_letter_writes_them(in_makassar) -> None:
    i18n.install("id")
    assert format_date(date(2026, 8, 17)) == "17 Agustus 2026"
    moment = datetime(2026, 8, 17, 2, 5, tzinfo=UTC)
    assert format_datetime(moment) == "17 Agustus 2026 10.05 WITA"
    i18n.install("en")
    assert format_datetime(moment) == "17 August 2026 10:05 WITA"


def test_time_zones_are_named() -> None:
    """Indonesia's names where the computer is set to Indonesia's zone; elsewhere the offset,
    even where it is the same (Bangkok is UTC+7 too, but not WIB)."""
    assert zone_name(timedelta(hours=7), "Asia/Jakarta") == "WIB"
    assert zone_name(timedelta(hours=7), "Asia/Pontianak") == "WIB"
    assert zone_name(timedelta(hours=8), "Asia/Makassar") == "WITA"
    assert zone_name(timedelta(hours=9), "Asia/Jayapura") == "WIT"
    assert zone_name(timedelta(hours=7), "Asia/Bangkok") == "UTC+7"
    assert zone_name(timedelta(hours=8), "Asia/Jakarta") == "UTC+8"  # not Jakarta's offset
    assert zone_name(timedelta(0), "UTC") == "UTC+0"
    assert zone_name(timedelta(hours=5, minutes=30), "Asia/Kolkata") == "UTC+5:30"
    assert zone_name(timedelta(hours=-3), "America/Sao_Paulo") == "UTC-3"


def test_times_from_files_are_read() -> None:
    assert parse_time("2026-11-23T09:44:42.270Z") == datetime(
        2026, 11, 23, 9, 44, 42, 270000, tzinfo=UTC
    )
    assert parse_time("") is None and parse_time("yesterday") is None


def test_categories_and_text_blocks() -> None:
    assert category_label("kota") == "Kota"
    assert category_label("bumn") == "BUMN"
    assert category_label("Kelompok Khusus") == "Kelompok Khusus"
    assert category_label("") == "–"
    assert blocks("a & b\nc\n\n\nd <e>") == ["a &amp; b<br/>c", "d &lt;e&gt;"]
    assert blocks("   ") == [""]
