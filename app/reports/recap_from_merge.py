"""From the chair's signed merged file to the recapitulation it is printed as.

The *berita acara* is signed on paper, so what it prints must be exactly what the chair signed
with the key: the merged file is checked through the merge's own intake (the chair's signature,
the package, every embedded result), then merged again with the settings and decisions it
records, and the recomputed ranking must equal the one it carries. Only then is the merge's
report turned into :class:`~app.reports.recap_model.RecapData`, which the report prints as given.

The merged file holds only the accepted results. To list the refused files with their reasons
too, the chair passes the files that were merged (``inputs``); they must not change the merge,
or the paper would disagree with the signed file, so a difference is refused with a message.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.canonical import CanonicalError, parse_strict
from app.crypto.keys import fingerprint
from app.domain.competition import Manifest
from app.domain.numbers import round_half_up
from app.errors import Cancelled, InputError, JuriError
from app.formats import fields as f
from app.i18n import current_language, translate
from app.merge.agreement import TOTAL, Reliability
from app.merge.intake import InputFile, take_in
from app.merge.keys import AcceptedKey
from app.merge.merged_file import (
    MAX_MERGED_BYTES,
    chair_public_key,
    is_merged_payload,
    parse_merged_payload,
)
from app.merge.methods import Method
from app.merge.ranking import EVALUATIONS, PASSING_QUANTITY, not_ranked_text, passing_rule_text
from app.merge.reading import advice, panel_icc, read, sources
from app.merge.service import MergeOptions, MergeReport, merge
from app.merge.shown import SHOWN_DECIMALS
from app.merge.statuses import FileStatus, FileVerdict, shown_name
from app.merge.table import CellState
from app.reports.recap_model import (
    CoverageCounts,
    Disagreement,
    JurorDistribution,
    JurorTotal,
    NotRankedRow,
    PanelMember,
    PanelRole,
    RankingRow,
    RankingView,
    RecapData,
    ReliabilityLine,
    ResultFileEntry,
    ViewKind,
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class MergedFileRefused(JuriError):
    """A merged file that is not the chair's sound, signed merge of this package: refused for
    the printed record and as the source of the next round alike."""

    code = "merged_refused"


@dataclass(frozen=True)
class RecapOptions:
    """What the chair adds on paper that the merged file does not hold."""

    place: str = ""
    meeting_date: date | None = None
    chair: str = ""  # default: the name the chair's key carries
    members: tuple[str, ...] = ()  # default: the jurors of the roster
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class MergedRecap:
    report: MergeReport
    payload: dict[str, Any]
    sha256: str

    @property
    def chair_fingerprint(self) -> str:
        """The fingerprint of the key that signed the merged file (checked on reading)."""
        return fingerprint(chair_public_key(self.payload))


def check_merged(
    name: str,
    data: bytes,
    manifest: Manifest,
    manifest_sha256: str,
    inputs: Sequence[InputFile] = (),
    *,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> MergedRecap:
    """The merge the signed file records, redone and compared; :class:`MergedFileRefused`
    (with the reason in plain words) when it is not a sound merged file for this package."""
    try:
        document = parse_strict(data, max_bytes=MAX_MERGED_BYTES)
    except CanonicalError as exc:
        raise MergedFileRefused(
            translate("RecapMerge", "{name} is not a merged file: {problem}").format(
                name=name, problem=exc
            )
        ) from None
    payload = document.get("payload") if isinstance(document, dict) else None
    if not is_merged_payload(payload):
        raise MergedFileRefused(
            translate(
                "RecapMerge",
                "{name} is not a merged file (a result file? give the chair's "
                ".juri-merged.json written by 'juri merge').",
            ).format(name=name)
        )
    own = take_in([InputFile(name, data)], manifest, manifest_sha256).verdicts[0]
    if own.status is not FileStatus.MERGED_FILE:
        raise MergedFileRefused(
            translate(
                "RecapMerge", "The merged file {name} is refused ({status}): {reason}."
            ).format(name=name, status=own.status.label(), reason=own.reason)
        )
    merged = parse_merged_payload(payload)
    if merged.manifest_sha256 != manifest_sha256:  # an earlier version: accepted by the intake
        raise MergedFileRefused(
            translate(
                "RecapMerge",
                "The merged file {name} was made with an earlier version of package "
                "{id} (manifest {sha}), not with this one (version {version}): give the version it "
                "was made with, or merge again with this one.",
            ).format(
                name=name,
                id=manifest.package_id,
                sha=merged.manifest_sha256[:16],
                version=manifest.version,
            )
        )
    embedded = {r.sha256 for r in merged.results}
    options = _options(name, payload)
    # the chair's files first: a file there and inside the merged file is listed by its name
    report = merge(
        [*inputs, InputFile(name, data)],
        manifest,
        manifest_sha256,
        options,
        progress=progress,
        cancelled=cancelled,
    )
    used = {accepted.sha256 for accepted in report.intake.accepted.values()}
    if used != embedded:
        changed = sorted(
            juror
            for juror, accepted in report.intake.accepted.items()
            if accepted.sha256 not in embedded
        )
        raise MergedFileRefused(
            translate(
                "RecapMerge",
                "The result files given change the merge (newer or other results of "
                "{jurors}), so they would not match the signed merged file. Merge again with "
                "'juri merge' and use the new merged file, or leave those files out.",
            ).format(jurors=", ".join(changed) or "?")
        )
    if report.ranking_json() != payload.get("ranking"):
        raise MergedFileRefused(
            translate(
                "RecapMerge",
                "The ranking signed in {name} does not follow from the results it "
                "carries (was it made by another version of Juri?). Merge again and use the new "
                "merged file.",
            ).format(name=name)
        )
    expected = report.payload(merged.chair_name, merged.chair_key)
    differing = sorted(
        k for k in expected.keys() | payload.keys() if expected.get(k) != payload.get(k)
    )
    if differing:  # the decisions, the as-of time …: what no merge of these results writes
        raise MergedFileRefused(
            translate(
                "RecapMerge",
                "{name} records {members} other than merging the results it carries "
                "gives: it is not a merged file as Juri writes it, so the paper could say "
                "what the merge did not. Merge again and use the new merged file.",
            ).format(name=name, members=", ".join(differing))
        )
    return MergedRecap(report, payload, hashlib.sha256(data).hexdigest())


SETTINGS_KEYS = frozenset(
    {
        "method",
        "trim",
        "threshold",
        "passing_grade",
        "passing_grade_applies_to",
        "min_evaluations",
        "tie_break",
    }
)


def _options(name: str, payload: dict[str, Any]) -> MergeOptions:
    """The chair's settings and key decisions as the merged file records them, read as
    strictly as Juri writes them (docs/formats.md §8): they are merged again with, so a value
    no merge could have run with is refused here, in words."""
    try:
        settings = f.obj(f.member(payload, "settings", ""), "settings")
        f.exact_keys(settings, SETTINGS_KEYS, "settings")
        method = settings["method"]
        if method not in Method.__members__.values():
            raise f.FieldError(
                "settings.method",
                translate("RecapMerge", "must be mean, median, trimmed or zscore"),
            )
        if settings["passing_grade_applies_to"] != PASSING_QUANTITY:
            raise f.FieldError(
                "settings.passing_grade_applies_to",
                translate("RecapMerge", "must be {quantity}").format(quantity=PASSING_QUANTITY),
            )
        f.canonical_decimals(settings, {"threshold", "passing_grade"}, "settings")
        tie_break = f.items(settings["tie_break"], "settings.tie_break", max_items=1000)
        for i, key in enumerate(tie_break):
            if type(key) is not str:
                raise f.FieldError(
                    f"settings.tie_break[{i}]", translate("RecapMerge", "must be a text")
                )
        options = MergeOptions(
            method=Method(method),
            trim=f.integer(settings, "trim", "settings"),
            threshold=f.decimal(settings, "threshold", "settings"),
            passing_grade=f.decimal(settings, "passing_grade", "settings", required=False),
            min_evaluations=f.integer(settings, "min_evaluations", "settings", minimum=1),
            tie_break=tuple(tie_break),
            accepted_keys=tuple(
                AcceptedKey(str(d.get("juror")), str(d.get("fingerprint")))
                for d in payload.get("decisions", [])
                if isinstance(d, dict)
            ),
        )
        options.check()
    except f.FieldError as exc:
        problem = str(exc)
    except InputError as exc:
        problem = exc.message
    else:
        return options
    raise MergedFileRefused(
        translate(
            "RecapMerge", "The settings in the merged file {name} cannot be read ({problem})."
        ).format(name=name, problem=problem.rstrip(".")),
        code="merged_settings",
    )


# --- the recapitulation's data ---------------------------------------------------------------


def recap_data(merged: MergedRecap, options: RecapOptions = RecapOptions()) -> RecapData:
    """Everything the merge found, in the shape the printed recapitulation takes."""
    report = merged.report
    manifest = report.manifest
    language = current_language()
    flagged = report.flagged
    rows: dict[str, RankingRow] = {}
    ranking = []
    for standing in report.standings:
        if standing.place is None or standing.score is None or standing.mean is None:
            continue
        submission = manifest.listed_submission(standing.code)
        notes = []
        if standing.decimals > SHOWN_DECIMALS:
            notes.append(translate("RecapMerge", "equal to a neighbour at two decimals"))
        if standing.place.decided_by:
            notes.append(
                translate("RecapMerge", "placed by {key}").format(
                    key=_tie_key_name(manifest, standing.place.decided_by)
                )
            )
        elif standing.place.tie:
            notes.append(translate("RecapMerge", "tie"))
        row = RankingRow(
            rank=standing.place.rank,
            code=standing.code,
            title=submission.title,
            agency=submission.agency,
            score=round_half_up(standing.score, standing.decimals),
            jurors=standing.complete,
            group=submission.group,
            cluster=submission.cluster,
            passed=standing.passes,
            flagged=standing.code in flagged,
            note="; ".join(notes),
            mean=None
            if report.options.method is Method.MEAN
            else round_half_up(standing.mean, standing.mean_decimals),
        )
        rows[standing.code] = row
        ranking.append(row)
    views = []
    for kind, names, place_of in (
        (ViewKind.GROUP, manifest.groups, lambda s: s.group_place),
        (ViewKind.CLUSTER, manifest.clusters, lambda s: s.cluster_place),
    ):
        for key in names:
            members = [
                s
                for s in report.standings
                if s.code in rows
                and place_of(s) is not None
                and getattr(rows[s.code], kind.value) == key
            ]
            members.sort(key=lambda s: place_of(s).rank)
            if members:
                views.append(
                    RankingView(
                        kind,
                        key,
                        tuple(
                            RankingRow(**{**rows[s.code].__dict__, "rank": place_of(s).rank})
                            for s in members
                        ),
                    )
                )
    disagreements = tuple(
        Disagreement(
            d.code,
            manifest.listed_submission(d.code).title,
            tuple(
                JurorTotal(juror, round_half_up(total))
                for juror, total in sorted(report.table.totals(d.code).items())
            ),
            round_half_up(d.spread),
            d.suggestion(),
        )
        for d in report.disagreements
    )
    distributions = tuple(
        JurorDistribution(juror.id, juror.name, totals)
        for juror in manifest.jurors
        if (
            totals := tuple(
                round_half_up(t)
                for code in manifest.assigned(juror.id)
                if (t := report.table.totals(code).get(juror.id)) is not None
            )
        )
    )
    chair = options.chair or str(merged.payload.get("chair", {}).get("name") or "")
    panel = [PanelMember(chair, PanelRole.CHAIR)] if chair else []
    if options.members:
        panel += [PanelMember(name) for name in options.members]
    else:
        panel += [PanelMember(j.name, PanelRole.MEMBER, j.id) for j in manifest.jurors]
    not_ranked = tuple(
        NotRankedRow(
            s.code,
            manifest.listed_submission(s.code).title,
            manifest.listed_submission(s.code).agency,
            s.complete,
            s.expected,
            not_ranked_text(s, report.min_evaluations),
        )
        for s in report.not_ranked
    )
    counts = report.table.counts()
    return RecapData(
        package_id=manifest.package_id,
        competition=manifest.competition.name.get(language),
        round_name=manifest.round.name.get(language),
        organizer=manifest.competition.organizer,
        method="trimmed_mean"
        if report.options.method is Method.TRIMMED
        else report.options.method.value,
        method_note=_method_note(report),
        tie_break=_tie_break_sentence(manifest, report.tie_break),
        ranking=tuple(ranking),
        passing_grade=report.passing_grade,
        disagreement_threshold=report.options.threshold,
        views=tuple(views),
        disagreements=disagreements,
        files=tuple(_file_entry(manifest, v) for v in report.intake.verdicts if _listed(v)),
        distributions=distributions,
        panel=tuple(panel),
        meeting_date=options.meeting_date,
        place=options.place,
        merged_sha256=merged.sha256,
        chair_fingerprint=merged.chair_fingerprint,
        notes=tuple(options.notes),
        passing_rule=passing_rule_text(),
        min_evaluations=report.min_evaluations,
        not_ranked=not_ranked,
        coverage=CoverageCounts(
            *(
                counts[state]
                for state in (
                    CellState.COMPLETE,
                    CellState.IN_PROGRESS,
                    CellState.NOT_STARTED,
                    CellState.RECUSED,
                    CellState.MISSING,
                )
            )
        ),
        reliability=tuple(_reliability_line(manifest, item) for item in report.reliability),
        reliability_advice=tuple(advice(report.reliability)),
        reliability_sources=sources(),
    )


def _reliability_line(manifest: Manifest, item: Reliability) -> ReliabilityLine:
    code = "" if item.view == TOTAL else item.view
    if not code:
        view = translate("RecapMerge", "weighted total")
    else:
        criterion = manifest.rubric.get(code)
        view = criterion.title.get(current_language()) if criterion else ""
    form, icc = panel_icc(item)
    return ReliabilityLine(
        view,
        None if item.alpha is None else round_half_up(item.alpha, 3),
        form or "",
        None if icc is None else round_half_up(icc, 3),
        read(item).text(),
        code,
    )


def _method_note(report: MergeReport) -> str:
    if report.options.method is Method.TRIMMED:
        trim = report.options.trim  # a plain name: lupdate skips nested calls
        return translate("RecapMerge", "%n total(s) dropped at each end", None, trim)
    return ""


def _tie_key_name(manifest: Manifest, key: str) -> str:
    if key == EVALUATIONS:
        return translate("RecapMerge", "the number of complete evaluations")
    criterion = manifest.rubric.get(key)
    return criterion.title.get(current_language()) if criterion else key


def _tie_break_sentence(manifest: Manifest, keys: Sequence[str]) -> str:
    if not keys:
        return ""
    names = ", ".join(_tie_key_name(manifest, key) for key in keys)
    return translate("RecapMerge", "Equal scores are separated by, in this order: {keys}.").format(
        keys=names
    )


def _listed(verdict: FileVerdict) -> bool:
    """Every file the chair gave and every result the merged file carries, once: the merged
    file itself is the record being printed, and an embedded copy of a file also given on its
    own is the same file."""
    if verdict.kind == "merged" and verdict.status in (
        FileStatus.MERGED_FILE,
        FileStatus.DUPLICATE,
    ):
        return False  # the record itself, or a copy of it in the folder of results
    return not (verdict.inside is not None and verdict.status is FileStatus.DUPLICATE)


def _file_entry(manifest: Manifest, verdict: FileVerdict) -> ResultFileEntry:
    juror = manifest.juror(verdict.juror) if verdict.juror else None
    accepted = verdict.status is FileStatus.ACCEPTED
    return ResultFileEntry(
        name=shown_name(verdict.name),
        accepted=accepted,
        set_aside=verdict.status in (FileStatus.SUPERSEDED, FileStatus.DUPLICATE),
        status=verdict.status.label(),
        reason="" if accepted else verdict.reason,
        juror_id=verdict.shown_who()[0],
        juror_name=juror.name if juror else "",
        sequence=verdict.sequence,
        fingerprint=verdict.signer or "",
        sha256=verdict.sha256,
        pact_missing=verdict.pact_missing,
        chair_accepted_key=accepted and juror is not None and verdict.signer != juror.fingerprint,
    )


def parse_meeting_date(text: str) -> date:
    """``YYYY-MM-DD``, as the chair types it on the command line."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            translate(
                "RecapMerge", "'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-27."
            ).format(value=text),
            code="bad_date",
        ) from None


def recap_pdf(
    name: str,
    data: bytes,
    manifest: Manifest,
    manifest_sha256: str,
    inputs: Sequence[InputFile] = (),
    options: RecapOptions = RecapOptions(),
    *,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> bytes:
    """The recapitulation of a merged file as PDF bytes, in one call a window can run off the
    GUI thread (``ui.printing``'s ``make_pdf``): checked, merged again (``progress`` counts
    the files judged, ``cancelled`` stops it), then printed."""
    from app.reports.recap import render_recap

    merged = check_merged(
        name, data, manifest, manifest_sha256, inputs, progress=progress, cancelled=cancelled
    )
    if cancelled is not None and cancelled():
        raise Cancelled(translate("RecapMerge", "Printing the recapitulation was cancelled."))
    buffer = io.BytesIO()
    render_recap(recap_data(merged, options), buffer)
    return buffer.getvalue()
