"""``juri chair``: the panel chair's window. The command line documents it (``--help``) and
reads its arguments; ``juri`` itself (:mod:`ui.entry`) opens the window, since the headless
core never imports the GUI."""

from __future__ import annotations

import argparse

from app.cli.common import CommandError, Commands
from app.i18n import translate


def register(commands: Commands) -> None:
    parser = commands.add_parser(
        "chair",
        help=translate(
            "Cli", "open the panel chair's window: import, verify, merge and rank results"
        ),
        description=translate(
            "Cli",
            "Open the panel chair's window on the package the results are for, and import "
            "result files, merged files or folders of them. Imported files and the chair's "
            "decisions are kept in the merge store (a SQLite file in Juri's data folder, or the "
            "shared database named by the merge_store setting), so the next start shows them "
            "again. Without --package, the package opened last is opened again.",
        ),
    )
    parser.add_argument(
        "--package",
        action="append",
        metavar=translate("Cli", "PKG"),
        help=translate(
            "Cli",
            "the package file the results are for; give it again for each version of it "
            "you hold (juri package amend): the newest is used, and results made for the "
            "earlier ones count under it",
        ),
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar=translate("Cli", "RESULT_OR_DIR"),
        help=translate("Cli", "result files, merged files, or folders of them"),
    )
    parser.set_defaults(handler=run_chair)


def run_chair(_args: argparse.Namespace) -> int:
    raise CommandError(
        translate(
            "Cli",
            "The chair's window is a desktop window: start it with the juri program "
            "('juri chair'), not through the command-line module.",
        )
    )
