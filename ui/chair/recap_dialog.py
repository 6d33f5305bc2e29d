"""What the chair adds to the signed record (*berita acara*) before printing it: the place and
date of the meeting, the chair's name and the panel members who sign. The merged file holds
none of these; the defaults (the chair's key name, the roster's jurors) need no typing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import current_language, locale_for
from app.reports.recap_from_merge import RecapOptions


class DateField(QDateEdit):
    """A date that Tab leaves at once, as every other field: Qt's date field walked its
    weekday, day, month and year with Tab first, so the keyboard seemed stuck in it. The
    arrows still move between the parts and change them."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class RecapDialog(QDialog):
    """Asks for the meeting's facts; :meth:`options` turns the answers into RecapOptions."""

    def __init__(
        self,
        parent: QWidget | None,
        action: str,
        place: str,
        merged_name: str,
        earlier: RecapOptions | None = None,
    ) -> None:
        """``earlier``: what the chair typed last in this session, offered again (the save
        dialog cancelled, a second copy) so the names are not typed twice."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("The signed record (berita acara)"))
        self.setMinimumWidth(560)  # the text reads as lines, the long date shows whole
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The record prints the ranking of the signed merged file "
                "{name}. Leave the names empty to use the chair's key name and "
                "the jurors of the roster."
            ).format(name=merged_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.place = QLineEdit(place)
        self.place.setAccessibleName(self.tr("Place of the meeting"))
        form.addRow(self.tr("P&lace:"), self.place)
        self.date = DateField(QDate.currentDate())
        locale = locale_for(current_language())  # the date as the record's language writes it
        self.date.setLocale(locale)
        self.date.setDisplayFormat(locale.dateFormat(QLocale.FormatType.LongFormat))
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Date of the meeting"))
        form.addRow(self.tr("&Date:"), self.date)
        self.chair = QLineEdit()
        self.chair.setPlaceholderText(self.tr("the name on the chair's key"))
        self.chair.setAccessibleName(self.tr("Name of the panel chair"))
        form.addRow(self.tr("&Chair:"), self.chair)
        self.members = QPlainTextEdit()
        self.members.setPlaceholderText(self.tr("one name per line; empty: the roster's jurors"))
        self.members.setAccessibleName(self.tr("Panel members who sign, one per line"))
        self.members.setTabChangesFocus(True)
        self.members.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        form.addRow(self.tr("&Members:"), self.members)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if earlier is not None:
            day = earlier.meeting_date
            self.date.setDate(QDate(day.year, day.month, day.day))
            self.chair.setText(earlier.chair)
            self.members.setPlainText("\n".join(earlier.members))
        self.place.setFocus()

    def options(self) -> RecapOptions:
        day = self.date.date()
        members = tuple(
            line.strip() for line in self.members.toPlainText().splitlines() if line.strip()
        )
        return RecapOptions(
            place=self.place.text().strip(),
            meeting_date=date(day.year(), day.month(), day.day()),
            chair=self.chair.text().strip(),
            members=members,
        )
