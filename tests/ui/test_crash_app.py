"""SIGKILL the juror's app itself, window and all, while the juror types scores and comments:
on restart every change the window showed as saved is there and the audit chain verifies.

The same check as ``tests/storage/test_crash_safety.py``, through the GUI's own saving path
(the undo stack's commands, the comment fields' save on leaving, the saving indicator)."""

from __future__ import annotations

import random

from app.services.workspace import DATABASE_NAME, Workspace
from app.storage import backup
from app.storage.audit import verify_chain
from tests.storage.test_crash_safety import pytestmark as needs_sigkill
from tests.storage.test_crash_safety import run_until_killed, state_after, state_in

pytestmark = needs_sigkill
ROUNDS = 4


def test_sigkill_of_the_app_loses_nothing_the_window_showed_as_saved(competition) -> None:
    setup = competition(submissions=2, jurors=1)
    folder = setup.workspaces["J01"]
    with Workspace(folder) as ws:
        ws.packages.import_package(setup.package)
    rng = random.Random(20261123)
    reported = -1
    for _ in range(ROUNDS):
        reported = run_until_killed(folder, reported + 1, rng, "tests.ui.crash_app_child")
        assert backup.integrity_problem(folder / DATABASE_NAME) is None
        with Workspace(folder) as ws:
            held = state_in(ws)
            with ws.reading() as session:
                chain = verify_chain(session)
        assert held in (state_after(reported + 1), state_after(reported + 2))
        assert chain.ok, f"audit chain broken at {chain.broken_at}"
        if held == state_after(reported + 2):
            reported += 1
    assert reported >= ROUNDS
