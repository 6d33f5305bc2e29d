"""The merge store keeps files, statuses and decisions across sessions, on SQLite and on a real
PostgreSQL server (``.ci/run`` starts one; see ``tests/merge/conftest.py``)."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.crypto.keys import KeyPair
from app.merge.intake import InputFile
from app.merge.keys import AcceptedKey, KeyRefused
from app.merge.models import VERSION_TABLE, MergeBase
from app.merge.store import MergeStore, migrate, store_url
from tests.merge.helpers import CHAIR, old_store_with_a_key_for_no_juror


def test_migrations_build_exactly_the_models(store_target) -> None:
    with MergeStore(store_target) as store:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
            assert compare_metadata(context, MergeBase.metadata) == []
            tables = set(inspect(connection).get_table_names())
        assert tables == {"merge_files", "merge_decisions", VERSION_TABLE}  # no workspace table
        migrate(store.engine)  # a second opening is a no-op


def test_files_statuses_and_decisions_survive_a_restart(store_target, panel) -> None:
    manifest, digest = panel.manifest, panel.package.manifest_sha256
    laptop = KeyPair.generate()
    first = [
        InputFile("a/J01.json", panel.result("J01", {"S001": 9})),
        InputFile("a/J02.json", panel.result("J02", {"S001": 5}, key=laptop)),
        InputFile("a/copy.json", panel.result("J01", {"S001": 9})),
    ]
    with MergeStore(store_target) as store:
        assert store.add_files(manifest.package_id, digest, first) == 2  # the copy is known
        key = AcceptedKey("J02", laptop.fingerprint)
        assert store.accept_keys(manifest.package_id, [key], "lembar kertas J02") == 1
        assert store.accept_keys(manifest.package_id, [key]) == 0

    later = [
        InputFile("b/J01-v2.json", panel.result("J01", {"S001": 7}, sequence=2)),
        InputFile("b/unreadable.json", b"", error="Permission denied"),
    ]
    with MergeStore(store_target) as store:
        assert store.add_files(manifest.package_id, digest, later) == 1
        files = store.files(manifest.package_id)
        assert [f.name for f in files] == ["a/J01.json", "a/J02.json", "b/J01-v2.json"]
        assert store.accepted_keys(manifest.package_id) == [key]
        report = panel.merge(files, accepted_keys=tuple(store.accepted_keys(manifest.package_id)))
        store.record_statuses(manifest.package_id, report.intake.verdicts)
        decided = store.decisions(manifest.package_id)
        assert decided[0].note == "lembar kertas J02" and decided[0].decided_at.endswith("Z")

    with MergeStore(store_target) as store:
        rows = store.statuses(manifest.package_id)
        assert [(r.name, r.status, r.juror_id, r.sequence) for r in rows] == [
            ("a/J01.json", "superseded", "J01", 1),
            ("a/J02.json", "accepted", "J02", 1),
            ("b/J01-v2.json", "accepted", "J01", 2),
        ]
        again = panel.merge(
            store.files(manifest.package_id),
            accepted_keys=tuple(store.accepted_keys(manifest.package_id)),
        )
    assert again.signed(CHAIR) == report.signed(CHAIR)


def test_packages_are_kept_apart(store_target, panel) -> None:
    with MergeStore(store_target) as store:
        store.add_files("pkg-a", "a" * 64, [InputFile("x", b"1")])
        store.add_files("pkg-b", "b" * 64, [InputFile("x", b"1")])
        store.accept_keys("pkg-a", [AcceptedKey("J01", "AAAA-BBBB-CCCC-DDDD")])
        assert [f.data for f in store.files("pkg-b")] == [b"1"]
        assert store.accepted_keys("pkg-b") == []


def test_files_are_kept_for_every_version_of_a_package(store_target) -> None:
    """Keyed by package id: a file imported while version 1 was open merges under version 2,
    and the same file imported again under version 2 is known (counted once)."""
    with MergeStore(store_target) as store:
        assert store.add_files("pkg-a", "a" * 64, [InputFile("v1/J01.json", b"1")]) == 1
        assert (
            store.add_files(
                "pkg-a", "c" * 64, [InputFile("v2/J01.json", b"1"), InputFile("v2/J03.json", b"3")]
            )
            == 1
        )
        assert [(f.name, f.data) for f in store.files("pkg-a")] == [
            ("v1/J01.json", b"1"),
            ("v2/J03.json", b"3"),
        ]


def test_a_path_is_a_sqlite_file(tmp_path) -> None:
    assert store_url(tmp_path / "s.sqlite3") == f"sqlite:///{tmp_path / 's.sqlite3'}"
    url = "postgresql+psycopg://chair@db.example/juri"
    assert store_url(url) == url
    with MergeStore(tmp_path / "deep" / "s.sqlite3"):
        pass
    assert (tmp_path / "deep" / "s.sqlite3").is_file()


def test_an_unreachable_store_is_a_plain_refusal(tmp_path) -> None:
    import pytest

    from app.merge.store import StoreError

    with pytest.raises(StoreError, match="Cannot open the merge store") as caught:
        MergeStore("postgresql+psycopg://nobody:secret@/nothing?host=" + str(tmp_path) + "&port=1")
    assert "secret" not in caught.value.message


def test_keys_accepted_for_no_juror_count_for_nobody_after_the_migration(
    store_target, panel
) -> None:
    """A store made before keys were bound to jurors (revision m0001) keeps its decisions,
    but a key accepted for no juror counts for nobody until accepted again for its juror."""
    laptop = KeyPair.generate()
    manifest = panel.manifest
    old_store_with_a_key_for_no_juror(store_target, manifest.package_id, laptop.fingerprint)

    with MergeStore(store_target) as store:  # migrated on opening
        assert store.accepted_keys(manifest.package_id) == []
        assert store.unbound_keys(manifest.package_id) == [laptop.fingerprint]
        key = AcceptedKey("J02", laptop.fingerprint)
        assert store.accept_keys(manifest.package_id, [key], "sheet of J02") == 1
        assert store.accepted_keys(manifest.package_id) == [key]
        assert store.unbound_keys(manifest.package_id) == []
        [decision] = store.decisions(manifest.package_id)
        assert (decision.juror_id, decision.note) == ("J02", "sheet of J02")
        with pytest.raises(KeyRefused, match="already accepted for juror J02"):
            store.accept_keys(manifest.package_id, [AcceptedKey("J03", laptop.fingerprint)])
        assert store.accepted_keys(manifest.package_id) == [key]
