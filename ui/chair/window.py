"""The panel chair's window: open the package, import result files (menu or drag and drop),
read every file's verdict, the coverage, the ranking under a chosen method, disagreements,
reliability and score distributions; accept an unknown key; export the signed merged file and
the ranking.

All merge work goes through one :class:`~app.merge.desk.ChairDesk`, the same steps
``juri merge`` takes, on the task runner's single worker thread: the GUI thread only shows the
reports that come back, so a slow merge never freezes the window and can be cancelled.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from app import __version__, paths
from app.domain.competition import MAX_MIN_EVALUATIONS
from app.domain.numbers import decimal_text
from app.domain.rubric import Rubric
from app.errors import InputError, JuriError
from app.merge.cells import ExportReport
from app.merge.desk import ChairDesk, Imported, Switch
from app.merge.methods import Method
from app.merge.ranking import DEFAULT_TIE_BREAK, EVALUATIONS, WEIGHTS
from app.merge.service import DEFAULT_THRESHOLD, MergeOptions, MergeReport
from app.merge.statuses import FileVerdict
from app.paths import MERGED_SUFFIX, PACKAGE_SUFFIX
from app.reports.recap_from_merge import RecapOptions, recap_pdf
from app.services.identity import KEY_FILE
from app.settings import Settings, save
from ui.about import window_title
from ui.chair.charts import DistributionView
from ui.chair.evidence_page import EvidencePage
from ui.chair.exports import csv_types, default_csv_style
from ui.chair.pages import (
    CoveragePage,
    DisagreementsPage,
    FilesPage,
    RankingPage,
    ReliabilityPage,
    newest_version_advice,
)
from ui.chair.recap_dialog import RecapDialog
from ui.chair.sign_dialog import SignDialog
from ui.chair.third_juror_dialog import ThirdJurorDialog
from ui.chair.tie_break_dialog import TieBreakDialog
from ui.dialogs import package_filter, show_error
from ui.keyboard import KeyArbiter, action_rows, key_text
from ui.main_window_base import JuriWindow
from ui.tasks import Task, TaskRunner


def options_from(settings: Settings) -> MergeOptions:
    """The chair's remembered settings as merge options (defaults for anything unreadable,
    which are also ``juri merge``'s defaults)."""
    try:
        method = Method(settings.chair_method)
    except ValueError:
        method = Method.MEAN
    try:
        threshold = Decimal(settings.chair_threshold)
    except ArithmeticError:
        threshold = DEFAULT_THRESHOLD
    try:
        passing = Decimal(settings.chair_passing_grade) if settings.chair_passing_grade else None
    except ArithmeticError:
        passing = None
    tie_break = tuple(t for t in settings.chair_tie_break.split(",") if t)  # none: no tie-breaks
    minimum = settings.chair_min_evaluations
    return MergeOptions(
        method=method,
        trim=max(settings.chair_trim, 0),
        threshold=threshold,
        passing_grade=passing,
        tie_break=tie_break,
        min_evaluations=minimum if 0 < minimum <= MAX_MIN_EVALUATIONS else None,
    )


def fitted_tie_break(tie_break: tuple[str, ...], rubric: Rubric) -> tuple[str, ...]:
    """A remembered order for another package's rubric: the keys this one knows (the
    default when none is left)."""
    known = tuple(
        key for key in tie_break if key in (WEIGHTS, EVALUATIONS) or rubric.get(key) is not None
    )
    return known or DEFAULT_TIE_BREAK


def spin_decimal(value: float, places: int) -> Decimal:
    """A spin box's value as the exact decimal it shows, in canonical form ("20", not "20.0",
    as ``juri merge`` reads it from its command line)."""
    return Decimal(decimal_text(Decimal(str(round(value, places)))))


