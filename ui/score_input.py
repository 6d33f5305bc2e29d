"""Entering one criterion's score: a spin box over exactly the scale's allowed values, plus a
row of buttons for the mouse. Invalid values cannot be typed; "–" means not scored yet."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QToolTip,
    QWidget,
)

from app.domain.numbers import parse_decimal
from app.domain.rubric import Scale
from app.i18n import format_number

UNSCORED = -1
MAX_BUTTONS = 11
DIGITS = frozenset("0123456789")
COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class ScoreSpinBox(QSpinBox):
    """Index −1 is "not scored"; index i is the scale's i-th allowed value.

    Keyboard: type the value (``7``, ``7,5``), arrows step, Enter commits and moves to the
    comment; leaving the field (Tab, a click) commits too.
    """

    committed = Signal(object)  # Decimal or None
    enterPressed = Signal()

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = scale.values()
        self.setRange(UNSCORED, len(self.values) - 1)
        self.setSpecialValueText("–")
        self.setValue(UNSCORED)
        self.setKeyboardTracking(False)  # commit on Enter, Tab, focus out or arrows
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(72)
        self.valueChanged.connect(lambda _index: self.committed.emit(self.score()))

    def score(self) -> Decimal | None:
        index = self.value()
        return None if index == UNSCORED else self.values[index]

    def show_saved(self, value: Decimal | None) -> None:
        """Show a saved value without announcing it as a new one (unlike the session's
        ``set_score``, which changes and saves)."""
        self.blockSignals(True)
        self.setValue(UNSCORED if value is None else self.values.index(value))
        self.blockSignals(False)

    def textFromValue(self, index: int) -> str:
        return "–" if index == UNSCORED else format_number(self.values[index])

    def valueFromText(self, text: str) -> int:
        value = self._parse(text)
        return UNSCORED if value is None else self.values.index(value)

    def _parse(self, text: str) -> Decimal | None:
        text = text.strip()
        if text in ("", "–", "-"):
            return None
        try:
            value = parse_decimal(text, allow_comma=True)
        except ValueError:
            return None
        return value if value in self.values else None

    def validate(self, text: str, position: int):
        """(state, text, position): PySide6 needs the whole tuple back from this in/out
        virtual; returning the state alone corrupts reference counts."""
        return self._state(text), text, position

    def _state(self, text: str) -> QValidator.State:
        stripped = text.strip()
        if stripped in ("", "–", "-") or self._parse(stripped) is not None:
            return QValidator.State.Acceptable
        shown = [format_number(v) for v in self.values] + [str(v) for v in self.values]
        if any(option.startswith(stripped) for option in shown):
            return QValidator.State.Intermediate
        return QValidator.State.Invalid

    def fixup(self, text: str) -> str:
        return text if self._parse(text) is not None else "–"

    def commit_typed(self) -> None:
        """Enter what is typed in the field but not entered yet, as Tab would."""
        if self.text() != self.textFromValue(self.value()):
            self.interpretText()

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab commits the typed value, then moves on along the panel's Tab order."""
        self.interpretText()
        return super().focusNextPrevChild(forward)

    def event(self, event) -> bool:
        """Undo and redo belong to the app here, not to the text of the field: a score is
        saved the moment it is entered, so Ctrl+Z should take that saved change back."""
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()
            return False
        return super().event(event)

    def focusInEvent(self, event) -> None:
        """However the field is reached (click, Tab, shortcut), typing replaces its value."""
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()
            self.enterPressed.emit()
            return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.setValue(UNSCORED)
            return
        typed = event.text()
        if typed and typed in DIGITS and not event.modifiers() & COMMAND_MODIFIERS:
            self._make_room(typed)
        super().keyPressEvent(event)

    def _make_room(self, typed: str) -> None:
        """A digit always takes: where it cannot extend what is there ("–7" after the cursor
        was sent to the end, "75" on a scale up to 10), it starts the value afresh. One that
        no value on the scale starts with is refused out loud, never dropped in silence."""
        edit = self.lineEdit()
        text = edit.text()
        start = edit.selectionStart() if edit.hasSelectedText() else edit.cursorPosition()
        end = start + len(edit.selectedText())
        if self._state(text[:start] + typed + text[end:]) != QValidator.State.Invalid:
            return
        edit.selectAll()
        if self._state(typed) == QValidator.State.Invalid:
            QToolTip.showText(
                self.mapToGlobal(self.rect().bottomLeft()),
                self.tr("{typed} is not a score on this scale ({lowest}–{highest}).").format(
                    typed=typed,
                    lowest=format_number(self.values[0]),
                    highest=format_number(self.values[-1]),
                ),
                self,
            )


class ScoreButtons(QWidget):
    """One button per allowed value (small scales only), kept out of the Tab chain."""

    clicked = Signal(int)  # the index into the scale's values

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        values = scale.values()
        if len(values) > MAX_BUTTONS:
            self.hide()
            return
        for index, value in enumerate(values):
            button = QPushButton(format_number(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            width = button.fontMetrics().horizontalAdvance(format_number(values[-1])) + 14
            button.setFixedWidth(max(26, width))
            button.setAccessibleName(format_number(value))
            self.group.addButton(button, index)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self.clicked)

    def show_index(self, index: int) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == index)
        self.group.setExclusive(True)
