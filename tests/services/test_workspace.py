"""The juror's workspace as a front end uses it: identity, opening packages, scoring, export."""

from __future__ import annotations

import errno
import os
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import KeyFileError, WorkspaceError
from app.package.reader import open_package
from app.results.verify import ResultStatus, check_result
from app.services import scoring as scoring_module
from app.services.wiring import Services, open_workspace
from app.storage.audit import verify_chain
from tests.factory import PASSPHRASE

D = Decimal
DESK = [
    "RINGKASAN",
    "LATAR",
    "KEBARUAN",
    "IMPLEMENTASI",
    "SIGNIFIKANSI",
    "ADAPTABILITAS",
    "SUMBER_DAYA",
    "KEBERLANJUTAN",
]


@pytest.fixture
def setup(competition):
    return competition(submissions=4, jurors=2)


@pytest.fixture
def ws(setup):
    workspace = setup.workspace("J01")
    workspace.packages.import_package(setup.package)
    yield workspace
    workspace.close()


def score_all(ws: Services, code: str, value: int = 8) -> None:
    for criterion in DESK:
        ws.scoring.set_score("test-pkg", code, criterion, D(value))


def test_identity_is_made_once(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "w") as ws:
        assert ws.identity.get() is None
        info = ws.identity.create("J07", "Siti Aminah", PASSPHRASE)
        assert info.key_file.is_file() and info.public_key_file.is_file()
        assert not info.pact_accepted
        assert ws.identity.accept_pact().pact_accepted
        with pytest.raises(WorkspaceError, match="never replaced"):
            ws.identity.create("J08", "Other", PASSPHRASE)
        with pytest.raises(KeyFileError) as caught:
            ws.identity.unlock("not my passphrase")
        assert caught.value.code == "wrong_passphrase"


def test_a_second_juri_on_the_same_workspace_is_refused(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "w"):
        with pytest.raises(WorkspaceError) as caught:
            open_workspace(tmp_path / "w")
        assert caught.value.code == "workspace_locked"
    open_workspace(tmp_path / "w").close()  # free again once the first one closed


def test_importing_keeps_a_verified_copy_and_only_my_submissions(setup, ws) -> None:
    packages = ws.packages.list()
    assert [p.id for p in packages] == ["test-pkg"]
    assert packages[0].archive.is_file() and packages[0].archive.parent.parent == ws.folder
    assert [s.code for s in ws.scoring.submissions("test-pkg")] == setup.codes
    again = ws.packages.import_package(setup.package)
    assert not again.newly_imported


def test_packages_that_do_not_include_me_are_refused(competition, tmp_path: Path) -> None:
    setup = competition(jurors=1)
    with open_workspace(tmp_path / "stranger") as ws:
        ws.identity.create("X1", "Stranger", PASSPHRASE)
        with pytest.raises(WorkspaceError) as caught:
            ws.packages.import_package(setup.package)
        assert caught.value.code == "not_in_roster"
        assert "Send your public key file to the secretariat" in caught.value.message
        assert ws.packages.list() == []
        assert list((ws.folder / "packages").iterdir()) == []


def test_a_refused_package_leaves_the_workspace_as_it_was(setup, tmp_path: Path) -> None:
    data = bytearray(setup.package.read_bytes())
    data[200] ^= 0xFF
    bad = tmp_path / "bad.juripkg"
    bad.write_bytes(bytes(data))
    with setup.workspace("J01") as ws:
        with pytest.raises(Exception):  # noqa: B017 - the package reader's refusal
            ws.packages.import_package(bad)
        assert ws.packages.list() == []
        assert list((ws.folder / "packages").iterdir()) == []


def test_scoring_saves_each_change_and_derives_status_and_total(ws) -> None:
    state = ws.scoring.set_score("test-pkg", "S001", "SIGNIFIKANSI", D(10))
    assert state.status == "in_progress" and state.total == 30
    score_all(ws, "S001", 10)
    summary = {s.code: s for s in ws.scoring.submissions("test-pkg")}
    assert summary["S001"].status == "complete" and summary["S001"].total == "100.00"
    progress = ws.scoring.progress("test-pkg")
    assert progress.done == 1 and progress.assigned == 4


def test_progress_read_while_another_thread_saves_is_not_kept_stale(ws, monkeypatch) -> None:
    """The counts are read once and then kept up to date by each save; a save that commits
    on another thread while they are being read must not leave the kept counts one behind
    (services are called from the GUI thread and the task thread)."""
    read = scoring_module.evaluations.status_counts

    def read_then_a_save_lands(connection, package_id):
        counts = read(connection, package_id)  # before the save below commits
        saver = threading.Thread(target=score_all, args=(ws, "S002"))
        saver.start()
        saver.join()
        return counts

    monkeypatch.setattr(scoring_module.evaluations, "status_counts", read_then_a_save_lands)
    ws.scoring.progress("test-pkg")
    monkeypatch.setattr(scoring_module.evaluations, "status_counts", read)
    assert ws.scoring.progress("test-pkg").done == 1


