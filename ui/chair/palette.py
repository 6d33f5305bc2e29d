"""Colours and icons for statuses, the same in every chair view: translucent tints, so they
read on light and dark themes alike, and an icon besides, so colour is never the only sign."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.merge.reading import Verdict
from app.merge.statuses import FileStatus
from app.merge.table import CellState

GOOD = QColor(46, 160, 67, 70)
NOTE = QColor(56, 132, 255, 60)
WAIT = QColor(230, 160, 0, 90)
BAD = QColor(215, 58, 73, 80)
QUIET = QColor(128, 128, 128, 50)

STATUS_TINT = {
    FileStatus.ACCEPTED: GOOD,
    FileStatus.MERGED_FILE: NOTE,
    FileStatus.SUPERSEDED: QUIET,
    FileStatus.DUPLICATE: QUIET,
    FileStatus.UNKNOWN_KEY: WAIT,
}

STATE_TINT = {
    CellState.COMPLETE: GOOD,
    CellState.IN_PROGRESS: WAIT,
    CellState.NOT_STARTED: WAIT,
    CellState.RECUSED: QUIET,
    CellState.MISSING: BAD,
}


def status_colour(status: FileStatus) -> QColor:
    return STATUS_TINT.get(status, BAD)


def state_colour(state: CellState) -> QColor:
    return STATE_TINT[state]


def status_icon(status: FileStatus) -> QIcon:
    pixmap = {
        FileStatus.ACCEPTED: QStyle.StandardPixmap.SP_DialogApplyButton,
        FileStatus.MERGED_FILE: QStyle.StandardPixmap.SP_FileDialogDetailedView,
        # replaced by a newer version: the circling arrows of "renewed", not a drop-down arrow
        FileStatus.SUPERSEDED: QStyle.StandardPixmap.SP_BrowserReload,
        FileStatus.DUPLICATE: QStyle.StandardPixmap.SP_FileDialogListView,
        FileStatus.UNKNOWN_KEY: QStyle.StandardPixmap.SP_MessageBoxQuestion,
    }.get(status, QStyle.StandardPixmap.SP_MessageBoxCritical)
    return QApplication.style().standardIcon(pixmap)


def pact_icon() -> QIcon:
    """A result that records no integrity pact: a warning, whatever its status."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def verdict_colour(verdict: Verdict | None) -> QColor:
    """A reliability reading's tint (its words say the same: colour is never the only sign)."""
    return {Verdict.GOOD: GOOD, Verdict.MODERATE: WAIT, Verdict.POOR: BAD}.get(verdict, QUIET)
