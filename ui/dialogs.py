"""Telling the user what went wrong in plain words; what Enter does in a dialog; the recusal."""

from __future__ import annotations

import traceback

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import without_controls
from app.errors import JuriError
from app.i18n import os_problem, translate
from app.paths import PACKAGE_SUFFIX, PUBLIC_KEY_SUFFIX
from app.services.scoring import MAX_COMMENT_CHARS


def package_filter() -> str:
    """The file dialogs' filter for packages (the suffix spelled in ``app.paths`` only)."""
    return translate("FileFilters", "Juri packages ({pattern});;All files (*)").format(
        pattern=f"*{PACKAGE_SUFFIX}"
    )


def public_key_filter() -> str:
    return translate("FileFilters", "Juri public key ({pattern})").format(
        pattern=f"*{PUBLIC_KEY_SUFFIX}"
    )


class OneLineText(QValidator):
    """A one-line field that takes pasted text without its control characters (a line
    break or a form feed becomes a space): the juror is never refused for what they pasted."""

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        cleaned = without_controls(text, one_line=True)
        return QValidator.State.Acceptable, cleaned, position


def show_error(parent: QWidget | None, title: str, error: BaseException) -> QMessageBox:
    """A refusal from the core as the sentence it carries; anything else as a short apology
    with the details hidden behind "Show Details" (for a bug report, never in the user's face)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    if isinstance(error, JuriError):
        box.setText(error.message)
    elif isinstance(error, OSError):  # a full or read-only USB stick, a missing folder …
        box.setText(
            translate("Dialogs", "The file could not be used: {problem} ({path})").format(
                problem=os_problem(error), path=error.filename or ""
            )
        )
    else:
        box.setText(
            translate(
                "Dialogs",
                "Something went wrong that Juri did not expect. Your "
                "saved work is safe. Please report this to the secretariat.",
            )
        )
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.setAccessibleName(title)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, without a nested event loop
    return box


def add_buttons(layout: QLayout, buttons: QDialogButtonBox, action: QPushButton) -> None:
    """Put the dialog's buttons in its ``layout`` and make Enter do what the dialog is for,
    wherever the focus is (a focused button still takes Enter itself). Made the default only
    once the box is in the dialog: before, the dialog does not hear of it and hands Enter to
    the first button it finds, Cancel."""
    layout.addWidget(buttons)
    action.setDefault(True)


def problem_label() -> QLabel:
    """Where a dialog says, in bold, why the last try did not work; hidden until it has to."""
    label = QLabel()
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.hide()
    return label


class RecusalDialog(QDialog):
    """Declaring a conflict of interest: the reason is required and recorded."""

    def __init__(self, parent: QWidget | None, code: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Conflict of interest"))
        self.setMinimumWidth(460)  # the explanation reads as lines, not a column of words
        layout = QVBoxLayout(self)
        label = QLabel(
            translate(
                "Dialogs",
                "Why must you not score {code}? For example: you work for or advised "
                "this agency, or a relative does. Your scores for it will be locked.",
            ).format(code=code)
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QLineEdit()
        self.reason.setValidator(OneLineText(self.reason))
        self.reason.setMaxLength(MAX_COMMENT_CHARS)
        self.reason.setAccessibleName(translate("Dialogs", "Reason for the conflict of interest"))
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(
            translate("Dialogs", "&Declare"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        add_buttons(layout, buttons, self.ok)

    def text(self) -> str:
        return self.reason.text().strip()
