"""The fast merge held to the plain reference (``tests/merge/reference.py``) over random
panels: 2–6 jurors sharing 2–8 submissions, rubrics with half-point scales and weights,
recusals, unfinished and missing evaluations, few distinct scores (so ties are common), every
method, minimum of evaluations, tie-break order and passing grade. Every figure must be
exactly the reference's."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.competition import (
    Competition,
    Juror,
    Manifest,
    Round,
    RoundKind,
    Secretariat,
    Submission,
)
from app.domain.evaluation import Evaluation
from app.domain.numbers import round_half_up, total_text
from app.domain.rubric import Criterion, Rubric, Scale
from app.domain.text import LocalizedText
from app.formats.result import ResultDocument
from app.merge.agreement import CROSSED, ONE_WAY, TOTAL
from app.merge.intake import AcceptedResult, Intake
from app.merge.methods import Method
from app.merge.service import MergeOptions, MergeReport, evaluate
from app.stats import ICC_FORMS
from tests.merge import reference as ref

SCALES = [
    (Decimal(1), Decimal(10), Decimal(1)),
    (Decimal(0), Decimal(5), Decimal("0.5")),
    (Decimal(1), Decimal(4), Decimal(1)),
    (Decimal(0), Decimal(100), Decimal("0.25")),
]
STATES = ["complete", "complete", "complete", "in_progress", "not_started", "recused"]


@st.composite
def rubrics(draw) -> Rubric:
    count = draw(st.integers(1, 4))
    cuts = sorted(draw(st.lists(st.integers(0, 200), min_size=count - 1, max_size=count - 1)))
    halves = [b - a for a, b in zip([0, *cuts], [*cuts, 200], strict=True)]
    criteria = []
    for i, half in enumerate(halves):
        low, high, step = draw(st.sampled_from(SCALES))
        criteria.append(
            Criterion(
                f"C{i}", LocalizedText(f"Kriteria {i}"), Decimal(half) / 2, Scale(low, high, step)
            )
        )
    return Rubric(tuple(criteria))


@st.composite
def panels(draw) -> tuple[Manifest, dict[str, ResultDocument]]:
    """A round's manifest and the accepted result of each juror who sent one."""
    rubric = draw(rubrics())
    jurors = [
        Juror(f"J{i:02d}", f"Juri {i}", bytes([i]) * 32)
        for i in range(1, draw(st.integers(2, 6)) + 1)
    ]
    codes = [f"S{i:03d}" for i in range(1, draw(st.integers(2, 8)) + 1)]
    submissions = tuple(
        Submission(
            code,
            f"Inovasi {code}",
            "Instansi",
            group=draw(st.sampled_from(["", "umum", "khusus"])),
            cluster=draw(st.sampled_from(["", "kota", "kabupaten"])),
        )
        for code in codes
    )
    assignments = {
        j.id: tuple(c for c in codes if draw(st.booleans()) or len(jurors) == 2) for j in jurors
    }
    # a few distinct scores per criterion: equal totals, equal means, ties
    palettes = {
        c.code: draw(st.lists(st.sampled_from(c.scale.values()), min_size=1, max_size=3))
        for c in rubric
    }
    manifest = Manifest(
        "ref-pkg",
        "2026-11-23T09:00:00Z",
        "Uji",
        Secretariat("Sekretariat", bytes(32)),
        Competition("ref", LocalizedText("Uji"), 2026),
        Round("desk", RoundKind.DESK, LocalizedText("Penilaian"), None),
        rubric,
        (),
        tuple(jurors),
        submissions,
        assignments,
    )
    documents = {}
    for juror in jurors:
        if not draw(st.integers(0, 6)):  # no accepted result: every evaluation missing
            continue
        evaluations, statuses = [], {}
        for code in assignments[juror.id]:
            state = draw(st.sampled_from(STATES))
            if state == "recused":
                evaluation = Evaluation(code, recusal_reason="Konflik kepentingan")
            elif state == "complete":
                evaluation = Evaluation(
                    code, scores={c.code: draw(st.sampled_from(palettes[c.code])) for c in rubric}
                )
            elif state == "in_progress":
                evaluation = Evaluation(code, overall_comment="belum selesai")
            else:
                evaluation = Evaluation(code)
            evaluations.append(evaluation)
            statuses[code] = state
        documents[juror.id] = ResultDocument(
            "ref-pkg",
            "0" * 64,
            juror.id,
            juror.name,
            juror.public_key,
            1,
            "2026-11-23T10:00:00.000Z",
            "Juri test",
            None,
            1,
            "0" * 64,
            tuple(evaluations),
            statuses,
            {},
            {},
        )
    return manifest, documents


