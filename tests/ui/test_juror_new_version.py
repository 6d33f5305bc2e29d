"""A juror working on version 1 of a package opens version 2 (a third juror's assignment,
signed by the secretariat with ``juri package amend``) in the app: the window says what
changed, the new submission appears and nothing scored is lost (issue 13.1)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.cli.main import main
from app.crypto.keys import write_private_key
from tests.factory import PASSPHRASE
from tests.ui.conftest import message_boxes, ready_window


@pytest.fixture
def amended(qtbot, launch, competition, tmp_path, monkeypatch):
    """J01's window with version 1 open (assignments ``pairs``) and a score given, then
    version 2 (``more`` added, signed with ``juri package amend``) opened in it: the window's
    message about version 2 and the submissions J01 then has, the score checked as kept."""

    def run(pairs: str, more: str) -> tuple[str, list[str]]:
        setup = competition(submissions=3, jurors=2, build=False)
        assignments = setup.folder / "assignments.csv"
        assignments.write_text("juror_id,submission\n" + pairs, encoding="utf-8")
        setup.build(assignments=assignments)
        window = ready_window(qtbot, launch(workspace=setup.workspaces["J01"]))
        window.open_package_file(setup.package)
        qtbot.waitUntil(
            lambda: window.session is not None and bool(message_boxes()), timeout=15_000
        )
        message_boxes()[0].done(0)
        scoring, package_id = window.session.workspace.scoring, window.session.package_id
        scoring.set_score(package_id, "S001", "LATAR", Decimal(7))

        key = tmp_path / "sekretariat.key"
        write_private_key(key, setup.secretariat, PASSPHRASE)
        monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
        added = tmp_path / "more.csv"
        added.write_text("juri,kode\n" + more, encoding="utf-8")
        v2 = tmp_path / "v2.juripkg"
        amend = ["package", "amend", str(setup.package), "--assignments", str(added)]
        assert main(["--lang", "en", *amend, "--key", str(key), "-o", str(v2)]) == 0
        window.open_package_file(v2)
        qtbot.waitUntil(lambda: bool(message_boxes()), timeout=15_000)
        text = message_boxes()[0].text()
        message_boxes()[0].done(0)
        scoring = window.session.workspace.scoring
        assert scoring.evaluation(package_id, "S001").evaluation.scores["LATAR"] == Decimal(7)
        return text, [s.code for s in scoring.submissions(package_id)]

    return run


def test_a_juror_opens_the_amended_package_and_keeps_every_score(amended) -> None:
    text, codes = amended("J01,S001\nJ01,S002\nJ02,S001\nJ02,S002\nJ02,S003\n", "J01,S003\n")
    assert "3 submissions are assigned to you as juror J01" in text
    assert (
        "This is version 2; it replaces version 1. Every evaluation you made is kept. "
        "Newly assigned to you: S003." in text
    )
    assert codes == ["S001", "S002", "S003"]


def test_a_juror_the_new_version_gives_nothing_opens_it_and_is_told_so(amended) -> None:
    """Red-team finding: the juror an amendment gives nothing new could not open it (a
    traceback from an empty insert); the window opens it and says nothing new is assigned."""
    text, codes = amended("J01,S001\nJ01,S002\nJ02,S001\n", "J02,S002\nJ02,S003\n")
    assert "2 submissions are assigned to you as juror J01" in text
    assert (
        "This is version 2; it replaces version 1. Every evaluation you made is kept. "
        "It assigns no new submission to you." in text
    )
    assert codes == ["S001", "S002"]
