"""The panel's signed record (*berita acara*): the recapitulation and ranking of one round.

Printed from a :class:`~app.reports.recap_model.RecapData` exactly as given: the method, the
ranking overall and per group and cluster with the passing grade drawn in, the disagreements,
every result file accepted or refused with its reason, each juror's spread of totals, and the
signatures of the chair and the panel members. It follows the shape of an Indonesian *berita
acara*: an opening sentence that says who met and what they decided on, the findings, a closing
formula, and the signatures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
)

from app.atomic import atomic_writer
from app.i18n import current_language, format_decimal, format_number, translate
from app.reports.blocks import (
    TableCell,
    facts_band,
    header_cells,
    side_by_side,
    signature_block,
)
from app.reports.chart import distribution_charts
from app.reports.codes import code_cell, code_width
from app.reports.page import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    RULE,
    SHADE,
    DocumentInfo,
    PageDecor,
    build_pdf,
)
from app.reports.recap_model import (
    PanelMember,
    PanelRole,
    RankingRow,
    RecapData,
    ResultFileEntry,
    ViewKind,
)
from app.reports.styles import Text, grid_table_style, styles
from app.reports.text import (
    category_label,
    escape,
    footer_text,
    format_date,
    markup,
    now,
    page_label,
    total_shown,
)

BLANK = "." * 30  # written by hand when the data leaves it open
FLAG = "⚑"
RANK_WIDTH = 2.0 * cm  # "Peringkat" in the header
REMARKS_WIDTH = 3.0 * cm  # "⚑ beda pendapat" on one line
CODE_WIDTH = 2.2 * cm  # at least; as wide as the longest code (app.reports.codes)
VIEW_WIDTH = 4.2 * cm  # a criterion's code and title in the reliability table
SCORE_WIDTH = 1.8 * cm  # "73,185" when neighbours look equal at two decimals


@dataclass(frozen=True)
class RecapReport:
    path: Path | None
    pages: int


def method_label(method: str) -> str:
    """The name of a ranking method in the document's language (unknown names as they are)."""
    labels = {
        "mean": translate("Recap", "mean of the jurors' weighted totals"),
        "median": translate("Recap", "median of the jurors' weighted totals"),
        "trimmed_mean": translate("Recap", "trimmed mean of the jurors' weighted totals"),
        "zscore": translate("Recap", "mean of the totals after per-juror z-score normalisation"),
    }
    return labels.get(method, method)


def write_recap(data: RecapData, path: Path) -> RecapReport:
    """Print the recapitulation to ``path`` (written atomically)."""
    path = Path(path)
    with atomic_writer(path) as handle:
        pages = render_recap(data, handle)
    return RecapReport(path, pages)


def render_recap(data: RecapData, handle: BinaryIO) -> int:
    """Print the recapitulation into an open binary file; returns the number of pages."""
    story = recap_story(data)
    language = current_language()
    title = translate("Recap", "Signed record of the panel – {package}").format(
        package=data.package_id
    )
    decor = PageDecor(
        translate("Recap", "Signed record").upper(),
        f"{data.competition} · {data.round_name}",
        footer_text(data.package_id, data.created or now()),
    )
    info = DocumentInfo(
        title=title,
        subject=data.competition,
        author=data.organizer,
        language="id-ID" if language == "id" else "en-GB",
    )
    return build_pdf(handle, story, info, decor, page_label)


