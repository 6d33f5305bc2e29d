"""The save path writes plain SQL on the DB-API cursor (app/services/evaluation_record.py and
app/storage/audit.py); what it writes must be what the ORM writes for the same values, to the
column type and the byte, and read back through the ORM models as the values it saved."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app.domain.evaluation import Recommendation
from app.services.wiring import open_workspace
from app.services.workspace import DATABASE_NAME
from app.storage.audit import verify_chain
from app.storage.models import AuditEntry, Base, ChecklistMark, Score
from app.storage.models import Evaluation as EvaluationRow

PACKAGE = "test-pkg"
SAVED = (EvaluationRow, Score, ChecklistMark, AuditEntry)  # the tables the save path writes


@pytest.fixture
def saved(competition) -> tuple[Path, dict]:
    """A field-round workspace after every kind of change the save path makes; the states
    the save path returned, by submission."""
    setup = competition(submissions=3, jurors=1, build=False)
    setup.build(round_id="field")
    states = {}
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
        manifest = ws.packages.manifest(PACKAGE)
        first, second = manifest.rubric.codes[:2]
        item = manifest.checklist[0].code
        scoring = ws.scoring
        for change in (
            lambda: scoring.set_score(PACKAGE, "S001", first, Decimal(7)),
            lambda: scoring.set_score(PACKAGE, "S001", second, Decimal(8)),
            lambda: scoring.set_score(PACKAGE, "S001", second, None),
            lambda: scoring.set_comment(PACKAGE, "S001", first, "Inovatif — «jelas» ✓"),
            lambda: scoring.set_comment(PACKAGE, "S001", None, "Secara umum baik"),
            lambda: scoring.set_recommendation(PACKAGE, "S001", Recommendation.ADVANCE),
            lambda: scoring.set_video_watched(PACKAGE, "S001", True),
            lambda: scoring.set_field_notes(PACKAGE, "S001", "Dikunjungi 12 Mei"),
            lambda: scoring.set_checklist_item(PACKAGE, "S001", item, True),
            lambda: scoring.set_video_watched(PACKAGE, "S002", True),
            lambda: scoring.set_video_watched(PACKAGE, "S002", False),
            lambda: scoring.set_checklist_item(PACKAGE, "S002", item, True),
            lambda: scoring.set_checklist_item(PACKAGE, "S002", item, False),
            lambda: scoring.recuse(PACKAGE, "S003", "Saudara kandung"),
            lambda: scoring.withdraw_recusal(PACKAGE, "S003"),
            lambda: scoring.recuse(PACKAGE, "S003", "Mantan atasan"),
        ):
            state = change()
            states[state.evaluation.submission] = state
    return setup.workspaces["J01"], states


def quoted(path: Path) -> dict[str, list[tuple]]:
    """Every column of the saved tables as SQLite's ``quote()`` of it, in key order: text,
    integers, reals and NULL each look different, so equal dumps are equal stored values."""
    tables: dict[str, list[tuple]] = {}
    with closing(sqlite3.connect(path)) as connection:
        for model in SAVED:
            table = model.__table__
            columns = ", ".join(f"quote({column.name})" for column in table.columns)
            order = ", ".join(column.name for column in table.primary_key.columns)
            tables[table.name] = connection.execute(
                f"SELECT {columns} FROM {table.name} ORDER BY {order}"
            ).fetchall()
    return tables


def rewritten_by_the_orm(source: Path, target: Path) -> None:
    """Read every saved row through the ORM models and write it again with the ORM into an
    empty database of the same schema (foreign keys off: the other tables are not copied)."""
    with Session(create_engine(f"sqlite:///{source}")) as reading:
        rows = [
            {column.key: getattr(row, column.key) for column in model.__mapper__.column_attrs}
            for model in SAVED
            for row in reading.scalars(select(model))
        ]
        models = [type(row) for model in SAVED for row in reading.scalars(select(model))]
    engine = create_engine(f"sqlite:///{target}")
    Base.metadata.create_all(engine)
    with Session(engine) as writing, writing.begin():
        writing.add_all(model(**values) for model, values in zip(models, rows, strict=True))
    engine.dispose()


def test_the_save_path_writes_the_rows_the_orm_writes(saved, tmp_path: Path) -> None:
    folder, _states = saved
    database = folder / DATABASE_NAME
    rewritten_by_the_orm(database, tmp_path / "orm.sqlite3")
    ours, theirs = quoted(database), quoted(tmp_path / "orm.sqlite3")
    assert ours["scores"] and ours["checklist_marks"] and len(ours["audit_log"]) > 15
    assert ours == theirs


def test_the_orm_reads_back_what_the_save_path_saved(saved) -> None:
    folder, states = saved
    with open_workspace(folder) as ws:
        for code, state in states.items():
            loaded = ws.scoring.evaluation(PACKAGE, code)  # through the ORM models
            assert loaded.evaluation == state.evaluation
            assert (loaded.status, loaded.total) == (state.status, state.total)
        with ws.workspace.reading() as session:
            row = session.scalars(
                select(EvaluationRow).where(EvaluationRow.submission_code == "S001")
            ).one()
            assert row.video_watched is True and row.status == states["S001"].status.value
            marks = session.scalars(select(ChecklistMark).order_by(ChecklistMark.evaluation_id))
            assert [mark.checked for mark in marks] == [True, False]
            assert verify_chain(session).ok
