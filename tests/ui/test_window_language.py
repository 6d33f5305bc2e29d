"""Both windows switch language the same way (View → Language, then Enter on "switch now"):
a new window in the new language, where the old one was (issue 15, item 9)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow

from app import settings
from app.demo.create import DemoInfo
from tests.factory import copy_demo
from tests.ui.conftest import activate, message_boxes, new_juror, ready_window
from ui.chair.launcher import ChairLauncher

ENGLISH_MENUS = ["&File", "&Edit", "&Scoring", "&View", "&Help"]


def menus(window: QMainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def english_settings() -> None:
    preferences = settings.load()
    preferences.language = "en"
    settings.save(preferences)


def choose_language_and_switch(qtbot, window: QMainWindow, name: str) -> None:
    """View → Language → ``name``, then Enter in the box that asks whether to switch now."""
    choice = next(a for a in window.findChildren(QAction) if a.text() == name)
    choice.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=3_000)
    box = message_boxes()[0]
    activate(qtbot, box)
    qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Return)


def test_the_jurors_window_switches_language_where_the_juror_was(
    qtbot, launch, package_for, isolated_home
) -> None:
    package = package_for(new_juror(isolated_home))
    english_settings()
    launcher = launch(language="en")
    window = ready_window(qtbot, launcher)
    window.open_package_file(package)
    qtbot.waitUntil(lambda: window.view is not None and bool(message_boxes()), timeout=15_000)
    message_boxes()[0].done(0)
    window.view.select("KIPP23-009")
    window.tab_actions[1].trigger()
    assert menus(window) == ENGLISH_MENUS

    choose_language_and_switch(qtbot, window, "Bahasa Indonesia")
    qtbot.waitUntil(lambda: launcher.window is not window, timeout=10_000)
    new = launcher.window
    assert menus(new) == ["&Berkas", "&Sunting", "&Penilaian", "&Tampilan", "Ba&ntuan"]
    assert new.open_action.text() == "&Buka paket…"
    assert new.view.code == "KIPP23-009" and new.view.tabs.currentIndex() == 1
    assert new.isVisible() and not window.isVisible()
    assert settings.load().language == "id"

    choose_language_and_switch(qtbot, new, "English")  # and back, the same way
    qtbot.waitUntil(lambda: launcher.window is not new, timeout=10_000)
    assert menus(launcher.window) == ENGLISH_MENUS


def test_the_chairs_window_switches_language_keeping_the_report(
    qtbot, simulated_demo: DemoInfo, tmp_path: Path
) -> None:
    demo = copy_demo(simulated_demo, tmp_path / "juri-demo")
    english_settings()
    launcher = ChairLauncher(demo.package, demo.results, "en")
    launcher.begin()
    window = launcher.window
    try:
        qtbot.waitUntil(
            lambda: (
                window.busy == 0
                and window.report is not None
                and len(window.report.intake.accepted) == len(demo.results)
            ),
            timeout=30_000,
        )
        window.tabs.setCurrentWidget(window.ranking)
        assert menus(window) == ["&File", "&Merge", "&View", "&Help"]
        assert window.windowTitle().endswith("— Panel chair — Juri")
        report = window.report

        choose_language_and_switch(qtbot, window, "Bahasa Indonesia")
        qtbot.waitUntil(lambda: launcher.window is not window, timeout=10_000)
        new = launcher.window
        assert menus(new) == ["&Berkas", "Gab&ung", "&Tampilan", "Ba&ntuan"]
        assert new.windowTitle().endswith("— Ketua tim panel — Juri")
        assert new.tabs.tabText(new.tabs.currentIndex()) == "&Peringkat"
        assert new.report is report and new.ranking.isVisible()
        assert not window.isVisible() and settings.load().language == "id"
    finally:
        for box in message_boxes():
            box.done(0)
        launcher.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
