"""``juri merge``: the chair's merge from the command line (the same service as the window)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app import paths
from app.cli.common import (
    CommandError,
    add_passphrase_option,
    emit_json,
    read_passphrase,
    say,
)
from app.crypto.keys import KeyPair, read_private_key
from app.domain.numbers import parse_decimal, round_half_up
from app.i18n import format_decimal, translate
from app.merge.agreement import TOTAL
from app.merge.desk import ChairDesk
from app.merge.methods import Method
from app.merge.ranking import DEFAULT_TIE_BREAK
from app.merge.service import DEFAULT_THRESHOLD, MergeOptions, MergeReport, write_merged
from app.merge.table import CellState
from app.package.reader import open_package

TOP = 10


def register(commands) -> None:
    parser = commands.add_parser("merge", help=translate(
        "Cli", "merge the jurors' result files into a signed ranking (panel chair)"),
        description=translate(
        "Cli", "Check every result file (and earlier merged files) against the package, keep "
        "each juror's newest genuine result, rank the submissions, flag disagreements, measure "
        "reliability, and write the merged file signed with the chair's key. Every file is "
        "listed with its status and the reason."))
    parser.add_argument("inputs", nargs="*", metavar=translate("Cli", "RESULT_OR_DIR"),
                        help=translate("Cli", "result files, merged files, or folders of them"))
    parser.add_argument("--package", required=True, metavar=translate("Cli", "PKG"),
                        help=translate("Cli", "the package file the results are for"))
    parser.add_argument("-o", "--output", required=True, metavar=translate("Cli", "OUT"),
                        help=translate("Cli", "the merged file to write"))
    parser.add_argument("--key", metavar=translate("Cli", "CHAIR_KEY"), help=translate(
        "Cli", "the chair's private key file (default: this workspace's key)"))
    parser.add_argument("--method", choices=[m.value for m in Method], default=Method.MEAN.value,
                        help=translate("Cli", "how jurors' totals combine (default: mean)"))
    parser.add_argument("--trim", type=int, default=1, metavar="N", help=translate(
        "Cli", "for --method trimmed: totals dropped at each end (default: 1)"))
    parser.add_argument("--accept-key", action="append", default=[],
                        metavar=translate("Cli", "FINGERPRINT"), help=translate(
        "Cli", "accept results signed by this key although the roster has another key for the "
        "juror (compare it with the juror's signed paper sheet first); may be repeated"))
    parser.add_argument("--threshold", default=str(DEFAULT_THRESHOLD), metavar="N",
                        help=translate("Cli", "flag submissions whose jurors' totals differ by "
                                       "more than N points (default: 20)"))
    parser.add_argument("--passing-grade", metavar="N", help=translate(
        "Cli", "the passing grade (default: the round's)"))
    parser.add_argument("--tie-break", default=",".join(DEFAULT_TIE_BREAK),
                        metavar=translate("Cli", "LIST"), help=translate(
        "Cli", "comma-separated tie-break order: criterion codes, 'weights' (heaviest criterion "
        "first) and 'evaluations' (more complete evaluations first); default: "
        "weights,evaluations"))
    parser.add_argument("--xlsx", metavar=translate("Cli", "FILE"),
                        help=translate("Cli", "also write the ranking and its details as XLSX"))
    parser.add_argument("--csv", metavar=translate("Cli", "FILE"),
                        help=translate("Cli", "also write the ranking as CSV"))
    parser.add_argument("--store", metavar="URL", help=translate(
        "Cli", "keep the files and decisions in a merge store (a SQLite file, or a SQLAlchemy "
        "URL such as postgresql+psycopg://user@host/db) and merge everything kept there"))
    parser.add_argument("--top", type=int, default=TOP, metavar="N", help=translate(
        "Cli", "how many places of the ranking to print (default: 10)"))
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    add_passphrase_option(parser)
    parser.set_defaults(handler=run_merge)


def _decimal(value: str | None, option: str):
    if value is None:
        return None
    try:
        return parse_decimal(value, allow_comma=True)
    except ValueError:
        raise CommandError(translate("Cli", "{option} needs a number, not '{value}'.").format(
            option=option, value=value)) from None


def _chair_key(args) -> KeyPair:
    if args.key:
        return read_private_key(Path(args.key),
                                read_passphrase(args, translate("Cli", "Passphrase of the key: ")))
    folder = Path(args.workspace) if args.workspace else paths.default_workspace_dir()
    if (folder / "workspace.sqlite3").is_file():
        from app.services.wiring import open_workspace

        with open_workspace(folder) as ws:
            identity = ws.identity.get()
            if identity is not None:
                return read_private_key(identity.key_file, read_passphrase(
                    args, translate("Cli", "Passphrase of your key: ")))
    raise CommandError(translate(
        "Cli", "The merged file must be signed: give the chair's key with --key FILE (make one "
        "with 'juri keys new --out chair.key')."))


def run_merge(args) -> int:
    if not args.inputs and not args.store:
        raise CommandError(translate(
            "Cli", "Give result files or folders to merge (or --store to merge a store)."))
    options = MergeOptions(
        method=Method(args.method), trim=args.trim,
        threshold=_decimal(args.threshold, "--threshold"),
        passing_grade=_decimal(args.passing_grade, "--passing-grade"),
        tie_break=tuple(t.strip() for t in args.tie_break.split(",") if t.strip()),
        accepted_keys=tuple(dict.fromkeys(k.strip().upper() for k in args.accept_key)))
    options.check()
    package = open_package(Path(args.package))
    pair = _chair_key(args)
    store = None
    if args.store:
        from app.merge.store import MergeStore

        store = MergeStore(args.store)
    desk = ChairDesk(store, options)  # the same steps as the chair's window
    try:
        desk.use(package)
        for fingerprint in options.accepted_keys:
            desk.accept_key(fingerprint)
        desk.add_paths(Path(p) for p in args.inputs)
        report = desk.merge()
    finally:
        desk.close()
    if not report.intake.accepted:
        _print(args, report, None, None)
        raise CommandError(translate(
            "Cli", "No result file was accepted, so there is nothing to merge; see the reasons "
            "above."))
    data = write_merged(report, pair, Path(args.output))
    if args.xlsx:
        from app.merge.spreadsheet import write_xlsx

        write_xlsx(report, Path(args.xlsx))
    if args.csv:
        from app.merge.spreadsheet import write_csv

        write_csv(report, Path(args.csv))
    _print(args, report, Path(args.output), data)
    return 0


def _three(value) -> str:
    return "–" if value is None else format_decimal(round_half_up(value, 3), 3)


def _print(args, report: MergeReport, output: Path | None, data: bytes | None) -> None:
    if args.json:
        _print_json(report, output, data)
        return
    for verdict in report.intake.verdicts:
        say(f"{verdict.name}: {verdict.status.label().upper()}: {verdict.reason}")
    for fingerprint in report.intake.unused_keys:
        say(translate("Cli", "Note: no file is signed by the accepted key {fp}.").format(
            fp=fingerprint))
    counts = report.table.counts()
    say(translate("Cli", "Coverage: {complete} complete, {progress} in progress, {blank} not "
                  "started, {recused} recused, {missing} missing (of {total} assigned)").format(
        complete=counts[CellState.COMPLETE], progress=counts[CellState.IN_PROGRESS],
        blank=counts[CellState.NOT_STARTED], recused=counts[CellState.RECUSED],
        missing=counts[CellState.MISSING], total=sum(counts.values())))
    if output is None:
        return
    grade = report.passing_grade
    say(translate("Cli", "Ranking ({method}; passing grade {grade}):").format(
        method=report.options.method.label(),
        grade="–" if grade is None else format_decimal(grade, 2)))
    for standing in report.standings[:max(args.top, 0)]:
        if standing.place is None:
            break
        submission = report.manifest.submission(standing.code)
        marks = []
        if standing.place.tie:
            marks.append(translate("Cli", "tie"))
        if standing.place.decided_by:
            marks.append(translate("Cli", "by {key}").format(key=standing.place.decided_by))
        if standing.passes:
            marks.append(translate("Cli", "passes"))
        say(f"  {standing.place.rank:>3}  {standing.code:<14} "
            f"{format_decimal(standing.score, 2):>6}  {standing.complete}/{standing.expected}  "
            f"{submission.title[:48]}" + (f"  [{', '.join(marks)}]" if marks else ""))
    unranked = [s.code for s in report.standings if s.place is None]
    if unranked:
        say(translate("Cli", "Not ranked (no complete evaluation): {codes}").format(
            codes=", ".join(unranked)))
    if report.disagreements:
        say(translate("Cli", "Disagreements (totals more than {n} points apart):").format(
            n=format_decimal(report.options.threshold, 2)))
        for item in report.disagreements:
            say(f"  {item.code}: " + translate(
                "Cli", "{spread} points ({low} {low_total} – {high} {high_total}): "
                "{suggestion}").format(
                spread=format_decimal(item.spread, 2), low=item.lowest[0],
                low_total=format_decimal(item.lowest[1], 2), high=item.highest[0],
                high_total=format_decimal(item.highest[1], 2), suggestion=item.suggestion()))
    else:
        say(translate("Cli", "No disagreements above {n} points.").format(
            n=format_decimal(report.options.threshold, 2)))
    say(translate("Cli", "Reliability (Krippendorff's alpha, interval; ICC):"))
    for item in report.reliability:
        view = translate("Cli", "weighted total") if item.view == TOTAL else item.view
        forms = ", ".join(f"{form} {_three(value)}" for form, value in item.icc.items()
                          if value is not None)
        say(f"  {view:<16} α {_three(item.alpha)}" + (f"; {forms}" if forms else "")
            + f" ({item.design_label()})")
    say(translate("Cli", "Merged file written: {path} (SHA-256 {sha})").format(
        path=output, sha=hashlib.sha256(data).hexdigest()[:16]))


def _print_json(report: MergeReport, output: Path | None, data: bytes | None) -> None:
    def exact(value) -> str | None:
        return None if value is None else str(round_half_up(value, 3))

    counts = report.table.counts()
    emit_json({
        "files": [v.to_json() for v in report.intake.verdicts],
        "unused_keys": report.intake.unused_keys,
        "coverage": {state.value: counts[state] for state in CellState},
        "settings": report.settings_json(),
        "ranking": report.ranking_json(),
        "disagreements": [{"submission": d.code, "spread": str(round_half_up(d.spread)),
                           "lowest": d.lowest[0], "highest": d.highest[0],
                           "suggestion": d.suggestion()} for d in report.disagreements],
        "reliability": [{"view": r.view or "total", "alpha": exact(r.alpha),
                         "icc": {k: exact(v) for k, v in r.icc.items()}, "design": r.design,
                         "submissions": r.submissions} for r in report.reliability],
        "merged_file": None if output is None else str(output),
        "sha256": None if data is None else hashlib.sha256(data).hexdigest(),
    })
