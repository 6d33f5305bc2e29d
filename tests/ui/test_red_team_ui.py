"""What the juror's window hands to the system (red team, findings 1 and 3): a proposal goes
out under a name Juri makes inside its cache, and only a web link goes to the browser."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from app import paths
from ui.proposal_view import ProposalView


def opened_urls(monkeypatch) -> list[str]:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True)
    )
    return opened


def test_a_proposal_opened_elsewhere_gets_a_name_juri_makes_in_its_cache(
    qtbot, monkeypatch, tmp_path
) -> None:
    opened = opened_urls(monkeypatch)
    view = ProposalView()
    qtbot.addWidget(view)
    view.show()
    data = b"%PDF-1.7\n" + bytes(range(256)) * 8  # QtPdf cannot show it: the button is offered
    assert not view.show_pdf(data, "../../../rt-pwned.hta")
    [button] = [
        b for b in view.problem.findChildren(QPushButton) if b.text() == "Open in another program"
    ]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [written] = list((paths.cache_dir() / "proposals").iterdir())
    assert written.suffix == ".pdf" and written.read_bytes() == data
    assert opened == [f"file://{written}"]
    assert not list(paths.cache_dir().parent.rglob("rt-pwned*"))


def test_the_video_tab_opens_only_web_links(qtbot, juror_window, monkeypatch) -> None:
    opened = opened_urls(monkeypatch)
    window = juror_window()
    video = window.view.video
    submission = window.session.manifest.submissions[0]
    for url in ("file:///etc/passwd", "javascript:alert(1)"):
        video.show_submission(dataclasses.replace(submission, video_url=url))
        qtbot.mouseClick(video.open_button, Qt.MouseButton.LeftButton)
    assert opened == []
    video.show_submission(submission)
    qtbot.mouseClick(video.open_button, Qt.MouseButton.LeftButton)
    assert opened == [submission.video_url]


@pytest.mark.parametrize("argv", [[], ["chair"], ["some.juripkg"]])
def test_without_a_display_juri_says_so_instead_of_aborting(monkeypatch, capsys, argv) -> None:
    from ui import entry

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(entry.sys, "platform", "linux")
    monkeypatch.setattr(entry, "_gui", lambda *a, **k: pytest.fail("a window was attempted"))
    monkeypatch.setattr(entry, "_chair", lambda *a, **k: pytest.fail("a window was attempted"))
    assert entry.main(["--lang", "en", *argv]) == 1
    assert "there is no display to open a window on" in capsys.readouterr().err
