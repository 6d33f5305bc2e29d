"""One way to do each thing (issue 15, item 9), where a test can see it: a file's suffix is
spelled in ``app.paths`` only, and every table of rows in the windows is styled by one helper."""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

from app import paths

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (paths.PACKAGE_SUFFIX, paths.RESULT_SUFFIX, paths.MERGED_SUFFIX, paths.PUBLIC_KEY_SUFFIX)


def sources() -> list[Path]:
    return sorted(
        p
        for folder in ("app", "ui")
        for p in (ROOT / folder).rglob("*.py")
        if "migrations" not in p.parts
    )


def test_file_suffixes_are_spelled_in_app_paths_only() -> None:
    """A string that names a file by its suffix ("panel.juripkg", f"{id}.pub.json") takes the
    suffix from ``app.paths``; prose that mentions one ("a .juripkg file") is not a name."""
    found = []
    for path in sources():
        if path == ROOT / "app" / "paths.py":
            continue
        text = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type != tokenize.STRING:
                continue
            body = token.string.rstrip("\"'")
            if body.endswith(SUFFIXES):
                found.append(f"{path.relative_to(ROOT)}:{token.start[0]}: {token.string}")
    assert found == []


def test_tables_of_rows_share_one_style() -> None:
    """The calls that make a table look like Juri's are made by ``ui/tables.py`` only."""
    found = []
    for path in sources():
        if path == ROOT / "ui" / "tables.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and (
                node.attr == "setAlternatingRowColors"
                or (
                    node.attr == "hide"
                    and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Attribute)
                    and node.value.func.attr == "verticalHeader"
                )
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert found == []
