"""Qt's own words (wizard and dialog buttons, context menus, message boxes) speak Indonesian too:
Qt ships no Indonesian catalogue, so ``resources/translations/qtbase_id.ts`` provides one."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWizard,
    QWizardPage,
)

from app import i18n

QT_CATALOGUE = i18n.translations_source_dir() / "qtbase_id.ts"

Button = QDialogButtonBox.StandardButton
WizardButton = QWizard.WizardButton


@pytest.fixture
def indonesian() -> Iterator[None]:
    assert i18n.install("id") == "id"
    yield
    i18n.install("en")


def qt_catalogue() -> list[tuple[str, str, str, str]]:
    root = ET.parse(QT_CATALOGUE).getroot()
    return [
        (
            context.findtext("name"),
            message.findtext("source"),
            message.findtext("comment") or "",
            message.findtext("translation"),
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def menu_texts(menu) -> list[str]:
    """The visible words of a menu: no separators, no shortcut column."""
    return [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]


def test_wizard_buttons(qtbot, indonesian) -> None:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    for _ in range(3):
        wizard.addPage(QWizardPage())
    wizard.show()
    wizard.next()  # the middle page shows Back, Next and Cancel
    texts = {
        which: wizard.button(which).text()
        for which in (
            WizardButton.BackButton,
            WizardButton.NextButton,
            WizardButton.FinishButton,
            WizardButton.CancelButton,
        )
    }
    assert texts == {
        WizardButton.BackButton: "< &Kembali",
        WizardButton.NextButton: "&Berikutnya >",
        WizardButton.FinishButton: "&Selesai",
        WizardButton.CancelButton: "Batal",
    }


def test_dialog_buttons(qtbot, indonesian) -> None:
    box = QDialogButtonBox(
        Button.Ok | Button.Cancel | Button.Yes | Button.No | Button.Close | Button.Save
    )
    qtbot.addWidget(box)
    assert [
        box.button(b).text()
        for b in (Button.Ok, Button.Cancel, Button.Yes, Button.No, Button.Close, Button.Save)
    ] == ["OK", "Batal", "&Ya", "&Tidak", "Tutup", "Simpan"]


def test_line_edit_context_menu_and_undo(qtbot, indonesian) -> None:
    edit = QLineEdit("teks")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert menu_texts(menu) == [
        "&Urungkan",
        "U&langi",
        "Po&tong",
        "&Salin",
        "T&empel",
        "Hapus",
        "Pilih Semua",
    ]
    menu.deleteLater()
    undo = QUndoGroup()
    undo.addStack(QUndoStack(undo))
    assert undo.createUndoAction(undo).text() == "Urungkan"


def test_every_entry_of_the_qt_catalogue_is_served(indonesian) -> None:
    """Each (context, source, disambiguation) of qtbase_id.ts reaches Qt as written."""
    for context, source, comment, translation in qt_catalogue():
        assert QCoreApplication.translate(context, source, comment or None) == translation, (
            context,
            source,
        )


def test_message_box_details_button(qtbot, indonesian) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Juri", "Terjadi kesalahan.")
    qtbot.addWidget(box)
    box.setDetailedText("Traceback …")
    box.show()
    details = [b for b in box.findChildren(QPushButton) if "Detail" in b.text()]
    assert [b.text() for b in details] == ["Tampilkan Detail..."]
    details[0].click()
    assert details[0].text() == "Sembunyikan Detail..."


def test_english_again_after_indonesian(qtbot) -> None:
    i18n.install("id")
    i18n.install("en")
    box = QDialogButtonBox(Button.Ok | Button.Cancel)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in (Button.Ok, Button.Cancel)] == ["OK", "Cancel"]
