"""The ``juri`` command: the juror's app, or the command line.

``juri`` alone opens the app; ``juri PATH`` opens the app on a package; ``juri demo DIR --open``
makes (or reuses) the demo and opens the app as its first juror. Everything else is the command
line of :mod:`app.cli.main`, which never imports the GUI.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from app.cli.main import command_names, split_global_options
from app.cli.main import main as cli_main

OPEN_FLAG = "--open"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    options, rest = split_global_options(argv)
    workspace = Path(options["workspace"]) if "workspace" in options else None
    language = options.get("lang")
    if not rest:
        return _gui(workspace, None, language)
    first = rest[0]
    if first == "demo" and OPEN_FLAG in rest:
        return _demo_then_gui(argv, language)
    if first.startswith("-") or first in command_names():
        return cli_main(argv)
    return _gui(workspace, Path(first), language)


def _gui(workspace: Path | None, package: Path | None, language: str | None) -> int:
    from ui.app import run

    return run(workspace, package, language)


def _demo_then_gui(argv: list[str], language: str | None) -> int:
    from app.demo.create import load_demo
    from ui.app import application

    application()  # before the command line's translators would make a QCoreApplication
    code = cli_main([a for a in argv if a != OPEN_FLAG])
    if code != 0:
        return code
    _options, rest = split_global_options(argv)
    folder = next(Path(a) for a in rest[1:] if not a.startswith("-"))
    demo = load_demo(folder.resolve())
    first_juror = sorted(demo.workspaces)[0]
    return _gui(demo.workspaces[first_juror], None, language)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
