"""A new juror's first start: language, name and id, key and passphrase, fingerprint, pact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.pact import pact_version
from app.services.wiring import open_workspace
from tests.ui.conftest import ready_window
from ui.wizard import FINGERPRINT_PAGE, IDENTITY_PAGE, KEY_PAGE, PACT_PAGE, passphrase_strength


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def test_first_run_makes_the_key_shows_the_fingerprint_and_records_the_pact(
    qtbot, launch, isolated_home, tmp_path
) -> None:
    launcher = launch(language="id")
    wizard = launcher.wizard
    assert wizard is not None and wizard.isVisible()
    language_page = wizard.currentPage()
    assert language_page.title() == "Selamat datang di Juri"

    language_page.english.setFocus()
    qtbot.keyClick(language_page.english, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: language_page.title() == "Welcome to Juri")  # English at once
    assert next_button(wizard).text() == "&Next >"
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    identity = wizard.page(IDENTITY_PAGE)
    assert wizard.currentId() == IDENTITY_PAGE and not next_button(wizard).isEnabled()
    qtbot.keyClicks(identity.name, "Siti Rahmawati")
    qtbot.keyClicks(identity.juror_id, "J 07")
    assert not next_button(wizard).isEnabled()  # a space is not allowed in an id
    identity.juror_id.clear()
    qtbot.keyClicks(identity.juror_id, "J07")
    assert next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    key = wizard.page(KEY_PAGE)
    qtbot.keyClicks(key.passphrase, "short")
    assert key.strength_text.text() == "too short" and not next_button(wizard).isEnabled()
    key.passphrase.clear()
    qtbot.keyClicks(key.passphrase, "Kopi tubruk di Tanjung Priok 7")
    qtbot.keyClicks(key.confirm, "Kopi tubruk di Tanjung Priok 8")
    assert "differ" in key.strength_text.text() and not next_button(wizard).isEnabled()
    key.confirm.clear()
    qtbot.keyClicks(key.confirm, "Kopi tubruk di Tanjung Priok 7")
    assert key.strength_text.text() == "strong" and next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == FINGERPRINT_PAGE, timeout=10_000)

    fingerprint_page = wizard.page(FINGERPRINT_PAGE)
    made = launcher.workspace.identity.require()
    assert fingerprint_page.fingerprint.text() == made.fingerprint
    public_key = fingerprint_page.save_to(tmp_path / "J07.pub.json")
    assert public_key.is_file() and "Saved" in fingerprint_page.saved.text()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    pact = wizard.page(PACT_PAGE)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert wizard.currentId() == PACT_PAGE and not finish.isEnabled()
    assert "INTEGRITY PACT" in pact.text.toPlainText()
    pact.accept_box.setFocus()
    qtbot.keyClick(pact.accept_box, Qt.Key.Key_Space)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    window = ready_window(qtbot, launcher)
    assert window.isVisible()
    identity_info = launcher.workspace.identity.require()
    assert (identity_info.juror_id, identity_info.name) == ("J07", "Siti Rahmawati")
    assert identity_info.pact_accepted and identity_info.pact_version == pact_version()


def test_leaving_the_first_run_stops_juri_without_a_key(qtbot, launch) -> None:
    launcher = launch()
    with qtbot.waitSignal(launcher.stopped) as stopped:
        launcher.wizard.reject()
    assert stopped.args == [0]
    with open_workspace() as ws:
        assert ws.identity.get() is None


def test_passphrase_strength_hint() -> None:
    assert passphrase_strength("short") == 0
    assert passphrase_strength("aaaaaaaaaaaa") == 1
    assert passphrase_strength("kopitubruk") == 1
    assert passphrase_strength("Kopi tubruk 7") == 3
    assert passphrase_strength("Kopi tubruk di Tanjung Priok 7") == 4
