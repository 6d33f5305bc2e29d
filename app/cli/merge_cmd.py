"""``juri merge``: the chair's merge from the command line (the same service as the window)."""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from app import paths
from app.cli.choices import METHOD, TIE_BREAK
from app.cli.common import (
    CommandError,
    Commands,
    add_passphrase_option,
    emit_json,
    say,
    unlock_key,
)
from app.cli.outputs import add_overwrite_option, output_path
from app.crypto.keys import KeyPair
from app.domain.numbers import parse_decimal, round_half_up
from app.domain.text import one_line
from app.i18n import format_decimal, translate
from app.merge.agreement import TOTAL, Reliability
from app.merge.cells import ExportReport
from app.merge.desk import ChairDesk, Switch
from app.merge.keys import AcceptedKey, normalise_fingerprint
from app.merge.methods import Method
from app.merge.ranking import DEFAULT_TIE_BREAK, not_ranked_text, passing_rule_text
from app.merge.reading import advice, read, sources
from app.merge.service import (
    DEFAULT_THRESHOLD,
    MergeOptions,
    MergeReport,
    other_versions_problem,
    write_merged,
)
from app.merge.shown import SHOWN_DECIMALS
from app.merge.table import CellState
from app.package.reader import VerifiedPackage, open_package

TOP = 10


