"""The roster (jurors and their public keys) and the optional assignments sheet."""

from __future__ import annotations

from pathlib import Path

from app.crypto.keys import UnacceptableKey, decode_public_key, read_public_key
from app.domain.competition import Juror
from app.errors import JuriError
from app.formats.fields import IDENTIFIER
from app.formats.table import Column, Problems, read_table
from app.i18n import translate

ROSTER_COLUMNS = [
    Column("id", ("juror_id", "id_juri", "kode_juri", "juri")),
    Column("name", ("nama", "nama_juri", "juror")),
    Column("public_key", ("kunci_publik", "key", "kunci", "public_key_file")),
]
ASSIGNMENT_COLUMNS = [
    Column("juror_id", ("id", "juri", "id_juri", "juror")),
    Column("submission", ("code", "kode", "submission_code", "usulan", "inovasi")),
]


def read_roster(path: Path) -> list[Juror]:
    """Jurors with their keys; a key cell holds the base64 key or names a public key file."""
    table = read_table(path, ROSTER_COLUMNS, preferred_sheets=("roster", "juri", "jurors"))
    problems = Problems(path)
    jurors: list[Juror] = []
    ids: dict[str, int] = {}
    keys: dict[bytes, int] = {}
    for row in table.rows:
        def problem(column: str, message: str, row=row) -> None:
            problems.add(f"{table.where(row, column)}: {message}")

        juror_id, name, key_text = row["id"], row["name"], row["public_key"]
        if not IDENTIFIER.fullmatch(juror_id):
            problem("id", translate(
                "Roster", "'{id}' is not a juror id (letters, digits, '.', '_', '-')"
            ).format(id=juror_id[:80]))
            continue
        if juror_id in ids:
            problem("id", translate("Roster", "juror {id} already appears in row {row}").format(
                id=juror_id, row=ids[juror_id]))
            continue
        ids[juror_id] = row.number
        if not name:
            problem("name", translate("Roster", "the name is empty"))
        public_key = _public_key(key_text, path.parent, lambda m: problem("public_key", m))
        if public_key is None:
            continue
        if public_key in keys:
            problem("public_key", translate(
                "Roster", "the same key is already given in row {row}").format(
                    row=keys[public_key]))
            continue
        keys[public_key] = row.number
        if name:
            jurors.append(Juror(juror_id, name, public_key))
    if not table.rows:
        problems.add(translate("Roster", "there are no jurors below the header row"))
    problems.raise_if_any("invalid_roster")
    return jurors


def _public_key(text: str, folder: Path, problem) -> bytes | None:
    if not text:
        problem(translate("Roster", "the public key is empty"))
        return None
    try:
        return decode_public_key(text)
    except UnacceptableKey as exc:  # a key, but a weak or malformed one
        problem(str(exc))
        return None
    except ValueError:
        pass
    candidate = folder / text
    if candidate.suffix and candidate.is_file():
        try:
            return read_public_key(candidate)[0]
        except JuriError as exc:
            problem(exc.message)
            return None
    problem(translate(
        "Roster", "'{text}' is neither a base64 public key nor a public key file next to the roster"
    ).format(text=text[:60]))
    return None


def read_assignments(path: Path, jurors: list[Juror], codes: list[str]) -> dict[str, list[str]]:
    """Juror id → submission codes in package order, from one (juror, submission) pair per row."""
    table = read_table(path, ASSIGNMENT_COLUMNS, preferred_sheets=("assignments", "penugasan"))
    problems = Problems(path)
    known_jurors = {j.id for j in jurors}
    order = {code: i for i, code in enumerate(codes)}
    chosen: dict[str, set[str]] = {j.id: set() for j in jurors}
    for row in table.rows:
        juror_id, code = row["juror_id"], row["submission"]
        if juror_id not in known_jurors:
            problems.add(f"{table.where(row, 'juror_id')}: " + translate(
                "Roster", "juror {id} is not in the roster").format(id=juror_id))
        elif code not in order:
            problems.add(f"{table.where(row, 'submission')}: " + translate(
                "Roster", "submission {code} is not in the submissions sheet").format(code=code))
        else:
            chosen[juror_id].add(code)
    problems.raise_if_any("invalid_assignments")
    return {j: sorted(c, key=order.__getitem__) for j, c in chosen.items() if c}
