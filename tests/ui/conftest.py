"""GUI fixtures: the real demo package (built once), and the app started the way a juror starts
it, closed cleanly after each test so the workspace lock is released."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.crypto.keys import read_private_key
from app.demo.create import DemoInfo
from app.package.builder import BuildRequest, build_package
from app.services.wiring import open_workspace
from tests.factory import PASSPHRASE
from ui.app import Launcher
from ui.main_window import MainWindow


@pytest.fixture(scope="session")
def demo(simulated_demo: DemoInfo) -> DemoInfo:
    """The demo competition (tests/conftest.py), only read here: its inputs (spreadsheet,
    sixteen proposal PDFs, rubric, roster), the secretariat's key and the signed package."""
    return simulated_demo


@pytest.fixture
def package_for(demo: DemoInfo, tmp_path: Path) -> Callable[..., Path]:
    """What the secretariat does with a juror's public key file: build the demo's package
    again with that juror in the roster (scoring every submission)."""

    def build(public_key_file: Path, juror_id: str = "J09", round_id: str = "desk") -> Path:
        roster = tmp_path / "roster.csv"
        text = (demo.folder / "input" / "roster.csv").read_text(encoding="utf-8")
        shutil.copyfile(public_key_file, tmp_path / "new.pub.json")
        roster.write_text(text + f"{juror_id},Juri Uji,new.pub.json\n", encoding="utf-8")
        secretariat = read_private_key(
            demo.folder / "secretariat" / "sekretariat.key", demo.passphrase
        )
        report = build_package(
            BuildRequest(
                submissions=demo.folder / "input" / "submissions.xlsx",
                files_dir=demo.folder / "input" / "proposals",
                rubric=demo.folder / "input" / "rubric.json",
                roster=roster,
                key=secretariat,
                secretariat_name="Sekretariat KIPP",
                output=tmp_path / f"kipp-{round_id}.juripkg",
                round_id=round_id,
                package_id=f"kipp-2023-{round_id}-test",
            )
        )
        return report.path

    return build


@pytest.fixture
def launch(qtbot) -> Iterator[Callable[..., Launcher]]:
    launchers: list[Launcher] = []

    def start(
        workspace: Path | None = None, package: Path | None = None, language: str = "en"
    ) -> Launcher:
        launcher = Launcher(workspace, package, language)
        launchers.append(launcher)
        launcher.begin()
        return launcher

    yield start
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)  # close() alone is ignored by a message box without an Escape button
    for launcher in launchers:
        launcher.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def juror_window(qtbot, launch, package_for, isolated_home) -> Callable[..., MainWindow]:
    """The juror's window open on a package built with a new juror's key, as File → Open
    package… opens it; the "package opened" box dismissed, the window active."""

    def open_round(round_id: str = "desk", language: str = "en") -> MainWindow:
        package = package_for(new_juror(isolated_home), round_id=round_id)
        window = ready_window(qtbot, launch(language=language))
        window.open_package_file(package)
        qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
        qtbot.waitUntil(lambda: bool(message_boxes()), timeout=5_000)
        message_boxes()[0].done(0)
        activate(qtbot, window)
        return window

    return open_round


def message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def ready_window(qtbot, launcher: Launcher) -> MainWindow:
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10_000)
    return launcher.window


def new_juror(home: Path, juror_id: str = "J09") -> Path:
    """A juror who went through the first run (key and pact) in the default workspace;
    returns their public key file."""
    with open_workspace() as ws:
        ws.identity.create(juror_id, "Juri Uji", PASSPHRASE)
        ws.identity.accept_pact()
        return ws.identity.export_public_key(home / f"{juror_id}.pub.json")


def activate(qtbot, window) -> None:
    """Make ``window`` the active window, as a click on it would (keys go to its focus)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3_000)
