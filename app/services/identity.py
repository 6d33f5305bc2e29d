"""Who the juror of this workspace is: id, name, key pair, and the integrity pact."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.crypto.keys import (
    KeyPair,
    check_new_passphrase,
    decode_public_key,
    encode_public_key,
    read_private_key,
    write_private_key,
    write_public_key,
)
from app.errors import KeyFileError, WorkspaceError
from app.formats.fields import IDENTIFIER, one_line_problem
from app.i18n import translate
from app.pact import pact_version
from app.paths import PUBLIC_KEY_SUFFIX
from app.services.workspace import Workspace
from app.storage import audit
from app.storage.models import Identity

KEY_FILE = "keys/juror.key"
PUBLIC_KEY_FILE = f"keys/juror{PUBLIC_KEY_SUFFIX}"


@dataclass(frozen=True)
class IdentityInfo:
    juror_id: str
    name: str
    public_key: bytes
    fingerprint: str
    key_file: Path
    public_key_file: Path
    pact_accepted_at: str | None
    pact_version: str | None

    @property
    def pact_accepted(self) -> bool:
        return self.pact_accepted_at is not None and self.pact_version == pact_version()


class IdentityService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def get(self) -> IdentityInfo | None:
        with self._ws.reading() as session:
            row = session.get(Identity, 1)
            return None if row is None else self._info(row)

    def require(self) -> IdentityInfo:
        info = self.get()
        if info is None:
            raise WorkspaceError(
                translate(
                    "Identity",
                    "This workspace has no juror key yet. Create one first "
                    "(juri keys new, or the first-run wizard).",
                ),
                code="no_identity",
            )
        return info

    def _info(self, row: Identity) -> IdentityInfo:
        return IdentityInfo(
            juror_id=row.juror_id,
            name=row.name,
            public_key=decode_public_key(row.public_key),
            fingerprint=row.fingerprint,
            key_file=self._ws.folder / row.key_file,
            public_key_file=self._ws.folder / PUBLIC_KEY_FILE,
            pact_accepted_at=row.pact_accepted_at,
            pact_version=row.pact_version,
        )

    def create(self, juror_id: str, name: str, passphrase: str) -> IdentityInfo:
        """Make the juror's key pair and record who they are; refused if one exists."""
        if self.get() is not None:
            raise WorkspaceError(
                translate(
                    "Identity", "This workspace already has a juror key; it is never replaced."
                ),
                code="identity_exists",
            )
        if not IDENTIFIER.fullmatch(juror_id):
            raise WorkspaceError(
                translate(
                    "Identity", "The juror id may use only letters, digits, '.', '_' and '-'."
                ),
                code="invalid_juror_id",
            )
        if not name.strip():
            raise WorkspaceError(translate("Identity", "Enter your name."), code="invalid_name")
        problem = one_line_problem(name.strip())
        if problem is not None:  # signed into every result file as the juror's name
            raise WorkspaceError(
                translate("Identity", "Your name {problem}.").format(problem=problem),
                code="invalid_name",
            )
        check_new_passphrase(passphrase)
        pair = KeyPair.generate(label=f"{name.strip()} ({juror_id})")
        write_private_key(self._ws.folder / KEY_FILE, pair, passphrase)
        write_public_key(self._ws.folder / PUBLIC_KEY_FILE, pair.public_key, pair.label)
        now = self._ws.clock()
        with self._ws.transaction() as session:
            session.add(
                Identity(
                    id=1,
                    juror_id=juror_id,
                    name=name.strip(),
                    public_key=encode_public_key(pair.public_key),
                    fingerprint=pair.fingerprint,
                    key_file=KEY_FILE,
                    created_at=now,
                )
            )
            audit.append(
                session.connection(),
                at=now,
                actor=juror_id,
                action="create_identity",
                detail={"fingerprint": pair.fingerprint, "name": name.strip()},
            )
        return self.require()

    def unlock(self, passphrase: str) -> KeyPair:
        """The juror's key pair; a wrong passphrase raises and changes nothing. A key file
        swapped for another juror's (copied between laptops) is named as such."""
        info = self.require()
        pair = read_private_key(info.key_file, passphrase)
        if pair.public_key != info.public_key:
            raise KeyFileError(
                translate(
                    "Identity",
                    "The key file {path} holds the key {found}, not your key {expected}: "
                    "it belongs to someone else. Put your own key file back.",
                ).format(path=info.key_file, found=pair.fingerprint, expected=info.fingerprint),
                code="key_not_yours",
            )
        return pair

    def accept_pact(self) -> IdentityInfo:
        info = self.require()
        now, version = self._ws.clock(), pact_version()
        with self._ws.transaction() as session:
            row = session.get_one(Identity, 1)
            row.pact_accepted_at, row.pact_version = now, version
            audit.append(
                session.connection(),
                at=now,
                actor=info.juror_id,
                action="accept_pact",
                detail={"version": version},
            )
        return self.require()

    def export_public_key(self, target: Path) -> Path:
        """Write the public key file (what the secretariat needs) to ``target``."""
        info = self.require()
        if target.is_dir():
            target = target / f"{info.juror_id}{PUBLIC_KEY_SUFFIX}"
        write_public_key(target, info.public_key, f"{info.name} ({info.juror_id})")
        return target
