"""What the window shows before a package is open: who you are, and how to open a package."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.evaluation import progress_text
from app.services.wiring import Services


class StartPage(QWidget):
    openRequested = Signal()
    packageChosen = Signal(str)
    savePublicKeyRequested = Signal()

    def __init__(self, workspace: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        identity = workspace.identity.require()
        title = QLabel(self.tr("Open a submission package"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        title.setFont(font)
        explain = QLabel(
            self.tr(
                "The secretariat gives you a package (a .juripkg file) on a USB stick or by "
                "e-mail. "
                "Open it with the button below, drag it onto this window, or start Juri with the "
                "file's path. Juri checks every byte of it before you score."
            )
        )
        explain.setWordWrap(True)
        open_button = QPushButton(self.tr("&Open package…"))
        open_button.setDefault(True)
        open_button.clicked.connect(self.openRequested)

        self.packages = QListWidget()
        self.packages.setAccessibleName(self.tr("Packages in your workspace"))
        for package in sorted(workspace.packages.list(), key=lambda p: p.imported_at, reverse=True):
            progress = workspace.scoring.progress(package.id)
            item = QListWidgetItem(
                self.tr("{title} — {progress}").format(
                    title=package.title, progress=progress_text(progress.counts)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, package.id)
            self.packages.addItem(item)
        self.packages.itemActivated.connect(
            lambda item: self.packageChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        opened = QGroupBox(self.tr("Packages you opened before"))
        opened_layout = QVBoxLayout(opened)
        opened_layout.addWidget(self.packages)
        opened.setVisible(self.packages.count() > 0)

        you = QGroupBox(self.tr("You"))
        you_layout = QVBoxLayout(you)
        you_layout.addWidget(
            QLabel(self.tr("{name}, juror {id}").format(name=identity.name, id=identity.juror_id))
        )
        fingerprint = QLabel(self.tr("Key fingerprint: {fp}").format(fp=identity.fingerprint))
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        you_layout.addWidget(fingerprint)
        save_key = QPushButton(self.tr("Save public key file…"))
        save_key.clicked.connect(self.savePublicKeyRequested)
        you_layout.addWidget(save_key, 0, Qt.AlignmentFlag.AlignLeft)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(explain)
        column.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(12)
        column.addWidget(opened)
        column.addWidget(you)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(720)
        outer = QVBoxLayout(self)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
