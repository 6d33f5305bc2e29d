"""Collecting the &-accelerators (Alt+letter) of a window or dialog, scope by scope.

Within one scope an Alt+letter must belong to one control only, or the key does something
other than what the underlined letter promises (Qt cycles between the owners, or takes the
first). The scopes: every menu on its own; and a window's menu bar together with everything
shown in the window (buttons, check and radio boxes, labels with a buddy, group boxes, tabs),
as they share the window's Alt keys.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)


def accelerator(text: str) -> str | None:
    key = QKeySequence.mnemonic(text).toString()
    return key or None


def window_texts(window: QWidget) -> list[str]:
    """The texts that give ``window`` an Alt key, as it is shown now."""
    texts = []
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return texts


def menus(window: QMainWindow) -> list[QMenu]:
    found, todo = [], [a.menu() for a in window.menuBar().actions() if a.menu()]
    while todo:
        menu = todo.pop()
        found.append(menu)
        todo += [a.menu() for a in menu.actions() if a.menu()]
    return found


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """Alt keys held by more than one text in one scope."""
    owners: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        key = accelerator(text)
        if key:
            owners[key].append(text)
    return {key: names for key, names in owners.items() if len(names) > 1}


def all_clashes(scopes: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    return {name: found for name, texts in scopes.items() if (found := clashes(texts))}


def scopes_of(window: QWidget, name: str) -> dict[str, list[str]]:
    scopes = {name: window_texts(window)}
    if isinstance(window, QMainWindow):
        for menu in menus(window):
            scopes[f"{name} › {menu.title()}"] = [
                a.text() for a in menu.actions() if not a.isSeparator()
            ]
    return scopes
