"""The panel chair's window, driven as a chair would: open the demo package, import the
demo's simulated results with a tampered file and a file signed on a juror's new laptop,
accept that key after comparing its fingerprint, switch methods, export — and get the same
merged file as ``juri merge``."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QToolBar

from app.cli.main import main as cli_main
from app.crypto.envelope import sign_payload
from app.crypto.keys import KeyPair, encode_public_key, write_private_key
from app.demo.create import DemoInfo
from app.merge.methods import Method
from app.merge.spreadsheet import ranking_rows
from app.merge.statuses import FileStatus
from app.merge.table import CellState
from tests.factory import PASSPHRASE, copy_demo
from tests.ui.conftest import activate, message_boxes
from ui.chair.launcher import ChairLauncher
from ui.chair.models import RankingModel, RankingView
from ui.chair.window import ChairWindow

LAPTOP = KeyPair.generate("J02, new laptop")


@pytest.fixture(scope="module")
def simulated(simulated_demo: DemoInfo, tmp_path_factory) -> DemoInfo:
    """The demo with its four jurors' simulated result files (tests/conftest.py), copied."""
    return copy_demo(simulated_demo, tmp_path_factory.mktemp("chair") / "juri-demo")


def tampered(data: bytes) -> bytes:
    """The same file with its time changed after signing."""
    document = json.loads(data)
    document["payload"]["created"] = "2026-01-01T00:00:00.000Z"
    return json.dumps(document).encode()


def from_new_laptop(data: bytes) -> bytes:
    """J02 exported again from a laptop whose key the roster does not have."""
    payload = json.loads(data)["payload"]
    payload["sequence"] += 1
    payload["juror"]["public_key"] = encode_public_key(LAPTOP.public_key)
    return sign_payload(payload, LAPTOP)


