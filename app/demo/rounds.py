"""``juri demo --rounds``: the demo's competition carried through every round, as KIPP is run.

The desk round is judged by pairs of jurors; the chair merges it, a third juror is added to
every flagged submission by an amendment of the package (signed by the secretariat, as it
would be), the chair merges again, the shortlist goes on to the interview round, its best to
the field round (with a photo from the visit), and the chair signs the final line-up. Every
step goes through the same library calls as the command-line verbs, so every file the demo
writes verifies with them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.crypto.keys import KeyPair, write_private_key, write_public_key
from app.demo.simulate import JurorHabits, simulate_juror
from app.domain.competition import ShortlistRule
from app.formats.rubric_file import read_final_rule
from app.i18n import translate
from app.merge.intake import InputFile
from app.merge.service import MergeReport, merge, write_merged
from app.merge.third_juror import candidates, write_assignments
from app.package.derive import AmendRequest, amend_package
from app.package.reader import open_package
from app.paths import MERGED_SUFFIX, PACKAGE_SUFFIX, PUBLIC_KEY_SUFFIX
from app.reports.next_round import NextRoundRequest, make_next_round
from app.rounds.final import make_lineup
from app.rounds.final_file import write_final
from app.services.wiring import open_workspace

Report = Callable[[str], None]
FINAL_NAME = "kipp-2023.juri-final.json"
CHAIR_LABEL = "Ketua Panel KIPP 2023 (demo)"
# how many go on from each round; ties at the cut all go on, as the verb's --include-ties does
SHORTLISTS = (("interview", 8), ("field", 5))


@dataclass
class RoundsInfo:
    """What the rounds made, for the demo's summary and its marker file."""

    chair_fingerprint: str = ""
    packages: dict[str, Path] = field(default_factory=dict)  # round (or desk-v1) -> package
    merged: dict[str, Path] = field(default_factory=dict)  # round -> the chair's merged file
    third_jurors: list[tuple[str, str]] = field(default_factory=list)  # (juror, submission)
    final: Path | None = None


@dataclass(frozen=True)
class Demo:
    """The parts of the one-round demo the rounds build on."""

    folder: Path
    desk_package: Path
    passphrase: str
    secretariat: KeyPair
    workspaces: dict[str, Path]
    habits: dict[str, JurorHabits]
    quality: dict[str, float]
    rubric: Path
    roster: Path


def play_rounds(demo: Demo, report: Report) -> RoundsInfo:
    """Every round after the desk round's first results (which ``demo`` holds)."""
    info = RoundsInfo()
    chair = _chair_key(demo)
    info.chair_fingerprint = chair.fingerprint
    info.packages["desk-v1"] = demo.desk_package

    report(translate("Demo", "The chair merges the desk round …"))
    first = _merge(demo, "desk-v1", demo.desk_package, chair, info)
    flagged = sorted(first.needing_a_juror)  # what the chair's Ctrl+J offers
    manifest = first.manifest
    load: dict[str, int] = {}
    for code in flagged:
        options = sorted(
            candidates(manifest, code), key=lambda c: (c.load + load.get(c.juror.id, 0), c.juror.id)
        )
        if options:
            juror = options[0].juror.id
            load[juror] = load.get(juror, 0) + 1
            info.third_jurors.append((juror, code))
    desk = demo.desk_package
    if info.third_jurors:
        report(
            translate(
                "Demo", "The secretariat adds a third juror to {n} flagged submissions …"
            ).format(n=len(info.third_jurors))
        )
        assignments = demo.folder / "input" / "third-jurors.csv"
        write_assignments(assignments, info.third_jurors)
        desk = demo.folder / f"kipp-2023-desk-demo-v2{PACKAGE_SUFFIX}"
        amend_package(
            AmendRequest(
                package=demo.desk_package,
                assignments=assignments,
                key=demo.secretariat,
                output=desk,
            )
        )
        _score_round(
            demo,
            desk,
            "desk",
            only={j: {c for jj, c in info.third_jurors if jj == j} for j, _c in info.third_jurors},
            report=report,
        )
    info.packages["desk"] = desk
    _merge(demo, "desk", desk, chair, info)

    earlier_round, earlier_package = "desk", desk
    for round_id, top in SHORTLISTS:
        report(
            translate(
                "Demo", "The secretariat shortlists the first {n} for the {round} round …"
            ).format(n=top, round=round_id)
        )
        package = demo.folder / f"kipp-2023-{round_id}-demo{PACKAGE_SUFFIX}"
        make_next_round(
            NextRoundRequest(
                merged=info.merged[earlier_round],
                package=earlier_package,
                rule=ShortlistRule(top=top, include_ties=True),
                rubric=demo.rubric,
                round_id=round_id,
                roster=demo.roster,
                key=demo.secretariat,
                secretariat_name=demo.secretariat.label,
                output=package,
                package_id=f"kipp-2023-{round_id}-demo",
            )
        )
        info.packages[round_id] = package
        _score_round(demo, package, round_id, only=None, report=report)
        _merge(demo, round_id, package, chair, info)
        earlier_round, earlier_package = round_id, package

    report(translate("Demo", "The chair signs the final line-up …"))
    rounds = ("desk", "interview", "field")
    lineup = make_lineup(
        [InputFile(str(info.merged[r]), info.merged[r].read_bytes()) for r in rounds],
        [open_package(info.packages[r]) for r in rounds],
        read_final_rule(demo.rubric),
    )
    info.final = demo.folder / "final" / FINAL_NAME
    info.final.parent.mkdir(exist_ok=True)
    write_final(lineup, chair, info.final)
    return info