def reference_tie_break(items: tuple[str, ...], rubric: Rubric) -> tuple[str, ...]:
    """``weights``: every weighted criterion, heaviest first (rubric order among equals)."""
    resolved: list[str] = []
    for item in items:
        names = (
            [c.code for c in sorted(rubric, key=lambda c: -c.weight) if c.weight > 0]
            if item == "weights"
            else [item]
        )
        resolved += [name for name in names if name not in resolved]
    return tuple(resolved)


def complete_scores(
    manifest: Manifest, documents: dict[str, ResultDocument]
) -> dict[str, dict[str, dict[str, Decimal]]]:
    """Submission → juror → the scores of each complete evaluation, roster order."""
    found: dict[str, dict[str, dict[str, Decimal]]] = {s.code: {} for s in manifest.submissions}
    for juror in manifest.jurors:
        document = documents.get(juror.id)
        for evaluation in document.evaluations if document else ():
            if document.declared_status[evaluation.submission] == "complete":
                found[evaluation.submission][juror.id] = evaluation.scores
    return found


def merged(
    manifest: Manifest, documents: dict[str, ResultDocument], options: MergeOptions
) -> MergeReport:
    intake = Intake(
        accepted={
            juror: AcceptedResult(f"{juror}.json", "0" * 64, {}, document, "FP")
            for juror, document in documents.items()
        }
    )
    return evaluate(intake, manifest, "0" * 64, options)


def reference_reliability(
    manifest: Manifest, scores: dict[str, dict[str, dict[str, Decimal]]], view: str
) -> tuple[Fraction | None, dict, str | None, int]:
    """Alpha over every submission; ICC over the submissions every juror completed when two
    or more did (crossed), else over those with the most common number of complete
    evaluations, jurors taken as interchangeable (ICC1 and ICC1k only)."""
    rubric = manifest.rubric

    def value(cell: dict[str, Decimal]) -> Fraction:
        return ref.weighted_total(rubric, cell) if view == TOTAL else Fraction(cell[view])

    units = [[value(cell) for cell in row.values()] for row in scores.values()]
    jurors = [j.id for j in manifest.jurors if manifest.assigned(j.id)]
    alpha = ref.alpha_interval(units)
    crossed = [
        [value(row[j]) for j in jurors] for row in scores.values() if set(row) == set(jurors)
    ]
    if len(crossed) >= 2 and len(jurors) >= 2:
        return alpha, ref.icc(crossed), CROSSED, len(crossed)
    sizes = [len(row) for row in scores.values() if len(row) >= 2]
    if not sizes:
        return alpha, dict.fromkeys(ICC_FORMS), None, 0
    k = max(sizes, key=lambda size: (sizes.count(size), size))
    rows = [[value(cell) for cell in row.values()] for row in scores.values() if len(row) == k]
    if len(rows) < 2:
        return alpha, dict.fromkeys(ICC_FORMS), None, len(rows)
    forms = ref.icc(rows)
    return (
        alpha,
        {form: forms[form] if form in ("ICC1", "ICC1k") else None for form in ICC_FORMS},
        ONE_WAY,
        len(rows),
    )


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(panel=panels(), data=st.data())
def test_the_merge_is_the_reference_on_random_panels(panel, data) -> None:
    manifest, documents = panel
    rubric = manifest.rubric
    codes = [s.code for s in manifest.submissions]
    scores = complete_scores(manifest, documents)
    totals = {
        code: {j: ref.weighted_total(rubric, cell) for j, cell in row.items()}
        for code, row in scores.items()
    }
    means = {code: ref.mean(list(row.values())) for code, row in totals.items() if row}
    grade = data.draw(
        st.one_of(
            st.none(),
            st.integers(0, 10000).map(lambda n: Decimal(n) / 100),
            # at a mean's two decimals: 66.67 for 66.666…, which fails
            st.sampled_from(sorted(means.values()) or [Fraction(50)]).map(
                lambda m: Decimal(total_text(m))
            ),
        )
    )
    items = data.draw(
        st.lists(st.sampled_from([*rubric.codes, "weights", "evaluations"]), max_size=4)
    )
    method = data.draw(st.sampled_from(list(Method)))
    options = MergeOptions(
        method=method,
        trim=data.draw(st.integers(0, 2)),
        passing_grade=grade,
        min_evaluations=data.draw(st.integers(1, 3)),
        tie_break=tuple(items),
    )
    report = merged(manifest, documents, options)

    # one evaluation at a time
    for code in codes:
        assert report.table.totals(code) == totals[code]
        assert report.table.expected(code) == sum(
            1
            for j in manifest.jurors
            if code in manifest.assigned(j.id)
            and not (j.id in documents and documents[j.id].declared_status[code] == "recused")
        )
    # the method
    expected_scores = ref.method_scores(totals, method.value, options.trim)
    assert report.scores == {code: expected_scores.get(code) for code in codes}
    # the ranking
    tie_break = reference_tie_break(options.tie_break, rubric)
    assert report.tie_break == tie_break
    criterion_means = {
        code: {c: ref.mean([Fraction(cell[c]) for cell in row.values()]) for c in rubric.codes}
        for code, row in scores.items()
        if row
    }
    entries = ref.ranking(
        codes,
        expected_scores,
        totals,
        criterion_means,
        tie_break,
        options.min_evaluations,
        grade,
        {s.code: s.group for s in manifest.submissions},
        {s.code: s.cluster for s in manifest.submissions},
    )
    found = {
        s.code: ref.Entry(
            s.place and tuple(s.place),
            s.group_place and tuple(s.group_place),
            s.cluster_place and tuple(s.cluster_place),
            s.passes,
            s.score,
            s.mean,
            s.decimals,
            s.mean_decimals,
        )
        for s in report.standings
    }
    assert found == entries
    ranked = sorted(
        (c for c in codes if entries[c].place), key=lambda c: (entries[c].place[0], codes.index(c))
    )
    assert [s.code for s in report.standings] == ranked + [c for c in codes if c not in ranked]
    # reliability
    for item in report.reliability:
        alpha, icc, design, rows = reference_reliability(manifest, scores, item.view)
        assert (item.alpha, item.icc, item.design, item.submissions) == (alpha, icc, design, rows)


