"""A file a juror attaches as evidence, read from disk and checked before it is kept.

The kind is what the bytes say (:func:`app.domain.evidence.media_type_of`), then the file must
open as that kind: a photo is decoded whole with Pillow (which ReportLab brings anyway), so a
picture cut short while copied from a phone is refused on the visit, not found broken by the
chair; a PDF must open in PDFium, as a proposal must in the package builder.

The time and place come from the photo's EXIF metadata, read by Pillow as well (a well-kept
reader Juri already ships, rather than a parser of our own; figures in docs/performance.md):
``DateTimeOriginal`` with ``OffsetTimeOriginal`` where the camera wrote one, and the GPS
latitude and longitude. They are the camera's claim, shown as such; a photo without them is
still evidence.
"""

from __future__ import annotations

import hashlib
import math
import warnings
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

from app.domain.evidence import (
    JPEG,
    MAX_EVIDENCE_BYTES,
    MAX_NAME_CHARS,
    PDF,
    Evidence,
    media_type_of,
    name_problem,
    place_text,
    taken_at_ok,
)
from app.domain.text import code_point, format_character, visible
from app.errors import InputError
from app.i18n import format_decimal, os_problem, translate
from app.limits import MiB

EXIF_IFD, GPS_IFD = 0x8769, 0x8825
DATE_TIME, DATE_TIME_ORIGINAL, OFFSET_TIME_ORIGINAL = 0x0132, 0x9003, 0x9011
GPS_LATITUDE_REF, GPS_LATITUDE, GPS_LONGITUDE_REF, GPS_LONGITUDE = 1, 2, 3, 4


def read_evidence_file(path: Path) -> tuple[Evidence, bytes]:
    """The evidence at ``path`` and its bytes, or a refusal that says what to do."""
    name = path.name
    character = format_character(name)
    if character is not None:
        raise InputError(
            translate(
                "Evidence",
                "The file name {name} holds the invisible character {code}, which can make a "
                "name read as another (photo.exe as photo.jpg): rename the file.",
            ).format(name=visible(name[:80]), code=code_point(character)),
            code="evidence_name",
        )
    problem = name_problem(name)
    if problem:
        raise InputError(
            translate(
                "Evidence",
                "The file name {name} cannot be used: give the file a plain name of at "
                "most {n} characters.",
            ).format(name=visible(name[:80]), n=MAX_NAME_CHARS),
            code="evidence_name",
        )
    try:
        if not path.is_file():
            raise InputError(
                translate("Evidence", "{name} is not a file.").format(name=name),
                code="evidence_unreadable",
            )
        if path.stat().st_size > MAX_EVIDENCE_BYTES:
            raise too_large(name, path.stat().st_size)
        with path.open("rb") as handle:
            data = handle.read(MAX_EVIDENCE_BYTES + 1)
    except OSError as exc:
        raise InputError(
            translate("Evidence", "Cannot read {name}: {error}").format(
                name=name, error=os_problem(exc)
            ),
            code="evidence_unreadable",
        ) from exc
    if len(data) > MAX_EVIDENCE_BYTES:  # it grew while being read
        raise too_large(name, len(data))
    return checked_evidence(name, data), data


