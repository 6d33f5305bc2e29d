"""The export dialog's "Save in" is a folder: a folder typed that does not exist is said under
the field, and never becomes the name of the result file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.factory import PASSPHRASE
from tests.ui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize("typed", ["missing", "existing-file.txt"])
def test_a_save_folder_that_is_not_a_folder_is_said_and_nothing_is_written(
    qtbot, juror_window, tmp_path, typed
) -> None:
    window = juror_window()
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "existing-file.txt").write_text("notes", encoding="utf-8")
    qtbot.keyClick(window.view.submissions.table, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: getattr(window, "export_dialog", None) is not None, timeout=3_000)
    dialog = window.export_dialog
    activate(qtbot, dialog)
    dialog.folder.setFocus()
    dialog.folder.selectAll()
    qtbot.keyClicks(dialog.folder, str(usb / typed))
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past Choose… to the passphrase
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.problem.isVisible, timeout=3_000)
    assert dialog.problem.text() == (
        f"There is no folder {usb / typed}. Choose one with Choose…, or make it first."
    )
    assert dialog.isVisible() and dialog.folder.hasFocus()
    assert sorted(p.name for p in usb.iterdir()) == ["existing-file.txt"]
    qtbot.keyClicks(dialog.folder, str(usb))  # typed over the selected path
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "export_result_box", None) is not None, timeout=10_000)
    window.export_result_box.done(0)
    assert [p.name for p in usb.glob("*.juri-result.json")] == [
        f"J09_{window.session.package_id}_v1.juri-result.json"
    ]
