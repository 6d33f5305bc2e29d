"""Fixtures of the merge tests: a small package with three jurors and crafted results."""

from __future__ import annotations

import os

import pytest

from tests.merge.helpers import Panel, build_panel


@pytest.fixture
def panel(competition, tmp_path) -> Panel:
    """Four submissions (S001 … S004), three jurors (J01 … J03) each assigned all four."""
    return build_panel(competition, tmp_path)


@pytest.fixture
def scored(panel):
    """S001: 10, 7, 4 (totals 100, 66.67, 33.33); S002: 1, 1, 10 (0, 0, 100);
    S003: J01 complete 10, J02 in progress, J03 recused; S004: nobody finished."""
    results = [
        ("J01", panel.result("J01", {"S001": 10, "S002": 1, "S003": 10})),
        (
            "J02",
            panel.result("J02", {"S001": 7, "S002": 1, "S003": {"LATAR": 2}, "S004": {"LATAR": 9}}),
        ),
        ("J03", panel.result("J03", {"S001": 4, "S002": 10, "S003": "recused"})),
    ]
    return panel, results


POSTGRES_URL = "JURI_TEST_POSTGRES_URL"
REQUIRE_POSTGRES = "JURI_REQUIRE_POSTGRES"


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database for one test, dropped afterwards.

    ``JURI_TEST_POSTGRES_URL`` names a server (``.ci/run`` starts one); without it the test is
    skipped on a developer's machine but fails where ``JURI_REQUIRE_POSTGRES=1`` (CI)."""
    url = os.environ.get(POSTGRES_URL)
    if not url:
        message = f"{POSTGRES_URL} is not set: no PostgreSQL server to test against"
        if os.environ.get(REQUIRE_POSTGRES) == "1":
            pytest.fail(message)
        pytest.skip(message)
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"juri_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_target(request, tmp_path) -> str:
    """Where a merge store lives: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "merge-store.sqlite3")
    return request.getfixturevalue("postgres_url")


# Titles as agencies really write them, and some that try to be formulas: the exports must show
# each exactly (the workbook) or neutralised by a documented rule (the CSV).
HOSTILE_TITLES = {
    "S001": "+62 Lapor: Pengaduan Warga",
    "S002": '=HYPERLINK("http://x","klik")',
    "S003": "-2+3 Layanan",
    "S004": '@Kota; Bandung, "Jabar"',
    "S005": "'Ngopi' Bareng Camat",
}
LONG_COMMENT = "Sangat rinci. " * 3000  # 42,000 characters: more than an Excel cell holds


@pytest.fixture
def hostile_report(competition, tmp_path):
    """Titles that look like formulas; a juror's comments with a tab (a form feed pasted from a
    PDF is refused where the juror types it, and by the result reader) and one longer than a
    cell holds; a file name with a BEL, one that looks like a formula,
    and a file that is not JSON."""
    from tests.merge.helpers import panel_with_titles, resign

    panel = panel_with_titles(competition, HOSTILE_TITLES)
    criterion = panel.manifest.rubric.codes[1]

    def comments(payload) -> None:
        first, second = payload["evaluations"][0], payload["evaluations"][1]
        first["overall_comment"] = "Halaman 1\tHalaman 2"
        assert second["scores"][1]["criterion"] == criterion
        second["scores"][1]["comment"] = LONG_COMMENT

    data = resign(
        panel.result("J01", {"S001": 9, "S002": 4, "S003": 7, "S004": 7, "S005": 5}),
        comments,
        panel.keys["J01"],
    )
    files = [
        ("J01.json", data),
        (
            "J02\x07.json",
            panel.result("J02", {"S001": 2, "S002": 5, "S003": 6, "S004": 8, "S005": 5}),
        ),
        ("=1+1.json", panel.result("J03", {"S001": 6, "S002": 6, "S003": 6, "S004": 6, "S005": 6})),
        ("@evil.json", b"junk"),
    ]
    return panel.merge(files)