@pytest.fixture
def inbox(simulated: DemoInfo, tmp_path: Path) -> Path:
    """The folder a chair collects on results day."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for path in simulated.results:
        shutil.copyfile(path, folder / path.name)
    first, second = sorted(simulated.results)[:2]
    (folder / "J01-tampered.json").write_bytes(tampered(first.read_bytes()))
    (folder / "J02-laptop.json").write_bytes(from_new_laptop(second.read_bytes()))
    return folder


@pytest.fixture
def chair_key(tmp_path: Path) -> Path:
    path = tmp_path / "chair.key"
    write_private_key(path, KeyPair.generate("Ketua Tim Panel"), PASSPHRASE)
    return path


@pytest.fixture
def start(qtbot) -> Iterator[Callable[..., ChairWindow]]:
    launchers: list[ChairLauncher] = []

    def begin(package: Path | None = None, inputs=(), language: str = "en") -> ChairWindow:
        launcher = ChairLauncher(package, inputs, language)
        launchers.append(launcher)
        launcher.begin()
        qtbot.addWidget(launcher.window)
        return launcher.window

    yield begin
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)
    for launcher in launchers:
        launcher.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def passes_column(header: list[str]) -> str:
    return next(name for name in header if name.startswith("passes"))


def settled(qtbot, window: ChairWindow, condition=lambda report: True) -> None:
    qtbot.waitUntil(
        lambda: window.busy == 0 and window.report is not None and condition(window.report),
        timeout=30_000,
    )


def statuses(window: ChairWindow) -> dict[str, FileStatus]:
    model = window.files.model
    return {
        Path(model.verdict(row).name).name: model.verdict(row).status
        for row in range(model.rowCount())
    }


def ranking(window: ChairWindow) -> list[str]:
    model = window.ranking.model
    return [model.standing(row).code for row in range(model.rowCount())]


def accept_laptop_key(qtbot, window: ChairWindow) -> None:
    [row] = window.files.model.rows_with(FileStatus.UNKNOWN_KEY)
    window.files.select_row(row)
    assert window.files.accept_button.isEnabled() and window.accept_key_action.isEnabled()
    qtbot.mouseClick(window.files.accept_button, Qt.MouseButton.LeftButton)
    box = window.accept_box
    assert LAPTOP.fingerprint in box.text()  # compared with the juror's paper sheet
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    settled(
        qtbot,
        window,
        lambda r: (
            "J02-laptop.json"
            in {Path(v.name).name for v in r.intake.verdicts if v.status is FileStatus.ACCEPTED}
        ),
    )


def sign(qtbot, window: ChairWindow, target: Path, key: Path, passphrase: str) -> None:
    dialog = window.export_merged(target)
    dialog.key_file.setText(str(key))
    dialog.passphrase.setText(passphrase)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_the_chair_checks_accepts_ranks_and_exports_like_the_cli(
    qtbot, start, simulated, inbox, chair_key, tmp_path, capsys, monkeypatch
) -> None:
    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.verdicts) == 6)
    seen = statuses(window)
    assert seen["J01-tampered.json"] is FileStatus.TAMPERED
    assert seen["J02-laptop.json"] is FileStatus.UNKNOWN_KEY
    assert sum(s is FileStatus.ACCEPTED for s in seen.values()) == 4
    reasons = {Path(v.name).name: v.reason for v in window.report.intake.verdicts}
    assert "changed after it was signed" in reasons["J01-tampered.json"]
    files = window.files.model
    [row] = files.rows_with(FileStatus.TAMPERED)  # who it claims to be, marked unverified
    assert files.data(files.index(row, files.JUROR)) == "J01 (unverified)"
    assert files.data(files.index(row, files.SEQUENCE)) == "1 (unverified)"
    assert "says it is juror J01's, but that is not verified" in files.data(
        files.index(row, files.JUROR), Qt.ItemDataRole.ToolTipRole
    )
    assert LAPTOP.fingerprint in reasons["J02-laptop.json"]

    accept_laptop_key(qtbot, window)
    seen = statuses(window)
    assert seen["J02-laptop.json"] is FileStatus.ACCEPTED
    assert seen["J02_kipp-2023-desk-demo_v1.juri-result.json"] is FileStatus.SUPERSEDED
    assert [(d.juror, d.fingerprint) for d in window.report.intake.decisions] == [
        ("J02", LAPTOP.fingerprint)
    ]  # for the juror of the row compared, no one else
    assert [
        (d.juror_id, d.subject)
        for d in window.desk.store.decisions(window.report.manifest.package_id)
    ] == [("J02", LAPTOP.fingerprint)]  # recorded

    coverage = window.coverage.model
    states = [
        coverage.state(s.code, j)
        for s in window.report.manifest.submissions
        for j in window.report.table.jurors
    ]
    assert states.count(CellState.RECUSED) == 1 and states.count(CellState.IN_PROGRESS) == 1

    by_mean = ranking(window)
    window.method_choice.setCurrentIndex(window.method_choice.findData(Method.ZSCORE.value))
    settled(qtbot, window, lambda r: r.options.method is Method.ZSCORE)
    assert ranking(window) != by_mean  # a strict and a lenient juror now count alike
    assert "z-scores" in window.ranking.summary.text()
    window.method_choice.setCurrentIndex(window.method_choice.findData(Method.MEAN.value))
    settled(qtbot, window, lambda r: r.options.method is Method.MEAN)
    assert ranking(window) == by_mean
    assert window.report.passing_grade == 85 and not any(s.passes for s in window.report.standings)
    window.passing_choice.setValue(70)
    window.passing_choice.editingFinished.emit()
    settled(qtbot, window, lambda r: r.passing_grade == 70)
    assert "Passing grade: 70.00 — 9 of 16 pass." in window.ranking.summary.text()
    window.passing_choice.setValue(-1)  # back to the round's, as juri merge uses it
    window.passing_choice.editingFinished.emit()
    settled(qtbot, window, lambda r: r.passing_grade == 85)
    assert [
        row.code for row in window.disagreements.model.rows
    ] and window.disagreements.model.rows[0].suggestion() in (
        "assign a third juror",
        "discuss in the panel's plenary",
    )
    assert window.reliability.model.rowCount() == 1 + len(window.report.manifest.rubric)

    target = tmp_path / "window.juri-merged.json"
    sign(qtbot, window, target, chair_key, "not the passphrase")
    qtbot.waitUntil(lambda: window.sign_dialog.problem.isVisible(), timeout=10_000)
    assert not target.exists()
    window.sign_dialog.done(0)
    sign(qtbot, window, target, chair_key, PASSPHRASE)
    qtbot.waitUntil(target.exists, timeout=10_000)
    window.export_table(tmp_path / "window.csv", "csv")
    window.export_table(tmp_path / "window.xlsx", "xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "window.xlsx").exists(), timeout=10_000)

    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    code = cli_main(
        [
            "--lang",
            "en",
            "merge",
            str(inbox),
            "--package",
            str(simulated.package),
            "--accept-key",
            f"J02={LAPTOP.fingerprint}",
            "--key",
            str(chair_key),
            "-o",
            str(tmp_path / "cli.json"),
            "--csv",
            str(tmp_path / "cli.csv"),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert target.read_bytes() == (tmp_path / "cli.json").read_bytes()
    assert (tmp_path / "window.csv").read_bytes() == (tmp_path / "cli.csv").read_bytes()
    payload = json.loads(target.read_bytes())["payload"]
    assert [r["submission"] for r in payload["ranking"]] == by_mean


def test_a_key_accepted_in_the_window_counts_for_the_rows_juror_only(
    qtbot, start, simulated, inbox
) -> None:
    """Issue 12 item 2 in the window: accepting the laptop key on J02's row binds it to J02;
    a file of J03 signed by the same key stays an unknown key, and accepting it for J03 too
    is refused in a sentence. A result without an integrity pact is flagged in the table."""
    third = sorted(simulated.results)[2]
    payload = json.loads(third.read_bytes())["payload"]
    payload["sequence"] += 1
    payload["juror"]["public_key"] = encode_public_key(LAPTOP.public_key)
    (inbox / "J03-laptop.json").write_bytes(sign_payload(payload, LAPTOP))
    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.verdicts) == 7)
    rows = window.files.model.rows_with(FileStatus.UNKNOWN_KEY)
    j02 = next(r for r in rows if window.files.model.verdict(r).juror == "J02")
    window.files.select_row(j02)
    qtbot.mouseClick(window.files.accept_button, Qt.MouseButton.LeftButton)
    assert "count for juror J02 only" in window.accept_box.text()
    qtbot.mouseClick(
        window.accept_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    settled(qtbot, window, lambda r: bool(r.intake.decisions))
    seen = statuses(window)
    assert seen["J02-laptop.json"] is FileStatus.ACCEPTED
    assert seen["J03-laptop.json"] is FileStatus.UNKNOWN_KEY
    reasons = {Path(v.name).name: v.reason for v in window.report.intake.verdicts}
    assert reasons["J03-laptop.json"].endswith("the chair accepted this key for juror J02 only")

    unused = KeyPair.generate()  # accepted for J04 (as juri merge --accept-key could), unused
    window.desk.accept_key("J04", unused.fingerprint)
    window.merge_again()
    settled(qtbot, window, lambda r: bool(r.intake.unused_keys))
    assert (
        f"No file of its juror is signed by the accepted key(s) {unused.fingerprint} (J04)."
        in window.files.summary.text()
    )

    [j03] = window.files.model.rows_with(FileStatus.UNKNOWN_KEY)
    window.files.select_row(j03)
    qtbot.mouseClick(window.files.accept_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        window.accept_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: window.busy == 0 and bool(message_boxes()), timeout=10_000)
    [box] = message_boxes()
    assert "already accepted for juror J02; a key counts for one juror only" in box.text()
    box.done(0)
    assert statuses(window)["J03-laptop.json"] is FileStatus.UNKNOWN_KEY


def test_a_result_without_a_pact_is_flagged_in_the_file_table(
    qtbot, start, simulated, tmp_path
) -> None:
    from app.crypto.keys import read_private_key
    from app.demo.create import DEMO_PASSPHRASE
    from app.services.identity import KEY_FILE

    first = sorted(simulated.results)[0]
    payload = json.loads(first.read_bytes())["payload"]
    payload.update(integrity_pact=None, sequence=payload["sequence"] + 1)
    key = read_private_key(simulated.workspaces["J01"] / KEY_FILE, DEMO_PASSPHRASE)
    pactless = tmp_path / "J01-no-pact.json"
    pactless.write_bytes(sign_payload(payload, key))
    window = start(simulated.package, [pactless])
    settled(qtbot, window, lambda r: len(r.intake.verdicts) == 1)
    files = window.files.model
    assert files.data(files.index(0, files.STATUS)) == "accepted · no integrity pact"
    assert "WITHOUT AN INTEGRITY PACT" in files.data(files.index(0, files.REASON))


def test_keys_an_older_juri_accepted_for_no_juror_are_announced(qtbot, start, simulated) -> None:
    from app import paths
    from tests.merge.helpers import old_store_with_a_key_for_no_juror

    paths.default_merge_store().parent.mkdir(parents=True)
    old_store_with_a_key_for_no_juror(
        paths.default_merge_store(), "kipp-2023-desk-demo", LAPTOP.fingerprint
    )
    window = start(simulated.package)
    qtbot.waitUntil(lambda: window.busy == 0 and hasattr(window, "unbound_box"), timeout=30_000)
    text = window.unbound_box.text()
    assert f"accepted these keys for no juror in particular: {LAPTOP.fingerprint}." in text
    assert "they count for nobody until you accept each again" in text
    window.unbound_box.done(0)


def test_the_superseded_icon_is_not_a_drop_down_arrow(qapp) -> None:
    from PySide6.QtWidgets import QStyle

    from ui.chair.palette import status_icon

    arrow = qapp.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
    assert status_icon(FileStatus.SUPERSEDED).pixmap(16).toImage() != arrow.pixmap(16).toImage()


def test_drop_a_folder_cancel_and_find_the_files_kept(qtbot, start, simulated, inbox) -> None:
    window = start(simulated.package)
    settled(qtbot, window)
    assert window.report.intake.verdicts == []
    release = threading.Event()
    window.tasks.run(lambda _p, _c: release.wait(30))  # the worker is busy with earlier work
    task = window.import_paths([inbox])
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: window.busy == 0, timeout=30_000)
    assert "Cancelled" in window.statusBar().currentMessage()
    assert window.report.intake.verdicts == []  # nothing shown as merged that was not

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(inbox))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    settled(qtbot, window, lambda r: len(r.intake.verdicts) == 6)
    assert "already imported" in window.statusBar().currentMessage().lower()
    window.import_paths([inbox])  # the same folder again: said in a line, by file name
    qtbot.waitUntil(lambda: "0 new" in window.statusBar().currentMessage(), timeout=30_000)
    first = sorted(p.name for p in inbox.iterdir())[:3]
    assert window.statusBar().currentMessage() == (
        f"Imported: 6 file(s) read, 0 new. Already imported: 6 files ({', '.join(first)}, …)."
    )


def test_the_next_start_shows_the_kept_files_and_line_ups(qtbot, start, simulated, inbox) -> None:
    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.verdicts) == 6)
    window.close()

    again = start()  # no arguments: the package opened last, the files in the merge store
    settled(qtbot, again, lambda r: len(r.intake.verdicts) == 6)
    assert statuses(again)["J01-tampered.json"] is FileStatus.TAMPERED
    model = again.ranking.model
    again.ranking.view_choice.setCurrentIndex(again.ranking.view_choice.findData(RankingView.GROUP))
    groups = [model.data(model.index(row, RankingModel.LINE_UP)) for row in range(model.rowCount())]
    assert groups == sorted(groups)  # one line-up per group, each ranked from 1
    firsts = {}
    for row in range(model.rowCount()):
        group = model.data(model.index(row, RankingModel.LINE_UP))
        firsts.setdefault(group, model.data(model.index(row, RankingModel.RANK)))
    assert set(firsts.values()) <= {"1", "=1"}


def test_indonesian_numbers_and_chart(qtbot, start, simulated, inbox) -> None:
    window = start(simulated.package, [inbox], language="id")
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    model = window.ranking.model
    score = model.data(model.index(0, RankingModel.SCORE))
    assert "," in score and "." not in score
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # keyboard only
    assert window.tabs.currentWidget() is window.charts
    assert set(window.charts.boxes) == {"J01", "J02", "J03", "J04"}
    strictest = min(window.charts.boxes, key=lambda j: window.charts.boxes[j].median)
    assert strictest in window.charts.summary.text()
    window.charts.choice.setCurrentIndex(1)  # the first criterion, on its own scale
    assert all(1 <= b.minimum <= b.maximum <= 10 for b in window.charts.boxes.values())
    assert (window.charts.scale.min(), window.charts.scale.max()) == (1, 10)
    window.set_theme("dark")
    assert window.charts.chart.theme() == window.charts.chart.ChartTheme.ChartThemeDark
    window.set_theme("light")
    assert window.charts.chart.theme() == window.charts.chart.ChartTheme.ChartThemeLight


def test_chair_has_help(capsys) -> None:
    from ui.entry import main

    assert main(["--lang", "en", "chair", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: juri chair") and "--package" in out


def test_every_chair_model_is_a_sound_qt_model(
    qtbot, qtmodeltester, start, simulated, inbox
) -> None:
    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.verdicts) == 6)
    for page in (
        window.files,
        window.coverage,
        window.ranking,
        window.disagreements,
        window.reliability,
    ):
        assert page.model.rowCount() > 0
        qtmodeltester.check(page.model)
    window.ranking.view_choice.setCurrentIndex(
        window.ranking.view_choice.findData(RankingView.CLUSTER)
    )
    qtmodeltester.check(window.ranking.model)


def test_a_broken_package_is_refused_in_plain_words(qtbot, start, tmp_path) -> None:
    broken = tmp_path / "rusak.juripkg"
    broken.write_bytes(b"not a zip file")
    window = start(broken)
    qtbot.waitUntil(lambda: window.busy == 0 and bool(message_boxes()), timeout=10_000)
    [box] = message_boxes()
    assert "rusak.juripkg" in box.text() or "package" in box.text().lower()
    assert box.detailedText() == ""  # a refusal, not a crash report
    assert window.report is None and not window.import_action.isEnabled()
    box.done(0)
    window.import_paths([tmp_path])  # e.g. a drop before any package is open
    [box] = message_boxes()
    assert "Open the package the results are for first" in box.text()


def test_the_chair_prints_the_signed_record_of_what_was_signed(
    qtbot, start, simulated, inbox, chair_key, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.reports.pdf import page_texts
    from ui.chair.recap_dialog import RecapDialog

    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.verdicts) == 6)
    assert window.save_recap_action.isEnabled()
    window.save_recap_action.trigger()  # nothing signed yet: the chair is told what to do
    assert isinstance(window.recap_dialog, QMessageBox)
    assert "Export the signed merged file first" in window.recap_dialog.text()
    window.recap_dialog.done(0)

    sign(qtbot, window, tmp_path / "merged.json", chair_key, PASSPHRASE)
    qtbot.waitUntil(lambda: window.signed is not None, timeout=10_000)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "berita-acara.pdf"), "")
    )
    window.save_recap_action.trigger()
    dialog = window.recap_dialog
    assert (
        isinstance(dialog, RecapDialog)
        and "merged.json" in dialog.findChild(type(window.package_label)).text()
    )
    qtbot.keyClicks(dialog.place, "Jakarta")
    dialog.members.setPlainText("Dr. Siti Rahma\nIr. Budi Santoso")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "recap_job", None) is not None, timeout=3_000)
    with qtbot.waitSignal(window.recap_job.finished, timeout=60_000) as finished:
        pass
    assert finished.args == [True]
    text = " ".join(page_texts(tmp_path / "berita-acara.pdf"))
    first = window.report.standings[0].code
    assert "at Jakarta" in text and first in text
    assert "J01-tampered.json" in text and "Ir. Budi Santoso" in text
    assert window.settings.chair_place == "Jakarta"  # offered again next time


def test_names_typed_for_the_record_survive_a_cancelled_save(
    qtbot, start, simulated, inbox, chair_key, tmp_path, monkeypatch
) -> None:
    """The chair types the names, then cancels the save dialog (a wrong folder): the names are
    offered again the next time, in that session."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QFileDialog

    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.verdicts) == 6)
    sign(qtbot, window, tmp_path / "merged.json", chair_key, PASSPHRASE)
    qtbot.waitUntil(lambda: window.signed is not None, timeout=10_000)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    window.save_recap_action.trigger()
    dialog = window.recap_dialog
    qtbot.keyClicks(dialog.place, "Makassar")
    dialog.date.setDate(QDate(2026, 11, 30))
    qtbot.keyClicks(dialog.chair, "Prof. Dr. Hasan Basri")
    qtbot.keyClicks(dialog.members, "Dr. Siti Rahma")
    qtbot.keyClick(dialog.members, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.members, "Ir. Budi Santoso")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)  # the save dialog opens and is cancelled
    assert getattr(window, "recap_job", None) is None
    window.save_recap_action.trigger()
    again = window.recap_dialog
    assert again is not dialog and again.isVisible()
    assert again.place.text() == "Makassar" and again.chair.text() == "Prof. Dr. Hasan Basri"
    assert again.members.toPlainText() == "Dr. Siti Rahma\nIr. Budi Santoso"
    assert again.date.date() == QDate(2026, 11, 30)
    again.reject()


