"""``juri keys``: make key pairs, show fingerprints, export public keys."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import (
    CommandError,
    Commands,
    add_passphrase_option,
    open_workspace,
    read_passphrase,
    say,
    shown_on_one_line,
    unlock_key,
    warn_if_exposed,
)
from app.cli.outputs import add_overwrite_option, file_kind, output_path
from app.crypto.keys import (
    KeyPair,
    check_new_passphrase,
    encode_public_key,
    fingerprint,
    read_public_half,
    write_private_key,
    write_public_key,
)
from app.formats.fields import one_line_problem
from app.i18n import translate
from app.paths import PUBLIC_KEY_SUFFIX


def register(commands: Commands) -> None:
    keys = commands.add_parser(
        "keys",
        help=translate("Cli", "make and show signing keys"),
        description=translate(
            "Cli",
            "Ed25519 signing keys. A juror's key lives in the workspace; the secretariat "
            "keeps its own key in a file.",
        ),
    )
    sub = keys.add_subparsers(
        dest="keys_command", metavar=translate("Cli", "ACTION"), required=True
    )

    new = sub.add_parser(
        "new",
        help=translate("Cli", "make a new key pair"),
        description=translate(
            "Cli",
            "Make a key pair. With --out, write it to a file (the secretariat's key); "
            "without, make this workspace's juror key (needs --juror-id and --name).",
        ),
    )
    new.add_argument(
        "--out",
        metavar=translate("Cli", "FILE"),
        help=translate(
            "Cli",
            "write the encrypted private key here (a .pub.json public key file is written "
            "next to it)",
        ),
    )
    new.add_argument(
        "--label",
        metavar=translate("Cli", "LABEL"),
        help=translate("Cli", "a name for the key, e.g. 'Sekretariat KIPP'"),
    )
    new.add_argument(
        "--juror-id",
        metavar="ID",
        help=translate("Cli", "your juror id, as the secretariat gave it"),
    )
    new.add_argument(
        "--name", metavar=translate("Cli", "NAME"), help=translate("Cli", "your full name")
    )
    add_passphrase_option(new)
    new.set_defaults(handler=run_new)

    show = sub.add_parser("show", help=translate("Cli", "show a key's fingerprint and public key"))
    show.add_argument(
        "file",
        nargs="?",
        metavar=translate("Cli", "KEYFILE"),
        help=translate("Cli", "a private or public key file (default: this workspace's key)"),
    )
    show.set_defaults(handler=run_show)

    export = sub.add_parser(
        "export", help=translate("Cli", "write the public key file to give to the secretariat")
    )
    export.add_argument(
        "file",
        nargs="?",
        metavar=translate("Cli", "KEYFILE"),
        help=translate("Cli", "a private key file (default: this workspace's key)"),
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("Cli", "PATH"),
        help=translate("Cli", "the public key file or a folder to write it into"),
    )
    add_overwrite_option(export)
    export.set_defaults(handler=run_export)

    check = sub.add_parser("check", help=translate("Cli", "check that a passphrase opens a key"))
    check.add_argument("file", nargs="?", metavar=translate("Cli", "KEYFILE"))
    add_passphrase_option(check)
    check.set_defaults(handler=run_check)


def run_new(args: argparse.Namespace) -> int:
    if args.out:
        target = Path(args.out)
        if target.exists():
            raise CommandError(
                translate("Cli", "{path} exists already; a key is never overwritten.").format(
                    path=target
                )
            )
        problem = one_line_problem(args.label or "")
        if problem is not None:  # signed as the chair's or the secretariat's name
            raise CommandError(translate("Cli", "The label {problem}.").format(problem=problem))
        passphrase = read_passphrase(args, translate("Cli", "New passphrase: "), confirm=True)
        check_new_passphrase(passphrase)
        pair = KeyPair.generate(args.label or target.stem)
        write_private_key(target, pair, passphrase)
        public = public_file_for(target)
        write_public_key(public, pair.public_key, pair.label)
        say(translate("Cli", "Private key: {path}").format(path=target))
        say(translate("Cli", "Public key file: {path}").format(path=public))
        say(translate("Cli", "Fingerprint: {fp}").format(fp=pair.fingerprint))
        return 0
    if not args.juror_id or not args.name:
        raise CommandError(
            translate(
                "Cli",
                "Give --juror-id and --name for your juror key, or --out FILE for a key file.",
            )
        )
    with open_workspace(args) as ws:
        passphrase = read_passphrase(args, translate("Cli", "New passphrase: "), confirm=True)
        info = ws.identity.create(args.juror_id, args.name, passphrase)
        say(
            translate("Cli", "Juror key made for {name} ({id}).").format(
                name=info.name, id=info.juror_id
            )
        )
        say(
            translate("Cli", "Public key file for the secretariat: {path}").format(
                path=info.public_key_file
            )
        )
        say(translate("Cli", "Fingerprint: {fp}").format(fp=info.fingerprint))
    return 0


def public_file_for(private_key: Path) -> Path:
    return private_key.with_name(private_key.stem + PUBLIC_KEY_SUFFIX)


def _key_file(args: argparse.Namespace) -> Path:
    if args.file:
        return Path(args.file)
    with open_workspace(args) as ws:
        return ws.identity.require().key_file


def run_show(args: argparse.Namespace) -> int:
    source = _key_file(args)
    public_key, label = read_public_half(source)
    if file_kind(source) == "private-key":
        warn_if_exposed(source)  # as unlocking it would: showing it is no reason to stay quiet
    say(translate("Cli", "Label: {label}").format(label=shown_on_one_line(label)))
    say(translate("Cli", "Fingerprint: {fp}").format(fp=fingerprint(public_key)))
    say(translate("Cli", "Public key (base64): {key}").format(key=encode_public_key(public_key)))
    return 0


def _public_name(args: argparse.Namespace, source: Path) -> str:
    """The public key file's default name: a key file's own stem, or for the workspace's key
    the juror's id, as the app names it (every juror's file was ``juror.pub.json``, and the
    secretariat collecting them found each one writing over the last)."""
    if args.file:
        return source.name.split(".")[0] + PUBLIC_KEY_SUFFIX
    with open_workspace(args) as ws:
        return ws.identity.require().juror_id + PUBLIC_KEY_SUFFIX


def run_export(args: argparse.Namespace) -> int:
    source = _key_file(args)
    public_key, label = read_public_half(source)
    target = output_path(
        args.output,
        kind="public-key",
        default_name=_public_name(args, source),
        inputs=[source],
        overwrite=args.overwrite,
    )
    if target.exists() and read_public_half(target)[0] != public_key:
        raise CommandError(
            translate(
                "Cli",
                "{path} holds another key; Juri never writes over a key. Give another output file.",
            ).format(path=target)
        )
    write_public_key(target, public_key, label)
    say(translate("Cli", "Public key file: {path}").format(path=target))
    say(translate("Cli", "Fingerprint: {fp}").format(fp=fingerprint(public_key)))
    return 0


def run_check(args: argparse.Namespace) -> int:
    if args.file:
        pair = unlock_key(Path(args.file), args, translate("Cli", "Passphrase: "))
    else:  # the workspace's key: also that it is this workspace juror's, not a swapped file
        with open_workspace(args) as ws:
            warn_if_exposed(ws.identity.require().key_file)
            pair = ws.identity.unlock(read_passphrase(args, translate("Cli", "Passphrase: ")))
    say(translate("Cli", "The passphrase opens the key {fp}.").format(fp=pair.fingerprint))
    return 0
