"""Finalise and export: what is still open, the passphrase, the signed file, where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import KeyFileError
from app.i18n import current_language, translate
from app.services.export import ExportInfo
from app.settings import Settings, save
from ui.dialogs import add_buttons, show_error
from ui.key_exposure import key_exposure_note, show_key_exposure
from ui.session import JurorSession
from ui.tasks import TaskRunner


class ExportDialog(QDialog):
    """Shows what is unscored or uncommented, asks for the passphrase, and exports in the
    background; a wrong passphrase is said on the spot and the dialog stays open."""

    def __init__(
        self,
        session: JurorSession,
        settings: Settings,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.settings, self.tasks = session, settings, tasks
        self.result: ExportInfo | None = None
        self.setWindowTitle(self.tr("Finish and export results"))
        self.setMinimumSize(620, 520)

        progress = session.workspace.scoring.progress(session.package_id)
        points = session.workspace.scoring.open_points(session.package_id)
        summary = QLabel(
            self.tr("{done} of {n} evaluations are finished (complete or recused).").format(
                done=progress.done, n=progress.assigned
            )
        )
        summary.setWordWrap(True)
        self.open_list = QTreeWidget()
        self.open_list.setHeaderHidden(True)
        self.open_list.setAccessibleName(self.tr("What is still to do"))
        self._fill(points)
        note = QLabel(
            self.tr(
                "You can export now and again later: every export gets a higher version number and "
                "the chair keeps the newest. Unfinished evaluations are included, marked as such."
            )
            if points
            else self.tr("Everything is scored and commented.")
        )
        note.setWordWrap(True)

        self.folder = QLineEdit(settings.last_export_folder or str(Path.home()))
        self.folder.setAccessibleName(self.tr("Export folder"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of your key"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.key_warning = key_exposure_note(self)
        identity = session.workspace.identity.get()
        show_key_exposure(self.key_warning, identity.key_file if identity else None)
        form = QFormLayout()
        form.addRow(self.tr("Save in:"), folder_row)
        form.addRow(self.key_warning)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.problem)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Sign and export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if points:
            layout.addWidget(QLabel(self.tr("Still to do:")))
            layout.addWidget(self.open_list, 1)
        else:
            self.open_list.hide()
        layout.addWidget(note)
        layout.addLayout(form)
        add_buttons(layout, self.buttons, self.export_button)
        self.passphrase.setFocus()

    def _fill(self, points) -> None:
        language = current_language()
        manifest = self.session.manifest
        checklist = {i.code: i.text.get(language) for i in manifest.checklist}
        for point in points:
            submission = manifest.submission(point.code)
            item = QTreeWidgetItem([f"{point.code} — {submission.title}"])
            for code in point.unscored:
                title = manifest.rubric.get(code).title.get(language)
                item.addChild(
                    QTreeWidgetItem([self.tr("not scored: {criterion}").format(criterion=title)])
                )
            for code in point.uncommented:
                title = manifest.rubric.get(code).title.get(language)
                item.addChild(
                    QTreeWidgetItem([self.tr("no comment: {criterion}").format(criterion=title)])
                )
            for code in point.unconfirmed:
                item.addChild(
                    QTreeWidgetItem([self.tr("not confirmed: {item}").format(item=checklist[code])])
                )
            self.open_list.addTopLevelItem(item)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save results in"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def export(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        if not folder.is_dir():  # "Save in" names a folder: never a file named like one
            self._say(
                self.tr(
                    "There is no folder {path}. Choose one with Choose…, or make it first."
                ).format(path=folder),
                self.folder,
            )
            return
        passphrase = self.passphrase.text()
        workspace, package_id = self.session.workspace, self.session.package_id
        self.export_button.setEnabled(False)
        self.problem.hide()
        self.tasks.run(
            lambda _p, _c: workspace.results.export(package_id, passphrase, folder),
            parent=self,
            title=self.tr("Signing your results…"),
            on_success=self._exported,
            on_failure=self._failed,
        )

    def _exported(self, info: ExportInfo) -> None:
        self.result = info
        self.settings.last_export_folder = str(info.path.parent)
        save(self.settings)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, KeyFileError) and error.code == "wrong_passphrase":
            self._say(
                self.tr("That passphrase does not open your key. Try again."), self.passphrase
            )
            return
        show_error(self, self.windowTitle(), error)

    def _say(self, problem: str, field: QLineEdit) -> None:
        """What stops the export, under the fields; the field to correct is ready to type."""
        self.problem.setText(problem)
        self.problem.show()
        field.selectAll()
        field.setFocus()


def show_export_result(parent: QWidget, info: ExportInfo) -> QMessageBox:
    """Where the file went, with a way to open its folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("ExportDialog", "Results exported"))
    box.setText(
        translate(
            "ExportDialog",
            "Your signed results (version {n}) are in:\n{path}\n\n"
            "Hand this file to the panel chair.",
        ).format(n=info.sequence, path=info.path)
    )
    open_folder = box.addButton(
        translate("ExportDialog", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    open_folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(info.path.parent)))
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
