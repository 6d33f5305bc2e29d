"""What became of each input file: one status, one reason in the user's language."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath

from app.i18n import translate
from app.results.verify import ResultStatus


class FileStatus(StrEnum):
    ACCEPTED = "accepted"
    MERGED_FILE = "merged_file"  # a merged file: opened, its results checked one by one
    SUPERSEDED = "superseded"
    DUPLICATE = "duplicate"
    TAMPERED = "tampered"
    MALFORMED = "malformed"
    FOREIGN_PACKAGE = "foreign_package"
    JUROR_NOT_IN_ROSTER = "juror_not_in_roster"
    UNKNOWN_KEY = "unknown_key"
    NOT_ASSIGNED = "not_assigned"

    @classmethod
    def of(cls, status: ResultStatus) -> FileStatus:
        """The merge status of :func:`~app.results.verify.check_result`'s verdict (a valid file
        is accepted until a newer one of the same juror turns up)."""
        return cls.ACCEPTED if status is ResultStatus.VALID else cls(status.value)

    @property
    def counts(self) -> bool:
        """Whether the file's evaluations take part in the merge."""
        return self is FileStatus.ACCEPTED

    def label(self) -> str:
        return {
            FileStatus.ACCEPTED: translate("Merge", "accepted"),
            FileStatus.MERGED_FILE: translate("Merge", "merged file"),
            FileStatus.SUPERSEDED: translate("Merge", "superseded"),
            FileStatus.DUPLICATE: translate("Merge", "duplicate"),
            FileStatus.TAMPERED: translate("Merge", "tampered"),
            FileStatus.MALFORMED: translate("Merge", "malformed"),
            FileStatus.FOREIGN_PACKAGE: translate("Merge", "for another package"),
            FileStatus.JUROR_NOT_IN_ROSTER: translate("Merge", "juror not in roster"),
            FileStatus.UNKNOWN_KEY: translate("Merge", "unknown key"),
            FileStatus.NOT_ASSIGNED: translate("Merge", "not assigned"),
        }[self]


def shown_name(name: str) -> str:
    """An input as people are shown it: the file's name without its folders (a local path
    tells where the chair keeps files, which a printed record or a reason need not), and for
    a result carried in a merged file, that file's name and the result
    (``desk.juri-merged.json › J03 v1``)."""
    outer, separator, inner = name.partition(" › ")
    return PurePath(outer).name + separator + inner


@dataclass(frozen=True)
class FileVerdict:
    """One input (a file, or a result carried inside a merged file) and what became of it."""

    name: str
    status: FileStatus
    reason: str
    sha256: str  # of the canonical form when the file is JSON (see docs/formats.md §8)
    kind: str = "result"  # "result" or "merged"
    juror: str | None = None
    sequence: int | None = None
    signer: str | None = None  # fingerprint of the signing key, when the signature holds
    inside: str | None = None  # the merged file that carried it
    # who a file that could not be verified (tampered, unreadable) claims to be from: shown as
    # unverified, never as its juror; (juror id, sequence or None)
    claimed: tuple[str, int | None] | None = None
    # whether the result records the juror's integrity pact (None: not read that far)
    pact: bool | None = None

    @property
    def pact_missing(self) -> bool:
        return self.pact is False

    def shown_who(self) -> tuple[str, str]:
        """The juror and the version as people read them ("" where unknown); of a file that
        could not be verified, who it claims to be, marked unverified, never as if it were
        that juror's. The chair's window, its Files sheet and shell say it the same way."""
        if self.juror is not None or self.claimed is None:
            return self.juror or "", "" if self.sequence is None else str(self.sequence)
        juror, sequence = self.claimed
        unverified = translate("FileVerdict", "{value} (unverified)")
        version = "" if sequence is None else unverified.format(value=sequence)
        return unverified.format(value=juror), version

    def claim(self) -> str:
        """A sentence naming who an unverified file claims to be from ("" when verified)."""
        if self.juror is not None or self.claimed is None:
            return ""
        juror, sequence = self.claimed
        if sequence is None:
            return translate("FileVerdict", "claims to be juror {juror}'s (unverified)").format(
                juror=juror
            )
        return translate(
            "FileVerdict", "claims to be juror {juror}'s, version {version} (unverified)"
        ).format(juror=juror, version=sequence)

    def to_json(self) -> dict:
        return {
            "file": self.name,
            "status": self.status.value,
            "label": self.status.label(),
            "reason": self.reason,
            "sha256": self.sha256,
            "kind": self.kind,
            "juror": self.juror,
            "sequence": self.sequence,
            "signer": self.signer,
            "inside": self.inside,
            "claimed_juror": self.claimed[0] if self.claimed else None,
            "claimed_sequence": self.claimed[1] if self.claimed else None,
            "integrity_pact": self.pact,
        }
