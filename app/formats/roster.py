"""The roster (jurors and their public keys) and the optional assignments sheet."""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from app.canonical import CanonicalError, parse_strict
from app.crypto.keys import (
    MAX_KEY_FILE_BYTES,
    PRIVATE_KEY_FORMAT,
    PUBLIC_KEY_FORMAT,
    UnacceptableKey,
    decode_public_key,
    pasted_public_key,
    read_public_key,
)
from app.domain.competition import Juror
from app.domain.text import unseen_character, without_controls
from app.errors import JuriError, KeyFileError
from app.formats.fields import described_character, identifier_problem
from app.formats.files_folder import FilesFolder, Say
from app.formats.table import Column, TableRow, listed, read_table
from app.i18n import translate

ROSTER_COLUMNS = [
    Column("id", ("juror_id", "id_juri", "kode_juri", "juri"), local="id_juri"),
    Column("name", ("nama", "nama_juri", "juror"), local="nama"),
    Column(
        "public_key",
        ("kunci_publik", "key", "kunci", "public_key_file", "file_kunci", "berkas_kunci"),
        local="kunci_publik",
    ),
]
ASSIGNMENT_COLUMNS = [
    Column("juror_id", ("id", "juri", "id_juri", "juror"), local="id_juri"),
    Column("submission", ("code", "kode", "submission_code", "usulan", "inovasi"), local="kode"),
]
# A key file named in the roster is looked for up to this size, then read_public_key refuses
# an oversized one in its own words (a limit of MAX_KEY_FILE_BYTES here would say "0 MB").
KEY_FILE_LOOKUP_BYTES = 1024 * 1024
# A key's fingerprint (§1 of docs/formats.md), with or without its dashes.
FINGERPRINT = re.compile(r"[A-Z2-7]{4}(-?[A-Z2-7]{4}){3}")


def read_roster(path: Path, warnings: list[str] | None = None) -> list[Juror]:
    """Jurors with their keys; a key cell holds the base64 key, the text of a public key file,
    or names a public key file in the roster's folder (found as proposals are: ``\\``,
    letter case, accents; never outside that folder)."""
    table = read_table(path, ROSTER_COLUMNS, preferred_sheets=("roster", "juri", "jurors"))
    problems = table.problems
    folder = FilesFolder(path.parent)
    jurors: list[Juror] = []
    ids: dict[str, tuple[str, int]] = {}  # lower-case id → id and row
    keys: dict[bytes, int] = {}
    for row in table.rows:

        def problem(column: str, message: str, row: TableRow = row) -> None:
            table.problem(row, column, message)

        def found_as(actual: str, row: TableRow = row) -> None:
            problems.warn(
                translate("Roster", "row {row}: the key file {name} was read as {file}").format(
                    row=row.number, name=row["public_key"], file=actual
                )
            )

        juror_id, name, key_text = row["id"], row["name"], _key_cell(row)
        why = (
            translate("Roster", "the juror id is empty")
            if not juror_id
            else identifier_problem(juror_id)
        )
        if why is not None:
            problem("id", why)
            continue
        if juror_id.lower() in ids:
            twin, twin_row = ids[juror_id.lower()]
            problem(
                "id",
                translate("Roster", "juror {id} already appears in row {row}").format(
                    id=juror_id, row=twin_row
                )
                if twin == juror_id
                else translate(
                    "Roster",
                    "juror id {id} differs from {other} in row {row} only in upper and "
                    "lower case: give different jurors ids that differ otherwise",
                ).format(id=juror_id, other=twin, row=twin_row),
            )
            continue
        ids[juror_id.lower()] = juror_id, row.number
        if not name:
            problem("name", translate("Roster", "the name is empty"))
        unseen = unseen_character(name, one_line=True)
        if unseen is not None:  # the name is signed into the package and every result
            problem(
                "name",
                translate(
                    "Roster",
                    "'{value}' has {character} at position {position}; a juror's name is one "
                    "line of visible text: retype it",
                ).format(
                    value=without_controls(name[:80], one_line=True),
                    character=described_character(unseen[1]),
                    position=unseen[0],
                ),
            )
            continue
        public_key = _public_key(key_text, folder, lambda m: problem("public_key", m), found_as)
        if public_key is None:
            continue
        if public_key in keys:
            problem(
                "public_key",
                translate("Roster", "the same key is already given in row {row}").format(
                    row=keys[public_key]
                ),
            )
            continue
        keys[public_key] = row.number
        if name:
            jurors.append(Juror(juror_id, name, public_key))
    if not table.rows:
        problems.add(translate("Roster", "there are no jurors below the header row"))
    problems.finish("invalid_roster", warnings)
    return jurors


def _key_cell(row: TableRow) -> str:
    """What the key cell gives: its text, or the file it links to when it shows a label
    ("Kunci J01", Insert → Link to the juror's .pub.json) rather than a key or a file name."""
    text, target = row["public_key"], row.links.get("public_key", "")
    if not target or target.lower().startswith(("http://", "https://", "mailto:")):
        return text
    if text.startswith("{") or _is_32_bytes("".join(text.split())):
        return text
    if PurePosixPath(text.replace("\\", "/")).suffix:
        return text
    return unquote(urlparse(target).path if target.lower().startswith("file:") else target)


