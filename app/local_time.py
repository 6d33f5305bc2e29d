"""Dates and times as people read them: the computer's local time, with its zone named.

Juri's files keep times in UTC (``2026-11-23T09:44:42.270Z``); everything printed or shown
converts them to the computer's time zone first. Where the computer is set to one of
Indonesia's zones, the zone is named as Indonesians name it (WIB, WITA, WIT: ``17.44 WIB``);
anywhere else, by its offset from UTC (``UTC+1``, ``UTC+5:30``, ``UTC+0``), never by a name
a reader might not know. Dates are written the way an Indonesian letter writes them
(``23 November 2026``), through ``QLocale`` (QtCore only).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.i18n import current_language, locale_for

# Indonesia's zones by their tz database names (and the older alias of Makassar), with the
# name and the offset in hours each has all year round.
INDONESIAN_ZONES = {
    "Asia/Jakarta": ("WIB", 7),
    "Asia/Pontianak": ("WIB", 7),
    "Asia/Makassar": ("WITA", 8),
    "Asia/Ujung_Pandang": ("WITA", 8),
    "Asia/Jayapura": ("WIT", 9),
}


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
    from PySide6.QtCore import QDate

    qdate = QDate(value.year, value.month, value.day)
    return locale_for(current_language()).toString(qdate, "d MMMM yyyy")


def format_datetime(value: datetime) -> str:
    """``23 November 2026 17.44 WIB``: local time, with its zone."""
    local = value.astimezone()  # a naive time is taken as local already
    return f"{format_date(local.date())} {format_clock(local)} {zone_name(local.utcoffset())}"


def format_clock(value: datetime) -> str:
    """``17.44`` in Indonesian, ``17:44`` in English: the time of day as given, unconverted."""
    from PySide6.QtCore import QTime

    pattern = "HH.mm" if current_language() == "id" else "HH:mm"
    return locale_for(current_language()).toString(QTime(value.hour, value.minute), pattern)


def format_file_time(text: str) -> str:
    """A time from a file, as local time with its zone (the text as it is if unreadable)."""
    value = parse_time(text)
    return text if value is None else format_datetime(value)


def system_zone_id() -> str:
    """The computer's time zone as a tz database name (``Asia/Jakarta``); on Windows, Qt maps
    the system's zone with its country (Jakarta and Bangkok share one Windows zone)."""
    from PySide6.QtCore import QTimeZone

    return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")


def zone_name(offset: timedelta | None, zone_id: str | None = None) -> str:
    """WIB, WITA or WIT when the computer (or ``zone_id``) is set to that Indonesian zone and
    ``offset`` is its; otherwise the offset from UTC."""
    if offset is None:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    name, hours = INDONESIAN_ZONES.get(system_zone_id() if zone_id is None else zone_id, ("", None))
    if hours is not None and minutes == hours * 60:
        return name
    sign = "-" if minutes < 0 else "+"
    whole, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{whole}" + (f":{rest:02d}" if rest else "")
