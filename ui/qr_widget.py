"""A QR code drawn crisply at any size (for opening a video link on a phone)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.qr import QUIET_ZONE, dark_runs, qr_matrix


class QrCodeWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._matrix: list[list[bool]] | None = []
        self.setMinimumSize(QSize(160, 160))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        """Show ``text``; its code is made when first painted (the video tab is often not
        open while the juror goes from submission to submission)."""
        self._text = text
        self._matrix = None
        self.setAccessibleDescription(text)
        self.update()

    def matrix(self) -> list[list[bool]]:
        """The modules of the current text."""
        if self._matrix is None:
            self._matrix = qr_matrix(self._text) if self._text else []
        return self._matrix

    def sizeHint(self) -> QSize:
        return QSize(200, 200)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))  # dark-on-white even in a dark theme
        matrix = self.matrix()
        if not matrix:
            return
        count = len(matrix) + 2 * QUIET_ZONE
        module = min(self.width(), self.height()) / count
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for row, cells in enumerate(matrix):
            for column, length in dark_runs(cells):
                painter.drawRect(
                    QRectF(
                        (column + QUIET_ZONE) * module,
                        (row + QUIET_ZONE) * module,
                        length * module,
                        module,
                    )
                )
