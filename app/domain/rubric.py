"""The rubric: ordered, weighted criteria on stepped scales, and the weighted total.

Weighted total = Σ weightᵢ × (scoreᵢ − minᵢ) / (maxᵢ − minᵢ), on 0–100 because the weights sum to
100. It is computed as an exact :class:`~fractions.Fraction` and rounded only for display.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise
from math import lcm

from app.domain.numbers import decimal_text
from app.domain.score_grid import ScoreGrid, grid_of
from app.domain.text import LocalizedText
from app.i18n import translate

WEIGHT_TOTAL = Decimal(100)
# A scale with more steps than this is almost certainly a typo (step 0.001 on 0–100).
MAX_SCALE_STEPS = 1000


@dataclass(frozen=True, slots=True)
class Scale:
    """Scores from ``minimum`` to ``maximum`` in steps of ``step`` (e.g. 1–10 step 1)."""

    minimum: Decimal
    maximum: Decimal
    step: Decimal

    def problems(self) -> list[str]:
        found = []
        if self.maximum <= self.minimum:
            found.append(translate("Rubric", "the scale's maximum must be above its minimum"))
        if self.step <= 0:
            found.append(translate("Rubric", "the scale's step must be above zero"))
        elif self.maximum > self.minimum:
            steps = (self.maximum - self.minimum) / self.step
            if steps != steps.to_integral_value():
                found.append(
                    translate("Rubric", "the scale's range is not a whole number of steps")
                )
            elif steps > MAX_SCALE_STEPS:
                found.append(translate("Rubric", "the scale has more than 1000 steps"))
        return found

    def accepts(self, value: Decimal) -> bool:
        """Whether ``value`` lies on the scale: within range and on a step."""
        if not self.minimum <= value <= self.maximum:
            return False
        offset = (value - self.minimum) / self.step
        return offset == offset.to_integral_value()

    def values(self) -> tuple[Decimal, ...]:
        """Every allowed score, lowest first."""
        count = int((self.maximum - self.minimum) / self.step)
        return tuple(self.minimum + self.step * i for i in range(count + 1))

    def fraction(self, value: Decimal) -> Fraction:
        """Where ``value`` sits on the scale, from 0 (minimum) to 1 (maximum), exactly."""
        return Fraction(value - self.minimum) / Fraction(self.maximum - self.minimum)

    def describe(self) -> str:
        return f"{decimal_text(self.minimum)}–{decimal_text(self.maximum)}"


@dataclass(frozen=True, slots=True)
class LevelDescriptor:
    """A named band of the scale, e.g. 7–8 *baik* (good), with what it means."""

    minimum: Decimal
    maximum: Decimal
    label: LocalizedText
    description: LocalizedText = field(default_factory=lambda: LocalizedText(""))

    def covers(self, value: Decimal) -> bool:
        return self.minimum <= value <= self.maximum


@dataclass(frozen=True, slots=True)
class Criterion:
    code: str
    title: LocalizedText
    weight: Decimal
    scale: Scale
    description: LocalizedText = field(default_factory=lambda: LocalizedText(""))
    guiding_questions: tuple[LocalizedText, ...] = ()
    levels: tuple[LevelDescriptor, ...] = ()

    def level_for(self, value: Decimal) -> LevelDescriptor | None:
        return next((level for level in self.levels if level.covers(value)), None)

    def problems(self) -> list[str]:
        found = list(self.scale.problems())
        if not self.code:
            found.append(translate("Rubric", "a criterion has no code"))
        if not self.title:
            found.append(translate("Rubric", "the criterion has no title"))
        if self.weight < 0:
            found.append(translate("Rubric", "the weight must not be negative"))
        for level in self.levels:
            if level.minimum > level.maximum or not (
                self.scale.minimum <= level.minimum and level.maximum <= self.scale.maximum
            ):
                found.append(
                    translate("Rubric", "level '{label}' lies outside the scale {scale}").format(
                        label=level.label.get("id"), scale=self.scale.describe()
                    )
                )
        ordered = sorted(self.levels, key=lambda level: level.minimum)
        for lower, upper in pairwise(ordered):
            if upper.minimum <= lower.maximum:
                found.append(
                    translate("Rubric", "levels '{a}' and '{b}' overlap").format(
                        a=lower.label.get("id"), b=upper.label.get("id")
                    )
                )
        return found


class _WeightedTerms(tuple):
    """The rubric's weighted-total terms and their common denominator (see
    :meth:`Rubric.weighted_total`)."""

    denominator: int

    def __new__(cls, terms: Iterable[tuple[str, int, Decimal]], denominator: int) -> _WeightedTerms:
        made = super().__new__(cls, terms)
        made.denominator = denominator
        return made


@dataclass(frozen=True, slots=True)
class Rubric:
    """The criteria of one round, in the order jurors score them."""

    criteria: tuple[Criterion, ...]
    _index: dict[str, Criterion] = field(init=False, repr=False, compare=False)
    _terms: _WeightedTerms | None = field(init=False, repr=False, compare=False, default=None)
    _grid: ScoreGrid | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {c.code: c for c in self.criteria})

    def __iter__(self):
        return iter(self.criteria)

    def __len__(self) -> int:
        return len(self.criteria)

    def get(self, code: str) -> Criterion | None:
        return self._index.get(code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.criteria)

    def problems(self) -> list[str]:
        """Everything wrong with the rubric, each message naming the criterion."""
        found = []
        if not self.criteria:
            found.append(translate("Rubric", "the rubric has no criteria"))
        seen: set[str] = set()
        for criterion in self.criteria:
            if criterion.code in seen:
                found.append(
                    translate("Rubric", "criterion code {code} is used twice").format(
                        code=criterion.code
                    )
                )
            seen.add(criterion.code)
            found.extend(
                translate("Rubric", "criterion {code}: {problem}").format(
                    code=criterion.code or "?", problem=problem
                )
                for problem in criterion.problems()
            )
        total = sum((c.weight for c in self.criteria), Decimal(0))
        if self.criteria and total != WEIGHT_TOTAL:
            found.append(
                translate("Rubric", "the weights add up to {total}, not 100").format(
                    total=decimal_text(total)
                )
            )
        return found

    def score_problem(self, code: str, value: Decimal) -> str | None:
        """Why ``value`` cannot be the score of criterion ``code``, or ``None`` when it can."""
        criterion = self.get(code)
        if criterion is None:
            return translate("Rubric", "there is no criterion {code}").format(code=code)
        if not criterion.scale.accepts(value):
            return translate(
                "Rubric", "{value} is not on the scale of {code} ({scale}, step {step})"
            ).format(
                value=decimal_text(value),
                code=code,
                scale=criterion.scale.describe(),
                step=decimal_text(criterion.scale.step),
            )
        return None

    def weighted_total(self, scores: Mapping[str, Decimal]) -> Fraction:
        """Σ weight × position on the scale over the scored criteria, exactly (0–100).

        The same exact value as summing ``Fraction(weight) × scale.fraction(score)``, but in
        integers over one common denominator: each criterion's weight / (max − min) is
        ``k / D`` for one ``D``, and each score's offset from the minimum is ``p / q``, so
        the sum is one integer over ``D × lcm(q)``, normalised once. A merge computes tens of
        thousands of totals; Fraction additions (a gcd each) made that its largest cost."""
        terms = self._terms if self._terms is not None else self._weighted_terms()
        numerators: list[tuple[int, int]] = []
        common = 1
        for code, factor, minimum in terms:
            value = scores.get(code)
            if value is not None:
                p, q = (value - minimum).as_integer_ratio()
                numerators.append((factor * p, q))
                if q != 1:
                    common = lcm(common, q)
        total = sum(n * (common // q) for n, q in numerators)
        return Fraction(total, terms.denominator * common)

    @property
    def grid(self) -> ScoreGrid:
        """Scores and weighted totals as integers (see :mod:`app.domain.score_grid`); made
        on first use, like the weighted-total terms it is built from."""
        grid = self._grid
        if grid is None:
            terms = self._terms if self._terms is not None else self._weighted_terms()
            grid = grid_of(
                self.criteria, tuple(factor for _code, factor, _minimum in terms), terms.denominator
            )
            object.__setattr__(self, "_grid", grid)
        return grid

    def _weighted_terms(self) -> _WeightedTerms:
        """(code, k, minimum) per criterion with weight / (max − min) = k / D; made on first
        use (an invalid scale raises then, as the plain formula would)."""
        ratios = [
            Fraction(c.weight) / Fraction(c.scale.maximum - c.scale.minimum) for c in self.criteria
        ]
        denominator = lcm(*(r.denominator for r in ratios)) if ratios else 1
        terms = _WeightedTerms(
            (
                (c.code, r.numerator * (denominator // r.denominator), c.scale.minimum)
                for c, r in zip(self.criteria, ratios, strict=True)
            ),
            denominator,
        )
        object.__setattr__(self, "_terms", terms)
        return terms

    def missing(self, scores: Mapping[str, Decimal | None]) -> list[str]:
        """Codes of the criteria without a score, in rubric order."""
        return [c.code for c in self.criteria if scores.get(c.code) is None]
