"""Light and dark palettes, following the system unless the juror chose one.

The Fusion style looks the same on every platform; the palette follows the system's colour
scheme (Qt reports it on Windows, macOS and modern Linux desktops), or the juror's choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")

DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f2023",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#3a3d41",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#9a9da3",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#33363a",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Link: "#6cb4ff",
    QPalette.ColorRole.Highlight: "#2f6fb3",
    QPalette.ColorRole.HighlightedText: "#ffffff",
}


def is_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_for(dark: bool) -> QPalette:
    palette = QApplication.style().standardPalette()
    if not dark:
        return palette
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7c7f85")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


_follow_system = None  # our slot on the system's colour-scheme signal, when following it


def apply(app: QApplication, theme: str) -> None:
    global _follow_system
    app.setStyle("Fusion")
    app.setPalette(palette_for(is_dark(theme)))
    hints = app.styleHints()
    if _follow_system is not None:
        hints.colorSchemeChanged.disconnect(_follow_system)
        _follow_system = None
    if theme == "system":

        def _follow_system(_scheme) -> None:
            app.setPalette(palette_for(is_dark("system")))

        hints.colorSchemeChanged.connect(_follow_system)
