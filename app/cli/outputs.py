"""Where a command may write its output: the one guard every writing verb calls.

A mistyped ``-o`` must not destroy what Juri cannot make again: the command's own inputs, a
private or public key, a juror's signed result or a package. So an output is refused when it is
one of the command's inputs, a Juri key file, or a signed Juri file of another kind; an
unrelated existing file is replaced only with ``--overwrite``; the verb's own earlier output of
the same kind (a re-export) is replaced as before. ``-o FOLDER`` (or ``-o FOLDER/``) writes the
verb's default name into the folder; a folder that does not exist is said, never made into a
file without an extension.
"""

from __future__ import annotations

import argparse
import os
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from app.errors import JuriError
from app.i18n import translate

OVERWRITE = "--overwrite"
KEYS = ("private-key", "public-key")
SIGNED = ("package", "result", "merged", "final")
_FORMAT = re.compile(rb'"format"\s*:\s*"juri-([a-z-]+)"')
_HEAD = 64 * 1024


class OutputRefused(JuriError):
    code = "output_refused"


def add_overwrite_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        OVERWRITE,
        action="store_true",
        help=translate(
            "Cli",
            "replace an existing file that is not this command's own earlier output (never "
            "a key, an input or a signed file of another kind)",
        ),
    )


def add_pdf_output_option(parser: argparse.ArgumentParser) -> None:
    """``-o PDF``, the printed sheets' output (each of them also takes ``--overwrite``)."""
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("Cli", "PDF"),
        help=translate("Cli", "the PDF file to write"),
    )


def output_path(
    value: str,
    *,
    kind: str,
    default_name: str | None,
    inputs: Iterable[str | Path | None] = (),
    overwrite: bool = False,
) -> Path:
    """The file to write for ``-o value``, or a refusal naming it. ``default_name`` is the
    name written into a folder given as ``value``; ``None`` when the command names the file
    itself (the folder is then returned)."""
    path = Path(value)
    if value.endswith(("/", os.sep)) or path.is_dir():
        if not path.is_dir():
            raise OutputRefused(
                translate(
                    "Cli",
                    "The folder {path} does not exist: make it first, or give a file name in "
                    "a folder that exists.",
                ).format(path=path)
            )
        if default_name is None:
            return path
        path = path / default_name
    elif not path.absolute().parent.is_dir():
        raise OutputRefused(
            translate(
                "Cli",
                "The folder {path} does not exist: make it first, or give a file name in a "
                "folder that exists.",
            ).format(path=path.parent)
        )
    elif not path.suffix and not (path.exists() or path.is_symlink()):
        # every file Juri writes has an extension: "-o results" means a folder, not yet made
        raise OutputRefused(
            translate(
                "Cli",
                "The folder {path} does not exist: make it first, or give a file name in a "
                "folder that exists.",
            ).format(path=path)
        )
    for given in inputs:
        if given is not None and _same_file(path, Path(given)):
            raise OutputRefused(
                translate(
                    "Cli",
                    "{path} is one of this command's inputs; Juri does not write over it. "
                    "Give another output file.",
                ).format(path=path)
            )
    if not (path.exists() or path.is_symlink()):
        return path
    if not path.is_file():
        raise OutputRefused(
            translate("Cli", "{path} exists and is not a file; give another output file.").format(
                path=path
            )
        )
    found = file_kind(path)
    if found == kind or (found == "csv" and kind.startswith("csv")):
        return path  # the verb's own earlier output: written again
    if found in KEYS:
        raise OutputRefused(
            translate(
                "Cli",
                "{path} is a Juri key file; Juri never writes over a key. Give another output "
                "file.",
            ).format(path=path)
        )
    if found in SIGNED:
        raise OutputRefused(
            translate(
                "Cli",
                "{path} is a signed Juri file ({kind}) that this command does not write; "
                "Juri does not write over it. Give another output file.",
            ).format(path=path, kind=found)
        )
    if not overwrite:
        raise OutputRefused(
            translate(
                "Cli",
                "{path} exists already and is not an earlier output of this command; give "
                "another output file, or add --overwrite to replace it.",
            ).format(path=path)
        )
    return path


def file_kind(path: Path) -> str | None:
    """What Juri file ``path`` is, from its content: a signed format or key by its ``format``
    (``result``, ``merged``, ``private-key`` …), ``package``, a PDF Juri made (``pdf``), a
    spreadsheet Juri's exports wrote (``xlsx``, written by openpyxl), a ranking CSV Juri wrote
    (``csv``: a byte-order mark, then the header ``rank, tie, code`` in English or the language
    in use); ``None`` for anything else."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
            if head.startswith(b"%PDF-"):
                handle.seek(max(0, path.stat().st_size - _HEAD))
                tail = handle.read(_HEAD)
                return "pdf" if b"/Creator (Juri" in head + tail else None
            if head.startswith(b"PK"):
                return _zip_kind(path)
            if head.startswith(b"\xef\xbb\xbf"):
                return _csv_kind(head)
            return _json_format(handle, head)
    except OSError:
        return None


def _json_format(handle: BinaryIO, head: bytes) -> str | None:
    """The ``format`` of a Juri JSON file, searched through the file: in canonical form the
    member comes after ``evaluations``, which may be megabytes long."""
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return None
    window = head
    while True:
        match = _FORMAT.search(window)
        if match:
            return match.group(1).decode()
        chunk = handle.read(1024 * 1024)
        if not chunk:
            return None
        window = window[-64:] + chunk


def _csv_kind(head: bytes) -> str | None:
    first = head[3:].split(b"\n", 1)[0].decode("utf-8", "replace").strip()
    cells = [cell.strip('"') for cell in re.split("[,;]", first)[:3]]
    words = (
        ["rank", "tie", "code"],
        [translate("Export", "rank"), translate("Export", "tie"), translate("Export", "code")],
    )
    return "csv" if cells in words else None


def _zip_kind(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "manifest.json" in names and "manifest.sig" in names:
                return "package"
            if "xl/workbook.xml" in names and "docProps/core.xml" in names:
                core = archive.read("docProps/core.xml")[:_HEAD]
                return "xlsx" if b"<dc:creator>openpyxl</dc:creator>" in core else None
    except (OSError, zipfile.BadZipFile):
        return None
    return None


def _same_file(one: Path, other: Path) -> bool:
    try:
        if one.exists() and other.exists():
            return one.samefile(other)
        return one.resolve() == other.resolve()
    except OSError:
        return False
