"""Long work off the GUI thread, with a progress dialog and a cancel button.

Like Anki's task manager: one worker thread (SQLite wants one writer at a time), results handed
back to the GUI thread by signal, and a progress dialog that only appears when the work takes
longer than about 600 ms, so quick work never flickers. The work is a function
``work(progress, cancelled)`` from ``app/`` taking the usual ``progress(done, total)`` and
``cancelled() -> bool`` callables.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import Cancelled, JuriError

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
SHOW_AFTER_MS = 600
STEPS = 1000


class Task(QObject):
    """One piece of background work; its signals arrive on the GUI thread."""

    progressed = Signal(int)  # per mille done
    succeeded = Signal(object)
    failed = Signal(object)  # a JuriError, or another exception (a bug) to report
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Work) -> None:
        super().__init__()
        self.task = task
        self.work = work

    @Slot()
    def run(self) -> None:
        task = self.task
        last = -1

        def progress(done: int, total: int) -> None:
            nonlocal last
            permille = min(STEPS, done * STEPS // total) if total > 0 else 0
            if permille != last:  # at most a thousand signals, however many chunks
                last = permille
                task.progressed.emit(permille)

        try:
            result = self.work(progress, task.is_cancelled)
        except Cancelled:
            task.cancelled.emit()
        except JuriError as error:
            task.failed.emit(error)
        except Exception as error:
            task.failed.emit(error)
        else:
            task.succeeded.emit(result)
        task.finished.emit()


class TaskRunner(QObject):
    """Runs tasks one at a time on a single worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tasks: set[Task] = set()

    def run(
        self,
        work: Work,
        *,
        parent: QWidget | None = None,
        title: str = "",
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> Task:
        task = Task(self)
        self._tasks.add(task)
        if on_success:
            task.succeeded.connect(on_success)
        if on_failure:
            task.failed.connect(on_failure)
        if on_cancel:
            task.cancelled.connect(on_cancel)
        if parent is not None and title:
            self._attach_dialog(task, parent, title)
        task.finished.connect(lambda: self._tasks.discard(task))
        self._pool.start(_Runnable(task, work))
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Block until all work is done (closing the app, tests)."""
        return self._pool.waitForDone(msecs)

    @staticmethod
    def _attach_dialog(task: Task, parent: QWidget, title: str) -> None:
        dialog = QProgressDialog(parent)  # with Qt's own (translated) Cancel button
        dialog.setLabelText(title)
        dialog.setRange(0, STEPS)
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.setAccessibleName(title)
        dialog.canceled.connect(task.cancel)

        task.progressed.connect(dialog.setValue)
        task.finished.connect(dialog.close)
        task.finished.connect(dialog.deleteLater)
