"""A photo from a demo field visit: a small JPEG drawn with Pillow, with the EXIF time and GPS
place a phone writes, so the juror's and the chair's windows have a real photo to show."""

from __future__ import annotations

import random
from fractions import Fraction
from io import BytesIO

from PIL import Image, ImageDraw
from PIL.TiffImagePlugin import IFDRational

# towns of the demo's agencies: latitude, longitude and the zone's offset (WIB, WITA, WIT)
PLACES = (
    (-6.1754, 106.8272, "+07:00"),
    (-7.2575, 112.7521, "+07:00"),
    (-0.9471, 100.4172, "+07:00"),
    (-8.6705, 115.2126, "+08:00"),
    (-5.1477, 119.4327, "+08:00"),
    (3.5952, 98.6722, "+07:00"),
    (-2.5489, 140.7181, "+09:00"),
    (-0.0263, 109.3425, "+07:00"),
)
EXIF_IFD, GPS_IFD = 0x8769, 0x8825
DATETIME, DATETIME_ORIGINAL, OFFSET_ORIGINAL = 0x0132, 0x9003, 0x9011


def visit_photo(code: str, seed: int) -> bytes:
    """A 480×320 JPEG of a service office for ``code``, taken on a day of August 2023
    somewhere in Indonesia; the same code and seed give the same photo."""
    rng = random.Random(f"{code}/{seed}")
    day, hour, minute = rng.randint(14, 25), rng.randint(8, 15), rng.randint(0, 59)
    taken = f"2023:08:{day:02d} {hour:02d}:{minute:02d}:00"
    image = Image.new("RGB", (480, 320), (135, 190, 230))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 220, 480, 320), fill=(110, 160, 90))
    left = rng.randint(40, 160)
    draw.rectangle((left, 90, left + 260, 230), fill=(235, 225, 200), outline=(90, 70, 50))
    draw.polygon(((left - 15, 95), (left + 130, 40), (left + 275, 95)), fill=(170, 60, 50))
    for window in range(4):
        x = left + 20 + window * 60
        draw.rectangle((x, 120, x + 35, 160), fill=(90, 130, 170))
    draw.rectangle((left + 110, 175, left + 150, 230), fill=(120, 80, 50))
    latitude, longitude, offset = PLACES[rng.randrange(len(PLACES))]
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=80, exif=_exif(taken, offset, latitude, longitude).tobytes())
    return buffer.getvalue()


def _exif(taken: str, offset: str, latitude: float, longitude: float) -> Image.Exif:
    exif = Image.Exif()
    exif[DATETIME] = taken
    exif.get_ifd(EXIF_IFD).update({DATETIME_ORIGINAL: taken, OFFSET_ORIGINAL: offset})
    exif.get_ifd(GPS_IFD).update(
        {
            1: "S" if latitude < 0 else "N",
            2: _dms(latitude),
            3: "W" if longitude < 0 else "E",
            4: _dms(longitude),
        }
    )
    return exif


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    """Degrees, minutes and seconds, as EXIF's GPS tags hold them."""
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = Fraction(round((value - degrees - minutes / 60) * 3600 * 100), 100)
    return (
        IFDRational(degrees),
        IFDRational(minutes),
        IFDRational(seconds.numerator, seconds.denominator),
    )
