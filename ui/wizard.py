"""The first-run wizard: language, who you are, your key, its fingerprint, the integrity pact.

The key is made off the GUI thread (scrypt takes a moment on purpose). Changing the language on
the first page retranslates the wizard at once. A workspace that already has a key but whose
juror has not accepted the current pact text gets the pact page alone.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import i18n
from app.crypto.keys import MIN_PASSPHRASE_LENGTH
from app.errors import JuriError
from app.formats.fields import IDENTIFIER
from app.pact import pact_text
from app.paths import PUBLIC_KEY_SUFFIX
from app.services.wiring import Services
from app.settings import Settings, save
from ui.about import window_title
from ui.dialogs import public_key_filter, show_error
from ui.tasks import TaskRunner

LANGUAGE_PAGE, IDENTITY_PAGE, KEY_PAGE, FINGERPRINT_PAGE, PACT_PAGE = range(5)


def passphrase_strength(text: str) -> int:
    """0 (too short) to 4 (strong): length counts most, then variety; repetition counts less."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return 0
    classes = sum(bool(re.search(p, text)) for p in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^\w]"))
    distinct = len(set(text.lower()))
    score = 1 + (len(text) >= 12) + (len(text) >= 16) + (classes >= 3)
    if distinct < 5:
        score = 1
    return min(score, 4)