def _chair_key(demo: Demo) -> KeyPair:
    chair = KeyPair.generate(CHAIR_LABEL)
    write_private_key(demo.folder / "chair" / "ketua.key", chair, demo.passphrase)
    write_public_key(
        demo.folder / "chair" / f"ketua{PUBLIC_KEY_SUFFIX}", chair.public_key, chair.label
    )
    return chair


def _merge(
    demo: Demo, name: str, package_path: Path, chair: KeyPair, info: RoundsInfo
) -> MergeReport:
    """The chair merges every result made for the round's package (any version)."""
    package = open_package(package_path)
    round_id = package.manifest.round.id
    folder = demo.folder / "results" / round_id
    files = [InputFile(str(p), p.read_bytes()) for p in sorted(folder.iterdir())]
    merged = merge(files, package.manifest, package.manifest_sha256)
    target = demo.folder / "merged" / f"{name}{MERGED_SUFFIX}"
    target.parent.mkdir(exist_ok=True)
    write_merged(merged, chair, target)
    info.merged[name] = target
    return merged


def _score_round(
    demo: Demo, package: Path, round_id: str, only: dict[str, set[str]] | None, report: Report
) -> None:
    """Each juror of the round (or each juror named in ``only``, for those submissions)
    opens the package in their workspace, scores and exports a signed result."""
    manifest = open_package(package).manifest
    results = demo.folder / "results" / round_id
    results.mkdir(parents=True, exist_ok=True)
    for index, juror in enumerate(manifest.jurors):
        if only is not None and juror.id not in only:
            continue
        if not manifest.assigned(juror.id):
            continue
        report(
            translate("Demo", "Juror {id} scores the {round} round and exports …").format(
                id=juror.id, round=round_id
            )
        )
        habits = demo.habits[juror.id]
        if round_id != "desk":  # the desk round's conflicts and quirks stay in the desk round
            habits = replace(habits, recuse=None, harsh_on=None, leave_unfinished=None)
        with open_workspace(demo.workspaces[juror.id]) as ws:
            imported = ws.packages.import_package(package)
            simulate_juror(
                ws,
                imported.id,
                ws.packages.manifest(imported.id),
                demo.quality,
                habits,
                seed=_seed(round_id, index),
                only=None if only is None else only[juror.id],
            )
            ws.results.export(imported.id, demo.passphrase, results)


def _seed(round_id: str, index: int) -> int:
    return 2023 + index + 100 * sum(ord(c) for c in round_id)
