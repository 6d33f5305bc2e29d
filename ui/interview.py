"""The interview round in the juror's window: the presentation timer and the notes per question.

The timer is the panel's stopwatch for one presenter: the presentation phase (e.g. 7 minutes)
then the question phase (e.g. 13), as the rubric file sets them for the round. It counts from a
monotonic clock, so a busy window or a changed system time never makes it wrong; the QTimer
only refreshes what is shown. Going over a phase's time shows "+0:12" in the warning colour
instead of stopping: the panel decides, not the stopwatch. The juror moves to the questions
(F9) when the presenter finishes, early or late, and resets (Shift+F8) for the next presenter;
the timer belongs to the window, not to a submission, so looking at another proposal while a
presenter speaks does not disturb it. Scores can be entered at any time.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.competition import Submission
from app.domain.evaluation import QuestionNote
from ui.scoring_panel import CommentEdit
from ui.session import JurorSession

PRESENTATION, QUESTIONS = 0, 1
TICK_MS = 200  # how often the shown time is refreshed while the timer runs


class PhaseClock:
    """Two phases of a set length each; the time spent in the current one, paused or not."""

    def __init__(
        self,
        presentation_seconds: int,
        question_seconds: int,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.lengths = (presentation_seconds, question_seconds)
        self.now = now
        self.phase = PRESENTATION
        self._banked = 0.0  # time in this phase before the last start
        self._started: float | None = None

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self) -> None:
        if self._started is None:
            self._started = self.now()

    def pause(self) -> None:
        if self._started is not None:
            self._banked += self.now() - self._started
            self._started = None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self.phase, self._banked, self._started = PRESENTATION, 0.0, None

    def to_questions(self) -> None:
        """The presenter has finished: the question phase starts from its full length,
        running if the timer was."""
        if self.phase == PRESENTATION:
            running = self.running
            self.phase, self._banked = QUESTIONS, 0.0
            self._started = self.now() if running else None

    def elapsed(self) -> float:
        return self._banked + (self.now() - self._started if self._started is not None else 0)

    def remaining(self) -> int:
        """Whole seconds left in the phase (a started second counts as left); negative when
        the phase has run over, by the whole seconds over."""
        left = self.lengths[self.phase] - self.elapsed()
        return math.ceil(left) if left >= 0 else -math.floor(-left)


def clock_text(seconds: int) -> str:
    """ "7:00", or "+0:12" for time over."""
    sign = "+" if seconds < 0 else ""
    minutes, rest = divmod(abs(seconds), 60)
    return f"{sign}{minutes}:{rest:02d}"


class InterviewTimer(QFrame):
    """Start/Pause (F8), Questions (F9), Reset (Shift+F8), and the time left in large type."""

    def __init__(
        self,
        presentation_minutes: int,
        question_minutes: int,
        now: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Interview timer"))
        self.clock = PhaseClock(presentation_minutes * 60, question_minutes * 60, now)
        self.phase_label = QLabel()
        self.time_label = QLabel()
        self.time_label.setAccessibleName(self.tr("Time left"))
        font = self.time_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.time_label.setFont(font)
        self.plan = QLabel(
            self.tr("Presentation {p} min, questions {q} min").format(
                p=presentation_minutes, q=question_minutes
            )
        )
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.toggle)
        self.questions_button = QPushButton(self.tr("Questions (F9)"))
        self.questions_button.clicked.connect(self.to_questions)
        self.reset_button = QPushButton(self.tr("Reset (Shift+F8)"))
        self.reset_button.clicked.connect(self.reset)
        self.ticker = QTimer(self, interval=TICK_MS)
        self.ticker.timeout.connect(self.refresh)
        for keys, slot in (
            ("F8", self.toggle),
            ("F9", self.to_questions),
            ("Shift+F8", self.reset),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        bold = self.phase_label.font()
        bold.setBold(True)
        self.phase_label.setFont(bold)
        # the phase and the plan stacked beside the time, the keys on a row of their own: on
        # one row with the plan they made the middle column so wide that the scoring panel
        # ran past the window's edge
        words = QVBoxLayout()
        words.addWidget(self.phase_label)
        words.addWidget(self.plan)
        top = QHBoxLayout()
        top.addLayout(words)
        top.addStretch(1)
        top.addWidget(self.time_label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for button in (self.start_button, self.questions_button, self.reset_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.refresh()

    def toggle(self) -> None:
        self.clock.toggle()
        self.ticker.start() if self.clock.running else self.ticker.stop()
        self.refresh()

    def to_questions(self) -> None:
        self.clock.to_questions()
        self.refresh()

    def reset(self) -> None:
        self.clock.reset()
        self.ticker.stop()
        self.refresh()

    def refresh(self) -> None:
        clock = self.clock
        left = clock.remaining()
        phase = (
            self.tr("Presentation")
            if clock.phase == PRESENTATION
            else self.tr("Questions and answers")
        )
        over = left < 0
        if over:
            phase = self.tr("{phase}: over time").format(phase=phase)
        if not clock.running and clock.elapsed():
            phase = self.tr("{phase}, paused").format(phase=phase)
        self.phase_label.setText(phase)
        self.time_label.setText(clock_text(left))
        palette = self.palette()
        if over:
            palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.red)
        self.time_label.setPalette(palette)
        self.start_button.setText(self.tr("Pause (F8)") if clock.running else self.tr("Start (F8)"))
        self.questions_button.setEnabled(clock.phase == PRESENTATION)


class QuestionRow(QWidget):
    """One question asked and the juror's notes on the answer; each saves itself as typed."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = CommentEdit(
            self.tr("Question {n}").format(n=number),
            self.tr("Question {n}: what the panel asked").format(n=number),
            lines=1,
        )
        self.notes = CommentEdit(
            self.tr("Notes on the answer to question {n}").format(n=number),
            self.tr("What the answer said, what it left out"),
            lines=3,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.question)
        layout.addWidget(self.notes)

    def edits(self) -> tuple[CommentEdit, CommentEdit]:
        return self.question, self.notes

    def note(self) -> QuestionNote:
        return QuestionNote(self.question.toPlainText(), self.notes.toPlainText())

    def show_note(self, note: QuestionNote) -> None:
        self.question.show_text(note.question)
        self.notes.show_text(note.notes)


