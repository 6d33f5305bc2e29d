"""``juri sheets``: print evaluation sheets as PDF, blank (for paper) or filled (for signing)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli.common import CommandError, Commands, add_expect_key_option, check_expected_key, say
from app.cli.final_cmd import register_recap
from app.cli.outputs import add_overwrite_option, add_pdf_output_option
from app.cli.recap_options import add_meeting_options, meeting_options, pdf_output
from app.formats.result import MAX_RESULT_BYTES
from app.i18n import os_problem, translate
from app.package.reader import open_package


def register(commands: Commands) -> None:
    sheets = commands.add_parser(
        "sheets", help=translate("Cli", "print evaluation sheets as PDF (blank or filled)")
    )
    sub = sheets.add_subparsers(
        dest="sheets_command", metavar=translate("Cli", "ACTION"), required=True
    )

    blank = sub.add_parser(
        "blank",
        help=translate("Cli", "blank evaluation sheets for scoring on paper"),
        description=translate(
            "Cli",
            "Print a blank evaluation sheet for every juror and submission the package "
            "assigns (or only the chosen ones), one sheet after another in one PDF. Each sheet "
            "carries a QR code naming package, submission and juror, so the scores written on it "
            "are easily typed into Juri afterwards.",
        ),
    )
    blank.add_argument(
        "package", metavar=translate("Cli", "PKG"), help=translate("Cli", "the package file")
    )
    blank.add_argument(
        "--juror",
        action="append",
        default=[],
        metavar="ID",
        help=translate("Cli", "only this juror's sheets (repeat, or separate ids with commas)"),
    )
    _submission_filter(blank)
    add_pdf_output_option(blank)
    add_overwrite_option(blank)
    blank.set_defaults(handler=run_blank)

    filled = sub.add_parser(
        "filled",
        help=translate("Cli", "a juror's evaluations as sheets to sign"),
        description=translate(
            "Cli",
            "Print one filled evaluation sheet per submission in a juror's result file, "
            "with the scores, comments, weighted total and the juror's key fingerprint, ready for "
            "a wet signature. The result file must verify against the package first.",
        ),
    )
    filled.add_argument(
        "result",
        metavar=translate("Cli", "RESULT"),
        help=translate("Cli", "the juror's signed result file"),
    )
    filled.add_argument(
        "--package",
        required=True,
        metavar=translate("Cli", "PKG"),
        help=translate("Cli", "the package file the result is for"),
    )
    _submission_filter(filled)
    add_pdf_output_option(filled)
    add_overwrite_option(filled)
    filled.set_defaults(handler=run_filled)

    recap = sub.add_parser(
        "recap",
        help=translate(
            "Cli", "the panel's signed recapitulation (berita acara) from the merged file"
        ),
        description=translate(
            "Cli",
            "Print the recapitulation and ranking of a round from the chair's signed merged "
            "file: method, ranking overall and per group and cluster, passing grade, "
            "disagreements, the result files with their status, each juror's spread of totals, and "
            "signature blocks. The merged file's signature is checked and its ranking recomputed "
            "first. Give the result files that were merged with --results to list the refused ones "
            "with their reasons too.",
        ),
    )
    recap.add_argument(
        "merged",
        metavar=translate("Cli", "MERGED"),
        help=translate("Cli", "the chair's signed merged file (.juri-merged.json)"),
    )
    recap.add_argument(
        "--package",
        required=True,
        metavar=translate("Cli", "PKG"),
        help=translate("Cli", "the package file the results are for"),
    )
    add_pdf_output_option(recap)
    recap.add_argument(
        "--results",
        action="append",
        default=[],
        metavar=translate("Cli", "RESULT_OR_DIR"),
        help=translate(
            "Cli",
            "the result files (or folders) that were merged, to list refused files and "
            "their reasons; may be repeated",
        ),
    )
    add_expect_key_option(
        recap, translate("Cli", "refuse unless the merged file is signed by this chair's key")
    )
    add_meeting_options(
        recap,
        translate("Cli", "a panel member who signs (repeat; default: every juror of the roster)"),
    )
    add_overwrite_option(recap)
    recap.set_defaults(handler=run_recap)

    register_recap(sub)  # juri sheets final: the final line-up across rounds


def _ids(values: list[str]) -> list[str]:
    """``["J01,J02", "J03"]`` → ``["J01", "J02", "J03"]``, without repeats."""
    seen: dict[str, None] = {}
    for value in values:
        for part in value.split(","):
            if part.strip():
                seen[part.strip()] = None
    return list(seen)


def _read(path: Path, limit: int, too_large: str) -> bytes:
    """The file's bytes, refused with ``too_large`` beyond ``limit`` before reading any."""
    try:
        if path.stat().st_size > limit:
            raise CommandError(too_large)
        return path.read_bytes()
    except OSError as exc:
        raise CommandError(
            translate("Cli", "Cannot read {path}: {error}").format(path=path, error=os_problem(exc))
        ) from exc


