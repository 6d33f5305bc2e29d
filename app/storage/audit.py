"""The hash-chained audit log: who changed what, when, each entry sealing the one before.

``hash = SHA-256(JCS({"seq", "at", "actor", "action", "package", "subject", "detail", "prev"}))``
with ``prev`` the previous entry's hash (64 zeros for the first). Changing, removing or
reordering any entry breaks every hash after it; the head (last seq and hash) goes into each
signed result file, so the chair holds a commitment to the whole history.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.canonical import canonical_bytes
from app.storage.models import AuditEntry

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditHead:
    seq: int
    hash: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    length: int
    head: AuditHead
    broken_at: int | None = None  # first seq whose hash does not hold


def entry_hash(seq: int, at: str, actor: str, action: str, package_id: str | None,
               subject: str | None, detail: dict[str, Any], prev: str) -> str:
    return hashlib.sha256(canonical_bytes({
        "seq": seq, "at": at, "actor": actor, "action": action, "package": package_id,
        "subject": subject, "detail": detail, "prev": prev,
    })).hexdigest()


def head(session: Session) -> AuditHead:
    """The last entry: one added in this session and not yet written, else the stored one.

    This must not make the session flush its pending changes first (the commit writes them
    in one go), and reads two columns, not an entity."""
    pending = [o for o in session.new if isinstance(o, AuditEntry)]
    if pending:
        last = max(pending, key=lambda entry: entry.seq)
        return AuditHead(last.seq, last.hash)
    stored = session.connection().exec_driver_sql(_HEAD).first()  # the connection: no autoflush
    return _head_of(stored)


_HEAD = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
_INSERT = ("INSERT INTO audit_log (seq, at, actor, action, package_id, subject, detail, "
           "prev_hash, hash) VALUES (:seq, :at, :actor, :action, :package_id, :subject, "
           ":detail, :prev_hash, :hash)")


def _head_of(stored: tuple[int, str] | None) -> AuditHead:
    return AuditHead(stored[0], stored[1]) if stored else AuditHead(0, GENESIS)


def append(session: Session, *, at: str, actor: str, action: str, package_id: str | None = None,
           subject: str | None = None, detail: dict[str, Any] | None = None) -> AuditEntry:
    """Add the next entry inside the caller's transaction (so the change and its record
    commit together or not at all)."""
    entry = AuditEntry(**_next_entry(head(session), at, actor, action, package_id, subject,
                                     detail))
    session.add(entry)
    return entry


def insert(cursor: sqlite3.Cursor, *, at: str, actor: str, action: str,
           package_id: str | None = None, subject: str | None = None,
           detail: dict[str, Any] | None = None) -> None:
    """:func:`append` for the juror's every keystroke-level save: one INSERT on the DB-API
    cursor of the save's transaction (see :meth:`Workspace.saving`), where the ORM's unit of
    work, and even SQLAlchemy Core's per-statement work, cost more than the write itself."""
    previous = _head_of(cursor.execute(_HEAD).fetchone())
    cursor.execute(_INSERT, _next_entry(previous, at, actor, action, package_id, subject,
                                        detail))


def _next_entry(previous: AuditHead, at: str, actor: str, action: str, package_id: str | None,
                subject: str | None, detail: dict[str, Any] | None) -> dict[str, Any]:
    detail = detail or {}
    seq = previous.seq + 1
    return {
        "seq": seq, "at": at, "actor": actor, "action": action, "package_id": package_id,
        "subject": subject, "detail": canonical_bytes(detail).decode("utf-8"),
        "prev_hash": previous.hash,
        "hash": entry_hash(seq, at, actor, action, package_id, subject, detail, previous.hash),
    }


def verify_chain(session: Session) -> ChainReport:
    """Recompute every hash in order; report the first entry where the chain breaks."""
    prev, expected_seq, last = GENESIS, 1, AuditHead(0, GENESIS)
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for entry in rows.yield_per(2000):
        detail = json.loads(entry.detail)
        recomputed = entry_hash(entry.seq, entry.at, entry.actor, entry.action, entry.package_id,
                                entry.subject, detail, prev)
        if entry.seq != expected_seq or entry.prev_hash != prev or entry.hash != recomputed:
            return ChainReport(False, expected_seq - 1, last, broken_at=entry.seq)
        prev, last, expected_seq = entry.hash, AuditHead(entry.seq, entry.hash), expected_seq + 1
    return ChainReport(True, expected_seq - 1, last)
