"""The final line-up as two calls every front end shares: make it, and check a signed one.

Both check every merged file with its package first (:mod:`app.rounds.record`), then the chain
of rounds (:mod:`app.rounds.chain`), then combine (:mod:`app.rounds.lineup`).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.formats.rubric_file import RoundDefinition
from app.i18n import translate
from app.merge.intake import InputFile
from app.package.reader import VerifiedPackage
from app.rounds.chain import chain
from app.rounds.final_file import FinalDocument, read_final, verify_final
from app.rounds.lineup import LineUp, combine, not_ranked_note
from app.rounds.record import Cancel, Progress, RoundsRefused, load_rounds


def make_lineup(
    merged: Sequence[InputFile],
    packages: Sequence[VerifiedPackage],
    rubric: RoundDefinition,
    *,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> LineUp:
    """The line-up of the rounds given under the rubric file's final rule (which it must
    have: :func:`app.formats.rubric_file.read_final_rule`)."""
    assert rubric.final is not None
    records = load_rounds(merged, packages, progress=progress, cancelled=cancelled)
    ordered = chain(records, [r.id for r in rubric.rounds])
    competition = ordered[0].manifest.competition.id
    if competition != rubric.competition.id:
        raise RoundsRefused(
            translate(
                "Rounds",
                "The rubric file is for the competition {rubric}, the packages for "
                "{packages}: give this competition's rubric file.",
            ).format(rubric=rubric.competition.id, packages=competition),
            code="other_competition",
        )
    lineup = combine(ordered, rubric.final)
    if not lineup.ranked:
        reasons = "; ".join(
            f"{s.code}: {not_ranked_note(lineup, s)}" for s in lineup.not_ranked[:5]
        )
        raise RoundsRefused(
            translate(
                "Rounds",
                "None of the {total} submissions of the last round takes a place under the "
                "final rule ({reasons}), so there is no line-up to sign. Nothing was written.",
            ).format(total=len(lineup.standings), reasons=reasons),
            code="lineup_empty",
        )
    return lineup


def check_final(
    name: str,
    data: bytes,
    merged: Sequence[InputFile],
    packages: Sequence[VerifiedPackage],
    rubric: RoundDefinition | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> tuple[FinalDocument, LineUp]:
    """A signed final file read, and its line-up combined again from the merged files it
    names: refused with the reason unless it is exactly what they give (and, with the rubric
    file, under its final rule)."""
    document = read_final(name, data)
    records = load_rounds(merged, packages, progress=progress, cancelled=cancelled)
    ordered = chain(records, [r.id for r in rubric.rounds] if rubric else ())
    return document, verify_final(name, document, ordered, rubric.final if rubric else None)
