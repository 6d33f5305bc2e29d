"""Tables of the merge store: the files a chair imported, their last status, and decisions.

Separate from the juror's workspace (its own database, its own Alembic history in
``app/merge/migrations`` with its own version table), so the two schemas never mix. Works on
SQLite (one chair) and PostgreSQL (a secretariat sharing one store).
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, LargeBinary, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.storage.models import NAMING_CONVENTION

VERSION_TABLE = "merge_alembic_version"


class MergeBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class StoredFile(MergeBase):
    """An imported file, kept byte for byte so the merge can be run again at any time."""

    __tablename__ = "merge_files"
    __table_args__ = (
        UniqueConstraint("package_id", "manifest_sha256", "sha256"),
        Index("ix_merge_files_package", "package_id", "manifest_sha256"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str] = mapped_column(String(64))
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))  # of the bytes as imported
    name: Mapped[str] = mapped_column(Text)  # where it was imported from
    data: Mapped[bytes] = mapped_column(LargeBinary)
    imported_at: Mapped[str] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(32), default=None)  # of the last merge
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    juror_id: Mapped[str | None] = mapped_column(String(64), default=None)
    sequence: Mapped[int | None] = mapped_column(Integer, default=None)


class StoredDecision(MergeBase):
    """A decision of the chair: accepting a juror's new key (by its fingerprint) for that juror.

    ``juror_id`` is empty only in a decision recorded before keys were bound to jurors (merge
    store revision m0001): such a key counts for nobody until the chair accepts it again for
    its juror, which fills the column in (see :meth:`MergeStore.accept_key
    <app.merge.store.MergeStore.accept_key>`)."""

    __tablename__ = "merge_decisions"
    __table_args__ = (UniqueConstraint("package_id", "decision", "subject"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(32))  # "accept_key"
    subject: Mapped[str] = mapped_column(String(64))  # the fingerprint
    juror_id: Mapped[str | None] = mapped_column(String(64), default=None)  # whose key it is
    note: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[str] = mapped_column(String(32))
