"""A small verb loads only what it uses: scripts call ``juri result show`` or ``juri score
set`` hundreds of times in a loop, and importing the merge store, SQLAlchemy or ReportLab for
them was most of their time. Checked in a fresh interpreter, by what got imported (how long it
takes is for ``juri bench``)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli.main import COMMANDS, command_names, commands_needed, main
from tests.factory import PASSPHRASE

HEAVY = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "app.merge.store", "PySide6.QtGui")


def imported_by(argv: list[str]) -> set[str]:
    """The heavy modules a fresh ``juri`` process imported while running ``argv``."""
    code = (
        f"import sys, json; from ui.entry import main; code = main({argv!r}); "
        "print(json.dumps([m for m in sys.modules]), file=sys.stderr); sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    modules = json.loads(done.stderr.strip().splitlines()[-1])
    return {m for m in HEAVY if m in modules}


def test_the_version_imports_nothing_heavy() -> None:
    assert imported_by(["--version"]) == set()


def test_showing_a_result_file_imports_nothing_heavy(competition, tmp_path) -> None:
    c = competition(submissions=2, jurors=1)
    with c.workspace("J01") as ws:
        ws.packages.import_package(c.package)
        info = ws.results.export("test-pkg", PASSPHRASE, tmp_path)
    assert imported_by(["--lang", "en", "result", "show", str(info.path)]) == set()


def test_only_the_command_given_is_loaded() -> None:
    assert commands_needed(["--lang", "en", "result", "show", "x.json"]) == ("result",)
    assert commands_needed(["--workspace", "w", "score", "set", "S1"]) == ("score",)
    assert commands_needed(["--version"]) == ()
    assert commands_needed(["--help"]) == tuple(COMMANDS)
    assert commands_needed(["nonsense"]) == tuple(COMMANDS)  # the error lists every command
    assert command_names() == set(COMMANDS)


@pytest.mark.parametrize("argv", [["--help"], ["nonsense"]])
def test_help_and_usage_errors_still_list_every_command(capsys, argv) -> None:
    main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    for name in COMMANDS:
        assert name in out + err
