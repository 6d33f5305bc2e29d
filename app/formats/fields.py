"""Typed access to parsed JSON with messages that name the exact place of a problem.

``FieldError("submissions[3].files[0].sha256", "must be 64 hexadecimal characters")`` reads well
in a refusal message and points a secretariat officer straight at the fault.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal, overload
from urllib.parse import urlsplit

from app.crypto.keys import decode_public_key, fingerprint
from app.domain.numbers import parse_canonical_decimal, parse_decimal
from app.domain.text import LocalizedText, unseen_character
from app.i18n import translate

# Codes and ids that also appear in file names and zip paths.
IDENTIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
# A time as Juri writes it (``app.services.workspace.utc_now``): UTC, milliseconds, "Z".
TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
    r"\.[0-9]{3}Z"
)
MAX_TEXT = 100_000
# The longest text a submission's field may hold in a manifest. The manifest reader refuses
# longer, and the submissions sheet is checked against the same figures, so that the builder
# never writes a package its reader refuses (a 300-character category once did).
SUBMISSION_TEXT_LIMITS = {
    "title": 1000,
    "agency": 1000,
    "group": 200,
    "cluster": 200,
    "category": 200,
    "video_url": 2000,
}


class FieldError(ValueError):
    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


_ABSENT = object()


class SchemaTooNew(ValueError):
    """A document made by a newer version of Juri: readers ask for an update, never guess."""


def check_format(
    root: dict[str, Any], expected: str, schema: int, not_this: str, *, oldest: int | None = None
) -> int:
    """The ``format`` and ``schema`` of a signed document, checked before anything else:
    ``not_this`` is the message for another kind of document; a newer schema raises
    :class:`SchemaTooNew` with the schema found. ``oldest``: the first schema still read
    (default: only ``schema``). Returns the schema found."""
    if root.get("format") != expected:
        raise FieldError("format", not_this)
    found = root.get("schema")
    if type(found) is int and found > schema:
        raise SchemaTooNew(found)
    if type(found) is not int or not (schema if oldest is None else oldest) <= found <= schema:
        raise FieldError("schema", translate("Fields", "unknown schema version"))
    return found


def _where(path: str, key: str) -> str:
    """The place of ``key`` inside ``path``, as messages name it."""
    return f"{path}.{key}" if path else key


def obj(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FieldError(path, translate("Fields", "must be an object"))
    return value


def items(value: Any, path: str, *, max_items: int = 1_000_000) -> list[Any]:
    if not isinstance(value, list):
        raise FieldError(path, translate("Fields", "must be a list"))
    if len(value) > max_items:
        raise FieldError(path, translate("Fields", "has more than {n} items").format(n=max_items))
    return value


def member(container: dict[str, Any], key: str, path: str) -> Any:
    if key not in container:
        raise FieldError(_where(path, key), translate("Fields", "is missing"))
    return container[key]


def text(
    container: dict[str, Any],
    key: str,
    path: str,
    *,
    required: bool = True,
    default: str = "",
    max_length: int = MAX_TEXT,
) -> str:
    """The text at ``key``; the place is spelled out only for a message (a 5,000-submission
    manifest reads some 50,000 texts)."""
    value = container.get(key, _ABSENT)
    if value is _ABSENT:
        if required:
            raise FieldError(_where(path, key), translate("Fields", "is missing"))
        return default
    if not isinstance(value, str):
        raise FieldError(_where(path, key), translate("Fields", "must be text"))
    if len(value) > max_length:
        raise FieldError(
            _where(path, key),
            translate("Fields", "is longer than {n} characters").format(n=max_length),
        )
    if required and (not value or value.isspace()):  # what strip() would leave empty
        raise FieldError(_where(path, key), translate("Fields", "must not be empty"))
    return value


def is_video_url(url: str) -> bool:
    """Only http(s) links with a host: no ``javascript:``, ``file:`` or bare words. The
    submissions spreadsheet, the manifest reader and the video tab all ask this one question."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in url


