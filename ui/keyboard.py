"""Who gets a key when a window shortcut and the focused field both want it.

Qt asks the focused widget first (a "shortcut override"), and a text field claims every key it
has a use for: on Linux a line edit takes Ctrl+E as "end of line", so Ctrl+E (export) did
nothing while the cursor was in a score or a search field. The other way round, the window's
Alt+↓ (next submission) took the key a combo box needs to open. :class:`KeyArbiter` settles
both for one window: its menu shortcuts win wherever the focus is, except the few keys a widget
cannot be used without.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

Key = Qt.Key
Alt = Qt.KeyboardModifier.AltModifier
# the keys that open a combo box's list (Alt+↓ / Alt+↑ everywhere, F4 on Windows)
COMBO_KEYS = frozenset(
    {
        QKeyCombination(Alt, Key.Key_Down),
        QKeyCombination(Alt, Key.Key_Up),
        QKeyCombination(Key.Key_F4),
    }
)


ARROWS = {"Up": "↑", "Down": "↓", "Left": "←", "Right": "→"}


def key_text(sequence: QKeySequence) -> str:
    """A shortcut as the keyboard shows it, arrows as arrows ("Alt+↓", not "Alt+Down", as
    the guide and the help's own first lines write them) in either language."""
    text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return "+".join(ARROWS.get(part, part) for part in text.split("+"))


def action_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """The keyboard help's rows for menu actions: each one's text and its key, leaving out an
    action with no key on this desktop (Quit on some)."""
    return [
        (action.text().replace("&", ""), key_text(action.shortcut()))
        for action in actions
        if not action.shortcut().isEmpty()
    ]


def _combination(sequence: QKeySequence) -> QKeyCombination | None:
    return sequence[0] if sequence.count() == 1 else None


class KeyArbiter(QObject):
    """An application event filter for one window. Undo and redo are not among ``actions``:
    in a comment being typed, Ctrl+Z takes back the typing first (the score field hands them
    to the window itself, see :class:`ui.score_input.ScoreSpinBox`)."""

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = tuple(actions)
        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(self.detach)

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def window_keys(self) -> set[QKeyCombination]:
        """The shortcuts of the window's enabled actions, as single key combinations."""
        keys = set()
        for action in self.actions:
            if action.isEnabled():
                keys.update(k for k in map(_combination, action.shortcuts()) if k is not None)
        return keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.ShortcutOverride
            or not isinstance(watched, QWidget)
            or watched.window() is not self.window
        ):
            return False
        key = QKeyCombination(
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier, Key(event.key())
        )
        if key in COMBO_KEYS and _inside_combo(watched):
            event.accept()  # the combo box gets the key press and opens its list
            return True
        if key in self.window_keys():
            event.ignore()  # not the widget's: the shortcut fires
            return True
        return False


def _inside_combo(widget: QWidget | None) -> bool:
    while widget is not None and not widget.isWindow():
        if isinstance(widget, QComboBox):
            return True
        widget = widget.parentWidget()
    return False
