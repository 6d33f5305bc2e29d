"""The final line-up: the rounds' rankings combined as the rubric file's final rule says.

The candidates are the submissions of the last round of the chain (those carried through every
shortlist). Each one's final score is the weighted mean of its scores in the weighted rounds
(``weights``) or its score in the deciding round (``last``), exact, as each round's merge
computed it. A candidate takes no place when a round the rule needs does not hold it, when it
is not ranked there (fewer complete evaluations than that round's minimum), or when it did not
pass a gate round: every reason is kept, per round. Equal final scores are separated by the
rule's tie-break rounds (their scores, higher first); what nothing separates shares a place
(1, 2, 2, 4), as in a round's ranking (:mod:`app.merge.ranking`, whose ordering this reuses),
overall, per group and per cluster.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any, NamedTuple

from app.crypto.envelope import sign_payload
from app.crypto.keys import KeyPair, encode_public_key
from app.domain.competition import Manifest
from app.domain.numbers import decimal_text, total_text
from app.domain.text import one_line
from app.formats.final_rule import Combine, FinalRule, final_rule_to_json
from app.i18n import format_decimal, translate
from app.merge.ranking import Place, Standing, ordinals, place_words, places, short_of_jurors
from app.merge.shown import SHOWN_DECIMALS, separating_decimals
from app.rounds.record import RoundRecord, RoundsRefused

FINAL_FORMAT = "juri-final"
FINAL_SCHEMA = 1
FINAL_SUFFIX = ".juri-final.json"

NOT_IN_ROUND = "not_in_round"  # the round's package does not hold the submission
TOO_FEW_EVALUATIONS = "too_few_evaluations"  # not ranked in the round (its minimum)
FAILED_GATE = "failed_gate"  # ranked in a gate round, but below its passing grade


class Exclusion(NamedTuple):
    """Why a candidate takes no place: what happened to it in one round."""

    reason: str
    round: str


class FinalStanding(NamedTuple):
    code: str
    score: Fraction | None  # None: not ranked (see ``exclusions``)
    place: Place | None
    group_place: Place | None
    cluster_place: Place | None
    decimals: int  # the score's: two, or the more that separate look-alike neighbours
    rounds: tuple[Standing | None, ...]  # in each round of the chain; None: not in it
    exclusions: tuple[Exclusion, ...]


@dataclass(frozen=True)
class LineUp:
    rule: FinalRule  # resolved: its tie-break spelled out
    rounds: tuple[RoundRecord, ...]  # the chain, in the order the rounds were held
    standings: tuple[FinalStanding, ...]  # ranked ones by rank, then the others

    @property
    def manifest(self) -> Manifest:
        """The last round's manifest: the candidates, their groups and clusters."""
        return self.rounds[-1].manifest

    @property
    def ranked(self) -> list[FinalStanding]:
        return [s for s in self.standings if s.place is not None]

    @property
    def not_ranked(self) -> list[FinalStanding]:
        return [s for s in self.standings if s.place is None]

    def record(self, round_id: str) -> RoundRecord:
        return next(r for r in self.rounds if r.round_id == round_id)

    def payload(self, chair_name: str, chair_key: bytes) -> dict[str, Any]:
        """The final file's payload: a function of the merged files, their packages, the
        rule and the chair's key; no clock, no file names."""
        times = [t for r in self.rounds if (t := r.merged.payload.get("as_of"))]
        return {
            "format": FINAL_FORMAT,
            "schema": FINAL_SCHEMA,
            "competition": {"id": self.manifest.competition.id},
            "chair": {"name": chair_name, "public_key": encode_public_key(chair_key)},
            "as_of": max(times) if times else None,
            "rule": final_rule_to_json(self.rule),
            "rounds": [_round_json(r) for r in self.rounds],
            "ranking": [self._row_json(s) for s in self.standings],
        }

    def signed(self, pair: KeyPair) -> bytes:
        return sign_payload(self.payload(one_line(pair.label), pair.public_key), pair)

    def _row_json(self, standing: FinalStanding) -> dict[str, Any]:
        submission = self.manifest.listed_submission(standing.code)
        place = standing.place
        return {
            "submission": standing.code,
            "group": submission.group,
            "cluster": submission.cluster,
            "score": None if standing.score is None else total_text(standing.score),
            "score_precise": None
            if standing.score is None or standing.decimals <= SHOWN_DECIMALS
            else total_text(standing.score, standing.decimals),
            "rank": place.rank if place else None,
            "tie": bool(place and place.tie),
            "decided_by": place.decided_by if place else None,
            "group_rank": standing.group_place.rank if standing.group_place else None,
            "cluster_rank": standing.cluster_place.rank if standing.cluster_place else None,
            "not_ranked": [{"reason": e.reason, "round": e.round} for e in standing.exclusions],
            "rounds": {
                record.round_id: _standing_json(found)
                for record, found in zip(self.rounds, standing.rounds, strict=True)
            },
        }