def identifier_problem(value: str) -> str | None:
    """Why ``value`` is not a code or id, or ``None``. An invisible or look-alike character
    (a zero-width space or a non-breaking hyphen pasted from a web page or a PDF) is named
    with its position, since the cell looks right."""
    if IDENTIFIER.fullmatch(value):
        return None
    for position, char in enumerate(value, start=1):
        if char.isascii() and (char.isalnum() or char in "._-"):
            continue
        return translate(
            "Fields",
            "'{value}' has {character} at position {position}; use only letters, "
            "digits, '.', '_' and '-'",
        ).format(value=value[:80], character=described_character(char), position=position)
    return translate(
        "Fields",
        "'{value}' may use only letters, digits, '.', '_' and '-' (at most 64)",
    ).format(value=value[:80])


def described_character(char: str) -> str:
    """A character as a message names it: ``the invisible character ZERO WIDTH SPACE
    (U+200B)``, since a cell holding one looks right."""
    if char == " ":
        return translate("Fields", "a space")
    kind = unicodedata.category(char)
    name = unicodedata.name(char, "")
    code = f"U+{ord(char):04X}"
    if not name:  # control characters have no Unicode name: a line break, a tab, ESC
        return translate("Fields", "the control character {code}").format(code=code)
    return (
        translate("Fields", "the invisible character {name} ({code})")
        if kind[0] in "CZ"
        else translate("Fields", "the character {char} {name} ({code})")
    ).format(name=name, code=code, char=char)


def one_line_problem(value: str) -> str | None:
    """Why ``value`` is not one line of visible text (``has … at position 5; a name is …``),
    or ``None``: a name a signed file shows, as a juror, a chair or a key's label gives it."""
    unseen = unseen_character(value, one_line=True)
    if unseen is None:
        return None
    return translate(
        "Fields", "has {character} at position {position}; a name is one line of visible text"
    ).format(character=described_character(unseen[1]), position=unseen[0])


def one_line_name(container: dict[str, Any], key: str, path: str) -> str:
    """A name a signed file shows its reader (a chair's, under the signature of a berita
    acara): text, one line of visible text, as Juri signs it (:func:`app.domain.text.one_line`)."""
    value = text(container, key, path, required=False)
    problem = one_line_problem(value)
    if problem is not None:
        raise FieldError(_where(path, key), problem)
    return value


def identifier(container: dict[str, Any], key: str, path: str) -> str:
    value = text(container, key, path)
    if not IDENTIFIER.fullmatch(value):
        raise FieldError(
            _where(path, key),
            translate(
                "Fields",
                "'{value}' may use only letters, digits, '.', '_' and '-' (at most 64)",
            ).format(value=value[:80]),
        )
    return value


def integer(container: dict[str, Any], key: str, path: str, *, minimum: int = 0) -> int:
    value = member(container, key, path)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise FieldError(
            _where(path, key),
            translate("Fields", "must be a whole number of at least {n}").format(n=minimum),
        )
    return value


@lru_cache(maxsize=1024)
def _real_date(text: str) -> bool:
    """Whether ``YYYY-MM-DD`` names a day of the calendar (results hold few distinct days)."""
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def is_time(value: object) -> bool:
    """Whether ``value`` is a time exactly as Juri writes one: ``2026-11-23T09:44:42.270Z``.
    One fixed width, so such times compare as text in time order."""
    return type(value) is str and TIME.fullmatch(value) is not None and _real_date(value[:10])


def utc_time(container: dict[str, Any], key: str, path: str) -> str:
    value = member(container, key, path)
    if not is_time(value):
        raise FieldError(
            _where(path, key),
            translate("Fields", "must be a UTC time such as 2026-11-23T09:44:42.270Z"),
        )
    return value


def boolean(container: dict[str, Any], key: str, path: str) -> bool:
    value = member(container, key, path)
    if not isinstance(value, bool):
        raise FieldError(f"{path}.{key}", translate("Fields", "must be true or false"))
    return value


