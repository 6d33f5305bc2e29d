"""Words, dates and numbers as Juri's printed documents show them, in the chosen language.

Dates and times come from :mod:`app.local_time` (``23 November 2026``, ``17.44 WIB``: local
time, with its zone), and are named here too for the documents that import them from here.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from html import escape as _html_escape

from app.domain.evidence import Evidence
from app.i18n import format_decimal, format_number, translate
from app.local_time import format_clock
from app.local_time import format_date as format_date
from app.local_time import format_datetime as format_datetime
from app.local_time import now as now
from app.local_time import parse_time as parse_time
from app.local_time import zone_name as zone_name

# Known spellings of KIPP groups and clusters that are abbreviations, kept in capitals.
_ABBREVIATIONS = {"bumn": "BUMN", "bumd": "BUMD", "opd": "OPD"}


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities, as ReportLab's paragraph markup needs them: the
    escape of every document (html's, without quotes; xml.sax's would import urllib, http and
    email into every command that prints a number)."""
    return _html_escape(text, quote=False)


def page_label(number: int, total: int) -> str:
    return translate("Reports", "Page {number} of {total}").format(number=number, total=total)


def footer_text(package_id: str, created: datetime) -> str:
    return translate("Reports", "Package {package} · printed {when}").format(
        package=package_id, when=format_datetime(created)
    )


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
    zone = zone_name(moment.utcoffset()) if moment.tzinfo else translate("Reports", "camera time")
    return f"{format_date(moment.date())} {format_clock(moment)} {zone}"


def evidence_line(evidence: Evidence) -> str:
    """One attached file in a line: name, SHA-256 prefix, time and place (CLI and sheets)."""
    return translate("Reports", "{name} · SHA-256 {sha}… · taken {taken} · at {place}").format(
        name=evidence.name,
        sha=evidence.sha256[:12],
        taken=taken_text(evidence.taken_at),
        place=evidence.place or "–",
    )
