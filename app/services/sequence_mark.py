"""The highest result-file version ever handed out, kept outside the database.

A result file's sequence number must only grow: the chair keeps each juror's newest. If the
workspace database is restored from a backup, its table of exports may end before versions
that already left the laptop; numbering from it again would give a fresh export a number the
chair already holds (or one lower, which the older file would supersede). So every reserved
number is also written to this small file next to the database, which a restore leaves alone,
and the next number is above both.
"""

from __future__ import annotations

from pathlib import Path

from app.atomic import atomic_write_bytes
from app.canonical import CanonicalError, canonical_bytes, parse_strict

FILE_NAME = "export-sequences.json"
MAX_BYTES = 1024 * 1024


def _read(folder: Path) -> dict[str, int]:
    try:
        document = parse_strict((folder / FILE_NAME).read_bytes(), max_bytes=MAX_BYTES)
    except (OSError, CanonicalError):
        return {}  # missing or damaged: the database's own numbers still apply
    if not isinstance(document, dict):
        return {}
    return {k: v for k, v in document.items() if isinstance(v, int) and not isinstance(v, bool)}


def highest(folder: Path, package_id: str) -> int:
    return _read(folder).get(package_id, 0)


def record(folder: Path, package_id: str, sequence: int) -> None:
    """Remember ``sequence`` as handed out (atomically; raises OSError on a full disk)."""
    marks = _read(folder)
    if marks.get(package_id, 0) >= sequence:
        return
    marks[package_id] = sequence
    atomic_write_bytes(folder / FILE_NAME, canonical_bytes(marks))
