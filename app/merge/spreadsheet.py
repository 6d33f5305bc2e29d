"""The merge for people: the views of the workbook, and the ranking the CSV holds.

Each view is a :class:`Sheet` of plain values: texts, integers and ``Decimal`` numbers rounded
half-up to two places (three for reliability), ``None`` for nothing. How they are written is
the writers' business (:mod:`app.merge.workbook`, :mod:`app.merge.csv_file`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.atomic import atomic_write_bytes
from app.domain.evaluation import weight_covered
from app.domain.numbers import decimal_text, round_half_up
from app.domain.rubric import Rubric
from app.errors import JuriError
from app.i18n import os_problem, translate
from app.merge.agreement import TOTAL
from app.merge.methods import Method
from app.merge.ranking import passing_rule_text
from app.merge.reading import advice, read, sources
from app.merge.service import MergeReport, place_note
from app.merge.table import CellState
from app.stats import ICC_FORMS


def _number(value: Fraction | Decimal | None, places: int = 2) -> Decimal | None:
    return None if value is None else round_half_up(value, places)


def _yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return translate("Export", "yes") if value else translate("Export", "no")


@dataclass(frozen=True)
class Sheet:
    """One view: a table under a header row, and lines of text below it (outside the table's
    filter)."""

    title: str
    header: list[str]
    rows: list[list[Any]]
    notes: tuple[str, ...] = ()
    table: bool = True  # a table to filter; False for a list of settings


def ranking_rows(report: MergeReport) -> tuple[list[str], list[list[Any]]]:
    """The overall ranking: scores to the decimals that separate look-alike neighbours, the
    mean the passing grade applies to, and a note on every tie-break, tie and submission
    not ranked."""
    jurors = report.table.jurors
    header = [
        translate("Export", "rank"),
        translate("Export", "tie"),
        translate("Export", "code"),
        translate("Export", "title"),
        translate("Export", "agency"),
        translate("Export", "group"),
        translate("Export", "group rank"),
        translate("Export", "cluster"),
        translate("Export", "cluster rank"),
        _score_header(report),
        translate("Export", "mean of totals"),
        _passes_header(report),
        _complete_header(report),
        translate("Export", "expected evaluations"),
        *jurors,
        translate("Export", "spread"),
        translate("Export", "disagreement"),
        translate("Export", "note"),
    ]
    flagged = report.flagged
    rows = []
    for standing in report.standings:
        submission = report.manifest.listed_submission(standing.code)
        totals = report.table.totals(standing.code)
        gap = max(totals.values()) - min(totals.values()) if len(totals) > 1 else None
        rows.append(
            [
                standing.place.rank if standing.place else None,
                _yes_no(standing.place.tie) if standing.place else "",
                submission.code,
                submission.title,
                submission.agency,
                submission.group,
                standing.group_place.rank if standing.group_place else None,
                submission.cluster,
                standing.cluster_place.rank if standing.cluster_place else None,
                _number(standing.score, standing.decimals),
                _number(standing.mean, standing.mean_decimals),
                _yes_no(standing.passes),
                standing.complete,
                standing.expected,
                *(_number(totals.get(j)) for j in jurors),
                _number(gap),
                _yes_no(standing.code in flagged),
                place_note(report, standing),
            ]
        )
    return header, rows


def _score_header(report: MergeReport) -> str:
    """The score's column names the method it was ranked by, so no file leaves it out."""
    return translate("Export", "score ({method})").format(method=report.options.method.label())


def _complete_header(report: MergeReport) -> str:
    """The column of complete evaluations names the minimum a submission needs to rank."""
    return translate("Export", "complete evaluations (ranked from {n})").format(
        n=report.min_evaluations
    )


def _passes_header(report: MergeReport) -> str:
    if report.passing_grade is None:
        return translate("Export", "passes")
    return translate("Export", "passes (mean ≥ {grade})").format(
        grade=decimal_text(report.passing_grade)
    )


