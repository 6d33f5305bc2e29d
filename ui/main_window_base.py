"""What the juror's and the chair's windows share: their settings and task runner, the
remembered size, the theme and language choices, the About box, the keyboard help (F1), and
saving on close.

A new language takes effect in a new window: the window says which language was chosen
(``languageChosen``) and its launcher builds the window again in that language with
:func:`switch_language` (the same package, submission and tab; the chair's same report), so
every menu, title and page is translated without a restart and without retranslation code in
each widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox

from app import i18n
from app.settings import Settings, save
from ui import theme
from ui.actions import add_action
from ui.saved_state import state_bytes, state_text
from ui.tasks import TaskRunner
from ui.view_menus import add_theme_and_language_menus

W = TypeVar("W", bound="JuriWindow")


class JuriWindow(QMainWindow):
    languageChosen = Signal(str)  # the language to switch to now

    geometry_setting = "window_geometry"  # the settings field keeping this window's size
    default_size = (1400, 860)

    _action = add_action  # self._action(text, slot, shortcut, name)

    def __init__(self, settings: Settings, tasks: TaskRunner) -> None:
        super().__init__()
        self.settings, self.tasks = settings, tasks
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 600)

    def restore_geometry(self) -> None:
        saved = getattr(self.settings, self.geometry_setting)
        if saved:
            self.restoreGeometry(state_bytes(saved))
            return
        width, height = self.default_size
        screen = self.screen().availableGeometry()
        fits = self.minimumWidth() <= screen.width() and self.minimumHeight() <= screen.height()
        if fits and (width > screen.width() or height > screen.height()):
            # a 1366×768 laptop, the commonest: the first size ran past the screen's bottom,
            # hiding the status line ("✓ Saved"); the window fills the screen instead
            self.resize(min(width, screen.width()), min(height, screen.height()))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(width, height)

    def add_view_choices(self, view_menu: QMenu) -> None:
        add_theme_and_language_menus(
            self, view_menu, self.settings, self.set_theme, self.set_language
        )

    def set_theme(self, key: str) -> None:
        self.settings.theme = key
        save(self.settings)
        theme.apply(QApplication.instance(), key)
        self.theme_changed()

    def theme_changed(self) -> None:
        """For what the palette does not repaint by itself (the chair's charts)."""

    def set_language(self, key: str) -> None:
        """Saved at once for the next start; asked whether to switch now (Enter: yes)."""
        if key == self.settings.language:
            return
        self.settings.language = key
        save(self.settings)
        translate = QCoreApplication.translate
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("JuriWindow", "Language"),
            translate(
                "JuriWindow", "Switch the window to the new language now? Your work is saved."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                box.standardButton(button) == QMessageBox.StandardButton.Yes
                and self.languageChosen.emit(key)
            )
        )
        box.open()
        self.language_box = box

    def show_shortcut_table(self, rows: list[tuple[str, str]]) -> None:
        """The keyboard help (F1): what each key does, one row each, in a box that Esc or
        Enter closes; each window lists its own keys."""
        table = "".join(
            f"<tr><td>{what}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>" for what, keys in rows
        )
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            QCoreApplication.translate("JuriWindow", "Keyboard shortcuts"),
            f"<table>{table}</table>",
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.shortcuts_box = box

    def about(self) -> None:
        from ui.about import show_about

        self.about_box = show_about(self)

    def keep_state(self) -> None:
        """Put what the next start restores into the settings (besides the window's size)."""

    def closeEvent(self, event) -> None:
        self.keep_state()
        setattr(self.settings, self.geometry_setting, state_text(self.saveGeometry()))
        save(self.settings)
        self.tasks.wait(10_000)
        super().closeEvent(event)


def switch_language(old: JuriWindow, language: str, build: Callable[[], W]) -> W:
    """The window again in ``language``: work in progress ends and reaches the old window,
    whose state is saved; then ``build`` makes the new one, shown before the old one closes
    (so the application never has no window)."""
    old.tasks.wait()
    QCoreApplication.processEvents()  # the finished work's results, to the old window
    old.keep_state()
    save(old.settings)
    i18n.install(language)
    window = build()
    window.show()
    old.close()
    old.deleteLater()
    return window
