"""Table models over one merge report: every list the chair reads is an item model, so views
sort, scroll and stay accessible however many files or submissions there are.

Each model takes a whole :class:`~app.merge.service.MergeReport` with :meth:`set_report`
(a reset: the report is replaced after every merge), and shows numbers with the language's
decimal sign.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from app.i18n import current_language, format_decimal, translate
from app.merge.agreement import TOTAL
from app.merge.ranking import passing_rule_text
from app.merge.reading import read
from app.merge.service import MergeReport, place_note
from app.merge.statuses import FileStatus, FileVerdict
from app.merge.table import CellState
from app.stats import ICC_FORMS
from ui.chair.palette import (
    WAIT,
    pact_icon,
    state_colour,
    status_colour,
    status_icon,
    verdict_colour,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
SORT_ROLE = Qt.ItemDataRole.UserRole  # the value a proxy sorts by
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 1


def number(value: Fraction | None, places: int = 2) -> str:
    return "–" if value is None else format_decimal(value, places)


class ReportModel(QAbstractTableModel):
    """Columns fixed by :meth:`headers`; rows rebuilt from each report."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: MergeReport | None = None
        self.rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def build(self, report: MergeReport) -> list[Any]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def set_report(self, report: MergeReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self.rows = self.build(report) if report is not None else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = DISPLAY,
    ) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)


