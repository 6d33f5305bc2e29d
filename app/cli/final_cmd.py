"""``juri final``: the chair's final line-up across rounds, made, verified and printed.

``juri final make`` checks each round's merged file with its package, the chain of rounds, and
combines them as the rubric file's final section says; ``juri final verify`` does the same
for a signed final file and refuses it unless it is exactly what the merged files give;
``juri sheets final`` (registered with the other sheets, made here) prints the berita acara.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import (
    CommandError,
    Commands,
    add_passphrase_option,
    check_expected_key,
    emit_json,
    say,
)
from app.cli.outputs import add_overwrite_option, add_pdf_output_option, output_path
from app.cli.recap_options import add_meeting_options, meeting_options, pdf_output
from app.domain.text import one_line
from app.i18n import format_decimal, os_problem, translate

if TYPE_CHECKING:  # imported by the verbs that use them: not at start
    from collections.abc import Callable

    from app.merge.intake import InputFile
    from app.merge.ranking import Place
    from app.package.reader import VerifiedPackage
    from app.rounds.lineup import FinalStanding, LineUp

TOP = 20


def register(commands: Commands) -> None:
    final = commands.add_parser(
        "final",
        help=translate(
            "Cli", "the final line-up across rounds, signed by the chair (make, verify)"
        ),
    )
    sub = final.add_subparsers(
        dest="final_command", metavar=translate("Cli", "ACTION"), required=True
    )

    make = sub.add_parser(
        "make",
        help=translate("Cli", "combine the rounds' merged files into the signed final line-up"),
        description=translate(
            "Cli",
            "Check each round's merged file with its package (signature, every result, the "
            "ranking merged again), check that the rounds form one chain (each next round's "
            "package was shortlisted from the merged file given for the round before), combine "
            "the rounds as the rubric file's final section says, rank overall, per group and per "
            "cluster, and write the final file signed with the chair's key. It names every merged "
            "file it rests on.",
        ),
    )
    make.add_argument(
        "merged",
        nargs="+",
        metavar=translate("Cli", "MERGED"),
        help=translate(
            "Cli", "the chair's merged file of every round, from the first (.juri-merged.json)"
        ),
    )
    _round_options(make)
    make.add_argument(
        "--rubric",
        required=True,
        metavar="JSON",
        help=translate("Cli", "the competition's rubric file, with its final section"),
    )
    make.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("Cli", "OUT"),
        help=translate("Cli", "the final file to write (.juri-final.json)"),
    )
    make.add_argument(
        "--key",
        metavar=translate("Cli", "CHAIR_KEY"),
        help=translate("Cli", "the chair's private key file (default: this workspace's key)"),
    )
    make.add_argument(
        "--xlsx",
        metavar=translate("Cli", "FILE"),
        help=translate(
            "Cli", "also write the line-up, per group, per cluster and the rounds as XLSX"
        ),
    )
    make.add_argument(
        "--top",
        type=int,
        default=TOP,
        metavar="N",
        help=translate("Cli", "how many places of the line-up to print (default: 20)"),
    )
    make.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    add_overwrite_option(make)
    add_passphrase_option(make)
    make.set_defaults(handler=run_make)

    verify = sub.add_parser(
        "verify",
        help=translate("Cli", "check a signed final line-up against the rounds' merged files"),
        description=translate(
            "Cli",
            "Check the final file's signature, check the merged files and packages it rests "
            "on as 'juri final make' does, combine them again under the rule the file records, "
            "and accept the file only when it is exactly what they give.",
        ),
    )
    verify.add_argument(
        "final",
        metavar=translate("Cli", "FINAL"),
        help=translate("Cli", "the signed final file (.juri-final.json)"),
    )
    verify.add_argument(
        "merged",
        nargs="+",
        metavar=translate("Cli", "MERGED"),
        help=translate("Cli", "the merged file of every round it rests on"),
    )
    _round_options(verify)
    verify.add_argument(
        "--rubric",
        metavar="JSON",
        help=translate(
            "Cli", "also check that the rule applied is the rubric file's final section"
        ),
    )
    _expect_key_option(verify)
    verify.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    verify.set_defaults(handler=run_verify)


def _round_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--package",
        action="append",
        required=True,
        metavar=translate("Cli", "PKG"),
        help=translate("Cli", "the package of a round (repeat: one per merged file)"),
    )


def _expect_key_option(parser: argparse.ArgumentParser) -> None:
    from app.cli.common import add_expect_key_option

    add_expect_key_option(
        parser, translate("Cli", "refuse unless the final file is signed by this chair's key")
    )


def register_recap(sheets: Commands) -> None:
    """``juri sheets final``, beside the other printed sheets."""
    recap = sheets.add_parser(
        "final",
        help=translate("Cli", "the panel's berita acara of the final line-up across rounds"),
        description=translate(
            "Cli",
            "Print the final line-up from the chair's signed final file: the rule, the "
            "rounds and merged files it rests on, the ranking overall with each round's score, per "
            "group, per cluster with each cluster at a glance (for fair representation), the "
            "submissions that take no place and why, and signature blocks. The final file is "
            "verified first as 'juri final verify' does.",
        ),
    )
    recap.add_argument(
        "final",
        metavar=translate("Cli", "FINAL"),
        help=translate("Cli", "the signed final file (.juri-final.json)"),
    )
    recap.add_argument(
        "merged",
        nargs="+",
        metavar=translate("Cli", "MERGED"),
        help=translate("Cli", "the merged file of every round it rests on"),
    )
    _round_options(recap)
    recap.add_argument(
        "--rubric",
        metavar="JSON",
        help=translate(
            "Cli",
            "check that the rule applied is the rubric file's final section (without it, the "
            "berita acara says the rule was not checked)",
        ),
    )
    _expect_key_option(recap)
    add_pdf_output_option(recap)
    add_meeting_options(
        recap,
        translate(
            "Cli",
            "a panel member who signs (repeat; default: every juror of the last round's roster)",
        ),
    )
    add_overwrite_option(recap)
    recap.set_defaults(handler=run_recap)


# --- reading what was given ------------------------------------------------------------------


def _inputs(args: argparse.Namespace) -> tuple[list[InputFile], list[VerifiedPackage]]:
    """The merged files and the packages, read (every package verified in full)."""
    from app.merge.intake import read_inputs
    from app.package.reader import open_package

    merged = read_inputs(Path(p) for p in args.merged)
    packages = [open_package(Path(p)) for p in args.package]
    return merged, packages


def _final_bytes(path: Path) -> bytes:
    from app.rounds.final_file import MAX_FINAL_BYTES

    try:
        if path.stat().st_size > MAX_FINAL_BYTES:
            raise CommandError(
                translate("Cli", "{path} is too large to be a final file.").format(path=path)
            )
        return path.read_bytes()
    except OSError as exc:
        raise CommandError(
            translate("Cli", "Cannot read {path}: {error}").format(path=path, error=os_problem(exc))
        ) from exc


# --- make ------------------------------------------------------------------------------------


def run_make(args: argparse.Namespace) -> int:
    from app.cli.merge_cmd import chair_key
    from app.formats.rubric_file import read_final_rule
    from app.rounds.final import make_lineup
    from app.rounds.final_file import write_final

    inputs = [*args.merged, *args.package, args.rubric, args.key]
    output = output_path(
        args.output,
        kind="final",
        default_name="final.juri-final.json",
        inputs=inputs,
        overwrite=args.overwrite,
    )
    xlsx = (
        None
        if not args.xlsx
        else output_path(
            args.xlsx,
            kind="xlsx",
            default_name="final.xlsx",
            inputs=[*inputs, output],
            overwrite=args.overwrite,
        )
    )
    rubric = read_final_rule(Path(args.rubric))
    merged, packages = _inputs(args)
    pair = chair_key(args)
    lineup = make_lineup(merged, packages, rubric)
    data = write_final(lineup, pair, output)
    if xlsx is not None:
        from app.rounds.final_sheets import write_final_xlsx

        write_final_xlsx(lineup, xlsx)
    if args.json:
        _print_json(lineup, data, str(output))
    else:
        _print(lineup, args.top)
        say(
            translate("Cli", "Final file written: {path} (SHA-256 {sha})").format(
                path=output, sha=hashlib.sha256(data).hexdigest()[:16]
            )
        )
    return 0


def _print(lineup: LineUp, top: int) -> None:
    from app.rounds.final_sheets import cluster_members, role_text
    from app.rounds.lineup import evaluations_text, not_ranked_note, place_note, rule_text

    say(translate("Cli", "Rounds, from the first:"))
    for number, record in enumerate(lineup.rounds, start=1):
        say(
            f"  {number}. {record.label}: "
            + translate(
                "Cli",
                "package {package}, merged file {name} (SHA-256 {sha}…) signed by {fp}; "
                "{ranked} of {total} ranked, {evaluations}; {role}",
            ).format(
                package=record.manifest.package_id,
                name=Path(record.name).name,
                sha=record.sha256[:16],
                fp=record.chair_fingerprint,
                ranked=sum(1 for s in record.report.standings if s.place is not None),
                total=len(record.manifest.submissions),
                evaluations=evaluations_text(record),
                role=role_text(lineup, record.round_id),
            )
        )
    _say_warnings(lineup)
    say(translate("Cli", "Rule: {rule}").format(rule=rule_text(lineup)))
    say(
        translate("Cli", "Final line-up ({ranked} of {total} ranked):").format(
            ranked=len(lineup.ranked), total=len(lineup.standings)
        )
    )
    if not lineup.ranked:
        say("  " + translate("Cli", "Nothing is ranked."))
    for standing in lineup.ranked[: max(top, 0)]:
        say(_line(lineup, standing, standing.place, place_note(lineup, standing)))
    say(translate("Cli", "Per cluster:"))
    for name, entered, members in cluster_members(lineup):
        ranks = [s.place.rank for s in members if s.place is not None]
        say(
            "  "
            + translate(
                "Cli",
                "{cluster}: {entered} in round {first}, {count} in the final round, "
                "{ranked} ranked, places {ranks}",
            ).format(
                cluster=name or "–",
                entered=entered,
                first=lineup.rounds[0].round_id,
                count=len(members),
                ranked=len(ranks),
                ranks=", ".join(map(str, ranks)) or "–",
            )
        )
        _say_members(lineup, members, lambda s: s.cluster_place)
    manifest = lineup.manifest
    if manifest.groups:
        say(translate("Cli", "Per group:"))
    for group in manifest.groups:
        members = [s for s in lineup.standings if manifest.listed_submission(s.code).group == group]
        ranked = sum(s.group_place is not None for s in members)
        say(
            "  "
            + translate("Cli", "{group}: {count} in the final round, {ranked} ranked").format(
                group=group, count=len(members), ranked=ranked
            )
        )
        _say_members(lineup, members, lambda s: s.group_place)
    if lineup.not_ranked:
        say(translate("Cli", "Not ranked:"))
        for standing in lineup.not_ranked:
            say(f"  {standing.code}: {not_ranked_note(lineup, standing)}")
    _say_warnings(lineup)  # again under the line-up, where the eye ends


def _say_members(
    lineup: LineUp,
    members: list[FinalStanding],
    place_of: Callable[[FinalStanding], Place | None],
) -> None:
    """The ranked ones of a cluster's or group's line-up, at their place in it, each with its
    overall place."""
    from app.rounds.lineup import place_note

    for standing in members:
        place = place_of(standing)
        if place is not None and standing.place is not None:
            overall = translate("Cli", "overall {rank}").format(rank=standing.place.rank)
            note = place_note(lineup, standing, place)
            say("  " + _line(lineup, standing, place, "; ".join(p for p in (overall, note) if p)))


def _say_warnings(lineup: LineUp) -> None:
    from app.rounds.lineup import lineup_warnings

    for warning in lineup_warnings(lineup):
        say("!! " + warning)


def _line(lineup: LineUp, standing: FinalStanding, place: Place | None, note: str) -> str:
    """A ranked candidate's line, at ``place`` (overall, or in its cluster or group)."""
    assert place is not None and standing.score is not None  # ranked: placed and scored
    rounds = " · ".join(
        f"{record.round_id} "
        + (
            "–"
            if found is None or found.score is None or found.place is None
            else f"{format_decimal(found.score, found.decimals)} (#{found.place.rank})"
        )
        for record, found in zip(lineup.rounds, standing.rounds, strict=True)
    )
    title = one_line(lineup.manifest.listed_submission(standing.code).title)[:40]
    return (
        f"  {place.rank:>3}  {standing.code:<14} "
        f"{format_decimal(standing.score, standing.decimals):>6}  {title}  [{rounds}]"
        + (f"  [{note}]" if note else "")
    )


