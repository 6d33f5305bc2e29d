"""What a printed sheet or berita acara asks on the command line, shared by ``juri sheets``
and ``juri final recap``: the meeting (place, date, who signs) and the PDF to write."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import one_line_text
from app.cli.outputs import output_path
from app.i18n import translate

if TYPE_CHECKING:  # imported by the verbs that print a recap: not at start
    from app.reports.recap_from_merge import RecapOptions


MAX_MEETING_TEXT = 200  # a place or a name on one line of the berita acara


_meeting_text = one_line_text(MAX_MEETING_TEXT)


def add_meeting_options(parser: argparse.ArgumentParser, members_help: str) -> None:
    """What a berita acara says of the meeting: place, date, who signs."""
    parser.add_argument(
        "--place",
        default="",
        type=_meeting_text,
        metavar=translate("Cli", "PLACE"),
        help=translate("Cli", "where the panel met (default: left blank)"),
    )
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=translate(
            "Cli", "the date of the meeting (default: left blank, to be written by hand)"
        ),
    )
    parser.add_argument(
        "--chair",
        default="",
        type=_meeting_text,
        metavar=translate("Cli", "NAME"),
        help=translate(
            "Cli", "the chair's name under the signature (default: the name on the chair's key)"
        ),
    )
    parser.add_argument(
        "--member",
        action="append",
        default=[],
        type=_meeting_text,
        metavar=translate("Cli", "NAME"),
        help=members_help,
    )


def meeting_options(args: argparse.Namespace) -> RecapOptions:
    """The meeting options given (:func:`add_meeting_options`), as a recap takes them."""
    from app.reports.recap_from_merge import RecapOptions, parse_meeting_date  # not at start

    return RecapOptions(
        place=args.place.strip(),
        meeting_date=parse_meeting_date(args.date) if args.date else None,
        chair=args.chair.strip(),
        members=tuple(m.strip() for m in args.member if m.strip()),
    )


def pdf_output(args: argparse.Namespace, default_name: str, *inputs: str) -> Path:
    """The PDF to write (app/cli/outputs.py): never over the package or a file read."""
    packages = args.package if isinstance(args.package, list) else [args.package]
    return output_path(
        args.output,
        kind="pdf",
        default_name=default_name,
        inputs=[*packages, *inputs],
        overwrite=args.overwrite,
    )