def recap_story(data: RecapData) -> list[Flowable]:
    story = _top(data)
    number = 0

    def heading(text: str, keep_with_next: bool = True) -> Text:
        """A numbered heading; kept with what follows, except before the long overall
        ranking, which would otherwise be moved whole to the next page."""
        nonlocal number
        number += 1
        return Text(
            escape(f"{number}. {text}"), styles()["heading" if keep_with_next else "section"]
        )

    story += [
        CondPageBreak(5 * cm),
        heading(translate("Recap", "Overall ranking"), False),
        *_ranking(data, data.ranking),
    ]
    for kind, title in (
        (ViewKind.GROUP, translate("Recap", "Ranking per group")),
        (ViewKind.CLUSTER, translate("Recap", "Ranking per cluster")),
    ):
        views = data.views_of(kind)
        if views:
            story += [CondPageBreak(5 * cm), heading(title)]
            for view in views:
                story += _view(data, kind, view.key, view.rows)
    if data.not_ranked:
        story += [
            CondPageBreak(4 * cm),
            heading(translate("Recap", "Not ranked")),
            *_not_ranked(data),
        ]
    story += [
        CondPageBreak(4 * cm),
        heading(translate("Recap", "Disagreements between jurors")),
        *_disagreements(data),
    ]
    if data.reliability:
        story += [
            CondPageBreak(5 * cm),
            heading(translate("Recap", "Agreement between jurors (reliability)")),
            *_reliability(data),
        ]
    if data.distributions:
        story += [
            CondPageBreak(6 * cm),
            heading(translate("Recap", "Spread of each juror's totals")),
            *_chart(data),
        ]
    story += [CondPageBreak(4 * cm), heading(translate("Recap", "Result files")), *_files(data)]
    if data.notes:
        story += [CondPageBreak(3 * cm), heading(translate("Recap", "Decisions of the panel"))]
        story += [
            Text(f"{i}. {markup(note)}", styles()["body"])
            for i, note in enumerate(data.notes, start=1)
        ]
    story += signatures(data.panel, data.place, data.meeting_date)
    return story


# --- opening ---------------------------------------------------------------------------------


def _top(data: RecapData) -> list[Flowable]:
    s = styles()
    kicker = " · ".join(part for part in (data.organizer, data.competition) if part)
    story: list[Flowable] = [
        Text(escape(kicker.upper()), s["kicker"]),
        Text(escape(translate("Recap", "Signed record")), s["doctitle"]),
        Text(
            escape(
                translate("Recap", "Recapitulation and ranking of the scores · {round}").format(
                    round=data.round_name
                )
            ),
            s["docsub"],
        ),
        Spacer(1, 10),
    ]
    when = format_date(data.meeting_date) if data.meeting_date else BLANK
    accepted, ranked = len(data.accepted_files), len(data.ranking)
    if data.finished:
        opening = translate(
            "Recap",
            "On {date}, at {place}, the panel of {competition} completed the {round} "
            "round. It recapitulated the scores in the jurors' signed result files ({accepted} "
            "accepted after verification) and ranked the submissions ({ranked} in all), as set "
            "out below.",
        )
    else:  # never claim a finished round: say what is missing
        opening = translate(
            "Recap",
            "On {date}, at {place}, the panel of {competition} met on the {round} "
            "round, which is not complete. It recapitulated the scores in the jurors' signed "
            "result files ({accepted} accepted after verification) and ranked {ranked} of "
            "{total} submissions, as set out below.",
        )
    story.append(
        Text(
            escape(
                opening.format(
                    date=when,
                    place=data.place or BLANK,
                    competition=data.competition,
                    round=data.round_name,
                    accepted=accepted,
                    ranked=ranked,
                    total=ranked + len(data.not_ranked),
                )
            ),
            s["body"],
        )
    )
    for line in _incomplete(data):
        story.append(Text(f"<b>{escape(line)}</b>", s["body"]))
    story += [Spacer(1, 6), _facts(data)]
    return story


def _incomplete(data: RecapData) -> list[str]:
    """What keeps the round from being finished, one sentence each."""
    lines = []
    if data.not_ranked:
        count, minimum = len(data.not_ranked), data.min_evaluations or 1  # plain names
        lines.append(
            translate(
                "Recap",
                "Submissions that take no place for want of {minimum} complete "
                "evaluations: %n (section “Not ranked”).",
                None,
                count,
            ).format(minimum=minimum)
        )
    coverage = data.coverage
    if coverage is not None and coverage.open:
        lines.append(
            translate(
                "Recap",
                "Assigned evaluations: {assigned}; in progress: {in_progress}, not started: "
                "{not_started}, missing (no result file accepted): {missing}.",
            ).format(
                assigned=coverage.assigned,
                in_progress=coverage.in_progress,
                not_started=coverage.not_started,
                missing=coverage.missing,
            )
        )
    return lines


