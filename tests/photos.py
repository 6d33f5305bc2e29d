"""Photos for evidence tests, made with Pillow: a JPEG with the EXIF time and GPS position a
phone writes, a PNG, and the files that must be refused."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from PIL import Image
from PIL.TiffImagePlugin import IFDRational

# Monas, Jakarta: 6°10'31.41"S 106°49'37.65"E
MONAS = ("S", (6, 10, "31.41"), "E", (106, 49, "37.65"))
MONAS_PLACE = "-6.175392,106.827125"


def _rational(value: int | str) -> IFDRational:
    if isinstance(value, str):
        whole, _, fraction = value.partition(".")
        return IFDRational(int(whole + fraction), 10 ** len(fraction))
    return IFDRational(value)


def jpeg(
    *,
    taken: str | None = "2024:05:12 10:31:05",
    offset: str | None = "+07:00",
    gps: tuple | None = MONAS,
    size: tuple[int, int] = (96, 64),
    color: tuple[int, int, int] = (30, 120, 200),
) -> bytes:
    """A small JPEG photo with the EXIF tags a phone writes (each may be left out)."""
    exif = Image.Exif()
    if taken is not None:
        exif[0x0132] = taken
        exif.get_ifd(0x8769)[0x9003] = taken
        if offset is not None:
            exif.get_ifd(0x8769)[0x9011] = offset
    if gps is not None:
        lat_ref, lat, lon_ref, lon = gps
        place = exif.get_ifd(0x8825)
        place[1], place[2] = lat_ref, tuple(map(_rational, lat))
        place[3], place[4] = lon_ref, tuple(map(_rational, lon))
    buffer = BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG", exif=exif.tobytes(), quality=90)
    return buffer.getvalue()


def png(size: tuple[int, int] = (80, 60)) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, (200, 60, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path
