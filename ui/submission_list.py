"""The juror's list of assigned submissions: a table model, a filter, and the panel around them.

Model/view throughout, so 5,000 submissions cost 5,000 small Python objects, not widgets. A
change to one evaluation updates one row.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.evaluation import EvaluationStatus, progress_text, shown_total
from app.domain.numbers import parse_decimal, total_text
from app.i18n import format_decimal
from app.reports.text import total_shown
from app.services.scoring import SubmissionSummary
from ui.session import JurorSession
from ui.tables import style_rows_table

STATUS_COLOURS = {
    EvaluationStatus.NOT_STARTED: QColor("#9e9e9e"),
    EvaluationStatus.IN_PROGRESS: QColor("#f0a500"),
    EvaluationStatus.COMPLETE: QColor("#2e9d4f"),
    EvaluationStatus.RECUSED: QColor("#7b5ea7"),
}
# The list shows a status as a mark, a shape for each (not the colour alone), so the title has
# the room; the word is in its tooltip, read out by screen readers, and in the status filter,
# which doubles as the legend.
STATUS_MARKS = {
    EvaluationStatus.NOT_STARTED: "○",
    EvaluationStatus.IN_PROGRESS: "◐",
    EvaluationStatus.COMPLETE: "●",
    EvaluationStatus.RECUSED: "⊘",
}
STATUS_ORDER = {status: i for i, status in enumerate(EvaluationStatus)}
ANY = ""
NO_PARENT = QModelIndex()


class SubmissionTableModel(QAbstractTableModel):
    CODE, TITLE, AGENCY, CATEGORY, STATUS, TOTAL = range(6)
    SummaryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: JurorSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[SubmissionSummary] = session.workspace.scoring.submissions(
            session.package_id
        )
        self._row_of = {row.code: i for i, row in enumerate(self.rows)}
        self.mark_font = QFont()
        self.mark_font.setPointSizeF(self.mark_font.pointSizeF() * 1.4)
        self.partial_font = QFont()
        self.partial_font.setItalic(True)  # a total so far, not yet the final one
        session.evaluationChanged.connect(self.refresh)

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Agency"),
            self.tr("Category"),
            self.tr("Status"),
            self.tr("Total"),
        )[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TOTAL:
                return total_shown(
                    shown_total(row.status, parse_decimal(row.total), scored=row.scored)
                )
            if column == self.STATUS:
                return STATUS_MARKS[row.status]
            return (row.code, row.title, row.agency, row.category)[column]
        if (
            role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
            and column == self.STATUS
        ):
            return row.status.label()
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.AGENCY):
            return f"{row.title}\n{row.agency}"
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return STATUS_COLOURS[row.status]
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS:
            return self.mark_font
        partial = row.status is EvaluationStatus.IN_PROGRESS and row.scored
        if column == self.TOTAL and partial:
            if role == Qt.ItemDataRole.FontRole:
                return self.partial_font
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr(
                    "{total}: the total so far; criteria not scored yet are still to come"
                ).format(
                    total=total_shown(
                        shown_total(row.status, parse_decimal(row.total), scored=True)
                    )
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.TOTAL, self.STATUS):
            return int(
                (
                    Qt.AlignmentFlag.AlignRight
                    if column == self.TOTAL
                    else Qt.AlignmentFlag.AlignHCenter
                )
                | Qt.AlignmentFlag.AlignVCenter
            )
        if role == self.SummaryRole:
            return row
        if role == Qt.ItemDataRole.UserRole:
            if column == self.TOTAL:
                return shown_total(row.status, parse_decimal(row.total), scored=row.scored)
            if column == self.STATUS:
                return STATUS_ORDER[row.status]
        return None

    def refresh(self, code: str) -> None:
        """One evaluation changed: update its row's status and total."""
        index = self._row_of.get(code)
        if index is None:
            return
        state = self.session.state(code)
        self.rows[index] = dataclasses.replace(
            self.rows[index],
            status=state.status,
            total=total_text(state.total),
            scored=bool(state.evaluation.scores),
        )
        self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))

    def code_at(self, row: int) -> str:
        return self.rows[row].code

    def row_of(self, code: str) -> int | None:
        return self._row_of.get(code)


class SubmissionFilter(QSortFilterProxyModel):
    """Text search over code, title, agency and category; group, cluster and status filters."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.group = ANY
        self.cluster = ANY
        self.status = ANY
        self.setSortRole(Qt.ItemDataRole.UserRole)
        # A row stays where it is while the juror works on it: scoring the shown submission
        # under the "not started" filter once made it vanish and another one take the screen.
        # Filters and sorting apply again when the juror changes them.
        self.setDynamicSortFilter(False)

    def set_filters(
        self,
        *,
        text: str | None = None,
        group: str | None = None,
        cluster: str | None = None,
        status: str | None = None,
    ) -> None:
        self.beginFilterChange()
        if text is not None:
            self.text = text.casefold().strip()
        if group is not None:
            self.group = group
        if cluster is not None:
            self.cluster = cluster
        if status is not None:
            self.status = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        row: SubmissionSummary = self.sourceModel().rows[source_row]
        if self.group and row.group != self.group:
            return False
        if self.cluster and row.cluster != self.cluster:
            return False
        if self.status and row.status.value != self.status:
            return False
        if self.text:
            haystack = f"{row.code} {row.title} {row.agency} {row.category}".casefold()
            return all(word in haystack for word in self.text.split())
        return True

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Package order is the source model's order: sorting by it is showing the rows as
        they are (sorting 5,000 rows through Python comparisons slowed the window's start:
        docs/performance.md)."""
        if column == SubmissionTableModel.CODE and order == Qt.SortOrder.AscendingOrder:
            column = -1
        super().sort(column, order)

    def lessThan(self, left, right) -> bool:
        if left.column() == SubmissionTableModel.TOTAL:  # nothing scored sorts below any score
            return _rank(left.data(Qt.ItemDataRole.UserRole)) < _rank(
                right.data(Qt.ItemDataRole.UserRole)
            )
        if left.column() == SubmissionTableModel.STATUS:
            return left.data(Qt.ItemDataRole.UserRole) < right.data(Qt.ItemDataRole.UserRole)
        if left.column() == SubmissionTableModel.CODE:  # package order: the list's default
            rows = self.sourceModel().rows  # read directly: 5,000 rows take ~60,000 comparisons
            return rows[left.row()].position < rows[right.row()].position
        return (left.data() or "").casefold() < (right.data() or "").casefold()


