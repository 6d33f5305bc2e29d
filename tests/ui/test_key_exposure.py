"""Where the app unlocks a private key, a key file others can read gets a word above the
passphrase; unlocking goes on as before."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from app.crypto.keys import KeyPair, write_private_key
from tests.factory import PASSPHRASE
from tests.ui.conftest import activate, message_boxes
from tests.ui.test_juror_flow import open_demo_package
from ui.chair.sign_dialog import SignDialog

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows files carry no mode bits")


def test_the_export_dialog_warns_about_an_exposed_key_and_still_exports(
    qtbot, launch, package_for, isolated_home, tmp_path
) -> None:
    _launcher, window, _package = open_demo_package(qtbot, launch, package_for, isolated_home)
    message_boxes()[0].done(0)
    key_file = window.session.workspace.identity.require().key_file
    key_file.chmod(0o644)
    activate(qtbot, window)
    window.export()
    qtbot.waitUntil(
        lambda: (
            getattr(window, "export_dialog", None) is not None and window.export_dialog.isVisible()
        ),
        timeout=3_000,
    )
    dialog = window.export_dialog
    assert dialog.key_warning.isVisible()
    assert "other users of this computer can read the private key file" in dialog.key_warning.text()
    dialog.grab().save(str(tmp_path / "export-dialog.png"))
    dialog.folder.setText(str(tmp_path))
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "export_result_box", None) is not None, timeout=10_000)
    window.export_result_box.done(0)
    assert list(tmp_path.glob("*.juri-result.json"))


def test_the_chair_is_warned_about_an_exposed_key_file_as_it_is_chosen(qtbot, tmp_path) -> None:
    exposed, private = tmp_path / "exposed.key", tmp_path / "private.key"
    for path in (exposed, private):
        write_private_key(path, KeyPair.generate(), "a long passphrase")
    exposed.chmod(0o640)
    dialog = SignDialog(None, None, None, tmp_path / "out.juri-merged.json", str(exposed))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key_warning.isVisible() and str(exposed) in dialog.key_warning.text()
    dialog.key_file.setText(str(private))
    assert not dialog.key_warning.isVisible()
    dialog.key_file.setText(str(exposed))
    assert dialog.key_warning.isVisible()
    dialog.grab().save(str(tmp_path / "sign-dialog.png"))