def _public_key(text: str, folder: FilesFolder, problem: Say, found_as: Say) -> bytes | None:
    """The key a cell gives, however it was pasted: white space and invisible characters
    inside the 44 characters (a key copied from an e-mail breaks across lines), or the whole
    text of a ``.pub.json`` file; a fingerprint is recognised and refused in words."""
    if not text:
        problem(translate("Roster", "the public key is empty"))
        return None
    if text.startswith("{"):
        return _pasted_key_file(text, problem)
    compact = "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")
    if FINGERPRINT.fullmatch(compact.upper()):
        problem(
            translate(
                "Roster",
                "'{text}' is a key's fingerprint, not the key: ask the juror for the "
                "public key file (juri keys export) or the 44-character key in it",
            ).format(text=text[:40])
        )
        return None
    try:
        return decode_public_key(compact)
    except UnacceptableKey as exc:  # a key, but a weak or malformed one
        problem(str(exc))
        return None
    except ValueError:
        if _is_32_bytes(compact):
            problem(
                translate("Roster", "'{text}' is not a usable Ed25519 public key").format(
                    text=text[:60]
                )
            )
            return None
    if PurePosixPath(text.replace("\\", "/")).suffix:  # names a file
        found = folder.find(text, KEY_FILE_LOOKUP_BYTES, problem, found_as)
        if found is None:
            return None
        try:
            return read_public_key(found)[0]
        except JuriError as exc:
            problem(exc.message)
            return None
    problem(
        translate(
            "Roster",
            "'{text}' is neither a base64 public key nor a public key file next to the roster",
        ).format(text=text[:60])
    )
    return None


def _is_32_bytes(text: str) -> bool:
    try:
        return len(base64.b64decode(text, validate=True)) == 32
    except (binascii.Error, ValueError):
        return False


def _pasted_key_file(text: str, problem: Say) -> bytes | None:
    """The key in a public key file's text pasted into the cell."""
    try:
        document = parse_strict(text.encode("utf-8"), max_bytes=MAX_KEY_FILE_BYTES)
    except CanonicalError:
        document = None
    kind = document.get("format") if isinstance(document, dict) else None
    if kind == PRIVATE_KEY_FORMAT:
        problem(
            translate(
                "Roster",
                "this is the text of a private key file, which must stay with its "
                "owner: ask the juror for the public key file instead",
            )
        )
        return None
    if kind != PUBLIC_KEY_FORMAT:
        problem(
            translate(
                "Roster",
                "the cell holds text that is not a whole Juri public key file: paste "
                "the whole .pub.json file, or only its public_key value",
            )
        )
        return None
    try:
        return pasted_public_key(text, translate("Roster", "pasted in this cell"))
    except KeyFileError as exc:
        problem(exc.message)
        return None


def read_assignments(
    path: Path,
    jurors: list[Juror] | None,
    codes: list[str] | None,
    warnings: list[str] | None = None,
    *,
    unknown_code: str | None = None,
) -> dict[str, list[str]]:
    """Juror id → submission codes in package order, from one (juror, submission) pair per row.
    ``jurors`` or ``codes`` may be ``None`` when their own sheet was refused: the pairs are then
    checked for what they say themselves, so every problem shows at once. ``unknown_code``:
    what a code not in ``codes`` is told ("… is not in the package"), with ``{id}``."""
    table = read_table(path, ASSIGNMENT_COLUMNS, preferred_sheets=("assignments", "penugasan"))
    problems = table.problems
    known = {j.id: j.id for j in jurors} if jurors is not None else None
    order = {code: i for i, code in enumerate(codes)} if codes is not None else None
    folded_jurors = {j.lower(): j for j in known} if known is not None else {}
    folded_codes = {c.lower(): c for c in order} if order is not None else {}
    chosen: dict[str, set[str]] = {j: set() for j in known or ()}
    # a pair given twice is harmless in itself, but often a slip for another pair: said
    first_row: dict[tuple[str, str], int] = {}
    repeated: list[str] = []
    for row in table.rows:
        juror_id, code = row["juror_id"], row["submission"]
        bad = [
            _reference_problem(
                juror_id,
                known,
                folded_jurors,
                translate("Roster", "the juror id is empty"),
                translate("Roster", "juror {id} is not in the roster"),
            ),
            _reference_problem(
                code,
                order,
                folded_codes,
                translate("Roster", "the submission code is empty"),
                unknown_code
                or translate("Roster", "submission {id} is not in the submissions sheet"),
            ),
        ]
        for column, message in zip(("juror_id", "submission"), bad, strict=True):
            if message:
                table.problem(row, column, message)
        if not any(bad) and known is not None and order is not None:
            chosen[juror_id].add(code)
            earlier = first_row.setdefault((juror_id, code), row.number)
            if earlier != row.number:
                repeated.append(
                    translate("Roster", "row {row} repeats row {earlier}").format(
                        row=row.number, earlier=earlier
                    )
                )
    if repeated:
        count = len(repeated)  # a plain name: lupdate skips calls with nested parentheses
        problems.warn(
            translate(
                "Roster", "%n pair(s) of juror and submission given twice: {rows}", None, count
            ).format(rows=listed(repeated))
        )
    problems.finish("invalid_assignments", warnings)
    if order is None:
        return {}
    return {j: sorted(c, key=order.__getitem__) for j, c in chosen.items() if c}


def _reference_problem(
    value: str, known: Mapping[str, object] | None, folded: dict[str, str], empty: str, unknown: str
) -> str | None:
    """Why ``value`` names nothing in ``known`` (skipped when ``known`` is None), with the
    id it differs from only in letter case, if any."""
    if not value:
        return empty
    why = identifier_problem(value)
    if why is not None:
        return why
    if known is None or value in known:
        return None
    message = unknown.format(id=value)
    twin = folded.get(value.lower())
    if twin is not None:
        message += translate("Roster", "; did you mean {id}?").format(id=twin)
    return message
