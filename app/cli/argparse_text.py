"""argparse's own words ("usage:", "options" …) through Qt's translation system.

argparse looks its texts up through a module-level ``_`` at call time; pointing that at
:func:`translate` makes ``juri --help`` speak the user's language. The strings are listed here
with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` puts them in the catalogues.
"""

from __future__ import annotations

import argparse

from app.i18n import translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` for the catalogues (as Qt's macro does) and returns it unchanged."""
    return text


ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
)


def translate_argparse() -> None:
    # argparse looks its messages up through its module-level gettext alias, which the
    # type stubs leave out as private
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]
