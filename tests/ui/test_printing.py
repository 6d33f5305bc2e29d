"""Printing and paper sheets in the juror's window, driven as a juror does: the sheets dialog,
the system's Save and Print dialogs (answered by the test), and typing in a paper sheet."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from sqlalchemy import select

from app.storage.models import AuditEntry
from tests.factory import PASSPHRASE
from tests.reports.pdf import page_texts, qr_texts, render
from tests.ui.conftest import activate
from tests.ui.test_juror_flow import focused, open_demo_package, press, type_text
from ui.paper_entry import PaperSheetDialog
from ui.score_input import ScoreSpinBox
from ui.sheets_dialog import SheetsDialog

PACKAGE_ID = "kipp-2023-desk-test"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def ready(qtbot, launch, package_for, isolated_home):
    _launcher, window, _package = open_demo_package(qtbot, launch, package_for, isolated_home)
    for box in [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]:
        box.done(0)  # the "package opened" message
    activate(qtbot, window)
    return window


def sheets_dialog(qtbot, window, keys) -> SheetsDialog:
    press(
        qtbot,
        Qt.Key.Key_P if keys == "print" else Qt.Key.Key_S,
        CTRL if keys == "print" else CTRL_SHIFT,
    )
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), SheetsDialog), timeout=3_000
    )
    return QApplication.activeModalWidget()


def test_save_every_blank_sheet_as_pdf(
    qtbot, launch, package_for, isolated_home, tmp_path, monkeypatch
) -> None:
    window = ready(qtbot, launch, package_for, isolated_home)
    asked = []

    def answer(parent, title, start, filters):
        asked.append((title, Path(start).name, filters))
        return str(tmp_path / "lembar"), "PDF (*.pdf)"  # the juror types no suffix

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    dialog = sheets_dialog(qtbot, window, "save")
    assert not dialog.filled.isEnabled()  # nothing exported yet
    assert "Export your results first" in dialog.filled_note.text()
    dialog.all.click()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: getattr(window, "print_job", None) is not None, timeout=3_000)
    with qtbot.waitSignal(window.print_job.finished, timeout=60_000) as finished:
        pass
    assert finished.args == [True]
    assert asked == [("Blank evaluation sheets", "J09_all_blank.pdf", "PDF documents (*.pdf)")]
    out = tmp_path / "lembar.pdf"
    texts = page_texts(out)
    headers = {
        code
        for code in (s.code for s in window.session.manifest.submissions)
        if any(f"{code} · J09" in text for text in texts)
    }
    assert len(headers) == 16
    assert f"Saved: {out}" in window.statusBar().currentMessage()


def test_print_this_submissions_sheet_with_range_and_copies(
    qtbot, launch, package_for, isolated_home, tmp_path, monkeypatch
) -> None:
    window = ready(qtbot, launch, package_for, isolated_home)
    code = window.view.code
    out = tmp_path / "printed.pdf"
    shown = {}

    def exec_(dialog: QPrintDialog) -> int:
        """The juror picks pages 1–2, two collated copies, and a PDF 'printer'."""
        printer: QPrinter = dialog.printer()
        shown["pages"] = (dialog.minPage(), dialog.maxPage())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, 2)
        printer.setCopyCount(2)
        printer.setCollateCopies(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    dialog = sheets_dialog(qtbot, window, "print")
    assert dialog.current.isChecked() and code in dialog.current.text()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: getattr(window, "print_job", None) is not None, timeout=3_000)
    with qtbot.waitSignal(window.print_job.finished, timeout=60_000) as finished:
        pass
    assert finished.args == [True]
    assert shown["pages"][0] == 1 and shown["pages"][1] >= 2  # the sheet's own pages
    reader = PdfReader(out)
    assert len(reader.pages) == 4  # pages 1, 2, 1, 2
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert round(width) == 595 and round(height) == 842  # A4 in points
    expected = f"JURI1:{PACKAGE_ID}:{code}:J09"
    assert qr_texts(render(out, 1, tmp_path)) == [expected]
    assert qr_texts(render(out, 3, tmp_path)) == [expected]  # the second copy starts again
    assert qr_texts(render(out, 2, tmp_path)) == []
    assert "Sent to the printer" in window.statusBar().currentMessage()


def test_filled_sheet_comes_from_the_last_export(
    qtbot, launch, package_for, isolated_home, tmp_path, monkeypatch
) -> None:
    window = ready(qtbot, launch, package_for, isolated_home)
    session = window.session
    code = window.view.code
    for criterion in session.manifest.rubric.codes:
        assert session.set_score(code, criterion, Decimal(8))
    exported = session.workspace.results.export(session.package_id, PASSPHRASE, tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "signed.pdf"), "")
    )
    dialog = sheets_dialog(qtbot, window, "save")
    assert dialog.filled.isEnabled() and "version 1" in dialog.filled_note.text()
    dialog.filled.click()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: getattr(window, "print_job", None) is not None, timeout=3_000)
    with qtbot.waitSignal(window.print_job.finished, timeout=60_000) as finished:
        pass
    assert finished.args == [True]
    text = " ".join(page_texts(tmp_path / "signed.pdf"))
    assert "Filled in from the juror's signed result file" in text
    assert exported.sha256 in text.replace(" ", "") or exported.sha256[:16] in text


def audit_sources(window, code: str) -> list[tuple[str, str]]:
    with window.session.workspace.workspace.reading() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.subject == code).order_by(AuditEntry.seq)
        )
        return [(e.action, json.loads(e.detail)["source"]) for e in entries]


def paper_dialog(qtbot, window) -> PaperSheetDialog:
    press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), PaperSheetDialog), timeout=3_000
    )
    dialog = QApplication.activeModalWidget()
    activate(qtbot, dialog)
    return dialog


def test_typing_in_a_paper_sheet(qtbot, launch, package_for, isolated_home) -> None:
    window = ready(qtbot, launch, package_for, isolated_home)
    assert not window.paper_band.isVisible()
    dialog = paper_dialog(qtbot, window)
    assert focused() is dialog.field

    # a sheet from another package, then another juror's sheet: refused under the field
    type_text(qtbot, "JURI1:kipp-2022-desk:KIPP23-005:J09")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "This sheet is for package kipp-2022-desk" in dialog.problem.text()
    type_text(qtbot, f"JURI1:{PACKAGE_ID}:KIPP23-005:J01")  # replaces the selected text
    press(qtbot, Qt.Key.Key_Return)
    assert "belongs to juror J01; you are juror J09" in dialog.problem.text()
    type_text(qtbot, "not a code")
    press(qtbot, Qt.Key.Key_Return)
    assert "is not a Juri sheet code" in dialog.problem.text()

    # the right sheet, as a scanner types it
    type_text(qtbot, f"JURI1:{PACKAGE_ID}:KIPP23-005:J09")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3_000)
    assert window.view.code == "KIPP23-005"
    assert window.paper_band.isVisible() and "KIPP23-005" in window.paper_band.label.text()
    assert window.stop_paper_action.isEnabled()
    activate(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(focused(), ScoreSpinBox), timeout=3_000)
    criteria = window.session.manifest.rubric.codes
    for _criterion in criteria:
        type_text(qtbot, "7")
        press(qtbot, Qt.Key.Key_Tab)  # past the criterion's comment, empty on this sheet
        press(qtbot, Qt.Key.Key_Tab)
    state = window.session.workspace.scoring.evaluation(window.session.package_id, "KIPP23-005")
    assert set(state.evaluation.scores.values()) == {Decimal(7)}
    sources = audit_sources(window, "KIPP23-005")
    assert sources.count(("set_score", "paper")) == len(criteria)
    assert all(source == "paper" for _action, source in sources)

    # paper mode off: the juror's own typing is the app's again
    window.paper_band.stop.click()
    assert not window.paper_band.isVisible() and not window.stop_paper_action.isEnabled()
    window.view.select("KIPP23-006")
    window.view.scoring.focus_first_open()
    activate(qtbot, window)
    type_text(qtbot, "6")
    press(qtbot, Qt.Key.Key_Tab)
    assert audit_sources(window, "KIPP23-006") == [("set_score", "app")]
