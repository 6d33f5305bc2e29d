"""SIGKILL the juror's app itself, window and all, while the juror types scores and comments:
on restart every change the window showed as saved is there and the audit chain verifies.

The same check as ``tests/storage/test_crash_safety.py``, through the GUI's own saving path
(the undo stack's commands, the comment fields' save on leaving, the saving indicator)."""

from __future__ import annotations

from app.services.wiring import open_workspace
from tests.storage.test_crash_safety import kill_repeatedly
from tests.storage.test_crash_safety import pytestmark as needs_sigkill

pytestmark = needs_sigkill
ROUNDS = 4


def test_sigkill_of_the_app_loses_nothing_the_window_showed_as_saved(competition) -> None:
    setup = competition(submissions=2, jurors=1)
    folder = setup.workspaces["J01"]
    with open_workspace(folder) as ws:
        ws.packages.import_package(setup.package)
    kill_repeatedly(folder, ROUNDS, "tests.ui.crash_app_child")
