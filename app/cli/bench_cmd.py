"""``juri bench``: how fast Juri is at a chosen scale, as one JSON report or a table."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from app.bench.scale import QUICK, Scale
from app.cli.common import CommandError, Commands, emit_json, say
from app.i18n import translate


def register(commands: Commands) -> None:
    parser = commands.add_parser(
        "bench",
        help=translate("Cli", "measure Juri's speed on a synthetic competition"),
        description=translate(
            "Cli",
            "Make a synthetic competition (signed package, juror workspace, every panel "
            "juror's signed result file) and time each step: package build and verify against raw "
            "SHA-256, opening the workspace, saving score changes, export and verify, the chair's "
            "merge (with the same aggregation in pandas when it is installed), blank sheets, the "
            "juror's window offscreen, the app's start, small commands (juri --version, result "
            "show, score set), and the peak memory of the window and of juri merge. Nothing "
            "outside a temporary folder is touched.",
        ),
    )
    default = Scale()
    parser.add_argument(
        "--quick",
        action="store_true",
        help=translate("Cli", "a small competition, for a quick check"),
    )
    parser.add_argument(
        "--submissions",
        type=int,
        metavar="N",
        help=translate("Cli", "submissions (default: {n})").format(n=default.submissions),
    )
    parser.add_argument(
        "--criteria",
        type=int,
        metavar="N",
        help=translate("Cli", "criteria in the rubric (default: {n})").format(n=default.criteria),
    )
    parser.add_argument(
        "--jurors",
        type=int,
        metavar="N",
        help=translate("Cli", "jurors in the panel (default: {n})").format(n=default.jurors),
    )
    parser.add_argument(
        "--per-submission",
        type=int,
        metavar="N",
        help=translate("Cli", "jurors scoring each submission (default: {n})").format(
            n=default.per_submission
        ),
    )
    parser.add_argument(
        "--proposal-kb",
        type=int,
        metavar="KB",
        help=translate("Cli", "size of each proposal file in KB (default: {n})").format(
            n=default.proposal_kb
        ),
    )
    parser.add_argument(
        "--saves",
        type=int,
        metavar="N",
        help=translate("Cli", "score changes to time (default: {n})").format(n=default.saves),
    )
    parser.add_argument(
        "--sheets",
        type=int,
        metavar="N",
        help=translate("Cli", "blank sheets to render (default: {n})").format(n=default.sheets),
    )
    parser.add_argument(
        "--no-gui",
        action="store_true",
        help=translate("Cli", "skip the juror's window (no Qt GUI needed)"),
    )
    parser.add_argument(
        "--keep",
        metavar=translate("Cli", "FOLDER"),
        help=translate(
            "Cli", "make everything in this new folder and keep it (default: a temporary folder)"
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON report")
    )
    parser.set_defaults(handler=handle)


def scale_from(args: Any) -> Scale:
    base = QUICK if args.quick else Scale()
    values = {
        name: getattr(args, name)
        for name in (
            "submissions",
            "criteria",
            "jurors",
            "per_submission",
            "proposal_kb",
            "saves",
            "sheets",
        )
        if getattr(args, name) is not None
    }
    if any(value < 1 for value in values.values()):
        raise CommandError(translate("Cli", "Every count must be 1 or more."))
    scale = Scale(**{**base.__dict__, **values})
    if scale.per_submission > scale.jurors:
        raise CommandError(translate("Cli", "--per-submission cannot be larger than --jurors."))
    return scale


def handle(args: Any) -> int:
    # imported here: `juri` loads every command to parse its arguments, and the bench pulls
    # in nearly all of Juri (the app's start-up would pay for it)
    from app.bench.run import run
    from app.bench.targets import check

    scale = scale_from(args)
    keep = Path(args.keep) if args.keep else None
    if keep is not None and keep.exists() and any(keep.iterdir()):
        raise CommandError(
            translate("Cli", "{path} is not empty; give a new folder.").format(path=keep)
        )

    def progress(step: str) -> None:
        if not args.json:
            print(translate("Cli", "… {step}").format(step=step), file=sys.stderr, flush=True)

    # the juri program measures its window, start and memory in processes of its own
    report = run(
        scale,
        program=getattr(args, "program", None),
        window=not args.no_gui,
        keep=keep,
        say=progress,
    )
    report["targets"] = check(report)
    if args.json:
        emit_json(report)
    else:
        print_table(report)
    return 0


def print_table(report: dict[str, Any]) -> None:
    """Every figure, one per line, grouped by step; then the targets."""
    for section, values in report.items():
        if section == "targets":
            continue
        if not isinstance(values, dict):
            say(f"{section:<36} {values}")
            continue
        say(f"{section}")
        for key, value in values.items():
            if isinstance(value, dict):
                for inner, item in value.items():
                    say(f"  {key}.{inner:<32} {item}")
            else:
                say(f"  {key:<34} {value}")
    say()
    say(translate("Cli", "Targets"))
    for row in report["targets"]:
        mark = "?" if row["met"] is None else "✓" if row["met"] else "✗"
        say(f"  {mark} {row['measure']:<34} {row['value']} < {row['limit']} {row['unit']}")
