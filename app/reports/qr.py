"""A QR code as a ReportLab flowable, drawn as one vector path (sharp at any printer's
resolution, a few hundred bytes per code).

Error correction level M survives a fold, a coffee ring or a smudge on a sheet carried to a
field visit; a quiet zone of four modules is kept around the code, as the standard asks.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white around the code


def qr_modules(text: str, level: str = "M") -> list[list[bool]]:
    """The code's modules, row by row from the top; ``True`` is dark."""
    code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    code.addData(text)
    code.make()
    return [[bool(cell) for cell in row] for row in code.modules]


class QrCode(Flowable):
    """A square QR code of side ``size`` (points), quiet zone included."""

    def __init__(self, text: str, size: float, level: str = "M") -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.modules = qr_modules(text, level)
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules) + 2 * QUIET_ZONE
        box = self.size / count
        canvas = self.canv
        path = canvas.beginPath()
        for row_index, row in enumerate(self.modules):
            y = self.size - (row_index + QUIET_ZONE + 1) * box
            column = 0
            for dark, run in groupby(row):
                length = len(list(run))
                if dark:
                    path.rect((column + QUIET_ZONE) * box, y, length * box, box)
                column += length
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
