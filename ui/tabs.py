"""The tabs beside the proposal: details of the submission, its video, and the field visit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.competition import Submission
from app.domain.evidence import MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES
from app.errors import JuriError
from app.formats.fields import is_video_url
from app.i18n import current_language
from app.limits import MiB
from ui.dialogs import show_error
from ui.evidence_view import EvidenceList, open_evidence
from ui.qr_widget import QrCodeWidget
from ui.scoring_panel import CommentEdit
from ui.session import JurorSession
from ui.tasks import TaskRunner


def _value(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailsTab(QWidget):
    """Everything the package says about the submission."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = {
            name: _value()
            for name in (
                "code",
                "title",
                "agency",
                "group",
                "cluster",
                "category",
                "video",
                "files",
            )
        }
        form = QFormLayout(self)
        labels = (
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Agency"),
            self.tr("Group"),
            self.tr("Cluster"),
            self.tr("Category"),
            self.tr("Video link"),
            self.tr("Files"),
        )
        for label, widget in zip(labels, self.fields.values(), strict=True):
            widget.setAccessibleName(label)
            form.addRow(label, widget)

    def show_submission(self, submission: Submission) -> None:
        values = self.fields
        values["code"].setText(submission.code)
        values["title"].setText(submission.title)
        values["agency"].setText(submission.agency)
        values["group"].setText(submission.group or "–")
        values["cluster"].setText(submission.cluster or "–")
        values["category"].setText(submission.category or "–")
        values["video"].setText(submission.video_url or "–")
        values["files"].setText(
            "\n".join(
                self.tr("{name} ({kb} KB, SHA-256 {sha}…)").format(
                    name=entry.name, kb=max(1, entry.size // 1024), sha=entry.sha256[:12]
                )
                for entry in submission.files
            )
        )


class VideoTab(QWidget):
    """The video link (open, copy, QR for a phone), the watched mark, and playback of a video
    carried in the package where the platform can play it."""

    def __init__(
        self, session: JurorSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.code: str | None = None
        self.url = ""
        self.link = _value()
        self.link.setAccessibleName(self.tr("Video link"))
        self.open_button = QPushButton(self.tr("Open in browser"))
        self.open_button.clicked.connect(self.open_link)
        self.copy_button = QPushButton(self.tr("Copy link"))
        self.copy_button.clicked.connect(self.copy_link)
        self.qr = QrCodeWidget()
        self.qr.setAccessibleName(self.tr("QR code of the video link"))
        qr_hint = _value(
            self.tr("Scan with a phone to watch the video there, e.g. when this laptop is offline.")
        )
        self.watched = QCheckBox(self.tr("I have watched the video"))
        self.watched.toggled.connect(self._watched)
        self.player_box = QGroupBox(self.tr("Video carried in the package"))
        self.player_layout = QVBoxLayout(self.player_box)
        self.player = None

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        qr_row = QHBoxLayout()
        qr_row.addWidget(self.qr)
        qr_row.addWidget(qr_hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.link)
        layout.addLayout(buttons)
        layout.addLayout(qr_row)
        layout.addWidget(self.watched)
        layout.addWidget(self.player_box, 1)
        layout.addStretch(0)
        session.evaluationChanged.connect(self._changed)

    def show_submission(self, submission: Submission) -> None:
        self.code = submission.code
        self.url = submission.video_url
        self.link.setText(self.url or self.tr("This submission has no video link."))
        for widget in (self.open_button, self.copy_button, self.qr):
            widget.setEnabled(bool(self.url))
        self.qr.set_text(self.url)
        self._changed(submission.code)
        self._show_player(submission)

    def _changed(self, code: str) -> None:
        if code == self.code:
            self.watched.blockSignals(True)
            self.watched.setChecked(self.session.state(code).evaluation.video_watched)
            self.watched.blockSignals(False)

    def _watched(self, checked: bool) -> None:
        if self.code:
            self.session.set_video_watched(self.code, checked)

    def open_link(self) -> None:
        """Only a web link goes to the system: a ``file:`` or ``javascript:`` one that slipped
        into a package would start a program."""
        if self.url and is_video_url(self.url):
            QDesktopServices.openUrl(QUrl(self.url))

    def copy_link(self) -> None:
        if self.url:
            QGuiApplication.clipboard().setText(self.url)

    def _show_player(self, submission: Submission) -> None:
        entry = submission.video_file
        self.player_box.setVisible(entry is not None)
        if entry is None:
            return
        if self.player is None:
            from ui.video_player import VideoPlayer

            self.player = VideoPlayer(self.session, self.tasks)
            self.player_layout.addWidget(self.player)
        self.player.show_video(submission.code, entry)


class FieldTab(QWidget):
    """The field-visit checklist, notes and evidence (field rounds only)."""

    def __init__(self, session: JurorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code: str | None = None
        language = current_language()
        box = QGroupBox(self.tr("Confirm what you did on the visit"))
        box_layout = QVBoxLayout(box)
        self.items: dict[str, QCheckBox] = {}
        for item in session.manifest.checklist:
            check = QCheckBox(item.text.get(language))
            check.toggled.connect(lambda on, code=item.code: self._checked(code, on))
            self.items[item.code] = check
            box_layout.addWidget(check)
        self.notes = CommentEdit(
            self.tr("Field notes"), self.tr("What you saw, who you met, what you checked"), lines=8
        )
        self.notes.save.connect(self._notes)
        self.evidence = EvidenceList()
        self.evidence.activated.connect(lambda _index: self.open_current())
        self.attach_button = QPushButton(self.tr("&Attach photos or documents…"))
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.evidence,
            self.remove_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        evidence_box = QGroupBox(self.tr("Evidence from the visit"))
        evidence_layout = QVBoxLayout(evidence_box)
        evidence_layout.addWidget(
            _value(
                self.tr(
                    "JPEG or PNG photos and PDF documents, at most {mb} MB each and {n} per "
                    "submission. "
                    "They travel inside your signed result; the chair sees them as you do."
                ).format(mb=MAX_EVIDENCE_BYTES // MiB, n=MAX_EVIDENCE_FILES)
            )
        )
        evidence_layout.addWidget(self.evidence)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        evidence_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("Field notes")))
        layout.addWidget(self.notes)
        layout.addWidget(evidence_box, 1)
        session.evaluationChanged.connect(self._changed)

    def show_submission(self, submission: Submission) -> None:
        self.notes.flush()
        self.code = submission.code
        self._changed(submission.code)

    def _changed(self, code: str) -> None:
        if code != self.code:
            return
        evaluation = self.session.state(code).evaluation
        for item, check in self.items.items():
            check.blockSignals(True)
            check.setChecked(evaluation.checklist.get(item, False))
            check.setEnabled(not evaluation.recused)
            check.blockSignals(False)
        self.notes.show_text(evaluation.field_notes)
        self.evidence.show_evidence(evaluation.evidence)
        self.attach_button.setEnabled(not evaluation.recused)
        self.open_button.setEnabled(bool(evaluation.evidence))
        self.remove_button.setEnabled(bool(evaluation.evidence) and not evaluation.recused)

    def _checked(self, item: str, on: bool) -> None:
        if self.code:
            self.session.set_checklist_item(self.code, item, on)

    def _notes(self, text: str) -> None:
        if self.code:
            self.session.set_field_notes(self.code, text)

    def flush(self) -> None:
        self.notes.flush()

    def is_dirty(self) -> bool:
        return self.notes.is_dirty()

    def focus_field(self) -> None:
        """Where Ctrl+4 puts the cursor: the first item still to confirm, else the notes."""
        unchecked = (c for c in self.items.values() if c.isEnabled() and not c.isChecked())
        next(unchecked, self.notes).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach evidence"),
            "",
            self.tr(
                "Photos and PDF documents (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG "
                "*.PDF);;All files (*)"
            ),
        )
        self.attach([Path(name) for name in names])

    def attach(self, paths: list[Path]) -> None:
        """Attach each file in turn; the first refusal stops there, with its sentence."""
        for path in paths:
            if not self.code or not self.session.attach_evidence(self.code, path):
                return
        if paths:
            self.evidence.select_last()
            self.evidence.setFocus()

    def open_current(self) -> None:
        chosen = self.evidence.current()
        if self.code and chosen is not None:
            try:
                data = self.session.workspace.scoring.evidence_data(
                    self.session.package_id, self.code, chosen.sha256
                )
                open_evidence(chosen, data)
            except (JuriError, OSError) as error:
                show_error(self, self.tr("Evidence"), error)

    def remove_current(self) -> None:
        chosen = self.evidence.current()
        if self.code and chosen is not None:
            self.session.remove_evidence(self.code, chosen.sha256)
