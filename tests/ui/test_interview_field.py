"""The interview and field rounds in the juror's window (issue 13, items 3 and 4): the
presentation timer driven by its keys on a fake clock, notes per question saved as typed, and
evidence attached, listed with its time and place, opened and removed by keys and clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from app.domain.evaluation import EvaluationStatus, QuestionNote
from tests.factory import tiny_pdf
from tests.photos import jpeg, png, write
from tests.ui.conftest import message_boxes
from ui.interview import PhaseClock, clock_text

pytestmark = pytest.mark.usefixtures("jakarta_time")  # photo times named WIB


class FakeClock:
    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds


def test_the_phase_clock_counts_each_phase_and_shows_time_over() -> None:
    now = FakeClock()
    clock = PhaseClock(7 * 60, 13 * 60, now)
    assert clock.remaining() == 420 and not clock.running
    clock.start()
    now.seconds += 0.4
    assert clock.remaining() == 420  # a started second still counts as left
    now.seconds += 60
    clock.pause()
    now.seconds += 500  # paused: nothing counts
    assert clock.remaining() == 360
    clock.start()
    now.seconds += 372.6
    assert clock.remaining() == -13 and clock_text(clock.remaining()) == "+0:13"
    clock.to_questions()
    assert clock.remaining() == 780 and clock.running
    now.seconds += 90
    assert clock_text(clock.remaining()) == "11:30"
    clock.reset()
    assert (clock.phase, clock.remaining(), clock.running) == (0, 420, False)


def test_the_interview_timer_runs_by_its_keys_while_scores_are_entered(qtbot, juror_window) -> None:
    win = juror_window("interview")
    timer = win.view.timer
    assert timer is not None and timer.isVisible()
    now = FakeClock()
    timer.clock.now = now
    assert (timer.phase_label.text(), timer.time_label.text()) == ("Presentation", "7:00")
    assert timer.plan.text() == "Presentation 7 min, questions 13 min"
    editor = win.view.scoring.editors[0]
    editor.spin.setFocus()
    qtbot.keyClick(editor.spin, Qt.Key.Key_F8)  # from a score field: the shortcut is the window's
    assert timer.clock.running and timer.ticker.isActive()
    assert timer.start_button.text() == "Pause (F8)"
    now.seconds += 95
    timer.ticker.timeout.emit()
    assert timer.time_label.text() == "5:25"
    qtbot.keyClicks(editor.spin, "8")
    qtbot.keyClick(editor.spin, Qt.Key.Key_Tab)  # a score entered while the presenter speaks
    state = win.session.workspace.scoring.evaluation(win.session.package_id, win.view.code)
    assert state.evaluation.scores[editor.criterion.code] == 8
    now.seconds += 400
    timer.ticker.timeout.emit()
    assert timer.time_label.text() == "+1:15"
    assert timer.phase_label.text() == "Presentation: over time"
    qtbot.keyClick(win.view.submissions.table, Qt.Key.Key_F9)
    assert (timer.phase_label.text(), timer.time_label.text()) == ("Questions and answers", "13:00")
    assert not timer.questions_button.isEnabled()
    now.seconds += 61
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)  # pause
    assert timer.time_label.text() == "11:59" and not timer.ticker.isActive()
    assert timer.phase_label.text() == "Questions and answers, paused"
    now.seconds += 300
    timer.ticker.timeout.emit()
    assert timer.time_label.text() == "11:59"
    qtbot.keyClick(win.view.submissions.table, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert (timer.phase_label.text(), timer.time_label.text()) == ("Presentation", "7:00")
    win.show_shortcuts()  # F1 names the timer's keys
    assert "Interview timer: reset for the next presenter" in win.shortcuts_box.text()
    win.shortcuts_box.done(0)


def test_notes_per_question_are_saved_as_typed_and_carried_in_the_evaluation(
    qtbot, juror_window
) -> None:
    win = juror_window("interview")
    tab = win.view.interview
    code = win.view.code
    win.tab_actions[3].trigger()
    assert win.view.tabs.currentWidget() is tab and len(tab.rows) == 1
    qtbot.mouseClick(tab.rows[0].question.viewport(), Qt.MouseButton.LeftButton)
    assert tab.rows[0].question.hasFocus()
    qtbot.keyClicks(tab.rows[0].question, "Berapa biaya operasional per tahun?")
    qtbot.keyClick(tab.rows[0].question, Qt.Key.Key_Tab)
    assert tab.rows[0].notes.hasFocus() and len(tab.rows) == 2  # the next question is ready
    qtbot.keyClicks(tab.rows[0].notes, "Rp 120 juta, dari APBD.")
    qtbot.keyClick(tab.rows[0].notes, Qt.Key.Key_Tab)
    assert tab.rows[1].question.hasFocus()
    qtbot.keyClicks(tab.rows[1].question, "Siapa yang melanjutkan?")
    tab.rows[1].question.flush()
    evaluation = lambda: win.session.workspace.scoring.evaluation(  # noqa: E731
        win.session.package_id, code
    )
    assert evaluation().evaluation.questions == (
        QuestionNote("Berapa biaya operasional per tahun?", "Rp 120 juta, dari APBD."),
        QuestionNote("Siapa yang melanjutkan?"),
    )
    assert evaluation().status == EvaluationStatus.IN_PROGRESS
    win.undo_group.undo()  # the notes are one undo step per submission, like a comment
    assert evaluation().evaluation.questions == ()
    assert [row.question.toPlainText() for row in tab.rows] == [""]
    win.undo_group.redo()
    assert len(evaluation().evaluation.questions) == 2 and len(tab.rows) == 3
    win.view.go(1)
    assert win.view.code != code and len(tab.rows) == 1
    win.view.go(-1)
    assert tab.rows[1].question.toPlainText() == "Siapa yang melanjutkan?"


@pytest.fixture
def field_window(juror_window, tmp_path: Path, monkeypatch):
    """The field round's window with the file dialog answering with ``chosen``."""
    chosen: list[Path] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(p) for p in chosen], "")
    )
    opened: list[str] = []
    monkeypatch.setattr(
        "ui.evidence_view.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile())
    )
    win = juror_window("field")
    return win, chosen, opened, tmp_path / "visit"


