"""The chair window's tabs: files, coverage, ranking, disagreements, reliability, charts.

Each page shows one :class:`~app.merge.service.MergeReport` (``set_report``) and asks the
window for anything that changes the merge through signals, so all work stays in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import format_decimal, translate
from app.merge.ranking import passing_rule_text
from app.merge.reading import advice, sources
from app.merge.service import MergeReport, other_versions_problem
from app.merge.shown import SHOWN_DECIMALS
from app.merge.statuses import FileStatus, FileVerdict
from app.merge.table import CellState
from ui.chair.models import (
    SORT_ROLE,
    CoverageModel,
    DisagreementModel,
    RankingModel,
    RankingView,
    ReliabilityModel,
    ReportModel,
    VerificationModel,
)
from ui.tables import style_rows_table


def stretch_column(table: QTableView, stretched: int) -> None:
    """One column (the title) takes the spare width; every other fits its contents."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)


def table_view(model: ReportModel, name: str, sortable: bool = True) -> QTableView:
    """A read-only, keyboard-navigable table over ``model`` (sorted through a proxy)."""
    view = QTableView()
    view.setObjectName(name)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's own order first
    else:
        view.setModel(model)
    style_rows_table(view)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def source_row(view: QTableView) -> int | None:
    """The selected row in the model's own numbering, or ``None``."""
    index = view.currentIndex()
    if not index.isValid():
        return None
    model = view.model()
    if isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
    return index.row()


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FilesPage(QWidget):
    """Every file with its status and reason; accepting a key the roster does not know."""

    acceptKeyRequested = Signal(object)
    canAcceptChanged = Signal(bool)  # the selected file's key can be accepted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = VerificationModel(self)
        layout = QVBoxLayout(self)
        self.summary = heading(
            translate(
                "ChairPages",
                "Import the jurors' result files: File → Import results, or "
                "drop files and folders on this window.",
            )
        )
        self.summary.setAccessibleName(translate("ChairPages", "Summary of the imported files"))
        layout.addWidget(self.summary)
        self.table = table_view(self.model, "verification")
        self.table.setAccessibleName(translate("ChairPages", "Imported files and their status"))
        header = self.table.horizontalHeader()
        for column in range(VerificationModel.REASON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.details = heading()
        self.details.setAccessibleName(translate("ChairPages", "The selected file's status"))
        layout.addWidget(self.details)
        row = QHBoxLayout()
        self.accept_button = QPushButton(translate("ChairPages", "Accept this &key…"))
        self.accept_button.setAccessibleName(
            translate("ChairPages", "Accept the unknown key of the selected file")
        )
        self.accept_button.setToolTip(
            translate(
                "ChairPages",
                "Accept a key the roster does not know, after comparing "
                "its fingerprint with the juror's signed paper sheet",
            )
        )
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self._accept)
        row.addWidget(self.accept_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._selection())
        self.model.modelReset.connect(self._selection)

    def selected(self) -> FileVerdict | None:
        row = source_row(self.table)
        return None if row is None else self.model.verdict(row)

    def _selection(self) -> None:
        verdict = self.selected()
        self.details.setText(
            ""
            if verdict is None
            else translate("ChairPages", "{name}: {status} — {reason}").format(
                name=verdict.name, status=verdict.status.label(), reason=verdict.reason
            )
        )
        can = (
            verdict is not None
            and verdict.status is FileStatus.UNKNOWN_KEY
            and verdict.signer is not None
        )
        self.accept_button.setEnabled(can)
        self.canAcceptChanged.emit(can)

    def _accept(self) -> None:
        verdict = self.selected()
        if verdict is not None:
            self.acceptKeyRequested.emit(verdict)

    def select_row(self, row: int) -> None:
        model = self.table.model()
        index = model.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)

    def set_report(self, report: MergeReport | None) -> None:
        self.model.set_report(report)
        if report is None:
            return
        counts: dict[FileStatus, int] = {}
        for verdict in report.intake.verdicts:
            counts[verdict.status] = counts.get(verdict.status, 0) + 1
        total = len(report.intake.verdicts)
        parts = [
            f"{status.label()}: {count}"
            for status, count in sorted(
                counts.items(), key=lambda item: list(FileStatus).index(item[0])
            )
        ]
        text = translate(
            "ChairPages", "Files: {total} — {parts}. Jurors accepted: {jurors}."
        ).format(
            total=total,
            parts=", ".join(parts) or "–",
            jurors=", ".join(sorted(report.intake.accepted)) or "–",
        )
        if report.intake.unused_keys:
            text += " " + translate(
                "ChairPages", "No file of its juror is signed by the accepted key(s) {keys}."
            ).format(
                keys=", ".join(f"{k.fingerprint} ({k.juror})" for k in report.intake.unused_keys)
            )
        advice = newest_version_advice(report)
        if advice is not None:
            text += " " + advice
        self.summary.setText(text)


