"""A list of field-visit evidence (photos and documents), for the juror and for the chair.

Opening a file writes its bytes to Juri's cache under its SHA-256 and the extension of its
checked kind (never under the name it was attached with: a file called "foto.jpg.exe" that is
really a JPEG opens as a JPEG), then hands it to the computer's viewer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from app import paths
from app.atomic import atomic_write_bytes
from app.domain.evidence import JPEG, PNG, Evidence
from app.i18n import format_size
from app.reports.text import taken_text

ROW_ROLE = Qt.ItemDataRole.UserRole


def open_evidence(evidence: Evidence, data: bytes) -> None:
    target = paths.cache_dir() / "evidence" / f"{evidence.sha256[:32]}{evidence.extension}"
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(target, data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


class EvidenceList(QTreeWidget):
    """Name, kind, size, the time and place the photo's camera recorded (a dash where it
    recorded none), after any ``leading`` columns (the chair's submission and juror)."""

    def __init__(self, leading: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.leading = len(leading)
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderLabels(
            [
                *leading,
                self.tr("File"),
                self.tr("Kind"),
                self.tr("Size"),
                self.tr("Taken"),
                self.tr("Place (GPS)"),
            ]
        )
        self.setAccessibleName(self.tr("Evidence"))
        self.rows: list[tuple[tuple[str, ...], Evidence]] = []

    def show_evidence(self, items: tuple[Evidence, ...]) -> None:
        self.show_rows([((), evidence) for evidence in items])

    def show_rows(self, rows: list[tuple[tuple[str, ...], Evidence]]) -> None:
        """Each row: the leading columns' texts and the file; the selection is kept."""
        if rows == self.rows and self.topLevelItemCount() == len(rows):
            return
        chosen = self.current()
        self.rows = rows
        self.clear()
        kinds = {JPEG: self.tr("JPEG photo"), PNG: self.tr("PNG image")}
        for index, (leading, evidence) in enumerate(rows):
            item = QTreeWidgetItem(
                [
                    *leading,
                    evidence.name,
                    kinds.get(evidence.media_type, self.tr("PDF document")),
                    format_size(evidence.size),
                    taken_text(evidence.taken_at),
                    evidence.place or "–",
                ]
            )
            item.setData(0, ROW_ROLE, index)
            item.setToolTip(self.leading, f"SHA-256 {evidence.sha256}")
            self.addTopLevelItem(item)
            if chosen is not None and chosen.sha256 == evidence.sha256:
                self.setCurrentItem(item)
        if self.currentItem() is None and rows:
            self.setCurrentItem(self.topLevelItem(0))
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)

    def current(self) -> Evidence | None:
        item = self.currentItem()
        return None if item is None else self.rows[item.data(0, ROW_ROLE)][1]

    def select_last(self) -> None:
        if self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(self.topLevelItemCount() - 1))
