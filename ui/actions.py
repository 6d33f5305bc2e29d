"""Menu and keyboard actions, made the same way in every Juri window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def add_action(
    owner: QWidget, text: str, slot: Callable[[], Any], shortcut=None, name: str = ""
) -> QAction:
    """An action on ``owner`` (so its shortcut works wherever the focus is in the window);
    ``shortcut`` is a key text or a standard key, which gets every binding of the platform,
    not just the first. ``slot`` is called without the ``checked`` flag."""
    action = QAction(text, owner)
    action.triggered.connect(lambda _checked=False: slot())
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setObjectName(name)
    owner.addAction(action)
    return action
