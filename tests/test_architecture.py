"""House rules the test suite enforces: a headless core in layers, and clean, typed code."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Qt modules the headless core may use: no widgets, no painting, no GUI event loop.
ALLOWED_QT = {"PySide6", "PySide6.QtCore"}


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; install the test extra: pip install -e '.[test]'")
    return found


def test_the_import_contracts_hold() -> None:
    """pyproject.toml's import-linter contracts: app never imports ui; app's layers, and the
    juror's services' (each imports only what is below it)."""
    result = subprocess.run(
        [tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _run_time_imports(path: Path, modules: set[str]) -> set[str]:
    """The modules of ``modules`` that ``path`` imports when it runs, at its top or inside a
    function (an ``if TYPE_CHECKING:`` block imports nothing)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and ast.unparse(node.test) in {
            "TYPE_CHECKING",
            "typing.TYPE_CHECKING",
        }:
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found & modules


def test_app_has_no_import_cycle_not_even_through_imports_inside_functions() -> None:
    """Issue 15.4: no lazy import dodges a cycle. A module imported inside a function (kept
    off the start-up path) must still sit below its importer: two modules that import each
    other, at their tops or in a function, are one module or share a third."""
    paths = {_module_name(path): path for path in (ROOT / "app").rglob("*.py")}
    graph = {name: _run_time_imports(path, set(paths)) - {name} for name, path in paths.items()}
    cycles = []
    for start in sorted(graph):
        seen, stack = {start}, [(start, (start,))]
        while stack:
            name, trail = stack.pop()
            for imported in sorted(graph[name]):
                if imported == start and len(trail) > 1 and min(trail) == start:
                    cycles.append(" -> ".join((*trail, start)))
                elif imported not in seen:
                    seen.add(imported)
                    stack.append((imported, (*trail, imported)))
    assert cycles == []


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {
                f"{node.module}.{alias.name}" for alias in node.names if node.module == "PySide6"
            }
    return names


def test_app_source_imports_no_qt_gui_module() -> None:
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for name in imported_modules(path):
            if name.startswith("PySide6") and name not in ALLOWED_QT:
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
            if name == "ui" or name.startswith("ui."):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_importing_all_of_app_loads_no_qt_gui_module() -> None:
    """Catches indirect imports too: load every module of app in a fresh interpreter."""
    script = (
        "import importlib, pkgutil, sys, app\n"
        "for m in pkgutil.walk_packages(app.__path__, 'app.'):\n"
        "    if not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "print('\\n'.join(sorted(n for n in sys.modules\n"
        "                          if n.startswith('PySide6.Qt') or n.split('.')[0] == 'ui')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert loaded <= ALLOWED_QT, loaded - ALLOWED_QT


def test_the_checking_tools_are_the_pinned_versions() -> None:
    """ruff, mypy and import-linter are pinned in pyproject.toml: another version may judge
    the same code differently, so a machine with another one is told, not left to guess."""
    from importlib.metadata import version

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = dict(
        requirement.split("==")
        for requirement in project["project"]["optional-dependencies"]["test"]
        if "==" in requirement
    )
    assert {"ruff", "mypy", "import-linter"} <= set(pins)
    installed = {name: version(name) for name in pins}
    assert installed == pins, "pip install -e '.[test]' installs the pinned versions"


def test_mypy_is_clean() -> None:
    """The type checker on what pyproject.toml's [tool.mypy] names: the whole of app/."""
    result = subprocess.run([tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_checks_all_of_app_at_one_strictness() -> None:
    """No package of app/ left out, no module's errors ignored, no settings loosened for a
    part of it; and each ``# type: ignore`` names the error it silences and says why, on its
    line or in the comment just above it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["files"] == ["app"]
    assert "exclude" not in config
    assert "overrides" not in config
    unexplained = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if "type: ignore" not in line:
                continue
            specific = re.search(r"# type: ignore\[[a-z-]+(, [a-z-]+)*\]", line)
            said = re.search(r"# type: ignore\[[^]]*\]\s+#\s*\S", line) or (
                number > 0 and lines[number - 1].strip().startswith("#")
            )
            if not (specific and said):
                unexplained.append(f"{path.relative_to(ROOT)}:{number + 1}: {line.strip()}")
    assert unexplained == []


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [tool("ruff"), "check", "app", "ui", "tests"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tree_is_formatted_by_ruff() -> None:
    """One layout for every file, so a diff shows what changed, not how it was typed."""
    result = subprocess.run(
        [tool("ruff"), "format", "--check", "app", "ui", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
