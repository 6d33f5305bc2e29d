"""docs/security.md names a test for every promise: each one it names must exist, so the
document cannot drift from the suite."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)?(?:::(\w+))?`")


def defined_tests(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    }


def test_every_test_the_security_document_names_exists() -> None:
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    current: Path | None = None
    named = 0
    for match in REFERENCE.finditer(text):
        file_name, function = match.groups()
        if file_name:
            current = ROOT / file_name
            assert current.is_file(), file_name
        if function:
            assert current is not None, function
            assert function in defined_tests(current), f"{current.name}::{function}"
            named += 1
    assert named >= 40