def _grouped(report: MergeReport, attribute: str, title: str, sheet: str) -> Sheet:
    header = [
        title,
        translate("Export", "rank"),
        translate("Export", "code"),
        translate("Export", "title"),
        translate("Export", "agency"),
        _score_header(report),
        _passes_header(report),
        translate("Export", "overall rank"),
    ]
    rows = []
    names = report.manifest.groups if attribute == "group" else report.manifest.clusters
    for name in names:
        members = [
            s
            for s in report.standings
            if getattr(report.manifest.listed_submission(s.code), attribute) == name
        ]
        place_of = (
            (lambda s: s.group_place) if attribute == "group" else (lambda s: s.cluster_place)
        )
        members.sort(key=lambda s: (place_of(s) is None, place_of(s).rank if place_of(s) else 0))
        for standing in members:
            submission = report.manifest.listed_submission(standing.code)
            place = place_of(standing)
            rows.append(
                [
                    name,
                    place.rank if place else None,
                    submission.code,
                    submission.title,
                    submission.agency,
                    _number(standing.score, standing.decimals),
                    _yes_no(standing.passes),
                    standing.place.rank if standing.place else None,
                ]
            )
    return Sheet(sheet, header, rows)


def _detail(report: MergeReport) -> Sheet:
    """Juror × submission: the scores side by side, then the total, the recommendation, the
    overall comment and each criterion's comment (what the panel reads before it discusses a
    disagreement)."""
    rubric = report.manifest.rubric
    header = [
        translate("Export", "code"),
        translate("Export", "title"),
        translate("Export", "juror"),
        translate("Export", "name"),
        translate("Export", "status"),
        *rubric.codes,
        translate("Export", "total"),
        translate("Export", "weight scored (%)"),
        translate("Export", "recommendation"),
        translate("Export", "overall comment"),
        *(
            translate("Export", "comment {criterion}").format(criterion=code)
            for code in rubric.codes
        ),
    ]
    accepted = report.intake.accepted
    rows = []
    for submission in report.manifest.submissions:
        for juror in report.manifest.jurors:
            cell = report.table.cell(submission.code, juror.id)
            if cell is None:
                continue
            evaluation = None
            if juror.id in accepted:
                evaluation = next(
                    (
                        e
                        for e in accepted[juror.id].document.evaluations
                        if e.submission == submission.code
                    ),
                    None,
                )
            total = (
                cell.total
                if cell.total is not None
                else (rubric.weighted_total(cell.scores) if cell.scores else None)
            )
            rows.append(
                [
                    submission.code,
                    submission.title,
                    juror.id,
                    juror.name,
                    cell.state.label(),
                    *(cell.scores.get(code) for code in rubric.codes),
                    _number(total) if cell.state is not CellState.RECUSED else None,
                    _weight_scored(cell.state, cell.scores, rubric),
                    evaluation.recommendation.label()
                    if evaluation and evaluation.recommendation
                    else "",
                    evaluation.overall_comment if evaluation else "",
                    *(
                        (evaluation.comments.get(code, "") if evaluation else "")
                        for code in rubric.codes
                    ),
                ]
            )
    return Sheet(translate("Export", "Detail"), header, rows)


def _weight_scored(
    state: CellState, scores: Mapping[str, object], rubric: Rubric
) -> Decimal | None:
    """Beside each total, how much of the weight it covers: 100 when complete, less for a
    total so far (never read as final), nothing where there is no total."""
    if state is CellState.RECUSED or not scores:
        return None
    return weight_covered(scores, rubric)


def _files(report: MergeReport) -> Sheet:
    header = [
        translate("Export", "file"),
        translate("Export", "status"),
        translate("Export", "reason"),
        translate("Export", "juror"),
        translate("Export", "version"),
        translate("Export", "key"),
        "SHA-256",
        translate("Export", "inside"),
        translate("Export", "integrity pact"),
    ]
    pact = {True: translate("Export", "accepted"), False: translate("Export", "NONE"), None: ""}
    rows = [
        [
            v.name,
            v.status.label(),
            v.reason,
            v.shown_who()[0],
            v.sequence if v.juror is not None else v.shown_who()[1] or None,
            v.signer or "",
            v.sha256,
            v.inside or "",
            pact[v.pact],
        ]
        for v in report.intake.verdicts
    ]
    return Sheet(translate("Export", "Files"), header, rows)


