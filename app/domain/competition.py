"""Competitions, rounds, submissions, jurors and the package manifest that ties them together."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from app.domain.rubric import Rubric
from app.domain.text import LocalizedText
from app.i18n import translate

DEFAULT_MIN_EVALUATIONS = 2  # KIPP: every proposal is scored by at least two evaluators
MAX_MIN_EVALUATIONS = 100
MAX_PLACES = 100_000  # a shortlist rule's places: no package holds more (app.package.limits)
MAX_PHASE_MINUTES = 180  # an interview's presentation or questions: three hours at most


class RoundKind(StrEnum):
    DESK = "desk"
    INTERVIEW = "interview"
    FIELD = "field"

    def label(self) -> str:
        """The kind as people name it, in the user's language (KIPP's words)."""
        return {
            RoundKind.DESK: translate("RoundKind", "desk round"),
            RoundKind.INTERVIEW: translate("RoundKind", "interview round"),
            RoundKind.FIELD: translate("RoundKind", "field round"),
        }[self]


class FileRole(StrEnum):
    PROPOSAL = "proposal"
    VIDEO = "video"


@dataclass(frozen=True, slots=True)
class Competition:
    id: str
    name: LocalizedText
    year: int
    organizer: str = ""


@dataclass(frozen=True, slots=True)
class Round:
    """One round of judging (desk, interview or field), with its own rubric and results.

    ``min_evaluations``: a submission with fewer complete evaluations takes no place in the
    ranking and does not pass (one juror's verdict is not the panel's).
    ``presentation_minutes`` and ``question_minutes`` (interview rounds, both or neither):
    the two phases of the juror's timer, e.g. 7 + 13 in KIPP 2022."""

    id: str
    kind: RoundKind
    name: LocalizedText
    passing_grade: Decimal | None = None
    min_evaluations: int = DEFAULT_MIN_EVALUATIONS
    presentation_minutes: int | None = None
    question_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """Something a juror on a field visit must confirm (e.g. "met service users")."""

    code: str
    text: LocalizedText


@dataclass(frozen=True, slots=True)
class FileEntry:
    """A file carried in a package, at ``path`` inside the zip, with its hash and size."""

    role: FileRole
    path: str
    sha256: str
    size: int
    name: str  # the file's original name, shown to the juror


@dataclass(frozen=True, slots=True)
class Submission:
    code: str
    title: str
    agency: str
    group: str = ""
    cluster: str = ""
    category: str = ""
    video_url: str = ""
    files: tuple[FileEntry, ...] = ()

    def file(self, role: FileRole) -> FileEntry | None:
        return next((f for f in self.files if f.role == role), None)

    @property
    def proposal(self) -> FileEntry | None:
        return self.file(FileRole.PROPOSAL)

    @property
    def video_file(self) -> FileEntry | None:
        return self.file(FileRole.VIDEO)


@dataclass(frozen=True, slots=True)
class Juror:
    id: str
    name: str
    public_key: bytes  # raw 32-byte Ed25519 public key

    @property
    def fingerprint(self) -> str:
        from app.crypto.keys import fingerprint

        return fingerprint(self.public_key)


@dataclass(frozen=True, slots=True)
class Secretariat:
    name: str
    public_key: bytes


