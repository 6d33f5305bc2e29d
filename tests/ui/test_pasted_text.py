"""Text a juror pastes (often copied from a PDF, with a form feed or a NUL between words) is
taken without its control characters in every field a juror types in: a criterion's comment,
the overall comment, interview notes, field notes and the reason of a conflict of interest.
The juror never sees a refusal for what they pasted; the store stays strict."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolTip

from app.services.scoring import MAX_COMMENT_CHARS
from tests.ui.conftest import message_boxes
from ui.dialogs import RecusalDialog

CTRL = Qt.KeyboardModifier.ControlModifier
#: what a copy from a PDF viewer gives: a page break, a NUL, Windows line ends, an escape
FROM_PDF = "Antrean turun 40%\x0cdari data\x00 BPS\r\nhalaman 2\tESC\x1b[2J"
CLEANED = "Antrean turun 40% dari data  BPS\nhalaman 2\tESC [2J"


def paste_into(qtbot, widget) -> None:
    QApplication.clipboard().setText(FROM_PDF)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, CTRL)


def saved(win):
    return win.session.workspace.scoring.evaluation(win.session.package_id, win.view.code)


def test_a_comment_pasted_from_a_pdf_is_saved_without_its_control_characters(
    qtbot, juror_window
) -> None:
    win = juror_window()
    panel = win.view.scoring
    editor = panel.editors[0]
    paste_into(qtbot, editor.comment)
    assert editor.comment.toPlainText() == CLEANED  # what the juror sees is what is kept
    qtbot.keyClick(editor.comment, Qt.Key.Key_Tab)
    assert not message_boxes()
    assert saved(win).evaluation.comments[editor.criterion.code] == CLEANED
    assert "⚠" not in win.saved_label.text()
    paste_into(qtbot, panel.overall)
    qtbot.keyClick(panel.overall, Qt.Key.Key_Tab)
    assert not message_boxes()
    assert saved(win).evaluation.overall_comment == CLEANED
    win.undo_group.undo()  # the paste is an ordinary change
    assert saved(win).evaluation.overall_comment == ""


def test_interview_notes_pasted_from_a_pdf_are_kept(qtbot, juror_window) -> None:
    win = juror_window("interview")
    tab = win.view.interview
    win.tab_actions[3].trigger()
    row = tab.rows[0]
    paste_into(qtbot, row.question)
    qtbot.keyClick(row.question, Qt.Key.Key_Tab)
    paste_into(qtbot, row.notes)
    qtbot.keyClick(row.notes, Qt.Key.Key_Tab)
    assert not message_boxes()
    (note,) = saved(win).evaluation.questions
    assert (note.question, note.notes) == (CLEANED, CLEANED)


def test_field_notes_pasted_from_a_pdf_are_kept(qtbot, juror_window) -> None:
    win = juror_window("field")
    win.tab_actions[3].trigger()
    notes = win.view.field.notes
    paste_into(qtbot, notes)
    notes.flush()
    assert not message_boxes()
    assert saved(win).evaluation.field_notes == CLEANED


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_pasted_recusal_reason_becomes_one_line(qtbot, juror_window, language) -> None:
    win = juror_window(language=language)
    spin = win.view.scoring.editors[0].spin
    qtbot.keyClick(spin, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecusalDialog))
    qtbot.waitUntil(dialog.isVisible)
    paste_into(qtbot, dialog.reason)
    assert dialog.reason.text() == "Antrean turun 40% dari data  BPS halaman 2 ESC [2J"
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert not message_boxes()
    reason = saved(win).evaluation.recusal_reason
    assert reason == "Antrean turun 40% dari data  BPS halaman 2 ESC [2J"


def test_a_comment_pasted_past_the_limit_keeps_what_fits_and_says_so(qtbot, juror_window) -> None:
    win = juror_window()
    editor = win.view.scoring.editors[0]
    qtbot.keyClicks(editor.comment, "Kutipan: ")
    quote = "Antrean turun dari 3 jam menjadi 20 menit. " * 600  # 25,800 characters
    QApplication.clipboard().setText(quote)
    qtbot.keyClick(editor.comment, Qt.Key.Key_V, CTRL)
    kept = editor.comment.toPlainText()
    assert kept == ("Kutipan: " + quote)[:MAX_COMMENT_CHARS]
    assert "20,000 characters" in QToolTip.text()
    qtbot.keyClicks(editor.comment, "x")  # a key past the limit is left out too
    assert editor.comment.toPlainText() == kept
    qtbot.keyClick(editor.comment, Qt.Key.Key_Tab)
    assert not message_boxes()  # saved, not refused and thrown away
    assert saved(win).evaluation.comments[editor.criterion.code] == kept
