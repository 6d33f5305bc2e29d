"""The berita acara's text as the panel reads it (issue 14.11): codes whole, file names without
their folders, times in the computer's zone with its name, older versions counted apart from
refused files, roles capitalised."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from app.merge.intake import read_inputs
from app.merge.service import merge, write_merged
from app.reports.recap import write_recap
from app.reports.recap_from_merge import RecapOptions, check_merged, recap_data
from app.reports.recap_model import RankingRow
from tests.merge.helpers import CHAIR, build_panel
from tests.reports.pdf import body, page_texts
from tests.reports.samples import sample_recap

HEADER = "SIGNED RECORD"
LONG_CODES = ["SULSEL24-010", "KIPP2024-UMUM-0001", "DKIJAKARTA2024-KLASTER-KOTA-0001"]


@pytest.fixture
def zone(monkeypatch):
    """Set the computer's time zone for one test."""

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def test_codes_are_never_broken(tmp_path: Path) -> None:
    """Long codes take a wider column, or a smaller size, but stay on one line."""
    base = sample_recap()
    renamed = dict(zip([row.code for row in base.ranking[:3]], LONG_CODES, strict=True))

    def rename(row: RankingRow) -> RankingRow:
        return replace(row, code=renamed.get(row.code, row.code))

    data = replace(
        base,
        ranking=tuple(rename(r) for r in base.ranking),
        views=tuple(replace(v, rows=tuple(rename(r) for r in v.rows)) for v in base.views),
        disagreements=tuple(
            replace(d, code=renamed.get(d.code, d.code)) for d in base.disagreements
        ),
    )
    out = tmp_path / "recap.pdf"
    write_recap(data, out)
    text = body(page_texts(out), HEADER)
    overall = text[: text.index("2. Ranking per group")]
    for rank, code in enumerate(LONG_CODES, start=1):
        assert f"{rank} {code} " in overall, code
    groups = text[text.index("2. Ranking per group") :]
    for code in LONG_CODES:
        assert groups.count(f"{code} ") >= 2, code  # its group and its cluster
    assert "SULSEL24-0 " not in text


def write_results(panel, folder: Path) -> Path:
    """A results day in a folder of folders: J01's version 1 and 2; two different files both
    version 1 of J02, made at the same moment; J03's file changed by hand."""
    inbox = folder / "hasil" / "masuk"
    inbox.mkdir(parents=True)
    (inbox / "J01_v1.json").write_bytes(panel.result("J01", {"S001": 9, "S002": 4}))
    (inbox / "J01_v2.json").write_bytes(panel.result("J01", {"S001": 8, "S002": 4}, sequence=2))
    moment = "2026-11-23T10:00:00.000Z"
    (inbox / "J02_laptop.json").write_bytes(
        panel.result("J02", {"S001": 7, "S002": 5}, created=moment)
    )
    (inbox / "J02_kantor.json").write_bytes(
        panel.result("J02", {"S001": 6, "S002": 5}, created=moment)
    )
    tampered = panel.result("J03", {"S001": 5, "S002": 5}).replace(
        b'"value":"5"', b'"value":"6"', 1
    )
    (inbox / "J03.json").write_bytes(tampered)
    return inbox


def printed_recap(competition, tmp_path: Path) -> list[str]:
    panel = build_panel(competition, tmp_path, submissions=2)
    files = read_inputs([write_results(panel, tmp_path)])
    merged_path = tmp_path / "desk.juri-merged.json"
    report = merge(files, panel.manifest, panel.package.manifest_sha256)
    data = write_merged(report, CHAIR, merged_path)
    merged = check_merged(
        merged_path.name, data, panel.manifest, panel.package.manifest_sha256, files
    )
    out = tmp_path / "recap.pdf"
    write_recap(recap_data(merged, RecapOptions(place="Makassar", members=("Dr. Siti",))), out)
    return page_texts(out)


@pytest.mark.parametrize(
    ("zone_name", "shown", "hour"),
    [
        ("Asia/Makassar", "WITA", "18"),
        ("Asia/Jakarta", "WIB", "17"),
        ("Asia/Jayapura", "WIT", "19"),
        ("Asia/Bangkok", "UTC+7", "17"),
        ("Europe/Berlin", "UTC+1", "11"),
        ("UTC", "UTC+0", "10"),
    ],
)
def test_times_are_local_with_their_zone(
    competition, tmp_path, zone, zone_name, shown, hour
) -> None:
    zone(zone_name)
    texts = printed_recap(competition, tmp_path)
    assert all(f" {shown} " in text or text.endswith(shown) for text in texts if "printed" in text)
    files = body(texts, HEADER)
    assert f"both say they were made at 23 November 2026 {hour}:00 {shown}," in files
    assert "2026-11-23T10:00:00.000Z" not in " ".join(texts)


def test_file_names_without_folders_and_older_versions_apart(competition, tmp_path, zone) -> None:
    zone("Asia/Makassar")
    texts = printed_recap(competition, tmp_path)
    text = body(texts, HEADER)
    assert str(tmp_path) not in " ".join(texts) and "masuk/" not in text
    assert "Result files 2 accepted, 2 set aside (older versions or copies), 1 refused" in text
    files = text[text.index("Result files", text.index("Spread of each juror")) :]
    aside = files[files.index("Set aside, not refused") : files.index("Refused, with the reason")]
    refused = files[files.index("Refused, with the reason") :]
    assert "J01_v1.json" in aside and "version 2 (J01_v2.json) replaces it" in aside
    assert "superseded" in aside and "duplicate" in aside
    assert "J03.json" in refused and "tampered" in refused
    assert "J03 (unverified)" in refused  # who it claims to be, never as J03's (item 12)
    assert "superseded" not in refused and "J01_v1.json" not in refused
    members = text[text.index("Members of the panel") :]
    assert "Dr. Siti Member" in members and " member " not in members