def _print_json(lineup: LineUp, data: bytes, output: str | None) -> None:
    import json

    from app.rounds.lineup import lineup_warnings, place_note, rule_text

    payload = json.loads(data)["payload"]  # as just signed and written
    notes = {s.code: place_note(lineup, s) for s in lineup.standings}
    emit_json(
        {
            "final_file": output,
            "sha256": hashlib.sha256(data).hexdigest(),
            "rule": payload["rule"],
            "rule_text": rule_text(lineup),
            "warnings": lineup_warnings(lineup),
            "rounds": payload["rounds"],
            "ranking": [{**row, "note": notes[row["submission"]]} for row in payload["ranking"]],
        }
    )


# --- verify ----------------------------------------------------------------------------------


def run_verify(args: argparse.Namespace) -> int:
    from app.cli.common import check_expected_key
    from app.errors import JuriError
    from app.formats.rubric_file import read_final_rule
    from app.rounds.final import check_final
    from app.rounds.lineup import evaluations_text, lineup_warnings, rule_text

    path = Path(args.final)
    try:
        data = _final_bytes(path)
        rubric = read_final_rule(Path(args.rubric)) if args.rubric else None
        merged, packages = _inputs(args)
        document, lineup = check_final(path.name, data, merged, packages, rubric)
        check_expected_key(args, document.chair_fingerprint, path.name)  # --expect-key
    except JuriError as exc:
        if not args.json:
            raise
        emit_json(
            {"final_file": str(path), "status": "refused", "code": exc.code, "reason": exc.message}
        )
        return 1
    if args.json:
        emit_json(
            {
                "final_file": str(path),
                "status": "valid",
                "sha256": hashlib.sha256(data).hexdigest(),
                "chair_fingerprint": document.chair_fingerprint,
                "rounds": document.payload["rounds"],
                "ranked": len(lineup.ranked),
                "not_ranked": len(lineup.not_ranked),
                "rule_checked": rubric is not None,
                "warnings": lineup_warnings(lineup),
            }
        )
        return 0
    say(
        translate(
            "Cli",
            "{name}: VALID: signed by {fp} ({chair}); the line-up follows from "
            "these merged files under its rule:",
        ).format(name=path.name, fp=document.chair_fingerprint, chair=document.chair_name or "–")
    )
    for record in lineup.rounds:
        say(
            f"  {record.label}: "
            + translate(
                "Cli",
                "{name} (SHA-256 {sha}…), package {package}, signed by {fp}; {ranked} of "
                "{total} ranked, {evaluations}",
            ).format(
                name=Path(record.name).name,
                sha=record.sha256[:16],
                package=record.manifest.package_id,
                fp=record.chair_fingerprint,
                ranked=sum(1 for s in record.report.standings if s.place is not None),
                total=len(record.manifest.submissions),
                evaluations=evaluations_text(record),
            )
        )
    say(translate("Cli", "Rule: {rule}").format(rule=rule_text(lineup)))
    _say_rule_checked(rubric is not None)
    say(
        translate("Cli", "{ranked} ranked, {unranked} not ranked.").format(
            ranked=len(lineup.ranked), unranked=len(lineup.not_ranked)
        )
    )
    _say_warnings(lineup)
    return 0