def register(commands: Commands) -> None:
    parser = commands.add_parser(
        "merge",
        help=translate("Cli", "merge the jurors' result files into a signed ranking (panel chair)"),
        description=translate(
            "Cli",
            "Check every result file (and earlier merged files) against the package, keep "
            "each juror's newest genuine result, rank the submissions, flag disagreements, measure "
            "reliability, and write the merged file signed with the chair's key. Every file is "
            "listed with its status and the reason.",
        ),
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar=translate("Cli", "RESULT_OR_DIR"),
        help=translate("Cli", "result files, merged files, or folders of them"),
    )
    parser.add_argument(
        "--package",
        required=True,
        action="append",
        metavar=translate("Cli", "PKG"),
        help=translate(
            "Cli",
            "the package file the results are for; give it again for each version of it "
            "you hold (juri package amend): the newest is used, and results made for the "
            "earlier ones count under it",
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("Cli", "OUT"),
        help=translate("Cli", "the merged file to write"),
    )
    parser.add_argument(
        "--key",
        metavar=translate("Cli", "CHAIR_KEY"),
        help=translate("Cli", "the chair's private key file (default: this workspace's key)"),
    )
    parser.add_argument(
        "--method",
        type=METHOD,
        default=Method.MEAN.value,
        metavar=translate("Cli", "METHOD"),
        help=translate("Cli", "how jurors' totals combine: {words} (default: mean)").format(
            words=METHOD.shown()
        ),
    )
    parser.add_argument(
        "--trim",
        type=int,
        default=1,
        metavar="N",
        help=translate("Cli", "for --method trimmed: totals dropped at each end (default: 1)"),
    )
    parser.add_argument(
        "--accept-key",
        action="append",
        default=[],
        metavar=translate("Cli", "JUROR_ID=FINGERPRINT"),
        help=translate(
            "Cli",
            "accept results of this juror signed by this key although the roster has "
            "another key for the juror (compare it with the fingerprint on the juror's signed "
            "paper "
            "sheet first); the key counts for that juror only; may be repeated",
        ),
    )
    parser.add_argument(
        "--threshold",
        default=str(DEFAULT_THRESHOLD),
        metavar="N",
        help=translate(
            "Cli",
            "flag submissions whose jurors' totals differ by more than N points (default: 20)",
        ),
    )
    parser.add_argument(
        "--passing-grade",
        metavar="N",
        help=translate(
            "Cli",
            "the passing grade, compared with the mean of the jurors' weighted totals "
            "whatever the method (default: the round's)",
        ),
    )
    parser.add_argument(
        "--min-evaluations",
        type=int,
        metavar="N",
        help=translate(
            "Cli",
            "complete evaluations a submission needs to be ranked and to pass (default: "
            "the round's, usually 2)",
        ),
    )
    parser.add_argument(
        "--tie-break",
        default=",".join(DEFAULT_TIE_BREAK),
        metavar=translate("Cli", "LIST"),
        help=translate(
            "Cli",
            "comma-separated tie-break order: criterion codes, 'weights' or 'bobot' "
            "(heaviest criterion first) and 'evaluations' or 'penilaian' (more complete "
            "evaluations "
            "first); default: weights,evaluations",
        ),
    )
    parser.add_argument(
        "--xlsx",
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "also write the ranking and its details as XLSX"),
    )
    parser.add_argument(
        "--csv",
        metavar=translate("Cli", "FILE"),
        help=translate(
            "Cli", "also write the ranking as CSV for programs (UTF-8, commas, decimal points)"
        ),
    )
    parser.add_argument(
        "--csv-excel",
        metavar=translate("Cli", "FILE"),
        help=translate(
            "Cli",
            "also write the ranking as CSV that Excel set to Indonesian opens directly "
            "(UTF-8 with BOM, semicolons, decimal commas)",
        ),
    )
    parser.add_argument(
        "--store",
        metavar="URL",
        help=translate(
            "Cli",
            "keep the files and decisions in a merge store (a SQLite file, or a SQLAlchemy "
            "URL such as postgresql+psycopg://user@host/db) and merge everything kept there",
        ),
    )
    parser.add_argument(
        "--top",
        type=int,
        default=TOP,
        metavar="N",
        help=translate("Cli", "how many places of the ranking to print (default: 10)"),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    add_overwrite_option(parser)
    add_passphrase_option(parser)
    parser.set_defaults(handler=run_merge)


def _decimal(value: str, option: str) -> Decimal:
    try:
        return parse_decimal(value, allow_comma=True)
    except ValueError:
        raise CommandError(
            translate("Cli", "{option} needs a number, not '{value}'.").format(
                option=option, value=value
            )
        ) from None


def _accepted_key(text: str) -> AcceptedKey:
    """``J02=ABCD-EFGH-IJKL-MNOP`` as given to ``--accept-key``. The older form, a fingerprint
    alone, is refused: a key must count for one juror only."""
    juror, sep, fingerprint = text.partition("=")
    if not sep or not juror.strip() or not fingerprint.strip():
        example = text.strip().upper() if text.strip() and not sep else "ABCD-EFGH-IJKL-MNOP"
        raise CommandError(
            translate(
                "Cli",
                "--accept-key needs the juror whose signed paper sheet shows the key, as "
                "JUROR_ID=FINGERPRINT: for example --accept-key J02={fingerprint}. The key then "
                "counts for that juror only.",
            ).format(fingerprint=example[:40])
        )
    return AcceptedKey(juror.strip(), normalise_fingerprint(fingerprint))


def chair_key(args: argparse.Namespace) -> KeyPair:
    if args.key:
        return unlock_key(Path(args.key), args, translate("Cli", "Passphrase of the key: "))
    folder = Path(args.workspace) if args.workspace else paths.default_workspace_dir()
    if (folder / "workspace.sqlite3").is_file():
        from app.services.wiring import open_workspace

        with open_workspace(folder) as ws:
            identity = ws.identity.get()
            if identity is not None:
                return unlock_key(
                    identity.key_file, args, translate("Cli", "Passphrase of your key: ")
                )
    raise CommandError(
        translate(
            "Cli",
            "The merged file must be signed: give the chair's key with --key FILE (make one "
            "with 'juri keys new --out chair.key').",
        )
    )


def run_merge(args: argparse.Namespace) -> int:
    if not args.inputs and not args.store:
        raise CommandError(
            translate("Cli", "Give result files or folders to merge (or --store to merge a store).")
        )
    options = MergeOptions(
        method=Method(args.method),
        trim=args.trim,
        threshold=_decimal(args.threshold, "--threshold"),
        passing_grade=None
        if args.passing_grade is None
        else _decimal(args.passing_grade, "--passing-grade"),
        min_evaluations=args.min_evaluations,
        tie_break=tuple(
            TIE_BREAK.parse(t) or t.strip() for t in args.tie_break.split(",") if t.strip()
        ),
    )
    options.check()
    keys = [_accepted_key(text) for text in args.accept_key]
    packages = [open_package(Path(p)) for p in args.package]
    outputs = _outputs(args, packages[0].manifest.package_id)
    pair = chair_key(args)
    store = None
    if args.store:
        from app.merge.store import MergeStore

        store = MergeStore(args.store)
    desk = ChairDesk(store, options)  # the same steps as the chair's window
    try:
        _use_newest(desk, packages)
        desk.accept_keys(keys, translate("Cli", "accepted with juri merge --accept-key"))
        desk.add_paths(Path(p) for p in args.inputs)
        report = desk.merge()
        unbound = desk.unbound_keys()
    finally:
        desk.close()
    problem = other_versions_problem(report)
    if problem is not None:
        _print(args, report, None, None, unbound)
        raise CommandError(
            problem
            + ". "
            + translate(
                "Cli",
                "Give the newest version of the package with --package (results made for "
                "its earlier versions count under it); nothing was written.",
            ),
            code="older_package",
        )
    if not report.intake.accepted:
        _print(args, report, None, None, unbound)
        raise CommandError(
            translate(
                "Cli",
                "No result file was accepted, so there is nothing to merge; see the reasons above.",
            )
        )
    data = write_merged(report, pair, outputs["merged"])
    exports = _exports(report, outputs)
    _print(args, report, outputs["merged"], data, unbound, exports)
    return 0


def _use_newest(desk: ChairDesk, packages: Sequence[VerifiedPackage]) -> None:
    """Every --package given to the desk in turn, as the chair's window opens them: the
    newest version of the package is used whatever the order. Packages that are not
    versions of one package are refused: one merge ranks one package."""
    for index, package in enumerate(packages):
        if desk.use(package) is Switch.OTHER and index > 0:
            raise CommandError(
                translate(
                    "Cli",
                    "{first} and {other} are not versions of one package (made by juri "
                    "package amend from one another): give --package again only for the "
                    "versions of the package the results are for. Nothing was written.",
                ).format(first=packages[0].path.name, other=package.path.name),
                code="not_one_package",
            )


def _outputs(args: argparse.Namespace, package_id: str) -> dict[str, Path]:
    """The merged file and the spreadsheets, checked before any work (app/cli/outputs.py):
    never over an input, a key, a juror's signed result, or each other."""
    inputs: list[str | Path | None] = [*args.package, args.key]
    inputs += [p for p in args.inputs if not Path(p).is_dir()]
    wanted = {
        "merged": (args.output, f"{package_id}{paths.MERGED_SUFFIX}"),
        "xlsx": (args.xlsx, f"ranking-{package_id}.xlsx"),
        "csv": (args.csv, f"ranking-{package_id}.csv"),
        "csv-excel": (args.csv_excel, f"ranking-{package_id}-excel.csv"),
    }
    chosen: dict[str, Path] = {}
    for kind, (value, default) in wanted.items():
        if value or kind == "merged":  # -o is required: "" is the current folder, as elsewhere
            chosen[kind] = output_path(
                value,
                kind=kind,
                default_name=default,
                inputs=[*inputs, *chosen.values()],
                overwrite=args.overwrite,
            )
    return chosen


def _exports(report: MergeReport, outputs: dict[str, Path]) -> list[ExportReport]:
    """The workbook and CSV files asked for, each with the report of what it changed."""
    written = []
    if "xlsx" in outputs:
        from app.merge.workbook import write_xlsx

        written.append(write_xlsx(report, outputs["xlsx"]))
    if "csv" in outputs or "csv-excel" in outputs:
        from app.merge.csv_file import CsvStyle, write_csv

        for kind, style in (("csv", CsvStyle.PROGRAMS), ("csv-excel", CsvStyle.EXCEL)):
            if kind in outputs:
                written.append(write_csv(report, outputs[kind], style))
    return written


def _three(value: Fraction | None) -> str:
    return "–" if value is None else format_decimal(round_half_up(value, 3), 3)


def _print(
    args: argparse.Namespace,
    report: MergeReport,
    output: Path | None,
    data: bytes | None,
    unbound: tuple[str, ...] = (),
    exports: Sequence[ExportReport] = (),
) -> None:
    if args.json:
        _print_json(report, output, data, unbound, exports)
        return
    for verdict in report.intake.verdicts:
        claim = verdict.claim()
        reason = f"{verdict.reason}; {claim}" if claim else verdict.reason
        say(f"{verdict.name}: {verdict.status.label().upper()}: {reason}")
    for fingerprint in unbound:
        say(
            translate(
                "Cli",
                "Note: the key {fp} was accepted by an earlier version of Juri for no juror "
                "in particular, and counts for nobody now. Compare it with the jurors' signed "
                "paper sheets and accept it again for its juror: --accept-key "
                "JUROR_ID={fp}.",
            ).format(fp=fingerprint)
        )
    for key in report.intake.unused_keys:
        say(
            translate(
                "Cli", "Note: no file of juror {juror} is signed by the key {fp} accepted for them."
            ).format(juror=key.juror, fp=key.fingerprint)
        )
    counts = report.table.counts()
    say(
        translate(
            "Cli",
            "Coverage: {complete} complete, {progress} in progress, {blank} not "
            "started, {recused} recused, {missing} missing (of {total} assigned)",
        ).format(
            complete=counts[CellState.COMPLETE],
            progress=counts[CellState.IN_PROGRESS],
            blank=counts[CellState.NOT_STARTED],
            recused=counts[CellState.RECUSED],
            missing=counts[CellState.MISSING],
            total=sum(counts.values()),
        )
    )
    if output is None or data is None:  # nothing written: no ranking to show
        return
    grade = report.passing_grade
    if grade is None:  # no rule about a grade that is not there
        head = translate(
            "Cli",
            "Ranking ({method}; no passing grade in this round; complete evaluations "
            "needed: {minimum}):",
        ).format(method=report.options.method.label(), minimum=report.min_evaluations)
    else:
        head = translate(
            "Cli",
            "Ranking ({method}; passing grade {grade}, applied {rule}; complete "
            "evaluations needed: {minimum}):",
        ).format(
            method=report.options.method.label(),
            grade=format_decimal(grade, 2),
            rule=passing_rule_text(),
            minimum=report.min_evaluations,
        )
    say(head)
    other_method = report.options.method is not Method.MEAN
    if all(s.place is None for s in report.standings):
        say("  " + translate("Cli", "Nothing is ranked."))
    for standing in report.standings[: max(args.top, 0)]:
        if standing.place is None:
            break
        assert standing.score is not None and standing.mean is not None  # a ranked one has both
        submission = report.manifest.listed_submission(standing.code)
        marks = []
        if standing.decimals > SHOWN_DECIMALS:
            marks.append(translate("Cli", "equal at two decimals"))
        if standing.place.tie:
            marks.append(translate("Cli", "tie"))
        if standing.place.decided_by:
            marks.append(translate("Cli", "by {key}").format(key=standing.place.decided_by))
        if other_method:
            marks.append(
                translate("Cli", "mean {mean}").format(
                    mean=format_decimal(standing.mean, standing.mean_decimals)
                )
            )
        if standing.passes:
            marks.append(translate("Cli", "passes"))
        say(
            f"  {standing.place.rank:>3}  {standing.code:<14} "
            f"{format_decimal(standing.score, standing.decimals):>6}  "
            f"{standing.complete}/{standing.expected}  "
            f"{one_line(submission.title)[:48]}" + (f"  [{', '.join(marks)}]" if marks else "")
        )
    unranked = report.not_ranked
    if unranked:
        say(
            translate(
                "Cli", "Below the minimum number of complete evaluations ({minimum}):"
            ).format(minimum=report.min_evaluations)
        )
        for standing in unranked:
            say(f"  {standing.code}: {not_ranked_text(standing, report.min_evaluations)}")
    if report.disagreements:
        say(
            translate("Cli", "Disagreements (totals more than {n} points apart):").format(
                n=format_decimal(report.options.threshold, 2)
            )
        )
        for item in report.disagreements:
            say(
                f"  {item.code}: "
                + translate(
                    "Cli", "{spread} points ({low} {low_total} – {high} {high_total}): {suggestion}"
                ).format(
                    spread=format_decimal(item.spread, 2),
                    low=item.lowest[0],
                    low_total=format_decimal(item.lowest[1], 2),
                    high=item.highest[0],
                    high_total=format_decimal(item.highest[1], 2),
                    suggestion=item.suggestion(),
                )
            )
    else:
        say(
            translate("Cli", "No disagreements above {n} points.").format(
                n=format_decimal(report.options.threshold, 2)
            )
        )
    say(translate("Cli", "Reliability (Krippendorff's alpha, interval; ICC):"))
    for measured in report.reliability:
        view = translate("Cli", "weighted total") if measured.view == TOTAL else measured.view
        forms = ", ".join(
            f"{form} {_three(value)}" for form, value in measured.icc.items() if value is not None
        )
        say(
            f"  {view:<16} α {_three(measured.alpha)}"
            + (f"; {forms}" if forms else "")
            + f" ({measured.design_label()}) — {read(measured).text()}"
        )
    for line in advice(report.reliability):
        say("  " + line)
    say("  " + sources())
    say(
        translate("Cli", "Merged file written: {path} (SHA-256 {sha})").format(
            path=output, sha=hashlib.sha256(data).hexdigest()[:16]
        )
    )
    for export in exports:
        for line in export.lines():
            say(line)


def _reading_json(item: Reliability) -> dict[str, Any]:
    reading = read(item)
    return {
        "alpha": reading.alpha_band,
        "icc_form": reading.icc_form,
        "icc": reading.icc_band,
        "verdict": None if reading.verdict is None else reading.verdict.key,
        "below_chance": reading.below_chance,
        "text": reading.text(),
        "advice": reading.advice(),
    }


def _print_json(
    report: MergeReport,
    output: Path | None,
    data: bytes | None,
    unbound: tuple[str, ...],
    exports: Sequence[ExportReport] = (),
) -> None:
    def exact(value: Fraction | None) -> str | None:
        return None if value is None else str(round_half_up(value, 3))

    counts = report.table.counts()
    emit_json(
        {
            "files": [v.to_json() for v in report.intake.verdicts],
            "unused_keys": [key.to_json() for key in report.intake.unused_keys],
            "unbound_keys": list(unbound),
            "coverage": {state.value: counts[state] for state in CellState},
            "settings": report.settings_json(),
            "ranking": report.ranking_json(),
            "disagreements": [
                {
                    "submission": d.code,
                    "spread": str(round_half_up(d.spread)),
                    "lowest": d.lowest[0],
                    "highest": d.highest[0],
                    "suggestion": d.suggestion(),
                }
                for d in report.disagreements
            ],
            "reliability": [
                {
                    "view": r.view or "total",
                    "alpha": exact(r.alpha),
                    "icc": {k: exact(v) for k, v in r.icc.items()},
                    "design": r.design,
                    "submissions": r.submissions,
                    "paired": r.paired,
                    "reading": _reading_json(r),
                }
                for r in report.reliability
            ],
            "merged_file": None if output is None else str(output),
            "sha256": None if data is None else hashlib.sha256(data).hexdigest(),
            "exports": [export.to_json() for export in exports],
        }
    )
