"""Exporting the juror's signed result file for a package.

The sequence number is reserved (and the export audited) in one transaction before the file is
written, so two files never share a number; the file is written atomically, so a full or
read-only USB stick leaves any earlier export intact. A wrong passphrase stops everything
before anything is reserved or written.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app import __version__
from app.atomic import atomic_write_bytes
from app.crypto.envelope import sign_payload
from app.errors import WorkspaceError
from app.formats.fields import FieldError
from app.formats.result import (
    MAX_RESULT_BYTES,
    PactAcceptance,
    evaluation_to_json,
    parse_result_payload,
    result_payload,
)
from app.i18n import os_problem, translate
from app.limits import MiB
from app.paths import RESULT_SUFFIX
from app.services import sequence_mark
from app.services.identity import IdentityService
from app.services.packages import PackageService
from app.services.safekeeping import write_advice
from app.services.workspace import Workspace
from app.storage import audit, evaluations
from app.storage.models import Export


@dataclass(frozen=True)
class ExportInfo:
    path: Path
    sequence: int
    sha256: str
    evaluations: int


def result_file_name(juror_id: str, package_id: str, sequence: int) -> str:
    return f"{juror_id}_{package_id}_v{sequence}{RESULT_SUFFIX}"


class ResultService:
    def __init__(
        self, workspace: Workspace, identity: IdentityService, packages: PackageService
    ) -> None:
        self._ws = workspace
        self._identity = identity
        self._packages = packages

    def export(self, package_id: str, passphrase: str, destination: Path) -> ExportInfo:
        """Sign and write the result file; ``destination`` is a folder or a file name.

        The evaluations and the audit head the file commits to are read in one snapshot, so
        a save made meanwhile on another thread is either in both or in neither."""
        ws = self._ws
        package = self._packages.get(package_id)
        manifest = self._packages.manifest(package_id)
        identity = self._identity.require()
        accepted_at, version = identity.pact_accepted_at, identity.pact_version
        if not identity.pact_accepted or accepted_at is None or version is None:
            # as the app, which asks for it before anything else
            raise WorkspaceError(
                translate(
                    "Export",
                    "Accept the integrity pact before signing your results: read it with "
                    "'juri workspace pact' and accept it with 'juri workspace pact --accept' (the "
                    "app asks for it when it starts).",
                ),
                code="no_pact",
            )
        pair = self._identity.unlock(passphrase)
        juror = manifest.juror(package.juror_id)
        if juror is None or juror.public_key != pair.public_key:
            raise WorkspaceError(
                translate(
                    "Export",
                    "Your key is not the key the package's roster has for you; "
                    "results signed with it would not be accepted.",
                ),
                code="key_mismatch",
            )
        destination = Path(destination)
        if destination.exists() and not destination.is_dir() and not destination.is_file():
            raise WorkspaceError(
                translate("Export", "Cannot write to {path}.").format(path=destination),
                code="bad_destination",
            )
        if not destination.parent.is_dir() and not destination.is_dir():
            raise WorkspaceError(
                translate("Export", "The folder {path} does not exist.").format(
                    path=destination.parent
                ),
                code="bad_destination",
            )

        now = ws.clock()
        with ws.transaction() as session:
            sequence = (
                max(
                    session.scalar(
                        select(func.max(Export.sequence)).where(Export.package_id == package_id)
                    )
                    or 0,
                    sequence_mark.highest(ws.folder, package_id),
                )
                + 1
            )  # above a restored backup
            try:
                sequence_mark.record(ws.folder, package_id, sequence)
            except OSError as exc:
                raise WorkspaceError(
                    translate(
                        "Export",
                        "Juri could not reserve a version number for the result file "
                        "({error}). {advice}",
                    ).format(error=os_problem(exc), advice=write_advice(exc, ws.folder)),
                    code="write_failed",
                ) from exc
            record = Export(package_id=package_id, sequence=sequence, created_at=now)
            session.add(record)
            audit.append(
                session.connection(),
                at=now,
                actor=package.juror_id,
                action="export_result",
                package_id=package_id,
                detail={"sequence": sequence},
            )
            session.flush()
            record_id = record.id

        with ws.reading() as session:
            connection = session.connection()
            head = audit.head(connection)
            stored = evaluations.load_all(connection, package_id, with_data=True)
        payload = result_payload(
            package_id=package_id,
            manifest_sha256=package.manifest_sha256,
            juror_id=package.juror_id,
            juror_name=juror.name,
            public_key=pair.public_key,
            sequence=sequence,
            created=now,
            generator=f"Juri {__version__}",
            pact=PactAcceptance(accepted_at, version),
            audit_seq=head.seq,
            audit_hash=head.hash,
            evaluations=[
                evaluation_to_json(
                    e,
                    manifest.rubric,
                    e.status(manifest.rubric, manifest.round.kind, manifest.checklist),
                )
                for e in stored
            ],
        )
        data = sign_payload(payload, pair)
        if len(data) > MAX_RESULT_BYTES:  # never a file the chair's reader would refuse
            raise WorkspaceError(
                translate(
                    "Export",
                    "The result file would be {mb} MB, more than the {limit} MB a result "
                    "file may have. Remove some evidence, or attach smaller copies of the photos.",
                ).format(mb=len(data) // MiB + 1, limit=MAX_RESULT_BYTES // MiB),
                code="result_too_large",
            )
        _refuse_unreadable(data)
        target = (
            destination / result_file_name(package.juror_id, package_id, sequence)
            if destination.is_dir()
            else destination
        )
        try:
            atomic_write_bytes(target, data)
        except OSError as exc:
            raise WorkspaceError(
                translate(
                    "Export",
                    "The result file could not be written to {path}: {error}. Any earlier "
                    "file there is unchanged.",
                ).format(path=target, error=os_problem(exc)),
                code="write_failed",
            ) from exc
        digest = hashlib.sha256(data).hexdigest()
        with ws.transaction() as session:
            record = session.get_one(Export, record_id)
            record.path, record.sha256 = str(target), digest
        return ExportInfo(target, sequence, digest, len(stored))

    def history(self, package_id: str) -> list[Export]:
        with self._ws.reading() as session:
            return list(
                session.scalars(
                    select(Export).where(Export.package_id == package_id).order_by(Export.sequence)
                )
            )


def _refuse_unreadable(data: bytes) -> None:
    """Never a file the chair's reader refuses: a text saved before Juri refused control
    characters at input (an older workspace) would make the whole result malformed."""
    try:
        parse_result_payload(json.loads(data)["payload"])
    except FieldError as exc:
        raise WorkspaceError(
            translate(
                "Export",
                "The result file would not be readable ({problem}); change that text or "
                "evidence and export again.",
            ).format(problem=exc),
            code="result_unreadable",
        ) from exc