def _rank(total: Decimal | None) -> Decimal:
    return Decimal(-1) if total is None else total


class SubmissionListPanel(QWidget):
    """Search box, filters, the table and the progress summary ("12 of 40 scored")."""

    currentChanged = Signal(str)  # the selected submission's code

    def __init__(self, session: JurorSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = SubmissionTableModel(session, self)
        self.proxy = SubmissionFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, title, agency…"))
        self.search.setAccessibleName(self.tr("Search submissions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filters(text=text))

        manifest = session.manifest
        self.group_filter = self._combo(
            self.tr("All groups"), manifest.groups, self.tr("Filter by group")
        )
        self.group_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(group=self.group_filter.currentData())
        )
        self.cluster_filter = self._combo(
            self.tr("All clusters"), manifest.clusters, self.tr("Filter by cluster")
        )
        self.cluster_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(cluster=self.cluster_filter.currentData())
        )
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), ANY)
        for status in EvaluationStatus:
            self.status_filter.addItem(f"{STATUS_MARKS[status]} {status.label()}", status.value)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(status=self.status_filter.currentData())
        )

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Submissions"))
        style_rows_table(self.table)
        # the indicator first, so enabling sorting sorts once (by package order), not twice
        self.table.horizontalHeader().setSortIndicator(
            SubmissionTableModel.CODE, Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        self._size_columns()
        self.table.setColumnHidden(SubmissionTableModel.AGENCY, True)
        self.table.setColumnHidden(SubmissionTableModel.CATEGORY, True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Progress"))
        session.evaluationChanged.connect(self.update_progress)
        self.update_progress()

        filters = QHBoxLayout()
        for combo in (self.group_filter, self.cluster_filter, self.status_filter):
            filters.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

    def _size_columns(self) -> None:
        """Code, status and total as wide as what they hold (measured on the longest code, not
        by asking 5,000 rows); the title takes the rest."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SubmissionTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        cell, heading = self.table.fontMetrics(), header.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        longest_code = max((row.code for row in self.model.rows), key=len, default="")
        mark = QFontMetrics(self.model.mark_font)
        for column, content, metrics in (
            (SubmissionTableModel.CODE, longest_code, cell),
            (SubmissionTableModel.STATUS, "●", mark),
            (SubmissionTableModel.TOTAL, format_decimal(Decimal(100)), cell),
        ):
            label = self.model.headerData(column, Qt.Orientation.Horizontal)
            # the header also holds the sort arrow
            width = max(metrics.horizontalAdvance(content), heading.horizontalAdvance(label) + 14)
            self.table.setColumnWidth(column, width + padding)
        self.table.setColumnWidth(SubmissionTableModel.AGENCY, 150)
        self.table.setColumnWidth(SubmissionTableModel.CATEGORY, 110)

    def _combo(self, everything: str, values: tuple[str, ...], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(everything, ANY)
        for value in values:
            combo.addItem(value, value)
        combo.setEnabled(len(values) > 1)
        return combo

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def update_progress(self, _code: str = "") -> None:
        summary = self.session.workspace.scoring.progress(self.session.package_id)
        self.progress.setText(progress_text(summary.counts))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            source = self.proxy.mapToSource(current)
            self.currentChanged.emit(self.model.code_at(source.row()))

    def current_code(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.code_at(self.proxy.mapToSource(index).row())

    def select(self, code: str) -> bool:
        """Select ``code``, clearing filters that hide it."""
        row = self.model.row_of(code)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            for combo in (self.group_filter, self.cluster_filter, self.status_filter):
                combo.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def neighbour(self, step: int) -> str | None:
        """The code ``step`` rows away in the list as shown (filtered and sorted)."""
        current = self.table.currentIndex()
        row = (current.row() if current.isValid() else -1) + step
        if 0 <= row < self.proxy.rowCount():
            return self.model.code_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
        return None

    def next_unscored(self, after: str | None) -> str | None:
        """The next submission that still needs work after ``after`` (the one on screen), in
        the list's order and wrapping round; when the filters hide every such one, in package
        order (selecting it clears the filters)."""
        rows = self.model.rows
        shown = [
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        ]
        everything = range(len(rows))
        for order in (shown, everything):
            position = self.model.row_of(after) if after else None
            start = order.index(position) if position in order else -1
            for offset in range(1, len(order) + 1):
                summary = rows[order[(start + offset) % len(order)]]
                if summary.status in (EvaluationStatus.NOT_STARTED, EvaluationStatus.IN_PROGRESS):
                    return summary.code
        return None
