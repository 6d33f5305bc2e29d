"""The proposal PDF in QtPdf's viewer: pages, zoom, fit to width, and text search.

The bytes come from the verified package (checked against their hash on every read) and are
shown from memory; nothing is unpacked to disk. A PDF QtPdf cannot render gets a plain message
and the offer to open it in another program.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.atomic import atomic_write_bytes

ZOOM_STEP = 1.25


class ProposalView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._bytes = b""
        self._name = ""
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fit to width with a scroll bar that comes and goes feeds back on itself: the bar
        # narrows the page, the shorter document no longer needs the bar, the page widens …
        # QPdfView then re-lays itself out ever more often until the window freezes. A bar that
        # is always there keeps the width, and so the zoom, still.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setAccessibleName(self.tr("Proposal"))
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self._result = -1

        style = self.style()
        self.previous = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            self.tr("Previous page"),
            lambda: self.go_to(self.page() - 1),
        )
        self.next = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            self.tr("Next page"),
            lambda: self.go_to(self.page() + 1),
        )
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda number: self.go_to(number - 1))
        self.page_count = QLabel()
        self.zoom_out = self._text_button(
            "−", self.tr("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP)
        )
        self.zoom_in = self._text_button("+", self.tr("Zoom in"), lambda: self.zoom(ZOOM_STEP))
        self.fit_width = self._text_button(
            self.tr("Fit width"),
            self.tr("Fit the pages to the width of the view"),
            self.fit_to_width,
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find in proposal"))
        self.search.setAccessibleName(self.tr("Find in proposal"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(lambda: self.find(1))
        self.search.textChanged.connect(self._search_changed)
        self.found = QLabel()
        self.find_next = self._text_button("▼", self.tr("Next match"), lambda: self.find(1))
        self.find_previous = self._text_button(
            "▲", self.tr("Previous match"), lambda: self.find(-1)
        )

        bar = QHBoxLayout()
        for widget in (self.previous, self.next, self.page_box, self.page_count):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (self.zoom_out, self.zoom_in, self.fit_width):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.search, self.find_previous, self.find_next, self.found):
            bar.addWidget(widget)

        self.problem = QWidget()
        problem_layout = QVBoxLayout(self.problem)
        self.problem_text = QLabel()
        self.problem_text.setWordWrap(True)
        self.problem_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        open_elsewhere = QPushButton(self.tr("Open in another program"))
        open_elsewhere.clicked.connect(self.open_externally)
        problem_layout.addStretch(1)
        problem_layout.addWidget(self.problem_text)
        problem_layout.addWidget(open_elsewhere, 0, Qt.AlignmentFlag.AlignCenter)
        problem_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.problem)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        QShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_F),
            self,
            self._focus_search,
        )
        self._set_enabled(False)

    def _button(self, icon, name: str, action) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.clicked.connect(action)
        return button

    def _text_button(self, text: str, name: str, action) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.clicked.connect(action)
        return button

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.previous,
            self.next,
            self.page_box,
            self.zoom_in,
            self.zoom_out,
            self.fit_width,
            self.search,
            self.find_next,
            self.find_previous,
        ):
            widget.setEnabled(enabled)

    # --- loading ---------------------------------------------------------------------------

    def show_pdf(self, data: bytes, name: str) -> bool:
        """Show a PDF from memory; False (and a plain message) when QtPdf cannot render it."""
        self.document.close()
        self._bytes, self._name = data, name
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        ok = self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0
        if not ok:
            self.show_problem(
                self.tr(
                    "This PDF cannot be shown in Juri ({name}). Open it in "
                    "another program to read it."
                ).format(name=name)
            )
            return False
        self.stack.setCurrentWidget(self.view)
        self._set_enabled(True)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, self.document.pageCount())
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_count.setText(self.tr("of {n}").format(n=self.document.pageCount()))
        self.fit_to_width()
        self.go_to(0)
        self._search_changed(self.search.text())
        return True

    def show_problem(self, text: str) -> None:
        self.problem_text.setText(text)
        self.stack.setCurrentWidget(self.problem)
        self._set_enabled(False)

    def clear(self) -> None:
        self.document.close()
        self._bytes = b""
        self._set_enabled(False)

    def open_externally(self) -> None:
        """Hand the (verified) proposal to the system's PDF reader, from Juri's cache."""
        if not self._bytes:
            return
        # A name Juri makes, never the package's: the system opens a file by its ending, and a
        # name from a package could climb out of the cache ("../../x") or end in ".hta".
        folder = paths.cache_dir() / "proposals"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"proposal-{hashlib.sha256(self._bytes).hexdigest()[:16]}.pdf"
        if target.resolve().parent != folder.resolve():
            return
        atomic_write_bytes(target, self._bytes)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # --- pages and zoom --------------------------------------------------------------------

    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.document.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(6.0, self.view.zoomFactor() * factor)))

    def fit_to_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- search ----------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.search_model.setSearchString(text)
        self._result = -1
        self.found.setText("")

    def find(self, step: int) -> int:
        """Go to the next (or previous) match; returns how many matches there are."""
        count = self.search_model.count()
        if not self.search.text() or count == 0:
            self.found.setText(self.tr("not found") if self.search.text() else "")
            return 0
        self._result = (self._result + step) % count
        self.view.setCurrentSearchResultIndex(self._result)
        link = self.search_model.resultAtIndex(self._result)
        self.view.pageNavigator().jump(link)
        self.found.setText(self.tr("{i} of {n}").format(i=self._result + 1, n=count))
        return count
