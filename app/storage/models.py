"""Tables of the juror's workspace.

One workspace belongs to one juror (one identity, one key) and holds every package that juror
opened, an evaluation row per assigned submission, the scores, the audit log and the exports.
The manifest of each package is kept verbatim (its signed bytes), so nothing it says is lost.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Constraint names Alembic's batch mode (SQLite) can find again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Identity(Base):
    """The juror this workspace belongs to (a single row)."""

    __tablename__ = "identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    juror_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw 32 bytes
    fingerprint: Mapped[str] = mapped_column(String(32))
    key_file: Mapped[str] = mapped_column(String(300))  # relative to the workspace folder
    created_at: Mapped[str] = mapped_column(String(32))
    pact_accepted_at: Mapped[str | None] = mapped_column(String(32), default=None)
    pact_version: Mapped[str | None] = mapped_column(String(80), default=None)


class Package(Base):
    __tablename__ = "packages"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    manifest: Mapped[bytes] = mapped_column(LargeBinary)  # the signed canonical bytes
    signer_fingerprint: Mapped[str] = mapped_column(String(32))
    juror_id: Mapped[str] = mapped_column(String(64))  # this juror's id in the package roster
    archive: Mapped[str] = mapped_column(String(300))  # verified copy, relative path
    title: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[str] = mapped_column(String(32))


class Submission(Base):
    """An assigned submission, denormalised from the manifest for fast lists and filters."""

    __tablename__ = "submissions"
    __table_args__ = (Index("ix_submissions_package_position", "package_id", "position"),)

    package_id: Mapped[str] = mapped_column(
        ForeignKey("packages.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    agency: Mapped[str] = mapped_column(Text)
    group_name: Mapped[str] = mapped_column(String(200), default="")
    cluster: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(200), default="")


class Evaluation(Base):
    __tablename__ = "evaluations"
    __table_args__ = (
        UniqueConstraint("package_id", "submission_code"),
        ForeignKeyConstraint(
            ["package_id", "submission_code"],
            ["submissions.package_id", "submissions.code"],
            ondelete="CASCADE",
        ),
        Index("ix_evaluations_package_status", "package_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str] = mapped_column(String(64))
    submission_code: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    total: Mapped[str] = mapped_column(String(16), default="0.00")  # rounded, for lists
    overall_comment: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(String(16), default="")
    video_watched: Mapped[bool] = mapped_column(Boolean, default=False)
    field_notes: Mapped[str] = mapped_column(Text, default="")
    recusal_reason: Mapped[str | None] = mapped_column(Text, default=None)
    updated_at: Mapped[str] = mapped_column(String(32), default="")
    # an interview's questions and notes, as JSON (written and read whole by
    # app/storage/evaluations.py); "" when there are none
    questions: Mapped[str] = mapped_column(Text, default="", server_default="")


class Score(Base):
    __tablename__ = "scores"

    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), primary_key=True
    )
    criterion_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(String(40), default=None)  # canonical decimal text
    comment: Mapped[str] = mapped_column(Text, default="")


class ChecklistMark(Base):
    __tablename__ = "checklist_marks"

    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), primary_key=True
    )
    item_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    checked: Mapped[bool] = mapped_column(Boolean, default=False)


class EvidenceFile(Base):
    """A file attached to an evaluation on a field visit, its bytes kept here with the
    evaluation, so a backup or a crash keeps both or neither (a few MB, written rarely)."""

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("evaluation_id", "sha256"),)

    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)  # the order attached
    name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[str | None] = mapped_column(String(32), default=None)
    place: Mapped[str | None] = mapped_column(String(40), default=None)
    added_at: Mapped[str] = mapped_column(String(32))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AuditEntry(Base):
    """One change, chained to the one before by its hash (see :mod:`app.storage.audit`)."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    package_id: Mapped[str | None] = mapped_column(String(64), default=None)
    subject: Mapped[str | None] = mapped_column(String(64), default=None)
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Export(Base):
    __tablename__ = "exports"
    __table_args__ = (UniqueConstraint("package_id", "sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str] = mapped_column(ForeignKey("packages.id", ondelete="CASCADE"))
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))
    path: Mapped[str | None] = mapped_column(Text, default=None)
    sha256: Mapped[str | None] = mapped_column(String(64), default=None)
