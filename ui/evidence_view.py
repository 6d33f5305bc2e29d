"""A list of field-visit evidence (photos and documents), for the juror and for the chair.

Opening a file writes its bytes to Juri's cache under its SHA-256 and the extension of its
checked kind (never under the name it was attached with: a file called "foto.jpg.exe" that is
really a JPEG opens as a JPEG), then hands it to the computer's viewer.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from app import paths
from app.atomic import atomic_write_bytes
from app.domain.evidence import JPEG, PNG, Evidence
from app.i18n import format_decimal
from app.limits import MiB
from app.reports.text import taken_text

SHA_ROLE = Qt.ItemDataRole.UserRole


def open_evidence(evidence: Evidence, data: bytes) -> None:
    target = paths.cache_dir() / "evidence" / f"{evidence.sha256[:32]}{evidence.extension}"
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(target, data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


def size_text(size: int) -> str:
    if size < MiB:
        return f"{max(1, size // 1024)} KB"
    return f"{format_decimal(Decimal(size) / MiB, places=1)} MB"


class EvidenceList(QTreeWidget):
    """Name, kind, size, the time and place the photo's camera recorded (a dash where it
    recorded none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderLabels([self.tr("File"), self.tr("Kind"), self.tr("Size"),
                              self.tr("Taken"), self.tr("Place (GPS)")])
        self.setAccessibleName(self.tr("Evidence"))
        self.items: tuple[Evidence, ...] = ()

    def show_evidence(self, items: tuple[Evidence, ...]) -> None:
        if items == self.items and self.topLevelItemCount() == len(items):
            return
        chosen = self.current()
        self.items = items
        self.clear()
        kinds = {JPEG: self.tr("JPEG photo"), PNG: self.tr("PNG image")}
        for evidence in items:
            row = QTreeWidgetItem([
                evidence.name, kinds.get(evidence.media_type, self.tr("PDF document")),
                size_text(evidence.size), taken_text(evidence.taken_at),
                evidence.place or "–"])
            row.setData(0, SHA_ROLE, evidence.sha256)
            row.setToolTip(0, f"SHA-256 {evidence.sha256}")
            self.addTopLevelItem(row)
            if chosen is not None and chosen.sha256 == evidence.sha256:
                self.setCurrentItem(row)
        if self.currentItem() is None and items:
            self.setCurrentItem(self.topLevelItem(0))
        for column in range(5):
            self.resizeColumnToContents(column)

    def current(self) -> Evidence | None:
        item = self.currentItem()
        if item is None:
            return None
        sha = item.data(0, SHA_ROLE)
        return next((e for e in self.items if e.sha256 == sha), None)
