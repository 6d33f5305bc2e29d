"""A package of 5,000 submissions opens in the juror's window and every row is there.

How fast is measured by ``juri bench`` (never asserted in a test); this checks that the list
stays a model (not thousands of widgets) and that search, scrolling and selection work at size.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QWidget

from tests.ui.conftest import message_boxes, ready_window


def test_five_thousand_submissions(qtbot, launch, competition) -> None:
    setup = competition(submissions=5000, jurors=1)
    window = ready_window(qtbot, launch(workspace=setup.workspaces["J01"]))
    widgets_before = len(window.findChildren(QWidget))
    window.open_package_file(setup.package)
    qtbot.waitUntil(lambda: window.session is not None, timeout=60_000)
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=5_000)
    message_boxes()[0].done(0)
    panel = window.view.submissions
    assert panel.proxy.rowCount() == 5000
    assert len(window.findChildren(QWidget)) - widgets_before < 500  # a model, not 5,000 rows
    last = panel.proxy.index(4999, 0)
    panel.table.scrollTo(last, QAbstractItemView.ScrollHint.PositionAtBottom)
    panel.table.setCurrentIndex(last)
    assert window.view.code == "S5000"
    qtbot.keyClicks(panel.search, "S4321")
    assert panel.proxy.rowCount() == 1
