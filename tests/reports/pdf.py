"""Reading printed PDFs back the way a person checks them: the text of each page, the fonts,
and the QR code as a scanner sees it on a rendered page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader


def flat(text: str) -> str:
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    """Each page's text, white space collapsed."""
    return [flat(page.extract_text() or "") for page in PdfReader(path).pages]


def sheets(texts: list[str], header: str) -> list[int]:
    """Indexes of the pages whose running header is ``header`` (one sheet's pages)."""
    return [i for i, text in enumerate(texts) if header in text]


def body(texts: list[str], header: str) -> str:
    """The pages' text without their running header and footer (drawn last, so extracted
    last), joined: text that flows from page to page reads as one."""
    return " ".join(
        text[: text.rfind(header)].strip() if header in text else text for text in texts
    )


def embedded_fonts(path: Path) -> set[str]:
    """Base names of every font the pages use; fails on a font that is not embedded."""
    seen = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            base = str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{base} not embedded"
            seen.add(base.split("+")[-1])
    return seen


def render(path: Path, page: int, folder: Path, dpi: int = 150) -> Image.Image:
    """Page ``page`` (1-based) as an image, through poppler's ``pdftoppm``."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.fail("pdftoppm is missing: run sh scripts/setup.sh --test (poppler-utils)")
    prefix = folder / f"page{page}"
    subprocess.run(
        [
            tool,
            "-r",
            str(dpi),
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(path),
            str(prefix),
        ],
        check=True,
        capture_output=True,
    )
    with Image.open(prefix.with_suffix(".png")) as image:
        return image.convert("L")


def qr_texts(image: Image.Image) -> list[str]:
    import zxingcpp

    return [
        result.text
        for result in zxingcpp.read_barcodes(image)
        if result.format == zxingcpp.BarcodeFormat.QRCode
    ]
