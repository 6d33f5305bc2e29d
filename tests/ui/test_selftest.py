"""``juri --self-test``: every step runs and passes here; a broken piece fails the run."""

from __future__ import annotations

import os

import pytest

import app.reports.sheets
import ui.entry


@pytest.fixture
def report(monkeypatch, tmp_path):
    monkeypatch.setenv("JURI_HOME", str(tmp_path / "home"))  # the self-test points it elsewhere
    monkeypatch.setenv("JURI_LANG", "en")
    lines: list[str] = []
    monkeypatch.setattr("ui.selftest.run.__defaults__", (lines.append,))
    return lines


def test_the_self_test_walks_the_whole_chain_and_passes(report, qapp, tmp_path) -> None:
    assert ui.entry.main(["--self-test"]) == 0
    assert os.environ["JURI_HOME"] == str(tmp_path / "home")  # given back once it is done
    steps = [line for line in report if line.startswith(("OK", "FAIL", "SKIP"))]
    assert len(steps) == 15 and all(line.startswith("OK") for line in steps), report
    assert any(
        "merge and rank every result" in line and "4 results accepted" in line for line in steps
    )
    assert any("print evaluation sheets" in line and "12 filled sheets" in line for line in steps)
    assert any(
        "merge the demo's results in the chair's window" in line and "4 jurors charted" in line
        for line in steps
    )
    assert any(
        "sorting, capitals and time zone names" in line and "Waktu Indonesia Tengah" in line
        for line in steps
    )
    assert report[-1] == "All 15 steps passed."


def test_a_failing_step_fails_the_run_and_says_which(report, qapp, monkeypatch) -> None:
    def no_fonts(*_args, **_kwargs):
        raise OSError("font file missing from the bundle")

    monkeypatch.setattr(app.reports.sheets, "write_blank_sheets", no_fonts)
    assert ui.entry.main(["--self-test"]) == 1
    failed = [line for line in report if line.startswith("FAIL ")]
    assert len(failed) == 1 and "print evaluation sheets" in failed[0]
    assert "OSError: font file missing from the bundle" in failed[0]
    assert report[-1] == "FAILED: print evaluation sheets"
    assert any(line.startswith("SKIP") for line in report)  # later steps are not run blind
