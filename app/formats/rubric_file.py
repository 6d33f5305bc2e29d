"""The rubric file a secretariat writes: the competition, its rounds and their criteria.

One file describes a whole competition; each criterion may name the rounds it belongs to
(``"rounds": ["desk", "field"]``, by round id; all rounds when absent). A package is built for
one round, whose rubric is the criteria of that round, in file order, with weights summing to 100.
Numbers may be written as JSON numbers (``12.5``) or strings (``"12.5"``); both are read exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from app.canonical import CanonicalError, parse_strict
from app.domain.competition import ChecklistItem, Competition, Round
from app.domain.rubric import Rubric
from app.errors import InputError
from app.formats import fields as f
from app.formats.final_rule import FinalRule, final_rule_from_json
from app.formats.rubric_json import (
    checked_rubric,
    checklist_from_json,
    competition_from_json,
    criterion_from_json,
    round_from_json,
)
from app.i18n import os_problem, translate

RUBRIC_FORMAT = "juri-rubric"
RUBRIC_VERSION = 1
MAX_RUBRIC_BYTES = 4 * 1024 * 1024
_Parsed = TypeVar("_Parsed")


@dataclass(frozen=True)
class RoundDefinition:
    competition: Competition
    round: Round
    rubric: Rubric
    checklist: tuple[ChecklistItem, ...]
    rounds: tuple[Round, ...] = ()  # every round of the file, in the order they are held
    final: FinalRule | None = None  # how the rounds combine into the final line-up


def read_rubric_file(path: Path, round_id: str | None = None) -> RoundDefinition:
    """The definition of one round; ``round_id`` may be omitted when the file has one round."""
    return _read(path, lambda document: parse_rubric_document(document, round_id))


def read_final_rule(path: Path) -> RoundDefinition:
    """The competition, its rounds and the ``final`` section (how they combine into the final
    line-up), which must be there; the criteria of the file's first round come with it."""
    return _read(path, parse_final_rule)


class _SeveralRounds(Exception):
    """The file holds several rounds and none was chosen: not a fault of the file."""

    def __init__(self, ids: list[str]) -> None:
        super().__init__(", ".join(ids))
        self.ids = ids


def _read(path: Path, parse: Callable[[object], _Parsed]) -> _Parsed:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            translate("RubricFile", "Cannot read the rubric file {path}: {error}").format(
                path=path, error=os_problem(exc)
            )
        ) from exc
    try:
        return parse(parse_strict(data, max_bytes=MAX_RUBRIC_BYTES, decimals_as_numbers=True))
    except _SeveralRounds as exc:
        raise InputError(
            translate(
                "RubricFile",
                "The rubric file {path} holds several rounds ({ids}); a package is for one: "
                "choose it with --round, e.g. --round {first}.",
            ).format(path=path.name, ids=", ".join(exc.ids), first=exc.ids[0]),
            code="round_needed",
        ) from None
    except (CanonicalError, f.FieldError) as exc:
        raise InputError(
            translate("RubricFile", "The rubric file {path} is not valid: {problem}").format(
                path=path.name, problem=exc
            ),
            code="invalid_rubric",
        ) from exc


def parse_final_rule(document: object) -> RoundDefinition:
    definition = parse_rubric_document(document, None, any_round=True)
    if definition.final is None:
        raise f.FieldError(
            "final",
            translate(
                "RubricFile",
                "is missing: the rubric file must say how the rounds combine into "
                "the final line-up (docs/formats.md §3)",
            ),
        )
    return definition


def parse_rubric_document(
    document: object, round_id: str | None, *, any_round: bool = False
) -> RoundDefinition:
    """The round ``round_id`` of a rubric file; ``any_round`` takes the first round of a file
    that has several (to read what is common to all: the competition, the final rule)."""
    root = f.obj(document, "")
    f.only_keys(
        root, {"format", "version", "competition", "rounds", "criteria", "checklist", "final"}, ""
    )
    if root.get("format") != RUBRIC_FORMAT:
        raise f.FieldError("format", translate("RubricFile", 'must be "juri-rubric"'))
    if root.get("version") != RUBRIC_VERSION:
        raise f.FieldError("version", translate("RubricFile", "must be 1"))
    competition = competition_from_json(f.member(root, "competition", ""), "competition")
    rounds = [
        round_from_json(r, f"rounds[{i}]")
        for i, r in enumerate(f.items(f.member(root, "rounds", ""), "rounds", max_items=20))
    ]
    if not rounds:
        raise f.FieldError("rounds", translate("RubricFile", "must name at least one round"))
    round_ = rounds[0] if any_round and round_id is None else _choose_round(rounds, round_id)
    ids = [r.id for r in rounds]
    if len(set(ids)) != len(ids):
        raise f.FieldError(
            "rounds",
            translate("RubricFile", "names a round twice: {ids}").format(
                ids=", ".join(sorted({i for i in ids if ids.count(i) > 1}))
            ),
        )
    final = final_rule_from_json(root["final"], "final", ids) if "final" in root else None
    known_rounds = {r.id for r in rounds}
    criteria = []
    for i, value in enumerate(f.items(f.member(root, "criteria", ""), "criteria", max_items=200)):
        where = f"criteria[{i}]"
        criterion = criterion_from_json(value, where, extra_keys=frozenset({"rounds"}))
        belongs = value.get("rounds")
        if belongs is None:
            criteria.append(criterion)
            continue
        names = f.items(belongs, f"{where}.rounds", max_items=20)
        unknown = [n for n in names if n not in known_rounds]
        if unknown:
            raise f.FieldError(
                f"{where}.rounds",
                translate("RubricFile", "names unknown round(s): {names}").format(
                    names=", ".join(map(str, unknown))
                ),
            )
        if round_.id in names:
            criteria.append(criterion)
    rubric = checked_rubric(Rubric(tuple(criteria)), f"criteria (round {round_.id})")
    checklist = checklist_from_json(root.get("checklist", []), "checklist")
    return RoundDefinition(competition, round_, rubric, checklist, tuple(rounds), final)


def _choose_round(rounds: list[Round], round_id: str | None) -> Round:
    if round_id is None:
        if len(rounds) == 1:
            return rounds[0]
        raise _SeveralRounds([r.id for r in rounds])
    for round_ in rounds:
        if round_.id == round_id:
            return round_
    raise f.FieldError(
        "rounds",
        translate("RubricFile", "has no round '{id}' (it has: {ids})").format(
            id=round_id, ids=", ".join(r.id for r in rounds)
        ),
    )
