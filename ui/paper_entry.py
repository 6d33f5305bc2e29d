"""Typing in a paper sheet: scan or type the sheet's code, land on its submission.

A USB scanner types the QR code's text and presses Enter, so the field takes either. The code
is checked against the open package, the juror and their assignments
(:func:`app.formats.sheet_code.expect_sheet_code`); a wrong sheet is refused right under the
field, so the next scan can follow at once. While paper mode is on, the window shows a yellow
band, and changes to that submission are recorded in the audit log as coming from paper.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.formats.sheet_code import SheetCode, SheetCodeError, expect_sheet_code
from ui.dialogs import add_buttons
from ui.session import JurorSession

WIDTH = 560
BAND_STYLE = (
    "QFrame#paper_band, QWidget#paper_band { background: #fff3bf; color: #3b2f00; "
    "border: 1px solid #e0b400; border-radius: 4px; }"
)


class PaperSheetDialog(QDialog):
    """Asks for the sheet code; accepted with :attr:`sheet` set when it fits."""

    def __init__(self, session: JurorSession, juror_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.juror_id = session, juror_id
        self.sheet: SheetCode | None = None
        self.setWindowTitle(self.tr("Type in a paper sheet"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Scan the QR code on the evaluation sheet, or type the code printed under "
                "<i>Sheet code</i>, then press Enter."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = QLineEdit()
        self.field.setPlaceholderText(f"JURI1:{session.package_id}:…:{juror_id}")
        self.field.setAccessibleName(self.tr("Sheet code"))
        layout.addWidget(self.field)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setAccessibleName(self.tr("Problem with the sheet code"))
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.addButton(
            self.tr("&Open the sheet's submission"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        add_buttons(layout, buttons, self.open_button)  # the scanner's Enter opens the sheet
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the wrapped texts at the dialog's width (a top-level window does
        not ask its labels' height for a width by itself, and they would overlap)."""
        width = max(self.width(), WIDTH)
        height = self.layout().totalHeightForWidth(width)
        self.setMinimumSize(WIDTH, height)
        self.resize(width, height)

    def check(self) -> None:
        try:
            sheet = expect_sheet_code(
                self.field.text(),
                self.session.package_id,
                self.juror_id,
                self.session.manifest.assigned(self.juror_id),
            )
        except SheetCodeError as error:
            self.problem.setText(error.message)
            self.problem.show()
            self._fit()
            self.field.selectAll()  # the next scan replaces the wrong code
            return
        self.sheet = sheet
        self.accept()


class PaperBand(QWidget):
    """The visible sign that paper mode is on, with the way out."""

    stopRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paper_band")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(BAND_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("background: transparent; border: none;")
        layout.addWidget(self.label, 1)
        self.stop = QPushButton(self.tr("Stop paper &mode"))
        self.stop.clicked.connect(self.stopRequested)
        layout.addWidget(self.stop)
        self.setAccessibleName(self.tr("Paper mode"))
        self.hide()

    def show_sheet(self, code: str | None, juror_id: str, shown: str | None) -> None:
        if code is None:
            self.hide()
            return
        text = self.tr(
            "<b>Paper mode</b> – typing in the paper sheet of {code} ({juror}): "
            "the scores you enter for it are recorded as coming from paper."
        ).format(code=code, juror=juror_id)
        if shown is not None and shown != code:
            text += " " + self.tr("The submission shown now is {shown}, not the sheet's.").format(
                shown=shown
            )
        self.label.setText(text)
        self.show()
