"""User-visible text through Qt's translation system, usable without a GUI.

Messages are written in English in the source and marked with :func:`translate` (an alias
``pyside6-lupdate`` recognises); Indonesian is the default language. Catalogues are Qt Linguist
``.ts`` files in ``resources/translations`` compiled to ``.qm`` by ``python -m app.i18n`` at build
time; a source checkout without ``.qm`` files compiles them once into the cache folder.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

# PySide6 is imported when first used, not with this module: the window's start imports the
# core (SQLAlchemy …) before Qt, since PySide6 reads the source of every module imported after
# it (its __feature__ import hook), which slows the start from source (docs/performance.md).

SUPPORTED_LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
# Catalogues loaded for a language, in order: Qt's own strings, then ours.
CATALOGUES = ("qtbase", "juri")

_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``n`` selects plural forms (``%n`` in the text)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def current_language() -> str:
    return _language


def normalise_language(value: str | None) -> str:
    """Map ``id_ID``, ``in``, ``en-GB`` … to a supported language code."""
    if not value:
        return DEFAULT_LANGUAGE
    code = value.replace("-", "_").split("_")[0].lower()
    if code == "in":  # Java's and some systems' old code for Indonesian
        code = "id"
    return code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def install(language: str | None = None) -> str:
    """Load the catalogues for ``language`` into the running Qt application.

    Creates a ``QCoreApplication`` when none exists (the command line), since Qt keeps
    translators on the application object. Returns the language actually installed.
    """
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    global _language
    language = normalise_language(language or os.environ.get("JURI_LANG"))
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for catalogue in CATALOGUES:
        qm = compiled_catalogue(catalogue, language)
        if qm is None:
            continue
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    _language = language
    QLocale.setDefault(locale_for(language))
    return language


def locale_for(language: str) -> QLocale:
    from PySide6.QtCore import QLocale

    return (
        QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        if language == "id"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )


def format_decimal(value: Decimal | Fraction, places: int = 2, language: str | None = None) -> str:
    """Format an exact decimal (or fraction) with the language's decimal and group separators.

    Rounds half-up on the decimal's digits, never through a float, so ``72.225`` shows as
    ``72,23`` in Indonesian and ``72.23`` in English.
    """
    from app.domain.numbers import round_half_up

    locale = locale_for(language or _language)
    text = f"{round_half_up(value, places):,.{places}f}"  # exact digits, e.g. "1,234.50"
    integer, _, fraction = text.partition(".")
    integer = integer.replace(",", locale.groupSeparator())
    return integer + (locale.decimalPoint() + fraction if fraction else "")


def format_number(value: Decimal, language: str | None = None) -> str:
    """A score as entered (``7``, ``7,5``): exact digits, the language's decimal sign."""
    from app.domain.numbers import decimal_text

    return decimal_text(value).replace(".", locale_for(language or _language).decimalPoint())


def format_size(size: int, language: str | None = None) -> str:
    """A file's size as people read it: whole KB below a megabyte (never "0.0 MB" for a
    small file), else MB with one decimal in the language's spelling (``1,5 MB``)."""
    mib = 1024 * 1024
    if size < mib:
        return f"{max(1, size // 1024)} KB" if size else "0 KB"
    return f"{format_decimal(Decimal(size) / mib, 1, language)} MB"


def os_problem(exc: OSError) -> str:
    """What the operating system refused, in the user's language: its own words
    (``strerror``) are English whatever the language, and showed through refusals."""
    words = {
        errno.ENOENT: translate("OsError", "no such file or folder"),
        errno.EACCES: translate("OsError", "permission denied"),
        errno.EPERM: translate("OsError", "permission denied"),
        errno.EISDIR: translate("OsError", "it is a folder, not a file"),
        errno.ENOTDIR: translate("OsError", "a part of the path is not a folder"),
        errno.ENOSPC: translate("OsError", "the disk is full"),
        errno.EROFS: translate("OsError", "the disk is read-only"),
        errno.ENAMETOOLONG: translate("OsError", "the name is too long"),
    }
    return words.get(exc.errno or -1) or exc.strerror or str(exc)


# --- catalogues -------------------------------------------------------------------------------


def translations_source_dir() -> Path:
    return paths.resource_path("translations")


def compiled_catalogue(catalogue: str, language: str) -> Path | None:
    """The ``.qm`` file for a catalogue, compiling the ``.ts`` into the cache when needed."""
    name = f"{catalogue}_{language}"
    shipped = translations_source_dir() / f"{name}.qm"
    source = translations_source_dir() / f"{name}.ts"
    if shipped.is_file() and (not source.is_file() or _newer_or_equal(shipped, source)):
        return shipped
    if not source.is_file():
        return None
    # named by the catalogue's content: checkouts of other versions share the cache folder
    try:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    except OSError:
        return None
    cached = paths.cache_dir() / "translations" / f"{name}-{digest}.qm"
    if cached.is_file():
        return cached
    try:
        compile_ts(source, cached)
    except (OSError, subprocess.CalledProcessError):
        return None
    return cached


def _newer_or_equal(target: Path, source: Path) -> bool:
    return target.stat().st_mtime >= source.stat().st_mtime


def lrelease_command() -> list[str]:
    """Qt's ``lrelease`` as shipped inside the PySide6 wheel (or on PATH)."""
    import PySide6

    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).parent / exe
    if bundled.is_file():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise FileNotFoundError("lrelease")
    return [found]


def compile_ts(source: Path, target: Path) -> None:
    """Compile to a temporary name, then rename: a process that has the old ``.qm`` mapped
    (another Juri, a test run) never sees it rewritten under it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        subprocess.run(
            [*lrelease_command(), "-silent", str(source), "-qm", str(temporary)],
            check=True,
            capture_output=True,
        )
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)


def compile_all(directory: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` next to itself (build time: wheels, PyInstaller, CI)."""
    directory = directory or translations_source_dir()
    built = []
    for source in sorted(directory.glob("*.ts")):
        target = source.with_suffix(".qm")
        compile_ts(source, target)
        built.append(target)
    return built


if __name__ == "__main__":  # python -m app.i18n
    for qm in compile_all():
        print(qm)
