"""``juri result``: export the juror's signed result file, verify and show result files."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.canonical import CanonicalError, parse_strict
from app.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    CommandError,
    Commands,
    add_passphrase_option,
    emit_json,
    open_workspace,
    read_passphrase,
    say,
    shown_on_one_line,
    warn_if_exposed,
)
from app.cli.outputs import add_overwrite_option, output_path
from app.crypto.envelope import SignatureProblem, split_envelope
from app.crypto.keys import fingerprint
from app.domain.evaluation import EvaluationStatus
from app.domain.numbers import parse_decimal
from app.formats.fields import FieldError
from app.formats.result import MAX_RESULT_BYTES, parse_result_payload
from app.i18n import format_decimal, os_problem, translate
from app.local_time import format_file_time
from app.package.reader import open_package
from app.reports.text import evidence_line
from app.results.verify import check_result


def register(commands: Commands) -> None:
    result = commands.add_parser(
        "result", help=translate("Cli", "export, verify and show signed result files")
    )
    sub = result.add_subparsers(
        dest="result_command", metavar=translate("Cli", "ACTION"), required=True
    )

    export = sub.add_parser(
        "export",
        help=translate("Cli", "sign and write your result file"),
        description=translate(
            "Cli",
            "Write your signed result file for a package. Every export gets a higher version "
            "number; the chair keeps the newest.",
        ),
    )
    export.add_argument(
        "--package",
        metavar="ID",
        help=translate("Cli", "the package id (may be left out when only one package is open)"),
    )
    export.add_argument(
        "-o",
        "--output",
        default=".",
        metavar=translate("Cli", "PATH"),
        help=translate("Cli", "a folder (default: here) or a file name"),
    )
    add_overwrite_option(export)
    add_passphrase_option(export)
    export.set_defaults(handler=run_export)

    verify = sub.add_parser(
        "verify", help=translate("Cli", "check result files against their package")
    )
    verify.add_argument("results", nargs="+", metavar=translate("Cli", "RESULT"))
    verify.add_argument(
        "--package",
        required=True,
        metavar=translate("Cli", "PKG"),
        help=translate("Cli", "the package file the results are for"),
    )
    verify.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    verify.set_defaults(handler=run_verify)

    show = sub.add_parser("show", help=translate("Cli", "show what a result file says"))
    show.add_argument("result", metavar=translate("Cli", "RESULT"))
    show.set_defaults(handler=run_show)


def run_export(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        package = ws.packages.resolve(args.package)
        progress = ws.scoring.progress(package.id)
        unfinished = progress.assigned - progress.done
        key_file = ws.identity.require().key_file
        warn_if_exposed(key_file)
        output = output_path(
            args.output,
            kind="result",
            default_name=None,
            inputs=[key_file, *ws.folder.glob("workspace.sqlite3*")],
            overwrite=args.overwrite,
        )
        passphrase = read_passphrase(args, translate("Cli", "Passphrase of your key: "))
        info = ws.results.export(package.id, passphrase, output)
    say(translate("Cli", "Result file written: {path}").format(path=info.path))
    say(
        translate("Cli", "Version {n}, {count} evaluations, SHA-256 {sha}").format(
            n=info.sequence, count=info.evaluations, sha=info.sha256[:16]
        )
    )
    if unfinished:
        say(
            translate(
                "Cli",
                "Note: %n evaluation(s) are not finished yet; export again when they are.",
                None,
                unfinished,
            )
        )
    return 0


def run_verify(args: argparse.Namespace) -> int:
    package = open_package(Path(args.package))
    checks = []
    for name in args.results:
        try:
            data = _read(Path(name))
        except OSError as exc:
            raise CommandError(
                translate("Cli", "Cannot read {path}: {error}").format(
                    path=name, error=os_problem(exc)
                )
            ) from exc
        checks.append((name, check_result(data, package.manifest, package.manifest_sha256)))
    if args.json:
        emit_json(
            [
                {
                    "file": name,
                    "status": c.status.value,
                    "reason": c.reason,
                    "sha256": c.sha256,
                    "signer": c.signer,
                    "integrity_pact": None if c.document is None else c.document.pact is not None,
                }
                for name, c in checks
            ]
        )
    else:
        for name, check in checks:
            say(f"{name}: {check.status.label().upper()}: {check.reason}")
    return EXIT_OK if all(c.valid for _, c in checks) else EXIT_REFUSED


def _read(path: Path) -> bytes:
    if path.stat().st_size > MAX_RESULT_BYTES:
        raise CommandError(
            translate("Cli", "{path} is too large to be a result file.").format(path=path)
        )
    return path.read_bytes()


def run_show(args: argparse.Namespace) -> int:
    path = Path(args.result)
    try:
        payload, _signature = split_envelope(parse_strict(_read(path), max_bytes=MAX_RESULT_BYTES))
        document = parse_result_payload(payload)
    except OSError as exc:
        raise CommandError(
            translate("Cli", "Cannot read {path}: {error}").format(path=path, error=os_problem(exc))
        ) from exc
    except (CanonicalError, SignatureProblem, FieldError) as exc:
        raise CommandError(
            translate("Cli", "{path} is not a readable result file: {problem}").format(
                path=path, problem=exc
            )
        ) from exc
    say(
        translate("Cli", "Juror: {name} ({id}), key {fp}").format(
            name=shown_on_one_line(document.juror_name),
            id=document.juror_id,
            fp=fingerprint(document.public_key),
        )
    )
    say(
        translate("Cli", "Package: {id}, version {n}, made {when}").format(
            id=document.package_id, n=document.sequence, when=format_file_time(document.created)
        )
    )
    say(
        translate("Cli", "Integrity pact: {state}").format(
            state=translate("Cli", "accepted on {when}").format(
                when=format_file_time(document.pact.accepted_at)
            )
            if document.pact
            else translate("Cli", "not accepted yet")
        )
    )
    for evaluation in document.evaluations:
        status = EvaluationStatus(document.declared_status[evaluation.submission])
        total = document.declared_total[evaluation.submission]
        shown = format_decimal(parse_decimal(total)) if total else "–"
        say(f"  {evaluation.submission:<14} {status.label():<14} {shown:>7}")
        if evaluation.questions:
            count = len(evaluation.questions)
            say(f"{'':>4}" + translate("Cli", "interview: %n question(s) noted", None, count))
        for item in evaluation.evidence:
            say(f"{'':>4}" + translate("Cli", "evidence: {line}").format(line=evidence_line(item)))
    say(translate("Cli", "This shows the content only; check it with 'juri result verify'."))
    return 0
