"""The chain of rounds, from the first score to the final line-up.

A next round's package names where its shortlist came from (``origin`` in its manifest,
written by ``juri package next``): the earlier round's package, the SHA-256 of the chair's
merged file that ranked it, and that chair's key. The rounds given to the final line-up must
be one unbroken chain: one first round whose package comes from no earlier round, and each
later round's package coming from exactly the merged file given for the round before it, in
the order the rubric file lists the rounds. A merged file changed after a shortlist was made
from it no longer has the hash the next package names, so the chain breaks there, with the
reason. And the next package must hold exactly the shortlist its recorded rule takes from that
merged file's ranking (recomputed), so a package signed by the secretariat's key with another
tool cannot bring in a submission the rule did not take, or leave out one it took.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from app.errors import InputError
from app.formats.table import listed
from app.i18n import translate
from app.merge.shortlist import TieAtCut, shortlist
from app.rounds.record import RoundRecord, RoundsRefused


def chain(records: Sequence[RoundRecord], round_order: Sequence[str] = ()) -> list[RoundRecord]:
    """``records`` in the order of the chain, each link checked; with ``round_order`` (the
    rubric file's round ids) the rounds must follow it too."""
    by_round: dict[str, RoundRecord] = {}
    for record in records:
        other = by_round.setdefault(record.round_id, record)
        if other is not record:
            raise RoundsRefused(
                translate(
                    "Rounds",
                    "{first} and {second} are both merged files of round {round}: give "
                    "one merged file per round (merge the round's results together with 'juri "
                    "merge').",
                ).format(first=other.name, second=record.name, round=record.round_id),
                code="round_twice",
            )
    by_merged = {r.sha256: r for r in records}
    firsts = [r for r in records if r.manifest.origin is None]
    for record in records:
        origin = record.manifest.origin
        if origin is not None and origin.merged_sha256 not in by_merged:
            raise RoundsRefused(
                translate(
                    "Rounds",
                    "The package of round {round} ({package}) was shortlisted from the "
                    "merged file {sha}… of round {earlier} (package {earlier_package}), which was "
                    "not given. Give the merged file of every round from the first, exactly as "
                    "signed: a merged file changed or merged again after the shortlist no longer "
                    "matches.",
                ).format(
                    round=record.round_id,
                    package=record.manifest.package_id,
                    sha=origin.merged_sha256[:16],
                    earlier=origin.round,
                    earlier_package=origin.package_id,
                ),
                code="chain_broken",
            )
    if len(firsts) != 1:  # none is impossible: every origin is given and hashes do not cycle
        raise RoundsRefused(
            translate(
                "Rounds",
                "Rounds {rounds} each start a chain of their own (their packages come "
                "from no earlier round): a final line-up follows one chain of rounds from the "
                "first.",
            ).format(rounds=", ".join(r.round_id for r in firsts)),
            code="chain_two_starts",
        )
    ordered = [firsts[0]]
    while True:
        previous = ordered[-1]
        following = [
            r
            for r in records
            if r.manifest.origin is not None and r.manifest.origin.merged_sha256 == previous.sha256
        ]
        if not following:
            break
        if len(following) > 1:
            raise RoundsRefused(
                translate(
                    "Rounds",
                    "Rounds {rounds} were both shortlisted from the merged file of "
                    "round {round}: a final line-up follows one chain; make one per "
                    "chain.",
                ).format(rounds=", ".join(r.round_id for r in following), round=previous.round_id),
                code="chain_branches",
            )
        _check_link(previous, following[0])
        ordered.append(following[0])
    _check_order(ordered, round_order)
    return ordered


def _check_link(previous: RoundRecord, record: RoundRecord) -> None:
    """The next package names the previous round as it was given: same package, same chair."""
    origin = record.manifest.origin
    assert origin is not None
    if record.manifest.competition.id != previous.manifest.competition.id:
        raise RoundsRefused(
            translate(
                "Rounds",
                "The packages of rounds {earlier} and {round} are of different "
                "competitions ({first} and {second}).",
            ).format(
                earlier=previous.round_id,
                round=record.round_id,
                first=previous.manifest.competition.id,
                second=record.manifest.competition.id,
            ),
            code="chain_other_competition",
        )
    if origin.chair_key != previous.chair_key:
        raise RoundsRefused(
            translate(
                "Rounds",
                "The package of round {round} names the chair key {named} for the merged "
                "file of round {earlier}, but that file is signed by {signer}.",
            ).format(
                round=record.round_id,
                named=origin.chair_fingerprint,
                earlier=previous.round_id,
                signer=previous.chair_fingerprint,
            ),
            code="chain_other_chair",
        )
    if (origin.package_id, origin.round) != (previous.manifest.package_id, previous.round_id):
        raise RoundsRefused(
            translate(
                "Rounds",
                "The package of round {round} names package {package} (round {named}) "
                "as its origin, but the merged file it names is of package {given} (round "
                "{earlier}).",
            ).format(
                round=record.round_id,
                package=origin.package_id,
                named=origin.round,
                given=previous.manifest.package_id,
                earlier=previous.round_id,
            ),
            code="chain_other_package",
        )
    missing = [
        s.code for s in record.manifest.submissions if previous.manifest.submission(s.code) is None
    ]
    if missing:
        raise RoundsRefused(
            translate(
                "Rounds",
                "The package of round {round} holds submissions that round {earlier} "
                "did not: {codes}.",
            ).format(
                round=record.round_id, earlier=previous.round_id, codes=", ".join(missing[:10])
            ),
            code="chain_new_codes",
        )
    _check_shortlist(previous, record)


def _check_shortlist(previous: RoundRecord, record: RoundRecord) -> None:
    """The next package holds exactly what its recorded rule takes from the ranking of the
    merged file before it, as ``juri package next`` takes it."""
    origin = record.manifest.origin
    assert origin is not None
    try:
        expected = set(shortlist(previous.report, origin.rule).codes)
    except TieAtCut as exc:
        reason = translate(
            "Rounds", "the rule cuts a tie without taking every tied submission ({ties})"
        ).format(ties="; ".join(exc.ties))
    except InputError as exc:  # nothing taken, or no passing grade to pass
        reason = exc.message
    else:
        held = {s.code for s in record.manifest.submissions}
        extra = [s.code for s in record.manifest.submissions if s.code not in expected]
        left = [s.code for s in previous.manifest.submissions if s.code in expected - held]
        if not extra and not left:
            return
        parts = []
        if extra:
            parts.append(
                translate("Rounds", "it holds {codes}, which the rule does not take").format(
                    codes=listed(extra, 10)
                )
            )
        if left:
            parts.append(
                translate("Rounds", "it leaves out {codes}, which the rule takes").format(
                    codes=listed(left, 10)
                )
            )
        reason = "; ".join(parts)
    raise RoundsRefused(
        translate(
            "Rounds",
            "The package of round {round} ({package}) does not hold the shortlist its "
            "origin records ({rule}) from the merged file of round {earlier}: {reason}. "
            "'juri package next' never makes such a package; ask the secretariat for the one it "
            "made from that merged file.",
        ).format(
            round=record.round_id,
            package=record.manifest.package_id,
            rule=origin.rule.describe(),
            earlier=previous.round_id,
            reason=reason.rstrip("."),
        ),
        code="chain_not_shortlist",
    )


def _check_order(ordered: Sequence[RoundRecord], round_order: Sequence[str]) -> None:
    if not round_order:
        return
    for record in ordered:
        if record.round_id not in round_order:
            raise RoundsRefused(
                translate(
                    "Rounds",
                    "The rubric file has no round {round} (it has: {ids}): is it the "
                    "rubric file of this competition?",
                ).format(round=record.round_id, ids=", ".join(round_order)),
                code="round_unknown",
            )
    positions = [round_order.index(r.round_id) for r in ordered]
    held = " → ".join(r.round_id for r in ordered)
    if positions != sorted(positions):
        raise RoundsRefused(
            translate(
                "Rounds",
                "The rounds were held in the order {chain}, which is not the order the "
                "rubric file lists them ({ids}).",
            ).format(chain=held, ids=", ".join(round_order)),
            code="round_order",
        )
    # every round from the rubric file's first, none skipped: a round that starts a chain
    # later, or follows one that is not right before it, had its submissions chosen by no
    # ranking of the round before (juri package next never skips one)
    if positions[0] != 0:
        raise RoundsRefused(
            translate(
                "Rounds",
                "The chain of rounds starts at round {round}, but the rubric file's first "
                "round is {first}: its package comes from no earlier round, so its submissions "
                "were chosen by no ranking. Give the merged files of every round from {first}, "
                "each next package made by 'juri package next'.",
            ).format(round=ordered[0].round_id, first=round_order[0]),
            code="chain_late_start",
        )
    for earlier, later in pairwise(positions):
        if later != earlier + 1:
            raise RoundsRefused(
                translate(
                    "Rounds",
                    "The rounds were held in the order {chain}, but round {skipped} was "
                    "skipped: the rubric file lists {ids}, and each round is shortlisted from "
                    "the one right before it.",
                ).format(chain=held, skipped=round_order[earlier + 1], ids=", ".join(round_order)),
                code="round_skipped",
            )