@overload
def decimal(
    container: dict[str, Any], key: str, path: str, *, required: Literal[True] = True
) -> Decimal: ...
@overload
def decimal(
    container: dict[str, Any], key: str, path: str, *, required: bool
) -> Decimal | None: ...
def decimal(
    container: dict[str, Any], key: str, path: str, *, required: bool = True
) -> Decimal | None:
    where = _where(path, key)
    if key not in container or container[key] is None:
        if required:
            raise FieldError(where, translate("Fields", "is missing"))
        return None
    value = container[key]
    if isinstance(value, Decimal):  # hand-written files read with decimals_as_numbers
        return value
    try:
        return parse_decimal(value)
    except ValueError:
        raise FieldError(
            where, translate("Fields", 'must be a decimal number such as "7" or "7.5"')
        ) from None


def canonical_decimals(value: Any, keys: AbstractSet[str], path: str) -> None:
    """Every member named in ``keys``, anywhere in ``value``, is a decimal in the one spelling
    Juri writes (docs/formats.md §1) or ``null``: a signed file read leniently would let one
    value have two spellings ("85" and "85.0"). Hand-written files (the rubric) do not ask."""
    if isinstance(value, list):
        for i, item in enumerate(value):
            canonical_decimals(item, keys, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            where = _where(path, key)
            if key in keys and item is not None:
                try:
                    parse_canonical_decimal(item)
                except ValueError:
                    raise FieldError(
                        where,
                        translate(
                            "Fields",
                            'must be a decimal number written as "7" or "7.5" (no '
                            "trailing zeros, spaces or leading zeros)",
                        ),
                    ) from None
            else:
                canonical_decimals(item, keys, where)


def localized(
    container: dict[str, Any], key: str, path: str, *, required: bool = True
) -> LocalizedText:
    where = _where(path, key)
    if key not in container:
        if required:
            raise FieldError(where, translate("Fields", "is missing"))
        return LocalizedText("")
    try:
        value = LocalizedText.from_json(container[key])
    except ValueError:
        raise FieldError(where, translate("Fields", 'must be text or {"id": …, "en": …}')) from None
    if required and not value:
        raise FieldError(where, translate("Fields", "must not be empty"))
    if len(value.id) > MAX_TEXT or len(value.en) > MAX_TEXT:
        raise FieldError(where, translate("Fields", "is too long"))
    return value


def exact_keys(container: dict[str, Any], keys: AbstractSet[str], path: str) -> None:
    """Refuse unknown keys and missing ones: a document Juri writes always has every member."""
    if container.keys() == keys:  # the usual case
        return
    only_keys(container, keys, path)
    raise FieldError(_where(path, min(keys - container.keys())), translate("Fields", "is missing"))


def only_keys(container: dict[str, Any], allowed: AbstractSet[str], path: str) -> None:
    """Refuse unknown keys, so a typo in a hand-written file is not silently ignored."""
    if container.keys() <= allowed:  # the usual case, checked without building a set
        return
    unknown = sorted(set(container) - allowed)
    if unknown:
        raise FieldError(
            path or "/",
            translate("Fields", "unknown field(s): {names}").format(names=", ".join(unknown)),
        )


def sha256_hex(container: dict[str, Any], key: str, path: str) -> str:
    """A SHA-256 as Juri writes it: 64 lowercase hexadecimal digits."""
    value = text(container, key, path)
    if not SHA256_HEX.fullmatch(value):
        raise FieldError(
            _where(path, key), translate("Fields", "must be 64 lowercase hexadecimal characters")
        )
    return value


def public_key(
    container: dict[str, Any], key: str, path: str, *, fingerprint_key: str | None = None
) -> bytes:
    """An Ed25519 public key in base64; with ``fingerprint_key``, the fingerprint written
    beside it (for people to compare) must be the key's own."""
    try:
        value = decode_public_key(member(container, key, path))
    except ValueError as exc:
        raise FieldError(_where(path, key), str(exc)) from None
    if fingerprint_key is not None and member(container, fingerprint_key, path) != fingerprint(
        value
    ):
        raise FieldError(
            _where(path, fingerprint_key), translate("Fields", "is not the fingerprint of the key")
        )
    return value