def test_invalid_scores_never_reach_the_database(ws) -> None:
    for value in (D(11), D("7.5"), D(0)):
        with pytest.raises(WorkspaceError) as caught:
            ws.scoring.set_score("test-pkg", "S001", "LATAR", value)
        assert caught.value.code == "invalid_score"
    with pytest.raises(WorkspaceError):
        ws.scoring.set_score("test-pkg", "S001", "NOPE", D(5))
    with pytest.raises(WorkspaceError) as caught:
        ws.scoring.set_score("test-pkg", "S999", "LATAR", D(5))
    assert caught.value.code == "not_assigned"
    assert ws.scoring.evaluation("test-pkg", "S001").evaluation.scores == {}


def test_recusal_locks_the_scores(ws) -> None:
    ws.scoring.set_score("test-pkg", "S002", "LATAR", D(6))
    with pytest.raises(WorkspaceError, match="reason"):
        ws.scoring.recuse("test-pkg", "S002", "  ")
    state = ws.scoring.recuse("test-pkg", "S002", "Adik saya bekerja di instansi ini")
    assert state.status == "recused" and state.total == 0
    with pytest.raises(WorkspaceError) as caught:
        ws.scoring.set_score("test-pkg", "S002", "LATAR", D(7))
    assert caught.value.code == "recused"
    state = ws.scoring.withdraw_recusal("test-pkg", "S002")
    assert state.status == "in_progress" and state.evaluation.scores == {"LATAR": D(6)}


def test_every_change_is_audited_once_and_no_op_changes_are_not(ws) -> None:
    with ws.workspace.reading() as session:
        before = verify_chain(session).length
    ws.scoring.set_score("test-pkg", "S001", "LATAR", D(5))
    ws.scoring.set_score("test-pkg", "S001", "LATAR", D(5))  # unchanged: nothing written
    ws.scoring.set_comment("test-pkg", "S001", "LATAR", "Data kurang")
    ws.scoring.set_comment("test-pkg", "S001", None, "Secara umum baik")
    ws.scoring.set_video_watched("test-pkg", "S001", True)
    with ws.workspace.reading() as session:
        report = verify_chain(session)
    assert report.ok and report.length == before + 4


def test_changes_survive_closing_and_reopening(setup, ws) -> None:
    ws.scoring.set_score("test-pkg", "S003", "KEBARUAN", D(9))
    ws.scoring.set_comment("test-pkg", "S003", "KEBARUAN", "Orisinal")
    ws.close()
    with setup.workspace("J01") as again:
        evaluation = again.scoring.evaluation("test-pkg", "S003").evaluation
        assert evaluation.scores == {"KEBARUAN": D(9)}
        assert evaluation.comments == {"KEBARUAN": "Orisinal"}


def test_export_signs_every_assigned_evaluation_and_counts_versions(setup, ws, tmp_path) -> None:
    score_all(ws, "S001")
    ws.scoring.recuse("test-pkg", "S002", "Konflik")
    first = ws.results.export("test-pkg", PASSPHRASE, tmp_path)
    second = ws.results.export("test-pkg", PASSPHRASE, tmp_path)
    assert (first.sequence, second.sequence) == (1, 2)
    assert first.path.name == "J01_test-pkg_v1.juri-result.json"
    package = open_package(setup.package)
    check = check_result(second.path.read_bytes(), package.manifest, package.manifest_sha256)
    assert check.status is ResultStatus.VALID, check.reason
    document = check.document
    assert document.sequence == 2 and document.pact is not None
    assert [e.submission for e in document.evaluations] == setup.codes
    assert document.declared_status == {
        "S001": "complete",
        "S002": "recused",
        "S003": "not_started",
        "S004": "not_started",
    }
    assert document.declared_total["S001"] == "77.78"


def test_a_wrong_passphrase_exports_nothing_and_reserves_nothing(ws, tmp_path) -> None:
    with pytest.raises(KeyFileError):
        ws.results.export("test-pkg", "wrong passphrase", tmp_path)
    assert list(tmp_path.glob("*.json")) == []
    assert ws.results.export("test-pkg", PASSPHRASE, tmp_path).sequence == 1


def test_export_to_a_full_disk_fails_cleanly_and_keeps_the_earlier_file(
    ws, tmp_path, monkeypatch
) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    earlier = ws.results.export("test-pkg", PASSPHRASE, target / "result.json")
    before = earlier.path.read_bytes()
    ws.scoring.set_score("test-pkg", "S001", "LATAR", D(9))

    def disk_full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(WorkspaceError) as caught:
        ws.results.export("test-pkg", PASSPHRASE, target / "result.json")
    assert caught.value.code == "write_failed"
    assert "the disk is full" in caught.value.message
    assert (target / "result.json").read_bytes() == before
    assert [p.name for p in target.iterdir()] == ["result.json"]  # no half-written temp file
