"""The DejaVu Sans family, registered once with ReportLab for every PDF Juri writes.

ReportLab's built-in fonts are never embedded and cover Latin-1 only, so a PDF would depend on the
reader's fonts. TrueType fonts registered with ReportLab are embedded (as subsets) in every PDF
that uses them, so documents look the same on every computer and carry every character an
Indonesian text needs (curly quotes, dashes, ±, ≤, names with accents). The font files ship in
``resources/fonts`` and are found through ``app.paths``, which also works in the frozen build.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four faces and their family (so ``<b>`` and ``<i>`` work); safe to repeat."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
