"""``juri chair``: the panel chair's window. The command line documents it (``--help``) and
reads its arguments (:func:`gui_arguments`); ``juri`` itself (:mod:`ui.entry`) opens the
window, since the headless core never imports the GUI."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from app.cli.common import CommandError
from app.i18n import translate


def register(commands) -> None:
    parser = commands.add_parser("chair", help=translate(
        "Cli", "open the panel chair's window: import, verify, merge and rank results"),
        description=translate(
        "Cli", "Open the panel chair's window on the package the results are for, and import "
        "result files, merged files or folders of them. Imported files and the chair's "
        "decisions are kept in the merge store (a SQLite file in Juri's data folder, or the "
        "shared database named by the merge_store setting), so the next start shows them "
        "again. Without --package, the package opened last is opened again."))
    parser.add_argument("--package", metavar=translate("Cli", "PKG"),
                        help=translate("Cli", "the package file the results are for"))
    parser.add_argument("inputs", nargs="*", metavar=translate("Cli", "RESULT_OR_DIR"),
                        help=translate("Cli", "result files, merged files, or folders of them"))
    parser.set_defaults(handler=run_chair)


def gui_arguments(argv: Sequence[str]) -> tuple[Path | None, list[Path]] | int:
    """The package and the files to import from ``juri [--lang L] chair …``, or the exit
    code of a usage error (argparse has printed it)."""
    from app.cli.main import build_parser

    try:
        args = build_parser().parse_args(list(argv))
    except SystemExit as exc:
        return 0 if exc.code in (0, None) else 2
    if args.command != "chair":
        return 2
    return (Path(args.package) if args.package else None), [Path(p) for p in args.inputs]


def run_chair(_args: argparse.Namespace) -> int:
    raise CommandError(translate(
        "Cli", "The chair's window is a desktop window: start it with the juri program "
        "('juri chair'), not through the command-line module."))