# --- ranking integrity: the minimum, look-alike scores, the pass mark, reliability, tie-breaks


def test_the_chair_sets_the_minimum_and_sees_what_is_not_ranked(
    qtbot, start, simulated, inbox
) -> None:
    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    assert window.report.min_evaluations == 2  # the round's
    model = window.ranking.model
    assert (
        "enough complete evaluations (needed: 2); not ranked: 0." in window.ranking.summary.text()
    )
    activate(qtbot, window)
    window.minimum_choice.setFocus()
    window.minimum_choice.selectAll()
    qtbot.keyClicks(window.minimum_choice, "3")  # KIPP23-010 and -015 have two
    qtbot.keyClick(window.minimum_choice, Qt.Key.Key_Return)
    settled(qtbot, window, lambda r: r.min_evaluations == 3)
    rows = {model.standing(row).code: row for row in range(model.rowCount())}
    assert window.report.passing_grade is not None
    header, cells = ranking_rows(window.report)
    exported = {row[header.index("code")]: row for row in cells}
    for code in ("KIPP23-010", "KIPP23-015"):
        note = model.data(model.index(rows[code], RankingModel.NOTE))
        assert model.data(model.index(rows[code], RankingModel.RANK)) == "–"
        assert note.startswith("not ranked: 2 of")
        # never measured against the pass mark: "–", not "no" (its mean did not fall below)
        assert model.data(model.index(rows[code], RankingModel.PASSES)) == "–"
        assert exported[code][header.index(passes_column(header))] == ""
    assert model.data(model.index(rows["KIPP23-010"], RankingModel.NOTE)) == (
        "not ranked: 2 of 2 evaluations (3 needed: assign another juror)"
    )  # one recused
    assert (
        "enough complete evaluations (needed: 3); not ranked: 2." in window.ranking.summary.text()
    )
    assert window.settings.chair_min_evaluations == 3  # remembered
    window.minimum_choice.setValue(0)  # back to the round's
    window.minimum_choice.editingFinished.emit()
    settled(qtbot, window, lambda r: r.min_evaluations == 2)


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_merge_setting_shows_and_its_alt_letter_reaches_it(
    qtbot, start, simulated, language
) -> None:
    """At the window's first size, no setting hides behind the toolbar's » (where its
    Alt+letter did nothing): Alt+letter of the minimum of evaluations reaches it."""
    window = start(simulated.package, language=language)
    qtbot.waitUntil(lambda: window.isVisible() and window.desk.package is not None)
    activate(qtbot, window)
    settings = window.findChild(QToolBar, "merge_settings")
    for widget in (
        window.method_choice,
        window.trim_choice,
        window.threshold_choice,
        window.passing_choice,
        window.minimum_choice,
        window.tie_break_button,
    ):
        assert widget.isVisible(), widget.objectName() or widget.text()
        assert settings.geometry().contains(widget.mapTo(window, widget.rect().topRight()))
    label = next(w for w in settings.findChildren(QLabel) if w.buddy() is window.minimum_choice)
    letter = label.text()[label.text().index("&") + 1]
    qtbot.keyClick(
        window.files, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier
    )
    assert window.minimum_choice.hasFocus()