def _progress() -> Callable[[int, int], None] | None:
    """A counter on the terminal for long batches (nothing when the output is redirected)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        text = translate("Cli", "Sheets: {done} of {total}").format(done=done, total=total)
        print("\r" + text, end="\n" if done == total else "", file=sys.stderr, flush=True)

    return show


def run_blank(args: argparse.Namespace) -> int:
    from app.reports.sheets import assigned_pairs, write_blank_sheets

    output = pdf_output(args, "sheets-blank.pdf")
    package = open_package(Path(args.package))
    pairs = assigned_pairs(package.manifest, _ids(args.juror), _ids(args.submission))
    report = write_blank_sheets(package.manifest, output, pairs, progress=_progress())
    say(translate("Cli", "Blank sheets written: {path}").format(path=report.path))
    say(
        translate("Cli", "{sheets} sheets, {pages} pages.").format(
            sheets=report.sheets, pages=report.pages
        )
    )
    return 0


def run_filled(args: argparse.Namespace) -> int:
    from app.reports.sheets import write_filled_sheets

    output = pdf_output(args, "sheets-filled.pdf", args.result)
    path = Path(args.result)
    data = _read(
        path,
        MAX_RESULT_BYTES,
        translate("Cli", "{path} is too large to be a result file.").format(path=path),
    )
    package = open_package(Path(args.package))
    report = write_filled_sheets(
        package, data, output, submissions=_ids(args.submission), progress=_progress()
    )
    say(translate("Cli", "Filled sheets written: {path}").format(path=report.path))
    say(
        translate("Cli", "{sheets} sheets, {pages} pages.").format(
            sheets=report.sheets, pages=report.pages
        )
    )
    return 0


def run_recap(args: argparse.Namespace) -> int:
    from app.merge.intake import read_inputs
    from app.merge.merged_file import MAX_MERGED_BYTES
    from app.reports.recap import write_recap
    from app.reports.recap_from_merge import check_merged, recap_data

    output = pdf_output(args, "recap.pdf", args.merged, *args.results)
    path = Path(args.merged)
    data = _read(
        path,
        MAX_MERGED_BYTES,
        translate("Cli", "{path} is too large to be a merged file.").format(path=path),
    )
    options = meeting_options(args)
    package = open_package(Path(args.package))
    merged = check_merged(
        path.name,
        data,
        package.manifest,
        package.manifest_sha256,
        read_inputs(Path(p) for p in args.results),
    )
    check_expected_key(args, merged.chair_fingerprint, path.name)
    report = write_recap(recap_data(merged, options), output)
    say(translate("Cli", "Recapitulation written: {path}").format(path=output))
    say(
        translate(
            "Cli",
            "The merged file is signed by the key {fp}: compare it with the "
            "fingerprint the chair reads out.",
        ).format(fp=merged.chair_fingerprint)
    )
    say(translate("Cli", "{pages} pages.").format(pages=report.pages))
    return 0


def _submission_filter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--submission",
        action="append",
        default=[],
        metavar=translate("Cli", "CODE"),
        help=translate(
            "Cli", "only the sheets of this submission (repeat, or separate codes with commas)"
        ),
    )
