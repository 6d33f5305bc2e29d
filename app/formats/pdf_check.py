"""Whether a proposal PDF will open in the juror's viewer, checked before it enters a package.

The juror's window shows proposals with Qt PDF, which is PDFium; the build opens every proposal
with PDFium as well (pypdfium2), so a file that needs a password to open, or that was cut short
while being copied or downloaded, is refused at the secretariat's desk instead of being found
on a field visit. Opening reads the file's trailer, cross-reference table and catalogue, not its
pages, so the check stays cheap next to hashing the bytes (docs/performance.md). A PDF
protected only against printing or editing (an owner password) opens, and is accepted.

On POSIX systems the file is opened by PDFium itself from its path (bytes, whatever the name);
pypdfium2's document object, which reads through Python callbacks so that any Windows file name
works, costs about three times as much and is used on Windows.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from app.i18n import translate

_pdfium = threading.Lock()  # PDFium is not thread-safe
OPEN_BY_PATH = os.name != "nt"


def pdf_problem(path: Path) -> str | None:
    """Why the PDF at ``path`` would not open in the juror's viewer, or ``None``."""
    with _pdfium:
        pages, error = _open_by_path(path) if OPEN_BY_PATH else _open_by_python(str(path))
    return _verdict(pages, error)


def pdf_data_problem(data: bytes) -> str | None:
    """The same for a PDF held in memory (a juror's evidence, checked on the bytes kept)."""
    with _pdfium:
        pages, error = _open_by_python(data)
    return _verdict(pages, error)


def _verdict(pages: int, error: int | None) -> str | None:
    import pypdfium2.raw as pdfium_c

    if error == pdfium_c.FPDF_ERR_PASSWORD:
        return translate(
            "Pdf",
            "it needs a password to open: save it again without an open "
            "password (jurors could not read it)",
        )
    if error == pdfium_c.FPDF_ERR_SECURITY:
        return translate(
            "Pdf",
            "it is locked with a protection the PDF viewer does not "
            "support: save it again without protection",
        )
    if error is not None:
        return translate(
            "Pdf",
            "it is damaged or incomplete (perhaps cut short while copied "
            "or downloaded): get the file again",
        )
    if pages < 1:
        return translate("Pdf", "it has no pages")
    return None


def _open_by_path(path: Path) -> tuple[int, int | None]:
    """Page count and PDFium's error code (None when the document opened)."""
    import pypdfium2  # noqa: F401  (importing it initialises PDFium)
    import pypdfium2.raw as pdfium_c

    document = pdfium_c.FPDF_LoadDocument(os.fsencode(path), None)
    if not document:
        return 0, pdfium_c.FPDF_GetLastError()
    try:
        return pdfium_c.FPDF_GetPageCount(document), None
    finally:
        pdfium_c.FPDF_CloseDocument(document)


def _open_by_python(source: str | bytes) -> tuple[int, int | None]:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(source)
    except pypdfium2.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        return 0, -1 if code is None else code
    try:
        return len(document), None
    finally:
        document.close()
