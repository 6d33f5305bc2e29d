"""The scoring panel is never cut off at the window's edge: in every round, at the window's
first size, each criterion's score buttons and the total show whole (the interview timer's
row once pushed the panel past the edge)."""

from __future__ import annotations

import pytest


def right_edge(widget, window) -> int:
    return widget.mapTo(window, widget.rect().topRight()).x()


LAPTOP = (1366, 705)  # the commonest laptop screen, less a taskbar and a title bar


@pytest.mark.parametrize("size", ["first", "laptop"])
@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("round_id", ["desk", "interview", "field"])
def test_the_scoring_panel_shows_whole_at_the_first_size(
    qtbot, juror_window, round_id, language, size
) -> None:
    window = juror_window(round_id, language=language)
    width, height = window.default_size if size == "first" else LAPTOP
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    panel = window.view.scoring
    viewport = panel.scroll.viewport()
    content = panel.scroll.widget()
    assert content.minimumSizeHint().width() <= viewport.width()
    shown = right_edge(viewport, window)
    for editor in panel.editors:
        assert right_edge(editor.buttons, window) <= shown, editor.criterion.code
    assert right_edge(panel.total, window) <= shown
    assert shown <= window.width()
