"""The juror's choice of evaluation sheets to print or save: blank or filled, this submission
or all assigned ones.

Blank sheets are for scoring on paper (a field visit, a power cut); filled sheets carry the
juror's scores for a wet signature. A filled sheet is printed only from the juror's last
*exported* result file, checked against the package again, never from the unsigned workspace:
the paper then shows exactly what the chair receives and compares.
"""

from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.competition import Manifest
from app.errors import WorkspaceError
from app.formats.result import MAX_RESULT_BYTES
from app.i18n import os_problem, translate
from app.local_time import format_file_time
from app.reports.sheets import assigned_pairs, render_blank_sheets, write_filled_sheets
from ui.dialogs import add_buttons
from ui.printing import Cancel, MakePdf, Progress
from ui.session import JurorSession


@dataclass(frozen=True)
class WorkspacePackage:
    """The package as the workspace keeps it (verified when it was imported)."""

    manifest: Manifest
    manifest_sha256: str


@dataclass(frozen=True)
class LastExport:
    path: Path
    sequence: int
    created: str


class SheetsDialog(QDialog):
    def __init__(
        self, session: JurorSession, code: str | None, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.code = session, code
        self.setWindowTitle(self.tr("Evaluation sheets"))
        self.juror_id = session.workspace.packages.get(session.package_id).juror_id
        self.assigned = session.manifest.assigned(self.juror_id)
        self.last = self._last_export()

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Which sheet?</b>")))
        self.blank = QRadioButton(self.tr("&Blank sheet, to score on paper (with its QR code)"))
        self.filled = QRadioButton(self.tr("&Filled sheet, with your scores, to sign"))
        kinds = QButtonGroup(self)
        for button in (self.blank, self.filled):
            kinds.addButton(button)
            layout.addWidget(button)
        self.blank.setChecked(True)
        self.filled_note = QLabel()
        self.filled_note.setWordWrap(True)
        self.filled_note.setIndent(22)
        if self.last is None:
            self.filled.setEnabled(False)
            self.filled_note.setText(
                self.tr(
                    "Filled sheets are printed from your signed result file. Export your results "
                    "first (File → Finish and export results…)."
                )
            )
        else:
            self.filled_note.setText(
                self.tr(
                    "From your last exported result file, version {n} ({when}): changes made "
                    "after it are not on the sheet; export again to include them."
                ).format(n=self.last.sequence, when=format_file_time(self.last.created))
            )
        layout.addWidget(self.filled_note)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("<b>For which submissions?</b>")))
        self.current = QRadioButton(self.tr("&This submission ({code})").format(code=code or "–"))
        count = len(self.assigned)
        self.all = QRadioButton(self.tr("&All {n} submissions assigned to you").format(n=count))
        scope = QButtonGroup(self)
        for button in (self.current, self.all):
            scope.addButton(button)
            layout.addWidget(button)
        self.current.setEnabled(code is not None)
        (self.current if code is not None else self.all).setChecked(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        text = self.tr("&Print…") if action == "print" else self.tr("&Save as PDF…")
        self.ok_button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        add_buttons(layout, buttons, self.ok_button)

    def _last_export(self) -> LastExport | None:
        history = self.session.workspace.results.history(self.session.package_id)
        for record in reversed(history):
            if record.path and Path(record.path).is_file():
                return LastExport(Path(record.path), record.sequence, record.created_at)
        return None

    # --- what was chosen -------------------------------------------------------------------

    def codes(self) -> list[str]:
        if self.current.isChecked() and self.code is not None:
            return [self.code]
        return list(self.assigned)

    def suggested_name(self) -> str:
        kind = "filled" if self.filled.isChecked() else "blank"
        which = self.codes()[0] if len(self.codes()) == 1 else "all"
        return f"{self.juror_id}_{which}_{kind}.pdf"

    def title(self) -> str:
        if self.filled.isChecked():
            return self.tr("Filled evaluation sheets")
        return self.tr("Blank evaluation sheets")

    def make_pdf(self) -> MakePdf:
        """The chosen sheets as a PDF, to be made off the GUI thread (reads nothing from the
        dialog once it is closed)."""
        manifest, codes, juror_id = self.session.manifest, self.codes(), self.juror_id
        if not self.filled.isChecked():

            def blank(progress: Progress, cancelled: Cancel) -> bytes:
                buffer = io.BytesIO()
                render_blank_sheets(
                    manifest,
                    assigned_pairs(manifest, [juror_id], codes),
                    buffer,
                    progress=progress,
                    cancelled=cancelled,
                )
                return buffer.getvalue()

            return blank
        assert self.last is not None  # the choice is disabled without an export
        package = WorkspacePackage(
            manifest, self.session.workspace.packages.get(self.session.package_id).manifest_sha256
        )
        source = self.last.path

        def filled(progress: Progress, cancelled: Cancel) -> bytes:
            try:
                if source.stat().st_size > MAX_RESULT_BYTES:
                    raise OSError("too large")
                data = source.read_bytes()
            except OSError as exc:
                raise WorkspaceError(
                    translate(
                        "SheetsDialog",
                        "Your last result file {path} cannot be read ({error}); "
                        "export your results again.",
                    ).format(path=source, error=os_problem(exc)),
                    code="result_unreadable",
                ) from exc
            with tempfile.TemporaryDirectory(prefix="juri-sheets-") as folder:
                target = Path(folder) / "filled.pdf"
                write_filled_sheets(
                    package, data, target, submissions=codes, progress=progress, cancelled=cancelled
                )
                return target.read_bytes()

        return filled
