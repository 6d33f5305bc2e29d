"""Words, dates and numbers as Juri's printed documents show them, in the chosen language.

Dates are written the way an Indonesian letter writes them (``23 November 2026``, ``17.44 WIB``)
through ``QLocale`` (QtCore only). Times are shown in the computer's time zone, named WIB, WITA
or WIT where it is one of Indonesia's three, so a printed time means what a reader there expects.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from xml.sax.saxutils import escape

from PySide6.QtCore import QDate, QTime

from app.domain.evidence import Evidence
from app.i18n import current_language, format_decimal, format_number, locale_for, translate

_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}
# Known spellings of KIPP groups and clusters that are abbreviations, kept in capitals.
_ABBREVIATIONS = {"bumn": "BUMN", "bumd": "BUMD", "opd": "OPD"}


def now() -> datetime:
    """The current time in the computer's time zone (a document's creation time)."""
    return datetime.now().astimezone()


def parse_time(text: str) -> datetime | None:
    """A time as written in Juri's files (``2026-11-23T09:44:42.270Z``), or ``None``."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def format_date(value: date) -> str:
    """``23 November 2026`` (the month named in the document's language)."""
    qdate = QDate(value.year, value.month, value.day)
    return locale_for(current_language()).toString(qdate, "d MMMM yyyy")


def format_datetime(value: datetime) -> str:
    """``23 November 2026 17.44 WIB``: local time, with its zone."""
    local = value.astimezone()  # a naive time is taken as local already
    pattern = "HH.mm" if current_language() == "id" else "HH:mm"  # 17.44 in Indonesian
    clock = locale_for(current_language()).toString(QTime(local.hour, local.minute), pattern)
    return f"{format_date(local.date())} {clock} {zone_name(local.utcoffset())}"


def zone_name(offset: timedelta | None) -> str:
    if offset is None:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    if minutes % 60 == 0 and minutes // 60 in _ZONES:
        return _ZONES[minutes // 60]
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def page_label(number: int, total: int) -> str:
    return translate("Reports", "Page {number} of {total}").format(number=number, total=total)


def footer_text(package_id: str, created: datetime) -> str:
    return translate("Reports", "Package {package} · printed {when}").format(
        package=package_id, when=format_datetime(created))


def category_label(value: str) -> str:
    """A group or cluster as typed in the spreadsheet (``kota``), shown as a name (``Kota``)."""
    value = value.strip()
    if not value:
        return "–"
    if value.lower() in _ABBREVIATIONS:
        return _ABBREVIATIONS[value.lower()]
    return value[:1].upper() + value[1:] if value.islower() else value


def score_text(value: Decimal | None) -> str:
    """A score as entered (``7``, ``7,5``), or a dash when there is none."""
    return "–" if value is None else format_number(value)


def total_shown(value: Decimal | None) -> str:
    """A total with two decimals in the language's style (``77,78``), or a dash."""
    return "–" if value is None else format_decimal(value)


def weight_text(value: Decimal) -> str:
    return f"{format_number(value)}%"


def markup(text: str) -> str:
    """Plain text as ReportLab paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


def blocks(text: str) -> list[str]:
    """Paragraphs of a long text (split at blank lines), each as markup, so they flow across
    pages one by one; never empty."""
    parts = [part.strip("\n") for part in text.replace("\r\n", "\n").split("\n\n")]
    return [markup(part) for part in parts if part.strip()] or [""]


def taken_text(taken_at: str | None) -> str:
    """A photo's time as its camera recorded it: ``12 Mei 2024 10.31 WIB``, or with "camera
    time" where the photo names no time zone (never converted: the camera's clock is all
    there is); a dash when there is none."""
    if not taken_at:
        return "–"
    moment = datetime.fromisoformat(taken_at)
    pattern = "HH.mm" if current_language() == "id" else "HH:mm"
    clock = locale_for(current_language()).toString(QTime(moment.hour, moment.minute), pattern)
    zone = zone_name(moment.utcoffset()) if moment.tzinfo else translate(
        "Reports", "camera time")
    return f"{format_date(moment.date())} {clock} {zone}"


def evidence_line(evidence: Evidence) -> str:
    """One attached file in a line: name, SHA-256 prefix, time and place (CLI and sheets)."""
    return translate("Reports", "{name} · SHA-256 {sha}… · taken {taken} · at {place}").format(
        name=evidence.name, sha=evidence.sha256[:12], taken=taken_text(evidence.taken_at),
        place=evidence.place or "–")
