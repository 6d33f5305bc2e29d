"""The submissions spreadsheet: one row per submission, files named relative to a folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from app.formats.fields import IDENTIFIER
from app.formats.table import Column, Problems, Table, TableRow, read_table
from app.i18n import translate

MAX_PROPOSAL_BYTES = 200 * 1024 * 1024
MAX_VIDEO_BYTES = 4 * 1024 * 1024 * 1024
MAX_TITLE_CHARS = 500
VIDEO_SUFFIXES = (".mp4", ".m4v", ".webm", ".mkv", ".mov", ".avi", ".ogv")

COLUMNS = [
    Column("code", ("kode", "kode_inovasi", "no_registrasi", "id")),
    Column("title", ("judul", "judul_inovasi", "nama_inovasi")),
    Column("agency", ("instansi", "nama_instansi", "pengusul")),
    Column("group", ("kelompok",)),
    Column("cluster", ("kluster", "klaster")),
    Column("category", ("kategori",)),
    Column("video_url", ("video", "tautan_video", "link_video", "url_video")),
    Column("proposal", ("file_proposal", "berkas_proposal", "proposal_pdf")),
    Column("video_file", ("file_video", "berkas_video"), required=False),
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


def is_video_url(url: str) -> bool:
    """Only http(s) links with a host: no ``javascript:``, ``file:`` or bare words."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in url


def read_submissions(path: Path, files_dir: Path) -> list[SubmissionRow]:
    """Every row checked; all problems reported together with row and column."""
    table = read_table(path, COLUMNS, preferred_sheets=("submissions", "usulan", "inovasi"))
    problems = Problems(path)
    seen: dict[str, int] = {}
    result = []
    for row in table.rows:
        checked = _check_row(table, row, files_dir, seen, problems)
        if checked:
            result.append(checked)
    if not table.rows:
        problems.add(translate("Submissions", "there are no submissions below the header row"))
    problems.raise_if_any()
    return result


def _check_row(table: Table, row: TableRow, files_dir: Path, seen: dict[str, int],
               problems: Problems) -> SubmissionRow | None:
    before = len(problems.messages)

    def problem(column: str, message: str) -> None:
        problems.add(f"{table.where(row, column)}: {message}")

    code = row["code"]
    if not code:
        problem("code", translate("Submissions", "the code is empty"))
    elif not IDENTIFIER.fullmatch(code):
        problem("code", translate(
            "Submissions", "'{code}' may use only letters, digits, '.', '_' and '-' (at most 64)"
        ).format(code=code[:80]))
    elif code in seen:
        problem("code", translate("Submissions", "code {code} already appears in row {row}").format(
            code=code, row=seen[code]))
    else:
        seen[code] = row.number
    if not row["title"]:
        problem("title", translate("Submissions", "the title is empty"))
    elif len(row["title"]) > MAX_TITLE_CHARS:
        problem("title", translate("Submissions", "the title is longer than {n} characters").format(
            n=MAX_TITLE_CHARS))
    if not row["agency"]:
        problem("agency", translate("Submissions", "the agency is empty"))
    url = row["video_url"]
    if url and not is_video_url(url):
        problem("video_url", translate(
            "Submissions", "'{url}' is not a web link (only http:// and https:// links)"
        ).format(url=url[:120]))
    proposal = _checked_file(row, "proposal", files_dir, problem, MAX_PROPOSAL_BYTES)
    if proposal is not None and not _looks_like_pdf(proposal):
        problem("proposal", translate("Submissions", "{name} is not a PDF file").format(
            name=row["proposal"]))
        proposal = None
    if proposal is None and not row["proposal"]:
        problem("proposal", translate("Submissions", "no proposal PDF is named"))
    video_file = None
    if row["video_file"]:
        video_file = _checked_file(row, "video_file", files_dir, problem, MAX_VIDEO_BYTES)
        if video_file is not None and video_file.suffix.lower() not in VIDEO_SUFFIXES:
            problem("video_file", translate(
                "Submissions", "{name} is not a video file ({suffixes})"
            ).format(name=row["video_file"], suffixes=", ".join(VIDEO_SUFFIXES)))
            video_file = None
    if len(problems.messages) != before or proposal is None:
        return None
    return SubmissionRow(row.number, code, row["title"], row["agency"], row["group"],
                         row["cluster"], row["category"], url, proposal, video_file)


def _checked_file(row: TableRow, column: str, files_dir: Path, problem, max_bytes: int
                  ) -> Path | None:
    """The named file inside ``files_dir``; names that climb out of the folder are refused."""
    name = row[column]
    if not name:
        return None
    candidate = (files_dir / name).resolve()
    root = files_dir.resolve()
    if root not in candidate.parents:
        problem(column, translate("Submissions", "{name} is outside the files folder").format(
            name=name))
        return None
    if not candidate.is_file():
        problem(column, translate("Submissions", "{name} is not in the files folder {folder}")
                .format(name=name, folder=files_dir))
        return None
    if candidate.stat().st_size > max_bytes:
        problem(column, translate("Submissions", "{name} is larger than {mb} MB").format(
            name=name, mb=max_bytes // (1024 * 1024)))
        return None
    return candidate


def _looks_like_pdf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(1024).lstrip(b"\r\n\t ").startswith(b"%PDF-")
