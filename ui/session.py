"""The open package in the juror's window: every change goes through here.

Views never call the workspace to change anything themselves: they ask the session, which
saves through the core at once, records an undoable command, and announces what changed with
one signal that every view listens to (the submission list, the scoring panel, the tabs, the
status bar). This keeps undo, the saved indicator and the views consistent.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.competition import Manifest
from app.domain.evaluation import QuestionNote, Recommendation
from app.errors import JuriError
from app.i18n import current_language, translate
from app.services.scoring import EvaluationState, Source
from app.services.wiring import Services

Change = Callable[[], EvaluationState]
TEXT_COMMAND_ID = 1001


class ChangeCommand(QUndoCommand):
    """An undoable change: ``forward`` and ``backward`` each call a core service."""

    def __init__(
        self,
        session: JurorSession,
        code: str,
        text: str,
        forward: Change,
        backward: Change,
        merge_key: tuple | None = None,
    ) -> None:
        super().__init__(text)
        self.session, self.code = session, code
        self.forward, self.backward = forward, backward
        self.merge_key = merge_key
        self._already_done = True  # the session applied it before pushing

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self.session.apply(self.code, self.forward, focus=True)

    def undo(self) -> None:
        self.session.apply(self.code, self.backward, focus=True)

    def id(self) -> int:
        return TEXT_COMMAND_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing a comment in bursts makes one undo step per field, not one per save."""
        if not isinstance(other, ChangeCommand) or other.merge_key != self.merge_key:
            return False
        self.forward = other.forward
        return True


