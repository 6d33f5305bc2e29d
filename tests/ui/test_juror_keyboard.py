"""The juror's window with the keyboard alone, in both languages (issue 14, items 1–4): Tab
walks every scoring control and out again, Alt+↓ opens a combo box, Ctrl+R reaches the
recommendation, the window's shortcuts work inside text fields, a digit always takes, Enter
does what each dialog is for, and the app reopens where the juror was."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QToolTip, QWidget

from app.domain.evaluation import EvaluationStatus, Recommendation
from tests.ui.conftest import activate, message_boxes, new_juror, ready_window
from ui.dialogs import RecusalDialog
from ui.export_dialog import ExportDialog
from ui.score_input import ScoreSpinBox
from ui.sheets_dialog import SheetsDialog

LANGUAGES = ("en", "id")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = focused()
    assert widget is not None, "no widget has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


@pytest.fixture
def opened(juror_window):
    return lambda language="en": juror_window(language=language)


def owner(widget: QWidget | None, candidates: list[QWidget]) -> QWidget | None:
    """The control that has the focus: a score field's inner line edit counts as the field."""
    while widget is not None and widget not in candidates:
        widget = widget.parentWidget()
    return widget


def scoring_controls(window) -> list[QWidget]:
    panel = window.view.scoring
    return [w for e in panel.editors for w in (e.spin, e.comment)] + [
        panel.overall,
        panel.recommendation,
        panel.recuse_button,
    ]


# --- item 1: Tab, Shift+Tab, Alt+↓, the recommendation ----------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_tab_walks_every_scoring_control_and_out_of_the_panel(qtbot, opened, language) -> None:
    window = opened(language)
    panel = window.view.scoring
    controls = scoring_controls(window)
    controls[0].setFocus()
    qtbot.waitUntil(lambda: owner(focused(), controls) is controls[0])
    forward = [controls[0]]
    for _ in controls[1:]:
        press(qtbot, Qt.Key.Key_Tab)
        forward.append(owner(focused(), controls))
    assert forward == controls  # each score, its comment, … overall, recommendation, recusal
    assert not panel.recuse_button.visibleRegion().isEmpty()  # scrolled into view
    press(qtbot, Qt.Key.Key_Tab)
    assert not panel.isAncestorOf(focused())  # on out of the panel: no trap
    press(qtbot, Qt.Key.Key_Backtab)
    backward = [owner(focused(), controls)]
    for _ in controls[1:]:
        press(qtbot, Qt.Key.Key_Backtab)
        backward.append(owner(focused(), controls))
    assert backward == controls[::-1]
    press(qtbot, Qt.Key.Key_Backtab)
    assert not panel.isAncestorOf(focused())


@pytest.mark.parametrize("language", LANGUAGES)
def test_tab_leaves_the_submission_list_without_opening_another(qtbot, opened, language) -> None:
    """Tab walked the list's cells and rows (each row opened its submission) and never left
    it; now it moves on to the next control, and Shift+Tab comes back."""
    window = opened(language)
    table = window.view.submissions.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    shown = window.view.code
    press(qtbot, Qt.Key.Key_Tab)
    assert not table.hasFocus() and window.view.code == shown
    press(qtbot, Qt.Key.Key_Backtab)
    assert table.hasFocus() and window.view.code == shown


def test_tab_leaves_the_overall_comment_and_saves_it(qtbot, opened) -> None:
    window = opened()
    panel = window.view.scoring
    panel.overall.setFocus()
    qtbot.keyClicks(panel.overall, "Catatan umum")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is panel.recommendation
    assert window.session.state(window.view.code).evaluation.overall_comment == "Catatan umum"
    press(qtbot, Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is panel.editors[-1].comment


def test_alt_down_opens_a_combo_box_and_elsewhere_moves_to_the_next(qtbot, opened) -> None:
    window = opened()
    code = window.view.code
    panel = window.view.scoring
    panel.recommendation.setFocus()
    press(qtbot, Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(panel.recommendation.view().isVisible, timeout=2_000)
    assert window.view.code == code  # the list stayed open on the same submission
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.recommendation.view().isVisible(), timeout=2_000)
    status = window.view.submissions.status_filter
    status.setFocus()
    press(qtbot, Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(status.view().isVisible, timeout=2_000)
    press(qtbot, Qt.Key.Key_Escape)
    panel.editors[0].spin.setFocus()
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert window.view.code != code  # in a score field, Alt+↓ is the next submission


def test_ctrl_r_opens_the_recommendation_and_the_choice_is_saved(qtbot, opened) -> None:
    window = opened()
    panel = window.view.scoring
    panel.editors[2].comment.setFocus()
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(panel.recommendation.view().isVisible, timeout=2_000)
    popup = panel.recommendation.view()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2_000)
    evaluation = window.session.state(window.view.code).evaluation
    assert evaluation.recommendation == Recommendation.ADVANCE
    assert "Ctrl+R" in window.recommend_action.shortcut().toString()


# --- item 2: shortcuts wherever the focus is; a digit always takes ----------------------------


class ClaimsEndOfLine(QObject):
    """What a text field does on Linux (X11 key bindings, which the offscreen platform of the
    tests lacks): it claims Ctrl+E as "end of line" before any window shortcut sees it."""

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and event.key() == Qt.Key.Key_E
            and event.modifiers() == CTRL
        ):
            if event.type() == QEvent.Type.KeyPress:
                edit = watched.lineEdit() if isinstance(watched, ScoreSpinBox) else watched
                if hasattr(edit, "end"):
                    edit.end(False)
            event.accept()
            return True
        return False


