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
    note: str = ""  # e.g. how a tie was broken


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
    organizer: str = ""  # e.g. "Kementerian PANRB"
    notes: tuple[str, ...] = field(default_factory=tuple)  # decisions of the plenary, as text

    @property
    def accepted_files(self) -> tuple[ResultFileEntry, ...]:
        return tuple(f for f in self.files if f.accepted)

    @property
    def refused_files(self) -> tuple[ResultFileEntry, ...]:
        return tuple(f for f in self.files if not f.accepted)

    def views_of(self, kind: ViewKind) -> tuple[RankingView, ...]:
        return tuple(v for v in self.views if v.kind is kind)
