"""The evaluation sheet, blank or filled: the flowables of one sheet.

A sheet is made to be read and signed on paper: who and what it is about at the top (with the
QR code that finds it again), then every criterion with its weight, scale and level descriptors
and a place for the score and the comment, then the overall judgement, and the juror's
signature. Blank and filled sheets share the layout, so a juror who scored on paper finds the
same places filled in when the result comes back for signing. Long texts are paragraphs on
their own (never inside a table cell), so they flow across pages instead of being cut.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from fractions import Fraction

from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.competition import Juror, Manifest, RoundKind, Submission
from app.domain.evaluation import Evaluation, EvaluationStatus, Recommendation
from app.domain.numbers import round_half_up
from app.domain.rubric import Criterion
from app.formats.sheet_code import format_sheet_code
from app.i18n import current_language, format_decimal, format_number, translate
from app.reports.blocks import (
    Box,
    QrCode,
    TableCell,
    WritingLines,
    facts_band,
    header_cells,
    side_by_side,
    signature_block,
)
from app.reports.page import ACCENT, FRAME_WIDTH, INK, RULE, SHADE, PageDecor
from app.reports.stamp import CellText, SharedTexts, StampedRun, cell_text
from app.reports.styles import CELL_FONT, Text, grid_table_style, styles
from app.reports.text import (
    blocks,
    category_label,
    escape,
    evidence_line,
    format_date,
    format_datetime,
    markup,
    score_text,
    total_shown,
    weight_text,
)

QR_SIZE = 2.6 * cm
QR_COLUMN = 3.0 * cm
SCORE_COLUMN = 3.0 * cm
SCORE_BOX = 2.3 * cm
HALF_WIDTH = (FRAME_WIDTH - 0.6 * cm) / 2  # a column of blocks.side_by_side
CHECKED, UNCHECKED = "☑", "☐"


@dataclass(frozen=True)
class FilledEvaluation:
    """What a verified result file says about one submission, for a filled sheet."""

    evaluation: Evaluation
    status: EvaluationStatus
    result_created: datetime | None
    sequence: int
    fingerprint: str
    result_sha256: str


def sheet_decor(manifest: Manifest, juror: Juror, submission: Submission, footer: str) -> PageDecor:
    language = current_language()
    right = " · ".join(
        (
            translate("Sheets", "Evaluation sheet"),
            manifest.competition.name.get(language),
            manifest.round.name.get(language),
        )
    )
    return PageDecor(f"{submission.code} · {juror.id}", right, footer)


def sheet_story(
    manifest: Manifest, juror: Juror, submission: Submission, filled: FilledEvaluation | None = None
) -> list[Flowable]:
    """Every flowable of one juror's sheet for one submission (blank when ``filled`` is None)."""
    story = _top(manifest, juror, submission, filled)
    if filled is None:
        story += _blank_body(manifest)
    elif not filled.evaluation.recused:
        story += _criteria(manifest, filled)
        story += _summary(manifest, filled)
        story += _overall_body(manifest, filled.evaluation)
    story.append(_closing(manifest, juror, submission, filled))
    return story


class BlankSheets:
    """Blank sheets of one batch (one PDF), the same as :func:`sheet_story` draws them, with
    the parts they share laid out and drawn once (:mod:`app.reports.stamp`): the body (the
    criteria and the overall judgement) once per batch, the closing (recommendation, conflict
    declaration, signature) once per juror. Only each sheet's top is laid out anew."""

    def __init__(self, manifest: Manifest) -> None:
        self._manifest = manifest
        self._body = StampedRun(lambda: _blank_body(manifest), "Body")
        self._closings: dict[tuple[str, bool], StampedRun] = {}
        self._texts = SharedTexts("Cell")

    def story(self, juror: Juror, submission: Submission) -> list[Flowable]:
        manifest = self._manifest
        key = (juror.id, bool(submission.video_url))  # all the closing depends on
        closing = self._closings.get(key)
        if closing is None:
            closing = self._closings[key] = StampedRun(
                lambda: [_closing(manifest, juror, submission, None)],
                f"Closing{len(self._closings)}",
            )
        return [
            *_top(manifest, juror, submission, None, self._texts),
            self._body.flowable(),
            closing.flowable(),
        ]