class _Page(QWizardPage):
    """A page that rebuilds its texts when the language changes."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError


class LanguagePage(_Page):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.indonesian = QRadioButton("Bahasa Indonesia")
        self.english = QRadioButton("English")
        (self.english if settings.language == "en" else self.indonesian).setChecked(True)
        self.indonesian.toggled.connect(self._chosen)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self.indonesian)
        layout.addWidget(self.english)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Juri"))
        self.intro.setText(
            self.tr(
                "Juri lets you score the submissions of a competition on this laptop, without a "
                "network, and hand in signed results. First choose your language."
            )
        )

    def _chosen(self) -> None:
        language = "id" if self.indonesian.isChecked() else "en"
        self.settings.language = language
        save(self.settings)
        i18n.install(language)


class IdentityPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.juror_id = QLineEdit()
        self.name.textChanged.connect(self.completeChanged)
        self.juror_id.textChanged.connect(self.completeChanged)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form = QFormLayout(self)
        self.name_label, self.id_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.id_label.setBuddy(self.juror_id)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.id_label, self.juror_id)
        self.form.addRow(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who are you?"))
        self.setSubTitle(self.tr("Your name appears on your results and evaluation sheets."))
        self.name_label.setText(self.tr("Full na&me:"))
        self.id_label.setText(self.tr("Juror &ID:"))
        self.name.setAccessibleName(self.tr("Full name"))
        self.juror_id.setAccessibleName(self.tr("Juror ID"))
        self.juror_id.setPlaceholderText(self.tr("as the secretariat gave it, e.g. J07"))
        self.hint.setText(self.tr("The juror ID may use letters, digits, '.', '_' and '-'."))

    def isComplete(self) -> bool:
        return bool(self.name.text().strip()) and bool(
            IDENTIFIER.fullmatch(self.juror_id.text().strip())
        )


class KeyPage(_Page):
    """Choose the passphrase; Next makes the key pair (once) in the background."""

    def __init__(self, workspace: Services, tasks: TaskRunner) -> None:
        super().__init__()
        self.workspace, self.tasks = workspace, tasks
        self.created = False
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength_text = QLabel()
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.busy = QLabel()
        for field in (self.passphrase, self.confirm):
            field.textChanged.connect(self._typed)
        self.form = QFormLayout(self)
        self.pass_label, self.confirm_label, self.strength_label = QLabel(), QLabel(), QLabel()
        self.pass_label.setBuddy(self.passphrase)
        self.confirm_label.setBuddy(self.confirm)
        self.form.addRow(self.explain)
        self.form.addRow(self.pass_label, self.passphrase)
        self.form.addRow(self.confirm_label, self.confirm)
        self.form.addRow(self.strength_label, self.strength)
        self.form.addRow("", self.strength_text)
        self.form.addRow(self.busy)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your signing key"))
        self.setSubTitle(
            self.tr(
                "Juri signs your results with a key that never leaves this "
                "laptop. A passphrase protects it."
            )
        )
        self.explain.setText(
            self.tr(
                "Choose a passphrase of at least {n} characters that you will remember: you need "
                "it every time you hand in results. Nobody can recover it for you."
            ).format(n=MIN_PASSPHRASE_LENGTH)
        )
        self.pass_label.setText(self.tr("&Passphrase:"))
        self.confirm_label.setText(self.tr("&Repeat it:"))
        self.strength_label.setText(self.tr("Strength:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self._typed()

    def _typed(self) -> None:
        text = self.passphrase.text()
        strength = passphrase_strength(text)
        self.strength.setValue(strength)
        words = [
            self.tr("too short"),
            self.tr("weak: make it longer"),
            self.tr("fair: a longer phrase is better"),
            self.tr("good"),
            self.tr("strong"),
        ]
        message = words[strength]
        if self.confirm.text() and self.confirm.text() != text:
            message += " · " + self.tr("the two passphrases differ")
        self.strength_text.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.created or (
            len(self.passphrase.text()) >= MIN_PASSPHRASE_LENGTH
            and self.passphrase.text() == self.confirm.text()
            and not self.busy.text()
        )

    def validatePage(self) -> bool:
        if self.created:
            return True
        wizard: FirstRunWizard = self.wizard()
        name = wizard.field_text("name")
        juror_id = wizard.field_text("juror_id")
        passphrase = self.passphrase.text()
        self.busy.setText(self.tr("Making your key…"))
        self.completeChanged.emit()

        def done(_info) -> None:
            self.created = True
            self.busy.setText("")
            self.passphrase.clear()
            self.confirm.clear()
            wizard.next()

        def failed(error) -> None:
            self.busy.setText("")
            self.completeChanged.emit()
            show_error(self, self.tr("Your signing key"), error)

        self.tasks.run(
            lambda _p, _c: self.workspace.identity.create(juror_id, name, passphrase),
            on_success=done,
            on_failure=failed,
        )
        return False


class FingerprintPage(_Page):
    def __init__(self, workspace: Services, settings: Settings) -> None:
        super().__init__()
        self.workspace, self.settings = workspace, settings
        self.fingerprint = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setWeight(QFont.Weight.Bold)
        self.fingerprint.setFont(font)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setAutoDefault(False)  # Enter is Next on every page; Alt+S or Space
        self.save_button.clicked.connect(self.save_public_key)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your key's fingerprint"))
        self.explain.setText(
            self.tr(
                "Give your public key file to the secretariat (on a USB stick or by e-mail); it "
                "puts "
                "your key in the packages you will score. Read this fingerprint out to them, or "
                "write it down: it lets them check that the file really is yours."
            )
        )
        self.save_button.setText(self.tr("&Save public key file…"))
        self.fingerprint.setAccessibleName(self.tr("Key fingerprint"))

    def initializePage(self) -> None:
        identity = self.workspace.identity.require()
        self.fingerprint.setText(identity.fingerprint)

    def save_public_key(self) -> Path | None:
        identity = self.workspace.identity.require()
        start = Path(self.settings.last_export_folder or Path.home()) / (
            f"{identity.juror_id}{PUBLIC_KEY_SUFFIX}"
        )
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save public key file"), str(start), public_key_filter()
        )
        if not target:
            return None
        return self.save_to(Path(target))

    def save_to(self, target: Path) -> Path | None:
        try:
            written = self.workspace.identity.export_public_key(target)
        except (JuriError, OSError) as error:
            show_error(self, self.tr("Save public key file"), error)
            return None
        self.settings.last_export_folder = str(written.parent)
        save(self.settings)
        self.saved.setText(self.tr("Saved: {path}").format(path=written))
        return written


class PactPage(_Page):
    def __init__(self, workspace: Services) -> None:
        super().__init__()
        self.workspace = workspace
        self.text = QTextBrowser()
        self.accept_box = QCheckBox()
        self.registerField("pact*", self.accept_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.accept_box)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Integrity pact"))
        self.setSubTitle(self.tr("Your acceptance is recorded and goes into your signed results."))
        self.text.setPlainText(pact_text(i18n.current_language()))
        self.text.setAccessibleName(self.tr("Integrity pact"))
        self.accept_box.setText(self.tr("I have read the integrity pact and &accept it"))

    def validatePage(self) -> bool:
        try:
            self.workspace.identity.accept_pact()
        except JuriError as error:
            show_error(self, self.tr("Integrity pact"), error)
            return False
        return True


class FirstRunWizard(QWizard):
    def __init__(
        self,
        workspace: Services,
        settings: Settings,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(640, 480)
        identity = workspace.identity.get()
        self.pages: dict[int, QWizardPage] = {}
        if identity is None:
            self.identity_page = IdentityPage()
            self.key_page = KeyPage(workspace, tasks)
            self.pages = {
                LANGUAGE_PAGE: LanguagePage(settings),
                IDENTITY_PAGE: self.identity_page,
                KEY_PAGE: self.key_page,
                FINGERPRINT_PAGE: FingerprintPage(workspace, settings),
            }
        self.pages[PACT_PAGE] = PactPage(workspace)
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(min(self.pages))
        self.retranslate()

    def field_text(self, name: str) -> str:
        page = self.identity_page
        return (page.name if name == "name" else page.juror_id).text().strip()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(window_title(self.tr("First start")))
        # QWizard keeps its standard button texts from when it was made; renew them in the
        # new language (Qt's own words, context "QWizard").
        for button, text in (
            (QWizard.WizardButton.BackButton, "< &Back"),
            (QWizard.WizardButton.NextButton, "&Next >"),
            (QWizard.WizardButton.FinishButton, "&Finish"),
            (QWizard.WizardButton.CancelButton, "Cancel"),
        ):
            self.setButtonText(button, QCoreApplication.translate("QWizard", text))
