"""The panel's signed record (*berita acara*) of the final line-up across rounds.

Printed from a :class:`FinalRecapData` exactly as given (the line-up is decided by
:mod:`app.rounds.lineup`, never here): the rule, the rounds and the signed files they rest on,
the ranking overall with each round's score beside the final one, each cluster at a glance and
its own line-up (the panel weighs fair representation of clusters when it sets the line-up),
each group's line-up, the submissions that take no place and why, and the signatures. Built
from the round recapitulation's blocks (:mod:`app.reports.recap`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from app.atomic import atomic_writer
from app.i18n import current_language, translate
from app.reports.blocks import facts_band, header_cells
from app.reports.page import DocumentInfo, PageDecor, build_pdf
from app.reports.recap import (
    BLANK,
    CODE_WIDTH,
    RANK_WIDTH,
    SCORE_WIDTH,
    RecapReport,
    grid,
    score_shown,
    signatures,
)
from app.reports.recap_model import PanelMember, ViewKind
from app.reports.styles import Text, styles
from app.reports.text import category_label, escape, format_date, format_datetime, now


@dataclass(frozen=True)
class FinalRoundLine:
    """One round the line-up rests on, and the signed files that prove it."""

    label: str  # "interview (Presentasi dan wawancara)"
    name: str  # "Presentasi dan wawancara": the round's name in the reader's language
    role: str  # what the rule does with it: "weight 40%; gate: must be passed"
    package_id: str
    manifest_sha256: str
    merged_sha256: str
    chair_name: str
    chair_fingerprint: str
    method: str  # how the round's merge ranks, in words
    submissions: int
    ranked: int
    shortlist: str = ""  # how its submissions were chosen from the round before, in words
    evaluations: str = ""  # the minimum applied and the evaluations complete, in words


@dataclass(frozen=True)
class RoundScore:
    score: Decimal | None  # as the round ranks it, rounded as shown; None: not ranked there
    rank: int | None
    present: bool = True  # False: the round's package does not hold the submission


@dataclass(frozen=True)
class FinalRow:
    rank: int  # in the line-up the row belongs to (overall, a group's, a cluster's)
    code: str
    title: str
    agency: str
    group: str
    cluster: str
    score: Decimal  # the final score, rounded as shown
    rounds: tuple[RoundScore, ...]  # in the order of ``FinalRecapData.round_ids``
    note: str = ""
    overall_rank: int | None = None  # in a group's or cluster's line-up


@dataclass(frozen=True)
class FinalView:
    kind: ViewKind
    key: str
    candidates: int  # submissions of this group or cluster in the final round
    rows: tuple[FinalRow, ...]  # the ranked ones, by their place in the view
    entered: int  # submissions of this group or cluster in the first round


@dataclass(frozen=True)
class FinalNotRanked:
    code: str
    title: str
    agency: str
    cluster: str
    reasons: str


@dataclass(frozen=True)
class FinalRecapData:
    competition: str
    organizer: str
    rule: str  # the rule applied, in words (ties included)
    round_ids: tuple[str, ...]  # column heads of the rounds' scores
    rounds: tuple[FinalRoundLine, ...]
    ranking: tuple[FinalRow, ...]
    views: tuple[FinalView, ...]
    not_ranked: tuple[FinalNotRanked, ...]
    final_sha256: str
    chair_fingerprint: str
    panel: tuple[PanelMember, ...]
    place: str = ""
    meeting_date: date | None = None
    created: datetime | None = None
    warnings: tuple[str, ...] = ()  # in bold under the opening: what weakens the line-up
    rule_check: str = ""  # whether the rule was checked against the rubric file, in words

    def views_of(self, kind: ViewKind) -> list[FinalView]:
        return [v for v in self.views if v.kind is kind]


def write_final_recap(data: FinalRecapData, path: Path) -> RecapReport:
    """Print the final berita acara to ``path`` (written atomically)."""
    path = Path(path)
    with atomic_writer(path) as handle:
        pages = render_final_recap(data, handle)
    return RecapReport(path, pages)


def render_final_recap(data: FinalRecapData, handle: BinaryIO) -> int:
    from app.reports.text import page_label

    title = translate("FinalRecap", "Signed record of the final line-up – {competition}").format(
        competition=data.competition
    )
    decor = PageDecor(
        translate("Recap", "Signed record").upper(),
        translate("FinalRecap", "{competition} · Final line-up").format(
            competition=data.competition
        ),
        translate("FinalRecap", "Final file {digest} · printed {when}").format(
            digest=data.final_sha256[:16], when=format_datetime(data.created or now())
        ),
    )
    info = DocumentInfo(
        title=title,
        subject=data.competition,
        author=data.organizer,
        language="id-ID" if current_language() == "id" else "en-GB",
    )
    return build_pdf(handle, final_recap_story(data), info, decor, page_label)


def final_recap_story(data: FinalRecapData) -> list[Flowable]:
    story = _top(data)
    number = 0

    def heading(text: str, keep_with_next: bool = True) -> Text:
        nonlocal number
        number += 1
        return Text(
            escape(f"{number}. {text}"), styles()["heading" if keep_with_next else "section"]
        )

    story += [
        CondPageBreak(5 * cm),
        heading(translate("FinalRecap", "Rounds and the signed files they rest on")),
        *_rounds(data),
    ]
    story += [
        CondPageBreak(5 * cm),
        heading(translate("FinalRecap", "Final ranking"), False),
        _ranking(data, data.ranking, overall=True),
    ]
    clusters = data.views_of(ViewKind.CLUSTER)
    if clusters:
        story += [
            CondPageBreak(5 * cm),
            heading(translate("FinalRecap", "Per cluster: fair representation")),
            *_cluster_summary(data, clusters),
        ]
        for view in clusters:
            if view.candidates:  # the summary says which clusters have none left
                story += _view(data, view)
    groups = data.views_of(ViewKind.GROUP)
    if groups:
        story += [CondPageBreak(5 * cm), heading(translate("Recap", "Ranking per group"))]
        for view in groups:
            story += _view(data, view)
    if data.not_ranked:
        story += [
            CondPageBreak(4 * cm),
            heading(translate("Recap", "Not ranked")),
            *_not_ranked(data),
        ]
    story += signatures(data.panel, data.place, data.meeting_date)
    return story


def _top(data: FinalRecapData) -> list[Flowable]:
    s = styles()
    kicker = " · ".join(part for part in (data.organizer, data.competition) if part)
    when = format_date(data.meeting_date) if data.meeting_date else BLANK
    total = len(data.ranking) + len(data.not_ranked)
    opening = translate(
        "FinalRecap",
        "On {date}, at {place}, the panel of {competition} set the final "
        "line-up across {count} rounds ({rounds}). It combined the chair's signed merged file "
        "of each round, each checked against its package and its ranking recomputed, as the "
        "final rule below says: {ranked} of the {total} submissions of the final round take a "
        "place, as set out below.",
    ).format(
        date=when,
        place=data.place or BLANK,
        competition=data.competition,
        count=len(data.rounds),
        rounds=", ".join(r.name for r in data.rounds),
        ranked=len(data.ranking),
        total=total,
    )
    facts = [
        (translate("FinalRecap", "Rounds"), escape(" → ".join(r.name for r in data.rounds))),
        (
            translate("Recap", "Submissions"),
            escape(
                translate("Recap", "{total} ({ranked} ranked)").format(
                    total=total, ranked=len(data.ranking)
                )
            ),
        ),
    ]
    rule = " ".join(part for part in (data.rule, data.rule_check) if part)
    wide = [
        (translate("FinalRecap", "Rule"), escape(rule)),
        (
            translate("FinalRecap", "Final file"),
            escape(
                translate("FinalRecap", "SHA-256 {digest}, signed by {fingerprint}").format(
                    digest=data.final_sha256, fingerprint=data.chair_fingerprint
                )
            ),
        ),
    ]
    return [
        Text(escape(kicker.upper()), s["kicker"]),
        Text(escape(translate("Recap", "Signed record")), s["doctitle"]),
        Text(escape(translate("FinalRecap", "Final line-up across rounds")), s["docsub"]),
        Spacer(1, 10),
        Text(escape(opening), s["body"]),
        *(Text(f"<b>{escape(warning)}</b>", s["body"]) for warning in data.warnings),
        Spacer(1, 6),
        facts_band(facts, wide=wide),
    ]


def _rounds(data: FinalRecapData) -> list[Flowable]:
    s = styles()
    head = [
        Text(escape(text), s["cell_head"])
        for text in (
            "#",
            translate("FinalRecap", "Round and its part in the rule"),
            translate("FinalRecap", "Package and merged file"),
        )
    ]
    body = []
    for number, line in enumerate(data.rounds, start=1):
        about = [
            Text(f"<b>{escape(line.label)}</b>", s["cell"]),
            Text(escape(line.role), s["cell"]),
            Text(escape(line.method), s["cell_muted"]),
            Text(
                escape(
                    translate("FinalRecap", "{ranked} of {total} ranked").format(
                        ranked=line.ranked, total=line.submissions
                    )
                    + (f", {line.evaluations}" if line.evaluations else "")
                ),
                s["cell_muted"],
            ),
        ]
        if line.shortlist:
            about.append(Text(escape(line.shortlist), s["cell_muted"]))
        files = [
            Text(
                escape(
                    translate("FinalRecap", "package {package}").format(package=line.package_id)
                ),
                s["cell"],
            ),
            Text(
                escape(
                    translate("FinalRecap", "manifest SHA-256 {digest}").format(
                        digest=line.manifest_sha256
                    )
                ),
                s["cell_muted"],
            ),
            Text(
                escape(
                    translate("FinalRecap", "merged file SHA-256 {digest}").format(
                        digest=line.merged_sha256
                    )
                ),
                s["cell_muted"],
            ),
            Text(
                escape(
                    translate("FinalRecap", "signed by {name} · {fingerprint}").format(
                        name=line.chair_name or "–", fingerprint=line.chair_fingerprint
                    )
                ),
                s["cell_muted"],
            ),
        ]
        body.append([Text(str(number), s["cell"]), about, files])
    note = translate(
        "FinalRecap",
        "Each merged file was checked against its package (the "
        "chair's signature, every juror's result) and its ranking recomputed; each "
        "round's package was shortlisted from the merged file of the round before "
        "it, as its signed manifest names by SHA-256.",
    )
    return [
        grid(head, body, [0.8 * cm, 6.4 * cm, None]),
        Spacer(1, 3),
        Text(escape(note), s["note"]),
    ]


def _round_cells(data: FinalRecapData, row: FinalRow) -> list[Text]:
    s = styles()
    lines = []
    for round_id, found in zip(data.round_ids, row.rounds, strict=True):
        if not found.present:
            shown = "–"
        elif found.score is None:
            shown = translate("FinalRecap", "not ranked")
        else:
            shown = f"{score_shown(found.score)} (#{found.rank})"
        lines.append(f"{escape(round_id)}: {escape(shown)}")
    return [Text("<br/>".join(lines), s["cell_muted"])]


def _ranking(data: FinalRecapData, rows: tuple[FinalRow, ...], *, overall: bool) -> Flowable:
    s = styles()
    head = header_cells(
        (
            (translate("Recap", "Rank"), "cell_head"),
            (translate("Recap", "Code"), "cell_head"),
            (
                translate("Recap", "Innovation, agency, group and cluster")
                if overall
                else translate("Recap", "Innovation and agency"),
                "cell_head",
            ),
            (translate("FinalRecap", "Rounds"), "cell_head"),
            (translate("FinalRecap", "Final score"), "cell_head_right"),
            (
                translate("Recap", "Remarks") if overall else translate("FinalRecap", "Overall"),
                "cell_head",
            ),
        )
    )
    body = []
    for row in rows:
        under = [row.agency]
        if overall:
            under += [category_label(v) for v in (row.group, row.cluster) if v]
        remark = (
            escape(row.note)
            if overall
            else escape(" · ".join(p for p in (f"#{row.overall_rank}", row.note) if p))
        )
        body.append(
            [
                Text(str(row.rank), s["cell_center"]),
                Text(escape(row.code), s["cell"]),
                [
                    Text(f"<b>{escape(row.title)}</b>", s["cell"]),
                    Text(escape(" · ".join(under)), s["cell_muted"]),
                ],
                _round_cells(data, row),
                Text(escape(score_shown(row.score)), s["cell_right_bold"]),
                Text(f"<i>{remark}</i>" if remark else "", s["cell"]),
            ]
        )
    return grid(head, body, [RANK_WIDTH, CODE_WIDTH, None, 3.9 * cm, SCORE_WIDTH, 2.6 * cm])


def _cluster_summary(data: FinalRecapData, views: list[FinalView]) -> list[Flowable]:
    s = styles()
    head = header_cells(
        (
            (translate("FinalRecap", "Cluster"), "cell_head"),
            (
                translate("FinalRecap", "In round {round}").format(round=data.round_ids[0]),
                "cell_head_right",
            ),
            (translate("FinalRecap", "In the final round"), "cell_head_right"),
            (translate("FinalRecap", "Ranked"), "cell_head_right"),
            (translate("FinalRecap", "Best place"), "cell_head_right"),
            (translate("FinalRecap", "Places in the final ranking"), "cell_head"),
        )
    )
    body = []
    for view in views:
        places = [row.overall_rank for row in view.rows if row.overall_rank is not None]
        body.append(
            [
                Text(f"<b>{escape(category_label(view.key))}</b>", s["cell"]),
                Text(str(view.entered), s["cell_right"]),
                Text(str(view.candidates), s["cell_right"]),
                Text(str(len(view.rows)), s["cell_right"]),
                Text(str(min(places)) if places else "–", s["cell_right_bold"]),
                Text(escape(", ".join(map(str, sorted(places))) or "–"), s["cell"]),
            ]
        )
    intro = translate(
        "FinalRecap",
        "How each cluster that entered round {round} stands in the final ranking, "
        "those with no submission left in the final round included, for the panel to "
        "weigh fair representation; the line-up of each cluster in the final round follows.",
    ).format(round=data.round_ids[0])
    return [
        Text(escape(intro), s["body"]),
        grid(head, body, [None, 2.2 * cm, 2.2 * cm, 1.8 * cm, 1.8 * cm, 4.0 * cm]),
        Spacer(1, 6),
    ]


def _view(data: FinalRecapData, view: FinalView) -> list[Flowable]:
    s = styles()
    title = (
        translate("Recap", "Group: {name}")
        if view.kind is ViewKind.GROUP
        else translate("Recap", "Cluster: {name}")
    ).format(name=category_label(view.key))
    count = translate("FinalRecap", "{ranked} of {total} ranked").format(
        ranked=len(view.rows), total=view.candidates
    )
    story: list[Flowable] = [
        CondPageBreak(3 * cm),
        Text(
            f"{escape(title)} <font color='#5F6B76' size='8.5'>· {escape(count)}</font>",
            s["subheading"],
        ),
    ]
    if view.rows:
        story.append(_ranking(data, view.rows, overall=False))
    else:
        story.append(
            Text(
                escape(translate("FinalRecap", "None of its submissions takes a place.")), s["body"]
            )
        )
    return [*story, Spacer(1, 4)]


def _not_ranked(data: FinalRecapData) -> list[Flowable]:
    s = styles()
    head = [
        Text(escape(text), s["cell_head"])
        for text in (
            translate("Recap", "Code"),
            translate("Recap", "Innovation and agency"),
            translate("FinalRecap", "Why it takes no place"),
        )
    ]
    body = [
        [
            Text(escape(row.code), s["cell"]),
            [
                Text(f"<b>{escape(row.title)}</b>", s["cell"]),
                Text(
                    escape(" · ".join(p for p in (row.agency, category_label(row.cluster)) if p)),
                    s["cell_muted"],
                ),
            ],
            Text(escape(row.reasons), s["cell"]),
        ]
        for row in data.not_ranked
    ]
    intro = translate(
        "FinalRecap",
        "These submissions of the final round take no place: a "
        "round the rule needs does not rank them (too few complete evaluations), "
        "or they did not pass a gate round.",
    )
    return [Text(escape(intro), s["body"]), grid(head, body, [CODE_WIDTH, None, 6.4 * cm])]
