"""The chair's window with the keyboard, in both languages: each Alt+letter belongs to one
control on every tab (issue 14, item 3 asks it of every dialog; the chair's window had "&View"
and "E&vidence", "&Berkas" and "&Bukti", "Pang&kas" and "juri &ketiga"), Enter in each dialog
does what the dialog is for, and the window's shortcuts work from inside a text field (item 2:
on Linux the settings' number fields took Ctrl+E as "end of line")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton

from tests.factory import PASSPHRASE
from tests.ui.accelerators import all_clashes, scopes_of
from tests.ui.conftest import activate
from tests.ui.test_chair_window import (  # noqa: F401 - the fixtures
    chair_key,
    inbox,
    settled,
    sign,
    simulated,
    start,
)
from tests.ui.test_juror_keyboard import ClaimsEndOfLine


def default_button(dialog: QDialog) -> str:
    """The text of the button Enter presses."""
    [button] = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.isDefault()]
    return button.text()


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_chair_tab_and_dialog_has_unique_accelerators_and_enter_acts(
    qtbot,
    start,  # noqa: F811 - the fixtures imported above
    simulated,  # noqa: F811
    inbox,  # noqa: F811
    chair_key,  # noqa: F811
    tmp_path,
    language,
) -> None:
    window = start(simulated.package, [inbox], language=language)
    settled(qtbot, window, lambda r: len(r.intake.verdicts) == 6)
    activate(qtbot, window)
    scopes: dict[str, list[str]] = {}
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)  # each page adds its own buttons to the window's keys
        scopes.update(scopes_of(window, f"chair, {window.tabs.tabText(tab)}"))

    defaults = {}

    def note(name: str, dialog: QDialog) -> None:
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        scopes.update(scopes_of(dialog, name))
        defaults[name] = default_button(dialog)
        dialog.done(0)

    note("tie-breaks", window.choose_tie_break())
    window.tabs.setCurrentWidget(window.disagreements)
    window.disagreements.table.selectRow(0)
    note("third juror", window.assign_third_juror())
    note("sign", window.export_merged(tmp_path / "m.juri-merged.json"))
    sign(qtbot, window, tmp_path / "signed.juri-merged.json", chair_key, PASSPHRASE)
    qtbot.waitUntil(lambda: window.signed is not None, timeout=30_000)
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]:
        box.done(0)  # "written"
    note("record, print", window.recap("print"))
    note("record, save", window.recap("save"))

    assert all_clashes(scopes) == {}
    expected = {
        "en": {
            "tie-breaks": "OK",
            "third juror": "&Save assignments…",
            "sign": "&Sign and save",
            "record, print": "&Print…",
            "record, save": "&Save as PDF…",
        },
        "id": {
            "tie-breaks": "OK",
            "third juror": "&Simpan penugasan…",
            "sign": "Tandatangani dan si&mpan",
            "record, print": "&Cetak…",
            "record, save": "&Simpan sebagai PDF…",
        },
    }
    assert defaults == expected[language]


@pytest.mark.parametrize("field", ["threshold", "passing", "minimum"])
def test_ctrl_e_signs_from_inside_a_settings_field(
    qtbot,
    start,  # noqa: F811 - the fixtures imported above
    simulated,  # noqa: F811
    inbox,  # noqa: F811
    tmp_path,
    monkeypatch,
    field,
) -> None:
    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    target = tmp_path / "desk.juri-merged.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    activate(qtbot, window)
    widget = {
        "threshold": window.threshold_choice,
        "passing": window.passing_choice,
        "minimum": window.minimum_choice,
    }[field]
    widget.installEventFilter(ClaimsEndOfLine(widget))
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: type(QApplication.activeModalWidget()).__name__ == "SignDialog", timeout=3_000
    )
    QApplication.activeModalWidget().reject()
