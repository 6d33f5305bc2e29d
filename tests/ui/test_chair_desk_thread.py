"""The chair's desk belongs to the task thread: a change of settings made while desk work runs
reaches the desk only as work queued after it, never in the middle of it (issue 15, item 2)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from app import settings
from app.demo.create import DemoInfo
from tests.factory import copy_demo
from tests.ui.conftest import message_boxes
from ui.chair.launcher import ChairLauncher


def test_settings_changed_during_desk_work_wait_for_it(
    qtbot, simulated_demo: DemoInfo, tmp_path: Path
) -> None:
    demo = copy_demo(simulated_demo, tmp_path / "juri-demo")
    preferences = settings.load()
    preferences.language = "en"
    settings.save(preferences)
    launcher = ChairLauncher(demo.package, demo.results, "en")
    launcher.begin()
    window = launcher.window
    release, seen = threading.Event(), []
    try:
        qtbot.waitUntil(
            lambda: (
                window.busy == 0
                and window.report is not None
                and len(window.report.intake.accepted) == len(demo.results)
            ),
            timeout=30_000,
        )
        desk, before = window.desk, window.desk.options
        assert window.report.min_evaluations != 3

        def long_work(_progress, _cancelled) -> None:  # a merge still running, as it were
            release.wait(10)
            seen.append(desk.options)

        window.run(long_work, "…", lambda _result: None, "…")
        window.minimum_choice.setValue(3)  # the chair types a minimum while it runs
        window.minimum_choice.editingFinished.emit()
        assert window.options.min_evaluations == 3  # the window has it at once …
        assert desk.options is before  # … the desk, which the worker reads, not yet
        release.set()
        qtbot.waitUntil(
            lambda: window.busy == 0 and window.report.min_evaluations == 3, timeout=30_000
        )
        assert seen == [before]  # the running work saw one set of options throughout
        assert desk.options.min_evaluations == 3
        assert desk.options.accepted_keys == before.accepted_keys
    finally:
        release.set()
        for box in message_boxes():
            box.done(0)
        launcher.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