@pytest.mark.parametrize("field", ["search", "score", "comment", "overall"])
def test_ctrl_e_exports_from_inside_a_text_field(qtbot, opened, field) -> None:
    window = opened()
    panel = window.view.scoring
    widget = {
        "search": window.view.submissions.search,
        "score": panel.editors[1].spin,
        "comment": panel.editors[1].comment,
        "overall": panel.overall,
    }[field]
    claims = ClaimsEndOfLine(widget)
    widget.installEventFilter(claims)
    widget.setFocus()
    qtbot.waitUntil(lambda: focused() is widget)
    press(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), ExportDialog), timeout=3_000
    )
    QApplication.activeModalWidget().reject()


def test_a_digit_typed_into_a_score_field_always_takes(qtbot, opened) -> None:
    window = opened()
    code = window.view.code
    spin = window.view.scoring.editors[0].spin
    criterion = window.view.scoring.editors[0].criterion.code
    spin.setFocus()
    edit = spin.lineEdit()
    qtbot.waitUntil(lambda: edit.selectedText() == "–")
    edit.end(False)  # the cursor after "–", nothing selected (Ctrl+E on Linux did this)
    qtbot.keyClicks(spin, "7")
    assert spin.text() == "7"
    edit.end(False)
    qtbot.keyClicks(spin, "5")  # "75" is not on the 1–10 scale: a fresh "5"
    assert spin.text() == "5"
    qtbot.keyClicks(spin, "1")
    qtbot.keyClicks(spin, "0")  # "10" is
    press(qtbot, Qt.Key.Key_Return)
    assert window.session.state(code).evaluation.scores[criterion] == Decimal(10)
    spin.setFocus()
    qtbot.waitUntil(lambda: edit.selectedText() == "10")
    qtbot.keyClicks(spin, "0")  # no score on the scale starts with 0: said, not swallowed
    assert "not a score on this scale (1–10)" in QToolTip.text()
    assert window.session.state(code).evaluation.scores[criterion] == Decimal(10)


# --- item 3: Enter does what the dialog is for ------------------------------------------------


def modal(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=3_000)
    dialog = QApplication.activeModalWidget()
    activate(qtbot, dialog)
    return dialog


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("action", ["print", "save"])
def test_enter_in_the_sheets_dialog_prints_or_saves(
    qtbot, opened, monkeypatch, language, action
) -> None:
    window = opened(language)
    chosen = []
    monkeypatch.setattr("ui.main_window.print_pdf", lambda *a, **k: chosen.append("print"))
    monkeypatch.setattr("ui.main_window.save_pdf", lambda *a, **k: chosen.append("save"))
    window.print_sheets() if action == "print" else window.save_sheets()
    dialog = modal(qtbot, SheetsDialog)
    assert focused() is not dialog.ok_button  # the focus starts on the first choice
    press(qtbot, Qt.Key.Key_Return)
    assert chosen == [action]


def test_enter_in_the_recusal_dialog_declares(qtbot, opened) -> None:
    window = opened()
    code = window.view.code
    press(qtbot, Qt.Key.Key_K, CTRL | SHIFT)
    dialog = modal(qtbot, RecusalDialog)
    press(qtbot, Qt.Key.Key_Return)  # no reason yet: nothing happens
    assert dialog.isVisible()
    qtbot.keyClicks(focused(), "Saya narasumber inovasi ini.")
    press(qtbot, Qt.Key.Key_Return)
    assert window.session.state(code).status == EvaluationStatus.RECUSED


def test_enter_in_the_message_boxes_takes_the_safe_answer(
    qtbot, opened, tmp_path, monkeypatch
) -> None:
    """The language box's Enter switches now (Yes); the export box's Enter closes it (OK),
    never "Open folder"."""
    window = opened()
    window.set_language("en" if window.settings.language == "id" else "id")
    box = message_boxes()[0]
    activate(qtbot, box)
    chosen = []
    window.languageChosen.disconnect()  # the switch itself: tests/ui/test_window_language.py
    window.languageChosen.connect(chosen.append)
    press(qtbot, Qt.Key.Key_Return)
    assert chosen == [window.settings.language]

    from app.services.export import ExportInfo
    from ui.export_dialog import show_export_result

    opened_folders = []
    monkeypatch.setattr("ui.export_dialog.QDesktopServices.openUrl", opened_folders.append)
    box = show_export_result(window, ExportInfo(tmp_path / "r.json", 1, "0" * 64, 16))
    activate(qtbot, box)
    press(qtbot, Qt.Key.Key_Return)
    assert not box.isVisible() and opened_folders == []