class JurorSession(QObject):
    evaluationChanged = Signal(str)
    focusRequested = Signal(str)
    saved = Signal(str)
    saveFailed = Signal(str)
    paperChanged = Signal(object)  # the paper sheet's submission, or None

    def __init__(
        self,
        workspace: Services,
        package_id: str,
        parent: QObject | None = None,
        source: str = Source.APP,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.package_id = package_id
        self.manifest: Manifest = workspace.packages.manifest(package_id)
        self.source = source
        self.paper_code: str | None = None  # the submission whose paper sheet is typed in
        self.undo_stack = QUndoStack(self)
        self._states: dict[str, EvaluationState] = {}

    # --- reading ---------------------------------------------------------------------------

    def state(self, code: str) -> EvaluationState:
        if code not in self._states:
            self._states[code] = self.workspace.scoring.evaluation(self.package_id, code)
        return self._states[code]

    def _title(self, criterion: str) -> str:
        found = self.manifest.rubric.get(criterion)
        return found.title.get(current_language()) if found else criterion

    # --- paper mode ------------------------------------------------------------------------

    def start_paper(self, code: str) -> None:
        """From now on, changes to ``code`` are recorded as typed in from its paper sheet."""
        self.paper_code = code
        self.paperChanged.emit(code)

    def stop_paper(self) -> None:
        if self.paper_code is not None:
            self.paper_code = None
            self.paperChanged.emit(None)

    def source_for(self, code: str) -> str:
        """Where a change to ``code`` comes from, for the audit log: the paper sheet being
        typed in, or this app. Only the scanned sheet's submission counts as paper, so moving
        on to another submission never records the juror's own typing as from paper."""
        return Source.PAPER if code == self.paper_code else self.source

    # --- changing --------------------------------------------------------------------------

    def apply(self, code: str, change: Change, *, focus: bool = False) -> bool:
        """Save one change now; tell every view. False (and a message) when it was refused."""
        try:
            state = change()
        except JuriError as error:
            self.saveFailed.emit(error.message)
            self.evaluationChanged.emit(code)  # views show the saved value again
            return False
        self._states[code] = state
        if focus:
            self.focusRequested.emit(code)
        self.evaluationChanged.emit(code)
        self.saved.emit(QTime.currentTime().toString("HH:mm:ss"))
        return True

    def _change(
        self,
        code: str,
        text: str,
        forward: Change,
        backward: Change,
        merge_key: tuple | None = None,
    ) -> bool:
        if not self.apply(code, forward):
            return False
        self.undo_stack.push(ChangeCommand(self, code, text, forward, backward, merge_key))
        return True

    def set_score(self, code: str, criterion: str, value: Decimal | None) -> bool:
        old = self.state(code).evaluation.scores.get(criterion)
        if old == value:
            return True
        scoring, pid, source = self.workspace.scoring, self.package_id, self.source_for(code)
        label = translate("Undo", "score of {criterion}").format(criterion=self._title(criterion))
        return self._change(
            code,
            label,
            lambda: scoring.set_score(pid, code, criterion, value, source=source),
            lambda: scoring.set_score(pid, code, criterion, old, source=source),
        )

    def set_comment(self, code: str, criterion: str | None, text: str) -> bool:
        evaluation = self.state(code).evaluation
        old = (
            evaluation.overall_comment
            if criterion is None
            else evaluation.comments.get(criterion, "")
        )
        if old == text:
            return True
        scoring, pid, source = self.workspace.scoring, self.package_id, self.source_for(code)
        label = (
            translate("Undo", "overall comment")
            if criterion is None
            else translate("Undo", "comment on {criterion}").format(
                criterion=self._title(criterion)
            )
        )
        return self._change(
            code,
            label,
            lambda: scoring.set_comment(pid, code, criterion, text, source=source),
            lambda: scoring.set_comment(pid, code, criterion, old, source=source),
            merge_key=("comment", code, criterion),
        )

    def set_recommendation(self, code: str, value: Recommendation) -> bool:
        old = self.state(code).evaluation.recommendation
        if old == value:
            return True
        scoring, pid, source = self.workspace.scoring, self.package_id, self.source_for(code)
        return self._change(
            code,
            translate("Undo", "recommendation"),
            lambda: scoring.set_recommendation(pid, code, value, source=source),
            lambda: scoring.set_recommendation(pid, code, old, source=source),
        )

    def set_video_watched(self, code: str, watched: bool) -> bool:
        old = self.state(code).evaluation.video_watched
        if old == watched:
            return True
        scoring, pid, source = self.workspace.scoring, self.package_id, self.source_for(code)
        return self._change(
            code,
            translate("Undo", "video watched"),
            lambda: scoring.set_video_watched(pid, code, watched, source=source),
            lambda: scoring.set_video_watched(pid, code, old, source=source),
        )

    def set_field_notes(self, code: str, text: str) -> bool:
        old = self.state(code).evaluation.field_notes
        if old == text:
            return True
        scoring, pid, source = self.workspace.scoring, self.package_id, self.source_for(code)
        return self._change(
            code,
            translate("Undo", "field notes"),
            lambda: scoring.set_field_notes(pid, code, text, source=source),
            lambda: scoring.set_field_notes(pid, code, old, source=source),
            merge_key=("notes", code),
        )

    def set_checklist_item(self, code: str, item: str, checked: bool) -> bool:
        old = self.state(code).evaluation.checklist.get(item, False)
        if old == checked:
            return True
        scoring, pid, source = self.workspace.scoring, self.package_id, self.source_for(code)
        return self._change(
            code,
            translate("Undo", "checklist item {item}").format(item=item),
            lambda: scoring.set_checklist_item(pid, code, item, checked, source=source),
            lambda: scoring.set_checklist_item(pid, code, item, old, source=source),
        )

    def set_questions(self, code: str, questions: tuple[QuestionNote, ...]) -> bool:
        old = self.state(code).evaluation.questions
        if old == questions:
            return True
        scoring, pid, source = self.workspace.scoring, self.package_id, self.source_for(code)
        return self._change(
            code,
            translate("Undo", "interview notes"),
            lambda: scoring.set_questions(pid, code, questions, source=source),
            lambda: scoring.set_questions(pid, code, old, source=source),
            merge_key=("questions", code),
        )

    def attach_evidence(self, code: str, path: Path) -> bool:
        """Attach a file from disk; undo removes it, redo attaches the same bytes again."""
        scoring, pid, source = self.workspace.scoring, self.package_id, self.source_for(code)
        before = {e.sha256 for e in self.state(code).evaluation.evidence}
        if not self.apply(code, lambda: scoring.attach_evidence(pid, code, path, source=source)):
            return False
        added = next(e for e in self.state(code).evaluation.evidence if e.sha256 not in before)
        data = scoring.evidence_data(pid, code, added.sha256)
        self.undo_stack.push(
            ChangeCommand(
                self,
                code,
                translate("Undo", "attach {name}").format(name=added.name),
                lambda: scoring.attach_evidence_data(pid, code, added.name, data, source=source),
                lambda: scoring.remove_evidence(pid, code, added.sha256, source=source),
            )
        )
        return True

    def remove_evidence(self, code: str, sha256: str) -> bool:
        """Take a file out; undo attaches its bytes again (at the end of the list)."""
        found = next((e for e in self.state(code).evaluation.evidence if e.sha256 == sha256), None)
        if found is None:
            return True
        scoring, pid, source = self.workspace.scoring, self.package_id, self.source_for(code)
        data = scoring.evidence_data(pid, code, sha256)
        return self._change(
            code,
            translate("Undo", "remove {name}").format(name=found.name),
            lambda: scoring.remove_evidence(pid, code, sha256, source=source),
            lambda: scoring.attach_evidence_data(pid, code, found.name, data, source=source),
        )

    def recuse(self, code: str, reason: str) -> bool:
        old = self.state(code).evaluation.recusal_reason
        scoring, pid, source = self.workspace.scoring, self.package_id, self.source_for(code)

        def back() -> EvaluationState:
            if old is None:
                return scoring.withdraw_recusal(pid, code, source=source)
            return scoring.recuse(pid, code, old, source=source)

        return self._change(
            code,
            translate("Undo", "conflict of interest"),
            lambda: scoring.recuse(pid, code, reason, source=source),
            back,
        )

    def withdraw_recusal(self, code: str) -> bool:
        old = self.state(code).evaluation.recusal_reason
        if old is None:
            return True
        scoring, pid, source = self.workspace.scoring, self.package_id, self.source_for(code)
        return self._change(
            code,
            translate("Undo", "withdraw conflict of interest"),
            lambda: scoring.withdraw_recusal(pid, code, source=source),
            lambda: scoring.recuse(pid, code, old, source=source),
        )
