"""Opening submission packages into the workspace and reading what they hold.

A package is first copied into the workspace, then the *copy* is verified (so the bytes Juri
keeps are the bytes it checked), then moved into place and recorded. Cancelling or any refusal
removes the copy; the workspace is left as it was.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import limits
from app.canonical import parse_strict
from app.domain.amendment import amendment_problem
from app.domain.competition import FileEntry, Manifest, ScoringTerms
from app.errors import Cancelled, WorkspaceError
from app.formats.manifest import manifest_from_json, terms_from_json
from app.i18n import os_problem, translate
from app.package.reader import VerifiedPackage, open_package, read_member
from app.paths import PACKAGE_SUFFIX
from app.services.identity import IdentityService
from app.services.workspace import Workspace
from app.storage import audit, evaluations
from app.storage.models import Package, Submission

PACKAGES_DIR = "packages"
# a package being copied in: renamed to its archive's name once verified, removed on a refusal
INCOMING_PREFIX, INCOMING_SUFFIX = ".incoming-", ".part"
COPY_CHUNK = 1024 * 1024

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PackageInfo:
    id: str
    title: str
    juror_id: str
    signer_fingerprint: str
    manifest_sha256: str
    imported_at: str
    archive: Path
    newly_imported: bool = False
    replaced: int | None = None  # the version this import replaced, when it was a newer one
    added: tuple[str, ...] = ()  # submissions that newer version assigned to the juror


class PackageService:
    def __init__(self, workspace: Workspace, identity: IdentityService) -> None:
        self._ws = workspace
        self._identity = identity
        self._lock = threading.Lock()  # imports run on the task thread, reads on the GUI's
        self._manifests: dict[str, Manifest] = {}
        self._terms: dict[str, ScoringTerms] = {}  # of packages whose manifest is not read
        self._generations: dict[str, int] = {}  # package id → newer versions taken in so far

    def remove_leftovers(self) -> None:
        """Remove the copies of imports cut short (a killed process leaves one as large as
        its package): called when the workspace opens, whose lock says no import runs."""
        folder = self._ws.folder / PACKAGES_DIR
        if folder.is_dir():
            for leftover in folder.glob(f"{INCOMING_PREFIX}*{INCOMING_SUFFIX}"):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    # --- reading ---------------------------------------------------------------------------

    def list(self) -> list[PackageInfo]:
        with self._ws.reading() as session:
            rows = session.scalars(select(Package).order_by(Package.imported_at)).all()
            return [self._info(row) for row in rows]

    def get(self, package_id: str) -> PackageInfo:
        with self._ws.reading() as session:
            row = session.get(Package, package_id)
            if row is None:
                raise self._unknown(package_id)
            return self._info(row)

    def resolve(self, reference: str | None) -> PackageInfo:
        """A package by id, unique id prefix, or (when only one is open) by nothing at all."""
        packages = self.list()
        if not packages:
            raise WorkspaceError(
                translate(
                    "Packages",
                    "No package is open in this workspace yet; open one first "
                    "(juri workspace import PKG, or File → Open package… in the app).",
                ),
                code="no_package",
            )
        if reference is None:
            count = len(packages)
            if count == 1:
                return packages[0]
            raise WorkspaceError(
                translate(
                    "Packages",
                    "Say which package with --package: this workspace has %n package(s): {ids}.",
                    None,
                    count,
                ).format(ids=", ".join(p.id for p in packages)),
                code="ambiguous_package",
            )
        exact = [p for p in packages if p.id == reference]
        matches = exact or [p for p in packages if p.id.startswith(reference)]
        if len(matches) > 1:
            raise WorkspaceError(
                translate(
                    "Packages",
                    "'{id}' is the start of several package ids: {ids}. Give more of it.",
                ).format(id=reference, ids=", ".join(p.id for p in matches)),
                code="ambiguous_package",
            )
        if not matches:
            raise WorkspaceError(
                translate(
                    "Packages", "There is no package '{id}' in this workspace; it has: {ids}."
                ).format(id=reference, ids=", ".join(p.id for p in packages)),
                code="unknown_package",
            )
        return matches[0]

    def manifest(self, package_id: str) -> Manifest:
        with self._lock:
            cached = self._manifests.get(package_id)
        if cached is None:
            cached = manifest_from_json(self._stored_manifest(package_id))
            with self._lock:
                cached = self._manifests.setdefault(package_id, cached)
        return cached

    def terms(self, package_id: str) -> ScoringTerms:
        """What scoring needs of the package, without reading its submissions again (the
        stored manifest was read in full when it was imported): a command that saves one
        score then never reads thousands of submissions."""
        with self._lock:
            held = self._manifests.get(package_id)
            cached = held.terms if held is not None else self._terms.get(package_id)
        if cached is None:
            cached = terms_from_json(self._stored_manifest(package_id))
            with self._lock:
                cached = self._terms.setdefault(package_id, cached)
        return cached

    def _stored_manifest(self, package_id: str) -> Any:
        with self._ws.reading() as session:
            row = session.get(Package, package_id)
            if row is None:
                raise self._unknown(package_id)
            data = row.manifest
        return parse_strict(data, max_bytes=len(data))

    def generation(self, package_id: str) -> int:
        """How many times this service took a newer version of the package in: what caches
        of what a package assigns are kept against (no database read)."""
        with self._lock:
            return self._generations.get(package_id, 0)

    def read_file(self, package_id: str, entry: FileEntry) -> bytes:
        """A file of the package (a proposal PDF), checked against its hash on every read."""
        if entry.size > limits.MAX_SHOWN_PDF_BYTES:  # read at run time: tests lower it
            raise WorkspaceError(
                translate(
                    "Packages",
                    "{name} is too large to show in Juri ({mb} MB). Ask the "
                    "secretariat for a smaller copy.",
                ).format(name=entry.name, mb=entry.size // limits.MiB),
                code="too_large",
            )
        return read_member(self.get(package_id).archive, entry)

    def _info(self, row: Package, newly_imported: bool = False) -> PackageInfo:
        return PackageInfo(
            row.id,
            row.title,
            row.juror_id,
            row.signer_fingerprint,
            row.manifest_sha256,
            row.imported_at,
            self._ws.folder / row.archive,
            newly_imported,
        )

    def _unknown(self, reference: str) -> WorkspaceError:
        return WorkspaceError(
            translate("Packages", "There is no package '{id}' in this workspace.").format(
                id=reference
            ),
            code="unknown_package",
        )

    # --- importing -------------------------------------------------------------------------

    def import_package(
        self,
        source: Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> PackageInfo:
        identity = self._identity.require()
        folder = self._ws.folder / PACKAGES_DIR
        folder.mkdir(parents=True, exist_ok=True)
        incoming = folder / f"{INCOMING_PREFIX}{secrets.token_hex(8)}{INCOMING_SUFFIX}"
        try:
            size = _copy(Path(source), incoming, progress, cancelled)
            verified = open_package(
                incoming,
                progress=None if progress is None else lambda d, t: progress(size + d, size + t),
                cancelled=cancelled,
            )
            manifest = verified.manifest
            juror = manifest.juror_by_key(identity.public_key)
            if juror is None:
                raise WorkspaceError(
                    translate(
                        "Packages",
                        "This package's roster does not contain your key ({fingerprint})."
                        " Send your public key file to the secretariat and ask for a package that "
                        "includes you.",
                    ).format(fingerprint=identity.fingerprint),
                    code="not_in_roster",
                )
            assigned = manifest.assigned(juror.id)
            if not assigned:
                raise WorkspaceError(
                    translate(
                        "Packages", "This package assigns no submission to you ({id})."
                    ).format(id=juror.id),
                    code="nothing_assigned",
                )
            with self._ws.reading() as session:
                existing = session.get(Package, manifest.package_id)
                held = None if existing is None else self._info(existing)
            if held is not None:
                if held.manifest_sha256 == verified.manifest_sha256:
                    return held
                return self._update(held, verified, juror.id, incoming)
            archive = folder / f"{manifest.package_id}{PACKAGE_SUFFIX}"
            incoming.replace(archive)
            try:
                self._record(
                    manifest,
                    verified.manifest_bytes,
                    verified.manifest_sha256,
                    verified.signer_fingerprint,
                    juror.id,
                    archive,
                    assigned,
                )
            except BaseException:
                archive.unlink(missing_ok=True)
                raise
            with self._lock:
                self._manifests[manifest.package_id] = manifest
                self._terms.pop(manifest.package_id, None)
            return self._info_by_id(manifest.package_id, newly_imported=True)
        finally:
            with contextlib.suppress(OSError):
                incoming.unlink(missing_ok=True)

    def _update(
        self, held: PackageInfo, verified: VerifiedPackage, juror_id: str, incoming: Path
    ) -> PackageInfo:
        """A newer version of a package in the workspace (an amendment: more jurors and
        assignments) takes the place of the one held, every evaluation kept and the newly
        assigned submissions added; an older or unrelated one is refused, nothing changed.
        The new archive is written beside the old one, and the old one removed only once
        the workspace records the new (a crash in between leaves a spare file, not a gap)."""
        manifest, older = verified.manifest, self.manifest(held.id)
        if older.of_lineage(verified.manifest_sha256):
            raise WorkspaceError(
                translate(
                    "Packages",
                    "This is version {old} of package {id}; your workspace holds "
                    "version {held}, which already includes everything in it. Nothing was "
                    "changed.",
                ).format(old=manifest.version, id=held.id, held=older.version),
                code="older_version",
            )
        if manifest.version == older.version > 1:  # both amend the same version: a fork
            raise WorkspaceError(
                translate(
                    "Packages",
                    "Your workspace holds another version {version} of package {id}: the "
                    "secretariat signed two different amendments with the same version. Ask it "
                    "which one is in force. Nothing was changed.",
                ).format(version=older.version, id=held.id),
                code="rival_amendment",
            )
        if not manifest.of_lineage(held.manifest_sha256):
            raise WorkspaceError(
                translate(
                    "Packages",
                    "A different package with the same id ({id}) is already in your "
                    "workspace; the secretariat must give a new package a new id.",
                ).format(id=held.id),
                code="package_conflict",
            )
        problem = amendment_problem(older, held.manifest_sha256, manifest)
        if problem is not None:
            raise WorkspaceError(
                translate(
                    "Packages",
                    "Version {version} of package {id} cannot replace the version in "
                    "your workspace: {problem}. Nothing was changed; ask the secretariat.",
                ).format(version=manifest.version, id=held.id, problem=problem),
                code="not_an_amendment",
            )
        before = set(older.assigned(juror_id))
        added = tuple(code for code in manifest.assigned(juror_id) if code not in before)
        archive = incoming.parent / f"{held.id}.v{manifest.version}{PACKAGE_SUFFIX}"
        incoming.replace(archive)
        try:
            self._record(
                manifest,
                verified.manifest_bytes,
                verified.manifest_sha256,
                verified.signer_fingerprint,
                juror_id,
                archive,
                added,
                replaces=held,
            )
        except BaseException:
            archive.unlink(missing_ok=True)
            raise
        if held.archive != archive:
            with contextlib.suppress(OSError):
                held.archive.unlink(missing_ok=True)
        with self._lock:
            self._manifests[held.id] = manifest
            self._terms.pop(held.id, None)
            self._generations[held.id] = self._generations.get(held.id, 0) + 1
        return replace(
            self._info_by_id(held.id, newly_imported=True), replaced=older.version, added=added
        )

    def _info_by_id(self, package_id: str, newly_imported: bool) -> PackageInfo:
        with self._ws.reading() as session:
            return self._info(session.get_one(Package, package_id), newly_imported)

    def _record(
        self,
        manifest: Manifest,
        manifest_bytes: bytes,
        manifest_sha256: str,
        signer: str,
        juror_id: str,
        archive: Path,
        assigned: tuple[str, ...],
        *,
        replaces: PackageInfo | None = None,
    ) -> None:
        """Record a package opened, or (``replaces``) a newer version of one held, with an
        empty evaluation for each submission in ``assigned`` (for a newer version: those it
        adds), in one transaction with its audit entry."""
        now = self._ws.clock()
        relative = str(archive.relative_to(self._ws.folder).as_posix())
        with self._ws.transaction() as session:
            if replaces is None:
                session.add(
                    Package(
                        id=manifest.package_id,
                        manifest_sha256=manifest_sha256,
                        manifest=manifest_bytes,
                        signer_fingerprint=signer,
                        juror_id=juror_id,
                        archive=relative,
                        title=manifest.title,
                        imported_at=now,
                    )
                )
            else:
                row = session.get_one(Package, manifest.package_id)
                row.manifest_sha256, row.manifest, row.archive = (
                    manifest_sha256,
                    manifest_bytes,
                    relative,
                )
            session.flush()
            position = {s.code: i for i, s in enumerate(manifest.submissions)}
            listed = {s.code: s for s in manifest.submissions}
            for code in sorted(assigned, key=position.__getitem__):
                s = listed[code]
                session.add(
                    Submission(
                        package_id=manifest.package_id,
                        code=code,
                        position=position[code],
                        title=s.title,
                        agency=s.agency,
                        group_name=s.group,
                        cluster=s.cluster,
                        category=s.category,
                    )
                )
            session.flush()
            connection = session.connection()
            evaluations.add_blank(connection, manifest.package_id, assigned)
            action, detail = (
                ("import_package", {"signer": signer, "assigned": len(assigned)})
                if replaces is None
                else (
                    "update_package",
                    {
                        "version": manifest.version,
                        "replaces": replaces.manifest_sha256,
                        "added": list(assigned),
                    },
                )
            )
            audit.append(
                connection,
                at=now,
                actor=juror_id,
                action=action,
                package_id=manifest.package_id,
                detail={"manifest_sha256": manifest_sha256, **detail},
            )


def _copy(
    source: Path, target: Path, progress: Progress | None, cancelled: Callable[[], bool] | None
) -> int:
    """Copy a package into the workspace in chunks, reporting progress and honouring cancel."""
    try:
        total = source.stat().st_size
        done = 0
        with source.open("rb") as reader, target.open("wb") as writer:
            while chunk := reader.read(COPY_CHUNK):
                writer.write(chunk)
                done += len(chunk)
                if cancelled is not None and cancelled():
                    raise Cancelled(translate("Packages", "Opening the package was cancelled."))
                if progress is not None:
                    progress(done, 2 * total)
    except OSError as exc:
        raise WorkspaceError(
            translate(
                "Packages", "Cannot copy the package {path} into the workspace: {error}"
            ).format(path=source, error=os_problem(exc)),
            code="unreadable",
        ) from exc
    return total
