"""Print… and Save as PDF… for any document Juri makes, in every window.

Every printed document is a PDF made by ReportLab in ``app/reports``; the windows only say
which one. Two calls, the same for the juror's and the chair's windows::

    from ui.printing import print_pdf, save_pdf

    def make(progress, cancelled) -> bytes:      # runs off the GUI thread
        buffer = io.BytesIO()
        render_blank_sheets(manifest, pairs, buffer, progress=progress, cancelled=cancelled)
        return buffer.getvalue()                  # or a Path to a finished PDF

    save_pdf(window, make, self.tr("Save blank sheets"), suggested="lembar-kosong.pdf")
    print_pdf(window, make, self.tr("Print blank sheets"))

The chair's recapitulation (*berita acara*) is one such function::

    from app.reports.recap_from_merge import RecapOptions, recap_pdf

    print_pdf(window, lambda progress, cancelled: recap_pdf(
        path.name, merged_bytes, manifest, manifest_sha256, result_files, RecapOptions(
            place="Jakarta"), progress=progress, cancelled=cancelled),
        self.tr("Print the signed record"))

``make_pdf(progress, cancelled)`` follows the core's convention for long work
(``progress(done, total)``, ``cancelled() -> bool``, raise :class:`app.errors.Cancelled`) and
returns the PDF's bytes or the path of a PDF file. It runs on the window's task runner (its
``tasks`` attribute, or a runner made for the purpose) with a progress dialog and Cancel.

* :func:`save_pdf` asks for a file name first (``QFileDialog``), then makes the PDF and writes
  it atomically, so a cancelled or failed save leaves any earlier file untouched.
* :func:`print_pdf` makes the PDF, shows the system print dialog (printer, page range, copies,
  collation), then paints each chosen page onto the ``QPrinter`` with QtPdf — also off the GUI
  thread, with progress and Cancel (which aborts the print job).

Both return a :class:`PdfJob` whose ``finished(bool)`` signal says whether the file was written
or the pages sent (``False``: cancelled or refused; a refusal is shown to the user in plain
words), or ``None`` when the user closed the first dialog.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QWidget

from app.atomic import atomic_write_bytes
from app.errors import Cancelled, JuriError
from app.i18n import os_problem, translate
from ui.dialogs import show_error
from ui.tasks import TaskRunner

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
MakePdf = Callable[[Progress, Cancel], "bytes | Path"]
MAX_DPI = 300  # pages are rendered as images; more only makes the print job slower


class PrintError(JuriError):
    code = "print_failed"


class PdfJob(QObject):
    """One save or print; ``finished`` arrives once, on the GUI thread."""

    finished = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None  # the saved file, for save_pdf
        self.pages = 0  # pages written or sent to the printer
        self.error_box: QWidget | None = None  # the refusal shown, if any
        self.printer: QPrinter | None = None  # kept alive while the worker paints
        self.folder: tempfile.TemporaryDirectory | None = None  # the PDF being printed

    def _end(self, ok: bool) -> None:
        self.finished.emit(ok)
        self.deleteLater()


def _tasks(parent: QWidget, tasks: TaskRunner | None) -> TaskRunner:
    if tasks is not None:
        return tasks
    found = getattr(parent.window(), "tasks", None)
    if isinstance(found, TaskRunner):
        return found
    runner = getattr(parent, "_printing_tasks", None)
    if runner is None:
        runner = TaskRunner(parent)
        parent._printing_tasks = runner  # one worker per window, kept with it
    return runner


def _status(parent: QWidget, text: str) -> None:
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10000)


def _pdf_bytes(result: bytes | Path) -> bytes:
    if isinstance(result, Path):
        try:
            return result.read_bytes()
        except OSError as exc:
            raise PrintError(
                translate("Printing", "The PDF could not be read: {error}").format(
                    error=os_problem(exc)
                )
            ) from exc
    return bytes(result)


def _failed(job: PdfJob, parent: QWidget, title: str) -> Callable[[Exception], None]:
    def failed(error: Exception) -> None:
        job.error_box = show_error(parent, title, error)
        job._end(False)

    return failed


def _cancelled(job: PdfJob, parent: QWidget, text: str) -> Callable[[], None]:
    def cancelled() -> None:
        _status(parent, text)
        job._end(False)

    return cancelled


# --- Save as PDF -----------------------------------------------------------------------------


def save_pdf(
    parent: QWidget,
    make_pdf: MakePdf,
    title: str,
    *,
    suggested: str = "juri.pdf",
    folder: Path | None = None,
    tasks: TaskRunner | None = None,
) -> PdfJob | None:
    """Ask where, then make the PDF off the GUI thread and write it atomically."""
    start = (folder or Path.home()) / suggested
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start), translate("Printing", "PDF documents (*.pdf)")
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    job = PdfJob(parent)

    def work(progress: Progress, cancelled: Cancel) -> int:
        data = _pdf_bytes(make_pdf(progress, cancelled))
        if cancelled():
            raise Cancelled(translate("Printing", "Saving was cancelled."))
        try:
            atomic_write_bytes(target, data)
        except OSError as exc:
            raise PrintError(
                translate(
                    "Printing",
                    "The PDF could not be written to {path}: {error}. Any earlier file "
                    "there is unchanged.",
                ).format(path=target, error=os_problem(exc))
            ) from exc
        return _page_count(target)

    def saved(pages: int) -> None:
        job.path, job.pages = target, pages
        _status(parent, translate("Printing", "Saved: {path}").format(path=target))
        job._end(True)

    _tasks(parent, tasks).run(
        work,
        parent=parent,
        title=translate("Printing", "Making the PDF…"),
        on_success=saved,
        on_failure=_failed(job, parent, title),
        on_cancel=_cancelled(job, parent, translate("Printing", "Saving was cancelled.")),
    )
    return job


def _page_count(path: Path) -> int:
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise PrintError(translate("Printing", "The PDF that was made cannot be read back."))
    count = document.pageCount()
    document.close()
    return count


# --- Print -----------------------------------------------------------------------------------


def print_pdf(
    parent: QWidget, make_pdf: MakePdf, title: str, *, tasks: TaskRunner | None = None
) -> PdfJob:
    """Make the PDF, let the user choose printer, pages and copies, then print it."""
    runner = _tasks(parent, tasks)
    job = PdfJob(parent)
    folder = tempfile.TemporaryDirectory(prefix="juri-print-")
    job.folder = folder  # removed with the job
    path = Path(folder.name) / "print.pdf"

    def make(progress: Progress, cancelled: Cancel) -> int:
        atomic_write_bytes(path, _pdf_bytes(make_pdf(progress, cancelled)))
        return _page_count(path)

    def made(pages: int) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the PDF's pages carry their own margins
        printer.setFromTo(1, pages)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        dialog.setMinMax(1, pages)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            _cancelled(job, parent, translate("Printing", "Printing was cancelled."))()
            return
        order = page_order(printer, pages)

        def paint(progress: Progress, cancelled: Cancel) -> int:
            return paint_pages(path, printer, order, progress, cancelled)

        def printed(count: int) -> None:
            job.pages = count
            _status(
                parent,
                translate("Printing", "Sent to the printer: {title}, {pages} pages.").format(
                    title=title, pages=count
                ),
            )
            job._end(True)

        job.printer = printer  # kept alive while the worker paints
        runner.run(
            paint,
            parent=parent,
            title=translate("Printing", "Printing…"),
            on_success=printed,
            on_failure=_failed(job, parent, title),
            on_cancel=_cancelled(job, parent, translate("Printing", "Printing was cancelled.")),
        )

    runner.run(
        make,
        parent=parent,
        title=translate("Printing", "Making the PDF…"),
        on_success=made,
        on_failure=_failed(job, parent, title),
        on_cancel=_cancelled(job, parent, translate("Printing", "Printing was cancelled.")),
    )
    return job


def page_order(printer: QPrinter, pages: int) -> list[int]:
    """The 0-based pages to paint, in order, as the print dialog left the printer: the range,
    then the copies (collated: 1 2 3 1 2 3; not: 1 1 2 2 3 3) unless the printer makes the
    copies itself."""
    first, last = 1, pages
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or pages, pages)
    chosen = list(range(first - 1, last))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return chosen * copies
    return [page for page in chosen for _copy in range(copies)]


def paint_pages(
    path: Path, printer: QPrinter, order: list[int], progress: Progress, cancelled: Cancel
) -> int:
    """Render each page with QtPdf and paint it to fill the paper; Cancel aborts the job."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise PrintError(translate("Printing", "The PDF that was made cannot be read back."))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            translate(
                "Printing",
                "The printer could not be started. Check that it is connected and "
                "chosen in the print dialog, or save the PDF and print it from there.",
            )
        )
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for index, page in enumerate(order):
            if cancelled():
                printer.abort()
                raise Cancelled(translate("Printing", "Printing was cancelled."))
            if index:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            painter.drawImage(_fitted(painter.viewport(), image.size()), image)
            progress(index + 1, len(order))
    finally:
        painter.end()
        document.close()
    return len(order)


def _fitted(area: QRect, size: QSize) -> QRect:
    """``size`` scaled to fit ``area``, keeping its proportions, centred."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = area.x() + (area.width() - scaled.width()) // 2
    top = area.y() + (area.height() - scaled.height()) // 2
    return QRect(left, top, scaled.width(), scaled.height())