# --- item 4: where the juror was; the next one to do ------------------------------------------


def test_juri_reopens_on_the_submission_and_tab_the_juror_left(
    qtbot, launch, package_for, isolated_home
) -> None:
    package = package_for(new_juror(isolated_home))
    first = launch(package=package)
    window = ready_window(qtbot, first)
    qtbot.waitUntil(lambda: window.view is not None and bool(message_boxes()), timeout=15_000)
    message_boxes()[0].done(0)  # "package opened"
    window.view.select("KIPP23-007")
    activate(qtbot, window)
    window.view.scoring.editors[0].spin.setFocus()
    press(qtbot, Qt.Key.Key_3, CTRL)  # the video tab
    first.close()
    again = ready_window(qtbot, launch())  # a plain start, as after the language restart
    qtbot.waitUntil(lambda: again.view is not None, timeout=15_000)
    assert again.view.code == "KIPP23-007"
    assert again.view.tabs.currentWidget() is again.view.video


def test_ctrl_n_goes_to_the_next_one_to_do_after_the_one_on_screen(qtbot, opened) -> None:
    window = opened()
    view = window.view
    status = view.submissions.status_filter
    status.setCurrentIndex(status.findData(EvaluationStatus.NOT_STARTED.value))
    view.select("KIPP23-010")
    for editor in view.scoring.editors:  # scored in full under the "not started" filter
        editor.spin.setFocus()
        qtbot.keyClicks(editor.spin, "8")
        press(qtbot, Qt.Key.Key_Return)
    assert view.code == "KIPP23-010"  # the row did not vanish under the juror's hands
    assert window.session.state("KIPP23-010").status == EvaluationStatus.COMPLETE
    assert window.session.state("KIPP23-011").status == EvaluationStatus.NOT_STARTED
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert view.code == "KIPP23-011"
    view.select("KIPP23-016")
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert view.code == "KIPP23-001"  # round to the top
    assert isinstance(owner(focused(), [e.spin for e in view.scoring.editors]), ScoreSpinBox)


@pytest.mark.parametrize("move", ["ctrl_n", "alt_down", "click"])
def test_a_score_typed_and_not_entered_is_kept_when_the_juror_moves_on(qtbot, opened, move) -> None:
    """Type the last score, then straight on to the next submission (Ctrl+N, Alt+↓, a click
    in the list): the score typed is saved to the submission it was typed for."""
    window = opened()
    view = window.view
    code = view.code
    last = view.scoring.editors[-1]
    last.spin.setFocus()
    qtbot.waitUntil(last.spin.hasFocus)
    qtbot.keyClicks(last.spin, "7")
    if move == "ctrl_n":
        press(qtbot, Qt.Key.Key_N, CTRL)
    elif move == "alt_down":
        press(qtbot, Qt.Key.Key_Down, ALT)
    else:
        view.submissions.select("KIPP23-004")  # as a click on its row
    assert view.code != code
    assert window.session.state(code).evaluation.scores[last.criterion.code] == 7
    assert last.criterion.code not in window.session.state(view.code).evaluation.scores


def test_ctrl_n_finds_work_the_filters_hide(qtbot, opened) -> None:
    window = opened()
    view = window.view
    view.select("KIPP23-004")
    status = view.submissions.status_filter
    status.setCurrentIndex(status.findData(EvaluationStatus.COMPLETE.value))  # none yet
    activate(qtbot, window)
    view.submissions.table.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert view.code == "KIPP23-005" and status.currentIndex() == 0


def test_export_button_of_the_sheets_flow_is_untouched_by_enter_on_cancel(
    qtbot, opened, monkeypatch
) -> None:
    """A focused button still takes Enter itself: Tab to Cancel, Enter cancels."""
    window = opened()
    chosen = []
    monkeypatch.setattr("ui.main_window.save_pdf", lambda *a, **k: chosen.append("save"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    window.save_sheets()
    dialog = modal(qtbot, SheetsDialog)
    cancel = next(
        b for b in dialog.findChildren(type(dialog.ok_button)) if b is not dialog.ok_button
    )
    cancel.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert chosen == [] and not dialog.isVisible()


@pytest.mark.parametrize("round_id", ["desk", "interview"])
def test_the_keyboard_help_shows_arrows_and_only_this_rounds_tabs(
    qtbot, juror_window, round_id
) -> None:
    """F1 in Indonesian wrote "Alt+Down" just under "Alt+↓", and listed the field visit's
    Ctrl+4 in a desk round, which has no such tab."""
    from PySide6.QtGui import QKeySequence

    window = juror_window(round_id, language="id")
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "shortcuts_box", None) is not None)
    text = window.shortcuts_box.text()
    window.shortcuts_box.done(0)
    assert "Alt+↓" in text and "Alt+↑" in text and "Down" not in text and "Up<" not in text
    assert ("Kunjungan lapangan" in text) is False
    assert ("Catatan wawancara" in text) is (round_id == "interview")
    shown = window.next_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert shown == "Alt+↓"  # the menu says it the same way
