"""Every window and dialog of the juror's app, in both languages: each Alt+letter belongs to one
control (issue 14, item 3); Enter moves the first run on page by page; every title names Juri
once however the desktop adds the application's name (item 6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from tests.factory import PASSPHRASE
from tests.ui.accelerators import all_clashes, scopes_of
from tests.ui.conftest import activate, message_boxes, ready_window
from ui.wizard import FINGERPRINT_PAGE, IDENTITY_PAGE, KEY_PAGE, LANGUAGE_PAGE, PACT_PAGE

LANGUAGES = ("en", "id")


def shown_title(widget: QWidget) -> str:
    """The title as a desktop shows it: Qt adds " — <application name>" to a title that does
    not already end with it (QPlatformWindow::formatWindowTitle)."""
    title = widget.windowTitle()
    name = QApplication.applicationDisplayName()
    return title if title.endswith(name) else f"{title} — {name}"


def press_enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def first_run(qtbot, launcher, scopes: dict[str, list[str]], home) -> QWidget:
    """The wizard with the keyboard: type, then Enter for Next on every page."""
    wizard = launcher.wizard
    activate(qtbot, wizard)
    assert shown_title(wizard).count("Juri") == 1, shown_title(wizard)
    pages = []
    for expected in (LANGUAGE_PAGE, IDENTITY_PAGE, KEY_PAGE, FINGERPRINT_PAGE, PACT_PAGE):
        qtbot.waitUntil(lambda e=expected: wizard.currentId() == e, timeout=10_000)
        page = wizard.currentPage()
        pages.append(expected)
        scopes[f"first run, page {expected}"] = scopes_of(wizard, "wizard")["wizard"]
        if expected == IDENTITY_PAGE:
            qtbot.keyClicks(page.name, "Juri Uji")
            page.juror_id.setFocus()
            qtbot.keyClicks(page.juror_id, "J09")
        elif expected == KEY_PAGE:
            page.passphrase.setFocus()
            qtbot.keyClicks(page.passphrase, PASSPHRASE)
            qtbot.keyClick(page.passphrase, Qt.Key.Key_Tab)
            qtbot.keyClicks(QApplication.focusWidget(), PASSPHRASE)
        elif expected == FINGERPRINT_PAGE:
            page.save_to(home / "J09.pub.json")
        elif expected == PACT_PAGE:
            key = QKeySequence.mnemonic(page.accept_box.text())[0]  # Alt+ its letter
            qtbot.keyClick(QApplication.focusWidget(), key.key(), key.keyboardModifiers())
            qtbot.waitUntil(page.accept_box.isChecked)  # a mnemonic clicks after a moment
        press_enter(qtbot)
    assert pages == [LANGUAGE_PAGE, IDENTITY_PAGE, KEY_PAGE, FINGERPRINT_PAGE, PACT_PAGE]
    return ready_window(qtbot, launcher)


def dialog_scopes(qtbot, name: str, open_it, scopes: dict[str, list[str]]) -> None:
    """Open a dialog, note its accelerators and title, close it."""
    open_it()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5_000)
    dialog = QApplication.activeModalWidget()
    assert shown_title(dialog).count("Juri") <= 1, shown_title(dialog)
    scopes.update(scopes_of(dialog, name))
    dialog.done(0)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_and_dialog_has_unique_accelerators(
    qtbot, launch, package_for, isolated_home, monkeypatch, language
) -> None:
    scopes: dict[str, list[str]] = {}
    launcher = launch(language=language)
    window = first_run(qtbot, launcher, scopes, isolated_home)
    assert isinstance(window.windowTitle(), str) and shown_title(window).count("Juri") == 1
    scopes.update(scopes_of(window, "start"))

    for round_id in ("desk", "interview", "field"):
        package = package_for(isolated_home / "J09.pub.json", round_id=round_id)
        window.open_package_file(package)
        qtbot.waitUntil(lambda: bool(message_boxes()), timeout=15_000)
        box = message_boxes()[0]
        scopes.update(scopes_of(box, f"{round_id}: package opened"))
        box.done(0)
        qtbot.waitUntil(lambda: window.view is not None, timeout=5_000)
        assert shown_title(window).count("Juri") == 1, shown_title(window)
        for tab in range(window.view.tabs.count()):  # each tab's buttons join the window's keys
            window.view.tabs.setCurrentIndex(tab)
            scopes.update(scopes_of(window, f"{round_id}, {window.view.tabs.tabText(tab)}"))
        window.view.tabs.setCurrentIndex(0)
        window.view.scoring.recuse("Saya narasumber inovasi ini.")  # the button's other text
        scopes.update(scopes_of(window, f"{round_id}, recused"))
        window.session.start_paper(window.view.code)  # the paper band and its button
        scopes.update(scopes_of(window, f"{round_id}, paper mode"))
        window.stop_paper()

    activate(qtbot, window)
    window.session.workspace.results.export(
        window.session.package_id, PASSPHRASE, isolated_home
    )  # makes the filled sheets possible
    for name, open_it in (
        ("print sheets", window.print_sheets),
        ("save sheets", window.save_sheets),
        ("export", window.export),
        ("paper sheet", window.paper_sheet),
        (
            "recusal",
            lambda: (
                window.session.withdraw_recusal(window.view.code),
                window.view.scoring._recuse_clicked(),
            ),
        ),
        ("shortcuts", window.show_shortcuts),
        ("about", window.about),
        (
            "language",
            lambda: window.set_language("en" if window.settings.language == "id" else "id"),
        ),
    ):
        dialog_scopes(qtbot, name, open_it, scopes)

    found = all_clashes(scopes)
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
    assert len(scopes) > 20  # the walk reached the menus and dialogs


def test_the_wizard_title_names_juri_once_in_both_languages(qtbot, launch) -> None:
    launcher = launch(language="id")
    wizard = launcher.wizard
    assert shown_title(wizard) == "Penyiapan awal — Juri"
    wizard.currentPage().english.click()
    qtbot.waitUntil(lambda: shown_title(wizard) == "First start — Juri")