def _blank_body(manifest: Manifest) -> list[Flowable]:
    """What every blank sheet of a package holds between its top and its recommendation."""
    return [*_criteria(manifest, None), *_overall_body(manifest, None)]


def _closing(
    manifest: Manifest, juror: Juror, submission: Submission, filled: FilledEvaluation | None
) -> Flowable:
    """The signature and the last lines it vouches for, kept together: a signature never
    stands alone on a page."""
    evaluation = filled.evaluation if filled is not None else None
    if evaluation is not None and evaluation.recused:
        tail = _recusal(evaluation)
    else:
        tail = _overall_tail(manifest, submission, evaluation)
    return KeepTogether([*tail, *_signature(juror, filled)])


# --- top: who and what -----------------------------------------------------------------------


def _top(
    manifest: Manifest,
    juror: Juror,
    submission: Submission,
    filled: FilledEvaluation | None,
    text: CellText = cell_text,
) -> list[Flowable]:
    """The sheet's heading and QR code, the submission's title and agency, the facts band;
    ``text`` makes the paragraphs in table cells."""
    s = styles()
    language = current_language()
    code = format_sheet_code(manifest.package_id, submission.code, juror.id)
    kicker = f"{manifest.competition.name.get(language)} · {manifest.round.name.get(language)}"
    subtitle = (
        translate("Sheets", "Filled in from the juror's signed result file")
        if filled
        else translate("Sheets", "For scoring on paper; type the scores into Juri afterwards")
    )
    column = FRAME_WIDTH - QR_COLUMN
    heading = [
        text(escape(kicker.upper()), s["kicker"], column),
        text(escape(translate("Sheets", "Evaluation sheet")), s["doctitle"], column),
        text(escape(subtitle), s["docsub"], column),
    ]
    qr = QrCode(code, QR_SIZE)
    top = Table([[heading, qr]], colWidths=[column, QR_COLUMN], hAlign="LEFT")
    top.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                ("VALIGN", (1, 0), (1, 0), "BOTTOM"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story: list[Flowable] = [
        top,
        Text(markup(submission.title), s["title"]),
        Text(markup(submission.agency), s["agency"]),
        _facts_band(manifest, juror, submission, filled, text),
    ]
    if filled is None:
        story += [
            Spacer(1, 6),
            Text(
                escape(
                    translate(
                        "Sheets",
                        "Write one score per criterion in its box, on the scale shown, using the "
                        "level descriptors as a guide, and a short comment that explains it. If "
                        "you have a "
                        "conflict of interest with this innovation, do not score it: tick the "
                        "declaration "
                        "at the end of the sheet and give the reason.",
                    )
                ),
                s["note"],
            ),
        ]
    return story


def _facts_band(
    manifest: Manifest,
    juror: Juror,
    submission: Submission,
    filled: FilledEvaluation | None,
    text: CellText,
) -> Flowable:
    facts, wide = _facts(manifest, juror, submission, filled)
    return facts_band(facts, wide=wide, text=text)


def _facts(
    manifest: Manifest, juror: Juror, submission: Submission, filled: FilledEvaluation | None
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The facts in pairs, and the long ones that get a row each."""
    language = current_language()
    grade = manifest.round.passing_grade
    code = format_sheet_code(manifest.package_id, submission.code, juror.id)
    facts = [
        (translate("Sheets", "Submission"), f"<b>{escape(submission.code)}</b>"),
        (translate("Sheets", "Juror"), f"<b>{escape(juror.name)}</b> ({escape(juror.id)})"),
        (translate("Sheets", "Group"), escape(category_label(submission.group))),
        (translate("Sheets", "Cluster"), escape(category_label(submission.cluster))),
        (translate("Sheets", "Category"), escape(submission.category or "–")),
        (translate("Sheets", "Round"), escape(manifest.round.name.get(language))),
        (translate("Sheets", "Package"), escape(manifest.package_id)),
        (
            translate("Sheets", "Passing grade"),
            "–" if grade is None else escape(format_number(grade)),
        ),
    ]
    if filled is not None:
        when = format_datetime(filled.result_created) if filled.result_created else "–"
        total = _total_text(manifest, filled.evaluation)
        facts += [
            (translate("Sheets", "Status"), f"<b>{escape(filled.status.label())}</b>"),
            (translate("Sheets", "Weighted total"), f"<b>{escape(total)}</b>"),
            (
                translate("Sheets", "Result file"),
                escape(
                    translate("Sheets", "version {n}, {when}").format(n=filled.sequence, when=when)
                ),
            ),
        ]
    wide = [(translate("Sheets", "Sheet code"), f"<b>{escape(code)}</b>")]
    if submission.video_url:
        wide.append((translate("Sheets", "Video"), escape(submission.video_url)))
    return facts, wide


# --- criteria --------------------------------------------------------------------------------


def _criteria(manifest: Manifest, filled: FilledEvaluation | None) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Text(escape(translate("Sheets", "Scores by criterion")), s["heading"])]
    for number, criterion in enumerate(manifest.rubric, start=1):
        story += _criterion(number, criterion, filled)
    return story


def _criterion(
    number: int, criterion: Criterion, filled: FilledEvaluation | None
) -> list[Flowable]:
    """Title band; description and guiding questions; the level descriptors beside the score
    box; the comment (lines to write on, or the juror's text flowing on below)."""
    s = styles()
    language = current_language()
    meta = translate("Sheets", "Weight {weight} · scale {scale}").format(
        weight=weight_text(criterion.weight), scale=criterion.scale.describe()
    )
    band = Table(
        [
            [
                Text(escape(f"{number}. {criterion.title.get(language)}"), s["criterion"]),
                Text(escape(meta), s["criterion_meta"]),
            ]
        ],
        colWidths=[FRAME_WIDTH - 5 * cm, 5 * cm],
        hAlign="LEFT",
    )
    band.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    head: list[Flowable] = [band, Spacer(1, 3)]
    description = escape(criterion.description.get(language))
    questions = [q.get(language) for q in criterion.guiding_questions if q]
    if questions:
        description += (
            (" " if description else "")
            + "<i>"
            + " ".join(f"• {escape(q)}" for q in questions)
            + "</i>"
        )
    if description:
        head.append(Text(description, s["small"]))
    score = filled.evaluation.scores.get(criterion.code) if filled is not None else None
    head.append(_levels_and_score(criterion, score, filled is not None))
    if filled is None:
        lines = Table(
            [
                [
                    Text(escape(translate("Sheets", "Comment").upper()), s["label"]),
                    WritingLines(2, FRAME_WIDTH - 2 * cm, spacing=0.62 * cm),
                ]
            ],
            colWidths=[2 * cm, FRAME_WIDTH - 2 * cm],
            hAlign="LEFT",
        )
        style = _plain_style()
        style.add("TOPPADDING", (0, 0), (0, 0), 0.62 * cm - 9)  # label on the first line
        lines.setStyle(style)
        return [KeepTogether([*head, Spacer(1, 2), lines]), Spacer(1, 9)]
    comment = filled.evaluation.comments.get(criterion.code, "")
    label = translate("Sheets", "Comment") if comment else translate("Sheets", "Comment: none")
    head += [Spacer(1, 3), Text(escape(label.upper()), s["label"])]
    texts = blocks(comment) if comment else []
    first = [Text(texts[0], s["comment"])] if texts else []
    story: list[Flowable] = [KeepTogether([*head, *first])]  # the comment's start stays
    story += [Text(text, s["comment"]) for text in texts[1:]]
    story.append(Spacer(1, 9))
    return story


def _levels_and_score(criterion: Criterion, score: Decimal | None, filled: bool) -> Table:
    """The level descriptors, the one that holds the score marked, and the score box."""
    s = styles()
    levels = _levels(criterion, score, FRAME_WIDTH - SCORE_COLUMN) if criterion.levels else ""
    label = Text(
        escape(
            translate("Sheets", "Score ({scale})").format(scale=criterion.scale.describe()).upper()
        ),
        s["label"],
    )
    if not filled:
        box: list[Flowable] = [label, Spacer(1, 2), Box(SCORE_BOX, 1.25 * cm)]
    else:
        if score is None:
            detail = translate("Sheets", "not scored")
        else:
            points = round_half_up(Fraction(criterion.weight) * criterion.scale.fraction(score))
            detail = translate("Sheets", "{points} of {weight} points").format(
                points=format_decimal(points), weight=format_number(criterion.weight)
            )
        number = Table(
            [[Text(escape(score_text(score)), s["score"])]],
            colWidths=[SCORE_BOX],
            rowHeights=[1.05 * cm],
        )
        number.setStyle(
            TableStyle(
                [
                    CELL_FONT,
                    ("BOX", (0, 0), (-1, -1), 1, INK),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        box = [label, Spacer(1, 2), number, Spacer(1, 2), Text(escape(detail), s["cell_muted"])]
    table = Table(
        [[levels, box]], colWidths=[FRAME_WIDTH - SCORE_COLUMN, SCORE_COLUMN], hAlign="LEFT"
    )
    style = _plain_style()
    style.add("LEFTPADDING", (1, 0), (1, 0), 0.35 * cm)
    table.setStyle(style)
    return table


def _levels(criterion: Criterion, score: Decimal | None, width: float) -> Table:
    """The level descriptors side by side (or one per row when there are many)."""
    s = styles()
    language = current_language()
    cells, chosen = [], None
    for index, level in enumerate(criterion.levels):
        band = (
            f"{score_text(level.minimum)}–{score_text(level.maximum)}"
            if level.minimum != level.maximum
            else score_text(level.minimum)
        )
        cell = [Text(f"{escape(band)} · {escape(level.label.get(language))}", s["level"])]
        text = level.description.get(language)
        if text:
            cell.append(Text(escape(text), s["level_text"]))
        cells.append(cell)
        if score is not None and level.covers(score):
            chosen = index
    if len(cells) <= 5:
        rows, widths = [cells], [width / len(cells)] * len(cells)
        chosen_cell = None if chosen is None else (chosen, 0)
    else:
        rows, widths = [[cell] for cell in cells], [width]
        chosen_cell = None if chosen is None else (0, chosen)
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    commands = [
        CELL_FONT,
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if chosen_cell is not None:
        commands += [
            ("BACKGROUND", chosen_cell, chosen_cell, SHADE),
            ("BOX", chosen_cell, chosen_cell, 1.4, ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _plain_style() -> TableStyle:
    return TableStyle(
        [
            CELL_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )


# --- after the criteria ----------------------------------------------------------------------


def _summary(manifest: Manifest, filled: FilledEvaluation) -> list[Flowable]:
    """Each criterion's score and weighted points, and the weighted total."""
    s = styles()
    language = current_language()
    evaluation = filled.evaluation
    head = header_cells(
        (
            ("#", "cell_head"),
            (translate("Sheets", "Criterion"), "cell_head"),
            (translate("Sheets", "Weight"), "cell_head_right"),
            (translate("Sheets", "Score"), "cell_head_right"),
            (translate("Sheets", "Points"), "cell_head_right"),
        )
    )
    rows: list[list[TableCell]] = [head]
    for number, criterion in enumerate(manifest.rubric, start=1):
        score = evaluation.scores.get(criterion.code)
        points = (
            None
            if score is None
            else round_half_up(Fraction(criterion.weight) * criterion.scale.fraction(score))
        )
        rows.append(
            [
                Text(str(number), s["cell"]),
                Text(escape(criterion.title.get(language)), s["cell"]),
                Text(escape(weight_text(criterion.weight)), s["cell_right"]),
                Text(escape(score_text(score)), s["cell_right"]),
                Text(escape(total_shown(points)), s["cell_right"]),
            ]
        )
    rows.append(
        [
            "",
            Text(escape(translate("Sheets", "Weighted total (0–100)")), s["cell_bold"]),
            "",
            "",
            Text(escape(_total_text(manifest, evaluation)), s["cell_right_bold"]),
        ]
    )
    widths = [0.8 * cm, FRAME_WIDTH - 0.8 * cm - 3 * 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = grid_table_style()
    style.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
    style.add("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT)
    table.setStyle(style)
    note = translate(
        "Sheets",
        "Points = weight × (score − minimum) ÷ (maximum − minimum); the "
        "total is their sum, rounded half up to two decimals.",
    )
    if filled.status is not EvaluationStatus.COMPLETE:
        note = (
            translate(
                "Sheets", "This evaluation is not complete: criteria without a score count nothing."
            )
            + " "
            + note
        )
    return [
        CondPageBreak(5 * cm),
        Text(escape(translate("Sheets", "Summary of scores")), s["heading"]),
        table,
        Spacer(1, 3),
        Text(escape(note), s["note"]),
    ]


def _total_text(manifest: Manifest, evaluation: Evaluation) -> str:
    """The weighted total as printed: a dash, never 0,00, when nothing was scored (and saying
    why for a recusal); otherwise the sum of the scored criteria, rounded once."""
    if evaluation.recused:
        return translate("Sheets", "– (recused)")
    if not evaluation.scores:
        return "–"
    return total_shown(round_half_up(evaluation.total(manifest.rubric)))


def _overall_body(manifest: Manifest, evaluation: Evaluation | None) -> list[Flowable]:
    """The overall comment, and the field checklist and notes."""
    s = styles()
    language = current_language()
    body: list[Flowable] = [
        CondPageBreak(4 * cm),
        Text(escape(translate("Sheets", "Overall judgement")), s["heading"]),
        Text(escape(translate("Sheets", "Overall comment")).upper(), s["label"]),
    ]
    if evaluation is None:
        body.append(WritingLines(3, FRAME_WIDTH))
    else:
        text = evaluation.overall_comment or translate("Sheets", "(none)")
        body += [Text(block, s["comment"]) for block in blocks(text)]
    if manifest.round.kind is RoundKind.FIELD or (
        evaluation and (evaluation.field_notes or any(evaluation.checklist.values()))
    ):
        body += [
            Spacer(1, 6),
            Text(escape(translate("Sheets", "Field verification checklist")).upper(), s["label"]),
        ]
        for item in manifest.checklist:
            done = bool(evaluation and evaluation.checklist.get(item.code))
            body.append(
                Text(
                    f"{CHECKED if done else UNCHECKED} {escape(item.text.get(language))}", s["body"]
                )
            )
        body.append(Text(escape(translate("Sheets", "Field notes")).upper(), s["label"]))
        if evaluation is None:
            body.append(WritingLines(3, FRAME_WIDTH))
        else:
            body += [
                Text(block, s["comment"])
                for block in blocks(evaluation.field_notes or translate("Sheets", "(none)"))
            ]
            body += _evidence(evaluation)
    return body


def _evidence(evaluation: Evaluation) -> list[Flowable]:
    """The files the juror attached, as the signed result names them: the paper signed names
    what was signed (a swapped photo has another SHA-256)."""
    s = styles()
    label = translate("Sheets", "Evidence signed with the result: {n}").format(
        n=len(evaluation.evidence)
    )
    if not evaluation.evidence:
        label = translate("Sheets", "Evidence attached: none")
    story: list[Flowable] = [Spacer(1, 4), Text(escape(label).upper(), s["label"])]
    story += [Text(escape(f"• {evidence_line(item)}"), s["body"]) for item in evaluation.evidence]
    return story


def _overall_tail(
    manifest: Manifest, submission: Submission, evaluation: Evaluation | None
) -> list[Flowable]:
    """What stays on the signature's page: the recommendation, and on a blank sheet the
    conflict declaration."""
    s = styles()
    tail: list[Flowable] = [
        Spacer(1, 6),
        Text(escape(translate("Sheets", "Recommendation")).upper(), s["label"]),
    ]
    options = [r for r in Recommendation if r is not Recommendation.NONE]
    chosen = evaluation.recommendation if evaluation else None
    tail.append(
        Text(
            "    ".join(
                f"{CHECKED if r is chosen else UNCHECKED} {escape(r.label())}" for r in options
            ),
            s["body"],
        )
    )
    if submission.video_url and manifest.round.kind is not RoundKind.FIELD:
        watched = bool(evaluation and evaluation.video_watched)
        video = translate("Sheets", "I watched the video")
        tail.append(Text(f"{CHECKED if watched else UNCHECKED} {escape(video)}", s["body"]))
    if evaluation is None:
        tail += [
            Spacer(1, 6),
            Text(escape(translate("Sheets", "Conflict of interest")).upper(), s["label"]),
            Text(
                f"{UNCHECKED} "
                + escape(
                    translate(
                        "Sheets",
                        "I have a conflict of interest with this innovation and do not score "
                        "it. Reason:",
                    )
                ),
                s["body"],
            ),
            WritingLines(2, FRAME_WIDTH),
        ]
    return tail


def _recusal(evaluation: Evaluation) -> list[Flowable]:
    s = styles()
    reason = evaluation.recusal_reason or ""
    box = Table(
        [
            [
                [
                    Text(
                        escape(translate("Sheets", "Recused: conflict of interest")).upper(),
                        s["kicker"],
                    ),
                    Text(
                        escape(
                            translate(
                                "Sheets",
                                "The juror declared a conflict of interest with this innovation "
                                "and gave "
                                "no scores.",
                            )
                        ),
                        s["body"],
                    ),
                ]
            ]
        ],
        colWidths=[FRAME_WIDTH],
        hAlign="LEFT",
    )
    box.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story: list[Flowable] = [
        Spacer(1, 10),
        box,
        Spacer(1, 6),
        Text(escape(translate("Sheets", "Reason")).upper(), s["label"]),
    ]
    story += [Text(block, s["comment"]) for block in blocks(reason)]
    return story


# --- signature -------------------------------------------------------------------------------


def _signature(juror: Juror, filled: FilledEvaluation | None) -> list[Flowable]:
    s = styles()
    place_date = translate("Sheets", "Place and date: {blank}").format(blank="." * 34)
    juror_line = translate("Sheets", "Juror ID: {id}").format(id=escape(juror.id))
    if filled is None:
        statement = translate(
            "Sheets",
            "I declare that I made this evaluation independently and in keeping with "
            "the integrity pact.",
        )
        details: list[Flowable] = [
            Text(escape(translate("Sheets", "Typed into Juri")).upper(), s["label"]),
            Text(
                escape(translate("Sheets", "on (date) and by (name, initials):")), s["cell_muted"]
            ),
            WritingLines(2, HALF_WIDTH - 0.3 * cm, spacing=0.75 * cm),
        ]
        detail = juror_line
    else:
        statement = translate(
            "Sheets",
            "I declare that the scores and comments above are my own evaluation, as "
            "recorded in the result file signed with my key, whose fingerprint is shown here.",
        )
        if filled.evaluation.recused:
            statement = translate(
                "Sheets",
                "I declare that I have a conflict of interest with this innovation "
                "and did not score it, as recorded in the result file signed with my key, whose "
                "fingerprint is shown here.",
            )
        when = format_date(filled.result_created.date()) if filled.result_created else "–"
        details = [
            Text(escape(translate("Sheets", "Juror's key fingerprint")).upper(), s["label"]),
            Text(f"<b>{escape(filled.fingerprint)}</b>", s["title"]),
            Text(
                escape(
                    translate("Sheets", "Result file: version {n} of {date}").format(
                        n=filled.sequence, date=when
                    )
                ),
                s["cell"],
            ),
            Text(escape(translate("Sheets", "SHA-256 of the result file:")), s["cell_muted"]),
            Text(_wrapped_hash(filled.result_sha256), s["cell_muted"]),
        ]
        detail = juror_line
    block = signature_block(
        translate("Sheets", "Juror,"),
        juror.name,
        detail,
        place_date=escape(place_date),
        width=HALF_WIDTH,
    )
    return [
        Spacer(1, 12),
        Text(escape(statement), s["body"]),
        Spacer(1, 8),
        side_by_side(details, block),
    ]


def _wrapped_hash(digest: str) -> str:
    """A SHA-256 in groups of eight, so it wraps cleanly and reads back easily."""
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))