def _facts(data: RecapData) -> Table:
    method = method_label(data.method)
    if data.method_note:
        method += f" ({data.method_note})"
    facts = [
        (translate("Recap", "Package"), escape(data.package_id)),
        (translate("Recap", "Round"), escape(data.round_name)),
        (
            translate("Recap", "Passing grade"),
            "–" if data.passing_grade is None else escape(format_number(data.passing_grade)),
        ),
        (
            translate("Recap", "Minimum"),
            "–"
            if data.min_evaluations is None
            else escape(
                translate("Recap", "complete evaluations: {n}").format(n=data.min_evaluations)
            ),
        ),
        (
            translate("Recap", "Disagreement"),
            "–"
            if data.disagreement_threshold is None
            else escape(
                translate("Recap", "spread above {points} points").format(
                    points=format_number(data.disagreement_threshold)
                )
            ),
        ),
        (
            translate("Recap", "Submissions"),
            escape(
                translate("Recap", "{total} ({ranked} ranked)").format(
                    total=len(data.ranking) + len(data.not_ranked), ranked=len(data.ranking)
                )
            ),
        ),
        (translate("Recap", "Result files"), escape(_file_counts(data))),
    ]
    wide = [(translate("Recap", "Method"), f"<b>{escape(method)}</b>")]
    if data.passing_grade is not None and data.passing_rule:
        wide.append(
            (
                translate("Recap", "Passing"),
                escape(
                    translate("Recap", "{grade}, applied {rule}").format(
                        grade=format_number(data.passing_grade), rule=data.passing_rule
                    )
                ),
            )
        )
    if data.tie_break:
        wide.append((translate("Recap", "Ties"), escape(data.tie_break)))
    if data.merged_sha256:
        wide.append(
            (
                translate("Recap", "Merged file"),
                escape(translate("Recap", "SHA-256 {digest}").format(digest=data.merged_sha256)),
            )
        )
    if data.chair_fingerprint:
        wide.append(
            (
                translate("Recap", "Signed by"),
                "<b>"
                + escape(
                    translate(
                        "Recap",
                        "the chair's key {fingerprint}: compare it with the fingerprint the chair "
                        "reads out",
                    ).format(fingerprint=data.chair_fingerprint)
                )
                + "</b>",
            )
        )
    return facts_band(facts, wide=wide)


def _file_counts(data: RecapData) -> str:
    """Accepted, set aside (older versions and copies, when there are any) and refused:
    a superseded file is not a refused one."""
    accepted, refused = len(data.accepted_files), len(data.refused_files)
    aside = len(data.set_aside_files)
    if not aside:
        return translate("Recap", "{accepted} accepted, {refused} refused").format(
            accepted=accepted, refused=refused
        )
    return translate(
        "Recap",
        "{accepted} accepted, {aside} set aside (older versions or copies), {refused} refused",
    ).format(accepted=accepted, aside=aside, refused=refused)


def _code_column(data: RecapData) -> float:
    """One width for the code column of every table, as wide as the longest code."""
    codes = [row.code for row in data.ranking]
    codes += [row.code for view in data.views for row in view.rows]
    codes += [row.code for row in data.not_ranked]
    codes += [item.code for item in data.disagreements]
    return code_width(codes, styles()["cell"], CODE_WIDTH)


# --- rankings --------------------------------------------------------------------------------


def _remark(row: RankingRow) -> str:
    parts = []
    if row.passed:
        parts.append(escape(translate("Recap", "passes")))
    if row.mean is not None:
        parts.append(
            escape(translate("Recap", "mean of totals {mean}").format(mean=score_shown(row.mean)))
        )
    if row.flagged:
        parts.append(f"{FLAG}&nbsp;" + escape(translate("Recap", "disagreement")))
    if row.note:
        parts.append(f"<i>{escape(row.note)}</i>")
    return "<br/>".join(parts)


def _title_cell(row: RankingRow, with_categories: bool = False) -> list[Text]:
    """The title in bold, and under it the agency (with group and cluster, when asked)."""
    s = styles()
    under = [row.agency]
    if with_categories:
        under += [category_label(v) for v in (row.group, row.cluster) if v]
    return [
        Text(f"<b>{escape(row.title)}</b>", s["cell"]),
        Text(escape(" · ".join(under)), s["cell_muted"]),
    ]


