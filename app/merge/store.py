"""The merge store: the chair's imported files and decisions, kept across sessions.

SQLite by default (a file path, or a ``sqlite:///…`` URL); PostgreSQL when given a SQLAlchemy
URL (``postgresql+psycopg://user@host/db``) so a secretariat can share one store. Files are
kept byte for byte, once per content; each merge records every file's latest status. The
schema is migrated forward at opening, with Alembic scripts of its own
(``app/merge/migrations``, version table ``merge_alembic_version``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import JuriError
from app.i18n import translate
from app.merge.intake import InputFile
from app.merge.keys import AcceptedKey, taken
from app.merge.models import VERSION_TABLE, StoredDecision, StoredFile
from app.merge.statuses import FileVerdict
from app.storage.database import sqlite_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
ACCEPT_KEY = "accept_key"


class StoreError(JuriError):
    code = "store_error"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def store_url(target: str | Path) -> str:
    """A SQLAlchemy URL for ``target``: a URL as it is, a path as a SQLite file."""
    text = str(target)
    return text if "://" in text else f"sqlite:///{Path(text).expanduser().resolve()}"


def create_store_engine(target: str | Path) -> Engine:
    url = store_url(target)
    try:
        if url.startswith("sqlite"):
            engine = sqlite_engine(url)  # Juri's pragmas (app/storage/database.py)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(
            translate("Store", "Cannot use the merge store {url}: {error}").format(
                url=_safe(url), error=exc
            )
        ) from exc
    return engine


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (SQLAlchemyError, ValueError):
        return "?"


def alembic_config() -> Config:
    """Alembic is imported here, when a store is opened, not with this module: every
    ``juri`` start imports the command line, and importing Alembic would slow the juror's
    window's start (docs/performance.md)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def migrate(engine: Engine) -> None:
    """Bring the store's schema to the newest revision (cheap when it is there already)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.begin() as connection:
        context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
        if context.get_current_revision() == head:
            return
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class MergeStore:
    """Open with ``MergeStore(target)``; use as a context manager to close it."""

    def __init__(self, target: str | Path) -> None:
        self.url = store_url(target)
        if self.url.startswith("sqlite:///"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_store_engine(target)
        try:
            migrate(self.engine)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(
                translate("Store", "Cannot open the merge store {url}: {error}").format(
                    url=_safe(self.url), error=exc.__class__.__name__
                )
            ) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def __enter__(self) -> MergeStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        try:
            with self._sessions() as session, session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(
                translate("Store", "The merge store failed: {error}").format(
                    error=exc.__class__.__name__
                )
            ) from exc

    def add_files(self, package_id: str, manifest_sha256: str, files: Iterable[InputFile]) -> int:
        """Keep every readable file not kept yet for any version of the package (recording
        the version open when it came, ``manifest_sha256``); returns how many were new."""
        added = 0
        with self.transaction() as session:
            known = set(
                session.scalars(
                    select(StoredFile.sha256).where(StoredFile.package_id == package_id)
                )
            )
            now = _now()
            for item in files:
                if item.error is not None:
                    continue
                digest = hashlib.sha256(item.data).hexdigest()
                if digest in known:
                    continue
                known.add(digest)
                session.add(
                    StoredFile(
                        package_id=package_id,
                        manifest_sha256=manifest_sha256,
                        sha256=digest,
                        name=item.name,
                        data=item.data,
                        imported_at=now,
                    )
                )
                added += 1
        return added

    def files(self, package_id: str) -> list[InputFile]:
        """Every kept file of the package, whichever version was open when it came, in the
        order they were imported: results made for any version merge together."""
        with self.transaction() as session:
            return [InputFile(row.name, row.data) for row in self._kept(session, package_id)]

    @staticmethod
    def _kept(session: Session, package_id: str) -> list[StoredFile]:
        """The package's kept files, each content once (a store made before files were kept
        per package, not per version, may hold one twice: the first import counts)."""
        rows = session.scalars(
            select(StoredFile).where(StoredFile.package_id == package_id).order_by(StoredFile.id)
        )
        first: dict[str, StoredFile] = {}
        for row in rows:
            first.setdefault(row.sha256, row)
        return list(first.values())

    def record_statuses(self, package_id: str, verdicts: Iterable[FileVerdict]) -> None:
        """Remember each kept file's status from a merge of exactly :meth:`files`."""
        top = [v for v in verdicts if v.inside is None]
        with self.transaction() as session:
            for row, verdict in zip(self._kept(session, package_id), top, strict=False):
                row.status, row.reason = verdict.status.value, verdict.reason
                row.juror_id, row.sequence = verdict.juror, verdict.sequence

    def statuses(self, package_id: str) -> list[StoredFile]:
        with self.transaction() as session:
            return list(
                session.scalars(
                    select(StoredFile)
                    .where(StoredFile.package_id == package_id)
                    .order_by(StoredFile.id)
                )
            )

    def accept_keys(self, package_id: str, keys: Iterable[AcceptedKey], note: str = "") -> int:
        """Record, in one transaction, that the chair accepts results signed by each key's
        fingerprint for its juror (checked against the roster by the caller); returns how many
        were new. A key accepted for another juror refuses them all
        (:class:`~app.merge.keys.KeyRefused`); one an older Juri recorded for no juror is bound
        to the juror given."""
        added = 0
        with self.transaction() as session:
            for key in keys:
                row = session.scalar(
                    select(StoredDecision).where(
                        StoredDecision.package_id == package_id,
                        StoredDecision.decision == ACCEPT_KEY,
                        StoredDecision.subject == key.fingerprint,
                    )
                )
                if row is None:
                    session.add(
                        StoredDecision(
                            package_id=package_id,
                            decision=ACCEPT_KEY,
                            subject=key.fingerprint,
                            juror_id=key.juror,
                            note=note,
                            decided_at=_now(),
                        )
                    )
                    session.flush()
                elif row.juror_id is None:
                    row.juror_id, row.note, row.decided_at = key.juror, note, _now()
                elif row.juror_id != key.juror:
                    raise taken(key.fingerprint, key.juror, row.juror_id)
                else:
                    continue
                added += 1
        return added

    def accepted_keys(self, package_id: str) -> list[AcceptedKey]:
        """The keys accepted for a juror, in the order the chair accepted them (those an
        older Juri accepted for nobody in particular are :meth:`unbound_keys`)."""
        with self.transaction() as session:
            rows = session.execute(
                select(StoredDecision.juror_id, StoredDecision.subject)
                .where(
                    StoredDecision.package_id == package_id,
                    StoredDecision.decision == ACCEPT_KEY,
                )
                .order_by(StoredDecision.id)
            )
            return [
                AcceptedKey(juror, fingerprint) for juror, fingerprint in rows if juror is not None
            ]

    def unbound_keys(self, package_id: str) -> list[str]:
        """Fingerprints an older Juri accepted for no juror in particular: they count for
        nobody until accepted again for their juror (merge store revision m0002)."""
        with self.transaction() as session:
            return list(
                session.scalars(
                    select(StoredDecision.subject)
                    .where(
                        StoredDecision.package_id == package_id,
                        StoredDecision.decision == ACCEPT_KEY,
                        StoredDecision.juror_id.is_(None),
                    )
                    .order_by(StoredDecision.id)
                )
            )

    def decisions(self, package_id: str) -> list[StoredDecision]:
        with self.transaction() as session:
            return list(
                session.scalars(
                    select(StoredDecision)
                    .where(StoredDecision.package_id == package_id)
                    .order_by(StoredDecision.id)
                )
            )
