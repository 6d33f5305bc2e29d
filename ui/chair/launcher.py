"""Starting the chair's window: language, theme, the merge store, the package and the files
named on the command line. Like the juror's launcher, nothing here blocks in a nested event
loop, so tests drive each step as a chair would."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app import i18n, paths, settings
from app.errors import JuriError
from app.i18n import translate
from app.merge.desk import ChairDesk
from app.merge.store import MergeStore
from ui import theme
from ui.app import application
from ui.chair.window import ChairWindow, options_from
from ui.dialogs import show_error
from ui.main_window_base import switch_language
from ui.tasks import TaskRunner


class ChairLauncher(QObject):
    ready = Signal(object)  # the ChairWindow

    def __init__(
        self,
        packages: Path | Sequence[Path] | None = None,
        inputs: Sequence[Path] = (),
        language: str | None = None,
    ) -> None:
        """``packages``: the package, or each version of it the chair holds (the newest is
        used whatever the order, as when the chair opens them one after another)."""
        self.app = application()
        super().__init__(self.app)
        self.packages = [packages] if isinstance(packages, Path) else list(packages or ())
        self.inputs, self.language = list(inputs), language
        self.tasks = TaskRunner(self)
        self.preferences = settings.load()
        self.window: ChairWindow | None = None

    def open_store(self) -> tuple[MergeStore | None, JuriError | None]:
        """The shared store when one is set, else SQLite in the data folder; without a
        usable store the window still merges (the files of this session only)."""
        target = self.preferences.merge_store or paths.default_merge_store()
        try:
            return MergeStore(target), None
        except JuriError as error:
            return None, error

    def begin(self) -> None:
        i18n.install(self.language or self.preferences.language)
        theme.apply(self.app, self.preferences.theme)
        store, problem = self.open_store()
        desk = ChairDesk(store, options_from(self.preferences))
        window = ChairWindow(desk, self.preferences, self.tasks)
        window.show()
        window.languageChosen.connect(self._switch_language)
        self.window = window
        if problem is not None:
            show_error(window, translate("ChairWindow", "Merge store"), problem)
        packages = self.packages
        if (
            not packages
            and self.preferences.chair_package
            and Path(self.preferences.chair_package).is_file()
        ):
            packages = [Path(self.preferences.chair_package)]
        for earlier in packages[:-1]:  # opened in turn on the one task thread
            window.open_package(earlier)
        if packages:
            window.open_package(packages[-1], self.inputs)
        elif self.inputs:
            window.statusBar().showMessage(
                translate(
                    "ChairWindow",
                    "Open the package the results are for first (File → Open package).",
                )
            )
        self.ready.emit(window)

    def _switch_language(self, language: str) -> None:
        old = self.window
        if old is None:
            return

        def build() -> ChairWindow:
            window = ChairWindow(old.desk, self.preferences, self.tasks)
            window.take_over(old)
            return window

        self.window = switch_language(old, language, build)
        self.window.languageChosen.connect(self._switch_language)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        self.tasks.wait()
        if self.window is not None:
            self.window.desk.close()
            self.window.deleteLater()
            self.window = None


def run(
    packages: Path | Sequence[Path] | None = None,
    inputs: Sequence[Path] = (),
    language: str | None = None,
    *,
    quit_when_ready: bool = False,
) -> int:
    launcher = ChairLauncher(packages, inputs, language)
    app = launcher.app
    if quit_when_ready:
        launcher.ready.connect(lambda _window: QTimer.singleShot(0, app.quit))
    launcher.begin()
    code = app.exec()
    launcher.close()
    return code
