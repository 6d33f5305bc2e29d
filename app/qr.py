"""QR codes: the one encoder every QR code of Juri goes through (the sheets' codes on paper,
the video link in the juror's window).

Encoded by zxing-cpp (its writer is Zint, in C++), not by ReportLab's pure-Python encoder, which
tried all eight masks in Python and dominated a batch of blank sheets (figures: docs/performance.md,
"Costs the code is shaped by"). Error correction level M survives a fold, a coffee ring or a smudge
on a sheet carried to a field visit; whoever draws a code leaves a quiet zone of :data:`QUIET_ZONE`
modules around it, as the standard asks.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import zxingcpp

QUIET_ZONE = 4  # modules of white around a code


def qr_matrix(text: str) -> list[list[bool]]:
    """Rows of modules from the top (True = dark) encoding ``text``, error correction M."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = memoryview(cast(Any, code.to_image(scale=1, add_quiet_zones=False)))  # a buffer
    rows, columns = cast(tuple[int, int], image.shape)
    data = image.tobytes()  # one byte per module: 0 is dark
    return [[data[row * columns + column] == 0 for column in range(columns)] for row in range(rows)]


def dark_runs(row: list[bool]) -> Iterator[tuple[int, int]]:
    """(first column, length) of each run of dark modules in ``row``: a drawing fills runs,
    not single modules, so that no hairline shows between neighbours."""
    start = None
    for column, dark in enumerate([*row, False]):
        if dark and start is None:
            start = column
        elif not dark and start is not None:
            yield start, column - start
            start = None
