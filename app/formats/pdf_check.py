"""Whether a proposal PDF will open in the juror's viewer, checked before it enters a package.

The juror's window shows proposals with Qt PDF, which is PDFium; the build opens every proposal
with PDFium as well (pypdfium2), so a file that needs a password to open, or that was cut short
while being copied or downloaded, is refused at the secretariat's desk instead of being found
on a field visit. Opening reads the file's trailer, cross-reference table and catalogue, not its
pages, so the check stays cheap next to hashing the bytes (docs/performance.md). A PDF
protected only against printing or editing (an owner password) opens, and is accepted.
"""

from __future__ import annotations

import threading
from pathlib import Path

from app.i18n import translate

_pdfium = threading.Lock()  # PDFium is not thread-safe


def pdf_problem(path: Path) -> str | None:
    """Why the PDF at ``path`` would not open in the juror's viewer, or ``None``."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    with _pdfium:
        try:
            document = pypdfium2.PdfDocument(str(path))
        except pypdfium2.PdfiumError as exc:
            code = getattr(exc, "err_code", None)
            if code == pdfium_c.FPDF_ERR_PASSWORD:
                return translate("Pdf", "it needs a password to open: save it again without "
                                 "an open password (jurors could not read it)")
            if code == pdfium_c.FPDF_ERR_SECURITY:
                return translate("Pdf", "it is locked with a protection the PDF viewer does "
                                 "not support: save it again without protection")
            return translate("Pdf", "it is damaged or incomplete (perhaps cut short while "
                             "copied or downloaded): get the file again")
        try:
            pages = len(document)
        finally:
            document.close()
    if pages < 1:
        return translate("Pdf", "it has no pages")
    return None
