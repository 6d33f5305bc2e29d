"""Entry point of ``juri``: parse, dispatch, and turn every refusal into a plain message.

The language is chosen before the parser is built (``--lang``, then ``$JURI_LANG``, then
Indonesian) so that help texts are translated too. A :class:`~app.errors.JuriError` prints its
message and exits 1; a usage error exits 2; nothing prints a traceback to a user.

Each command lives in its own module, imported only when it is the command given (or for the
list of commands in ``--help``): scripts that score or check hundreds of files call small verbs
in loops, and ``juri result show`` has no use for the merge store's database layer.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

from app import __version__, i18n, settings
from app.cli.argparse_text import translate_argparse
from app.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from app.domain.text import visible
from app.errors import JuriError
from app.i18n import os_problem, translate

# command name: the module that registers it (in the order --help lists them)
COMMANDS = {
    "demo": "app.cli.demo_cmd",
    "package": "app.cli.package_cmd",
    "keys": "app.cli.keys_cmd",
    "workspace": "app.cli.workspace_cmd",
    "score": "app.cli.score_cmd",
    "result": "app.cli.result_cmd",
    "merge": "app.cli.merge_cmd",
    "final": "app.cli.final_cmd",
    "sheets": "app.cli.sheets_cmd",
    "chair": "app.cli.chair_cmd",
    "bench": "app.cli.bench_cmd",
}
HELP_FLAGS = ("-h", "--help")

GLOBAL_OPTIONS_WITH_VALUE = ("--lang", "--workspace")


def split_global_options(argv: Sequence[str]) -> tuple[dict[str, str], list[str]]:
    """``--lang``/``--workspace`` values, and the arguments after them (command and the rest)."""
    values: dict[str, str] = {}
    rest = list(argv)
    while rest:
        head = rest[0]
        name, sep, value = head.partition("=")
        if name in GLOBAL_OPTIONS_WITH_VALUE and sep:
            values[name[2:]] = value
            rest = rest[1:]
        elif head in GLOBAL_OPTIONS_WITH_VALUE and len(rest) > 1:
            values[head[2:]] = rest[1]
            rest = rest[2:]
        else:
            break
    return values, rest


def command_names() -> set[str]:
    return set(COMMANDS)


def commands_needed(argv: Sequence[str]) -> tuple[str, ...]:
    """The commands whose modules parsing ``argv`` needs: the one named, none for a bare
    ``--version``, every one otherwise (``--help`` and usage errors list them all)."""
    _options, rest = split_global_options(argv)
    if rest and rest[0] in COMMANDS:
        return (rest[0],)
    if "--version" in rest and not any(flag in rest for flag in HELP_FLAGS):
        return ()
    return tuple(COMMANDS)


def _language_from(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def build_parser(commands: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser of ``juri`` with ``commands`` (default: all of them) registered."""
    parser = argparse.ArgumentParser(
        prog="juri",
        description=translate(
            "Cli",
            "Juri: offline scoring for the jurors of public-service innovation "
            "competitions (KIPP).",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Juri {__version__}",
        help=translate("Cli", "show Juri's version and exit"),
    )
    parser.add_argument(
        "--lang",
        choices=i18n.SUPPORTED_LANGUAGES,
        help=translate("Cli", "language of messages: id (Indonesian, the default) or en"),
    )
    parser.add_argument(
        "--workspace",
        metavar=translate("Cli", "FOLDER"),
        help=translate(
            "Cli", "the juror workspace folder (default: your data folder, or $JURI_HOME)"
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))
    for name in COMMANDS if commands is None else commands:
        importlib.import_module(COMMANDS[name]).register(subparsers)
    return parser


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace | int:
    """``argv`` parsed as the command line parses it, or the exit code of ``--help``,
    ``--version`` or a usage error (argparse has printed what it had to say)."""
    try:
        return build_parser(commands_needed(argv)).parse_args(list(argv))
    except SystemExit as exc:
        return EXIT_OK if exc.code in (0, None) else EXIT_USAGE


def main(argv: Sequence[str] | None = None, *, program: Any = None) -> int:
    """Run the command line; ``program`` is what the juri program lends the commands (the
    bench's steps in its own processes), as ``args.program``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.install(_language_from(argv) or os.environ.get("JURI_LANG") or settings.load().language)
    translate_argparse()
    args = parse_arguments(argv)
    if isinstance(args, int):
        return args
    if not getattr(args, "handler", None):
        build_parser().print_help()
        return EXIT_USAGE
    args.program = program
    try:
        return args.handler(args) or EXIT_OK
    except JuriError as exc:
        print(
            visible(translate("Cli", "juri: {message}").format(message=exc.message)),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    except BrokenPipeError:  # output piped into head, less …: the reader left, not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a full or read-only USB stick under a PDF or spreadsheet export
        where = f" ({exc.filename})" if exc.filename else ""
        print(
            translate(
                "Cli",
                "juri: a file could not be read or written: {problem}{where}. "
                "Any earlier file there is unchanged.",
            ).format(problem=os_problem(exc), where=where),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(
            translate("Cli", "juri: interrupted; nothing was left half-written."), file=sys.stderr
        )
        return EXIT_REFUSED


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
