"""The chair's merge as a few steps on one desk: the package, the files, the chair's decisions
and settings, and the report they give.

``juri merge`` uses a desk once (package, keys, files, merge); the chair's window keeps one for
as long as a package is open and merges again after every import, decision or change of
settings. With a merge store, the files and decisions are kept there (and the files already
kept are merged too); without one, the desk holds the files given, in order.

Steps are plain method calls that may take long (:meth:`ChairDesk.open`, :meth:`merge`), with
the usual ``progress`` and ``cancelled`` callables. The desk belongs to the thread that works
on it: the chair's window calls it, its options included, only inside work it gives its task
runner (one worker, one piece of work at a time), so the desk needs no locking and a change of
settings never lands in the middle of a merge.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from app.domain.amendment import amendment_problem
from app.errors import JuriError
from app.i18n import translate
from app.merge.intake import InputFile, read_inputs
from app.merge.keys import AcceptedKey, check_acceptable, normalise_fingerprint
from app.merge.service import MergeOptions, MergeReport, merge, rescore
from app.merge.store import MergeStore
from app.package.reader import VerifiedPackage, open_package

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Imported:
    """What one import brought in: the files read, how many were new, and the names of those
    whose content the store already kept (they are merged once, under their first name)."""

    read: int
    new: int
    known: tuple[str, ...] = ()
    unreadable: tuple[str, ...] = ()


def _part(progress: Progress | None, index: int, parts: int) -> Progress | None:
    """``progress`` for the ``index``-th of ``parts`` equal phases of one piece of work."""
    if progress is None:
        return None
    return lambda done, total: progress(index * total + done, parts * total) if total else None


class Switch(StrEnum):
    """What giving the desk a package did."""

    OTHER = "other"  # the first package, or another package: a fresh start
    SAME = "same"  # the package open, again
    NEWER = "newer"  # a newer version of the package open: used, the files kept
    OLDER_KEPT = "older_kept"  # an older version of the package open: the newer one stays
    # another amendment with the same version as the package open: used, the files kept, and
    # those made for the other one said to be so (the secretariat must say which is in force)
    RIVAL = "rival"


def _switch(current: VerifiedPackage | None, given: VerifiedPackage) -> Switch:
    if current is None or current.manifest.package_id != given.manifest.package_id:
        return Switch.OTHER
    if given.manifest_sha256 == current.manifest_sha256:
        return Switch.SAME
    if given.manifest.of_lineage(current.manifest_sha256):
        return Switch.NEWER
    if current.manifest.of_lineage(given.manifest_sha256):
        return Switch.OLDER_KEPT
    if given.manifest.version == current.manifest.version > 1:  # two amendments, not rebuilds
        return Switch.RIVAL
    return Switch.OTHER


class ChairDesk:
    def __init__(
        self, store: MergeStore | None = None, options: MergeOptions | None = None
    ) -> None:
        self.store = store
        self.options = options or MergeOptions()
        self.package: VerifiedPackage | None = None
        self.switched: Switch | None = None  # what the last package given did
        self.report: MergeReport | None = None
        self._files: list[InputFile] = []  # without a store: every readable file given
        self._unreadable: dict[str, InputFile] = {}  # never kept in a store: shown all session
        # every version of the package open given this session, by manifest SHA-256
        self._given: dict[str, VerifiedPackage] = {}

    # --- the package -----------------------------------------------------------------------

    def open(
        self, path: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> MergeReport:
        """Verify the package completely, then merge whatever the store keeps for it (see
        :meth:`use` for another version of the package open: :attr:`switched` says which)."""
        package = open_package(Path(path), progress=_part(progress, 0, 2), cancelled=cancelled)
        self.use(package)
        return self.merge(progress=_part(progress, 1, 2), cancelled=cancelled)

    def use(self, package: VerifiedPackage) -> Switch:
        """Work on ``package`` (already verified) from now on — unless it is an older version
        of the package open, which stays (the newest version given is used). A newer version
        keeps the files given so far: results made for any version merge together."""
        current = self.package
        self.switched = switch = _switch(current, package)
        if switch is Switch.NEWER:
            assert current is not None
            problem = amendment_problem(current.manifest, current.manifest_sha256, package.manifest)
            if problem is not None:
                raise JuriError(
                    translate(
                        "Merge",
                        "{name} cannot replace version {version} of the package open: {problem}.",
                    ).format(
                        name=package.path.name, version=current.manifest.version, problem=problem
                    ),
                    code="not_an_amendment",
                )
        if switch in (Switch.SAME, Switch.OLDER_KEPT):
            return switch
        self.package = package
        self.report = None
        if switch is Switch.OTHER:
            self._files, self._unreadable, self._given = [], {}, {}
        self._given[package.manifest_sha256] = package
        return switch

    def rivals(self) -> tuple[str, ...]:
        """The manifest SHA-256 of every other amendment given this session with the same
        version as the package open: two the secretariat signed, one of them not in force."""
        package = self.require_package()
        return tuple(
            sha
            for sha, given in self._given.items()
            if sha != package.manifest_sha256 and given.manifest.version == package.manifest.version
        )

    def require_package(self) -> VerifiedPackage:
        if self.package is None:
            raise JuriError(
                translate("Merge", "Open the package the results are for first."), code="no_package"
            )
        return self.package

    # --- files and decisions ---------------------------------------------------------------

    def add(self, files: Iterable[InputFile]) -> Imported:
        """Take files in (kept in the store when there is one); merge afterwards."""
        package = self.require_package()
        files = list(files)
        readable = [f for f in files if f.error is None]
        unreadable = [f for f in files if f.error is not None]
        for item in unreadable:
            self._unreadable[item.name] = item
        if self.store is not None:
            kept = {
                hashlib.sha256(f.data).hexdigest(): f.name
                for f in self.store.files(package.manifest.package_id)
            }
            new = self.store.add_files(
                package.manifest.package_id, package.manifest_sha256, readable
            )
            known = []
            for item in readable:
                digest = hashlib.sha256(item.data).hexdigest()
                if digest in kept:
                    known.append(item.name)
                kept.setdefault(digest, item.name)
        else:
            self._files.extend(readable)
            new, known = len(readable), []
        return Imported(len(files), new, tuple(known), tuple(f.name for f in unreadable))

    def add_paths(self, paths: Iterable[Path]) -> Imported:
        """Files named, and every ``*.json`` inside folders named (see :func:`read_inputs`)."""
        return self.add(read_inputs(Path(p) for p in paths))

    def accept_key(self, juror: str, fingerprint: str, note: str = "") -> bool:
        """Record that the chair accepts results signed by ``fingerprint`` for ``juror``
        alone, after comparing it with the fingerprint on that juror's signed paper sheet;
        False when it was accepted already."""
        return (
            self.accept_keys([AcceptedKey(juror.strip(), normalise_fingerprint(fingerprint))], note)
            == 1
        )

    def accept_keys(self, keys: Iterable[AcceptedKey], note: str = "") -> int:
        """Record several such decisions, all or none: :class:`~app.merge.keys.KeyRefused`
        says why one cannot be accepted (see :func:`~app.merge.keys.check_acceptable`) before
        anything is recorded. Returns how many were new."""
        package = self.require_package()
        keys = list(dict.fromkeys(keys))
        known = self.accepted_keys()
        for key in keys:
            check_acceptable(package.manifest, key, (*known, *keys))
        if self.store is not None:
            return self.store.accept_keys(package.manifest.package_id, keys, note)
        new = [key for key in keys if key not in known]
        self.options = replace(self.options, accepted_keys=(*known, *new))
        return len(new)

    def accepted_keys(self) -> tuple[AcceptedKey, ...]:
        if self.store is not None and self.package is not None:
            return tuple(self.store.accepted_keys(self.package.manifest.package_id))
        return tuple(self.options.accepted_keys)

    def unbound_keys(self) -> tuple[str, ...]:
        """Keys an older Juri accepted for no juror in particular (kept in the store): they
        count for nobody until the chair accepts each again for its juror."""
        if self.store is not None and self.package is not None:
            return tuple(self.store.unbound_keys(self.package.manifest.package_id))
        return ()

    def inputs(self) -> list[InputFile]:
        """Everything to merge: the kept files in the order they were first imported (so the
        statuses recorded line up with them), then the files that could not be read."""
        package = self.require_package()
        if self.store is not None:
            kept = self.store.files(package.manifest.package_id)
        else:
            kept = list(self._files)
        return kept + list(self._unreadable.values())

    # --- merging ---------------------------------------------------------------------------

    def merge(
        self, *, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> MergeReport:
        """Judge every file again and rank: after an import or a decision."""
        package = self.require_package()
        options = replace(self.options, accepted_keys=self.accepted_keys())
        report = merge(
            self.inputs(),
            package.manifest,
            package.manifest_sha256,
            options,
            rivals=self.rivals(),
            progress=progress,
            cancelled=cancelled,
        )
        if self.store is not None:
            self.store.record_statuses(package.manifest.package_id, report.intake.verdicts)
        self.report = report
        return report

    def configure(self, options: MergeOptions) -> MergeReport:
        """Other settings (method, trim, threshold, passing grade, tie-break): the same files,
        scored and ranked again without judging them again."""
        options.check()
        self.options = replace(options, accepted_keys=self.options.accepted_keys)
        if self.report is None:
            return self.merge()
        self.report = rescore(
            self.report, replace(self.options, accepted_keys=self.report.options.accepted_keys)
        )
        return self.report

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
