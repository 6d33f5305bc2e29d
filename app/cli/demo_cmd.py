"""``juri demo``: make a ready demo competition."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import Commands, say
from app.i18n import translate

if TYPE_CHECKING:  # imported when the demo is made: not at start
    from app.demo.rounds import RoundsInfo


def register(commands: Commands) -> None:
    demo = commands.add_parser(
        "demo",
        help=translate("Cli", "make a ready demo competition"),
        description=translate(
            "Cli",
            "Make a complete KIPP-like demo in FOLDER: the secretariat's key, four jurors "
            "with workspaces and keys, sixteen proposals, the 2023 rubric and a signed package. "
            "With --simulate every juror also scores and exports a signed result file. With "
            "--rounds "
            "the competition goes on as KIPP does: the desk round by pairs, a third juror where "
            "the "
            "chair's merge flags a submission, the shortlist to the interview round, its best to "
            "the field round (with a photo from the visit), and the chair's signed final line-up.",
        ),
    )
    demo.add_argument("folder", metavar=translate("Cli", "FOLDER"))
    demo.add_argument(
        "--simulate",
        action="store_true",
        help=translate("Cli", "let the four jurors score and export signed results"),
    )
    demo.add_argument(
        "--rounds",
        action="store_true",
        help=translate(
            "Cli",
            "carry the competition through every round to the final line-up (implies --simulate)",
        ),
    )
    demo.add_argument(
        "--open",
        action="store_true",
        help=translate("Cli", "then open the juror's app as the demo's first juror"),
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "replace an earlier Juri demo in FOLDER"),
    )
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from app.demo.create import create_demo

    info = create_demo(
        Path(args.folder), simulate=args.simulate, force=args.force, rounds=args.rounds, report=say
    )
    say(translate("Cli", "Demo ready in {folder}").format(folder=info.folder))
    say(translate("Cli", "Package: {path}").format(path=info.package))
    say(
        translate("Cli", "Secretariat key fingerprint: {fp}").format(
            fp=info.secretariat_fingerprint
        )
    )
    say(
        translate("Cli", "Passphrase of every demo key: {passphrase}").format(
            passphrase=info.passphrase
        )
    )
    for juror_id, folder in info.workspaces.items():
        say(
            translate("Cli", "Juror {id}: juri --workspace {folder} score list").format(
                id=juror_id, folder=folder
            )
        )
    for path in info.results:
        say(translate("Cli", "Result: {path}").format(path=path))
    if info.rounds is not None:
        _say_rounds(info.folder, info.rounds)
    if args.open:  # reached only without the GUI launcher (python -m app)
        say(
            translate("Cli", "To open the app as juror J01: juri --workspace {folder}").format(
                folder=info.workspaces["J01"]
            )
        )
    return 0


def _say_rounds(folder: Path, rounds: RoundsInfo) -> None:
    assert rounds.final is not None  # the rounds end with the final line-up
    for juror, code in rounds.third_jurors:
        say(translate("Cli", "Third juror: {juror} for {code}").format(juror=juror, code=code))
    for name, path in rounds.packages.items():
        say(translate("Cli", "Package ({round}): {path}").format(round=name, path=path))
    for name, path in rounds.merged.items():
        say(translate("Cli", "Merged file ({round}): {path}").format(round=name, path=path))
    say(translate("Cli", "Chair's key fingerprint: {fp}").format(fp=rounds.chair_fingerprint))
    say(translate("Cli", "Final line-up: {path}").format(path=rounds.final))
    rounds_order = ("desk", "interview", "field")
    merged = " ".join(str(rounds.merged[r].relative_to(folder)) for r in rounds_order)
    packages = " ".join(f"--package {rounds.packages[r].relative_to(folder)}" for r in rounds_order)
    say(
        translate(
            "Cli",
            "Check it: cd {folder} && juri final verify {final} {merged} {packages} "
            "--rubric {rubric}",
        ).format(
            folder=folder,
            final=rounds.final.relative_to(folder),
            merged=merged,
            packages=packages,
            rubric=Path("input", "rubric.json"),  # app.demo.create writes it there
        )
    )
