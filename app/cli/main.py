"""Entry point of ``juri``: parse, dispatch, and turn every refusal into a plain message.

The language is chosen before the parser is built (``--lang``, then ``$JURI_LANG``, then
Indonesian) so that help texts are translated too. A :class:`~app.errors.JuriError` prints its
message and exits 1; a usage error exits 2; nothing prints a traceback to a user.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app import __version__, i18n, settings
from app.cli import (
    bench_cmd,
    chair_cmd,
    demo_cmd,
    keys_cmd,
    merge_cmd,
    package_cmd,
    result_cmd,
    score_cmd,
    sheets_cmd,
    workspace_cmd,
)
from app.cli.argparse_text import translate_argparse
from app.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from app.errors import JuriError
from app.i18n import translate

COMMAND_MODULES = (demo_cmd, package_cmd, keys_cmd, workspace_cmd, score_cmd, result_cmd,
                   merge_cmd, sheets_cmd, chair_cmd, bench_cmd)


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
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices)


def _language_from(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="juri",
        description=translate(
            "Cli", "Juri: offline scoring for the jurors of public-service innovation "
            "competitions (KIPP)."),
    )
    parser.add_argument("--version", action="version", version=f"Juri {__version__}",
                        help=translate("Cli", "show Juri's version and exit"))
    parser.add_argument("--lang", choices=i18n.SUPPORTED_LANGUAGES, help=translate(
        "Cli", "language of messages: id (Indonesian, the default) or en"))
    parser.add_argument("--workspace", metavar=translate("Cli", "FOLDER"), help=translate(
        "Cli", "the juror workspace folder (default: your data folder, or $JURI_HOME)"))
    commands = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.install(_language_from(argv) or os.environ.get("JURI_LANG") or settings.load().language)
    translate_argparse()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error
        return EXIT_OK if exc.code in (0, None) else EXIT_USAGE
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(args) or EXIT_OK
    except JuriError as exc:
        print(translate("Cli", "juri: {message}").format(message=exc.message), file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:  # output piped into head, less …: the reader left, not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a full or read-only USB stick under a PDF or spreadsheet export
        where = f" ({exc.filename})" if exc.filename else ""
        print(translate("Cli", "juri: a file could not be read or written: {problem}{where}. "
                        "Any earlier file there is unchanged.").format(
                            problem=exc.strerror or exc, where=where), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(translate("Cli", "juri: interrupted; nothing was left half-written."),
              file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
