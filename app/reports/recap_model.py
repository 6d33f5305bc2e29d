"""What the recapitulation (*berita acara*) prints, as plain typed data.

The printed record must not depend on how a ranking is computed: the merge engine decides the
numbers, this model only carries them to paper. Whoever makes the ranking (the merge, a test, a
future adapter from a merged file) fills a :class:`RecapData`; :mod:`app.reports.recap` prints
it exactly as given, in the order given, without recomputing anything. Numbers are ``Decimal``
(already rounded as they should be shown).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum


class ViewKind(StrEnum):
    GROUP = "group"
    CLUSTER = "cluster"


class PanelRole(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"


@dataclass(frozen=True)
class RankingRow:
    """One submission's place in a ranking."""

    rank: int  # equal ranks print as equal (ties the tie-break could not separate)
    code: str
    title: str
    agency: str
    score: Decimal  # the merged total, 0–100
    jurors: int  # how many jurors' totals it rests on
    group: str = ""
    cluster: str = ""
    passed: bool | None = None  # at or above the passing grade; None when there is none
    flagged: bool = False  # jurors disagree beyond the threshold
    note: str = ""  # e.g. how a tie was broken, or that neighbours are equal at two decimals
    mean: Decimal | None = None  # what the passing grade applies to, when it is not the score


@dataclass(frozen=True)
class NotRankedRow:
    """A submission that takes no place: too few complete evaluations."""

    code: str
    title: str
    agency: str
    complete: int
    expected: int  # assigned jurors who did not recuse
    note: str  # already translated: "not ranked: 1 of 3 evaluations (2 needed)"


@dataclass(frozen=True)
class CoverageCounts:
    """The assigned evaluations by state, to say whether the round is finished."""

    complete: int = 0
    in_progress: int = 0
    not_started: int = 0
    recused: int = 0
    missing: int = 0  # no accepted result file covers it

    @property
    def assigned(self) -> int:
        return self.complete + self.in_progress + self.not_started + self.recused + self.missing

    @property
    def open(self) -> int:
        """Evaluations still to come: in progress, not started or missing."""
        return self.in_progress + self.not_started + self.missing


@dataclass(frozen=True)
class ReliabilityLine:
    """One view (the weighted total or a criterion) of the jurors' agreement, read."""

    view: str  # "weighted total" or a criterion's title, already translated
    alpha: Decimal | None  # rounded to three places
    icc_form: str  # the ICC of the panel's mean ("ICC2k", "ICC1k"), or ""
    icc: Decimal | None
    reading: str  # already translated, with the bands' limits
    code: str = ""  # the criterion's code (printed whole above its title); "" for the total


@dataclass(frozen=True)
class RankingView:
    """The ranking within one group or one cluster (ranks counted within it)."""

    kind: ViewKind
    key: str  # the group or cluster as in the package ("kota")
    rows: tuple[RankingRow, ...]


@dataclass(frozen=True)
class JurorTotal:
    juror_id: str
    total: Decimal


@dataclass(frozen=True)
class Disagreement:
    """A submission whose jurors' totals spread beyond the threshold."""

    code: str
    title: str
    totals: tuple[JurorTotal, ...]
    spread: Decimal  # highest minus lowest total
    note: str = ""  # e.g. "discussed in plenary", "third juror added"


@dataclass(frozen=True)
class ResultFileEntry:
    """One result file the chair imported, accepted or not, and why."""

    name: str  # the file's name as imported
    accepted: bool
    status: str  # a short, already translated status ("valid", "tampered", "superseded" …)
    reason: str = ""  # already translated; required when the file is refused
    juror_id: str = ""
    juror_name: str = ""
    sequence: int | None = None
    fingerprint: str = ""  # the signing key's, when the signature holds
    sha256: str = ""
    pact_missing: bool = False  # a result that records no integrity pact: flagged on paper
    # accepted under a key the chair accepted for this juror (--accept-key), not the roster's
    chair_accepted_key: bool = False
    # not accepted, yet not refused either: an older version of a juror's result, or a copy
    # of a file already counted (listed and counted apart from the refused files)
    set_aside: bool = False


@dataclass(frozen=True)
class JurorDistribution:
    """Every total one juror gave (recusals and unfinished evaluations left out)."""

    juror_id: str
    juror_name: str
    totals: tuple[Decimal, ...]


@dataclass(frozen=True)
class PanelMember:
    name: str
    role: PanelRole = PanelRole.MEMBER
    detail: str = ""  # e.g. "J03" or an affiliation, printed under the name


@dataclass(frozen=True)
class RecapData:
    """Everything the signed recapitulation of one round shows."""

    package_id: str
    competition: str  # in the document's language
    round_name: str
    method: str  # "mean", "median", "trimmed_mean", "zscore", or another name printed as is
    ranking: tuple[RankingRow, ...]
    created: datetime | None = None  # when the document is made (default: now)
    method_note: str = ""  # parameters of the method, e.g. "10% trimmed at each end"
    tie_break: str = ""  # the tie-break order, as a sentence
    passing_grade: Decimal | None = None
    disagreement_threshold: Decimal | None = None
    views: tuple[RankingView, ...] = ()  # per group and per cluster
    disagreements: tuple[Disagreement, ...] = ()
    files: tuple[ResultFileEntry, ...] = ()
    distributions: tuple[JurorDistribution, ...] = ()
    panel: tuple[PanelMember, ...] = ()
    meeting_date: date | None = None  # left blank to be written by hand when None
    place: str = ""
    merged_sha256: str = ""  # the merged file the numbers come from, when there is one
    chair_fingerprint: str = ""  # the key that signed that merged file
    organizer: str = ""  # e.g. "Kementerian PANRB"
    notes: tuple[str, ...] = field(default_factory=tuple)  # decisions of the plenary, as text
    passing_rule: str = ""  # what the passing grade is compared with, as a phrase
    min_evaluations: int | None = None  # complete evaluations a submission needs to rank
    not_ranked: tuple[NotRankedRow, ...] = ()
    coverage: CoverageCounts | None = None  # None: not known (the round taken as finished)
    reliability: tuple[ReliabilityLine, ...] = ()
    reliability_advice: tuple[str, ...] = ()  # what the panel should do about it
    reliability_sources: str = ""  # the standards the readings follow

    @property
    def accepted_files(self) -> tuple[ResultFileEntry, ...]:
        return tuple(f for f in self.files if f.accepted)

    @property
    def set_aside_files(self) -> tuple[ResultFileEntry, ...]:
        return tuple(f for f in self.files if not f.accepted and f.set_aside)

    @property
    def refused_files(self) -> tuple[ResultFileEntry, ...]:
        return tuple(f for f in self.files if not f.accepted and not f.set_aside)

    @property
    def finished(self) -> bool:
        """Every submission ranked and no evaluation still to come."""
        return not self.not_ranked and (self.coverage is None or not self.coverage.open)

    def views_of(self, kind: ViewKind) -> tuple[RankingView, ...]:
        return tuple(v for v in self.views if v.kind is kind)
