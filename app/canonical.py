"""Canonical JSON (RFC 8785, "JCS") for everything Juri signs, and a strict reader.

Juri's documents hold only objects, arrays, strings, integers, booleans and null: decimals are
strings, so JCS's number rules reduce to plain integer formatting. For that subset JCS equals
``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` with object keys sorted by their
UTF-16 code units, which is what :func:`canonical_bytes` does in C speed (the test suite checks
it against the reference ``rfc8785`` package on generated documents).

:func:`parse_strict` is the only way Juri reads JSON from outside: it refuses floats, ``NaN``,
duplicate keys, lone surrogates, integers outside JavaScript's exact range, and documents that
are too large or too deeply nested, so that two readers can never disagree about what was signed.
:func:`parse_canonical` is not a second reader but its fast path for a file already in
canonical form (every file Juri writes), falling back to :func:`parse_strict` otherwise.

On top of this, each signed format has one reader that gives the JSON its meaning and accepts
exactly what Juri writes: :mod:`app.formats.manifest`, :mod:`app.formats.result` (the result
file; there was a second, "lean" one for speed, removed so the two could not drift) and
:mod:`app.merge.merged_file`.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

MAX_SAFE_INTEGER = 2**53 - 1
DEFAULT_MAX_DEPTH = 64
# Python holds a parsed JSON value in tens of bytes however short its text ("[]," is three
# bytes, an empty list 56), so the file's size alone does not bound the memory a hostile
# document takes. Every value but the first follows a "," or a ":", so counting them before
# parsing bounds the number of values (an overcount when strings contain them, which only a
# document far beyond any real one reaches). Ten million values: a 5,000-submission result
# or merged file has well under a million.
DEFAULT_MAX_VALUES = 10_000_000


class CanonicalError(ValueError):
    """The value cannot be written or read as canonical JSON."""


def canonical_bytes(value: Any) -> bytes:
    """The JCS bytes of ``value`` (UTF-8, sorted keys, no insignificant white space)."""
    prepared = _prepare(value, 0)
    text = json.dumps(prepared, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


def canonical_bytes_of_parsed(value: Any) -> bytes:
    """:func:`canonical_bytes` of a value :func:`parse_strict` returned (without
    ``decimals_as_numbers``), at C speed.

    Such a value holds only str keys, no floats, integers in range and no lone surrogates
    (all checked while parsing), so ``json.dumps`` with sorted keys writes JCS exactly —
    unless some text holds a character beyond U+FFFF, where JCS's UTF-16 key order and
    Python's code-point order may differ: then (a 4-byte UTF-8 sequence in the output) the
    careful path is taken. Verifying 300 result files spends most of its time here."""
    data = json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
    ).encode("utf-8")
    if has_four_byte_utf8(data):
        return canonical_bytes(value)
    return data


_FOUR_BYTE_UTF8 = re.compile(b"[\xf0-\xf4]")  # the lead byte of a character beyond U+FFFF


def has_four_byte_utf8(data: bytes) -> bool:
    """Whether UTF-8 ``data`` holds a character beyond U+FFFF (where JCS's UTF-16 key order
    and Python's code-point order may differ)."""
    return not data.isascii() and _FOUR_BYTE_UTF8.search(data) is not None


def _utf16_key(key: str) -> bytes:
    return key.encode("utf-16-be", "surrogatepass")


def _prepare(value: Any, depth: int) -> Any:
    """Check the value is in Juri's JSON subset and order object keys as JCS requires."""
    if depth > DEFAULT_MAX_DEPTH:
        raise CanonicalError("nested too deeply")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise CanonicalError(f"integer {value} is outside the exact range of JSON numbers")
        return value
    if isinstance(value, str):
        _check_text(value)
        return value
    if isinstance(value, dict):
        for key in value:
            if not isinstance(key, str):
                raise CanonicalError(f"object key {key!r} is not a string")
            _check_text(key)
        return {key: _prepare(value[key], depth + 1) for key in sorted(value, key=_utf16_key)}
    if isinstance(value, list | tuple):
        return [_prepare(item, depth + 1) for item in value]
    if isinstance(value, float):
        raise CanonicalError("floating-point numbers are not allowed; write decimals as strings")
    raise CanonicalError(f"cannot write {type(value).__name__} as JSON")


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise CanonicalError("text contains a lone surrogate") from exc


# --- reading ----------------------------------------------------------------------------------


def _no_float(text: str) -> Any:
    raise CanonicalError(f"number {text} has a fraction or exponent; decimals must be strings")


def _no_constant(text: str) -> Any:
    raise CanonicalError(f"{text} is not allowed in JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # at C speed; a repeated key shows as a shorter dict
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _item in pairs:
            if key in seen:
                raise CanonicalError(f"key {key!r} appears twice in one object")
            seen.add(key)
    return result


def parse_strict(
    data: bytes,
    *,
    max_bytes: int,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_values: int = DEFAULT_MAX_VALUES,
    decimals_as_numbers: bool = False,
) -> Any:
    """Parse untrusted JSON bytes into Juri's subset, or raise :class:`CanonicalError`.

    ``decimals_as_numbers`` is for files people write by hand (a rubric): ``12.5`` is then read
    exactly as ``Decimal("12.5")`` instead of being refused.
    """
    if len(data) > max_bytes:
        raise CanonicalError(f"document is larger than {max_bytes} bytes")
    if data.count(b",") + data.count(b":") + 1 > max_values:
        raise CanonicalError(f"document holds more than {max_values} values")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CanonicalError("document is not valid UTF-8") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        value = json.loads(
            text,
            parse_float=Decimal if decimals_as_numbers else _no_float,
            parse_int=_safe_int,
            parse_constant=_no_constant,
            object_pairs_hook=_unique_keys,
        )
    except CanonicalError:
        raise
    except RecursionError as exc:
        raise CanonicalError("document is nested too deeply") from exc
    except json.JSONDecodeError as exc:
        raise CanonicalError(f"not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise CanonicalError(f"not valid JSON ({exc})") from exc
    # Text decoded from valid UTF-8 holds no lone surrogate; only a \u escape can make one.
    _check_parsed(value, max_depth, check_text="\\u" in text)
    return value


def parse_canonical(
    data: bytes, *, max_bytes: int, max_depth: int = DEFAULT_MAX_DEPTH
) -> tuple[Any, bool]:
    """:func:`parse_strict` of ``data``, and whether ``data`` is exactly what
    ``json.dumps(value, sorted keys, no spaces)`` writes for the object it holds — true of every
    file Juri writes (see :func:`canonical_bytes_of_parsed`).

    Such a file is parsed without the duplicate-key hook (a Python call per object, a third of
    the parsing time of a result file): writing the parsed object back gives each key once, so
    when that equals the file, the file held no key twice. Anything else is parsed by
    :func:`parse_strict` itself, with its checks and messages."""
    if (
        len(data) <= max_bytes
        and data[:1] == b"{"
        and data.count(b",") + data.count(b":") < DEFAULT_MAX_VALUES
    ):
        try:
            text = data.decode("utf-8")
            value = json.loads(
                text, parse_float=_no_float, parse_int=_safe_int, parse_constant=_no_constant
            )
        except (ValueError, RecursionError):
            value = None  # parse_strict below says what is wrong
        if (
            isinstance(value, dict)
            and json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True) == text
        ):
            _check_parsed(value, max_depth, check_text="\\u" in text)
            return value, True
    return parse_strict(data, max_bytes=max_bytes, max_depth=max_depth), False


def _safe_int(text: str) -> int:
    """Integers are checked as they are parsed (a hook of ``json.loads``), not in a walk."""
    value = int(text)
    if abs(value) > MAX_SAFE_INTEGER:
        raise CanonicalError(f"integer {value} is outside the exact range")
    return value


def _check_parsed(root: Any, max_depth: int, *, check_text: bool = True) -> None:
    """Depth and (when ``check_text``) lone surrogates of a parsed document, without
    recursion; without text to check, only containers are walked (a 3 MB result file holds
    hundreds of thousands of strings)."""
    if not check_text:
        _check_depth(root, max_depth)
        return
    stack: list[tuple[Any, int]] = [(root, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > max_depth:
            raise CanonicalError("document is nested too deeply")
        if isinstance(value, str):
            _check_text(value)
        elif isinstance(value, dict):
            for key in value:
                _check_text(key)
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)


def _check_depth(root: Any, max_depth: int) -> None:
    """Refuse a container deeper than ``max_depth``, walking one level at a time: a list
    comprehension per level, not a generator per container, so a 5,000-submission manifest's
    25,000 containers take a third of the time."""
    containers = (dict, list)
    level = [root] if isinstance(root, containers) else []
    depth = 0
    while level:
        if depth > max_depth:
            raise CanonicalError("document is nested too deeply")
        level = [
            item
            for container in level
            for item in (container.values() if isinstance(container, dict) else container)
            if isinstance(item, containers)
        ]
        depth += 1
