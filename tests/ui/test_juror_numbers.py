"""What the juror's window shows where nothing was scored, and its small texts (issue 14, items
5 and 6): "–" instead of "0,00", recusals counted apart from scores, the recusal reason
without a doubled full stop, and a title column that shows a title."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ui.start_page import StartPage
from ui.submission_list import SubmissionTableModel

REASON = "Saya pernah menjadi narasumber pada inovasi ini."
TEXTS = {  # language: (no total, progress after one recusal, and after one score too)
    "en": (
        "Total –",
        "0 of 16 scored, 1 with a conflict of interest",
        "1 of 16 scored, 1 with a conflict of interest",
    ),
    "id": (
        "Nilai –",
        "0 dari 16 dinilai, 1 konflik kepentingan",
        "1 dari 16 dinilai, 1 konflik kepentingan",
    ),
}


@pytest.fixture
def opened(juror_window):
    return lambda language="en": juror_window(language=language)


def shown_total(window, code: str) -> str:
    model = window.view.submissions.model
    return model.index(model.row_of(code), SubmissionTableModel.TOTAL).data()


@pytest.mark.parametrize("language", ["en", "id"])
def test_nothing_scored_shows_a_dash_and_recusals_are_counted_apart(
    qtbot, opened, language
) -> None:
    window = opened(language)
    no_total, after_recusal, after_score = TEXTS[language]
    view, session = window.view, window.session
    view.select("KIPP23-001")
    assert view.scoring.total.text() == no_total and shown_total(window, "KIPP23-001") == "–"

    assert view.scoring.recuse(REASON)
    assert view.scoring.total.text() == no_total  # a recusal is no score of 0
    assert shown_total(window, "KIPP23-001") == "–"
    assert view.submissions.progress.text() == after_recusal
    banner = view.scoring.recusal_banner.text()
    assert REASON in banner and ".." not in banner  # the juror's own full stop, once

    view.select("KIPP23-002")
    session.set_comment("KIPP23-002", None, "Belum dinilai, hanya catatan")
    assert view.scoring.total.text() == no_total  # in progress, but no criterion scored yet
    assert shown_total(window, "KIPP23-002") == "–"
    for criterion in session.manifest.rubric.codes:
        session.set_score("KIPP23-002", criterion, Decimal(10))
    assert view.scoring.total.text().endswith(("100.00", "100,00"))
    assert shown_total(window, "KIPP23-002") in ("100.00", "100,00")
    assert view.submissions.progress.text() == after_score

    window.show_start()
    start = window.stack.currentWidget()
    assert isinstance(start, StartPage)
    assert start.packages.item(0).text().endswith(after_score)


def test_sorting_by_total_puts_nothing_scored_below_any_score(qtbot, opened) -> None:
    window = opened()
    session, panel = window.session, window.view.submissions
    for criterion in session.manifest.rubric.codes:
        session.set_score("KIPP23-003", criterion, Decimal(1))  # a real total of 0
    panel.table.sortByColumn(SubmissionTableModel.TOTAL, Qt.SortOrder.DescendingOrder)
    first = panel.proxy.index(0, SubmissionTableModel.CODE).data()
    assert first == "KIPP23-003" and shown_total(window, "KIPP23-003") == "0.00"


def test_the_title_column_shows_a_title_at_the_default_size(qtbot, opened) -> None:
    window = opened("id")
    window.resize(1400, 860)  # the first start's size (the test screen is smaller)
    qtbot.wait(50)
    table = window.view.submissions.table
    width = table.columnWidth(SubmissionTableModel.TITLE)
    metrics = table.fontMetrics()
    title = window.session.manifest.submission("KIPP23-004").title
    fits = max(
        n for n in range(len(title) + 1) if metrics.horizontalAdvance(title[:n] + "…") <= width - 8
    )
    assert fits >= 22, f"{fits} characters of {title!r} in {width} px"
    status = table.model().index(0, SubmissionTableModel.STATUS)
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "belum dimulai"  # the word, on hover


def test_a_total_so_far_says_it_is_partial(qtbot, opened) -> None:
    """Scoring one criterion by keys shows the total so far with the share of the weight it
    covers, and the list shows it in italics with a tooltip: never a total that reads final."""
    window = opened()
    view = window.view
    view.select("KIPP23-003")
    editor = next(e for e in view.scoring.editors if e.criterion.weight == 10)  # LATAR
    editor.spin.setFocus()
    qtbot.keyClicks(editor.spin, "8")
    qtbot.keyClick(editor.spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "so far" in view.scoring.total.text())
    assert view.scoring.total.text() == "Total so far 7.78"
    assert view.scoring.status.text() == "in progress · 10% of the weight scored"
    model = view.submissions.model
    index = model.index(model.row_of("KIPP23-003"), SubmissionTableModel.TOTAL)
    assert index.data() == "7.78" and index.data(Qt.ItemDataRole.FontRole).italic()
    assert "total so far" in index.data(Qt.ItemDataRole.ToolTipRole)
    for other in view.scoring.editors:
        window.session.set_score("KIPP23-003", other.criterion.code, Decimal(8))
    qtbot.waitUntil(lambda: view.scoring.total.text() == "Total 77.78")  # complete: final
    index = model.index(model.row_of("KIPP23-003"), SubmissionTableModel.TOTAL)
    assert index.data(Qt.ItemDataRole.FontRole) is None


@pytest.mark.parametrize(("language", "zone"), [("id", "WIB"), ("en", "WIB")])
def test_the_sheets_dialog_dates_the_last_export_in_local_time(
    qtbot, opened, tmp_path, in_jakarta, language, zone
) -> None:
    """It said "(2026-12-04 16:13)": the time in UTC, unnamed, seven hours behind a juror's
    clock in Jakarta (issue 14.11 asks local time with its zone wherever Juri shows one)."""
    from PySide6.QtWidgets import QApplication

    from app.local_time import format_file_time
    from tests.factory import PASSPHRASE
    from ui.sheets_dialog import SheetsDialog

    window = opened(language)
    session = window.session
    session.workspace.results.export(session.package_id, PASSPHRASE, tmp_path)
    created = session.workspace.results.history(session.package_id)[-1].created_at
    window.save_sheets()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SheetsDialog))
    note = QApplication.activeModalWidget().filled_note.text()
    QApplication.activeModalWidget().reject()
    assert f"({format_file_time(created)})" in note and zone in note, note