def test_under_the_zscore_the_window_shows_the_mean_the_grade_applies_to(
    qtbot, start, simulated, inbox
) -> None:
    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    window.method_choice.setCurrentIndex(window.method_choice.findData(Method.ZSCORE.value))
    settled(qtbot, window, lambda r: r.options.method is Method.ZSCORE)
    window.passing_choice.setValue(80)
    window.passing_choice.editingFinished.emit()
    settled(qtbot, window, lambda r: r.passing_grade == 80)
    model = window.ranking.model
    shown = {
        model.standing(row).code: [
            model.data(model.index(row, column))
            for column in (
                RankingModel.RANK,
                RankingModel.SCORE,
                RankingModel.MEAN,
                RankingModel.PASSES,
            )
        ]
        for row in range(model.rowCount())
    }
    assert shown["KIPP23-012"] == ["3", "81.92", "77.59", "no"]
    assert shown["KIPP23-002"] == ["4", "78.18", "81.67", "yes"]
    assert (
        "The grade applies to the mean of the jurors' weighted totals, whatever method "
        "ranks." in window.ranking.summary.text()
    )
    tip = model.data(model.index(0, RankingModel.PASSES), Qt.ItemDataRole.ToolTipRole)
    assert "mean of the jurors' weighted totals" in tip