def newest_version_advice(report: MergeReport) -> str | None:
    """What the window says when files were made for another version of the package than
    the one open (:func:`~app.merge.service.other_versions_problem`), or None: open the newest
    version, or, for a second amendment with the same version, ask the secretariat."""
    problem = other_versions_problem(report)
    if problem is None:
        return None
    if report.intake.rival_versions:
        advice = translate(
            "ChairPages",
            "Until the secretariat says which one is in force, these files do not count and "
            "the merged file cannot be signed.",
        )
    else:
        advice = translate(
            "ChairPages",
            "Open the newest version of the package (File → Open package): results made for "
            "its earlier versions count under it. Until then these files do not count and the "
            "merged file cannot be signed.",
        )
    return f"{problem}. {advice}"


class CoveragePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CoverageModel(self)
        layout = QVBoxLayout(self)
        self.summary = heading()
        layout.addWidget(self.summary)
        self.table = table_view(self.model, "coverage")
        self.table.setAccessibleName(translate("ChairPages", "Coverage: submissions by jurors"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        layout.addWidget(self.table, 1)

    def set_report(self, report: MergeReport | None) -> None:
        self.model.set_report(report)
        if report is None:
            return
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        counts = report.table.counts()
        parts = ", ".join(f"{state.label()} {counts[state]}" for state in CellState)
        total = sum(counts.values())
        self.summary.setText(
            translate("ChairPages", "Assigned evaluations: {total} — {parts}.").format(
                total=total, parts=parts
            )
        )


class RankingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RankingModel(self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        label = QLabel(translate("ChairPages", "Line-&up:"))
        self.view_choice = QComboBox()
        self.view_choice.setObjectName("ranking_view")
        self.view_choice.setAccessibleName(translate("ChairPages", "Ranking line-up"))
        label.setBuddy(self.view_choice)
        for text, key in (
            (translate("ChairPages", "Overall"), RankingView.OVERALL),
            (translate("ChairPages", "Per group"), RankingView.GROUP),
            (translate("ChairPages", "Per cluster"), RankingView.CLUSTER),
        ):
            self.view_choice.addItem(text, key)
        self.view_choice.currentIndexChanged.connect(
            lambda: self.model.set_view(self.view_choice.currentData())
        )
        bar.addWidget(label)
        bar.addWidget(self.view_choice)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = heading()
        self.summary.setAccessibleName(translate("ChairPages", "Method and passing grade"))
        layout.addWidget(self.summary)
        self.table = table_view(self.model, "ranking")
        self.table.setAccessibleName(translate("ChairPages", "Ranking"))
        stretch_column(self.table, RankingModel.TITLE)
        layout.addWidget(self.table, 1)

    def selected_code(self) -> str | None:
        index = source_row(self.table)
        return None if index is None else self.model.standing(index).code

    def set_report(self, report: MergeReport | None) -> None:
        self.model.set_report(report)
        if report is None:
            return
        grade = report.passing_grade
        passing = sum(1 for s in report.standings if s.passes)
        ties = sum(1 for s in report.standings if s.place and s.place.tie)
        method = report.options.method.label().capitalize()
        if grade is None:  # no "0 of N pass" for a grade that is not there
            text = translate("ChairPages", "{method}. No passing grade in this round.").format(
                method=method
            )
        else:
            text = translate(
                "ChairPages", "{method}. Passing grade: {grade} — {passing} of {total} pass."
            ).format(
                method=method,
                grade=format_decimal(grade, 2),
                passing=passing,
                total=len(report.standings),
            )
            text += " " + translate("ChairPages", "The grade applies {rule}.").format(
                rule=passing_rule_text()
            )
        unranked = len(report.not_ranked)
        text += " " + translate(
            "ChairPages",
            "Ranked: submissions with enough complete evaluations (needed: "
            "{minimum}); not ranked: {unranked}.",
        ).format(minimum=report.min_evaluations, unranked=unranked)
        if ties:
            text += " " + translate(
                "ChairPages",
                "Tied places are marked with “=”: {ties} submissions share a "
                "place that no tie-break separates.",
            ).format(ties=ties)
        if any(s.decimals > SHOWN_DECIMALS for s in report.standings):
            text += " " + translate(
                "ChairPages",
                "Scores shown with more decimals look equal to a neighbour's at "
                "two; the decimals shown separate them.",
            )
        self.summary.setText(text)


class DisagreementsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DisagreementModel(self)
        layout = QVBoxLayout(self)
        self.summary = heading()
        layout.addWidget(self.summary)
        self.table = table_view(self.model, "disagreements")
        self.table.setAccessibleName(translate("ChairPages", "Disagreements"))
        stretch_column(self.table, DisagreementModel.TITLE)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.third_button = QPushButton(translate("ChairPages", "Assign a third &juror…"))
        self.third_button.setToolTip(
            translate(
                "ChairPages",
                "Choose jurors to add to the selected submission and save the "
                "assignments file the secretariat signs with juri package amend",
            )
        )
        row.addWidget(self.third_button)
        row.addStretch(1)
        layout.addLayout(row)

    def selected_code(self) -> str | None:
        index = source_row(self.table)
        return None if index is None else self.model.rows[index].code

    def set_report(self, report: MergeReport | None) -> None:
        self.model.set_report(report)
        if report is None:
            return
        threshold = format_decimal(report.options.threshold, 2)
        if report.disagreements:
            text = translate(
                "ChairPages",
                "Submissions whose jurors' weighted totals are more than {n} points "
                "apart. With two evaluations, assign a third juror; with more, discuss "
                "it in the panel.",
            ).format(n=threshold)
        else:
            text = translate(
                "ChairPages", "No jurors' totals are more than {n} points apart."
            ).format(n=threshold)
        self.summary.setText(text)


class ReliabilityPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ReliabilityModel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                translate(
                    "ChairPages",
                    "How far the jurors agree: Krippendorff's alpha (interval level) and the "
                    "six Shrout–Fleiss intraclass correlations, for the weighted total and each "
                    "criterion. 1 is full agreement; near 0 or below, the scores say more about "
                    "the juror than about the submission. ICC2 and ICC3 need every juror to "
                    "score every submission; when jurors share the submissions out, they are "
                    "taken as interchangeable and only ICC1 and ICC1k apply (– in the table).",
                )
            )
        )
        self.table = table_view(self.model, "reliability", sortable=False)
        self.table.setAccessibleName(translate("ChairPages", "Reliability"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.advice = heading()
        self.advice.setObjectName("reliability_advice")
        self.advice.setAccessibleName(translate("ChairPages", "What to do about it"))
        layout.addWidget(self.advice)
        self.sources = heading(sources())
        self.sources.setAccessibleName(translate("ChairPages", "Sources of the readings"))
        layout.addWidget(self.sources)

    def set_report(self, report: MergeReport | None) -> None:
        self.model.set_report(report)
        self.advice.setText("" if report is None else " ".join(advice(report.reliability)))
