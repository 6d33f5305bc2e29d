"""A round without a passing grade (the interview, as KIPP runs it) in the chair's window: a
new chair read "Passing grade: – — 0 of 4 pass", a count of passes under a grade that is not
there."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from tests.rounds.helpers import three_rounds
from ui.chair.launcher import ChairLauncher


def test_the_ranking_page_says_there_is_no_passing_grade(qtbot, tmp_path) -> None:
    pipeline = three_rounds(tmp_path / "kipp")
    stage = pipeline.stages["interview"]
    launcher = ChairLauncher(stage.package, [stage.merged], "en")
    launcher.begin()
    window = launcher.window
    try:
        qtbot.waitUntil(lambda: window.busy == 0 and window.report is not None, timeout=30_000)
        assert window.report.passing_grade is None
        text = window.ranking.summary.text()
        assert "No passing grade in this round." in text, text
        assert "pass." not in text.replace("passing grade in this round.", "")
        assert "0 of" not in text
    finally:
        launcher.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
