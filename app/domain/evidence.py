"""Evidence from a field visit: photos and documents a juror attaches to an evaluation.

Each file travels inside the juror's signed result (base64, docs/formats.md §6), named there by
its SHA-256, so the chair sees what the juror saw and nobody can swap one. The kind of a file
is what its first bytes say, never its name: a JPEG, a PNG or a PDF, nothing else (no script or
program can pass for a photo). The limits keep a result file within what its reader takes
(:data:`app.formats.result.MAX_RESULT_BYTES`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from app.domain.text import format_character
from app.limits import MiB

JPEG, PNG, PDF = "image/jpeg", "image/png", "application/pdf"
MEDIA_TYPES = (JPEG, PNG, PDF)
#: the file-name extension Juri gives a file of each kind when it writes one out
EXTENSIONS = {JPEG: ".jpg", PNG: ".png", PDF: ".pdf"}
MAX_EVIDENCE_BYTES = 8 * MiB  # one file: a phone photo is 2–6 MB
MAX_EVIDENCE_FILES = 12  # per evaluation
#: all of one juror's evidence in one package (base64 makes it 4/3 larger in the result,
#: which must stay under 128 MB with every evaluation's scores and comments)
MAX_EVIDENCE_TOTAL = 64 * MiB
MAX_NAME_CHARS = 200

# "2024-05-12T10:31:05", the camera's own clock, with its UTC offset when the photo has one
TAKEN_AT = re.compile(
    r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]([+-]([01][0-9]|2[0-3]):[0-5][0-9])?"
)
# "-6.175392,106.827153": latitude and longitude in degrees, six decimals (about 10 cm)
PLACE = re.compile(r"(-?)([0-9]{1,2})\.[0-9]{6},(-?)([0-9]{1,3})\.[0-9]{6}")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One attached file as the evaluation records it; ``data`` (its base64 text in a result
    file) is carried only where the bytes travel, and is never compared."""

    name: str
    media_type: str
    sha256: str
    size: int
    taken_at: str | None = None
    place: str | None = None
    data: str | None = field(default=None, compare=False, repr=False)

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.media_type]


def media_type_of(data: bytes) -> str | None:
    """The kind of file ``data`` is by its first bytes (its "magic"), or ``None``."""
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"):
        return PNG
    if data.startswith(b"%PDF-"):
        return PDF
    return None


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot name an attached file (a plain file name, shown to the chair), or
    ``None``. Juri never writes a file under this name, so only what confuses people is
    refused: a path, control characters, format characters (a right-to-left override makes
    ``photo\u202egpj.exe`` show as ``photoexe.jpg``), an empty or overlong name."""
    if not name or name.isspace():
        return "empty"
    if len(name) > MAX_NAME_CHARS:
        return "long"
    if any(ch in "/\\" or ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in name):
        return "path"
    if format_character(name) is not None:
        return "format"
    return None


def taken_at_ok(text: str) -> bool:
    """Whether ``text`` is a photo's time as Juri writes it, on a real calendar day."""
    if TAKEN_AT.fullmatch(text) is None:
        return False
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def place_ok(place: str) -> bool:
    """Whether ``place`` is a latitude and longitude as Juri writes them: within ±90 and
    ±180, six decimals, no "-0.000000"."""
    found = PLACE.fullmatch(place)
    if found is None:
        return False
    latitude, longitude = place.split(",")
    if abs(float(latitude)) > 90 or abs(float(longitude)) > 180:
        return False
    return not any(part.startswith("-") and float(part) == 0 for part in (latitude, longitude))


def place_text(latitude: float, longitude: float) -> str:
    """A place as Juri writes it (see :func:`place_ok`)."""

    def degrees(value: float) -> str:
        text = f"{value:.6f}"
        return text[1:] if text.startswith("-") and float(text) == 0 else text

    return f"{degrees(latitude)},{degrees(longitude)}"