def _say_rule_checked(checked: bool) -> None:
    if checked:
        say(translate("Cli", "The rule is the rubric file's final section (checked)."))
    else:
        say(rule_not_checked_text())


def rule_not_checked_text() -> str:
    return translate(
        "Cli",
        "The rule was NOT checked against the rubric file: it is the rule the final file "
        "records. Give --rubric to check that it is the rubric file's final section.",
    )


# --- the berita acara ------------------------------------------------------------------------


def run_recap(args: argparse.Namespace) -> int:
    from app.formats.rubric_file import read_final_rule
    from app.reports.final_recap import write_final_recap
    from app.rounds.final import check_final
    from app.rounds.final_recap import final_recap_data

    output = pdf_output(
        args, "final-recap.pdf", args.final, *args.merged, *filter(None, [args.rubric])
    )
    path = Path(args.final)
    data = _final_bytes(path)
    options = meeting_options(args)
    rubric = read_final_rule(Path(args.rubric)) if args.rubric else None
    merged, packages = _inputs(args)
    document, lineup = check_final(path.name, data, merged, packages, rubric)
    check_expected_key(args, document.chair_fingerprint, path.name)
    report = write_final_recap(
        final_recap_data(
            lineup, document, hashlib.sha256(data).hexdigest(), options, rule_checked=bool(rubric)
        ),
        output,
    )
    say(translate("Cli", "Final berita acara written: {path}").format(path=output))
    say(translate("Cli", "{pages} pages.").format(pages=report.pages))
    _say_rule_checked(rubric is not None)
    _say_warnings(lineup)
    return 0
