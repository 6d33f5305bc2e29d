"""``juri workspace``: the juror's local workspace — open packages, pact, audit log."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import CommandError, Commands, open_workspace, say
from app.domain.evaluation import progress_text
from app.i18n import current_language, translate
from app.local_time import format_file_time
from app.pact import pact_text
from app.storage.audit import verify_chain


def register(commands: Commands) -> None:
    workspace = commands.add_parser(
        "workspace",
        help=translate("Cli", "the juror's workspace: open packages, integrity pact, audit log"),
    )
    sub = workspace.add_subparsers(
        dest="workspace_command", metavar=translate("Cli", "ACTION"), required=True
    )
    info = sub.add_parser("info", help=translate("Cli", "who you are and what is open"))
    info.set_defaults(handler=run_info)
    imp = sub.add_parser(
        "import", help=translate("Cli", "verify a package and open it in the workspace")
    )
    imp.add_argument("package", metavar=translate("Cli", "PKG"))
    imp.set_defaults(handler=run_import)
    pact = sub.add_parser("pact", help=translate("Cli", "read (and accept) the integrity pact"))
    pact.add_argument(
        "--accept",
        action="store_true",
        help=translate("Cli", "record that you accept the pact (it goes into your signed results)"),
    )
    pact.set_defaults(handler=run_pact)
    check = sub.add_parser("audit", help=translate("Cli", "check the audit log's hash chain"))
    check.set_defaults(handler=run_audit)


def run_info(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        say(translate("Cli", "Workspace: {path}").format(path=ws.folder))
        identity = ws.identity.get()
        if identity is None:
            say(
                translate("Cli", "No juror key yet: run 'juri keys new --juror-id ID --name NAME'.")
            )
            return 0
        say(
            translate("Cli", "Juror: {name} ({id}), key {fp}").format(
                name=identity.name, id=identity.juror_id, fp=identity.fingerprint
            )
        )
        say(
            translate("Cli", "Integrity pact: {state}").format(
                state=translate("Cli", "accepted on {when}").format(
                    when=format_file_time(identity.pact_accepted_at or "")
                )
                if identity.pact_accepted
                else translate("Cli", "not accepted yet")
            )
        )
        for package in ws.packages.list():
            progress = ws.scoring.progress(package.id)
            say(
                translate("Cli", "Package {id}: {title} — {progress}").format(
                    id=package.id, title=package.title, progress=progress_text(progress.counts)
                )
            )
    return 0


def run_import(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        info = ws.packages.import_package(Path(args.package))
        progress = ws.scoring.progress(info.id)
        if not info.newly_imported:
            say(
                translate("Cli", "Package {id} is already open in this workspace.").format(
                    id=info.id
                )
            )
        elif info.replaced is not None and not info.added:
            say(
                translate(
                    "Cli",
                    "Package {id}: this newer version replaces version {old}; every "
                    "evaluation is kept, and it assigns no new submission to you (juror "
                    "{juror}).",
                ).format(id=info.id, old=info.replaced, juror=info.juror_id)
            )
        elif info.replaced is not None:
            count = len(info.added)
            say(
                translate(
                    "Cli",
                    "Package {id}: this newer version replaces version {old}; "
                    "every evaluation is kept, and %n submission(s) are newly assigned "
                    "to you: {codes}",
                    None,
                    count,
                ).format(id=info.id, old=info.replaced, codes=", ".join(info.added) or "–")
            )
        else:
            say(
                translate(
                    "Cli",
                    "Package {id} verified and opened: {n} submissions assigned to "
                    "you as juror {juror}.",
                ).format(id=info.id, n=progress.assigned, juror=info.juror_id)
            )
        say(
            translate(
                "Cli",
                "Signed by the secretariat key {fp}: compare it with the "
                "fingerprint the secretariat gave you.",
            ).format(fp=info.signer_fingerprint)
        )
    return 0


def run_pact(args: argparse.Namespace) -> int:
    say(pact_text(current_language()))
    if not args.accept:
        return 0
    with open_workspace(args) as ws:
        info = ws.identity.accept_pact()
        say(
            translate("Cli", "Accepted on {when}.").format(
                when=format_file_time(info.pact_accepted_at or "")
            )
        )
    return 0


def run_audit(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws, ws.workspace.reading() as session:
        report = verify_chain(session)
    if not report.ok:
        raise CommandError(
            translate(
                "Cli", "The audit log is broken at entry {seq}: it was changed outside Juri."
            ).format(seq=report.broken_at)
        )
    say(
        translate(
            "Cli", "The audit log is intact: {n} entries, the latest sealed as {hash}."
        ).format(n=report.length, hash=report.head.hash[:16])
    )
    return 0
