"""The chair sees the field visit's evidence the jurors' results carry (issue 13, item 4): each
file listed by submission and juror with its time and place, previewed and opened as the juror
attached it; a result whose photo was swapped is tampered and shows none."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.merge.statuses import FileStatus
from tests.factory import PASSPHRASE, make_competition, tiny_pdf
from tests.photos import jpeg, png, write
from tests.ui.test_chair_window import settled, start, statuses  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("jakarta_time")  # photo times named WIB

PHOTO = jpeg(size=(120, 90))
DECREE = tiny_pdf("SK")


def field_results(tmp_path: Path) -> tuple[Path, Path]:
    """A field round's package and an inbox: J01's result with a photo, a plan and a decree
    for S001; J02's with nothing attached; and a copy of J01's whose photo was replaced by
    another one (the size fixed, the signature left as it was)."""
    setup = make_competition(tmp_path / "field", submissions=2, jurors=2)
    setup.build(round_id="field", package_id="test-field", output=setup.folder / "field.juripkg")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for juror in ("J01", "J02"):
        with setup.workspace(juror) as ws:
            ws.packages.import_package(setup.package)
            if juror == "J01":
                for name, data in (("depan.jpg", PHOTO), ("denah.png", png()), ("SK.pdf", DECREE)):
                    ws.scoring.attach_evidence(
                        "test-field", "S001", write(tmp_path / "visit", name, data)
                    )
            info = ws.results.export("test-field", PASSPHRASE, inbox)
    [j01] = inbox.glob("J01*")
    document = json.loads(j01.read_bytes())
    other = jpeg(size=(120, 90), color=(250, 10, 10))
    photo = document["payload"]["evaluations"][0]["evidence"][0]
    photo.update(data=base64.b64encode(other).decode(), size=len(other))
    (inbox / "J01-swapped.json").write_text(json.dumps(document), encoding="utf-8")
    assert info.path.exists()
    return setup.package, inbox


def test_the_chair_sees_previews_and_opens_the_evidence(
    qtbot,
    start,  # noqa: F811 - the fixture imported above
    tmp_path,
    monkeypatch,
) -> None:
    package, inbox = field_results(tmp_path)
    opened: list[str] = []
    monkeypatch.setattr(
        "ui.evidence_view.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile())
    )
    window = start(package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 2)
    assert statuses(window)["J01-swapped.json"] is FileStatus.TAMPERED
    window.tab_actions[window.pages.index(window.evidence)].trigger()
    page = window.evidence
    assert window.tabs.currentWidget() is page
    rows = [
        [page.list.topLevelItem(r).text(c) for c in range(8)]
        for r in range(page.list.topLevelItemCount())
    ]
    assert rows[0] == [
        "S001",
        "J01",
        "",  # given for no other submission
        "depan.jpg",
        "JPEG photo",
        "1 KB",
        "12 May 2024 10:31 WIB",
        "-6.175392,106.827125",
    ]
    assert [row[3] for row in rows] == ["depan.jpg", "denah.png", "SK.pdf"]
    assert page.summary.text().startswith("Evidence files in the accepted results: 3.")
    assert page.preview.pixmap().width() > 0  # the photo itself, before anything is opened
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert Path(opened[0]).read_bytes() == PHOTO  # what J01 attached, not the swapped one
    qtbot.keyClick(page.list, Qt.Key.Key_End)
    assert page.preview.text() == "PDF document: open it to read it."
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert Path(opened[1]).suffix == ".pdf" and Path(opened[1]).read_bytes() == DECREE


def test_one_photo_given_for_two_visits_is_pointed_out(qtbot, start, tmp_path) -> None:  # noqa: F811
    """A juror attached the same photo as evidence of the visits to S001 and S002: the chair
    sees which other submission each copy is for, and the summary says to ask the juror."""
    setup = make_competition(tmp_path / "field", submissions=2, jurors=2)
    setup.build(round_id="field", package_id="test-field", output=setup.folder / "field.juripkg")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    photo = write(tmp_path / "visit", "IMG_0001.jpg", PHOTO)
    for juror in ("J01", "J02"):
        with setup.workspace(juror) as ws:
            ws.packages.import_package(setup.package)
            if juror == "J01":
                for code in ("S001", "S002"):
                    ws.scoring.attach_evidence("test-field", code, photo)
            ws.scoring.attach_evidence(
                "test-field", "S001", write(tmp_path / juror, "papan.png", png())
            )
            ws.results.export("test-field", PASSPHRASE, inbox)
    window = start(setup.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 2)
    page = window.evidence
    rows = {
        tuple(page.list.topLevelItem(r).text(c) for c in range(4))
        for r in range(page.list.topLevelItemCount())
    }
    assert rows == {
        ("S001", "J01", "S002", "IMG_0001.jpg"),
        ("S002", "J01", "S001", "IMG_0001.jpg"),
        ("S001", "J01", "", "papan.png"),
        ("S001", "J02", "", "papan.png"),  # the same board photographed: one submission
    }
    assert "2 file(s) are the very same file given for more than one submission" in (
        page.summary.text()
    )
