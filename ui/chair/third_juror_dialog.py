"""Another juror for a flagged submission: the chair ticks jurors of the roster not assigned
to it (each with the number of submissions they have already) and saves the assignments file
the secretariat signs with ``juri package amend`` (the chair does not sign packages)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.competition import Manifest
from app.errors import JuriError
from app.merge.third_juror import add_assignments, candidates
from ui.dialogs import show_error

ID_ROLE = Qt.ItemDataRole.UserRole


class ThirdJurorDialog(QDialog):
    """Space ticks a juror; Save asks where to write the file (:meth:`save_to` writes it)."""

    saved = Signal(object, object)  # the Path written, every (juror, code) pair it holds

    def __init__(self, parent: QWidget | None, manifest: Manifest, code: str, ask_target) -> None:
        super().__init__(parent)
        self.code, self._ask_target, self.manifest = code, ask_target, manifest
        self.setWindowTitle(self.tr("Assign a third juror to {code}").format(code=code))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tick the jurors who should also score {code}. Juri writes an assignments file; "
                "the secretariat adds it to the package with juri package amend and sends the new "
                "version to the jurors. Results already given keep counting."
            ).format(code=code)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(self.tr("&Jurors not assigned to it (submissions they have):"))
        self.list = QListWidget()
        self.list.setObjectName("third_juror_candidates")
        self.list.setAccessibleName(self.tr("Jurors who could score {code}").format(code=code))
        label.setBuddy(self.list)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        for candidate in candidates(manifest, code):
            item = QListWidgetItem(
                self.tr("{id} · {name} ({n} submissions)").format(
                    id=candidate.juror.id, name=candidate.juror.name, n=candidate.load
                )
            )
            item.setData(ID_ROLE, candidate.juror.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        # each juror's whole line shows (names with titles are long), within reason
        self.list.setMinimumWidth(min(self.list.sizeHintForColumn(0) + 32, 640))
        self.empty = QLabel(
            self.tr(
                "Every juror of the roster is assigned to {code} already; "
                "a new juror needs a roster row too (juri package amend "
                "--roster)."
            ).format(code=code)
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.list.count() == 0)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Save assignments…")
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.itemChanged.connect(lambda _item: self._enable())
        self._enable()
        self.list.setFocus()

    def chosen(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.data(ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.chosen()))

    def _save(self) -> None:
        target = self._ask_target()
        if target is not None:
            self.save_to(target)

    def save_to(self, target: Path) -> None:
        """Add the choice to ``target`` (an assignments file saved for another flagged
        submission keeps its rows: the secretariat signs one amendment for them all)."""
        try:
            held = add_assignments(
                target, self.manifest, [(juror, self.code) for juror in self.chosen()]
            )
        except JuriError as error:
            self.refusal = show_error(self, self.windowTitle(), error)
            return
        self.saved.emit(target, held)
        self.accept()
