"""Which submissions of a round's ranking go on to the next round (``juri package next``).

Only ranked submissions can be shortlisted: one with fewer complete evaluations than the
round's minimum has no place (one juror's verdict is not the panel's). The first N places are
counted as the ranking counts them, ties and all: when submissions that nothing separates
(neither their scores nor the tie-breaks) share the place at a cut, taking some of them would
decide between equals silently, so Juri refuses and names them, unless the secretariat takes
them all (``include_ties``) — or chooses a number of places that does not cut them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.domain.competition import ShortlistRule
from app.domain.numbers import total_text
from app.errors import InputError
from app.formats.table import listed
from app.i18n import format_decimal, translate
from app.merge.ranking import Place, Standing
from app.merge.service import MergeReport
from app.merge.shown import SHOWN_DECIMALS, separating_decimals


class TieAtCut(InputError):
    """A cut that would split submissions nothing separates; ``ties`` says each one."""

    code = "tie_at_cut"

    def __init__(self, message: str, ties: Sequence[str]) -> None:
        super().__init__(message)
        self.ties = tuple(ties)


@dataclass(frozen=True)
class Shortlist:
    codes: tuple[str, ...]  # in the package's order
    lines: tuple[str, ...]  # what each part of the rule took, and what could not be taken


@dataclass(frozen=True)
class _Cut:
    where: str  # the part of the rule, in words
    taken: list[str]
    tied: list[str]  # the submissions sharing the place the cut falls in (when it splits them)
    first: int  # their place
    n: int
    edge: str = ""  # how close the last one taken and the first one left out are, if close


def shortlist(report: MergeReport, rule: ShortlistRule) -> Shortlist:
    """The submissions ``rule`` takes from the ranking of ``report`` (a merge checked and
    recomputed), or :class:`TieAtCut` naming every tie a cut would split."""
    if rule.empty:
        raise InputError(
            translate(
                "Shortlist",
                "Say which submissions go on: the first N "
                "places, those that pass, or the first N per group or "
                "cluster.",
            ),
            code="no_rule",
        )
    manifest = report.manifest
    ranked = [s for s in report.standings if s.place is not None]
    cuts: list[_Cut] = []
    lines: list[str] = []
    chosen: set[str] = set()
    if rule.passing:
        if report.passing_grade is None:
            raise InputError(
                translate(
                    "Shortlist",
                    "The merged file's round has no passing grade, so nothing can pass "
                    "it; shortlist by places instead.",
                ),
                code="no_passing_grade",
            )
        passed = [s.code for s in ranked if s.passes]
        chosen.update(passed)
        count = len(passed)
        grade = report.passing_grade
        line = translate(
            "Shortlist",
            "every ranked submission that passes (mean of the totals at or above {grade}): "
            "%n submission(s)",
            None,
            count,
        ).format(grade=format_decimal(grade, SHOWN_DECIMALS))
        own = manifest.round.passing_grade
        if own != grade:
            line += "; " + translate(
                "Shortlist", "the merged file's passing grade, not the round's ({own})"
            ).format(own="–" if own is None else format_decimal(own, SHOWN_DECIMALS))
        lines.append(line)
    if rule.top is not None:
        cuts.append(
            _cut(
                ranked,
                lambda s: s.place,
                rule.top,
                translate("Shortlist", "the first {n} places overall").format(n=rule.top),
            )
        )
    for n, names, part, place_of, label in (
        (
            rule.top_per_group,
            manifest.groups,
            lambda s: s.group,
            lambda s: s.group_place,
            translate("Shortlist", "the first {n} places in group {name}"),
        ),
        (
            rule.top_per_cluster,
            manifest.clusters,
            lambda s: s.cluster,
            lambda s: s.cluster_place,
            translate("Shortlist", "the first {n} places in cluster {name}"),
        ),
    ):
        if n is None:
            continue
        of = {s.code: part(s) for s in manifest.submissions}
        for name in names:
            cuts.append(
                _cut(
                    [s for s in ranked if of[s.code] == name],
                    place_of,
                    n,
                    label.format(n=n, name=name),
                )
            )
        outside = [s.code for s in manifest.submissions if not part(s)]
        count = len(outside)
        if outside:
            lines.append(
                translate(
                    "Shortlist",
                    "%n submission(s) have none, so no place in one: {codes}",
                    None,
                    count,
                ).format(codes=listed(outside, 20))
            )
    split = [cut for cut in cuts if cut.tied]
    if split and not rule.include_ties:
        ties = [_tie_text(cut) for cut in split]
        raise TieAtCut(
            "\n".join(
                [
                    translate(
                        "Shortlist",
                        "Nothing was written: a cut falls between submissions that "
                        "nothing separates (their scores and every tie-break are equal), and Juri "
                        "never cuts a tie silently.",
                    ),
                    *(f"  – {tie}" for tie in ties),
                    translate(
                        "Shortlist",
                        "Take every tied submission with --include-ties, or choose "
                        "a number of places that does not cut a tie.",
                    ),
                ]
            ),
            ties,
        )
    for cut in cuts:
        chosen.update(cut.taken)
        count = len(cut.taken)
        line = translate("Shortlist", "{where}: %n submission(s)", None, count).format(
            where=cut.where
        )
        if cut.tied:
            line += "; " + translate("Shortlist", "tied at the cut and all taken: {codes}").format(
                codes=", ".join(cut.tied)
            )
        elif len(cut.taken) < cut.n:
            line += "; " + translate("Shortlist", "fewer ranked submissions than places")
        elif cut.edge:
            line += "; " + cut.edge
        lines.append(line)
    unranked = [s.code for s in report.standings if s.place is None]
    count = len(unranked)
    if unranked:
        lines.append(
            translate(
                "Shortlist",
                "%n submission(s) not ranked (fewer than {minimum} complete "
                "evaluations) cannot be shortlisted: {codes}",
                None,
                count,
            ).format(minimum=report.min_evaluations, codes=listed(unranked, 20))
        )
    if not chosen:
        raise InputError(
            translate(
                "Shortlist", "The rule shortlists no submission ({rule}). Nothing was written."
            ).format(rule=rule.describe()),
            code="empty_shortlist",
        )
    return Shortlist(tuple(s.code for s in manifest.submissions if s.code in chosen), tuple(lines))


def _cut(
    members: Sequence[Standing], place_of: Callable[[Standing], Place | None], n: int, where: str
) -> _Cut:
    """The first ``n`` places of ``members`` (in ranking order); ``tied`` lists the
    submissions sharing the place the cut falls in, when it does not take them all."""

    def rank(standing: Standing) -> int:
        place = place_of(standing)
        assert place is not None  # the members are ranked ones, in the cut's group or cluster
        return place.rank

    taken = [s for s in members if rank(s) <= n]
    if len(taken) <= n:
        left = members[len(taken)] if taken and len(taken) < len(members) else None
        edge = "" if left is None else _edge(taken[-1], left, place_of)
        return _Cut(where, [s.code for s in taken], [], 0, n, edge)
    first = rank(taken[-1])  # a run of equals straddles the cut
    tied = [s.code for s in members if rank(s) == first]
    return _Cut(where, [s.code for s in taken], tied, first, n)


def _edge(last: Standing, left: Standing, place_of: Callable[[Standing], Place | None]) -> str:
    """A cut between two scores that show alike, said with what parts them: decimals past
    the two shown, or the tie-break that placed equal scores (empty when the cut is clear)."""
    a, b = last.score, left.score
    if a is None or b is None or total_text(a) != total_text(b):
        return ""
    above, below = place_of(last), place_of(left)
    assert above is not None and below is not None
    if a == b:
        return translate(
            "Shortlist",
            "at the cut: {last} (place {above}) goes on and {left} (place {below}) does not: "
            "their scores are equal ({score}), and the tie-break {key} placed {left} below",
        ).format(
            last=last.code,
            above=above.rank,
            left=left.code,
            below=below.rank,
            score=format_decimal(a, SHOWN_DECIMALS),
            key=below.decided_by or "?",
        )
    decimals = max(separating_decimals([a, b]))
    return translate(
        "Shortlist",
        "at the cut: {last} (place {above}, {score}) goes on and {left} (place {below}, "
        "{other}) does not: their scores are equal at two decimals ({shown}) and apart at "
        "{decimals} decimals",
    ).format(
        last=last.code,
        above=above.rank,
        score=format_decimal(a, decimals),
        left=left.code,
        below=below.rank,
        other=format_decimal(b, decimals),
        shown=format_decimal(a, SHOWN_DECIMALS),
        decimals=decimals,
    )


def _tie_text(cut: _Cut) -> str:
    count, places = len(cut.tied), cut.n - cut.first + 1
    last = cut.first + count - 1
    text = translate(
        "Shortlist",
        "{where}: {codes} share place {place}, so {n} places would take {places} of these {count}",
    ).format(
        where=cut.where,
        codes=", ".join(cut.tied),
        place=cut.first,
        n=cut.n,
        places=places,
        count=count,
    )
    if cut.first > 1:
        return (
            text
            + "; "
            + translate("Shortlist", "{fewer} or {more} places do not cut the tie").format(
                fewer=cut.first - 1, more=last
            )
        )
    return (
        text + "; " + translate("Shortlist", "{more} places do not cut the tie").format(more=last)
    )