@dataclass(frozen=True, slots=True)
class ShortlistRule:
    """Which submissions of a ranking go on to the next round: the union of the places each
    part names (``passing`` stands alone). ``include_ties``: submissions tied with the last
    place taken were all taken, so the shortlist may be longer than a number says."""

    top: int | None = None  # the first N places overall
    passing: bool = False  # every ranked submission whose mean reaches the passing grade
    top_per_group: int | None = None  # the first N places within each group
    top_per_cluster: int | None = None  # the first N places within each cluster
    include_ties: bool = False

    @property
    def empty(self) -> bool:
        return not self.passing and all(
            n is None for n in (self.top, self.top_per_group, self.top_per_cluster)
        )

    def describe(self) -> str:
        """The rule in words, as the secretariat's summary and ``package info`` say it."""
        if self.passing:
            parts = [translate("Shortlist", "every ranked submission that passes")]
        else:
            parts = [
                text.format(n=n)
                for n, text in (
                    (self.top, translate("Shortlist", "the first {n} places overall")),
                    (
                        self.top_per_group,
                        translate("Shortlist", "the first {n} places in each group"),
                    ),
                    (
                        self.top_per_cluster,
                        translate("Shortlist", "the first {n} places in each cluster"),
                    ),
                )
                if n is not None
            ]
        text = translate("Shortlist", " and ").join(parts)
        if self.include_ties:
            text += "; " + translate("Shortlist", "submissions tied at a cut all taken")
        return text


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a next round's package came from: the earlier round's package (``package_id``,
    the version ``manifest_sha256`` its ranking was made with), the chair's signed merged file
    that ranked it (``merged_sha256``, signed by ``chair_key``), the rule that shortlisted,
    and the earlier round's id. Anyone holding those files can check the chain link."""

    package_id: str
    manifest_sha256: str
    merged_sha256: str
    chair_key: bytes  # raw 32-byte Ed25519 public key of the chair who signed the merged file
    rule: ShortlistRule
    round: str

    @property
    def chair_fingerprint(self) -> str:
        from app.crypto.keys import fingerprint

        return fingerprint(self.chair_key)


@dataclass(frozen=True, slots=True)
class ScoringTerms:
    """What scoring an evaluation needs of its package: the round, the rubric and the
    field-visit checklist (the same in every version of a package)."""

    round: Round
    rubric: Rubric
    checklist: tuple[ChecklistItem, ...]


@dataclass(frozen=True, slots=True)
class Manifest:
    """Everything a package says about one round: who scores what, and against which rubric.

    ``version`` counts the amendments of one package (same id, submissions, files, rubric and
    round; only more jurors and assignments): ``amends`` holds the manifest SHA-256 of every
    earlier version, oldest first, so the newest version alone names its whole lineage.
    ``origin``: for a next round's package, where its shortlist came from."""

    package_id: str
    created: str
    title: str
    secretariat: Secretariat
    competition: Competition
    round: Round
    rubric: Rubric
    checklist: tuple[ChecklistItem, ...]
    jurors: tuple[Juror, ...]
    submissions: tuple[Submission, ...]
    assignments: Mapping[str, tuple[str, ...]]  # juror id → submission codes, in package order
    version: int = 1
    amends: tuple[str, ...] = ()  # manifest SHA-256 of versions 1 … version − 1, oldest first
    origin: Origin | None = None
    _submissions: dict[str, Submission] = field(init=False, repr=False, compare=False)
    _jurors: dict[str, Juror] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_submissions", {s.code: s for s in self.submissions})
        object.__setattr__(self, "_jurors", {j.id: j for j in self.jurors})

    @property
    def terms(self) -> ScoringTerms:
        return ScoringTerms(self.round, self.rubric, self.checklist)

    def submission(self, code: str) -> Submission | None:
        return self._submissions.get(code)

    def listed_submission(self, code: str) -> Submission:
        """The submission of a code taken from this package (a standing's, a checked
        result's): a KeyError for any other is a bug, never the user's input."""
        return self._submissions[code]

    def juror(self, juror_id: str) -> Juror | None:
        return self._jurors.get(juror_id)

    def juror_by_key(self, public_key: bytes) -> Juror | None:
        return next((j for j in self.jurors if j.public_key == public_key), None)

    def of_lineage(self, manifest_sha256: str) -> bool:
        """Whether ``manifest_sha256`` names an earlier version of this package (which the
        caller checks against this version's own hash separately)."""
        return manifest_sha256 in self.amends

    def assigned(self, juror_id: str) -> tuple[str, ...]:
        return self.assignments.get(juror_id, ())

    def jurors_of(self, code: str) -> tuple[str, ...]:
        return tuple(j for j, codes in self.assignments.items() if code in codes)

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(sorted({s.group for s in self.submissions if s.group}))

    @property
    def clusters(self) -> tuple[str, ...]:
        return tuple(sorted({s.cluster for s in self.submissions if s.cluster}))
