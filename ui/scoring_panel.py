"""The scoring panel: every criterion with its weight, scale and levels, a score and a
comment each; the overall comment and recommendation; the live weighted total; recusal."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.domain.evaluation import EvaluationStatus, Recommendation, scored_weight, shown_total
from app.domain.rubric import Criterion
from app.domain.text import without_controls
from app.i18n import current_language, format_number, locale_for
from app.reports.text import total_shown
from app.services.scoring import MAX_COMMENT_CHARS
from ui.dialogs import RecusalDialog
from ui.score_input import ScoreButtons, ScoreSpinBox
from ui.session import JurorSession

SAVE_PAUSE_MS = 700  # a comment is saved this long after the last keystroke (and on leaving)


class CommentEdit(QPlainTextEdit):
    """A comment box that saves itself after a pause in typing or when focus leaves it."""

    pending = Signal(bool)  # True while typed text is not yet saved
    save = Signal(str)
    escaped = Signal()

    def __init__(
        self, accessible_name: str, placeholder: str, lines: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)  # Tab and Shift+Tab leave the box, as in every field
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self._dirty = False
        self.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if self.signalsBlocked():
            return
        if self.document().characterCount() - 1 > MAX_COMMENT_CHARS:
            self._keep_what_fits()
        self._dirty = True
        self.pending.emit(True)
        self._timer.start()

    def _keep_what_fits(self) -> None:
        """Typing or pasting past the store's limit keeps what fits, up to the cursor, and
        says so: the text the juror sees is always the text that is saved."""
        excess = len(self.toPlainText()) - MAX_COMMENT_CHARS
        if excess <= 0:
            return
        cursor = self.textCursor()
        cursor.setPosition(max(0, cursor.position() - excess), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        QToolTip.showText(
            self.mapToGlobal(self.cursorRect().bottomLeft()),
            self.tr(
                "This field holds at most {n} characters; what went past that was left out."
            ).format(n=locale_for(current_language()).toString(MAX_COMMENT_CHARS)),
            self,
        )

    def flush(self) -> None:
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self.save.emit(self.toPlainText())
            self.pending.emit(False)

    def is_dirty(self) -> bool:
        return self._dirty

    def show_text(self, text: str) -> None:
        if self._dirty or self.toPlainText() == text:
            return
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)

    def focusOutEvent(self, event) -> None:
        self.flush()
        super().focusOutEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab saves the typed text, then moves on along the panel's Tab order."""
        self.flush()
        return super().focusNextPrevChild(forward)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Pasted or dropped text comes in without control characters (a form feed or NUL
        copied from a PDF becomes a space), so the juror is never refused for what they
        pasted; the store still refuses them from anywhere else."""
        if not source.hasText():
            return
        cleaned = QMimeData()
        cleaned.setText(without_controls(source.text()))
        super().insertFromMimeData(cleaned)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.flush()
            self.escaped.emit()
            return
        super().keyPressEvent(event)


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CriterionEditor(QFrame):
    """One criterion: what it means, how heavy it is, its levels, a score and a comment."""

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        language = current_language()
        title = criterion.title.get(language)
        self.setFrameShape(QFrame.Shape.StyledPanel)

        heading = QLabel(f"<b>{title}</b>")
        heading.setWordWrap(True)
        facts = QLabel(
            self.tr("weight {weight}% · scale {scale}").format(
                weight=format_number(criterion.weight),
                scale=f"{format_number(criterion.scale.minimum)}–"
                f"{format_number(criterion.scale.maximum)}",
            )
        )
        facts.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.spin = ScoreSpinBox(criterion.scale)
        self.spin.setAccessibleName(self.tr("Score for {criterion}").format(criterion=title))
        self.spin.setToolTip(
            self.tr("Type the score, or use the arrow keys. Enter or Tab: its comment.")
        )
        self.buttons = ScoreButtons(criterion.scale)
        self.buttons.clicked.connect(self._button_clicked)
        self.level = QLabel()
        self.level.setWordWrap(True)
        self.level.setAccessibleName(self.tr("Level for {criterion}").format(criterion=title))
        entry = QHBoxLayout()
        entry.addWidget(self.spin)
        entry.addWidget(self.buttons)
        entry.addStretch(1)

        self.comment = CommentEdit(
            self.tr("Comment on {criterion}").format(criterion=title),
            self.tr("Comment on {criterion}").format(criterion=title),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(facts)
        if criterion.description:
            layout.addWidget(_muted(criterion.description.get(language)))
        if criterion.guiding_questions:
            layout.addWidget(
                _muted("\n".join(f"• {q.get(language)}" for q in criterion.guiding_questions))
            )
        if criterion.levels:
            layout.addWidget(
                _muted(
                    "  ·  ".join(
                        f"{format_number(level.minimum)}–{format_number(level.maximum)} "
                        f"{level.label.get(language)}"
                        for level in criterion.levels
                    )
                )
            )
        layout.addLayout(entry)
        layout.addWidget(self.level)
        layout.addWidget(self.comment)
        self.spin.valueChanged.connect(self._show_level)

    def _button_clicked(self, index: int) -> None:
        self.spin.setValue(index)
        self.spin.setFocus()

    def _show_level(self) -> None:
        value = self.spin.score()
        self.buttons.show_index(self.spin.value())
        if value is None:
            self.level.setText(self.tr("Not scored yet."))
            return
        level = self.criterion.level_for(value)
        language = current_language()
        if level is None:
            self.level.setText("")
            return
        self.level.setText(
            f"<b>{level.label.get(language)}</b> — {level.description.get(language)}"
        )

    def display(self, value, comment: str) -> None:
        """Show the saved score and comment (a comment being typed is left alone)."""
        self.spin.show_saved(value)
        self.comment.show_text(comment)
        self._show_level()


class ScoringPanel(QWidget):
    """The right-hand side of the juror's window for the current submission."""

    pendingChanged = Signal(bool)  # a comment is typed but not yet saved
    recused = Signal(str)

    def __init__(self, session: JurorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code: str | None = None
        language = current_language()

        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Weighted total"))
        total_font = self.total.font()
        total_font.setPointSizeF(total_font.pointSizeF() * 1.3)
        total_font.setBold(True)
        self.total.setFont(total_font)
        summary = QHBoxLayout()
        summary.addWidget(self.status, 1)
        summary.addWidget(self.total)

        self.recusal_banner = QLabel()
        self.recusal_banner.setWordWrap(True)
        self.recusal_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.recusal_banner.setAccessibleName(self.tr("Conflict of interest"))
        self.recuse_button = QPushButton()
        self.recuse_button.clicked.connect(self._recuse_clicked)

        self.editors: list[CriterionEditor] = []
        criteria = QVBoxLayout()
        for criterion in session.manifest.rubric:
            editor = CriterionEditor(criterion)
            self.editors.append(editor)
            criteria.addWidget(editor)
            editor.spin.committed.connect(lambda value, c=criterion.code: self._score(c, value))
            editor.comment.save.connect(lambda text, c=criterion.code: self._comment(c, text))
            editor.comment.pending.connect(self._pending)
        for editor in self.editors:
            editor.spin.enterPressed.connect(editor.comment.setFocus)
            editor.comment.escaped.connect(editor.spin.setFocus)

        self.overall = CommentEdit(
            self.tr("Overall comment"), self.tr("Overall comment on this submission"), lines=3
        )
        self.overall.save.connect(lambda text: self._comment(None, text))
        self.overall.pending.connect(self._pending)
        self.recommendation = QComboBox()
        self.recommendation.setAccessibleName(self.tr("Recommendation"))
        for value in Recommendation:
            self.recommendation.addItem(value.label(), value.value)
        self.recommendation.activated.connect(self._recommend)
        overall = QFormLayout()
        overall.addRow(self.tr("Overall comment"), self.overall)
        overall.addRow(self.tr("Recommendation"), self.recommendation)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.title)
        body.addLayout(summary)
        body.addWidget(self.recusal_banner)
        body.addLayout(criteria)
        body.addLayout(overall)
        body.addWidget(self.recuse_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab scrolls it, from control to control
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.scroll = scroll
        # never narrower than what it holds (it scrolls down, not across): in a narrow window
        # the splitter takes the room from the list instead of cutting off scores and total
        self.setMinimumWidth(
            content.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.passing = session.manifest.round.passing_grade
        self._language = language
        self._set_tab_order()
        session.evaluationChanged.connect(self._changed)
        self.setEnabled(False)

    def _set_tab_order(self) -> None:
        """Tab walks the panel as it reads: each score then its comment, the overall comment,
        the recommendation, the conflict-of-interest button, then on out of the panel."""
        chain = [w for e in self.editors for w in (e.spin, e.comment)]
        chain += [self.overall, self.recommendation, self.recuse_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # --- showing ---------------------------------------------------------------------------

    def load(self, code: str) -> None:
        self.flush()
        self.code = code
        self.setEnabled(True)
        submission = self.session.manifest.submission(code)
        self.title.setText(f"{code} — {submission.title}")
        self._refresh()

    def _changed(self, code: str) -> None:
        if code == self.code:
            self._refresh()

    def _refresh(self) -> None:
        state = self.session.state(self.code)
        evaluation = state.evaluation
        total = total_shown(shown_total(state.status, state.total, scored=bool(evaluation.scores)))
        weight = scored_weight(state.status, evaluation.scores, self.session.manifest.rubric)
        if weight is None:
            self.status.setText(state.status.label())
            self.total.setText(self.tr("Total {total}").format(total=total))
        else:  # a total so far is not the final one, and must not look it
            self.status.setText(
                self.tr("{status} · {weight}% of the weight scored").format(
                    status=state.status.label(), weight=format_number(weight)
                )
            )
            self.total.setText(self.tr("Total so far {total}").format(total=total))
        if self.passing is not None:
            self.total.setToolTip(
                self.tr("Passing grade: {grade}").format(grade=format_number(self.passing))
            )
        for editor in self.editors:
            code = editor.criterion.code
            editor.display(evaluation.scores.get(code), evaluation.comments.get(code, ""))
            editor.setEnabled(not evaluation.recused)
        self.overall.show_text(evaluation.overall_comment)
        self.recommendation.setCurrentIndex(
            self.recommendation.findData(evaluation.recommendation.value)
        )
        self.recommendation.setEnabled(not evaluation.recused)
        if evaluation.recused:
            self.recusal_banner.setText(
                self.tr(
                    "You declared a conflict of interest; scores are locked.\nReason: {reason}"
                ).format(reason=evaluation.recusal_reason)
            )
            self.recusal_banner.show()
            self.recuse_button.setText(self.tr("Withdraw conflict of interest"))
        else:
            self.recusal_banner.hide()
            self.recuse_button.setText(self.tr("Declare conflict of interest…"))

    def focus_first_open(self) -> None:
        """Put the cursor where work remains: the first criterion without a score."""
        state = self.session.state(self.code) if self.code else None
        if state is None or state.status == EvaluationStatus.RECUSED:
            return
        for editor in self.editors:
            if editor.spin.score() is None:
                editor.spin.setFocus()
                editor.spin.selectAll()
                return
        self.editors[0].spin.setFocus()

    def focus_recommendation(self) -> None:
        """Ctrl+R: the recommendation with its choices open."""
        if self.recommendation.isEnabled():
            self.scroll.ensureWidgetVisible(self.recommendation)
            self.recommendation.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.recommendation.showPopup()

    # --- changing --------------------------------------------------------------------------

    def flush(self) -> None:
        """Save typed text now (before switching submission, exporting or closing): a score
        typed and not yet entered too (Ctrl+N straight after typing it lost it)."""
        for editor in self.editors:
            editor.spin.commit_typed()
            editor.comment.flush()
        self.overall.flush()

    def has_pending(self) -> bool:
        return self.overall.is_dirty() or any(e.comment.is_dirty() for e in self.editors)

    def _pending(self, _value: bool) -> None:
        self.pendingChanged.emit(self.has_pending())

    def _score(self, criterion: str, value) -> None:
        if self.code:
            self.session.set_score(self.code, criterion, value)

    def _comment(self, criterion: str | None, text: str) -> None:
        if self.code:
            self.session.set_comment(self.code, criterion, text)

    def _recommend(self, index: int) -> None:
        if self.code:
            self.session.set_recommendation(
                self.code, Recommendation(self.recommendation.itemData(index))
            )

    def _recuse_clicked(self) -> None:
        if not self.code:
            return
        if self.session.state(self.code).evaluation.recused:
            self.session.withdraw_recusal(self.code)
            return
        code = self.code
        dialog = RecusalDialog(self, code)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            self.flush()
            if self.session.recuse(code, dialog.text()):
                self.recused.emit(code)

        dialog.accepted.connect(accepted)
        dialog.open()
        self.recusal_dialog = dialog

    def recuse(self, reason: str) -> bool:
        """The same as the button, for scripts and tests."""
        return bool(self.code) and self.session.recuse(self.code, reason)