class InterviewTab(QWidget):
    """The interview's questions in the order asked, with notes on each answer; there is always
    one empty question at the end to type the next one into."""

    pending = Signal(bool)

    def __init__(self, session: JurorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code: str | None = None
        self.rows: list[QuestionRow] = []
        self.rows_layout = QVBoxLayout()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addLayout(self.rows_layout)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the questions, not to it
        self.scroll = scroll  # where the rows stand in the Tab order: in the tab's place
        hint = QLabel(
            self.tr(
                "Note each question and what the answer said. A new question "
                "opens below the last one; empty ones are not kept."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        session.evaluationChanged.connect(self._changed)

    def show_submission(self, submission: Submission) -> None:
        self.flush()
        self.code = submission.code
        self._changed(submission.code)

    def flush(self) -> None:
        for row in self.rows:
            for edit in row.edits():
                edit.flush()

    def is_dirty(self) -> bool:
        return any(edit.is_dirty() for row in self.rows for edit in row.edits())

    def focus_field(self) -> None:
        """Where Ctrl+4 puts the cursor: the empty question at the end, ready for the next."""
        if self.rows:
            self.rows[-1].question.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _changed(self, code: str) -> None:
        if code != self.code:
            return
        evaluation = self.session.state(code).evaluation
        notes = (*evaluation.questions, QuestionNote(""))
        while len(self.rows) > len(notes):
            gone = self.rows.pop()
            gone.hide()  # out of the Tab order now, deleted later
            gone.deleteLater()
        while len(self.rows) < len(notes):
            self._add_row()
        for row, note in zip(self.rows, notes, strict=True):
            row.show_note(note)
            for edit in row.edits():
                edit.setReadOnly(evaluation.recused)

    def _add_row(self) -> None:
        row = QuestionRow(len(self.rows) + 1)
        for edit in row.edits():
            edit.save.connect(lambda _text: self._save())
            edit.pending.connect(self.pending)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        row.show()  # at once, not on the next event: Tab from the notes goes straight to it
        self._order()

    def _order(self) -> None:
        """The rows in the Tab order where the tab is, question then notes, and on to the
        scores after the last: a row made later went to the window's end, and Tab from the
        last notes wrapped round to the search box. Qt orders only widgets that take focus,
        so the scroll area does for a moment."""
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        before: QWidget = self.scroll
        for row in self.rows:
            for edit in row.edits():
                QWidget.setTabOrder(before, edit)
                before = edit
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _save(self) -> None:
        if self.code:
            self.session.set_questions(self.code, tuple(row.note() for row in self.rows))