def _ranking(data: RecapData, rows: Sequence[RankingRow]) -> list[Flowable]:
    s = styles()
    head = header_cells(
        (
            (translate("Recap", "Rank"), "cell_head"),
            (translate("Recap", "Code"), "cell_head"),
            (translate("Recap", "Innovation, agency, group and cluster"), "cell_head"),
            (translate("Recap", "Jurors"), "cell_head_right"),
            (translate("Recap", "Score"), "cell_head_right"),
            (translate("Recap", "Remarks"), "cell_head"),
        )
    )
    code = _code_column(data)
    body = []
    for row in rows:
        body.append(
            [
                Text(str(row.rank), s["cell_center"]),
                code_cell(row.code, s["cell"], code),
                _title_cell(row, with_categories=True),
                Text(str(row.jurors), s["cell_right"]),
                Text(escape(score_shown(row.score)), s["cell_right_bold"]),
                Text(_remark(row), s["cell"]),
            ]
        )
    widths = [RANK_WIDTH, code, None, 1.3 * cm, SCORE_WIDTH, REMARKS_WIDTH]
    return [_ranked_table(data, rows, head, body, widths), *_legend(data)]


def _view(data: RecapData, kind: ViewKind, key: str, rows: Sequence[RankingRow]) -> list[Flowable]:
    s = styles()
    title = (
        translate("Recap", "Group: {name}")
        if kind is ViewKind.GROUP
        else translate("Recap", "Cluster: {name}")
    ).format(name=category_label(key))
    count = translate("Recap", "{n} ranked").format(n=len(rows))
    head = header_cells(
        (
            (translate("Recap", "Rank"), "cell_head"),
            (translate("Recap", "Code"), "cell_head"),
            (translate("Recap", "Innovation and agency"), "cell_head"),
            (translate("Recap", "Score"), "cell_head_right"),
            (translate("Recap", "Remarks"), "cell_head"),
        )
    )
    code = _code_column(data)
    body = [
        [
            Text(str(row.rank), s["cell_center"]),
            code_cell(row.code, s["cell"], code),
            _title_cell(row),
            Text(escape(score_shown(row.score)), s["cell_right_bold"]),
            Text(_remark(row), s["cell"]),
        ]
        for row in rows
    ]
    widths = [RANK_WIDTH, code, None, SCORE_WIDTH, REMARKS_WIDTH]
    return [
        CondPageBreak(3 * cm),
        Text(
            f"{escape(title)} <font color='#5F6B76' size='8.5'>· {escape(count)}</font>",
            s["subheading"],
        ),
        _ranked_table(data, rows, head, body, widths),
        Spacer(1, 4),
    ]


def _ranked_table(
    data: RecapData, rows: Sequence[RankingRow], head: list, body: list, widths: list
) -> Table:
    """A ranking table with a band at the passing grade, between the last row that passes and
    the first that does not."""
    cells = [head, *body]
    cut = None
    if data.passing_grade is not None:
        cut = next(
            (
                i
                for i, row in enumerate(rows)
                if row.passed is False
                and any(r.passed for r in rows[:i])
                and not any(r.passed for r in rows[i:])
            ),
            None,
        )
        if cut is not None:
            text = translate(
                "Recap", "passing grade {grade}: above this line, the submissions that reach it"
            ).format(grade=format_number(data.passing_grade))
            cells.insert(
                cut + 1,
                [Text(f"▲ {escape(text)}", styles()["cell_bold"])] + [""] * (len(head) - 1),
            )
    fixed = sum(w for w in widths if w is not None)
    widths = [FRAME_WIDTH - fixed if w is None else w for w in widths]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = grid_table_style()
    for index, row in enumerate(rows):
        if row.passed:
            line = index + 1 + (1 if cut is not None and index >= cut else 0)
            style.add("BACKGROUND", (0, line), (-1, line), SHADE)
    if cut is not None:
        style.add("SPAN", (0, cut + 1), (-1, cut + 1))
        style.add("LINEABOVE", (0, cut + 1), (-1, cut + 1), 1.2, ACCENT)
        style.add("LINEBELOW", (0, cut + 1), (-1, cut + 1), 1.2, ACCENT)
        style.add("TEXTCOLOR", (0, cut + 1), (-1, cut + 1), ACCENT)
    table.setStyle(style)
    return table


