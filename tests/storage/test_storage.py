"""The workspace database: migrations build exactly the models' schema; pragmas hold; the
audit chain notices any change made behind Juri's back."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.storage import audit
from app.storage.database import create_sqlite_engine, migrate, session_factory
from app.storage.models import Base


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "w.sqlite3")
    migrate(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    migrate(engine)  # a second start-up is a no-op


def test_sqlite_runs_in_wal_with_foreign_keys_and_full_sync(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "w.sqlite3")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_the_audit_chain_detects_edits_deletions_and_reordering(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "w.sqlite3")
    migrate(engine)
    sessions = session_factory(engine)
    with sessions() as session, session.begin():
        for i in range(5):
            audit.append(session, at=f"2026-01-0{i + 1}T00:00:00.000Z", actor="J01",
                         action="set_score", package_id="p", subject="S1",
                         detail={"criterion": "A", "value": str(i)})
    with sessions() as session:
        report = audit.verify_chain(session)
        assert report.ok and report.length == 5 and report.head.seq == 5

    def broken_after(sql: str) -> int | None:
        with engine.begin() as connection:
            connection.execute(text(sql))
        with sessions() as session:
            return audit.verify_chain(session).broken_at

    assert broken_after("UPDATE audit_log SET detail='{\"criterion\":\"A\",\"value\":\"9\"}' "
                        "WHERE seq=3") == 3


def test_deleting_an_entry_breaks_the_chain(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "w.sqlite3")
    migrate(engine)
    sessions = session_factory(engine)
    with sessions() as session, session.begin():
        for i in range(3):
            audit.append(session, at="t", actor="J01", action="x", detail={"i": i})
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE seq=2"))
    with sessions() as session:
        assert audit.verify_chain(session).broken_at == 3