def test_evidence_is_attached_listed_with_time_and_place_opened_and_removed(
    qtbot, field_window
) -> None:
    win, chosen, opened, folder = field_window
    tab = win.view.field
    code = win.view.code
    photo = jpeg()
    chosen[:] = [
        write(folder, "IMG_0412.jpg", photo),
        write(folder, "denah.png", png()),
        write(folder, "sk-bupati.pdf", tiny_pdf()),
    ]
    win.tab_actions[3].trigger()
    assert not tab.open_button.isEnabled() and not tab.remove_button.isEnabled()
    tab.attach_button.setFocus()  # Alt+A on the desktop (the test platform has no mnemonics)
    qtbot.keyClick(tab.attach_button, Qt.Key.Key_Space)
    rows = [
        [tab.evidence.topLevelItem(r).text(c) for c in range(5)]
        for r in range(tab.evidence.topLevelItemCount())
    ]
    assert [row[:2] for row in rows] == [
        ["IMG_0412.jpg", "JPEG photo"],
        ["denah.png", "PNG image"],
        ["sk-bupati.pdf", "PDF document"],
    ]
    assert rows[0][3] == "12 May 2024 10:31 WIB" and rows[0][4] == "-6.175392,106.827125"
    assert rows[1][3:] == ["–", "–"]  # no metadata: a dash, not a guess
    evaluation = win.session.workspace.scoring.evaluation(win.session.package_id, code)
    assert [e.name for e in evaluation.evaluation.evidence] == [
        "IMG_0412.jpg",
        "denah.png",
        "sk-bupati.pdf",
    ]
    assert tab.evidence.hasFocus() and tab.evidence.currentItem().text(0) == "sk-bupati.pdf"
    tab.evidence.setCurrentItem(tab.evidence.topLevelItem(0))
    qtbot.keyClick(tab.evidence, Qt.Key.Key_Return)  # Enter opens the photo in its viewer
    assert len(opened) == 1 and opened[0].endswith(".jpg")
    assert Path(opened[0]).read_bytes() == photo
    qtbot.keyClick(tab.evidence, Qt.Key.Key_Delete)

    def names() -> list[str]:
        scoring = win.session.workspace.scoring
        return [
            e.name for e in scoring.evaluation(win.session.package_id, code).evaluation.evidence
        ]

    assert names() == ["denah.png", "sk-bupati.pdf"] and tab.evidence.topLevelItemCount() == 2
    win.undo_group.undo()  # the photo comes back, its bytes the same
    assert sorted(names()) == ["IMG_0412.jpg", "denah.png", "sk-bupati.pdf"]


