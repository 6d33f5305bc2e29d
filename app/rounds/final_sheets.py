"""The final line-up for people: an XLSX workbook (not signed; the final file is the record).

Sheets: the final ranking with each round's score and rank beside the final score, the
line-up per group and per cluster, the clusters at a glance (what the panel weighs for fair
representation), the rounds and merged files it rests on, and the rule in words. Written with
the merge's workbook writer (:func:`app.merge.workbook.write_workbook`): every text exact as a
text cell, never a formula, numbers are numbers, header frozen, filters, columns sized.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, NamedTuple

from app.domain.numbers import decimal_text, round_half_up
from app.formats.final_rule import Combine
from app.i18n import translate
from app.merge.cells import ExportReport
from app.merge.ranking import Place
from app.merge.spreadsheet import Sheet
from app.merge.workbook import write_workbook
from app.rounds.lineup import (
    FinalStanding,
    LineUp,
    evaluations,
    lineup_warnings,
    place_note,
    rule_text,
)


def _number(value: Fraction | None, places: int = 2) -> Decimal | None:
    return None if value is None else round_half_up(value, places)


def _ranking(lineup: LineUp) -> Sheet:
    rounds = [r.round_id for r in lineup.rounds]
    header = [
        translate("FinalSheets", "rank"),
        translate("FinalSheets", "code"),
        translate("FinalSheets", "title"),
        translate("FinalSheets", "agency"),
        translate("FinalSheets", "group"),
        translate("FinalSheets", "group rank"),
        translate("FinalSheets", "cluster"),
        translate("FinalSheets", "cluster rank"),
        translate("FinalSheets", "final score"),
    ]
    for round_id in rounds:
        header += [
            translate("FinalSheets", "{round} score").format(round=round_id),
            translate("FinalSheets", "{round} rank").format(round=round_id),
        ]
    header.append(translate("FinalSheets", "note"))
    rows = []
    for standing in lineup.standings:
        submission = lineup.manifest.listed_submission(standing.code)
        row: list[Any] = [
            _rank(standing.place),
            submission.code,
            submission.title,
            submission.agency,
            submission.group,
            _rank(standing.group_place),
            submission.cluster,
            _rank(standing.cluster_place),
            _number(standing.score, standing.decimals),
        ]
        for found in standing.rounds:
            row += [
                None if found is None else _number(found.score, found.decimals),
                None if found is None or found.place is None else found.place.rank,
            ]
        row.append(place_note(lineup, standing))
        rows.append(row)
    return Sheet(translate("FinalSheets", "Final ranking"), header, rows)


def _rank(place: Place | None) -> int | None:
    return None if place is None else place.rank


def _parts(
    lineup: LineUp,
    attribute: str,
    title: str,
    sheet: str,
    place_of: Callable[[FinalStanding], Place | None],
) -> Sheet:
    header = [
        title,
        translate("FinalSheets", "rank"),
        translate("FinalSheets", "code"),
        translate("FinalSheets", "title"),
        translate("FinalSheets", "agency"),
        translate("FinalSheets", "final score"),
        translate("FinalSheets", "overall rank"),
        translate("FinalSheets", "note"),
    ]
    manifest = lineup.manifest
    rows = []
    for name in manifest.groups if attribute == "group" else manifest.clusters:
        members = [
            s
            for s in lineup.standings
            if getattr(manifest.listed_submission(s.code), attribute) == name
        ]
        for standing in members:  # ranked by place, then the others (the line-up's order)
            submission = manifest.listed_submission(standing.code)
            place = place_of(standing)
            rows.append(
                [
                    name,
                    _rank(place),
                    submission.code,
                    submission.title,
                    submission.agency,
                    _number(standing.score, standing.decimals),
                    _rank(standing.place),
                    place_note(lineup, standing, place),
                ]
            )
    return Sheet(sheet, header, rows)


def _clusters(lineup: LineUp) -> Sheet:
    """Each cluster at a glance: how many entered, how many finalists, how many ranked, where
    they stand."""
    header = [
        translate("FinalSheets", "cluster"),
        translate("FinalSheets", "entered round {round}").format(round=lineup.rounds[0].round_id),
        translate("FinalSheets", "candidates"),
        translate("FinalSheets", "ranked"),
        translate("FinalSheets", "not ranked"),
        translate("FinalSheets", "best rank"),
        translate("FinalSheets", "ranks"),
    ]
    rows = []
    for name, entered, members in cluster_members(lineup):
        ranks = [s.place.rank for s in members if s.place is not None]
        rows.append(
            [
                name,
                entered,
                len(members),
                len(ranks),
                len(members) - len(ranks),
                min(ranks) if ranks else None,
                ", ".join(map(str, ranks)),
            ]
        )
    return Sheet(translate("FinalSheets", "Clusters"), header, rows)


class ClusterView(NamedTuple):
    name: str  # "": the submissions without a cluster
    entered: int  # its submissions in the first round
    members: list[FinalStanding]  # its candidates in the final round, in line-up order


def cluster_members(lineup: LineUp) -> list[ClusterView]:
    """Every cluster that entered the first round, in name order (a submission without a
    cluster under ``""`` last), with its candidates in the final round: a cluster with none
    left is listed too, as the panel weighs fair representation against what entered."""
    first, manifest = lineup.rounds[0].manifest, lineup.manifest
    found = [
        ClusterView(
            name,
            sum(s.cluster == name for s in first.submissions),
            [s for s in lineup.standings if manifest.listed_submission(s.code).cluster == name],
        )
        for name in [*sorted({*first.clusters, *manifest.clusters}), ""]
    ]
    return [view for view in found if view.entered or view.members]


def _rounds(lineup: LineUp) -> Sheet:
    header = [
        translate("FinalSheets", "round"),
        translate("FinalSheets", "kind"),
        translate("FinalSheets", "in the rule"),
        translate("FinalSheets", "package"),
        translate("FinalSheets", "manifest SHA-256"),
        translate("FinalSheets", "merged file SHA-256"),
        translate("FinalSheets", "chair"),
        translate("FinalSheets", "chair's key"),
        translate("FinalSheets", "method"),
        translate("FinalSheets", "passing grade"),
        translate("FinalSheets", "minimum of complete evaluations"),
        translate("FinalSheets", "rubric's minimum"),
        translate("FinalSheets", "complete evaluations"),
        translate("FinalSheets", "expected evaluations"),
        translate("FinalSheets", "submissions"),
        translate("FinalSheets", "ranked"),
    ]
    rows = []
    for record in lineup.rounds:
        report = record.report
        rows.append(
            [
                record.label,
                record.round.kind.value,
                role_text(lineup, record.round_id),
                record.manifest.package_id,
                record.package.manifest_sha256,
                record.sha256,
                str(record.chair.get("name") or ""),
                record.chair_fingerprint,
                report.options.method.label(),
                None if report.passing_grade is None else report.passing_grade,
                report.min_evaluations,
                record.round.min_evaluations,
                *evaluations(record),
                len(record.manifest.submissions),
                sum(1 for s in report.standings if s.place is not None),
            ]
        )
    return Sheet(translate("FinalSheets", "Rounds"), header, rows)


def role_text(lineup: LineUp, round_id: str) -> str:
    """What a round does in the rule: its weight, that it decides, that it is a gate."""
    rule = lineup.rule
    roles = []
    weights = dict(rule.weights)
    if round_id in weights:
        roles.append(
            translate("FinalSheets", "weight {weight}%").format(
                weight=decimal_text(weights[round_id])
            )
        )
    if rule.combine is Combine.LAST and round_id == rule.decides:
        roles.append(translate("FinalSheets", "decides"))
    if round_id in rule.gates:
        roles.append(translate("FinalSheets", "gate: must be passed"))
    if round_id in (rule.tie_break or ()):
        roles.append(
            translate("FinalSheets", "tie-break {n}").format(
                n=(rule.tie_break or ()).index(round_id) + 1
            )
        )
    return "; ".join(roles) or translate("FinalSheets", "link of the chain")


def _rule(lineup: LineUp) -> Sheet:
    rows: list[list[Any]] = [
        [translate("FinalSheets", "rule"), rule_text(lineup)],
        [translate("FinalSheets", "ranked"), len(lineup.ranked)],
        [translate("FinalSheets", "not ranked"), len(lineup.not_ranked)],
        *([translate("FinalSheets", "warning"), w] for w in lineup_warnings(lineup)),
    ]
    return Sheet(
        translate("FinalSheets", "Rule"),
        [translate("FinalSheets", "setting"), translate("FinalSheets", "value")],
        rows,
        table=False,
    )


def sheets(lineup: LineUp) -> list[Sheet]:
    return [
        _ranking(lineup),
        _parts(
            lineup,
            "group",
            translate("FinalSheets", "group"),
            translate("FinalSheets", "Per group"),
            lambda s: s.group_place,
        ),
        _parts(
            lineup,
            "cluster",
            translate("FinalSheets", "cluster"),
            translate("FinalSheets", "Per cluster"),
            lambda s: s.cluster_place,
        ),
        _clusters(lineup),
        _rounds(lineup),
        _rule(lineup),
    ]


def write_final_xlsx(lineup: LineUp, target: Path) -> ExportReport:
    return write_workbook(sheets(lineup), target)
