"""The final rule: how the rounds' rankings combine into the final line-up.

Written by the secretariat in the rubric file's ``final`` section, and recorded, resolved, in
the chair's signed final file (``docs/formats.md`` §3 and §12). Two ways to combine:

- ``weights``: the final score is the weighted mean of the rounds' scores (weights > 0 that sum
  to 100), so every weighted round counts;
- ``last``: one round's score ranks (by default the last round of the file), earlier rounds
  serve as gates.

Either way ``gates`` name rounds a submission must have *passed* (its mean at or above that
round's passing grade, with enough complete evaluations), and ``tie_break`` the rounds whose
scores separate equal final scores, in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from app.domain.numbers import decimal_text
from app.formats import fields as f
from app.i18n import translate

MAX_ROUNDS = 20  # as many as a rubric file may name
RULE_KEYS = {"combine", "weights", "round", "gates", "tie_break"}


class Combine(StrEnum):
    WEIGHTS = "weights"
    LAST = "last"


@dataclass(frozen=True)
class FinalRule:
    combine: Combine
    weights: tuple[tuple[str, Decimal], ...] = ()  # weights: round id → weight, summing to 100
    decides: str | None = None  # last: the round whose score ranks
    gates: tuple[str, ...] = ()  # rounds a submission must have passed
    tie_break: tuple[str, ...] | None = None  # None: the chain's other rounds, latest first

    @property
    def scoring(self) -> tuple[str, ...]:
        """The rounds whose scores make the final score."""
        if self.combine is Combine.WEIGHTS:
            return tuple(round_id for round_id, _weight in self.weights)
        return (self.decides,) if self.decides else ()

    @property
    def used(self) -> set[str]:
        """Every round the rule needs a merged file of."""
        return {*self.scoring, *self.gates, *(self.tie_break or ())}

    def resolved(self, chain: Sequence[str]) -> FinalRule:
        """The rule with its tie-break spelled out for the rounds of ``chain`` (in the order
        they were held): by default every round of the chain, latest first, except the one
        that alone decides."""
        if self.tie_break is not None:
            return self
        alone = self.decides if self.combine is Combine.LAST else None
        return replace(self, tie_break=tuple(r for r in reversed(chain) if r != alone))


def final_rule_from_json(
    value: Any, path: str, rounds: Sequence[str], *, resolved: bool = False
) -> FinalRule:
    """The rule as written, naming only ``rounds`` (the round ids, in the order held). In the
    rubric file ``round`` defaults to the last round and ``tie_break`` to the chain's other
    rounds; ``resolved`` (the signed final file) requires both written out."""
    data = f.obj(value, path)
    f.only_keys(data, RULE_KEYS, path)
    combine_text = f.text(data, "combine", path)
    if combine_text not in Combine.__members__.values():
        raise f.FieldError(
            f"{path}.combine",
            translate("FinalRule", 'must be "weights" or "last" (not \'{value}\')').format(
                value=combine_text[:40]
            ),
        )
    combine = Combine(combine_text)

    weights: tuple[tuple[str, Decimal], ...] = ()
    decides = None
    if combine is Combine.WEIGHTS:
        if "round" in data:
            raise f.FieldError(
                f"{path}.round",
                translate(
                    "FinalRule",
                    'belongs to "last" only: with "weights" every weighted round counts',
                ),
            )
        weights = _weights(
            f.obj(f.member(data, "weights", path), f"{path}.weights"), f"{path}.weights", rounds
        )
    else:
        if "weights" in data:
            raise f.FieldError(
                f"{path}.weights",
                translate(
                    "FinalRule", 'belongs to "weights" only: with "last" one round\'s score ranks'
                ),
            )
        if "round" in data or resolved:
            decides = _round_name(f.member(data, "round", path), f"{path}.round", rounds)
        else:
            decides = rounds[-1] if rounds else None
    gates = []
    for i, item in enumerate(f.items(data.get("gates", []), f"{path}.gates", max_items=MAX_ROUNDS)):
        where = f"{path}.gates[{i}]"
        gate = f.obj(item, where)
        f.exact_keys(gate, {"round", "passing"}, where)
        if gate["passing"] is not True:
            raise f.FieldError(
                f"{where}.passing",
                translate("FinalRule", "must be true (a gate is a round the submission passed)"),
            )
        gates.append(_round_name(gate["round"], f"{where}.round", rounds))
    tie_break = None
    if "tie_break" in data or resolved:
        names = f.items(
            f.member(data, "tie_break", path), f"{path}.tie_break", max_items=MAX_ROUNDS
        )
        tie_break = tuple(
            _round_name(name, f"{path}.tie_break[{i}]", rounds) for i, name in enumerate(names)
        )
    for name, listed in (("gates", gates), ("tie_break", tie_break or ())):
        twice = sorted({r for r in listed if listed.count(r) > 1})
        if twice:
            raise f.FieldError(
                f"{path}.{name}",
                translate("FinalRule", "names {rounds} more than once").format(
                    rounds=", ".join(twice)
                ),
            )
    return FinalRule(combine, weights, decides, tuple(gates), tie_break)


def _round_name(value: Any, where: str, rounds: Sequence[str]) -> str:
    """A round's id, one of ``rounds``."""
    try:
        name = f.identifier({"round": value}, "round", "")
    except f.FieldError as exc:
        raise f.FieldError(where, exc.problem) from None
    if name not in rounds:
        raise f.FieldError(
            where,
            translate(
                "FinalRule",
                "names the round '{name}', which the file does not have (it has: {ids})",
            ).format(name=name, ids=", ".join(rounds)),
        )
    return name


def _weights(
    data: dict[str, Any], path: str, rounds: Sequence[str]
) -> tuple[tuple[str, Decimal], ...]:
    if not data:
        raise f.FieldError(path, translate("FinalRule", "must weigh at least one round"))
    found = []
    for name in data:
        _round_name(name, f"{path}.{name[:64]}", rounds)
        weight = f.decimal(data, name, path)
        if weight is None or weight <= 0:
            raise f.FieldError(
                f"{path}.{name}",
                translate(
                    "FinalRule", "must be more than 0 (leave a round out to give it no weight)"
                ),
            )
        found.append((name, weight))
    total = sum(weight for _name, weight in found)
    if total != 100:
        raise f.FieldError(
            path,
            translate("FinalRule", "must sum to exactly 100 (they sum to {total})").format(
                total=decimal_text(total)
            ),
        )
    found.sort(key=lambda item: rounds.index(item[0]))  # in the order held, for every output
    return tuple(found)


def final_rule_to_json(rule: FinalRule) -> dict[str, Any]:
    """The resolved rule as the final file records it."""
    if rule.tie_break is None:
        raise ValueError("resolve the rule's tie-break first")
    data: dict[str, Any] = {
        "combine": rule.combine.value,
        "gates": [{"passing": True, "round": r} for r in rule.gates],
        "tie_break": list(rule.tie_break),
    }
    if rule.combine is Combine.WEIGHTS:
        data["weights"] = {name: decimal_text(weight) for name, weight in rule.weights}
    else:
        data["round"] = rule.decides
    return data
