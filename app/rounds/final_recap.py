"""From a checked final line-up to the berita acara it is printed as.

The line-up has been combined again from the merged files and found byte for byte the one the
chair signed (:func:`app.rounds.final.check_final`), so the paper shows exactly the signed
decision; this module only puts it into :class:`~app.reports.final_recap.FinalRecapData`.
"""

from __future__ import annotations

from app.domain.competition import ShortlistRule
from app.domain.numbers import round_half_up
from app.i18n import current_language, translate
from app.merge.ranking import Place
from app.reports.final_recap import (
    FinalNotRanked,
    FinalRecapData,
    FinalRoundLine,
    FinalRow,
    FinalView,
    RoundScore,
)
from app.reports.recap_from_merge import RecapOptions
from app.reports.recap_model import PanelMember, PanelRole, ViewKind
from app.rounds.final_file import FinalDocument
from app.rounds.final_sheets import cluster_members, role_text
from app.rounds.lineup import (
    FinalStanding,
    LineUp,
    evaluations_text,
    lineup_warnings,
    not_ranked_note,
    place_note,
    rule_text,
)
from app.rounds.record import RoundRecord


def final_recap_data(
    lineup: LineUp,
    document: FinalDocument,
    sha256: str,
    options: RecapOptions | None = None,
    *,
    rule_checked: bool = False,
) -> FinalRecapData:
    """``rule_checked``: the final file was checked against the rubric file's final rule."""
    options = options or RecapOptions()
    manifest = lineup.manifest
    ranking = tuple(_row(lineup, s, s.place) for s in lineup.ranked)
    clusters = {view.name: view.entered for view in cluster_members(lineup) if view.name}
    first = lineup.rounds[0].manifest
    groups = {name: sum(s.group == name for s in first.submissions) for name in manifest.groups}
    views = []
    for kind, entered, place_of in (
        (ViewKind.CLUSTER, clusters, lambda s: s.cluster_place),
        (ViewKind.GROUP, groups, lambda s: s.group_place),
    ):
        for name in entered:
            members = [
                s
                for s in lineup.standings
                if getattr(manifest.listed_submission(s.code), kind.value) == name
            ]
            ranked = sorted(
                (s for s in members if place_of(s) is not None), key=lambda s: place_of(s).rank
            )
            views.append(
                FinalView(
                    kind,
                    name,
                    len(members),
                    tuple(_row(lineup, s, place_of(s), overall=False) for s in ranked),
                    entered[name],
                )
            )
    not_ranked = tuple(
        FinalNotRanked(
            s.code,
            manifest.listed_submission(s.code).title,
            manifest.listed_submission(s.code).agency,
            manifest.listed_submission(s.code).cluster,
            not_ranked_note(lineup, s),
        )
        for s in lineup.not_ranked
    )
    chair = options.chair or document.chair_name
    panel = [PanelMember(chair, PanelRole.CHAIR)] if chair else []
    if options.members:
        panel += [PanelMember(name) for name in options.members]
    else:  # the panel that judged the final round
        panel += [PanelMember(j.name, PanelRole.MEMBER, j.id) for j in manifest.jurors]
    return FinalRecapData(
        competition=manifest.competition.name.get(current_language()),
        organizer=manifest.competition.organizer,
        rule=rule_text(lineup),
        round_ids=tuple(r.round_id for r in lineup.rounds),
        rounds=tuple(_round_line(lineup, r) for r in lineup.rounds),
        ranking=ranking,
        views=tuple(views),
        not_ranked=not_ranked,
        final_sha256=sha256,
        chair_fingerprint=document.chair_fingerprint,
        panel=tuple(panel),
        place=options.place,
        meeting_date=options.meeting_date,
        warnings=tuple(lineup_warnings(lineup)),
        rule_check=translate("FinalRecap", "Checked against the rubric file's final section.")
        if rule_checked
        else translate(
            "FinalRecap",
            "Not checked against the rubric file: this is the rule the final file records.",
        ),
    )


def _row(
    lineup: LineUp, standing: FinalStanding, place: Place | None, *, overall: bool = True
) -> FinalRow:
    """A ranked candidate's row, at ``place`` (overall, or in its group's or cluster's view)."""
    assert place is not None and standing.place is not None and standing.score is not None
    submission = lineup.manifest.listed_submission(standing.code)
    rounds = tuple(
        RoundScore(None, None, present=False)
        if found is None
        else RoundScore(
            None if found.score is None else round_half_up(found.score, found.decimals),
            found.place.rank if found.place else None,
        )
        for found in standing.rounds
    )
    return FinalRow(
        rank=place.rank,
        code=standing.code,
        title=submission.title,
        agency=submission.agency,
        group=submission.group,
        cluster=submission.cluster,
        score=round_half_up(standing.score, standing.decimals),
        rounds=rounds,
        note=place_note(lineup, standing, place),
        overall_rank=None if overall else standing.place.rank,
    )


def _round_line(lineup: LineUp, record: RoundRecord) -> FinalRoundLine:
    report = record.report
    origin = record.manifest.origin
    return FinalRoundLine(
        label=record.label,
        name=record.manifest.round.name.get(current_language()),
        role=role_text(lineup, record.round_id),
        package_id=record.manifest.package_id,
        manifest_sha256=record.package.manifest_sha256,
        merged_sha256=record.sha256,
        chair_name=str(record.chair.get("name") or ""),
        chair_fingerprint=record.chair_fingerprint,
        method=report.options.method.label(),
        submissions=len(record.manifest.submissions),
        ranked=sum(1 for s in report.standings if s.place is not None),
        evaluations=evaluations_text(record),
        shortlist=""
        if origin is None
        else translate("FinalRecap", "shortlisted from round {round}: {rule}").format(
            round=origin.round, rule=shortlist_text(origin.rule)
        ),
    )


def shortlist_text(rule: ShortlistRule) -> str:
    """How a next round's submissions were chosen, in words: ``top 6; top 1 per cluster; ties
    at the cut included``."""
    parts = []
    if rule.top is not None:
        parts.append(translate("FinalRecap", "top {n}").format(n=rule.top))
    if rule.passing:
        parts.append(translate("FinalRecap", "every submission that passed"))
    if rule.top_per_group is not None:
        parts.append(translate("FinalRecap", "top {n} per group").format(n=rule.top_per_group))
    if rule.top_per_cluster is not None:
        parts.append(translate("FinalRecap", "top {n} per cluster").format(n=rule.top_per_cluster))
    if rule.include_ties:
        parts.append(translate("FinalRecap", "ties at the cut included"))
    return "; ".join(parts) or "–"
