"""``ui.printing`` as any window uses it: cancelled and refused work leaves no file and says
so; the page order follows the print dialog's range, copies and collation; Cancel while
painting aborts the print job."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMainWindow

from app.errors import Cancelled, InputError
from tests.ui.conftest import message_boxes
from ui.printing import page_order, paint_pages, save_pdf
from ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot) -> QMainWindow:
    window = QMainWindow()
    window.tasks = TaskRunner(window)
    qtbot.addWidget(window)
    window.show()
    return window


def two_pages() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for text in ("first page", "second page"):
        canvas.drawString(72, 720, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_save_writes_the_pdf_and_reports_it(qtbot, window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "a.pdf"), ""))
    job = save_pdf(window, lambda progress, cancelled: two_pages(), "Test")
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        pass
    assert finished.args == [True]
    assert len(PdfReader(tmp_path / "a.pdf").pages) == 2


def test_closing_the_file_dialog_does_nothing(window, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert save_pdf(window, lambda progress, cancelled: two_pages(), "Test") is None


def test_cancelled_or_refused_work_leaves_no_file(qtbot, window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(b"the earlier file")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))

    def cancelled_by_user(progress, cancelled):
        progress(1, 10)
        raise Cancelled("stopped")

    job = save_pdf(window, cancelled_by_user, "Test")
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        pass
    assert finished.args == [False]
    assert window.statusBar().currentMessage() == "Saving was cancelled."
    assert target.read_bytes() == b"the earlier file"

    def refused(progress, cancelled):
        raise InputError("There is no sheet to print.", code="no_sheets")

    job = save_pdf(window, refused, "Test")
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        pass
    assert finished.args == [False]
    assert [box.text() for box in message_boxes()] == ["There is no sheet to print."]
    message_boxes()[0].done(0)
    assert target.read_bytes() == b"the earlier file"


def printer_to(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_page_order_follows_range_copies_and_collation(tmp_path) -> None:
    printer = printer_to(tmp_path / "x.pdf")
    assert page_order(printer, 3) == [0, 1, 2]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert page_order(printer, 3) == [1, 2, 1, 2]
    printer.setCollateCopies(False)
    assert page_order(printer, 3) == [1, 1, 2, 2]


def test_cancel_while_painting_aborts(tmp_path) -> None:
    source = tmp_path / "in.pdf"
    source.write_bytes(two_pages())
    seen = []
    with pytest.raises(Cancelled):
        paint_pages(
            source,
            printer_to(tmp_path / "out.pdf"),
            [0, 1],
            lambda done, total: seen.append(done),
            lambda: bool(seen),
        )
    assert seen == [1]  # the first page was painted, then Cancel stopped the job
    done = []
    assert (
        paint_pages(
            source,
            printer_to(tmp_path / "all.pdf"),
            [0, 1],
            lambda d, t: done.append((d, t)),
            lambda: False,
        )
        == 2
    )
    assert done == [(1, 2), (2, 2)]
    assert len(PdfReader(tmp_path / "all.pdf").pages) == 2
