"""What the chair hands the secretariat when a pair of jurors disagrees: another juror for the
submission, as an assignments file ``juri package amend`` reads (issue 13.1).

The chair does not sign packages: the secretariat does, with ``juri package amend`` and its own
key, so the jurors' Juri keeps trusting one key for the round. The chair's part is the choice,
written in the builder's own columns (``juri``, ``kode``) so the secretariat changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.atomic import atomic_write_bytes
from app.domain.competition import Juror, Manifest
from app.formats.roster import read_assignments
from app.merge.csv_file import csv_bytes

HEADER = ("juri", "kode")  # read by app.formats.roster.read_assignments


@dataclass(frozen=True)
class Candidate:
    juror: Juror
    load: int  # submissions the juror is assigned in the package already


def candidates(manifest: Manifest, code: str) -> list[Candidate]:
    """The roster's jurors not assigned to ``code``, the least loaded first (then by id)."""
    assigned = set(manifest.jurors_of(code))
    found = [
        Candidate(j, len(manifest.assigned(j.id))) for j in manifest.jurors if j.id not in assigned
    ]
    return sorted(found, key=lambda c: (c.load, c.juror.id))


def write_assignments(path: Path, pairs: Iterable[tuple[str, str]]) -> None:
    """(juror id, submission code) pairs as an assignments CSV, written atomically."""
    data, _changes = csv_bytes(HEADER, pairs)  # ids and codes: nothing a cell must change
    atomic_write_bytes(path, data)


def add_assignments(
    path: Path, manifest: Manifest, pairs: Iterable[tuple[str, str]]
) -> list[tuple[str, str]]:
    """``pairs`` added to the assignments file at ``path`` (made when there is none), so the
    chair gives every flagged submission its juror in one file and the secretariat signs one
    amendment. A file that is not an assignments file for this package is refused (the
    reader's message), never written over. Returns every pair the file now holds."""
    held: list[tuple[str, str]] = []
    if path.exists():
        codes = [s.code for s in manifest.submissions]
        given = read_assignments(path, list(manifest.jurors), codes)
        held = [(juror, code) for code in codes for juror in given if code in given[juror]]
    added = [pair for pair in dict.fromkeys(pairs) if pair not in held]
    write_assignments(path, held + added)
    return held + added
