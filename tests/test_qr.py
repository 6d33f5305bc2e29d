"""The one QR encoder: its codes scan back to the text, and the runs a drawing fills are
exactly the dark modules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from app.qr import QUIET_ZONE, dark_runs, qr_matrix
from tests.reports.pdf import qr_texts


def picture(matrix: list[list[bool]], scale: int = 4) -> Image.Image:
    size = (len(matrix) + 2 * QUIET_ZONE) * scale
    image = Image.new("L", (size, size), 255)
    for row, cells in enumerate(matrix):
        for column, length in dark_runs(cells):
            left, top = (column + QUIET_ZONE) * scale, (row + QUIET_ZONE) * scale
            image.paste(0, (left, top, left + length * scale, top + scale))
    return image


def test_a_sheet_code_and_a_video_link_scan_back() -> None:
    for text in (
        "JURI1:kipp-2024-desk:SULSEL24-00017:T042",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    ):
        matrix = qr_matrix(text)
        assert len(matrix) == len(matrix[0]) >= 21  # square, version 1 or more
        assert qr_texts(picture(matrix)) == [text]


@given(st.lists(st.booleans(), max_size=40))
def test_runs_cover_exactly_the_dark_modules(row: list[bool]) -> None:
    covered = [False] * len(row)
    for start, length in dark_runs(row):
        assert length > 0 and not any(covered[start : start + length])
        covered[start : start + length] = [True] * length
    assert covered == row
