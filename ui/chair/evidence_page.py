"""The chair's view of the field visits' evidence: every photo and document the accepted
results carry, by submission and juror, with a preview and the file to open.

Only accepted results are listed: their signatures hold and every file's bytes match the
SHA-256 the juror signed (the result reader checks each one), so what is shown here is what the
juror attached. A result with a swapped photo is not accepted at all: the Files page shows it as
tampered, with its reason, and none of its evidence appears here.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.evidence import PDF, Evidence
from app.i18n import translate
from app.merge.service import MergeReport
from ui.chair.pages import heading
from ui.dialogs import show_error
from ui.evidence_view import EvidenceList, open_evidence

PREVIEW_PIXELS = 320


class EvidencePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = heading()
        self.summary.setAccessibleName(translate("ChairPages", "Summary of the evidence"))
        self.list = EvidenceList(
            (
                translate("ChairPages", "Submission"),
                translate("ChairPages", "Juror"),
                translate("ChairPages", "Same file also for"),
            )
        )
        self.list.currentItemChanged.connect(lambda *_: self._preview())
        self.list.activated.connect(lambda _index: self.open_current())
        self.preview = QLabel()
        self.preview.setAccessibleName(translate("ChairPages", "Preview of the selected file"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumWidth(PREVIEW_PIXELS)
        self.open_button = QPushButton(translate("ChairPages", "&Open the file"))
        self.open_button.clicked.connect(self.open_current)
        side = QVBoxLayout()
        side.addWidget(self.preview, 1)
        side.addWidget(self.open_button)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row, 1)
        self.set_report(None)

    def set_report(self, report: MergeReport | None) -> None:
        found = (
            []
            if report is None
            else [
                (evaluation.submission, juror, evidence)
                for juror, accepted in sorted(report.intake.accepted.items())
                for evaluation in accepted.document.evaluations
                for evidence in evaluation.evidence
            ]
        )
        # the very same file given as evidence of visits to several submissions is worth a
        # question to the juror: one photo cannot show two places
        where: dict[str, set[str]] = {}
        for code, _juror, evidence in found:
            where.setdefault(evidence.sha256, set()).add(code)
        rows = [
            ((code, juror, ", ".join(sorted(where[evidence.sha256] - {code}))), evidence)
            for code, juror, evidence in found
        ]
        rows.sort(key=lambda row: row[0])
        self.list.show_rows(rows)
        shared = sum(1 for (_code, _juror, others), _evidence in rows if others)
        count = len(rows)
        text = translate(
            "ChairPages",
            "The accepted results carry no evidence (photos and documents are "
            "attached in field rounds).",
        )
        if count:
            text = translate(
                "ChairPages",
                "Evidence files in the accepted results: {n}. Each one's SHA-256 "
                "is signed with its juror's result: a swapped file makes the result "
                "tampered.",
            ).format(n=count)
        if shared:
            text += " " + translate(
                "ChairPages",
                "⚠ %n file(s) are the very same file given for more than one submission "
                "(column “Same file also for”): one photo cannot show two visits; ask the "
                "juror.",
                None,
                shared,
            )
        self.summary.setText(text)
        self._preview()

    def _preview(self) -> None:
        evidence = self.list.current()
        self.open_button.setEnabled(evidence is not None)
        self.preview.clear()
        if evidence is None:
            return
        if evidence.media_type == PDF:
            self.preview.setText(translate("ChairPages", "PDF document: open it to read it."))
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(_bytes(evidence)):
            self.preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_PIXELS,
                    PREVIEW_PIXELS,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def open_current(self) -> None:
        evidence = self.list.current()
        if evidence is not None:
            try:
                open_evidence(evidence, _bytes(evidence))
            except OSError as error:
                show_error(self, translate("ChairPages", "Evidence"), error)


def _bytes(evidence: Evidence) -> bytes:
    """The file as the result carries it (its hash checked when the result was read)."""
    return base64.b64decode(evidence.data or "")
