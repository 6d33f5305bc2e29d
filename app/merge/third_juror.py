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