def test_look_alike_scores_in_the_window(qtbot, start, competition, tmp_path) -> None:
    from tests.merge.helpers import build_panel
    from tests.merge.test_ranking import LOOK_ALIKE, uniform_results

    panel = build_panel(competition, tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for juror, data in uniform_results(panel, LOOK_ALIKE):
        (inbox / f"{juror}.json").write_bytes(data)
    window = start(panel.package.path, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 3)
    window.method_choice.setCurrentIndex(window.method_choice.findData(Method.ZSCORE.value))
    settled(qtbot, window, lambda r: r.options.method is Method.ZSCORE)
    model = window.ranking.model
    shown = {
        model.standing(row).code: (
            model.data(model.index(row, RankingModel.SCORE)),
            model.data(model.index(row, RankingModel.NOTE)),
        )
        for row in range(model.rowCount())
    }
    assert shown["S003"][0] == "73.185" and shown["S001"][0] == "73.180"
    assert "equal to the neighbour's score at two decimals" in shown["S001"][1]
    assert "the decimals shown separate them" in window.ranking.summary.text()


def test_reliability_is_read_in_plain_words_with_its_sources(
    qtbot, start, simulated, inbox
) -> None:
    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    model = window.reliability.model
    reading = model.data(model.index(0, model.READING))
    assert reading == "α: unreliable (below 0.667); ICC1k: good (0.75–0.90)"
    assert "Single jurors agree less" in model.data(
        model.index(0, model.READING), Qt.ItemDataRole.ToolTipRole
    )
    assert window.reliability.advice.text().startswith("The jurors agree: the ranking can rest")
    assert "Krippendorff (2004)" in window.reliability.sources.text()
    assert "Koo & Li (2016)" in window.reliability.sources.text()


def test_the_chair_changes_the_tie_break_order_with_the_keyboard(
    qtbot, start, simulated, inbox
) -> None:
    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    assert window.report.tie_break[:2] == ("SIGNIFIKANSI", "ADAPTABILITAS")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            getattr(window, "tie_break_dialog", None) is not None
            and window.tie_break_dialog.isVisible()
        ),
        timeout=3_000,
    )
    dialog = window.tie_break_dialog
    order = dialog.list
    qtbot.waitUntil(order.hasFocus, timeout=3_000)  # keys go to the list at once
    assert dialog.order() == window.report.tie_break
    # untick every criterion, then move the number of evaluations to the top
    for row in range(order.count()):
        order.setCurrentRow(row)
        item = order.item(row)
        if (
            item.text() != "Number of complete evaluations"
            and item.checkState() == Qt.CheckState.Checked
        ):
            qtbot.keyClick(order, Qt.Key.Key_Space)
    [evaluations] = order.findItems("Number of complete evaluations", Qt.MatchFlag.MatchExactly)
    order.setCurrentItem(evaluations)
    for _ in range(order.count()):
        qtbot.keyClick(order, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert order.currentRow() == 0
    qtbot.keyClick(order, Qt.Key.Key_Down)  # and tick the heaviest criterion after it
    qtbot.keyClick(order, Qt.Key.Key_Space)
    ticked = dialog.order()
    assert ticked == ("evaluations", "SIGNIFIKANSI")
    qtbot.keyClick(order, Qt.Key.Key_Return)  # OK is the default
    settled(qtbot, window, lambda r: r.tie_break == ticked)
    assert window.settings.chair_tie_break == ",".join(ticked)
    window.close()

    again = start()  # remembered for the next start
    settled(qtbot, again, lambda r: len(r.intake.verdicts) == 6)
    assert again.report.tie_break == ticked


def test_a_tie_break_order_remembered_for_another_rubric(qtbot, start, simulated, inbox) -> None:
    from app.settings import load, save

    settings = load()
    settings.chair_tie_break = "NOVELTY,evaluations"  # another competition's criterion
    save(settings)
    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    assert window.report.tie_break == ("evaluations",)
    assert load().chair_tie_break == "evaluations"


# --- the exports and the record's dialog (issue 14.9-14.11) -------------------------------------


def test_the_chair_chooses_csv_for_excel_or_for_programs_when_exporting(
    qtbot, start, simulated, inbox, tmp_path, monkeypatch
) -> None:
    """The save dialog offers both CSVs, the one for Excel first where the computer writes
    decimals with a comma (as Excel will then); the type the chair picks is what is written."""
    import csv
    import io

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QFileDialog

    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.verdicts) == 6)
    asked, picks = [], [("for-excel.csv", "Excel"), ("for-programs.csv", "programs")]

    def save_dialog(_parent, _title, suggested, filters, selected, *_rest):
        asked.append((suggested, filters.split(";;"), selected))
        name, kind = picks[len(asked) - 1]
        return str(tmp_path / name), next(f for f in filters.split(";;") if kind in f)

    def exported(name: str, separator: str) -> list[list[str]]:
        qtbot.waitUntil(lambda: (tmp_path / name).exists() and window.busy == 0, timeout=10_000)
        text = (tmp_path / name).read_text("utf-8-sig")
        return list(csv.reader(io.StringIO(text), delimiter=separator))

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    for language, country in (
        (QLocale.Language.Indonesian, QLocale.Country.Indonesia),
        (QLocale.Language.English, QLocale.Country.UnitedStates),
    ):
        system = QLocale(language, country)
        monkeypatch.setattr("ui.chair.exports.QLocale.system", lambda system=system: system)
        window.export_csv_action.trigger()
    excel, programs = exported("for-excel.csv", ";"), exported("for-programs.csv", ",")
    suggested, filters, selected = asked[0]
    assert suggested.endswith("kipp-2023-desk-demo-ranking.csv")
    assert filters == [
        "CSV for Excel (semicolons, decimal commas) (*.csv)",
        "CSV for programs (commas, decimal points) (*.csv)",
    ]
    assert selected == filters[0]  # the computer writes 0,5: Excel wants semicolons
    assert asked[1][2] == filters[1]  # decimals with a point: the CSV for programs
    score = excel[0].index("score (mean of the weighted totals)")
    assert excel[0] == programs[0] and excel[0][:3] == ["rank", "tie", "code"]
    assert "," in excel[1][score] and excel[1][score] == programs[1][score].replace(".", ",")
    assert "Exported:" in window.statusBar().currentMessage()