class VerificationModel(ReportModel):
    """Every input file (and every result inside a merged file): status and the reason."""

    FILE, STATUS, JUROR, SEQUENCE, SIGNER, REASON = range(6)

    def headers(self) -> list[str]:
        return [
            translate("ChairModels", "File"),
            translate("ChairModels", "Status"),
            translate("ChairModels", "Juror"),
            translate("ChairModels", "Version"),
            translate("ChairModels", "Signing key"),
            translate("ChairModels", "Reason"),
        ]

    def build(self, report: MergeReport) -> list[FileVerdict]:
        return list(report.intake.verdicts)

    def verdict(self, row: int) -> FileVerdict:
        return self.rows[row]

    def cell(self, verdict: FileVerdict, column: int, role: int) -> Any:
        if role == VERDICT_ROLE:
            return verdict
        if role in (DISPLAY, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            name = (
                verdict.name if role == Qt.ItemDataRole.ToolTipRole else PurePath(verdict.name).name
            )
            if verdict.inside is not None:
                name = translate("ChairModels", "{name} (in {merged})").format(
                    name=name, merged=PurePath(verdict.inside).name
                )
            values = [
                name,
                _status_text(verdict),
                *_who(verdict),
                verdict.signer or "–",
                verdict.reason,
            ]
            if role == SORT_ROLE and column == self.SEQUENCE:
                return verdict.sequence or (verdict.claimed or ("", 0))[1] or 0
            if (
                role == Qt.ItemDataRole.ToolTipRole
                and column in (self.JUROR, self.SEQUENCE)
                and verdict.juror is None
                and verdict.claimed is not None
            ):
                return translate(
                    "ChairModels",
                    "The file says it is juror {juror}'s, but that is not verified: {reason}",
                ).format(juror=verdict.claimed[0], reason=verdict.reason)
            return values[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return pact_icon() if verdict.pact_missing else status_icon(verdict.status)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS:
            return WAIT if verdict.pact_missing else status_colour(verdict.status)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.STATUS:
            return verdict.status.label()
        return None

    def rows_with(self, status: FileStatus) -> list[int]:
        return [i for i, v in enumerate(self.rows) if v.status is status]


def _status_text(verdict: FileVerdict) -> str:
    """The status, flagged when the result records no integrity pact."""
    if not verdict.pact_missing:
        return verdict.status.label()
    return translate("ChairModels", "{status} · no integrity pact").format(
        status=verdict.status.label()
    )


def _who(verdict: FileVerdict) -> tuple[str, str]:
    """The juror and version of a file, "–" where unknown (see FileVerdict.shown_who)."""
    return tuple(text or "–" for text in verdict.shown_who())  # type: ignore[return-value]


class CoverageModel(ReportModel):
    """Submission × juror: what each assigned juror's accepted result says about each
    submission (with the weighted total when complete); blank where a juror is not assigned."""

    def headers(self) -> list[str]:
        jurors = self.report.table.jurors if self.report is not None else ()
        return [translate("ChairModels", "Submission"), *jurors]

    def build(self, report: MergeReport) -> list[str]:
        return [s.code for s in report.manifest.submissions]

    def cell(self, code: str, column: int, role: int) -> Any:
        table = self.report.table
        if column == 0:
            if role in (DISPLAY, SORT_ROLE):
                return code
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.report.manifest.submission(code).title
            return None
        juror = table.jurors[column - 1]
        found = table.cell(code, juror)
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if found is None:
                return "—" if role == DISPLAY else translate("ChairModels", "not assigned")
            if found.state is CellState.COMPLETE:
                return f"{found.state.label()} · {number(found.total)}"
            return found.state.label()
        if role == SORT_ROLE:
            return found.state.value if found else ""
        if role == Qt.ItemDataRole.BackgroundRole and found is not None:
            return state_colour(found.state)
        if role == Qt.ItemDataRole.ForegroundRole and found is None:
            return QColor(128, 128, 128)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def state(self, code: str, juror: str) -> CellState | None:
        found = self.report.table.cell(code, juror) if self.report else None
        return found.state if found else None


class RankingView:
    OVERALL = "overall"
    GROUP = "group"
    CLUSTER = "cluster"


class RankingModel(ReportModel):
    """The ranking in one of three line-ups: overall, per group, per cluster (KIPP ranks
    per cluster too). A tie shows as "=3"; scores that look equal at two decimals show the
    decimals that separate them; the note names the tie-break that decided, and says why a
    submission is not ranked. The mean is what the passing grade applies to."""

    RANK, CODE, TITLE, LINE_UP, SCORE, MEAN, EVALUATIONS, PASSES, NOTE = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = RankingView.OVERALL

    def set_view(self, view: str) -> None:
        self.view = view
        self.set_report(self.report)

    def headers(self) -> list[str]:
        line_up = {
            RankingView.OVERALL: translate("ChairModels", "Group"),
            RankingView.GROUP: translate("ChairModels", "Group"),
            RankingView.CLUSTER: translate("ChairModels", "Cluster"),
        }[self.view]
        return [
            translate("ChairModels", "Rank"),
            translate("ChairModels", "Submission"),
            translate("ChairModels", "Title"),
            line_up,
            translate("ChairModels", "Score"),
            translate("ChairModels", "Mean of totals"),
            translate("ChairModels", "Evaluations"),
            translate("ChairModels", "Passes"),
            translate("ChairModels", "Note"),
        ]

    def _line_up(self, standing) -> str:
        submission = self.report.manifest.submission(standing.code)
        return submission.cluster if self.view == RankingView.CLUSTER else submission.group

    def _place(self, standing):
        return {
            RankingView.OVERALL: standing.place,
            RankingView.GROUP: standing.group_place,
            RankingView.CLUSTER: standing.cluster_place,
        }[self.view]

    def build(self, report: MergeReport) -> list[Any]:
        if self.view == RankingView.OVERALL:
            return list(report.standings)
        self.report = report
        ranked = [s for s in report.standings if self._place(s) is not None]
        unranked = [s for s in report.standings if self._place(s) is None]
        return sorted(ranked, key=lambda s: (self._line_up(s), self._place(s).rank)) + unranked

    def standing(self, row: int):
        return self.rows[row]

    def cell(self, standing, column: int, role: int) -> Any:
        place = self._place(standing)
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(standing, place, column)
        if role == SORT_ROLE:
            return self._sort_key(standing, place, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return self.report.manifest.submission(standing.code).title
            if column in (self.MEAN, self.PASSES):
                return translate("ChairModels", "The passing grade applies {rule}.").format(
                    rule=passing_rule_text()
                )
            if column == self.NOTE:
                return self._text(standing, place, column) or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == self.PASSES and standing.passes:
            return QColor(46, 160, 67, 70)
        if role == Qt.ItemDataRole.ForegroundRole and place is None:
            return QColor(128, 128, 128)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.RANK,
            self.SCORE,
            self.MEAN,
            self.EVALUATIONS,
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, standing, place, column: int) -> str:
        submission = self.report.manifest.submission(standing.code)
        if column == self.RANK:
            if place is None:
                return "–"
            return f"={place.rank}" if place.tie else str(place.rank)
        if column == self.NOTE:
            notes = (
                [place_note(self.report, standing, place)]
                if (place is not None or standing.place is None)
                else []
            )
            if standing.code in self.report.flagged:
                notes.append(translate("ChairModels", "jurors disagree"))
            return "; ".join(note for note in notes if note)
        return {
            self.CODE: standing.code,
            self.TITLE: submission.title,
            self.LINE_UP: self._line_up(standing) or "–",
            self.SCORE: number(standing.score, standing.decimals),
            self.MEAN: number(standing.mean, standing.mean_decimals),
            self.EVALUATIONS: f"{standing.complete}/{standing.expected}",
            self.PASSES: "–"
            if standing.verdict is None
            else (
                translate("ChairModels", "yes")
                if standing.verdict
                else translate("ChairModels", "no")
            ),
        }[column]

    def _sort_key(self, standing, place, column: int) -> Any:
        if column == self.RANK:
            return place.rank if place else 10**9
        if column == self.SCORE:
            return float(standing.score) if standing.score is not None else -1.0
        if column == self.MEAN:
            return float(standing.mean) if standing.mean is not None else -1.0
        if column == self.EVALUATIONS:
            return standing.complete
        return self._text(standing, place, column)


class DisagreementModel(ReportModel):
    """Submissions whose jurors' totals lie further apart than the threshold, widest first,
    with what to do about each."""

    CODE, TITLE, SPREAD, LOWEST, HIGHEST, SUGGESTION = range(6)

    def headers(self) -> list[str]:
        return [
            translate("ChairModels", "Submission"),
            translate("ChairModels", "Title"),
            translate("ChairModels", "Spread"),
            translate("ChairModels", "Lowest"),
            translate("ChairModels", "Highest"),
            translate("ChairModels", "Suggestion"),
        ]

    def build(self, report: MergeReport) -> list[Any]:
        return sorted(report.disagreements, key=lambda d: (-d.spread, d.code))

    def cell(self, item, column: int, role: int) -> Any:
        if role == SORT_ROLE and column == self.SPREAD:
            return float(item.spread)
        if role not in (DISPLAY, SORT_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return {
            self.CODE: item.code,
            self.TITLE: self.report.manifest.submission(item.code).title,
            self.SPREAD: number(item.spread),
            self.LOWEST: f"{item.lowest[0]} · {number(item.lowest[1])}",
            self.HIGHEST: f"{item.highest[0]} · {number(item.highest[1])}",
            self.SUGGESTION: item.suggestion(),
        }[column]


class ReliabilityModel(ReportModel):
    """Krippendorff's alpha (interval) and the six ICC forms, for the weighted total and for
    each criterion, each read in plain words (its tooltip says what to do)."""

    READING = 2 + len(ICC_FORMS)

    def headers(self) -> list[str]:
        return [
            translate("ChairModels", "Scores"),
            translate("ChairModels", "Krippendorff's α"),
            *ICC_FORMS,
            translate("ChairModels", "Reading"),
            translate("ChairModels", "Design"),
        ]

    def build(self, report: MergeReport) -> list[Any]:
        return list(report.reliability)

    def cell(self, item, column: int, role: int) -> Any:
        numeric = 0 < column < self.READING
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == self.READING:
            return read(item).advice()
        if role == Qt.ItemDataRole.BackgroundRole and column == self.READING:
            return verdict_colour(read(item).verdict)
        if role not in (
            DISPLAY,
            SORT_ROLE,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if column == 0:
            if item.view == TOTAL:
                return translate("ChairModels", "weighted total")
            criterion = self.report.manifest.rubric.get(item.view)
            title = criterion.title.get(current_language()) if criterion else ""
            return f"{item.view} · {title}" if role != SORT_ROLE else item.view
        if column == 1:
            return number(item.alpha, 3)
        if column == self.READING:
            return read(item).text()
        if column == self.READING + 1:
            return item.design_label()
        return number(item.icc.get(ICC_FORMS[column - 2]), 3)
