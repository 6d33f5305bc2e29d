"""The View menu's theme and language choices, the same in the juror's and the chair's windows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.settings import Settings

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))  # each named in its own language


def add_theme_and_language_menus(
    owner: QWidget,
    view_menu: QMenu,
    settings: Settings,
    set_theme: Callable[[str], None],
    set_language: Callable[[str], None],
) -> None:
    """Theme (system, light, dark) and language submenus, checked as ``settings`` says."""
    translate = QCoreApplication.translate
    themes = (
        ("system", translate("ViewMenus", "Follow the system")),
        ("light", translate("ViewMenus", "Light")),
        ("dark", translate("ViewMenus", "Dark")),
    )
    _choices(
        owner,
        view_menu.addMenu(translate("ViewMenus", "&Theme")),
        themes,
        settings.theme,
        set_theme,
    )
    _choices(
        owner,
        view_menu.addMenu(translate("ViewMenus", "&Language")),
        LANGUAGES,
        settings.language,
        set_language,
    )


def _choices(
    owner: QWidget, menu: QMenu, choices, current: str, choose: Callable[[str], None]
) -> None:
    group = QActionGroup(owner)
    for key, text in choices:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(current == key)
        action.triggered.connect(lambda _checked=False, k=key: choose(k))
        group.addAction(action)