def test_the_records_dialog_shows_the_date_as_the_language_writes_it(qtbot) -> None:
    """Not "04/12/26": the locale's long date, with the month named."""
    from PySide6.QtCore import QDate, QLocale

    from app import i18n
    from ui.chair.recap_dialog import RecapDialog

    for language, month in (("id", "Desember"), ("en", "December")):
        i18n.install(language)
        dialog = RecapDialog(None, "OK", "Jakarta", "m.juri-merged.json")
        qtbot.addWidget(dialog)
        dialog.date.setDate(QDate(2026, 12, 4))
        shown = dialog.date.text()
        assert shown == i18n.locale_for(language).toString(
            QDate(2026, 12, 4), QLocale.FormatType.LongFormat
        )
        assert f"4 {month} 2026" in shown and "/" not in shown
        assert dialog.options().meeting_date.isoformat() == "2026-12-04"


@pytest.mark.parametrize("language", ["id", "en"])
def test_tab_walks_the_records_dialog_field_by_field(qtbot, language) -> None:
    """Tab leaves the date at once (it walked the weekday, day, month and year first, and
    the keyboard seemed stuck); the arrows still change the date."""
    from PySide6.QtCore import QDate

    from app import i18n
    from ui.chair.recap_dialog import RecapDialog

    i18n.install(language)
    dialog = RecapDialog(None, "OK", "", "m.juri-merged.json")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.place, "Yogyakarta")
    walked = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked[:2] == [dialog.date, dialog.chair] and walked[2] is dialog.members
    qtbot.keyClicks(dialog.members, "Dra. Endang Lestari")
    qtbot.keyClick(dialog.members, Qt.Key.Key_Return)  # one name per line: a new line
    qtbot.keyClicks(dialog.members, "Dr. Ahmad Fauzi")
    assert dialog.isVisible()
    assert dialog.options().members == ("Dra. Endang Lestari", "Dr. Ahmad Fauzi")
    qtbot.keyClick(dialog.members, Qt.Key.Key_Backtab)
    qtbot.keyClick(dialog.chair, Qt.Key.Key_Backtab)
    assert dialog.date.hasFocus()
    dialog.date.setDate(QDate(2026, 12, 4))
    dialog.date.setCurrentSection(dialog.date.Section.DaySection)
    qtbot.keyClick(dialog.date, Qt.Key.Key_Up)
    assert dialog.options().meeting_date.isoformat() == "2026-12-05"


def test_a_bel_in_a_file_name_is_exported_and_reported_not_a_crash(
    qtbot, start, simulated, inbox, tmp_path, monkeypatch
) -> None:
    """Issue 14.9: a file whose name holds a BEL; the workbook is written, the name shows the
    BEL's picture, and the chair is told which cell changed."""
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    (inbox / "salinan\a.json").write_bytes(b"not a result")
    window = start(simulated.package, [inbox])
    settled(qtbot, window, lambda r: len(r.intake.verdicts) == 7)
    target = tmp_path / "peringkat.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(target), "Spreadsheets (*.xlsx)")
    )
    window.export_xlsx_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "export_message", None) is not None, timeout=10_000)
    text = window.export_message.text()
    assert f"Written: {target}" in text and "Cells changed to fit a spreadsheet: 1" in text
    assert "Files!A" in text and "U+0007 → ␇" in text
    names = [row[0].value for row in openpyxl.load_workbook(target)["Files"].iter_rows()]
    assert "salinan␇.json" in [Path(name).name for name in names[1:]]