def _legend(data: RecapData) -> list[Flowable]:
    parts = []
    if data.passing_grade is not None:
        parts.append(
            translate("Recap", "Shaded rows reach the passing grade of {grade}.").format(
                grade=format_number(data.passing_grade)
            )
        )
        if any(row.mean is not None for row in data.ranking):
            parts.append(
                translate(
                    "Recap",
                    "The grade applies to the mean of the jurors' totals, not to the "
                    "score that ranks, so the shaded rows need not be the first ones.",
                )
            )
    if any(int(row.score.as_tuple().exponent) < -2 for row in data.ranking):
        parts.append(
            translate(
                "Recap",
                "Scores with more than two decimals look equal to a neighbour at two; "
                "the decimals shown are those that separate them.",
            )
        )
    parts.append(
        translate(
            "Recap",
            "{flag} marks submissions whose jurors disagree beyond the "
            "threshold; see the disagreements below.",
        ).format(flag=FLAG)
    )
    return [Spacer(1, 3), Text(escape(" ".join(parts)), styles()["note"])]


# --- not ranked, disagreements, reliability, chart, files -----------------------------------


def score_shown(value: Decimal) -> str:
    """A score as rounded for the record: two decimals, or the more that separate it from a
    neighbour (77,8993)."""
    return format_decimal(value, max(2, -int(value.as_tuple().exponent)))


def _not_ranked(data: RecapData) -> list[Flowable]:
    s = styles()
    head = header_cells(
        (
            (translate("Recap", "Code"), "cell_head"),
            (translate("Recap", "Innovation and agency"), "cell_head"),
            (translate("Recap", "Evaluations"), "cell_head_right"),
            (translate("Recap", "Remarks"), "cell_head"),
        )
    )
    code = _code_column(data)
    body = [
        [
            code_cell(row.code, s["cell"], code),
            [
                Text(f"<b>{escape(row.title)}</b>", s["cell"]),
                Text(escape(row.agency), s["cell_muted"]),
            ],
            Text(escape(f"{row.complete}/{row.expected}"), s["cell_right"]),
            Text(escape(row.note), s["cell"]),
        ]
        for row in data.not_ranked
    ]
    intro = translate(
        "Recap",
        "These submissions have fewer complete evaluations than the "
        "minimum of {n}: they take no place and do not pass.",
    ).format(n=data.min_evaluations or 1)
    return [Text(escape(intro), s["body"]), grid(head, body, [code, None, 2.6 * cm, 5.2 * cm])]


def _reliability(data: RecapData) -> list[Flowable]:
    s = styles()
    head = header_cells(
        (
            (translate("Recap", "Scores"), "cell_head"),
            ("α", "cell_head_right"),
            ("ICC", "cell_head_right"),
            (translate("Recap", "Reading"), "cell_head"),
        )
    )
    body = [
        [
            [code_cell(line.code, s["cell_bold"], VIEW_WIDTH), Text(escape(line.view), s["cell"])]
            if line.code
            else Text(escape(line.view), s["cell"]),
            Text(escape(_three(line.alpha)), s["cell_right"]),
            Text(
                escape(f"{line.icc_form} {_three(line.icc)}" if line.icc_form else "–"),
                s["cell_right"],
            ),
            Text(escape(line.reading), s["cell"]),
        ]
        for line in data.reliability
    ]
    story: list[Flowable] = [grid(head, body, [VIEW_WIDTH, 1.4 * cm, 2.4 * cm, None]), Spacer(1, 6)]
    story += [Text(escape(line), s["body"]) for line in data.reliability_advice]
    if data.reliability_sources:
        story.append(Text(escape(data.reliability_sources), s["note"]))
    return story


def _three(value: Decimal | None) -> str:
    return "–" if value is None else format_decimal(value, 3)


