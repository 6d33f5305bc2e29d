"""The juror's app under the crash test: the real window, offscreen, typing scores and comments
with the keyboard, switching submission at every change.

Run as ``python -m tests.ui.crash_app_child WORKSPACE START``: for ``START, START + 1, …``
types the change :func:`tests.storage.crash_child.step` names into its field, leaves the field
with Tab (which saves), and prints ``saved N`` only when the window's saving indicator says
"✓ Saved" and the field shows the typed value — what the juror sees. The test SIGKILLs it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.storage.crash_child import step
    from ui.app import Launcher

    folder, start = Path(sys.argv[1]), int(sys.argv[2])
    launcher = Launcher(folder, None, "en")
    launcher.begin()
    window, app = launcher.window, QApplication.instance()
    if window is None or window.view is None:
        sys.exit("the juror's window did not open on the package")
    print("ready", flush=True)
    n = start
    while True:
        kind, code, criterion, value = step(n)
        window.view.select(code)
        editor = next(e for e in window.view.scoring.editors if e.criterion.code == criterion)
        field = editor.spin if kind == "score" else editor.comment
        window.saved_label.clear()  # so only this change's save can say "✓ Saved"
        field.setFocus()
        field.selectAll()
        QTest.keyClicks(field, str(value))
        QTest.keyClick(field, Qt.Key.Key_Tab)
        # a moment of the event loop, as between a juror's keystrokes (rendering the
        # proposal of every submission shown would make the test slow, not truer)
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        shown = editor.spin.score() if kind == "score" else editor.comment.toPlainText()
        if not window.saved_label.text().startswith("✓") or shown != value:
            sys.exit(f"change {n} not shown as saved: {window.saved_label.text()!r}, {shown!r}")
        print(f"saved {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
