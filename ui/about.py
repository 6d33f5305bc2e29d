"""The About box every Juri window shares: what this program is, which version, whose; and
how a window's title names Juri.

The name, version and organisation come from ``app`` (defined once, also stamped into the
bundle by ``build.spec``), so the box, the window titles and the executable always agree.
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME, LICENSE, ORGANIZATION, __version__


def about_text() -> str:
    """Rich text for the box: product, version, purpose, the trust promise, the build."""
    return QCoreApplication.translate(
        "About",
        "<h3>{name} {version}</h3><p>Offline scoring for the jurors of public-service "
        "innovation competitions (KIPP).</p><p>Your scores stay on this laptop until you "
        "export them, signed with your own key.</p><p>© {organisation} · {license}</p>"
        "<p><small>Python {python} · Qt for Python {qt}</small></p>",
    ).format(
        name=APP_NAME,
        version=__version__,
        organisation=ORGANIZATION,
        license=LICENSE,
        python=platform.python_version(),
        qt=pyside_version,
    )


def window_title(what: str | None = None) -> str:
    """``what — Juri``, or ``Juri`` alone. Desktops add the application's name to a title that
    does not end with it already ("Juri — first start — Juri"), so the name goes last, once."""
    return APP_NAME if not what else f"{what} — {APP_NAME}"


def show_about(parent: QWidget) -> QMessageBox:
    """Opens the box window-modal without a nested event loop (tests and screen readers see it)."""
    title = QCoreApplication.translate("About", "About {name}").format(name=APP_NAME)
    box = QMessageBox(
        QMessageBox.Icon.NoIcon, title, about_text(), QMessageBox.StandardButton.Close, parent
    )
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setAccessibleName(title)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
