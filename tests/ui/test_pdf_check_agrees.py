"""The build's PDF check (PDFium through pypdfium2) accepts exactly what the juror's viewer
(Qt PDF, also PDFium) opens, on crafted good, locked and damaged files."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPdf import QPdfDocument

from app.formats import pdf_check
from app.formats.pdf_check import pdf_problem
from tests.factory import tiny_pdf


def _encrypted(user: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(tiny_pdf("locked")))
    writer.encrypt(user, owner_password="pemilik")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


GOOD = tiny_pdf("good")
CASES = {
    "good": GOOD,
    "owner password only": _encrypted(""),
    "open password": _encrypted("rahasia"),
    "cut at a tenth": GOOD[: len(GOOD) // 10],
    "cut at half": GOOD[: len(GOOD) // 2],
    "cut before the end marker": GOOD[: GOOD.rindex(b"%%EOF")],
    "zeroed middle": GOOD[:300] + bytes(600) + GOOD[900:],
    "header only": b"%PDF-1.4\n",
}


@pytest.mark.parametrize("by_path", [True, False], ids=["by path", "through Python (Windows)"])
@pytest.mark.parametrize("name", list(CASES))
def test_the_build_accepts_what_the_viewer_opens(
    qapp, tmp_path: Path, monkeypatch, name: str, by_path: bool
) -> None:
    monkeypatch.setattr(pdf_check, "OPEN_BY_PATH", by_path)
    path = tmp_path / "usulan é ñ.pdf"
    path.write_bytes(CASES[name])
    document = QPdfDocument()
    opens = document.load(str(path)) == QPdfDocument.Error.None_ and document.pageCount() > 0
    assert (pdf_problem(path) is None) == opens
    assert opens == (name in ("good", "owner password only", "cut before the end marker"))