class ChairWindow(JuriWindow):
    reportChanged = Signal(object)  # the MergeReport shown
    busyChanged = Signal(bool)

    geometry_setting = "chair_geometry"
    default_size = (1300, 820)

    def __init__(self, desk: ChairDesk, settings: Settings, tasks: TaskRunner) -> None:
        super().__init__(settings, tasks)
        self.desk = desk
        self.report: MergeReport | None = None
        self.signed: tuple[Path, bytes] | None = None  # the merged file signed last
        self.recap_typed: RecapOptions | None = None  # the record's names typed last
        self.assignments_file: str | None = None  # offered again: one file for every choice
        self.busy = 0
        self.options = options_from(settings)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.files = FilesPage()
        self.coverage = CoveragePage()
        self.ranking = RankingPage()
        self.disagreements = DisagreementsPage()
        self.reliability = ReliabilityPage()
        self.charts = DistributionView()
        self.evidence = EvidencePage()
        self.pages = (
            self.files,
            self.coverage,
            self.ranking,
            self.disagreements,
            self.reliability,
            self.charts,
            self.evidence,
        )
        for page, text in zip(
            self.pages,
            (
                self.tr("F&iles"),
                self.tr("Covera&ge"),
                self.tr("&Ranking"),
                self.tr("&Disagreements"),
                self.tr("Re&liability"),
                self.tr("Ch&arts"),
                self.tr("Eviden&ce"),
            ),
            strict=True,
        ):
            self.tabs.addTab(page, text)
        self.setCentralWidget(self.tabs)
        self.files.acceptKeyRequested.connect(self.ask_accept_key)
        self.disagreements.third_button.clicked.connect(self.assign_third_juror)
        self._build_actions()
        self._build_menus()
        self._build_settings_bar()
        self.keys = KeyArbiter(self, self.actions())  # Ctrl+E signs from inside a number field
        self.accept_key_action.setEnabled(False)
        self.files.canAcceptChanged.connect(self.accept_key_action.setEnabled)
        self.package_label = QLabel()
        self.package_label.setAccessibleName(self.tr("Package"))
        self.statusBar().addPermanentWidget(self.package_label)
        self._enable(False)
        self.restore_geometry()
        self._update_title()

    # --- construction ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.open_action = self._action(
            self.tr("&Open package…"), self.choose_package, QKeySequence.StandardKey.Open, "open"
        )
        self.import_action = self._action(
            self.tr("&Import results…"), self.choose_results, "Ctrl+I", "import"
        )
        self.import_folder_action = self._action(
            self.tr("Import a &folder of results…"),
            self.choose_folder,
            "Ctrl+Shift+I",
            "import_folder",
        )
        self.merge_action = self._action(self.tr("&Merge again"), self.merge_again, "F5", "merge")
        self.accept_key_action = self._action(
            self.tr("&Accept the selected file's key…"), self.files._accept, None, "accept_key"
        )
        self.export_merged_action = self._action(
            self.tr("&Export signed merged file…"),
            self.choose_merged_target,
            "Ctrl+E",
            "export_merged",
        )
        self.export_xlsx_action = self._action(
            self.tr("Export ranking as &XLSX…"),
            lambda: self.choose_table_target("xlsx"),
            None,
            "export_xlsx",
        )
        self.export_csv_action = self._action(
            self.tr("Export ranking as &CSV…"),
            lambda: self.choose_table_target("csv"),
            None,
            "export_csv",
        )
        self.print_recap_action = self._action(
            self.tr("&Print the signed record…"),
            lambda: self.recap("print"),
            QKeySequence.StandardKey.Print,
            "print_recap",
        )
        self.save_recap_action = self._action(
            self.tr("Save the signed record as P&DF…"),
            lambda: self.recap("save"),
            "Ctrl+Shift+S",
            "save_recap",
        )
        self.tie_break_action = self._action(
            self.tr("Tie-brea&ks…"), self.choose_tie_break, "Ctrl+T", "tie_break"
        )
        self.third_juror_action = self._action(
            self.tr("Assign a third &juror…"), self.assign_third_juror, "Ctrl+J", "third_juror"
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit"
        )
        self.tab_actions = [
            self._action(
                self.tabs.tabText(i).replace("&", ""),
                lambda i=i: self.tabs.setCurrentIndex(i),
                f"Ctrl+{i + 1}",
                f"tab{i}",
            )
            for i in range(self.tabs.count())
        ]
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
            "shortcuts",
        )
        self.about_action = self._action(self.tr("&About Juri"), self.about, None, "about")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        for action in (
            self.open_action,
            None,
            self.import_action,
            self.import_folder_action,
            None,
            self.export_merged_action,
            self.export_xlsx_action,
            self.export_csv_action,
            None,
            self.print_recap_action,
            self.save_recap_action,
            None,
        ):
            self.file_menu.addAction(action) if action else self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        merge_menu = bar.addMenu(self.tr("&Merge"))
        merge_menu.addAction(self.merge_action)
        merge_menu.addAction(self.accept_key_action)
        merge_menu.addAction(self.tie_break_action)
        merge_menu.addSeparator()
        merge_menu.addAction(self.third_juror_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.tab_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.add_view_choices(view_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _build_settings_bar(self) -> None:
        """The file actions on one row and the merge settings on their own below: on one row
        they ran past the window's edge, and a setting hidden behind » lost its Alt+letter."""
        files = QToolBar(self.tr("Files"))
        files.setObjectName("files")
        files.setMovable(False)
        self.addToolBar(files)
        for action in (self.open_action, self.import_action, self.export_merged_action):
            files.addAction(action)
        self.addToolBarBreak()
        bar = QToolBar(self.tr("Merge settings"))
        bar.setObjectName("merge_settings")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.settings_bar = bar
        self.method_choice = QComboBox()
        self.method_choice.setObjectName("method")
        self.method_choice.setAccessibleName(self.tr("Method"))
        self.method_choice.setToolTip(self.tr("How the jurors' totals combine"))
        for method, text in (
            (Method.MEAN, self.tr("Mean")),
            (Method.MEDIAN, self.tr("Median")),
            (Method.TRIMMED, self.tr("Trimmed mean")),
            (Method.ZSCORE, self.tr("Z-score")),
        ):
            self.method_choice.addItem(text, method.value)
        self.method_choice.setCurrentIndex(self.method_choice.findData(self.options.method.value))
        self._labelled(bar, self.tr("M&ethod:"), self.method_choice)
        self.trim_choice = QSpinBox()
        self.trim_choice.setObjectName("trim")
        self.trim_choice.setRange(0, 10)
        self.trim_choice.setValue(self.options.trim)
        self.trim_choice.setAccessibleName(self.tr("Totals dropped at each end"))
        self.trim_choice.setToolTip(self.tr("For the trimmed mean: totals dropped at each end"))
        self._labelled(bar, self.tr("&Trim:"), self.trim_choice)
        self.threshold_choice = QDoubleSpinBox()
        self.threshold_choice.setObjectName("threshold")
        self.threshold_choice.setRange(0, 100)
        self.threshold_choice.setDecimals(1)
        self.threshold_choice.setValue(float(self.options.threshold))
        self.threshold_choice.setAccessibleName(self.tr("Disagreement threshold in points"))
        self.threshold_choice.setToolTip(
            self.tr(
                "Flag a submission when its jurors' totals are more than this many points apart"
            )
        )
        self._labelled(bar, self.tr("Disagreement a&bove:"), self.threshold_choice)
        self.trim_choice.setEnabled(self.options.method is Method.TRIMMED)
        self.method_choice.currentIndexChanged.connect(self._settings_changed)
        self.trim_choice.valueChanged.connect(self._settings_changed)
        self.threshold_choice.editingFinished.connect(self._settings_changed)
        self.passing_choice = QDoubleSpinBox()
        self.passing_choice.setObjectName("passing_grade")
        self.passing_choice.setRange(-1, 100)  # -1: the round's own passing grade
        self.passing_choice.setDecimals(2)
        self.passing_choice.setSpecialValueText(self.tr("the round's"))
        grade = self.options.passing_grade
        self.passing_choice.setValue(-1 if grade is None else float(grade))
        self.passing_choice.setAccessibleName(self.tr("Passing grade"))
        self.passing_choice.setToolTip(
            self.tr("The total a submission needs to pass; at the lowest value, the round's own")
        )
        self._labelled(bar, self.tr("&Passing grade:"), self.passing_choice)
        self.passing_choice.editingFinished.connect(self._settings_changed)
        self.minimum_choice = QSpinBox()
        self.minimum_choice.setObjectName("min_evaluations")
        self.minimum_choice.setRange(0, MAX_MIN_EVALUATIONS)  # 0: the round's own minimum
        self.minimum_choice.setSpecialValueText(self.tr("the round's"))
        self.minimum_choice.setValue(self.options.min_evaluations or 0)
        self.minimum_choice.setAccessibleName(self.tr("Minimum of complete evaluations"))
        self.minimum_choice.setToolTip(
            self.tr(
                "Complete evaluations a submission needs to take a place and to pass; at the "
                "lowest value, the round's own minimum"
            )
        )
        self._labelled(bar, self.tr("Mi&nimum evaluations:"), self.minimum_choice)
        self.minimum_choice.editingFinished.connect(self._settings_changed)
        self.tie_break_button = QToolButton()
        self.tie_break_button.setDefaultAction(self.tie_break_action)
        self.tie_break_button.setToolTip(
            self.tr("Which criteria separate equal scores, and in which order")
        )
        bar.addWidget(self.tie_break_button)

    def _labelled(self, bar: QToolBar, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        label.setContentsMargins(8, 0, 4, 0)
        bar.addWidget(label)
        bar.addWidget(widget)

    def _enable(self, has_package: bool) -> None:
        for action in (
            self.import_action,
            self.import_folder_action,
            self.merge_action,
            self.tie_break_action,
        ):
            action.setEnabled(has_package)
        has_result = self.report is not None and bool(self.report.intake.accepted)
        for action in (
            self.export_merged_action,
            self.export_xlsx_action,
            self.export_csv_action,
            self.print_recap_action,
            self.save_recap_action,
        ):
            action.setEnabled(has_result)
        self.third_juror_action.setEnabled(self.report is not None)

    def _update_title(self) -> None:
        package = self.desk.package
        title = self.tr("Panel chair")
        if package is None:
            self.setWindowTitle(window_title(f"{title} {__version__}"))
            self.package_label.setText(self.tr("No package open"))
        else:
            self.setWindowTitle(window_title(f"{package.manifest.title} — {title}"))
            self.package_label.setText(
                self.tr("Package {id}, version {version}, signed by {fp}").format(
                    id=package.manifest.package_id,
                    version=package.manifest.version,
                    fp=package.signer_fingerprint,
                )
            )

    # --- running desk work -----------------------------------------------------------------

    def run(self, work, title: str, on_success: Callable[[Any], None], error_title: str) -> Task:
        """Desk work on the worker thread, with progress and cancel; the report it brings
        back is shown on the GUI thread."""
        self.busy += 1
        self.busyChanged.emit(True)

        def finished() -> None:
            self.busy -= 1
            self.busyChanged.emit(self.busy > 0)

        def succeeded(result: Any) -> None:
            finished()
            on_success(result)

        def failed(error: Exception) -> None:
            finished()
            self.statusBar().clearMessage()
            show_error(self, error_title, error)

        def cancelled() -> None:
            finished()
            self.statusBar().showMessage(
                self.tr(
                    "Cancelled. Files already imported are kept; Merge again (F5) merges them."
                ),
                10000,
            )

        return self.tasks.run(
            work,
            parent=self,
            title=title,
            on_success=succeeded,
            on_failure=failed,
            on_cancel=cancelled,
        )

    def show_report(self, report: MergeReport) -> None:
        self.report = report
        for page in self.pages:
            page.set_report(report)
        self._enable(True)
        self._update_title()
        self.reportChanged.emit(report)

    # --- the package -----------------------------------------------------------------------

    def choose_package(self) -> None:
        start = (
            str(Path(self.settings.chair_package).parent)
            if self.settings.chair_package
            else str(Path.home())
        )
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open the package the results are for"), start, package_filter()
        )
        if path:
            self.open_package(Path(path))

    def open_package(self, path: Path, then: Iterable[Path] = ()) -> None:
        """Verify the package and merge what the merge store keeps for it; then import
        ``then`` (the command line's result files)."""
        desk, then = self.desk, [Path(p) for p in then]
        self.statusBar().showMessage(self.tr("Checking {name} …").format(name=path.name))

        def opened(result: tuple[MergeReport, tuple[str, ...], str, Switch | None]) -> None:
            report, unbound, signer, switched = result
            in_use = desk.package.path if desk.package is not None else path  # the newest
            self.settings.chair_package = str(in_use.resolve())
            tie_break = report.options.tie_break  # fitted to this package's rubric
            if tie_break != self.options.tie_break:
                self.options = replace(self.options, tie_break=tie_break)
                self.settings.chair_tie_break = ",".join(tie_break)
            save(self.settings)
            self.statusBar().showMessage(self._checked_text(report, signer, switched), 15000)
            self.show_report(report)
            if unbound:
                self.tell_unbound_keys(unbound)
            if then:
                self.import_paths(then)

        def work(progress, cancelled) -> tuple[MergeReport, tuple[str, ...], str, Switch | None]:
            try:
                report = desk.open(path, progress=progress, cancelled=cancelled)
            except InputError as error:  # an order remembered from another package's rubric
                if error.code != "bad_tie_break" or desk.package is None:
                    raise
                desk.options = replace(
                    desk.options,
                    tie_break=fitted_tie_break(
                        desk.options.tie_break, desk.package.manifest.rubric
                    ),
                )
                report = desk.merge(progress=progress, cancelled=cancelled)
            return (
                report,
                desk.unbound_keys(),
                desk.require_package().signer_fingerprint,
                desk.switched,
            )

        self.run(work, self.tr("Checking the package …"), opened, self.tr("Open package"))

    def _checked_text(self, report: MergeReport, signer: str, switched: Switch | None) -> str:
        """What opening a package did: checked, and which version of it the desk uses (both
        read on the task thread, which owns the desk)."""
        manifest = report.manifest
        text = self.tr("Package checked: complete and signed by {name} ({fp}).").format(
            name=manifest.secretariat.name, fp=signer
        )
        if switched is Switch.NEWER:
            text += " " + self.tr(
                "Version {version} is used from now on; the results given so far still count."
            ).format(version=manifest.version)
        elif switched is Switch.OLDER_KEPT:
            text += " " + self.tr(
                "That is an older version of the package open, so version {version} stays in use."
            ).format(version=manifest.version)
        return text

    def tell_unbound_keys(self, fingerprints: tuple[str, ...]) -> None:
        """Keys an older Juri accepted for no juror in particular count for nobody now: say
        so once, and how to accept each again for its juror."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Keys to accept again"),
            self.tr(
                "An earlier version of Juri accepted these keys for no juror in particular: {fps}."
                "\n\nA key now counts for one juror only, so they count for nobody until you "
                "accept each again: compare its fingerprint with the jurors' signed evaluation "
                "sheets, select a file of that juror signed by it on the Files tab, and choose "
                '"Accept this key".'
            ).format(fps=", ".join(fingerprints)),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.unbound_box = box

    # --- importing -------------------------------------------------------------------------

    def choose_results(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import result files"),
            self.settings.chair_folder or str(Path.home()),
            self.tr("Result and merged files (*.json);;All files (*)"),
        )
        if paths:
            self.settings.chair_folder = str(Path(paths[0]).parent)
            save(self.settings)
            self.import_paths([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Import a folder of result files"),
            self.settings.chair_folder or str(Path.home()),
        )
        if folder:
            self.settings.chair_folder = folder
            save(self.settings)
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Iterable[Path]) -> Task | None:
        """Read, keep, judge and merge: files, and every ``*.json`` inside folders."""
        if self.desk.package is None:
            show_error(
                self,
                self.tr("Import results"),
                JuriError(
                    self.tr("Open the package the results are for first (File → Open package).")
                ),
            )
            return None
        desk, paths = self.desk, [Path(p) for p in paths]

        def work(progress, cancelled) -> tuple[Imported, MergeReport]:
            imported = desk.add_paths(paths)
            return imported, desk.merge(progress=progress, cancelled=cancelled)

        def done(result: tuple[Imported, MergeReport]) -> None:
            imported, report = result
            self.show_report(report)
            self.tabs.setCurrentWidget(self.files)
            message = self.tr("Imported: {read} file(s) read, {new} new.").format(
                read=imported.read, new=imported.new
            )
            if imported.known:  # by name, a few: a folder of 300 ran far past the window
                names = [Path(name).name for name in imported.known]
                shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
                count = len(names)
                message += " " + self.tr(
                    "Already imported: %n file(s) ({names}).", "", count
                ).format(names=shown)
            advice = newest_version_advice(report)
            if advice is not None:
                message += " " + advice
            self.statusBar().showMessage(message, 15000)

        return self.run(
            work, self.tr("Checking and merging the results …"), done, self.tr("Import results")
        )

    def merge_again(self) -> None:
        if self.desk.package is None:
            return
        desk = self.desk
        self.run(
            lambda progress, cancelled: desk.merge(progress=progress, cancelled=cancelled),
            self.tr("Merging …"),
            self.show_report,
            self.tr("Merge"),
        )

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        packages = [p for p in paths if p.suffix.lower() == PACKAGE_SUFFIX]
        others = [p for p in paths if p.suffix.lower() != PACKAGE_SUFFIX]
        event.acceptProposedAction()
        if packages:
            self.open_package(packages[0], others)
        elif others:
            self.import_paths(others)

    # --- the chair's decisions and settings ------------------------------------------------

    def ask_accept_key(self, verdict: FileVerdict) -> None:
        """Accepting a key the roster does not know, for the juror the file names and no one
        else: only after the chair compared its fingerprint with the one on that juror's
        wet-signed sheet."""
        if verdict.juror is None or verdict.signer is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Accept an unknown key"),
            self.tr(
                "The file {name} has a valid signature by a key the package's roster does not "
                "have for juror {juror}.\n\nKey fingerprint: {fp}\n\nAccept it only if this "
                "fingerprint is the one on juror {juror}'s signed evaluation sheet. The key will "
                "count for juror {juror} only. The decision is recorded in the merge store and in "
                "the merged file."
            ).format(name=Path(verdict.name).name, juror=verdict.juror, fp=verdict.signer),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Accept the key"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.accept_key(verdict.juror, verdict.signer, verdict.name))
        box.open()
        self.accept_box = box

    def accept_key(self, juror: str, fingerprint: str, file_name: str = "") -> None:
        desk = self.desk
        note = self.tr("accepted in the chair's window for {name}").format(name=file_name)

        def work(progress, cancelled) -> MergeReport:
            desk.accept_key(juror, fingerprint, note)
            return desk.merge(progress=progress, cancelled=cancelled)

        def done(report: MergeReport) -> None:
            self.show_report(report)
            self.statusBar().showMessage(
                self.tr("Key {fp} accepted for juror {juror}; merged again.").format(
                    fp=fingerprint, juror=juror
                ),
                10000,
            )

        self.run(
            work, self.tr("Merging with the accepted key …"), done, self.tr("Accept an unknown key")
        )

    def _settings_changed(self) -> None:
        method = Method(self.method_choice.currentData())
        self.trim_choice.setEnabled(method is Method.TRIMMED)
        threshold = spin_decimal(self.threshold_choice.value(), 1)
        value = self.passing_choice.value()
        passing = None if value < 0 else spin_decimal(value, 2)
        self.configure(
            replace(
                self.options,
                method=method,
                trim=self.trim_choice.value(),
                threshold=threshold,
                passing_grade=passing,
                min_evaluations=self.minimum_choice.value() or None,
            )
        )

    def configure(self, options: MergeOptions) -> None:
        """New settings: remembered, and the same results ranked again under them."""
        if options == self.options:
            return
        self.options = options
        self.settings.chair_method = options.method.value
        self.settings.chair_trim = options.trim
        self.settings.chair_threshold = str(options.threshold)
        self.settings.chair_passing_grade = (
            "" if options.passing_grade is None else str(options.passing_grade)
        )
        self.settings.chair_min_evaluations = options.min_evaluations or 0
        self.settings.chair_tie_break = ",".join(options.tie_break)
        save(self.settings)
        desk = self.desk

        def work(_progress, _cancelled) -> MergeReport | None:  # the desk's thread
            if desk.report is None:  # nothing merged yet: the next merge uses them
                desk.options = replace(options, accepted_keys=desk.options.accepted_keys)
                return None
            return desk.configure(options)

        self.run(
            work,
            self.tr("Ranking again …"),
            lambda report: report is not None and self.show_report(report),
            self.tr("Merge settings"),
        )

    def choose_tie_break(self) -> TieBreakDialog | None:
        """The tie-break order, ticked and moved with the keyboard."""
        if self.report is None:
            return None
        dialog = TieBreakDialog(self, self.report.manifest.rubric, self.report.tie_break)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.configure(replace(self.options, tie_break=dialog.order()))
        )
        dialog.open()
        self.tie_break_dialog = dialog
        return dialog

    def assign_third_juror(self) -> ThirdJurorDialog | None:
        """For the submission selected in Ranking or Disagreements (else the first that needs
        one: the widest disagreement), jurors to add: an assignments file for the
        secretariat's ``juri package amend``."""
        report = self.report
        if report is None:
            return None
        page = self.tabs.currentWidget()
        selected = page.selected_code() if page in (self.ranking, self.disagreements) else None
        code = selected or next(iter(report.needing_a_juror), None)  # what the chair chose
        if code is None:
            self.statusBar().showMessage(
                self.tr("Select the submission in Ranking or Disagreements first."), 10000
            )
            return None

        def target() -> Path | None:
            chosen = self._target(
                self.tr("Save the assignments for the secretariat"),
                self.assignments_file or f"{self._stem()}-assignments.csv",
                self.tr("CSV files (*.csv)"),
                confirm_overwrite=False,  # an earlier choice is added to, never lost
            )
            return None if chosen is None else chosen[0]

        dialog = ThirdJurorDialog(self, report.manifest, code, target)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._assignments_saved)
        dialog.open()
        self.third_juror_dialog = dialog
        return dialog

    def _assignments_saved(self, path: Path, held: list[tuple[str, str]]) -> None:
        """Say where the file is and, in a box the chair can read to the end (the status bar
        cuts a long line), what the secretariat does with it: it signs, the chair does not."""
        self.assignments_file = path.name
        codes = ", ".join(dict.fromkeys(code for _juror, code in held))
        written = self.tr("Assignments written: {path} ({codes}).").format(path=path, codes=codes)
        self.statusBar().showMessage(written, 30000)
        package = self.desk.require_package()
        version = package.manifest.version + 1
        stem = package.path.name.removesuffix(PACKAGE_SUFFIX).removesuffix(f"-v{version - 1}")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Assign a third juror"),
            written
            + "\n\n"
            + self.tr(
                "Give this file to the secretariat: the chair does not sign packages. The "
                "secretariat signs version {version} of the package with its own key:\n\n"
                "juri package amend {package} --assignments {name} --key SECRETARIAT.key "
                "-o {new}\n\nand sends it to the jurors and to you. Open it here (File → "
                "Open package): the results given so far keep counting."
            ).format(
                version=version,
                package=package.path.name,
                name=path.name,
                new=f"{stem}-v{version}{PACKAGE_SUFFIX}",
            ),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.assignments_message = box

    # --- exports ---------------------------------------------------------------------------

    def _target(
        self,
        title: str,
        name: str,
        filter_text: str,
        selected: str = "",
        *,
        confirm_overwrite: bool = True,
    ) -> tuple[Path, str] | None:
        """Where to write, and which of the file types (``;;``-separated filters) was
        chosen."""
        folder = self.settings.chair_export_folder or str(Path.home())
        options = (
            QFileDialog.Option(0) if confirm_overwrite else QFileDialog.Option.DontConfirmOverwrite
        )
        path, chosen = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / name), filter_text, selected, options
        )
        if not path:
            return None
        self.settings.chair_export_folder = str(Path(path).parent)
        save(self.settings)
        return Path(path), chosen or selected

    def _stem(self) -> str:
        return self.report.manifest.package_id if self.report else "juri"

    def choose_merged_target(self) -> None:
        target = self._target(
            self.tr("Export signed merged file"),
            f"{self._stem()}{MERGED_SUFFIX}",
            self.tr("Merged files (*.json)"),
        )
        if target is not None:
            self.export_merged(target[0])

    def export_merged(self, target: Path) -> SignDialog | None:
        """Ask for the chair's key and passphrase, then sign and write the merged file."""
        if self.report is None or not self.report.intake.accepted:
            return None
        advice = newest_version_advice(self.report)
        if advice is not None:  # signing would drop their results without anyone deciding so
            show_error(self, self.tr("Sign"), JuriError(advice))
            return None
        dialog = SignDialog(self, self.tasks, self.report, target, self.default_key_file())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def written(path: Path, data: bytes) -> None:
            self.signed = (path, data)
            self.settings.chair_key_file = dialog.chosen_key_file()
            save(self.settings)
            self.statusBar().showMessage(
                self.tr("Merged file written: {path} (SHA-256 {sha})").format(
                    path=path, sha=hashlib.sha256(data).hexdigest()[:16]
                ),
                15000,
            )

        dialog.written.connect(written)
        dialog.open()
        self.sign_dialog = dialog
        return dialog

    def default_key_file(self) -> str:
        """The key used last; else, as for ``juri merge``, the key of this computer's juror
        workspace (a chair who is also a juror signs with that key)."""
        if self.settings.chair_key_file:
            return self.settings.chair_key_file
        own = paths.default_workspace_dir() / KEY_FILE
        return str(own) if own.is_file() else ""

    def choose_table_target(self, kind: str) -> None:
        """The ranking as XLSX, or as CSV of the type chosen in the save dialog: for Excel
        (semicolons, decimal commas; chosen first where the computer writes decimals with a
        comma, as Excel will then) or for programs."""
        if kind == "xlsx":
            target = self._target(
                self.tr("Export ranking as XLSX"),
                f"{self._stem()}-ranking.xlsx",
                self.tr("Spreadsheets (*.xlsx)"),
            )
            if target is not None:
                self.export_table(target[0], "xlsx")
            return
        types = csv_types()
        target = self._target(
            self.tr("Export ranking as CSV"),
            f"{self._stem()}-ranking.csv",
            ";;".join(types.values()),
            types[default_csv_style()],
        )
        if target is not None:
            path, chosen = target
            style = next(
                (style for style, text in types.items() if text == chosen), default_csv_style()
            )
            self.export_table(path, style.value)

    def export_table(self, target: Path, kind: str) -> Task | None:
        """The ranking (XLSX: every view and the details; ``csv`` or ``csv-excel``) through the
        core's exporters, which keep texts exact or neutralised and write atomically; a cell
        they had to change is reported."""
        from app.merge.csv_file import CsvStyle, write_csv
        from app.merge.workbook import write_xlsx

        report = self.report
        if report is None:
            return None

        def work(_progress, _cancelled) -> ExportReport:
            if kind == "xlsx":
                return write_xlsx(report, target)
            return write_csv(report, target, CsvStyle(kind))

        return self.run(work, self.tr("Exporting …"), self._exported, self.tr("Export"))

    def _exported(self, report: ExportReport) -> None:
        self.statusBar().showMessage(self.tr("Exported: {path}").format(path=report.path), 15000)
        if report.changes:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Export"),
                "\n".join(report.lines()),
                QMessageBox.StandardButton.Close,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.export_message = box

    # --- the signed record (berita acara) ------------------------------------------------

    def recap(self, kind: str) -> QDialog:
        """Print or save the record of the merged file signed last; it prints what the chair
        signed, so before any signing the chair is told to sign first."""
        if self.signed is None:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("The signed record"),
                self.tr(
                    "The record prints the ranking the chair signed. Export the signed merged "
                    "file first (File → Export signed merged file…), then print the record."
                ),
                QMessageBox.StandardButton.Close,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.recap_dialog = box
            return box
        action = self.tr("&Print…") if kind == "print" else self.tr("&Save as PDF…")
        dialog = RecapDialog(
            self, action, self.settings.chair_place, self.signed[0].name, self.recap_typed
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._make_recap(kind, dialog.options()))
        dialog.open()
        self.recap_dialog = dialog
        return dialog

    def _make_recap(self, kind: str, options: RecapOptions) -> None:
        from ui.printing import print_pdf, save_pdf

        self.settings.chair_place = options.place
        save(self.settings)
        self.recap_typed = options  # kept for the session, even if the save is cancelled
        (path, data), desk = self.signed, self.desk

        def make(progress, cancelled) -> bytes:  # on the desk's worker thread
            package = desk.require_package()
            return recap_pdf(
                path.name,
                data,
                package.manifest,
                package.manifest_sha256,
                desk.inputs(),
                options,
                progress=progress,
                cancelled=cancelled,
            )

        if kind == "print":
            self.recap_job = print_pdf(
                self, make, self.tr("Print the signed record"), tasks=self.tasks
            )
        else:
            folder = self.settings.chair_export_folder
            self.recap_job = save_pdf(
                self,
                make,
                self.tr("Save the signed record as PDF"),
                suggested=f"{self._stem()}-berita-acara.pdf",
                folder=Path(folder) if folder else None,
                tasks=self.tasks,
            )

    # --- the rest --------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        """The chair's keys (F1): the menu actions that have one, the pages, and the keys of
        the lists and settings."""
        rows = action_rows(
            (
                self.open_action,
                self.import_action,
                self.import_folder_action,
                self.merge_action,
                self.export_merged_action,
                self.print_recap_action,
                self.save_recap_action,
                self.tie_break_action,
                self.third_juror_action,
                self.quit_action,
            )
        )
        rows += [
            (self.tr("Page: {name}").format(name=what), keys)
            for what, keys in action_rows(self.tab_actions)
        ]
        rows += [
            (self.tr("Next / previous field or setting"), "Tab / Shift+Tab"),
            (self.tr("Move in a table or list"), "↑ ↓ PgUp PgDn"),
            (self.tr("Open the choices of a list box"), "Alt+↓"),
            (self.tr("Go to a setting or page by its underlined letter"), self.tr("Alt+letter")),
            (self.tr("This help"), key_text(self.shortcuts_action.shortcut())),
        ]
        self.show_shortcut_table(rows)

    def theme_changed(self) -> None:
        self.charts.follow_theme()

    def take_over(self, old: ChairWindow) -> None:
        """The same report, signed file and tab as ``old`` (the window again in a new
        language)."""
        if old.report is not None:
            self.show_report(old.report)
        self.signed = old.signed
        self.recap_typed = old.recap_typed
        self.tabs.setCurrentIndex(old.tabs.currentIndex())
