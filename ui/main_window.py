"""The juror's window: menus and shortcuts, opening and switching packages, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import JuriError
from app.paths import PACKAGE_SUFFIX, PUBLIC_KEY_SUFFIX
from app.services.packages import PackageInfo
from app.services.wiring import Services
from app.settings import Settings, save
from ui.about import window_title
from ui.dialogs import package_filter, public_key_filter, show_error
from ui.export_dialog import ExportDialog, show_export_result
from ui.interview import InterviewTab
from ui.keyboard import KeyArbiter, action_rows, key_text
from ui.main_window_base import JuriWindow
from ui.package_view import PackageView
from ui.paper_entry import PaperBand, PaperSheetDialog
from ui.printing import print_pdf, save_pdf
from ui.saved_state import state_bytes, state_text
from ui.session import JurorSession
from ui.start_page import StartPage
from ui.tabs import FieldTab
from ui.tasks import TaskRunner


class MainWindow(JuriWindow):
    def __init__(self, workspace: Services, settings: Settings, tasks: TaskRunner) -> None:
        super().__init__(settings, tasks)
        self.workspace = workspace
        self.view: PackageView | None = None
        self.session: JurorSession | None = None
        self.undo_group = QUndoGroup(self)
        self.stack = QStackedWidget()
        self.paper_band = PaperBand()
        self.paper_band.stopRequested.connect(self.stop_paper)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.paper_band)
        column.addWidget(self.stack)
        self.setCentralWidget(central)
        self._build_actions()
        self._build_menus()
        self.keys = KeyArbiter(self, self.actions())  # Ctrl+E exports from inside a text field
        self._build_status_bar()
        self.show_start()
        self.restore_geometry()
        self._update_title()

    # --- construction ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.open_action = self._action(
            self.tr("&Open package…"), self.choose_package, QKeySequence.StandardKey.Open, "open"
        )
        self.export_action = self._action(
            self.tr("&Finish and export results…"), self.export, "Ctrl+E", "export"
        )
        self.print_action = self._action(
            self.tr("&Print evaluation sheets…"),
            self.print_sheets,
            QKeySequence.StandardKey.Print,
            "print",
        )
        self.save_pdf_action = self._action(
            self.tr("Save evaluation sheets as P&DF…"), self.save_sheets, "Ctrl+Shift+S", "save_pdf"
        )
        self.paper_action = self._action(
            self.tr("Type in a p&aper sheet…"), self.paper_sheet, "Ctrl+Shift+P", "paper"
        )
        self.stop_paper_action = self._action(
            self.tr("S&top paper mode"), self.stop_paper, None, "stop_paper"
        )
        self.public_key_action = self._action(
            self.tr("Save public &key file…"), self.save_public_key, None, "public_key"
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit"
        )
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        # the toolbar keeps short, steady labels; the menu items say what they will undo
        self.undo_button = self._action(self.tr("Undo"), self.undo_group.undo, None, "undo")
        self.redo_button = self._action(self.tr("Redo"), self.undo_group.redo, None, "redo")
        self.undo_group.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_group.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_group.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(self.tr("Undo: {what}").format(what=text))
        )
        self.undo_group.redoTextChanged.connect(
            lambda text: self.redo_button.setToolTip(self.tr("Redo: {what}").format(what=text))
        )
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.next_unscored_action = self._action(
            self.tr("&Next unscored submission"), self.next_unscored, "Ctrl+N", "next_unscored"
        )
        self.next_action = self._action(
            self.tr("Next submission"), lambda: self._go(1), "Alt+Down", "next"
        )
        self.previous_action = self._action(
            self.tr("Previous submission"), lambda: self._go(-1), "Alt+Up", "previous"
        )
        self.recuse_action = self._action(
            self.tr("Declare &conflict of interest…"), self._recuse, "Ctrl+Shift+K", "recuse"
        )
        self.recommend_action = self._action(
            self.tr("Choose the &recommendation"), self._recommend, "Ctrl+R", "recommend"
        )
        self.find_action = self._action(self.tr("&Find submission"), self._find, None, "find")
        self.tab_actions = [
            self._action(text, lambda _c=False, i=i: self._tab(i), f"Ctrl+{i + 1}", f"tab{i}")
            for i, text in enumerate(
                (
                    self.tr("&Proposal"),
                    self.tr("&Details"),
                    self.tr("V&ideo"),
                    self.tr("Field &visit"),
                )
            )
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
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        self.packages_menu = file_menu.addMenu(self.tr("S&witch package"))
        self.packages_menu.aboutToShow.connect(self._fill_packages_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.public_key_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.save_pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        scoring_menu = bar.addMenu(self.tr("&Scoring"))
        for action in (
            self.next_unscored_action,
            self.next_action,
            self.previous_action,
            self.find_action,
            self.recommend_action,
            self.recuse_action,
        ):
            scoring_menu.addAction(action)
        scoring_menu.addSeparator()
        scoring_menu.addAction(self.paper_action)
        scoring_menu.addAction(self.stop_paper_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.tab_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.add_view_choices(view_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.open_action,
            self.export_action,
            self.undo_button,
            self.redo_button,
            self.next_unscored_action,
        ):
            toolbar.addAction(action)

    def _build_status_bar(self) -> None:
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Saving status"))
        self.statusBar().addPermanentWidget(self.saved_label)

    # --- packages --------------------------------------------------------------------------

    def show_start(self) -> None:
        start = StartPage(self.workspace)
        start.openRequested.connect(self.choose_package)
        start.packageChosen.connect(self.show_package)
        start.savePublicKeyRequested.connect(self.save_public_key)
        self._replace(start)
        self.session = None
        self.view = None
        self.paper_band.hide()
        self._enable_package_actions(False)

    def _replace(self, widget: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def _enable_package_actions(self, enabled: bool) -> None:
        for action in (
            self.export_action,
            self.next_unscored_action,
            self.next_action,
            self.previous_action,
            self.recuse_action,
            self.recommend_action,
            self.find_action,
            self.print_action,
            self.save_pdf_action,
            self.paper_action,
            *self.tab_actions,
        ):
            action.setEnabled(enabled)
        self.stop_paper_action.setEnabled(False)

    def choose_package(self) -> None:
        start = self.settings.last_open_folder or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open package"), start, package_filter()
        )
        if path:
            self.settings.last_open_folder = str(Path(path).parent)
            save(self.settings)
            self.open_package_file(Path(path))

    def open_package_file(self, path: Path) -> None:
        """Verify and open a package in the background; refusals in plain words."""
        workspace = self.workspace
        self.statusBar().showMessage(self.tr("Checking {name}…").format(name=path.name))
        self.tasks.run(
            lambda progress, cancelled: workspace.packages.import_package(
                path, progress=progress, cancelled=cancelled
            ),
            parent=self,
            title=self.tr("Checking the package…"),
            on_success=self._package_opened,
            on_failure=lambda error: (
                self.statusBar().clearMessage(),
                show_error(self, self.tr("Open package"), error),
            ),
            on_cancel=lambda: self.statusBar().showMessage(self.tr("Opening cancelled."), 5000),
        )

    def _package_opened(self, info: PackageInfo) -> None:
        self.statusBar().clearMessage()
        self.show_package(info.id)
        if info.newly_imported:
            manifest = self.workspace.packages.manifest(info.id)
            assigned = len(manifest.assigned(info.juror_id))
            text = self.tr(
                "The package is complete and signed by {secretariat}.\n\nKey fingerprint: {fp}\n"
                "Compare it with the fingerprint the secretariat gave you.\n\n{n} submissions are "
                "assigned to you as juror {juror}."
            ).format(
                secretariat=manifest.secretariat.name,
                fp=info.signer_fingerprint,
                n=assigned,
                juror=info.juror_id,
            )
            if info.replaced is not None and not info.added:
                text += "\n\n" + self.tr(
                    "This is version {version}; it replaces version {old}. Every evaluation you "
                    "made is kept. It assigns no new submission to you."
                ).format(version=manifest.version, old=info.replaced)
            elif info.replaced is not None:  # a newer version of a package held: say what changed
                text += "\n\n" + self.tr(
                    "This is version {version}; it replaces version {old}. Every evaluation you "
                    "made is kept. Newly assigned to you: {codes}."
                ).format(
                    version=manifest.version, old=info.replaced, codes=", ".join(info.added) or "–"
                )
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Package opened"),
                text,
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.opened_box = box

    def show_package(self, package_id: str) -> None:
        if self.view is not None:
            self.view.flush()
        resume = package_id == self.settings.last_package  # where the juror left off
        session = JurorSession(self.workspace, package_id, self)
        view = PackageView(session, self.tasks)
        session.saved.connect(self._saved)
        session.saveFailed.connect(self._save_failed)
        session.paperChanged.connect(self._show_paper)
        view.currentChanged.connect(lambda _code: self._show_paper(session.paper_code))
        view.currentChanged.connect(self._remember_place)
        view.tabs.currentChanged.connect(self._remember_place)
        view.scoring.pendingChanged.connect(self._pending)
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        if self.session is not None:
            self.undo_group.removeStack(self.session.undo_stack)
        self.session, self.view = session, view
        self._replace(view)
        self._show_paper(None)
        if self.settings.splitter_state:
            view.splitter.restoreState(state_bytes(self.settings.splitter_state))
        self._enable_package_actions(True)
        self.tab_actions[3].setEnabled(view.tabs.count() > 3)
        self.tab_actions[3].setText(
            self.tr("Intervie&w notes") if view.interview is not None else self.tr("Field &visit")
        )
        place = (self.settings.last_submission, self.settings.last_tab) if resume else ("", 0)
        self.settings.remember_package(package_id)
        self.saved_label.setText("")
        self._update_title()
        if place[0] and view.submissions.select(place[0]):
            self._tab(place[1])
        else:
            view.select_first()
        self._remember_place()
        save(self.settings)

    def _remember_place(self) -> None:
        """Kept in the settings (written when they are next saved, at the latest on closing),
        so the next start opens the same submission and tab."""
        if self.view is not None and self.view.code is not None:
            self.settings.last_submission = self.view.code
            self.settings.last_tab = self.view.tabs.currentIndex()

    def _fill_packages_menu(self) -> None:
        self.packages_menu.clear()
        order = {pid: i for i, pid in enumerate(self.settings.recent_packages)}
        packages = sorted(
            self.workspace.packages.list(), key=lambda p: (order.get(p.id, len(order)), p.title)
        )
        if not packages:
            self.packages_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for package in packages:
            action = self.packages_menu.addAction(package.title.replace("&", "&&"))  # no Alt key
            action.setCheckable(True)
            action.setChecked(self.session is not None and self.session.package_id == package.id)
            action.triggered.connect(lambda _c=False, pid=package.id: self.show_package(pid))

    def _update_title(self) -> None:
        self.setWindowTitle(
            window_title(None if self.session is None else self.session.manifest.title)
        )

    # --- saving indicator ------------------------------------------------------------------

    def _saved(self, time: str) -> None:
        if self.view is not None and self.view.has_pending():
            return
        self.saved_label.setText(self.tr("✓ Saved {time}").format(time=time))

    def _pending(self, pending: bool) -> None:
        if pending:
            self.saved_label.setText(self.tr("… typing, not saved yet"))

    def _save_failed(self, message: str) -> None:
        # a refusal changes nothing: what was saved before stays saved, and the line says so
        # (a bare "Not saved" stayed there, as if the juror's work were at risk)
        self.saved_label.setText(self.tr("⚠ That change was not made; the rest is saved"))
        show_error(self, self.tr("Not saved"), JuriError(message))

    # --- scoring actions -------------------------------------------------------------------

    def next_unscored(self) -> None:
        if self.view is not None and not self.view.next_unscored():
            self.statusBar().showMessage(
                self.tr("Every submission is scored, or you declared a conflict of interest."), 5000
            )

    def _go(self, step: int) -> None:
        if self.view is not None:
            self.view.go(step)

    def _recuse(self) -> None:
        if self.view is not None:
            self.view.scoring._recuse_clicked()

    def _recommend(self) -> None:
        if self.view is not None:
            self.view.scoring.focus_recommendation()

    def _find(self) -> None:
        if self.view is not None:
            self.view.submissions.focus_search()

    def _tab(self, index: int) -> None:
        if self.view is not None and index < self.view.tabs.count():
            self.view.tabs.setCurrentIndex(index)
            page = self.view.tabs.currentWidget()
            if isinstance(page, InterviewTab | FieldTab):  # tabs one types in: the cursor goes
                page.focus_field()  # there, not on typing into the field it was in

    # --- printing and paper sheets ---------------------------------------------------------

    def print_sheets(self) -> None:
        self._sheets("print")

    def save_sheets(self) -> None:
        self._sheets("save")

    def _sheets(self, action: str) -> None:
        """Choose blank or filled, this submission or all, then print or save as PDF."""
        if self.session is None or self.view is None:
            return
        self.view.flush()
        from ui.sheets_dialog import SheetsDialog  # with ReportLab: kept out of the start

        dialog = SheetsDialog(self.session, self.view.code, action, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            make, title = dialog.make_pdf(), dialog.title()
            if action == "print":
                self.print_job = print_pdf(self, make, title, tasks=self.tasks)
            else:
                folder = Path(self.settings.last_export_folder or Path.home())
                self.print_job = save_pdf(
                    self,
                    make,
                    title,
                    suggested=dialog.suggested_name(),
                    folder=folder,
                    tasks=self.tasks,
                )

        dialog.accepted.connect(chosen)
        dialog.open()
        self.sheets_dialog = dialog

    def paper_sheet(self) -> None:
        """Scan or type a sheet code; land on its submission in paper mode."""
        if self.session is None or self.view is None:
            return
        self.view.flush()
        session = self.session
        juror_id = self.workspace.packages.get(session.package_id).juror_id
        dialog = PaperSheetDialog(session, juror_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def opened() -> None:
            if self.session is not session or self.view is None or dialog.sheet is None:
                return
            code = dialog.sheet.submission
            session.start_paper(code)
            self.view.select(code)
            self.view.scoring.focus_first_open()

        dialog.accepted.connect(opened)
        dialog.open()
        self.paper_dialog = dialog

    def stop_paper(self) -> None:
        if self.view is not None:
            self.view.flush()  # a score typed on paper is saved as from paper
        if self.session is not None:
            self.session.stop_paper()

    def _show_paper(self, code: str | None) -> None:
        session = self.session
        juror_id = (
            "" if session is None else self.workspace.packages.get(session.package_id).juror_id
        )
        shown = self.view.code if self.view is not None else None
        self.paper_band.show_sheet(code, juror_id, shown)
        self.stop_paper_action.setEnabled(code is not None)

    # --- export, keys ----------------------------------------------------------------------

    def export(self) -> None:
        if self.session is None or self.view is None:
            return
        self.view.flush()
        dialog = ExportDialog(self.session, self.settings, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def exported() -> None:
            self.statusBar().showMessage(
                self.tr("Exported: {path}").format(path=dialog.result.path), 10000
            )
            self.export_result_box = show_export_result(self, dialog.result)

        dialog.accepted.connect(exported)
        dialog.open()
        self.export_dialog = dialog

    def save_public_key(self) -> None:
        identity = self.workspace.identity.require()
        start = Path(self.settings.last_export_folder or Path.home()) / (
            f"{identity.juror_id}{PUBLIC_KEY_SUFFIX}"
        )
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save public key file"), str(start), public_key_filter()
        )
        if target:
            try:
                written = self.workspace.identity.export_public_key(Path(target))
            except OSError as error:
                show_error(self, self.tr("Save public key file"), error)
                return
            self.statusBar().showMessage(self.tr("Saved: {path}").format(path=written), 8000)

    # --- help ------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        rows = [
            (self.tr("Type a score, or change it with the arrow keys"), "0–9, ↑ ↓"),
            (
                self.tr(
                    "Next / previous field: a score, its comment, … the overall comment, "
                    "the recommendation"
                ),
                "Tab / Shift+Tab",
            ),
            (self.tr("Write the comment for this score"), "Enter"),
            (self.tr("Back from a comment to its score"), "Esc"),
            (self.tr("Open the choices of a list box"), "Alt+↓"),
        ]
        rows += action_rows(
            (
                self.next_unscored_action,
                self.next_action,
                self.previous_action,
                self.recommend_action,
                self.recuse_action,
                self.undo_action,
                self.redo_action,
                self.open_action,
                self.export_action,
                self.print_action,
                self.save_pdf_action,
                self.paper_action,
                *(a for a in self.tab_actions if a.isEnabled()),  # the tabs this round has
            )
        )
        rows.append(
            (
                self.tr("Find a submission"),
                key_text(QKeySequence(QKeySequence.StandardKey.Find)),
            )
        )
        rows.append((self.tr("Find in the proposal"), "Ctrl+Shift+F"))
        if self.view is not None and self.view.timer is not None:
            rows += [
                (self.tr("Interview timer: start or pause"), "F8"),
                (self.tr("Interview timer: the presenter is done, questions start"), "F9"),
                (self.tr("Interview timer: reset for the next presenter"), "Shift+F8"),
            ]
        self.show_shortcut_table(rows)

    # --- window events ---------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if self._dropped_package(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self._dropped_package(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_package_file(path)

    @staticmethod
    def _dropped_package(event) -> Path | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PACKAGE_SUFFIX):
                return Path(url.toLocalFile())
        return None

    def keep_state(self) -> None:
        if self.view is not None:
            self.view.flush()
            self._remember_place()
            self.settings.splitter_state = state_text(self.view.splitter.saveState())