def _disagreements(data: RecapData) -> list[Flowable]:
    s = styles()
    if not data.disagreements:
        return [
            Text(
                escape(translate("Recap", "No submission's jurors disagree beyond the threshold.")),
                s["body"],
            )
        ]
    head = header_cells(
        (
            (translate("Recap", "Code"), "cell_head"),
            (translate("Recap", "Innovation"), "cell_head"),
            (translate("Recap", "Jurors' totals"), "cell_head"),
            (translate("Recap", "Spread"), "cell_head_right"),
            (translate("Recap", "Remarks"), "cell_head"),
        )
    )
    code = _code_column(data)
    body = []
    for item in data.disagreements:
        totals = "<br/>".join(
            f"{escape(t.juror_id)}: {escape(total_shown(t.total))}" for t in item.totals
        )
        body.append(
            [
                code_cell(item.code, s["cell"], code),
                Text(escape(item.title), s["cell"]),
                Text(totals, s["cell"]),
                Text(escape(total_shown(item.spread)), s["cell_right_bold"]),
                Text(escape(item.note), s["cell"]),
            ]
        )
    widths = [code, None, 3.0 * cm, 1.5 * cm, 3.2 * cm]
    fixed = sum(w for w in widths if w is not None)
    table = Table(
        [head, *body],
        colWidths=[FRAME_WIDTH - fixed if w is None else w for w in widths],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(grid_table_style())
    intro = (
        translate(
            "Recap", "Submissions whose jurors' totals lie more than {points} points apart:"
        ).format(points=format_number(data.disagreement_threshold))
        if data.disagreement_threshold is not None
        else translate("Recap", "Submissions whose jurors disagree:")
    )
    return [Text(escape(intro), s["body"]), table]


def _chart(data: RecapData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = list(
        distribution_charts(data.distributions, FRAME_WIDTH, data.passing_grade)
    )
    story.append(
        Text(
            escape(
                translate(
                    "Recap",
                    "Each dot is one total a juror gave; the box holds the middle half of them, "
                    "the thick line is the median, the whiskers reach the lowest and the highest. "
                    "Recusals and unfinished evaluations are left out.",
                )
            ),
            s["note"],
        )
    )
    return story


def _files(data: RecapData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        Text(
            escape(
                translate(
                    "Recap",
                    "Accepted: signed by the juror's key in the package's roster (or by a key the "
                    "chair accepted for that juror, marked below), for this package, the newest "
                    "version of "
                    "each juror.",
                )
            ),
            s["body"],
        )
    ]
    accepted = data.accepted_files
    if accepted:
        head = [
            Text(escape(text), s["cell_head"])
            for text in (
                "#",
                translate("Recap", "Juror and key fingerprint"),
                translate("Recap", "File, version and SHA-256"),
            )
        ]
        body = [
            [
                Text(str(i), s["cell"]),
                [
                    Text(f"<b>{escape(f.juror_id)}</b> · {escape(f.juror_name)}", s["cell"]),
                    Text(escape(f.fingerprint or "–"), s["cell"]),
                ],
                [
                    Text(escape(f.name), s["cell"]),
                    Text(
                        escape(
                            translate("Recap", "version {n} · SHA-256 {digest}").format(
                                n="–" if f.sequence is None else f.sequence, digest=f.sha256 or "–"
                            )
                        ),
                        s["cell_muted"],
                    ),
                    *_pact_flag(f),
                    *_accepted_key_flag(f),
                ],
            ]
            for i, f in enumerate(accepted, start=1)
        ]
        widths = [0.8 * cm, 6.0 * cm, None]
        story.append(grid(head, body, widths))
    else:
        story.append(Text(escape(translate("Recap", "No result file was accepted.")), s["body"]))
    # each list's sentence stays on the page of its table's first rows
    aside = data.set_aside_files
    if aside:
        story += [
            Spacer(1, 6),
            CondPageBreak(3 * cm),
            Text(
                escape(
                    translate(
                        "Recap",
                        "Set aside, not refused: older versions of a juror's result and copies "
                        "of files already counted:",
                    )
                ),
                s["body"],
            ),
            _reasons_table(aside),
        ]
    story += [
        Spacer(1, 6),
        CondPageBreak(3 * cm),
        Text(escape(translate("Recap", "Refused, with the reason:")), s["body"]),
    ]
    refused = data.refused_files
    if refused:
        story.append(_reasons_table(refused))
    else:
        story.append(Text(escape(translate("Recap", "None.")), s["body"]))
    return story


def _reasons_table(files: Sequence[ResultFileEntry]) -> Table:
    s = styles()
    head = [
        Text(escape(text), s["cell_head"])
        for text in (
            "#",
            translate("Recap", "File and juror"),
            translate("Recap", "Status and reason"),
        )
    ]
    body = [
        [
            Text(str(i), s["cell"]),
            [
                Text(escape(f.name), s["cell"]),
                Text(
                    escape(" · ".join(p for p in (f.juror_id, f.juror_name) if p)), s["cell_muted"]
                ),
            ],
            [Text(f"<b>{escape(f.status)}</b>", s["cell"]), Text(escape(f.reason), s["cell"])],
        ]
        for i, f in enumerate(files, start=1)
    ]
    return grid(head, body, [0.8 * cm, 8.4 * cm, None])


def _accepted_key_flag(entry: ResultFileEntry) -> list[Flowable]:
    """A line under a file accepted under a key the chair accepted, not the roster's."""
    if not entry.chair_accepted_key:
        return []
    return [
        Text(
            "<b>"
            + escape(
                translate(
                    "Recap",
                    "Key accepted by the chair for this juror (compared with the juror's signed "
                    "sheet); it is not the key in the package's roster.",
                )
            )
            + "</b>",
            styles()["cell"],
        )
    ]


def _pact_flag(entry: ResultFileEntry) -> list[Flowable]:
    """A line under an accepted file that records no integrity pact."""
    if not entry.pact_missing:
        return []
    return [
        Text(
            "<b>"
            + escape(
                translate(
                    "Recap",
                    "Without an integrity pact: the juror did not accept the pact in Juri before "
                    "signing this file.",
                )
            )
            + "</b>",
            styles()["cell"],
        )
    ]


def grid(head: list, body: list, widths: list) -> Table:
    """A ruled table with a repeated header row; ``None`` widths share what is left."""
    fixed = sum(w for w in widths if w is not None)
    table = Table(
        [head, *body],
        colWidths=[FRAME_WIDTH - fixed if w is None else w for w in widths],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(grid_table_style())
    return table


# --- closing and signatures ------------------------------------------------------------------


def signatures(
    panel: Sequence[PanelMember], place: str, meeting_date: date | None
) -> list[Flowable]:
    """The closing formula, the chair's signature block and the members' list: every
    berita acara Juri prints ends with them."""
    s = styles()
    when = format_date(meeting_date) if meeting_date else BLANK
    place_date = translate("Recap", "{place}, {date}").format(place=place or BLANK, date=when)
    chairs = [m for m in panel if m.role is PanelRole.CHAIR]
    members = [m for m in panel if m.role is not PanelRole.CHAIR]
    chair = chairs[0] if chairs else None
    block = signature_block(
        translate("Recap", "Chair of the panel,"),
        chair.name if chair else "",
        escape(chair.detail) if chair else "",
        place_date=escape(place_date),
        width=(FRAME_WIDTH - 0.6 * cm) / 2,
    )
    closing = [
        Spacer(1, 10),
        Text(
            escape(translate("Recap", "This record is made truthfully, to be used as required.")),
            s["body"],
        ),
        Spacer(1, 10),
        side_by_side("", block),
    ]
    others = chairs[1:] + members
    if others:
        # the closing, the chair and the members sign on one page when they fit: a members'
        # list alone on the last page reads like an afterthought, and could be swapped
        closing += [
            Spacer(1, 14),
            Text(escape(translate("Recap", "Members of the panel")), s["subheading"]),
            _members_table(others),
        ]
    return [KeepTogether(closing)]


def _members_table(members: Sequence) -> Table:
    """Numbered rows with room to sign, the numbers staggered left and right as on Indonesian
    attendance and signature lists, so neighbours do not sign over each other."""
    s = styles()
    head: list[TableCell] = [
        Text(escape(text), s["cell_head"])
        for text in (
            "#",
            translate("Recap", "Name"),
            translate("Recap", "Role"),
            translate("Recap", "Signature"),
        )
    ]
    rows = [head]
    for index, member in enumerate(members, start=1):
        role = (
            translate("Recap", "Chair")
            if member.role is PanelRole.CHAIR
            else translate("Recap", "Member")
        )
        name = [Text(f"<b>{escape(member.name)}</b>", s["cell"])]
        if member.detail:
            name.append(Text(escape(member.detail), s["cell_muted"]))
        sign = f"{index}. {'.' * 24}"
        sign_cell = Text(sign if index % 2 else f"{'&nbsp;' * 22}{sign}", s["cell"])
        rows.append([Text(str(index), s["cell"]), name, Text(escape(role), s["cell"]), sign_cell])
    widths = [0.8 * cm, 7.0 * cm, 2.4 * cm, FRAME_WIDTH - 10.2 * cm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = grid_table_style()
    style.add("VALIGN", (0, 1), (-1, -1), "MIDDLE")
    style.add("TOPPADDING", (0, 1), (-1, -1), 12)
    style.add("BOTTOMPADDING", (0, 1), (-1, -1), 12)
    style.add("TEXTCOLOR", (0, 1), (-1, -1), INK)
    style.add("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE)
    table.setStyle(style)
    return table
