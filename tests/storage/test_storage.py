"""The workspace database: migrations build exactly the models' schema; pragmas hold; the
audit chain notices any change made behind Juri's back."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from app.merge.store import create_store_engine
from app.storage import audit
from app.storage.database import create_sqlite_engine, migrate
from app.storage.housekeeping import Housekeeper
from app.storage.models import Base

#: what every connection to a database Juri writes must say, as SQLite reports it
PRAGMAS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "w.sqlite3")
    migrate(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    migrate(engine)  # a second start-up is a no-op


def pragmas(connection: sqlite3.Connection) -> dict[str, object]:
    return {name: connection.execute(f"PRAGMA {name}").fetchone()[0] for name in PRAGMAS}


def test_every_sqlite_connection_gets_the_same_pragmas(tmp_path: Path) -> None:
    """WAL, full sync, foreign keys and the busy wait, set in one place (app/storage/
    database.py): the workspace's engine, a chair's merge store in a file, and the
    housekeeping thread's own connection."""
    seen = {}
    for name, engine in (
        ("workspace", create_sqlite_engine(tmp_path / "w.sqlite3")),
        ("merge store", create_store_engine(tmp_path / "m.sqlite3")),
    ):
        with engine.connect() as connection:
            seen[name] = pragmas(connection.connection.driver_connection)
        engine.dispose()
    keeper = Housekeeper(tmp_path / "w.sqlite3", every=1)
    checkpoint = keeper._checkpoint

    def reading_first(connection: sqlite3.Connection) -> None:  # on the thread's connection
        seen["housekeeping"] = pragmas(connection)
        checkpoint(connection)

    keeper._checkpoint = reading_first
    keeper.committed()
    keeper.wait()
    keeper.close()
    assert seen == dict.fromkeys(("workspace", "merge store", "housekeeping"), PRAGMAS)


def test_the_audit_chain_detects_edits_deletions_and_reordering(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "w.sqlite3")
    migrate(engine)
    with engine.begin() as connection:
        for i in range(5):
            audit.append(
                connection,
                at=f"2026-01-0{i + 1}T00:00:00.000Z",
                actor="J01",
                action="set_score",
                package_id="p",
                subject="S1",
                detail={"criterion": "A", "value": str(i)},
            )
    with Session(engine) as session:
        report = audit.verify_chain(session)
        assert report.ok and report.length == 5 and report.head.seq == 5

    def broken_after(sql: str) -> int | None:
        with engine.begin() as connection:
            connection.execute(text(sql))
        with Session(engine) as session:
            return audit.verify_chain(session).broken_at

    assert (
        broken_after('UPDATE audit_log SET detail=\'{"criterion":"A","value":"9"}\' WHERE seq=3')
        == 3
    )


def test_deleting_an_entry_breaks_the_chain(tmp_path: Path) -> None:
    engine = create_sqlite_engine(tmp_path / "w.sqlite3")
    migrate(engine)
    with engine.begin() as connection:
        for i in range(3):
            audit.append(connection, at="t", actor="J01", action="x", detail={"i": i})
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE seq=2"))
    with Session(engine) as session:
        assert audit.verify_chain(session).broken_at == 3


def test_every_writing_transaction_holds_the_write_lock_from_its_start(tmp_path: Path) -> None:
    """Saves (Core) and the rarer changes (ORM) begin BEGIN IMMEDIATE: what they read is what
    they write back, and a second writer (the task thread) waits instead of failing at its
    first write; a reading session takes no lock."""
    from app.services.workspace import DATABASE_NAME, Workspace

    with Workspace(tmp_path / "w") as workspace:
        other = sqlite3.connect(tmp_path / "w" / DATABASE_NAME, timeout=0)

        def locked() -> bool:
            try:
                other.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                assert "locked" in str(exc)
                return True
            other.execute("ROLLBACK")
            return False

        with workspace.writing() as connection:
            assert locked()
            connection.exec_driver_sql("SELECT 1")
        with workspace.transaction() as session:
            session.connection()  # the session's transaction begins here
            assert locked()
        with workspace.reading() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM audit_log").all()
            assert not locked()
        assert not locked()
        other.close()


def test_a_workspace_made_before_evidence_opens_and_migrates(competition) -> None:
    """A juror's workspace of the first schema (before interview questions and evidence):
    opened by this Juri, it is migrated, its scores are all there, and evidence attaches."""
    from alembic import command

    from app.services.workspace import DATABASE_NAME
    from app.storage.database import alembic_config
    from tests.photos import jpeg, write

    setup = competition(submissions=2, jurors=1)
    setup.build(round_id="field", package_id="test-field")
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
        ws.scoring.set_score("test-field", "S001", "KESESUAIAN", Decimal(8))
    database = setup.workspaces["J01"] / DATABASE_NAME
    # back to the schema an earlier Juri made (foreign keys off: SQLite's batch mode copies the
    # evaluations table to drop a column, which would cascade to the scores)
    engine = create_engine(f"sqlite:///{database}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    with engine.connect() as connection:
        tables = {
            row[0]
            for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        }
        assert "evidence" not in tables
    engine.dispose()

    with setup.workspace("J01") as ws:
        state = ws.scoring.evaluation("test-field", "S001")
        assert state.evaluation.scores == {"KESESUAIAN": Decimal(8)}
        photo = write(setup.folder, "visit.jpg", jpeg())
        state = ws.scoring.attach_evidence("test-field", "S001", photo)
        assert [e.name for e in state.evaluation.evidence] == ["visit.jpg"]
        with ws.workspace.reading() as session:
            assert audit.verify_chain(session).ok
