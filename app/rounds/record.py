"""The rounds a final line-up rests on: each chair's merged file, checked with its package.

Each merged file is checked exactly as the printed recapitulation checks it
(:func:`app.reports.recap_from_merge.check_merged`): the chair's signature, every embedded
result against the package, and the ranking merged again under the settings it records and
compared with the one it carries. Only then are its standings used across rounds.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.crypto.keys import decode_public_key, fingerprint
from app.domain.competition import Manifest, Round
from app.errors import Cancelled, JuriError
from app.i18n import current_language, translate
from app.merge.intake import InputFile
from app.merge.ranking import Standing
from app.merge.service import MergeReport
from app.package.reader import VerifiedPackage
from app.reports.recap_from_merge import MergedFileRefused, MergedRecap, check_merged

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class RoundsRefused(JuriError):
    """The merged files and packages given do not make one sound chain of rounds."""

    code = "rounds_refused"


@dataclass(frozen=True)
class RoundRecord:
    """One round: its package and the chair's merged file, checked and merged again."""

    name: str  # the merged file's name, for messages
    package: VerifiedPackage
    merged: MergedRecap
    _standings: dict[str, Standing] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_standings", {s.code: s for s in self.merged.report.standings})

    @property
    def manifest(self) -> Manifest:
        return self.package.manifest

    @property
    def round(self) -> Round:
        return self.manifest.round

    @property
    def round_id(self) -> str:
        return self.manifest.round.id

    @property
    def report(self) -> MergeReport:
        return self.merged.report

    @property
    def sha256(self) -> str:
        return self.merged.sha256

    @property
    def chair(self) -> dict[str, Any]:
        """The merged file's chair: name and public key (checked by its signature)."""
        return dict(self.merged.payload["chair"])

    @property
    def chair_key(self) -> bytes:
        return decode_public_key(self.chair["public_key"])

    @property
    def chair_fingerprint(self) -> str:
        return fingerprint(self.chair_key)

    @property
    def label(self) -> str:
        """The round as people name it: ``interview (Presentasi dan wawancara)``."""
        name = self.round.name.get(current_language())
        return f"{self.round_id} ({name})" if name and name != self.round_id else self.round_id

    def standing(self, code: str) -> Standing | None:
        """The submission's standing in this round; ``None`` when the round's package does
        not hold it."""
        return self._standings.get(code)


def load_rounds(
    merged: Sequence[InputFile],
    packages: Sequence[VerifiedPackage],
    *,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> list[RoundRecord]:
    """Each merged file with its package (by the manifest hash it names, else by package id),
    checked and merged again; in the order given. ``progress`` counts the merged files."""
    if not merged:
        raise RoundsRefused(translate("Rounds", "Give the merged file of every round."))
    seen: dict[str, str] = {}
    for item in merged:
        if item.error is not None:
            raise RoundsRefused(
                translate("Rounds", "Cannot read {name}: {error}").format(
                    name=item.name, error=item.error
                )
            )
        digest = hashlib.sha256(item.data).hexdigest()
        if digest in seen:
            raise RoundsRefused(
                translate(
                    "Rounds",
                    "{name} and {other} are the same merged file: give each round's "
                    "merged file once.",
                ).format(name=item.name, other=seen[digest])
            )
        seen[digest] = item.name
    records = []
    used: set[str] = set()
    for done, item in enumerate(merged):
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Rounds", "Checking the merged files was cancelled."))
        package = _package_for(item, packages)
        try:
            checked = check_merged(
                item.name, item.data, package.manifest, package.manifest_sha256, cancelled=cancelled
            )
        except MergedFileRefused as exc:
            raise RoundsRefused(
                translate(
                    "Rounds", "The merged file {name} (package {package}) is refused: {reason}"
                ).format(name=item.name, package=package.manifest.package_id, reason=exc.message),
                code=exc.code,
            ) from None
        records.append(RoundRecord(item.name, package, checked))
        used.add(package.manifest_sha256)
        if progress is not None:
            progress(done + 1, len(merged))
    unused = [p for p in packages if p.manifest_sha256 not in used]
    if unused:
        raise RoundsRefused(
            translate(
                "Rounds",
                "No merged file given is for the package {package} ({path}): give its "
                "round's merged file too, or leave the package out.",
            ).format(package=unused[0].manifest.package_id, path=unused[0].path.name)
        )
    return records


def _package_for(item: InputFile, packages: Sequence[VerifiedPackage]) -> VerifiedPackage:
    """The package a merged file names: the one with its manifest hash, else the one with its
    package id. A file that names none is checked against the only package given, if there
    is one, so that its own refusal says what it is."""
    package_id, manifest_sha256 = _named_package(item.data)
    for package in packages:
        if package.manifest_sha256 == manifest_sha256:
            return package
    same_id = [p for p in packages if p.manifest.package_id == package_id]
    if len(same_id) == 1:
        return same_id[0]
    if package_id is None and len(packages) == 1:
        return packages[0]
    if package_id is None:
        raise RoundsRefused(
            translate(
                "Rounds",
                "{name} is not a merged file (it names no package): give the chair's "
                ".juri-merged.json of each round.",
            ).format(name=item.name)
        )
    raise RoundsRefused(
        translate(
            "Rounds",
            "No package given is the one the merged file {name} is for (package "
            "{package}, manifest SHA-256 {sha}…): add it with --package.",
        ).format(name=item.name, package=package_id, sha=(manifest_sha256 or "?")[:16])
    )


def _named_package(data: bytes) -> tuple[str | None, str | None]:
    """The package id and manifest hash a merged file names, read only to pair it with its
    package (the file is then checked in full)."""
    try:
        package = json.loads(data)["payload"]["package"]
        package_id, digest = package["id"], package["manifest_sha256"]
    except (ValueError, KeyError, TypeError, RecursionError):
        return None, None
    return (
        package_id if isinstance(package_id, str) else None,
        digest if isinstance(digest, str) else None,
    )