def _round_json(record: RoundRecord) -> dict[str, Any]:
    report = record.report
    return {
        "round": record.round_id,
        "kind": record.round.kind.value,
        "package": {
            "id": record.manifest.package_id,
            "manifest_sha256": record.package.manifest_sha256,
        },
        "merged": {
            "sha256": record.sha256,
            "chair": {
                "name": str(record.chair.get("name") or ""),
                "public_key": encode_public_key(record.chair_key),
                "fingerprint": record.chair_fingerprint,
            },
        },
        "settings": report.settings_json(),
        "submissions": len(record.manifest.submissions),
        "ranked": sum(1 for s in report.standings if s.place is not None),
        "evaluations": dict(zip(("complete", "expected"), evaluations(record), strict=True))
        | {"round_minimum": record.round.min_evaluations},
    }


def evaluations(record: RoundRecord) -> tuple[int, int]:
    """The round's complete evaluations and the evaluations its assignments expect."""
    standings = record.report.standings
    return sum(s.complete for s in standings), sum(s.expected for s in standings)


def evaluations_text(record: RoundRecord) -> str:
    """What a round's places rest on: ``minimum of complete evaluations 1, 5 of 20 evaluations
    complete``."""
    complete, expected = evaluations(record)
    return translate(
        "FinalRule",
        "minimum of complete evaluations {minimum}, {complete} of {expected} evaluations complete",
    ).format(minimum=record.report.min_evaluations, complete=complete, expected=expected)


def lineup_warnings(lineup: LineUp) -> list[str]:
    """A sentence for each round merged under other settings than its rubric's, where the
    line-up depends on them: a lower minimum of complete evaluations (its places may rest on a
    single juror's evaluation), and a gate round's other passing grade (its gate is not the
    rubric's)."""
    warnings = []
    for record in lineup.rounds:
        applied, own = record.report.min_evaluations, record.round.min_evaluations
        if applied < own:
            warnings.append(
                translate(
                    "FinalRule",
                    "Warning: round {round} was merged with a minimum of {applied} complete "
                    "evaluations, below the rubric's minimum of {own} for it: its places may rest "
                    "on fewer evaluations than the rubric asks ({complete} of {expected} "
                    "evaluations complete).",
                ).format(
                    round=record.round_id,
                    applied=applied,
                    own=own,
                    complete=evaluations(record)[0],
                    expected=evaluations(record)[1],
                )
            )
        grade, rubric_grade = record.report.passing_grade, record.round.passing_grade
        if record.round_id in lineup.rule.gates and grade != rubric_grade:
            warnings.append(
                translate(
                    "FinalRule",
                    "Warning: round {round} was merged with the passing grade {applied}, not the "
                    "rubric's {own} for it: its gate is not the one the rubric sets.",
                ).format(
                    round=record.round_id,
                    applied=_grade_text(grade),
                    own=_grade_text(rubric_grade),
                )
            )
    return warnings


def _grade_text(grade: Decimal | None) -> str:
    return translate("FinalRule", "none") if grade is None else format_decimal(grade, 2)


def _standing_json(standing: Standing | None) -> dict[str, Any] | None:
    if standing is None:
        return None
    return {
        "score": None if standing.score is None else total_text(standing.score),
        "mean": None if standing.mean is None else total_text(standing.mean),
        "rank": standing.place.rank if standing.place else None,
        "passes": standing.passes,
        "complete": standing.complete,
        "expected": standing.expected,
    }