def test_a_file_that_is_not_evidence_is_refused_with_a_sentence(qtbot, field_window) -> None:
    win, chosen, _opened, folder = field_window
    tab = win.view.field
    chosen[:] = [write(folder, "foto.jpg", b"MZ\x90\x00 not a photo at all")]
    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=3_000)
    box = message_boxes()[0]
    assert box.text().startswith("foto.jpg is not a JPEG photo, a PNG image or a PDF document")
    box.done(0)
    assert tab.evidence.topLevelItemCount() == 0
    # nothing changed, and the line at the bottom does not say the juror's work is at risk
    assert win.saved_label.text() == "⚠ That change was not made; the rest is saved"
    assert (
        win.session.workspace.scoring.evaluation(
            win.session.package_id, win.view.code
        ).evaluation.evidence
        == ()
    )


@pytest.mark.parametrize("language", ["en", "id"])
def test_ctrl_4_puts_the_cursor_where_the_juror_types_next(qtbot, juror_window, language) -> None:
    """From the search box, Ctrl+4 and typing: the question goes into the interview notes
    (it went into the search box, emptying the list), and on a field visit Space confirms the
    first checklist item."""
    win = juror_window("interview", language=language)
    search = win.view.submissions.search
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    tab = win.view.interview
    assert win.view.tabs.currentWidget() is tab and tab.rows[-1].question.hasFocus()
    qtbot.keyClicks(tab.rows[-1].question, "Berapa posyandu yang memakai aplikasi?")
    qtbot.keyClick(tab.rows[0].question, Qt.Key.Key_Tab)
    assert search.text() == "" and win.view.submissions.table.model().rowCount() > 1
    (note,) = win.session.state(win.view.code).evaluation.questions
    assert note.question == "Berapa posyandu yang memakai aplikasi?"
    qtbot.keyClick(tab.rows[0].notes, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert tab.rows[-1].question.hasFocus() and len(tab.rows) == 2  # the next, empty one


def test_ctrl_4_on_a_field_visit_starts_at_the_checklist(qtbot, field_window) -> None:
    win, _chosen, _opened, _folder = field_window
    win.view.submissions.search.setFocus()
    qtbot.keyClick(win.view.submissions.search, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    field = win.view.field
    first, *_rest = field.items.values()
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked()
    assert any(win.session.state(win.view.code).evaluation.checklist.values())


def test_tab_goes_from_the_interview_notes_on_to_the_scores(qtbot, juror_window) -> None:
    """Left to right: the notes, then the scores of the same presenter (Tab from the last
    notes wrapped round to the search box, and the scores were a dozen keys away)."""
    win = juror_window("interview")
    tab = win.view.interview
    first_score = win.view.scoring.editors[0].spin
    for _ in range(2):
        qtbot.keyClick(
            win.view.submissions.search, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier
        )
        question = tab.rows[-1].question
        qtbot.keyClicks(question, "Siapa yang membiayai server?")
        qtbot.keyClick(question, Qt.Key.Key_Tab)
        qtbot.keyClicks(tab.rows[-2].notes, "Diskominfo, APBD 2026.")
        qtbot.keyClick(tab.rows[-2].notes, Qt.Key.Key_Tab)
        assert tab.rows[-1].question.hasFocus()  # the new, empty question
        qtbot.keyClick(tab.rows[-1].question, Qt.Key.Key_Tab)
        qtbot.keyClick(tab.rows[-1].notes, Qt.Key.Key_Tab)
        assert win.view.scoring.isAncestorOf(QApplication.focusWidget())
        assert first_score.isAncestorOf(QApplication.focusWidget()) or first_score.hasFocus()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert tab.rows[-1].notes.hasFocus()
        win.view.go(1)  # another presenter: new rows, the same order
        win.view.submissions.search.setFocus()
