"""Qt's saved window and splitter states as text for the settings file, and back."""

from __future__ import annotations

from PySide6.QtCore import QByteArray


def state_text(state: QByteArray) -> str:
    """``saveGeometry()`` or ``saveState()`` as base64 text (the settings file is JSON)."""
    return bytes(state.toBase64()).decode()


def state_bytes(text: str) -> QByteArray:
    """What :func:`state_text` wrote, for ``restoreGeometry()`` or ``restoreState()``."""
    return QByteArray.fromBase64(text.encode())