def combine(rounds: Sequence[RoundRecord], rule: FinalRule) -> LineUp:
    """The final line-up of ``rounds`` (a checked chain, in the order held) under ``rule``."""
    chain = [r.round_id for r in rounds]
    _check_rule(rounds, rule)
    rule = rule.resolved(chain)
    candidates = [s.code for s in rounds[-1].manifest.submissions]
    index = {round_id: i for i, round_id in enumerate(chain)}
    found = {code: tuple(r.standing(code) for r in rounds) for code in candidates}
    exclusions = {code: _exclusions(rule, chain, found[code]) for code in candidates}
    scores: dict[str, Fraction] = {}
    for code in candidates:
        if not exclusions[code]:
            scores[code] = _final_score(rule, [found[code][index[r]] for r in rule.scoring])
    tie_scores = [
        {code: _score(found[code][index[r]]) for code in scores} for r in rule.tie_break or ()
    ]
    keys = _keys(scores, tie_scores)
    ordered, overall, by_group, by_cluster = places(rounds[-1].manifest, keys, rule.tie_break or ())
    decimals = dict(zip(ordered, separating_decimals([scores[c] for c in ordered]), strict=True))
    standings = [
        FinalStanding(
            code,
            scores[code],
            overall[code],
            by_group.get(code),
            by_cluster.get(code),
            decimals[code],
            found[code],
            (),
        )
        for code in ordered
    ]
    standings += [
        FinalStanding(code, None, None, None, None, SHOWN_DECIMALS, found[code], exclusions[code])
        for code in candidates
        if code not in scores
    ]
    return LineUp(rule, tuple(rounds), tuple(standings))


def _score(standing: Standing | None) -> Fraction | None:
    return None if standing is None else standing.score


def _check_rule(rounds: Sequence[RoundRecord], rule: FinalRule) -> None:
    """Every round the rule uses is in the chain; the chain ends with a round it uses; every
    gate round has a passing grade."""
    chain = [r.round_id for r in rounds]
    missing = [r for r in sorted(rule.used) if r not in chain]
    if missing:
        raise RoundsRefused(
            translate(
                "Rounds",
                "The final rule uses round {rounds}, but no merged file of it was given "
                "(given: {chain}). Give the merged file of every round the rule uses.",
            ).format(rounds=", ".join(missing), chain=", ".join(chain)),
            code="round_missing",
        )
    last = chain[-1]
    if last not in (*rule.scoring, *rule.gates):
        raise RoundsRefused(
            translate(
                "Rounds",
                "The chain ends with round {round}, which the final rule neither scores "
                "nor uses as a gate: leave its merged file out, or correct the final section of "
                "the rubric file.",
            ).format(round=last),
            code="round_unused",
        )
    for gate in rule.gates:
        record = rounds[chain.index(gate)]
        if record.report.passing_grade is None:
            raise RoundsRefused(
                translate(
                    "Rounds",
                    "Round {round} is a gate of the final rule, but it has no passing "
                    "grade (neither the rubric file nor the chair's merge set one), so nobody can "
                    "pass it. Merge that round again with --passing-grade, or correct the rubric "
                    "file.",
                ).format(round=gate),
                code="gate_without_grade",
            )


def _exclusions(
    rule: FinalRule, chain: list[str], found: tuple[Standing | None, ...]
) -> tuple[Exclusion, ...]:
    """Every reason a candidate takes no place, one per round, in the order held."""
    reasons = []
    for position, round_id in enumerate(chain):
        standing = found[position]
        scoring, gate = round_id in rule.scoring, round_id in rule.gates
        if not (scoring or gate):
            continue
        if standing is None:
            reasons.append(Exclusion(NOT_IN_ROUND, round_id))
        elif standing.place is None:
            reasons.append(Exclusion(TOO_FEW_EVALUATIONS, round_id))
        elif gate and standing.passes is not True:
            reasons.append(Exclusion(FAILED_GATE, round_id))
    return tuple(reasons)


def _final_score(rule: FinalRule, found: list[Standing | None]) -> Fraction:
    """The final score of a candidate without exclusions: every round the rule scores
    ranked it, so gave it a score."""
    scores = [s.score for s in found if s is not None and s.score is not None]
    assert len(scores) == len(found)  # no exclusion: ranked in every scoring round
    if rule.combine is Combine.LAST:
        return scores[0]
    return (
        sum(
            (
                Fraction(weight) * score
                for (_round, weight), score in zip(rule.weights, scores, strict=True)
            ),
            Fraction(0),
        )
        / 100
    )


def _keys(
    scores: dict[str, Fraction], tie_scores: list[dict[str, Fraction | None]]
) -> dict[str, tuple[int, ...]]:
    """Each ranked candidate's key as integers: its final score's ordinal, then each tie-break
    round's score's (0 below every score: not ranked there)."""
    ordinal = ordinals(scores.values())
    tie_ordinals = [ordinals(v for v in values.values() if v is not None) for values in tie_scores]
    keys = {}
    for code, score in scores.items():
        tail = [
            0 if (v := values[code]) is None else table[v.as_integer_ratio()] + 1
            for values, table in zip(tie_scores, tie_ordinals, strict=True)
        ]
        keys[code] = (ordinal[score.as_integer_ratio()], *tail)
    return keys


