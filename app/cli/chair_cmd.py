"""``juri chair``: the panel chair's window. The command line only documents it (``--help``)
and checks its arguments; ``juri`` itself (:mod:`ui.entry`) opens the window, since the headless
core never imports the GUI."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.cli.common import CommandError
from app.i18n import translate
from app.merge.intake import INPUT_SUFFIX


def register(commands) -> None:
    parser = commands.add_parser("chair", help=translate(
        "Cli", "open the panel chair's window: import, verify, merge and rank results"),
        description=translate(
        "Cli", "Open the panel chair's window on the package the results are for, and import "
        "result files, merged files or folders of them. Imported files and the chair's "
        "decisions are kept in the merge store (a SQLite file in Juri's data folder, or the "
        "shared database set in the window), so the next start shows them again. Without a "
        "package, the package opened last is opened again."))
    parser.add_argument("package", nargs="?", metavar=translate("Cli", "PACKAGE"),
                        help=translate("Cli", "the package file the results are for"))
    parser.add_argument("inputs", nargs="*", metavar=translate("Cli", "RESULT_OR_DIR"),
                        help=translate("Cli", "result files, merged files, or folders of them"))
    parser.set_defaults(handler=run_chair)


def split_arguments(arguments: Sequence[str]) -> tuple[Path | None, list[Path]]:
    """The package (the first argument, unless it is a folder or a ``.json`` file) and the
    results to import."""
    paths = [Path(a) for a in arguments]
    if paths and not paths[0].is_dir() and paths[0].suffix.lower() != INPUT_SUFFIX:
        return paths[0], paths[1:]
    return None, paths


def run_chair(_args) -> int:
    raise CommandError(translate(
        "Cli", "The chair's window is a desktop window: start it with the juri program "
        "('juri chair'), not through the command-line module."))
