"""The first size of a window fits the screen: on a 1366×768 laptop (the commonest among
jurors) the juror's window ran past the bottom of the screen, hiding the "✓ Saved" line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen

from tests.ui.conftest import new_juror, ready_window


@pytest.mark.parametrize(("screen", "maximized"), [((1366, 728), True), ((1920, 1040), False)])
def test_the_first_size_fits_the_screen(
    qtbot, launch, isolated_home, monkeypatch, screen, maximized
) -> None:
    width, height = screen
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, width, height))
    new_juror(isolated_home)
    window = ready_window(qtbot, launch())
    state = window.windowState()
    assert bool(state & Qt.WindowState.WindowMaximized) is maximized
    if not maximized:
        assert (window.width(), window.height()) == window.default_size
    else:
        assert window.width() <= width and window.height() <= height
