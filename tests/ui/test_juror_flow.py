"""The juror's day as the issue describes it: open the package, score three submissions with
the keyboard only, recuse one, undo, export — and the file verifies with ``juri result verify``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.cli.main import main as juri
from app.domain.evaluation import EvaluationStatus
from tests.factory import PASSPHRASE
from tests.ui.conftest import activate, message_boxes, new_juror, ready_window
from ui.dialogs import RecusalDialog
from ui.score_input import ScoreSpinBox


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = focused()
    assert widget is not None, "no widget has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:
    widget = focused()
    assert widget is not None, "no widget has the keyboard focus"
    qtbot.keyClicks(widget, text)


def open_demo_package(qtbot, launch, package_for, isolated_home) -> tuple:
    public_key = new_juror(isolated_home)
    package = package_for(public_key)
    launcher = launch()
    window = ready_window(qtbot, launcher)
    window.open_package_file(package)  # what File → Open package… does with the chosen file
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=5_000)
    return launcher, window, package


def test_a_juror_scores_recuses_undoes_and_exports_with_the_keyboard(
    qtbot, launch, package_for, isolated_home, tmp_path
) -> None:
    _launcher, window, package = open_demo_package(qtbot, launch, package_for, isolated_home)
    opened = message_boxes()[0]
    assert window.session.manifest.secretariat.name in opened.text()
    assert "Key fingerprint" in opened.text()
    opened.done(0)
    activate(qtbot, window)
    window.view.submissions.table.setFocus()
    session = window.session
    criteria = session.manifest.rubric.codes
    assert window.view.submissions.model.rowCount() == 16

    scores = {}
    for number in range(3):
        press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # next unscored
        code = window.view.code
        assert isinstance(focused(), ScoreSpinBox)
        for index, _criterion in enumerate(criteria):
            type_text(qtbot, str(5 + (index + number) % 5))
            press(qtbot, Qt.Key.Key_Tab)  # to the criterion's comment, left empty here
            press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, f"Catatan umum nomor {number + 1}")  # after the last criterion
        press(qtbot, Qt.Key.Key_Tab)
        scores[code] = {c: Decimal(5 + (i + number) % 5) for i, c in enumerate(criteria)}

    for code, expected in scores.items():
        state = session.workspace.scoring.evaluation(session.package_id, code)
        assert state.evaluation.scores == expected
        assert state.status == EvaluationStatus.COMPLETE
    assert window.saved_label.text().startswith("✓ Saved")
    assert window.view.submissions.progress.text() == "3 of 16 scored"

    # recuse the next one: Ctrl+Shift+K, type the reason, Enter
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    recused = window.view.code
    press(
        qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), RecusalDialog), timeout=3_000
    )
    activate(qtbot, QApplication.activeModalWidget())
    assert isinstance(focused(), QLineEdit)
    type_text(qtbot, "Saya pernah menjadi narasumber inovasi ini")
    press(qtbot, Qt.Key.Key_Return)
    assert session.state(recused).status == EvaluationStatus.RECUSED
    assert not window.view.scoring.editors[0].isEnabled()

    # undo the recusal, then redo it
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (
        session.workspace.scoring.evaluation(session.package_id, recused).status
        == EvaluationStatus.NOT_STARTED
    )
    assert window.view.scoring.editors[0].isEnabled()
    press(
        qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert session.state(recused).status == EvaluationStatus.RECUSED

    # export: Ctrl+E, a wrong passphrase first
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            getattr(window, "export_dialog", None) is not None and window.export_dialog.isVisible()
        ),
        timeout=3_000,
    )
    dialog = window.export_dialog
    # twelve not started, and the three scored ones have no comment on their criteria
    assert dialog.open_list.topLevelItemCount() == 15
    first_scored = next(
        dialog.open_list.topLevelItem(i)
        for i in range(15)
        if dialog.open_list.topLevelItem(i).text(0).startswith(next(iter(scores)))
    )
    assert first_scored.child(0).text(0).startswith("no comment: ")
    dialog.folder.setText(str(tmp_path))
    activate(qtbot, dialog)
    dialog.passphrase.setFocus()
    type_text(qtbot, "not my passphrase")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.problem.isVisible, timeout=10_000)
    assert "does not open your key" in dialog.problem.text()
    assert list(tmp_path.glob("*.juri-result.json")) == []
    dialog.passphrase.clear()
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "export_result_box", None) is not None, timeout=10_000)
    result = tmp_path / "J09_kipp-2023-desk-test_v1.juri-result.json"
    assert str(result) in window.export_result_box.text()
    window.export_result_box.done(0)

    assert juri(["--lang", "en", "result", "verify", str(result), "--package", str(package)]) == 0


def test_the_saved_indicator_tells_typing_from_saved(
    qtbot, launch, package_for, isolated_home
) -> None:
    _launcher, window, _package = open_demo_package(qtbot, launch, package_for, isolated_home)
    message_boxes()[0].done(0)
    editor = window.view.scoring.editors[1]
    editor.comment.setFocus()
    qtbot.keyClicks(editor.comment, "Data kuat")
    assert window.saved_label.text() == "… typing, not saved yet"
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("✓ Saved"), timeout=3_000)
    code = window.view.code
    evaluation = window.session.workspace.scoring.evaluation(window.session.package_id, code)
    assert evaluation.evaluation.comments == {editor.criterion.code: "Data kuat"}


def test_a_tampered_package_is_refused_in_plain_words(
    qtbot, launch, package_for, isolated_home, tmp_path
) -> None:
    public_key = new_juror(isolated_home)
    good = package_for(public_key)
    data = bytearray(good.read_bytes())
    data[len(data) // 3] ^= 0xFF
    bad = tmp_path / "tampered.juripkg"
    bad.write_bytes(bytes(data))
    window = ready_window(qtbot, launch())
    window.open_package_file(bad)
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=10_000)
    box = message_boxes()[0]
    assert "changed after the secretariat signed" in box.text() or "damaged" in box.text()
    assert "Traceback" not in box.text() and not box.detailedText()
    box.done(0)
    assert window.session is None and window.open_action.isEnabled()
    window.open_package_file(good)  # the app stays usable
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)


def test_a_package_without_my_key_explains_what_to_do(qtbot, launch, demo, isolated_home) -> None:
    new_juror(isolated_home)
    window = ready_window(qtbot, launch())
    window.open_package_file(demo.package)  # the demo's roster has four other jurors
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=10_000)
    text = message_boxes()[0].text()
    assert "does not contain your key" in text and "public key file" in text


def test_a_second_juri_on_the_same_workspace_is_refused(qtbot, launch, isolated_home) -> None:
    new_juror(isolated_home)
    ready_window(qtbot, launch())
    second = launch()
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=3_000)
    assert "already open on this workspace" in message_boxes()[0].text()
    with qtbot.waitSignal(second.stopped) as stopped:
        message_boxes()[0].done(0)
    assert stopped.args == [1]


def test_dropping_a_package_on_the_window_opens_it(
    qtbot, launch, package_for, isolated_home
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    package = package_for(new_juror(isolated_home))
    window = ready_window(qtbot, launch())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(package))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    assert drop.isAccepted()


def test_juri_path_opens_the_app_on_that_package(qtbot, launch, package_for, isolated_home) -> None:
    package = package_for(new_juror(isolated_home))
    launcher = launch(package=Path(package))
    window = ready_window(qtbot, launcher)
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    assert window.session.package_id == "kipp-2023-desk-test"
