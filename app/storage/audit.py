"""The hash-chained audit log: who changed what, when, each entry sealing the one before.

``hash = SHA-256(JCS({"seq", "at", "actor", "action", "package", "subject", "detail", "prev"}))``
with ``prev`` the previous entry's hash (64 zeros for the first). Changing, removing or
reordering any entry breaks every hash after it; the head (last seq and hash) goes into each
signed result file, so the chair holds a commitment to the whole history.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from app.canonical import canonical_bytes
from app.storage.models import AuditEntry, Base

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


def entry_hash(
    seq: int,
    at: str,
    actor: str,
    action: str,
    package_id: str | None,
    subject: str | None,
    detail: dict[str, Any],
    prev: str,
) -> str:
    return hashlib.sha256(
        canonical_bytes(
            {
                "seq": seq,
                "at": at,
                "actor": actor,
                "action": action,
                "package": package_id,
                "subject": subject,
                "detail": detail,
                "prev": prev,
            }
        )
    ).hexdigest()


_LOG = Base.metadata.tables[AuditEntry.__tablename__]
_HEAD = select(_LOG.c.seq, _LOG.c.hash).order_by(_LOG.c.seq.desc()).limit(1)
_INSERT = insert(_LOG)


def head(connection: Connection) -> AuditHead:
    """The last entry, as seen by the caller's transaction."""
    stored = connection.execute(_HEAD).first()
    return AuditHead(stored[0], stored[1]) if stored else AuditHead(0, GENESIS)


def append(
    connection: Connection,
    *,
    at: str,
    actor: str,
    action: str,
    package_id: str | None = None,
    subject: str | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditHead:
    """Write the next entry inside the caller's transaction (so the change and its record
    commit together or not at all), on its Core connection (an ORM session's is
    ``session.connection()``); the new head."""
    entry = _next_entry(head(connection), at, actor, action, package_id, subject, detail)
    connection.execute(_INSERT, entry)
    return AuditHead(entry["seq"], entry["hash"])


def _next_entry(
    previous: AuditHead,
    at: str,
    actor: str,
    action: str,
    package_id: str | None,
    subject: str | None,
    detail: dict[str, Any] | None,
) -> dict[str, Any]:
    detail = detail or {}
    seq = previous.seq + 1
    return {
        "seq": seq,
        "at": at,
        "actor": actor,
        "action": action,
        "package_id": package_id,
        "subject": subject,
        "detail": canonical_bytes(detail).decode("utf-8"),
        "prev_hash": previous.hash,
        "hash": entry_hash(seq, at, actor, action, package_id, subject, detail, previous.hash),
    }


def verify_chain(session: Session) -> ChainReport:
    """Recompute every hash in order; report the first entry where the chain breaks."""
    prev, expected_seq, last = GENESIS, 1, AuditHead(0, GENESIS)
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for entry in rows.yield_per(2000):
        detail = json.loads(entry.detail)
        recomputed = entry_hash(
            entry.seq,
            entry.at,
            entry.actor,
            entry.action,
            entry.package_id,
            entry.subject,
            detail,
            prev,
        )
        if entry.seq != expected_seq or entry.prev_hash != prev or entry.hash != recomputed:
            return ChainReport(False, expected_seq - 1, last, broken_at=entry.seq)
        prev, last, expected_seq = entry.hash, AuditHead(entry.seq, entry.hash), expected_seq + 1
    return ChainReport(True, expected_seq - 1, last)
