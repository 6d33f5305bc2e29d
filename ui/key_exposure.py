"""Where a private key is unlocked, a word when other users of the computer can read its file
(as OpenSSH warns): shown above the passphrase, never in the way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from app.crypto.keys import private_key_exposure
from app.i18n import translate
from ui.dialogs import problem_label


def key_exposure_note(parent: QWidget | None = None) -> QLabel:
    """A bold, word-wrapped label, hidden until :func:`show_key_exposure` has something."""
    label = problem_label()
    label.setParent(parent)
    label.setAccessibleName(translate("KeyExposure", "Key file warning"))
    return label


def show_key_exposure(label: QLabel, key_file: Path | None) -> None:
    message = private_key_exposure(key_file) if key_file else None
    label.setText(message or "")
    label.setVisible(bool(message))
