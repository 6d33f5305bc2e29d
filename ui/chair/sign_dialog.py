"""Signing the merged file: the chair's key file and its passphrase, then the signed file
written in the background. A wrong passphrase is said on the spot and the dialog stays open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.crypto.keys import KeyFileError, read_private_key
from app.merge.service import MergeReport, write_merged
from ui.dialogs import problem_label, show_error
from ui.key_exposure import key_exposure_note, show_key_exposure
from ui.tasks import TaskRunner


class SignDialog(QDialog):
    written = Signal(object, bytes)  # the merged file's path and bytes

    def __init__(
        self,
        parent: QWidget | None,
        tasks: TaskRunner,
        report: MergeReport,
        target: Path,
        key_file: str,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.report, self.target = tasks, report, target
        self.setWindowTitle(self.tr("Sign the merged file"))
        self.setMinimumWidth(620)  # a key file's whole path shows, and the text reads as lines
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The merged file is signed with the panel chair's key, so the "
                "secretariat can check that nobody changed it. It will be "
                "written to {path}."
            ).format(path=target)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key_file = QLineEdit(key_file)
        self.key_file.setAccessibleName(self.tr("The chair's key file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the chair's key file"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.key_file, 1)
        row.addWidget(browse)
        key_label = QLabel(self.tr("&Key file:"))
        key_label.setBuddy(self.key_file)
        form.addRow(key_label, row)
        self.key_warning = key_exposure_note(self)
        self.key_file.textChanged.connect(
            lambda text: show_key_exposure(
                self.key_warning, Path(text.strip()) if text.strip() else None
            )
        )
        show_key_exposure(self.key_warning, Path(key_file) if key_file else None)
        form.addRow(self.key_warning)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the chair's key"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign and save"))
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.passphrase if key_file else self.key_file).setFocus()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The chair's key file"),
            self.key_file.text() or str(Path.home()),
            self.tr("Key files (*.key);;All files (*)"),
        )
        if path:
            self.key_file.setText(path)
            self.passphrase.setFocus()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def sign(self) -> None:
        key_file = self.key_file.text().strip()
        if not key_file or not Path(key_file).is_file():
            self._say(self.tr("Choose the chair's key file (make one with 'juri keys new')."))
            self.key_file.setFocus()
            return
        passphrase, report, target = self.passphrase.text(), self.report, self.target
        self.buttons.setEnabled(False)
        self.problem.hide()

        def work(_progress, _cancelled) -> bytes:
            pair = read_private_key(Path(key_file), passphrase)
            return write_merged(report, pair, target)

        self.tasks.run(
            work,
            parent=self,
            title=self.tr("Signing the merged file …"),
            on_success=self._done,
            on_failure=self._failed,
        )

    def chosen_key_file(self) -> str:
        return self.key_file.text().strip()

    def _done(self, data: bytes) -> None:
        self.written.emit(self.target, data)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, KeyFileError) and error.code == "wrong_passphrase":
            self._say(self.tr("That passphrase does not open the key. Try again."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        show_error(self, self.windowTitle(), error)
