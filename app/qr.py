"""QR codes as a grid of dark and light modules (ReportLab's encoder; no other dependency).

The GUI paints the grid (a video link to open on a phone); PDFs draw it with ReportLab.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel


def qr_matrix(text: str) -> list[list[bool]]:
    """Rows of modules (True = dark) encoding ``text`` with medium error correction."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    size = code.getModuleCount()
    return [[bool(code.isDark(row, column)) for column in range(size)] for row in range(size)]