def test_the_chair_assigns_a_third_juror_and_the_window_uses_the_new_version(
    qtbot, start, simulated, tmp_path, monkeypatch, capsys
) -> None:
    """A flagged submission → the chair ticks a juror not assigned to it and saves the
    assignments file → the secretariat's ``juri package amend`` signs version 2 → the window
    given version 2 uses it with every result still counting; given version 1 again, it keeps
    version 2 and says so (issue 13.1)."""
    from PySide6.QtWidgets import QFileDialog

    from app.demo.create import DEMO_PASSPHRASE
    from app.package.reader import open_package

    window = start(simulated.package, [simulated.folder / "results"])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    flagged = "KIPP23-005"
    manifest = window.report.manifest
    [free] = [j.id for j in manifest.jurors if flagged not in manifest.assigned(j.id)]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.disagreements
    [row] = [i for i, d in enumerate(page.model.rows) if d.code == flagged]
    page.table.setCurrentIndex(page.table.model().mapFromSource(page.model.index(row, 0)))
    assert page.selected_code() == flagged
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            getattr(window, "third_juror_dialog", None) is not None
            and window.third_juror_dialog.isVisible()
        ),
        timeout=3_000,
    )
    dialog = window.third_juror_dialog
    assert flagged in dialog.windowTitle()
    assert [
        dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())
    ] == [free]
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()  # nobody ticked yet
    qtbot.waitUntil(dialog.list.hasFocus, timeout=3_000)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert dialog.chosen() == [free] and save.isEnabled()
    target = tmp_path / "third.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8-sig").splitlines() == ["juri,kode", f"{free},{flagged}"]
    assert f"Assignments written: {target} ({flagged})." in window.statusBar().currentMessage()
    # what the secretariat needs, in full where the chair can read and copy it (the status
    # bar cut the command off behind the package label): who signs, and the command
    [box] = [b for b in message_boxes() if b.windowTitle() == "Assign a third juror"]
    assert "the chair does not sign packages" in box.text()
    assert (
        f"juri package amend {simulated.package.name} --assignments third.csv --key "
        "SECRETARIAT.key -o kipp-2023-desk-demo-v2.juripkg"
    ) in box.text()
    box.done(0)

    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    v2 = tmp_path / "v2.juripkg"
    assert (
        cli_main(
            [
                "--lang",
                "en",
                "package",
                "amend",
                str(simulated.package),
                "--assignments",
                str(target),
                "--key",
                str(simulated.folder / "secretariat" / "sekretariat.key"),
                "-o",
                str(v2),
            ]
        )
        == 0
    ), capsys.readouterr()
    assert window.package_label.text().startswith("Package kipp-2023-desk-demo, version 1,")
    window.open_package(v2)
    settled(qtbot, window, lambda r: r.manifest.version == 2)
    assert len(window.report.intake.accepted) == 4  # made for version 1, still counting
    assert window.package_label.text().startswith("Package kipp-2023-desk-demo, version 2,")
    assert "Version 2 is used from now on" in window.statusBar().currentMessage()
    window.open_package(simulated.package)
    qtbot.waitUntil(
        lambda: window.busy == 0 and "stays in use" in window.statusBar().currentMessage(),
        timeout=30_000,
    )
    assert window.desk.package.manifest_sha256 == open_package(v2).manifest_sha256
    assert window.report.manifest.version == 2 and flagged in window.report.manifest.assigned(free)


def test_files_of_a_newer_version_than_the_package_open_are_named_and_block_signing(
    qtbot, start, simulated, chair_key, tmp_path, monkeypatch, capsys
) -> None:
    """Red-team finding: the files of a newer version were set aside as "for another package
    (X), not X" and the rest could be signed. The window names them, says to open the newest
    version, refuses to sign until then, and counts them once it is open."""
    from app.demo.create import DEMO_PASSPHRASE

    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    from app.package.reader import open_package

    pairs = tmp_path / "third.csv"

    v1 = open_package(simulated.package).manifest
    [free] = [j.id for j in v1.jurors if "KIPP23-005" not in v1.assigned(j.id)]
    pairs.write_text(f"juri,kode\n{free},KIPP23-005\n", encoding="utf-8")
    v2, merged = tmp_path / "v2.juripkg", tmp_path / "desk-v2.juri-merged.json"
    secretariat = str(simulated.folder / "secretariat" / "sekretariat.key")
    amend = ["package", "amend", str(simulated.package), "--assignments", str(pairs)]
    assert cli_main(["--lang", "en", *amend, "--key", secretariat, "-o", str(v2)]) == 0
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    results = str(simulated.folder / "results")
    chair = ["--key", str(chair_key), "-o", str(merged)]
    assert cli_main(["--lang", "en", "merge", results, "--package", str(v2), *chair]) == 0
    capsys.readouterr()

    window = start(simulated.package, [simulated.folder / "results"])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    window.import_paths([merged])
    settled(qtbot, window, lambda r: merged.name in statuses(window))
    assert statuses(window)[merged.name] is FileStatus.FOREIGN_PACKAGE
    [verdict] = [v for v in window.report.intake.verdicts if Path(v.name).name == merged.name]
    assert verdict.reason.startswith("a merged file made for another version of this package")
    advice = (
        "1 file(s) were made for another version of package kipp-2023-desk-demo than "
        f"version 1 used here, most likely a newer one: {merged.name}. Open the newest "
        "version of the package (File → Open package)"
    )
    assert advice in window.files.summary.text()
    assert advice in window.statusBar().currentMessage()
    target = tmp_path / "signed.juri-merged.json"
    assert window.export_merged(target) is None
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=3_000)
    assert advice in message_boxes()[0].text()
    message_boxes()[0].done(0)
    assert not target.exists()

    window.open_package(v2)
    settled(qtbot, window, lambda r: r.manifest.version == 2)
    assert statuses(window)[merged.name] is FileStatus.MERGED_FILE
    assert "Open the newest version" not in window.files.summary.text()