# --- in words ---------------------------------------------------------------------------------


def rule_text(lineup: LineUp) -> str:
    """The rule the line-up applied, as one paragraph every output prints."""
    rule = lineup.rule
    if rule.combine is Combine.WEIGHTS:
        parts = " + ".join(
            f"{decimal_text(weight)}% × {lineup.record(r).label}" for r, weight in rule.weights
        )
        text = translate(
            "FinalRule", "Final score = {parts} (each round's score as its merge ranks)."
        ).format(parts=parts)
    else:
        assert rule.decides is not None  # "last" names its round (the last one by default)
        text = translate(
            "FinalRule", "Final score = the score of round {round} (as its merge ranks)."
        ).format(round=lineup.record(rule.decides).label)
    if rule.gates:
        text += " " + translate(
            "FinalRule",
            "Only submissions that passed round {rounds} "
            "(mean of the totals at or above its passing grade: {grades}) take a "
            "place.",
        ).format(
            rounds=", ".join(lineup.record(g).label for g in rule.gates),
            grades=", ".join(
                f"{g} {_grade_text(lineup.record(g).report.passing_grade)}" for g in rule.gates
            ),
        )
    needed = [r for r in lineup.rounds if r.round_id in (*rule.scoring, *rule.gates)]
    text += " " + translate(
        "FinalRule",
        "A submission not ranked in a round the rule needs "
        "(fewer complete evaluations than that round's minimum: {minimums}) takes no "
        "place.",
    ).format(minimums=", ".join(f"{r.round_id} {r.report.min_evaluations}" for r in needed))
    return text + " " + tie_break_text(lineup)


def tie_break_text(lineup: LineUp) -> str:
    names = ", ".join(lineup.record(r).round_id for r in lineup.rule.tie_break or ())
    if not names:
        return translate("FinalRule", "Equal final scores share a place.")
    return translate(
        "FinalRule",
        "Equal final scores are separated by the score in round "
        "{rounds}, in this order (higher first); what nothing separates shares a "
        "place.",
    ).format(rounds=names)


def exclusion_text(lineup: LineUp, standing: FinalStanding, exclusion: Exclusion) -> str:
    """One reason a candidate takes no place, in words."""
    record = lineup.record(exclusion.round)
    found = standing.rounds[lineup.rounds.index(record)]
    if exclusion.reason == NOT_IN_ROUND or found is None:
        return translate("FinalRule", "not in round {round}").format(round=record.round_id)
    if exclusion.reason == TOO_FEW_EVALUATIONS or found.mean is None:  # no mean: not ranked
        complete, expected = found.complete, found.expected  # plain names, for lupdate
        minimum = record.report.min_evaluations
        if short_of_jurors(found, minimum):  # the remedy, as the round's own merge says it
            return translate(
                "FinalRule",
                "not ranked in round {round}: {complete} of {expected} evaluations "
                "({minimum} needed: assign another juror in that round)",
            ).format(round=record.round_id, complete=complete, expected=expected, minimum=minimum)
        return translate(
            "FinalRule",
            "not ranked in round {round}: {complete} of {expected} evaluations ({minimum} needed)",
        ).format(
            round=record.round_id,
            complete=complete,
            expected=expected,
            minimum=record.report.min_evaluations,
        )
    grade = record.report.passing_grade or Decimal(0)
    return translate(
        "FinalRule", "did not pass round {round}: mean {mean} below the passing grade {grade}"
    ).format(
        round=record.round_id,
        mean=format_decimal(found.mean, found.mean_decimals),
        grade=format_decimal(grade, 2),
    )


def not_ranked_note(lineup: LineUp, standing: FinalStanding) -> str:
    return "; ".join(exclusion_text(lineup, standing, e) for e in standing.exclusions)


def place_note(lineup: LineUp, standing: FinalStanding, place: Place | None = None) -> str:
    """What a place rests on (``place``: in a group's or cluster's line-up; default overall),
    or why the candidate takes none."""
    if standing.place is None:
        return not_ranked_note(lineup, standing)
    return place_words(place or standing.place, standing.decimals)
