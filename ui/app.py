"""Starting the juror's app: the application object, language, theme, workspace, first run."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, ORGANIZATION, __version__, i18n, settings
from app.errors import JuriError
from app.paths import resource_path
from app.services.wiring import Services, open_workspace
from ui import theme
from ui.main_window import MainWindow
from ui.main_window_base import switch_language
from ui.tasks import TaskRunner
from ui.wizard import FirstRunWizard


def application() -> QApplication:
    """The one QApplication, made before any translator is installed."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):  # pragma: no cover - a CLI run made a core app
        raise RuntimeError("a QCoreApplication exists; the GUI needs a QApplication")
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    icon = resource_path("icons", "juri.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


class Launcher(QObject):
    """Opens the workspace, runs the first-run wizard when needed, then shows the window.

    Nothing here blocks in a nested event loop, so tests drive each step as a user would.
    """

    ready = Signal(object)  # the MainWindow
    stopped = Signal(int)  # an exit code: Juri cannot or should not go on

    def __init__(
        self,
        workspace_dir: Path | None = None,
        open_path: Path | None = None,
        language: str | None = None,
    ) -> None:
        self.app = application()
        super().__init__(self.app)
        self.workspace_dir, self.open_path, self.language = workspace_dir, open_path, language
        self.workspace: Services | None = None
        self.window: MainWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.notice: QMessageBox | None = None
        self.tasks = TaskRunner(self)
        self.preferences = settings.load()

    def begin(self) -> None:
        i18n.install(self.language or self.preferences.language)
        theme.apply(self.app, self.preferences.theme)
        try:
            self.workspace = open_workspace(self.workspace_dir)
        except JuriError as error:
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, error.message)
            box.finished.connect(lambda _result: self.stopped.emit(1))
            box.open()
            self.refusal = box
            return
        for notice in self.workspace.notices:  # a damaged database was restored: say so
            self.notice = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, notice)
            self.notice.open()
        identity = self.workspace.identity.get()
        if identity is None or not identity.pact_accepted:
            self.wizard = FirstRunWizard(self.workspace, self.preferences, self.tasks)
            self.wizard.accepted.connect(self._show_window)
            self.wizard.rejected.connect(self._left_first_run)
            self.wizard.show()
            return
        self._show_window()

    def _left_first_run(self) -> None:
        self.tasks.wait()
        self.workspace.close()
        self.workspace = None
        self.stopped.emit(0)

    def _show_window(self) -> None:
        self.preferences = settings.load()  # the wizard may have changed the language
        window = MainWindow(self.workspace, self.preferences, self.tasks)
        window.show()
        self._open(window)
        self.ready.emit(window)

    def _open(self, window: MainWindow) -> None:
        """The package asked for, else the one open last (where the juror left off)."""
        window.languageChosen.connect(self._switch_language)
        known = [p.id for p in self.workspace.packages.list()]
        if self.open_path is not None:
            window.open_package_file(self.open_path)
        elif self.preferences.last_package in known:
            window.show_package(self.preferences.last_package)
        elif len(known) == 1:  # e.g. the demo: straight to the only package there is
            window.show_package(known[0])
        self.open_path = None
        self.window = window

    def _switch_language(self, language: str) -> None:
        if self.window is None or self.workspace is None:
            return
        workspace, preferences = self.workspace, self.preferences
        self._open(
            switch_language(
                self.window, language, lambda: MainWindow(workspace, preferences, self.tasks)
            )
        )

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        self.tasks.wait()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None


READY = "juri: window ready"  # printed with --quit-when-ready: the bench times its start to it


def _ready(app: QApplication) -> None:
    """The window shows its package and the events it posted are done: say so, and quit."""
    print(READY, flush=True)
    app.quit()


def run(
    workspace_dir: Path | None = None,
    open_path: Path | None = None,
    language: str | None = None,
    *,
    quit_when_ready: bool = False,
) -> int:
    """Run the app until its window closes (or, with ``quit_when_ready``, until the window is
    shown: how start-up time is measured)."""
    launcher = Launcher(workspace_dir, open_path, language)
    app = launcher.app
    exit_code: list[int] = []
    launcher.stopped.connect(lambda code: (exit_code.append(code), app.quit()))
    if quit_when_ready:
        launcher.ready.connect(lambda _window: QTimer.singleShot(0, lambda: _ready(app)))
    launcher.begin()
    code = app.exec() if not exit_code else exit_code[0]
    launcher.close()
    return exit_code[0] if exit_code else code