def _disagreements(report: MergeReport) -> Sheet:
    header = [
        translate("Export", "code"),
        translate("Export", "title"),
        translate("Export", "spread"),
        translate("Export", "lowest"),
        translate("Export", "lowest total"),
        translate("Export", "highest"),
        translate("Export", "highest total"),
        translate("Export", "complete evaluations"),
        translate("Export", "suggestion"),
    ]
    rows = [
        [
            d.code,
            report.manifest.listed_submission(d.code).title,
            _number(d.spread),
            d.lowest[0],
            _number(d.lowest[1]),
            d.highest[0],
            _number(d.highest[1]),
            d.evaluations,
            d.suggestion(),
        ]
        for d in report.disagreements
    ]
    return Sheet(translate("Export", "Disagreements"), header, rows)


def _coverage(report: MergeReport) -> Sheet:
    jurors = report.table.jurors
    header = [translate("Export", "code"), translate("Export", "title"), *jurors]
    rows = []
    for submission in report.manifest.submissions:
        cells = [report.table.cell(submission.code, j) for j in jurors]
        rows.append(
            [
                submission.code,
                submission.title,
                *("" if c is None else c.state.label() for c in cells),
            ]
        )
    return Sheet(translate("Export", "Coverage"), header, rows)


def _reliability(report: MergeReport) -> Sheet:
    header = [
        translate("Export", "view"),
        "alpha",
        *ICC_FORMS,
        translate("Export", "design"),
        translate("Export", "submissions"),
        translate("Export", "reading"),
        translate("Export", "what to do"),
    ]
    rows = [
        [
            translate("Export", "weighted total") if r.view == TOTAL else r.view,
            _number(r.alpha, 3),
            *(_number(r.icc[f], 3) for f in ICC_FORMS),
            r.design_label(),
            r.submissions,
            read(r).text(),
            read(r).advice(),
        ]
        for r in report.reliability
    ]
    return Sheet(
        translate("Export", "Reliability"),
        header,
        rows,
        notes=(*advice(report.reliability), sources()),
    )


def _settings(report: MergeReport) -> Sheet:
    """The rules the ranking applied, in words: the workbook says how it was made."""
    options = report.options
    grade = report.passing_grade
    rows: list[list[Any]] = [
        [translate("Export", "method"), options.method.label()],
        [
            translate("Export", "passing grade"),
            translate("Export", "none")
            if grade is None
            else translate("Export", "{grade}, applied {rule}").format(
                grade=decimal_text(grade), rule=passing_rule_text()
            ),
        ],
        [translate("Export", "minimum of complete evaluations"), report.min_evaluations],
        [translate("Export", "tie-break order"), ", ".join(report.tie_break)],
        [translate("Export", "disagreement above"), options.threshold],
        [translate("Export", "not ranked"), len(report.not_ranked)],
    ]
    if options.method is Method.TRIMMED:
        rows.insert(1, [translate("Export", "totals dropped at each end"), options.trim])
    return Sheet(
        translate("Export", "Settings"),
        [translate("Export", "setting"), translate("Export", "value")],
        rows,
        table=False,
    )


def sheets(report: MergeReport) -> list[Sheet]:
    header, rows = ranking_rows(report)
    return [
        Sheet(translate("Export", "Ranking"), header, rows),
        _grouped(report, "group", translate("Export", "group"), translate("Export", "Per group")),
        _grouped(
            report, "cluster", translate("Export", "cluster"), translate("Export", "Per cluster")
        ),
        _detail(report),
        _files(report),
        _disagreements(report),
        _coverage(report),
        _reliability(report),
        _settings(report),
    ]


def write_export(target: Path, data: bytes) -> None:
    """An export written whole or not at all; a folder that cannot be written is a refusal
    in words."""
    try:
        atomic_write_bytes(Path(target), data)
    except OSError as exc:
        raise JuriError(
            translate("Export", "Cannot write {path}: {error}").format(
                path=target, error=os_problem(exc)
            ),
            code="write_failed",
        ) from exc
