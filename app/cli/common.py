"""Helpers every command shares: passphrases, the workspace, printing, exit codes."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from app.crypto.keys import (
    KeyPair,
    check_private_key_file,
    private_key_exposure,
    read_private_key,
)
from app.domain.text import visible
from app.errors import JuriError
from app.i18n import os_problem, translate

if TYPE_CHECKING:  # imported when a command opens the workspace: not at start
    from app.services.wiring import Services

EXIT_OK = 0
EXIT_REFUSED = 1  # verification failed, input refused, wrong passphrase …
EXIT_USAGE = 2

PASSPHRASE_ENV = "JURI_PASSPHRASE"

# what each command module's ``register`` adds its parser to (argparse's subparsers action)
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class CommandError(JuriError):
    code = "command"


def read_passphrase(args: Any, prompt: str, *, confirm: bool = False) -> str:
    """From ``--passphrase-file``, ``$JURI_PASSPHRASE`` (scripts), or asked without echo."""
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise CommandError(
                translate("Cli", "Cannot read the passphrase file {path}: {error}").format(
                    path=path, error=os_problem(exc)
                )
            ) from exc
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise CommandError(
            translate(
                "Cli", "A passphrase is needed: run in a terminal, or give --passphrase-file."
            )
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("Cli", "Repeat the passphrase: ")) != first:
        raise CommandError(translate("Cli", "The two passphrases differ; nothing was changed."))
    return first


def warn_if_exposed(key_file: Path) -> None:
    """A warning on stderr when other users of this computer can read the private key file."""
    exposure = private_key_exposure(key_file)
    if exposure is not None:
        print(translate("Cli", "juri: {message}").format(message=exposure), file=sys.stderr)


def unlock_key(path: Path, args: Any, prompt: str) -> KeyPair:
    """Open a private key file with the passphrase ``prompt`` asks for, warning first when the
    file is exposed. A file that is no private key (missing, damaged, a public key file) is
    said before any warning or passphrase."""
    check_private_key_file(path)
    warn_if_exposed(path)
    return read_private_key(path, read_passphrase(args, prompt))


def open_workspace(args: Any) -> Services:
    from app.services import wiring

    workspace = wiring.open_workspace(
        Path(args.workspace) if getattr(args, "workspace", None) else None
    )
    for notice in workspace.notices:  # e.g. a damaged database restored from its backup
        print(visible(translate("Cli", "juri: {message}").format(message=notice)), file=sys.stderr)
    return workspace


def say(text: str = "") -> None:
    """Print ``text``, its control and format characters shown as escapes
    (:func:`app.domain.text.visible`): a comment or a name read from a file may hold
    ``ESC ]0;…BEL``, and the chair's terminal must show it, not obey it."""
    print(visible(text))


def emit_json(value: Any) -> None:
    """Print ``value`` as JSON; all escaped as ASCII when it holds a character a terminal
    would obey or hide (JSON escapes C0 itself, not C1 or format characters)."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    print(text if visible(text) == text else json.dumps(value, ensure_ascii=True, indent=2))


def add_expect_key_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--expect-key", metavar=translate("Cli", "FINGERPRINT"), help=help_text)


def check_expected_key(args: Any, actual: str, name: str) -> None:
    """Refuse unless ``name`` was signed by the key ``--expect-key`` names (when given): the
    fingerprint read out by its owner, compared by Juri instead of by eye."""
    expected = getattr(args, "expect_key", None)
    if expected and expected.strip().upper() != actual:
        raise CommandError(
            translate("Cli", "{name} is signed by key {actual}, not by {expected}.").format(
                name=name, actual=actual, expected=expected.strip()
            )
        )


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar=translate("Cli", "FILE"),
        help=translate(
            "Cli", "read the passphrase from this file instead of asking (or set JURI_PASSPHRASE)"
        ),
    )


def one_line_text(max_chars: int) -> Callable[[str], str]:
    """An argparse ``type`` for a name or title a signed file carries and a reader shows on one
    line (a package's title, the secretariat's name, who signs a berita acara): at most
    ``max_chars`` characters of one line of visible text."""

    def checked(text: str) -> str:
        from app.formats.fields import one_line_problem  # only when the option is given

        if len(text) > max_chars:
            raise argparse.ArgumentTypeError(
                translate("Cli", "'{start}…' is longer than {n} characters").format(
                    start=visible(text[:40]), n=max_chars
                )
            )
        problem = one_line_problem(text)
        if problem is not None:
            raise argparse.ArgumentTypeError(
                translate("Cli", "{text} {problem}").format(text=repr(text[:80]), problem=problem)
            )
        return text

    return checked


def shown_on_one_line(name: str) -> str:
    """A name read from a file as a line of output shows it: itself, or quoted with its line
    breaks and invisible characters escaped (``'Ani\\nFingerprint: AAAA-…'``) when it is not
    one line of visible text, so it cannot print a line of its own (a false fingerprint)."""
    from app.domain.text import one_line

    return name if one_line(name) == name else repr(name)
