"""Text that a competition gives in Indonesian and English, and the characters no text a
person types may hold.

A control character (C0 but tab and newline, DEL, C1) in a comment or a note does nothing for
its reader but can drive a terminal (``ESC ]0;…BEL`` retitles it, ``ESC [2J`` clears it) or hide
text; a Unicode format character (category Cf: the bidirectional overrides U+202A–U+202E and
isolates U+2066–U+2069, the marks U+200E/U+200F, zero-width characters) makes a name display
as something else (``photo\u202egpj.exe`` shows as ``photoexe.jpg``). Juri refuses the first in
every text a juror types on the command line (the app takes pasted text without them:
:func:`without_controls`) and the second in every file name, at input and on reading.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: control characters: C0 except tab and newline, DEL, C1
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def control_character(text: str) -> str | None:
    """The first control character in ``text`` (tab and newline allowed), or ``None``."""
    found = CONTROL.search(text)
    return None if found is None else found.group()


#: a line break as Windows and old Macs write it: kept as one newline when text is cleaned
_BREAK = re.compile(r"\r\n?")
#: every control character, tab and newline too: a one-line field keeps none
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: what else breaks or blanks one line: the line and paragraph separators (Qt and ReportLab
#: start a new line at them) and the Hangul fillers, letters that show as nothing
_NOT_ONE_LINE = re.compile(r"[\u2028\u2029\u115f\u1160\u3164\uffa0]")


def without_controls(text: str, *, one_line: bool = False) -> str:
    """``text`` as a juror may keep it: a carriage return (with its line feed) becomes a line
    break, and every other control character a space (a form feed or NUL copied from a PDF
    is a gap between words, not something to refuse the juror for). In a one-line field,
    tabs and line breaks become spaces too. The store still refuses what this leaves out."""
    if CONTROL.search(text) is None and not (one_line and _ANY_CONTROL.search(text)):
        return text
    text = _BREAK.sub("\n", text)
    return (_ANY_CONTROL if one_line else CONTROL).sub(" ", text)


def format_character(text: str) -> str | None:
    """The first Unicode format character (category Cf) in ``text``, or ``None``."""
    if text.isascii():
        return None
    return next((ch for ch in text if unicodedata.category(ch) == "Cf"), None)


def unseen_character(text: str, *, one_line: bool = False) -> tuple[int, str] | None:
    """The position (from 1) and the first control or Unicode format character of ``text``
    (when ``one_line``: tabs, line breaks, the line and paragraph separators and the blank
    Hangul fillers too), or ``None``: what a reader cannot see, or what moves the text around
    it, in a value that names something."""
    pattern = _ANY_CONTROL if one_line else CONTROL
    for position, char in enumerate(text, start=1):
        if pattern.fullmatch(char) or (
            not char.isascii()
            and (unicodedata.category(char) == "Cf" or (one_line and _NOT_ONE_LINE.fullmatch(char)))
        ):
            return position, char
    return None


def one_line(text: str) -> str:
    """``text`` as one line of visible text: every character :func:`unseen_character` finds
    in a one-line value becomes a space. For a key's label signed as a chair's name: a label
    made before Juri checked labels keeps working, and the name signed is one the readers
    take."""
    if unseen_character(text, one_line=True) is None:
        return text
    return " ".join(
        "".join(" " if unseen_character(char, one_line=True) else char for char in text).split()
    )


def code_point(character: str) -> str:
    """``U+202E``: how a message names a character nobody can see."""
    return f"U+{ord(character):04X}"


def visible(text: str) -> str:
    """``text`` with every control or format character written as an escape (``\\x1b``,
    ``\\u202e``), for a terminal: text read from a file must not drive it."""
    if text.isascii() and CONTROL.search(text) is None:
        return text
    return "".join(_shown(ch) for ch in text)


def _shown(ch: str) -> str:
    number = ord(ch)
    if CONTROL.fullmatch(ch):
        return f"\\x{number:02x}"
    if number > 0x7F and unicodedata.category(ch) == "Cf":
        return f"\\u{number:04x}" if number <= 0xFFFF else f"\\U{number:08x}"
    return ch


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """Indonesian (``id``) and English (``en``) text; either may be empty, not both."""

    id: str
    en: str = ""

    def get(self, language: str) -> str:
        """The text in ``language``, falling back to the other language when it is empty."""
        first, second = (self.en, self.id) if language == "en" else (self.id, self.en)
        return first or second

    def to_json(self) -> dict[str, str]:
        return {"en": self.en, "id": self.id}

    @classmethod
    def from_json(cls, value: object) -> LocalizedText:
        """Accept ``{"id": …, "en": …}`` or a plain string (used for both languages)."""
        if isinstance(value, str):
            return cls(value.strip(), "")
        if isinstance(value, dict) and set(value) <= {"id", "en"}:
            id_text, en_text = value.get("id", ""), value.get("en", "")
            if isinstance(id_text, str) and isinstance(en_text, str):
                return cls(id_text.strip(), en_text.strip())
        raise ValueError("expected a text or an object with 'id' and 'en' texts")

    def __bool__(self) -> bool:
        return bool(self.id or self.en)