def test_a_submission_short_of_jurors_gets_one_too_and_every_choice_goes_in_one_file(
    qtbot, start, simulated, tmp_path, monkeypatch, capsys
) -> None:
    """The ranking's note says "assign another juror" when a recusal leaves too few jurors:
    Ctrl+J on that row (Ranking) opens the choice for it, as on a disagreement; each choice
    is added to one assignments file, so the secretariat signs one amendment for them all."""
    from PySide6.QtWidgets import QFileDialog

    from app.demo.create import DEMO_PASSPHRASE
    from app.package.reader import open_package

    window = start(simulated.package, [simulated.folder / "results"])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    activate(qtbot, window)
    window.minimum_choice.setFocus()
    window.minimum_choice.selectAll()
    qtbot.keyClicks(window.minimum_choice, "3")  # KIPP23-010 has two jurors: one recused
    qtbot.keyClick(window.minimum_choice, Qt.Key.Key_Return)
    settled(qtbot, window, lambda r: r.min_evaluations == 3)
    short = "KIPP23-010"
    assert window.report.needing_a_juror[-1] == short
    offered: list[str] = []
    target = tmp_path / "penugasan.csv"

    def save_as(_parent, _title, suggested, *_args):
        offered.append(Path(suggested).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def assign(tab_key, page, code: str) -> str:
        qtbot.keyClick(window, tab_key, Qt.KeyboardModifier.ControlModifier)
        rows = [page.model.rows[i].code for i in range(len(page.model.rows))]
        page.table.setCurrentIndex(
            page.table.model().mapFromSource(page.model.index(rows.index(code), 0))
        )
        qtbot.keyClick(page.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.third_juror_dialog.isVisible(), timeout=3_000)
        dialog = window.third_juror_dialog
        assert code in dialog.windowTitle()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
        [juror] = dialog.chosen()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        [box] = [b for b in message_boxes() if b.windowTitle() == "Assign a third juror"]
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # read, the chair closes it and goes on
        assert not message_boxes()
        return juror

    first = assign(Qt.Key.Key_3, window.ranking, short)
    second = assign(Qt.Key.Key_4, window.disagreements, "KIPP23-005")
    assert offered == ["kipp-2023-desk-demo-assignments.csv", "penugasan.csv"]
    assert target.read_text(encoding="utf-8-sig").splitlines() == [
        "juri,kode",
        f"{first},{short}",
        f"{second},KIPP23-005",
    ]
    assert f"({short}, KIPP23-005)" in window.statusBar().currentMessage()
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    v2 = tmp_path / "v2.juripkg"
    secretariat = str(simulated.folder / "secretariat" / "sekretariat.key")
    amend = ["package", "amend", str(simulated.package), "--assignments", str(target)]
    assert cli_main(["--lang", "en", *amend, "--key", secretariat, "-o", str(v2)]) == 0
    manifest = open_package(v2).manifest  # one amendment gives both their juror
    assert short in manifest.assigned(first) and "KIPP23-005" in manifest.assigned(second)


def test_ctrl_j_is_for_the_submission_selected_or_the_first_that_needs_a_juror(
    qtbot, start, simulated
) -> None:
    window = start(simulated.package, [simulated.folder / "results"])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.ranking.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    first = window.report.needing_a_juror[0]  # nothing selected: the widest disagreement
    assert first in window.third_juror_dialog.windowTitle()
    window.third_juror_dialog.reject()
    activate(qtbot, window)
    window.ranking.table.setFocus()
    qtbot.keyClick(
        window.ranking.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier
    )  # the last row
    chosen = window.ranking.selected_code()
    assert chosen not in window.report.needing_a_juror
    qtbot.keyClick(window.ranking.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert chosen in window.third_juror_dialog.windowTitle()  # the chair's choice, not another


def test_an_assignments_file_never_overwrites_another_file(
    qtbot, start, simulated, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = start(simulated.package, [simulated.folder / "results"])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    notes = tmp_path / "catatan-rapat.csv"
    notes.write_text("agenda,waktu\nrapat pleno,09.00\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(notes), ""))
    dialog = window.assign_third_juror()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=3_000)
    assert "juri" in message_boxes()[0].text()  # the reader's refusal: the columns it needs
    message_boxes()[0].done(0)
    assert dialog.isVisible()
    assert notes.read_text(encoding="utf-8") == "agenda,waktu\nrapat pleno,09.00\n"


def test_the_sign_dialog_shows_a_key_files_whole_path(qtbot, start, simulated, tmp_path) -> None:
    window = start(simulated.package, [simulated.folder / "results"])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    dialog = window.export_merged(tmp_path / "desk.juri-merged.json")
    path = "/home/ketua-tim-panel/Dokumen/KIPP 2026/kunci/ketua.key"
    dialog.key_file.setText(path)
    qtbot.waitUntil(dialog.isVisible)
    edit = dialog.key_file
    assert edit.fontMetrics().horizontalAdvance(path) < edit.contentsRect().width()
    dialog.reject()


@pytest.mark.parametrize("language", ["id", "en"])
def test_f1_shows_the_chairs_keyboard_help_wherever_the_focus_is(
    qtbot, start, simulated, inbox, language
) -> None:
    """The chair's window had no keyboard help; F1 opens it from a setting, a table or a
    page, and lists the chair's own keys (not the juror's)."""
    from tests.ui.conftest import activate

    window = start(simulated.package, [inbox], language=language)
    settled(qtbot, window, lambda r: len(r.intake.verdicts) == 6)
    window.show()
    activate(qtbot, window)
    texts = []
    for target in (window.passing_choice, window.method_choice, window.files, window.tabs):
        target.setFocus()
        qtbot.waitUntil(lambda t=target: QApplication.focusWidget() is not None)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: getattr(window, "shortcuts_box", None) is not None)
        box = window.shortcuts_box
        qtbot.waitUntil(box.isVisible)
        texts.append(box.text())
        box.done(0)
        window.shortcuts_box = None
    text = texts[0]
    assert all(t == text for t in texts)
    for key in ("F5", "Ctrl+E", "Ctrl+T", "Ctrl+J", "Ctrl+Shift+S", "Ctrl+7", "Alt+↓", "F1"):
        assert f"<b>{key}</b>" in text, key
    assert "Ctrl+R" not in text and "Next unscored" not in text  # the juror's keys are not here
    if language == "id":
        assert "Gabungkan ulang" in text and "Halaman: Peringkat" in text, text
        assert "Alt+huruf" in text
    else:
        assert "Merge again" in text and "Page: Ranking" in text
    assert window.shortcuts_action in window.menuBar().actions()[-1].menu().actions()


def test_juri_chair_given_every_version_opens_the_newest_whatever_the_order(
    qtbot, start, simulated, tmp_path, monkeypatch
) -> None:
    """``juri chair --package v2 --package v1 results/``: a chair holding both versions gives
    both, as to ``juri merge``; the newest is used with every result counting, and the next
    start without --package opens it (the option kept only the last one given)."""
    from app import settings
    from app.demo.create import DEMO_PASSPHRASE
    from app.package.reader import open_package

    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    v1 = open_package(simulated.package).manifest
    [free] = [j.id for j in v1.jurors if "KIPP23-005" not in v1.assigned(j.id)]
    pairs = tmp_path / "third.csv"
    pairs.write_text(f"juri,kode\n{free},KIPP23-005\n", encoding="utf-8")
    v2 = tmp_path / "v2.juripkg"
    secretariat = str(simulated.folder / "secretariat" / "sekretariat.key")
    amend = ["package", "amend", str(simulated.package), "--assignments", str(pairs)]
    assert cli_main(["--lang", "en", *amend, "--key", secretariat, "-o", str(v2)]) == 0

    window = start([v2, simulated.package], [simulated.folder / "results"])
    settled(qtbot, window, lambda r: len(r.intake.accepted) == 4)
    assert window.report.manifest.version == 2
    assert window.package_label.text().startswith("Package kipp-2023-desk-demo, version 2,")
    assert Path(settings.load().chair_package) == v2.resolve()
