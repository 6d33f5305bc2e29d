"""The ``juri`` command: the juror's app, or the command line.

``juri`` alone opens the app; ``juri PATH`` opens the app on a package; ``juri demo DIR --open``
makes (or reuses) the demo and opens the app as its first juror; ``juri chair`` opens the panel
chair's window (:mod:`ui.chair`); ``juri bench`` runs the command line's bench with the steps
only the program can measure (its window, start and memory: :mod:`ui.bench`). Everything else
is the command line of :mod:`app.cli.main`, which never imports the GUI.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app.cli.main import command_names, split_global_options
from app.cli.main import main as cli_main
from ui.program_flags import BENCH_WINDOW, OPEN_FLAG, QUIT_WHEN_READY, SELF_TEST

HELP_FLAGS = {"-h", "--help"}


def _attach_console() -> None:
    """The Windows bundle is a windowed program (no console flashing behind the app); when it
    is run from a terminal for a command-line verb, write to that terminal."""
    if sys.platform != "win32" or not getattr(sys, "frozen", False) or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = Path("CONOUT$").open("w", encoding="utf-8", buffering=1)  # noqa: SIM115
        sys.stderr = Path("CONOUT$").open("w", encoding="utf-8", buffering=1)  # noqa: SIM115


def _no_display(language: str | None) -> int | None:
    """On Linux without a display Qt aborts the process (exit 134) while making the
    application: say it in a sentence instead, before any window is attempted."""
    if (
        not sys.platform.startswith("linux")
        or os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    ):
        return None
    from app import i18n, settings

    i18n.install(language or settings.load().language)
    print(
        i18n.translate(
            "Entry",
            "juri: there is no display to open a window on (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Start Juri in a desktop session, or use the command line: "
            "juri --help.",
        ),
        file=sys.stderr,
    )
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    _attach_console()
    argv = list(sys.argv[1:] if argv is None else argv)
    if SELF_TEST in argv:
        from ui.selftest import run

        return run()
    if argv[:1] == [BENCH_WINDOW]:
        from ui.bench import window_child

        return window_child(argv[1:])
    quit_when_ready = QUIT_WHEN_READY in argv
    argv = [a for a in argv if a != QUIT_WHEN_READY]
    options, rest = split_global_options(argv)
    workspace = Path(options["workspace"]) if "workspace" in options else None
    language = options.get("lang")
    if not rest:
        return _no_display(language) or _gui(workspace, None, language, quit_when_ready)
    first = rest[0]
    if first == "chair" and not HELP_FLAGS.intersection(rest[1:]):
        return _no_display(language) or _chair(argv, language, quit_when_ready)
    if first == "demo" and OPEN_FLAG in rest:
        return _no_display(language) or _demo_then_gui(argv, language)
    if first == "bench":
        from ui.bench import program_steps

        return cli_main(argv, program=program_steps)
    if first.startswith("-") or first in command_names():
        return cli_main(argv)
    return _no_display(language) or _gui(workspace, Path(first), language, quit_when_ready)


def _gui(
    workspace: Path | None,
    package: Path | None,
    language: str | None,
    quit_when_ready: bool = False,
) -> int:
    _core_before_qt()
    from ui.app import run

    return run(workspace, package, language, quit_when_ready=quit_when_ready)


def _core_before_qt() -> None:
    """Import the workspace's database layer before Qt: PySide6 reads the source of every
    Python module imported after it (an import hook for its ``__feature__`` switches), and
    SQLAlchemy's hundred-odd modules made that a measurable part of the window's start from
    source (docs/performance.md; the bundle holds no sources, so there it costs nothing)."""
    import sqlalchemy.dialects.sqlite
    import sqlalchemy.orm  # noqa: F401


def _chair(argv: list[str], language: str | None, quit_when_ready: bool) -> int:
    from app import i18n, settings
    from app.cli.argparse_text import translate_argparse
    from app.cli.main import parse_arguments
    from ui.app import application
    from ui.chair.launcher import run

    application()  # before any translator, so Qt's own strings are translated too
    i18n.install(language or settings.load().language)
    translate_argparse()
    args = parse_arguments([a for a in argv if a != QUIT_WHEN_READY])
    if isinstance(args, int):
        return args
    packages = [Path(p) for p in args.package or ()]
    return run(packages, [Path(p) for p in args.inputs], language, quit_when_ready=quit_when_ready)


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