def too_large(name: str, size: int) -> InputError:
    return InputError(
        translate(
            "Evidence",
            "{name} is {size} MB; an evidence file may have at most {limit} MB. Attach "
            "a smaller copy (a phone can share a photo in a smaller size).",
        ).format(name=name, size=_megabytes(size), limit=MAX_EVIDENCE_BYTES // MiB),
        code="evidence_too_large",
    )


def checked_evidence(name: str, data: bytes) -> Evidence:
    """The description of ``data`` as evidence named ``name``, once it opens as what it is."""
    media_type = media_type_of(data)
    if media_type is None:
        raise InputError(
            translate(
                "Evidence",
                "{name} is not a JPEG photo, a PNG image or a PDF document (Juri looks "
                "at what the file holds, not at its name).",
            ).format(name=name),
            code="evidence_type",
        )
    taken_at = place = None
    if media_type == PDF:
        from app.formats.pdf_check import pdf_data_problem

        problem = pdf_data_problem(data)
        if problem:
            raise InputError(
                translate("Evidence", "{name} cannot be attached: {problem}.").format(
                    name=name, problem=problem
                ),
                code="evidence_damaged",
            )
    else:
        taken_at, place = _open_image(name, data, media_type)
    return Evidence(name, media_type, hashlib.sha256(data).hexdigest(), len(data), taken_at, place)


def _open_image(name: str, data: bytes, media_type: str) -> tuple[str | None, str | None]:
    """Decode the whole picture (a truncated one fails) and read its time and place. A picture
    of more pixels than Pillow opens without a warning is refused before it is decoded: a few
    hundred kilobytes of PNG can ask for gigabytes, and no phone photo within the size limit
    needs that many."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(BytesIO(data), formats=("JPEG" if media_type == JPEG else "PNG",))
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise _too_many_pixels(name) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise _damaged(name) from exc
    try:
        with image:
            metadata = image_metadata(image)
            if media_type == JPEG:  # decoding at an eighth of the size still reads every byte
                image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise _damaged(name) from exc
    return metadata


def _damaged(name: str) -> InputError:
    return InputError(
        translate(
            "Evidence",
            "{name} cannot be read as a picture: it is damaged or incomplete "
            "(perhaps cut short while copied). Copy it again from the camera or phone.",
        ).format(name=name),
        code="evidence_damaged",
    )


def _too_many_pixels(name: str) -> InputError:
    """The refusal of a picture whose header asks for more pixels than Juri decodes."""
    from PIL import Image

    return InputError(
        translate(
            "Evidence",
            "{name} is a picture of more than {limit} megapixels, more than an evidence "
            "picture may have. Attach a smaller copy (a phone can share a photo in a smaller "
            "size).",
        ).format(name=name, limit=(Image.MAX_IMAGE_PIXELS or 0) // 1_000_000),
        code="evidence_too_large",
    )


def image_metadata(image: Any) -> tuple[str | None, str | None]:
    """``(taken_at, place)`` from an open Pillow image's EXIF, each ``None`` when absent or
    unreadable: metadata is the camera's optional claim, and a garbled tag loses only it."""
    try:
        exif = image.getexif()
        details = exif.get_ifd(EXIF_IFD)
        gps = exif.get_ifd(GPS_IFD)
    except Exception:  # any fault in optional metadata: none found
        return None, None
    return (
        _taken_at(
            details.get(DATE_TIME_ORIGINAL) or exif.get(DATE_TIME),
            details.get(OFFSET_TIME_ORIGINAL),
        ),
        _place(gps),
    )


def _taken_at(value: Any, offset: Any) -> str | None:
    """EXIF's "2024:05:12 10:31:05" (and "+07:00") as "2024-05-12T10:31:05+07:00"."""
    if not isinstance(value, str) or len(value.strip("\0 ")) != 19:
        return None
    value = value.strip("\0 ")
    text = f"{value[:10].replace(':', '-')}T{value[11:]}"
    if isinstance(offset, str) and len(offset.strip("\0 ")) == 6:
        text += offset.strip("\0 ")
    if taken_at_ok(text):
        return text
    return text[:19] if taken_at_ok(text[:19]) else None


def _place(gps: Any) -> str | None:
    """The GPS position as "lat,lon" in degrees, or ``None``."""
    try:
        latitude = _degrees(gps[GPS_LATITUDE], gps.get(GPS_LATITUDE_REF), "S")
        longitude = _degrees(gps[GPS_LONGITUDE], gps.get(GPS_LONGITUDE_REF), "W")
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    if latitude is None or longitude is None or abs(latitude) > 90 or abs(longitude) > 180:
        return None
    return place_text(latitude, longitude)


def _degrees(value: Any, ref: Any, negative: str) -> float | None:
    degrees, minutes, seconds = (float(part) for part in value)
    result = degrees + minutes / 60 + seconds / 3600
    if not math.isfinite(result) or min(degrees, minutes, seconds) < 0:
        return None
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "replace")
    if not isinstance(ref, str) or ref.strip("\0 ").upper() not in ("N", "S", "E", "W"):
        return None
    return -result if ref.strip("\0 ").upper() == negative else result


def _megabytes(size: int) -> str:
    """Megabytes to one decimal, rounded up, as people read them ("8,1 MB", never "8,0")."""
    return format_decimal(Decimal(-(-size * 10 // MiB)) / 10, places=1)
