"""The chair's tie-break order: which criteria (and the number of complete evaluations)
separate equal scores, and in which order. A list the chair ticks and reorders with the
keyboard (Space ticks, Ctrl+↑/Ctrl+↓ or the buttons move); the result is the same list of
keys ``juri merge --tie-break`` takes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.rubric import Rubric
from app.i18n import current_language, format_number
from app.merge.ranking import DEFAULT_TIE_BREAK, EVALUATIONS, resolve_tie_break

KEY_ROLE = Qt.ItemDataRole.UserRole


class TieBreakDialog(QDialog):
    """Starts from the order in force (``current``, resolved: criterion codes and
    ``evaluations``); :meth:`order` is the ticked keys, top to bottom."""

    def __init__(self, parent: QWidget | None, rubric: Rubric, current: tuple[str, ...]) -> None:
        super().__init__(parent)
        self.rubric = rubric
        self.setWindowTitle(self.tr("Tie-break order"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Equal scores are separated by the ticked items, from the top: a criterion by its "
                "mean score, higher first; the number of complete evaluations, more first. What "
                "none of them separates is a tie and shares a place. Space ticks; Ctrl+Up and "
                "Ctrl+Down move the selected item."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(self.tr("&Order:"))
        self.list = QListWidget()
        self.list.setObjectName("tie_break_order")
        self.list.setAccessibleName(self.tr("Tie-break order, from the top"))
        label.setBuddy(self.list)
        layout.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.reset = QPushButton(self.tr("&Heaviest criteria first"))
        self.reset.setToolTip(
            self.tr(
                "The default: every weighted criterion, heaviest first, "
                "then the number of complete evaluations"
            )
        )
        for button, slot in (
            (self.up, lambda: self.move(-1)),
            (self.down, lambda: self.move(1)),
            (self.reset, self.use_default),
        ):
            button.clicked.connect(slot)
            side.addWidget(button)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row)
        QShortcut(QKeySequence("Ctrl+Up"), self.list, lambda: self.move(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.list, lambda: self.move(1))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fill(current)
        self.list.setFocus()

    def _text(self, key: str) -> str:
        if key == EVALUATIONS:
            return self.tr("Number of complete evaluations")
        criterion = self.rubric.get(key)
        return self.tr("{code} · {title} (weight {weight})").format(
            code=key,
            title=criterion.title.get(current_language()),
            weight=format_number(criterion.weight),
        )

    def fill(self, ticked: tuple[str, ...]) -> None:
        """The ticked keys in their order, then the others in rubric order, unticked."""
        self.list.clear()
        rest = [k for k in (*self.rubric.codes, EVALUATIONS) if k not in ticked]
        for key in (*ticked, *rest):
            item = QListWidgetItem(self._text(key))
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def use_default(self) -> None:
        self.fill(resolve_tie_break(DEFAULT_TIE_BREAK, self.rubric))

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def order(self) -> tuple[str, ...]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(
            item.data(KEY_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked
        )
