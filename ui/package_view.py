"""One open package: the submission list, the proposal with its tabs, and the scoring panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.domain.competition import RoundKind
from app.errors import JuriError
from ui.interview import InterviewTab, InterviewTimer
from ui.proposal_view import ProposalView
from ui.scoring_panel import ScoringPanel
from ui.session import JurorSession
from ui.submission_list import SubmissionListPanel
from ui.tabs import DetailsTab, FieldTab, VideoTab
from ui.tasks import TaskRunner


class PackageView(QWidget):
    currentChanged = Signal(str)

    def __init__(
        self, session: JurorSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.code: str | None = None
        self.submissions = SubmissionListPanel(session)
        self.proposal = ProposalView()
        self.details = DetailsTab()
        self.video = VideoTab(session, tasks)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Submission"))
        self.tabs.addTab(self.proposal, self.tr("&Proposal"))
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.video, self.tr("V&ideo"))
        self.field: FieldTab | None = None
        self.interview: InterviewTab | None = None
        self.timer: InterviewTimer | None = None
        round_ = session.manifest.round
        if round_.kind == RoundKind.FIELD:
            self.field = FieldTab(session)
            self.tabs.addTab(self.field, self.tr("Field visi&t"))
        elif round_.kind == RoundKind.INTERVIEW:
            self.interview = InterviewTab(session)
            self.tabs.addTab(self.interview, self.tr("Intervie&w notes"))
            if round_.presentation_minutes and round_.question_minutes:
                self.timer = InterviewTimer(round_.presentation_minutes, round_.question_minutes)
        self.scoring = ScoringPanel(session)
        middle = QWidget()  # the timer stays in sight whichever tab is shown
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        if self.timer is not None:
            middle_layout.addWidget(self.timer)
        middle_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.submissions)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.scoring)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([430, 540, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.submissions.currentChanged.connect(self.show_submission)
        # the score fields are locked now: the keyboard goes back to the list
        self.scoring.recused.connect(lambda _code: self.submissions.table.setFocus())
        session.focusRequested.connect(self.select)

    def select(self, code: str) -> None:
        if code != self.code:
            self.submissions.select(code)

    def show_submission(self, code: str) -> None:
        """Everything on screen follows the selected submission."""
        if code == self.code:
            return
        self.flush()
        self.code = code
        submission = self.session.manifest.submission(code)
        self.scoring.load(code)
        self.details.show_submission(submission)
        self.video.show_submission(submission)
        for tab in (self.field, self.interview):
            if tab is not None:
                tab.show_submission(submission)
        entry = submission.proposal
        if entry is None:
            self.proposal.clear()
        else:
            try:
                data = self.session.workspace.packages.read_file(self.session.package_id, entry)
                self.proposal.show_pdf(data, entry.name)
            except JuriError as error:
                self.proposal.show_problem(error.message)
        self.currentChanged.emit(code)

    def select_first(self) -> None:
        code = self.submissions.next_unscored(None) or self.submissions.neighbour(1)
        if code:
            self.submissions.select(code)

    def go(self, step: int) -> None:
        code = self.submissions.neighbour(step)
        if code:
            self.submissions.select(code)

    def next_unscored(self) -> bool:
        """Ctrl+N: the next one to do after the submission on screen."""
        code = self.submissions.next_unscored(self.code)
        if code is None:
            return False
        self.submissions.select(code)
        self.scoring.focus_first_open()
        return True

    def flush(self) -> None:
        self.scoring.flush()
        for tab in (self.field, self.interview):
            if tab is not None:
                tab.flush()

    def has_pending(self) -> bool:
        return self.scoring.has_pending() or any(
            tab is not None and tab.is_dirty() for tab in (self.field, self.interview)
        )