def test_the_reference_itself_on_cases_worked_by_hand() -> None:
    """Small cases whose answers are known without any code."""
    F = Fraction  # noqa: N806
    assert ref.median([F(4), F(1), F(3), F(10)]) == F(7, 2)
    assert ref.trimmed_mean([F(0), F(50), F(60), F(100)], 1) == 55
    assert ref.trimmed_mean([F(10), F(20)], 1) == 15  # nothing left to drop
    assert ref.sample_sd([F(2), F(4), F(4), F(4), F(5), F(5), F(7), F(9)]) == ref.root(F(32, 7))
    # Shrout & Fleiss (1979), table 2: six targets, four judges
    table = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
    icc = ref.icc([[F(v) for v in row] for row in table])
    assert {form: str(round_half_up(value, 2)) for form, value in icc.items()} == {
        "ICC1": "0.17",
        "ICC2": "0.29",
        "ICC3": "0.71",
        "ICC1k": "0.44",
        "ICC2k": "0.62",
        "ICC3k": "0.91",
    }
    # Krippendorff (2011): perfect agreement is 1; values that do not vary give no alpha
    assert ref.alpha_interval([[F(1), F(1)], [F(3), F(3)]]) == 1
    assert ref.alpha_interval([[F(2), F(2)], [F(2), F(2)]]) is None
    # 77.8993 and 77.8987 both show 77.90: four decimals tell them apart
    assert ref.look_alike_decimals([F(778993, 10000), F(778987, 10000), F(70)]) == [4, 4, 2]


@pytest.mark.parametrize("method", list(Method))
def test_a_submission_below_the_minimum_takes_no_place_under_every_method(method) -> None:
    """The rule the issue reproduced (one juror's file, a first place), on a fixed panel."""
    rubric = Rubric(
        (
            Criterion(
                "C0", LocalizedText("K"), Decimal(100), Scale(Decimal(1), Decimal(10), Decimal(1))
            ),
        )
    )
    jurors = (Juror("J01", "A", b"\1" * 32), Juror("J02", "B", b"\2" * 32))
    manifest = Manifest(
        "ref-pkg",
        "2026-11-23T09:00:00Z",
        "Uji",
        Secretariat("S", bytes(32)),
        Competition("ref", LocalizedText("Uji"), 2026),
        Round("desk", RoundKind.DESK, LocalizedText("P"), Decimal(85)),
        rubric,
        (),
        jurors,
        (Submission("S001", "Satu", "I"), Submission("S002", "Dua", "I")),
        {"J01": ("S001", "S002"), "J02": ("S001", "S002")},
    )

    def document(juror: Juror, scores: dict[str, int]) -> ResultDocument:
        evaluations = tuple(
            Evaluation(code, scores={"C0": Decimal(v)}) for code, v in scores.items()
        )
        return ResultDocument(
            "ref-pkg",
            "0" * 64,
            juror.id,
            juror.name,
            juror.public_key,
            1,
            "2026-11-23T10:00:00.000Z",
            "t",
            None,
            1,
            "0" * 64,
            evaluations,
            dict.fromkeys(scores, "complete"),
            {},
            {},
        )

    report = merged(
        manifest,
        {
            "J01": document(jurors[0], {"S001": 10, "S002": 6}),
            "J02": document(jurors[1], {"S002": 7}),
        },
        MergeOptions(method=method),
    )
    assert [(s.code, s.ranked, s.passes) for s in report.standings] == [
        ("S002", True, False),
        ("S001", False, False),
    ]
