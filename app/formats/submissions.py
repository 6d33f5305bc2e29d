"""The submissions spreadsheet: one row per submission, files named relative to a folder."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.domain.text import format_character, unseen_character, visible
from app.formats.fields import (
    SUBMISSION_TEXT_LIMITS,
    described_character,
    identifier_problem,
    is_video_url,
)
from app.formats.files_folder import FilesFolder, Say
from app.formats.member_names import VIDEO_SUFFIXES
from app.formats.pdf_check import pdf_problem
from app.formats.table import Column, Table, TableRow, listed, read_table
from app.i18n import translate

MAX_PROPOSAL_BYTES = 200 * 1024 * 1024
MAX_VIDEO_BYTES = 4 * 1024 * 1024 * 1024
MAX_TITLE_CHARS = 500

COLUMNS = [
    Column("code", ("kode", "kode_inovasi", "no_registrasi", "id"), local="kode"),
    Column("title", ("judul", "judul_inovasi", "nama_inovasi"), local="judul"),
    Column("agency", ("instansi", "nama_instansi", "pengusul"), local="instansi"),
    Column("group", ("kelompok",), local="kelompok"),
    Column("cluster", ("kluster", "klaster"), local="kluster"),
    Column("category", ("kategori",), local="kategori"),
    Column(
        "video_url",
        ("video", "tautan_video", "link_video", "url_video"),
        local="tautan_video",
        link=True,
    ),
    Column(
        "proposal", ("file_proposal", "berkas_proposal", "proposal_pdf"), local="berkas_proposal"
    ),
    Column("video_file", ("file_video", "berkas_video"), required=False, local="berkas_video"),
]


@dataclass(frozen=True)
class SubmissionRow:
    """A checked row: metadata plus the files to carry, not yet hashed."""

    row: int
    code: str
    title: str
    agency: str
    group: str
    cluster: str
    category: str
    video_url: str
    proposal: Path
    video_file: Path | None


def read_submissions(
    path: Path, files_dir: Path, warnings: list[str] | None = None
) -> list[SubmissionRow]:
    """Every row checked; all problems reported together with row and column, and what was
    read but may surprise added to ``warnings``."""
    table = read_table(path, COLUMNS, preferred_sheets=("submissions", "usulan", "inovasi"))
    problems = table.problems
    folder = FilesFolder(files_dir)
    if not folder.exists:
        problems.add(
            translate("Submissions", "the files folder {folder} does not exist").format(
                folder=files_dir
            )
        )
    seen: dict[str, tuple[str, int]] = {}  # lower-case code → code and row
    renamed: dict[str, list[str]] = {}  # column → "row 4: A.PDF → A.pdf", for one warning
    labels: dict[str, dict[str, tuple[str, int]]] = {"group": {}, "cluster": {}}
    result = []
    for row in table.rows:
        for column, spellings in labels.items():
            why = _label_problem(row[column], row.number, spellings)
            if why is not None:
                table.problem(row, column, why)
        checked = _check_row(table, row, folder, seen, renamed)
        if checked:
            result.append(checked)
    if not table.rows:
        problems.add(translate("Submissions", "there are no submissions below the header row"))
    for column, names in renamed.items():
        count = len(names)
        problems.warn(
            translate(
                "Submissions",
                "column {column}: %n file name(s) were read as the file found: {names}",
                None,
                count,
            ).format(column=table.column(column), names=listed(names))
        )
    problems.finish("invalid_spreadsheet", warnings)
    return result


def _check_row(
    table: Table,
    row: TableRow,
    folder: FilesFolder,
    seen: dict[str, tuple[str, int]],
    renamed: dict[str, list[str]],
) -> SubmissionRow | None:
    before = len(table.problems.messages)

    def problem(column: str, message: str) -> None:
        table.problem(row, column, message)

    def found_as(column: str) -> Callable[[str], None]:
        return lambda actual: renamed.setdefault(column, []).append(
            translate("Submissions", "row {row}: {name} → {file}").format(
                row=row.number, name=row[column], file=actual
            )
        )

    code = row["code"]
    if not code:
        problem("code", translate("Submissions", "the code is empty"))
    elif (why := identifier_problem(code)) is not None:
        problem("code", why)
    elif code.lower() in seen:
        twin, twin_row = seen[code.lower()]
        problem(
            "code",
            translate("Submissions", "code {code} already appears in row {row}").format(
                code=code, row=twin_row
            )
            if twin == code
            else translate(
                "Submissions",
                "code {code} differs from {other} in row {row} only in upper and "
                "lower case; jurors' files could not tell them apart: give them different codes",
            ).format(code=code, other=twin, row=twin_row),
        )
    else:
        seen[code.lower()] = code, row.number
    if not row["title"]:
        problem("title", translate("Submissions", "the title is empty"))
    elif len(row["title"]) > MAX_TITLE_CHARS:
        problem(
            "title",
            translate("Submissions", "the title is longer than {n} characters").format(
                n=MAX_TITLE_CHARS
            ),
        )
    if not row["agency"]:
        problem("agency", translate("Submissions", "the agency is empty"))
    for column in ("title", "agency"):
        # an invisible format character (a right-to-left override) shows a title as another's;
        # line breaks and control characters pasted from a PDF are shown, and escaped where
        # they would do harm (listings on one line, exports: issue 14.9)
        char = format_character(row[column])
        if char is not None:
            position = row[column].index(char) + 1
            problem(
                column,
                translate(
                    "Submissions", "'{value}' has {character} at position {position}; retype it"
                ).format(
                    value=visible(row[column][:80]),
                    character=described_character(char),
                    position=position,
                ),
            )
    for column in ("agency", "group", "cluster", "category", "video_url"):
        if len(row[column]) > SUBMISSION_TEXT_LIMITS[column]:
            problem(
                column,
                translate("Submissions", "the text is longer than {n} characters").format(
                    n=SUBMISSION_TEXT_LIMITS[column]
                ),
            )
    url = row["video_url"]
    if url and not is_video_url(url):
        problem(
            "video_url",
            translate(
                "Submissions", "'{url}' is not a web link (only http:// and https:// links)"
            ).format(url=url[:120]),
        )
    proposal = _proposal(row, folder, problem, found_as("proposal"))
    video_file = None
    if row["video_file"]:
        video_file = folder.find(
            row["video_file"],
            MAX_VIDEO_BYTES,
            lambda m: problem("video_file", m),
            found_as("video_file"),
        )
        if video_file is not None and video_file.suffix.lower() not in VIDEO_SUFFIXES:
            problem(
                "video_file",
                translate("Submissions", "{name} is not a video file ({suffixes})").format(
                    name=row["video_file"], suffixes=", ".join(VIDEO_SUFFIXES)
                ),
            )
            video_file = None
    if len(table.problems.messages) != before or proposal is None or row.unread:
        return None
    return SubmissionRow(
        row.number,
        code,
        row["title"],
        row["agency"],
        row["group"],
        row["cluster"],
        row["category"],
        url,
        proposal,
        video_file,
    )


def _label_problem(value: str, row: int, spellings: dict[str, tuple[str, int]]) -> str | None:
    """Why a group or cluster cannot be read as written, or ``None``. Each spelling is a group
    (or cluster) of its own in the rankings per group and per cluster and in a shortlist of the
    first N of each, so a spelling that only looks like another's — letter case, full-width
    letters, an invisible character pasted from a web page — would make a group of one."""
    unseen = unseen_character(value)
    if unseen is not None:
        position, char = unseen
        return translate(
            "Submissions", "'{value}' has {character} at position {position}; retype it"
        ).format(value=value[:80], character=described_character(char), position=position)
    key = unicodedata.normalize("NFKC", value).casefold()
    twin, twin_row = spellings.setdefault(key, (value, row))
    if twin == value:
        return None
    return translate(
        "Submissions",
        "'{value}' differs from '{other}' in row {row} only in upper and lower case or in the "
        "width of its letters; a ranking per group or cluster would count them as two: write "
        "them the same",
    ).format(value=value[:80], other=twin[:80], row=twin_row)


def _proposal(
    row: TableRow, folder: FilesFolder, problem: Callable[[str, str], None], found_as: Say
) -> Path | None:
    """The proposal PDF, found and checked to open in the juror's viewer."""
    name = row["proposal"]
    if not name:
        problem("proposal", translate("Submissions", "no proposal PDF is named"))
        return None
    proposal = folder.find(name, MAX_PROPOSAL_BYTES, lambda m: problem("proposal", m), found_as)
    if proposal is None:
        return None
    if not _looks_like_pdf(proposal):
        problem("proposal", translate("Submissions", "{name} is not a PDF file").format(name=name))
        return None
    if proposal.suffix.lower() != ".pdf":
        problem(
            "proposal",
            translate(
                "Submissions",
                "{name} is a PDF but its name does not end in .pdf, and a juror's "
                "computer opens a file by its ending: rename it to end in .pdf",
            ).format(name=name),
        )
        return None
    why = pdf_problem(proposal)
    if why is not None:
        problem(
            "proposal",
            translate("Submissions", "{name} cannot be opened: {why}").format(name=name, why=why),
        )
        return None
    return proposal


def _looks_like_pdf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(1024).lstrip(b"\r\n\t ").startswith(b"%PDF-")
