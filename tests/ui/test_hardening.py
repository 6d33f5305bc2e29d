"""The juror's window when things go wrong: a damaged workspace restored from its backup is
announced in plain words; a proposal too large to hold in memory gets a sentence, not a crash."""

from __future__ import annotations

from pathlib import Path

from app import limits, paths
from app.services.workspace import DATABASE_NAME
from app.storage import backup
from tests.ui.conftest import message_boxes, new_juror, ready_window


def test_a_restored_workspace_is_announced_and_the_window_opens(
    qtbot, launch, isolated_home
) -> None:
    new_juror(isolated_home)
    database = paths.default_workspace_dir() / DATABASE_NAME
    assert backup.list_backups(database)
    data = bytearray(database.read_bytes())
    data[0:100] = b"\0" * 100
    database.write_bytes(bytes(data))
    launcher = launch()
    window = ready_window(qtbot, launcher)  # the juror's identity came back with the backup
    assert window is not None
    [box] = [b for b in message_boxes() if "restored the backup" in b.text()]
    assert "damaged" in box.text()


def test_a_proposal_too_large_to_show_gets_a_sentence(
    qtbot, launch, package_for, isolated_home, monkeypatch
) -> None:
    monkeypatch.setattr(limits, "MAX_SHOWN_PDF_BYTES", 100)
    package = package_for(new_juror(isolated_home))
    launcher = launch(package=Path(package))
    window = ready_window(qtbot, launcher)
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    window.view.submissions.select("KIPP23-002")
    proposal = window.view.proposal
    assert proposal.stack.currentWidget() is proposal.problem
    assert "too large to show" in proposal.problem_text.text()


def test_proposals_qtpdf_cannot_render_get_a_sentence_in_the_window(
    qtbot, launch, competition, monkeypatch
) -> None:
    """A package may carry a PDF that only starts like one: a truncated one, or plain junk after
    ``%PDF-``. Juri's builder refuses them; a package made otherwise may not, so the check is
    switched off to make one."""
    from app.formats import submissions

    monkeypatch.setattr(submissions, "pdf_problem", lambda _path: None)
    setup = competition(submissions=3, jurors=1, build=False)
    real = (setup.files / "S001.pdf").read_bytes()
    (setup.files / "S002.pdf").write_bytes(real[: len(real) // 3])
    (setup.files / "S003.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    setup.build()
    launcher = launch(workspace=setup.workspaces["J01"], package=setup.package)
    window = ready_window(qtbot, launcher)
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    proposal = window.view.proposal
    for code in ("S002", "S003"):
        window.view.submissions.select(code)
        assert proposal.stack.currentWidget() is proposal.problem, code
        assert "cannot be shown" in proposal.problem_text.text()
    window.view.submissions.select("S001")  # and the next good one shows as always
    assert proposal.stack.currentWidget() is proposal.view
