"""The names of the files inside a package: safe for every zip reader, writable on every
juror's disk, and distinct there.

The package builder runs these rules on every name before writing it and the package reader
refuses a package that breaks them, so Juri never writes a package it would refuse. Besides
what makes a path unsafe anywhere (absolute, ``..``, empty parts, backslashes, control
characters, which some tools cut a name at: ``x.pdf\\0.exe``; format characters such as the
right-to-left override, which make ``photo\\u202egpj.exe`` show as ``photoexe.jpg``), a name
must be one Windows can write — most jurors use it, and docs/formats.md verifies a package
with ``unzip`` — and names must stay distinct on disks that ignore case (NTFS, APFS) or
Unicode normalisation (APFS, HFS+): two names one of those disks takes for the same file are
refused as twins.
"""

from __future__ import annotations

import re
import unicodedata

from app.domain.text import code_point, format_character
from app.i18n import translate

_DEVICES = r"con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$"
_DEVICE = re.compile(rf"(?:{_DEVICES}) *(?:\..*)?", re.IGNORECASE)  # a whole part
_DEVICE_STARTS = ("con", "prn", "aux", "nul", "com", "lpt")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_RESERVED = re.compile(r'[\\<>:"|?*]')
_CONTROL_OR_RESERVED = re.compile(r'[\x00-\x1f\x7f-\x9f\\<>:"|?*]')
PROPOSAL_SUFFIXES = (".pdf",)
VIDEO_SUFFIXES = (".mp4", ".m4v", ".webm", ".mkv", ".mov", ".avi", ".ogv")


def name_problem(name: str) -> str | None:
    """Why ``name`` may not name a file in a package, in the user's words; ``None`` if it
    may."""
    if not _breaks_a_rule(name):
        return None
    if _CONTROL.search(name):
        return translate("Names", "it contains a control character")
    character = format_character(name)
    if character is not None:
        return translate(
            "Names",
            "it contains the invisible character {code}, which can make a name read as another "
            "(photo.exe as photo.jpg)",
        ).format(code=code_point(character))
    if _RESERVED.search(name):
        return translate("Names", 'it contains a character Windows reserves (\\ < > : " | ? *)')
    parts = name.split("/")
    if "" in parts:
        return translate("Names", "it is absolute or has an empty part")
    if ".." in parts or "." in parts:
        return translate("Names", "it has a '.' or '..' part")
    if any(part.endswith((".", " ")) for part in parts):
        return translate("Names", "a part of it ends in a dot or a space, which Windows drops")
    return translate(
        "Names", "a part of it is a device name on Windows (CON, PRN, AUX, NUL, COM1, LPT1 …)"
    )


def file_name_problem(name: str, suffixes: tuple[str, ...]) -> str | None:
    """Why ``name`` may not be a packaged file's own name, in the user's words; ``None`` if
    it may. A juror's computer writes the file under this name and opens it by its ending, so
    it must be a plain name (no folder), safe on every disk (:func:`name_problem`), in Unicode
    normal form C, and end in one of ``suffixes`` (``evil.hta`` is no proposal)."""
    if "/" in name:
        return translate("Names", "it names a folder, not just a file")
    problem = name_problem(name)
    if problem is not None:
        return problem
    if not name.isascii() and not unicodedata.is_normalized("NFC", name):
        return translate("Names", "it is not in Unicode normal form C")
    lowered = name.lower()
    if not lowered.endswith(suffixes) or lowered in suffixes:
        return translate("Names", "it does not end in {suffixes}").format(
            suffixes=", ".join(suffixes)
        )
    return None


def _breaks_a_rule(name: str) -> bool:
    """Whether :func:`name_problem` has a reason for ``name``: searches of the whole name
    first, as a package holds thousands of names and nearly all pass; parts are looked at
    only when a device name could be among them."""
    if (
        not name
        or name[0] == "/"
        or name[-1] in "/. "
        or "//" in name
        or "./" in name
        or " /" in name
        or _CONTROL_OR_RESERVED.search(name)
        or format_character(name) is not None
    ):
        return True
    lowered = name.lower()
    return any(start in lowered for start in _DEVICE_STARTS) and any(
        _DEVICE.fullmatch(part) for part in name.split("/")
    )


def twin_key(name: str) -> str:
    """What a disk that ignores case and Unicode normalisation makes of ``name``: two names
    with the same key are one file there."""
    if name.isascii():  # every name Juri writes: the same key, made the quick way
        return name.lower()
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


class NameRegister:
    """The names of one package, to find twins: names that are one file on some disk, or a
    file that is also another name's folder there."""

    def __init__(self) -> None:
        self._files: dict[str, str] = {}
        self._folders: dict[str, str] = {}

    def add(self, name: str) -> str | None:
        """Record ``name`` (a folder's when it ends in ``/``); the earlier name it clashes
        with, if any (then nothing is recorded)."""
        key = twin_key(name.rstrip("/"))
        folders = []
        at = key.find("/")
        while at >= 0:
            folders.append(key[:at])
            at = key.find("/", at + 1)
        if name.endswith("/"):
            earlier = self._files.get(key)
        else:
            earlier = self._files.get(key) or self._folders.get(key)
        earlier = earlier or next((self._files[f] for f in folders if f in self._files), None)
        if earlier is not None:
            return earlier
        if name.endswith("/"):
            self._folders.setdefault(key, name)
        else:
            self._files[key] = name
        for folder in folders:
            self._folders.setdefault(folder, name)
        return None
