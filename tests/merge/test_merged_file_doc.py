"""docs/formats.md's merged-file example verifies a real merged file with standard tools."""

from __future__ import annotations

import subprocess

from tests.docs.test_formats_doc import example, run
from tests.merge.helpers import CHAIR


def test_the_merged_example_verifies_and_prints_the_chairs_fingerprint(panel, tmp_path) -> None:
    data = panel.merge(
        [("J01", panel.result("J01", {"S001": 8})), ("J02", panel.result("J02", {"S001": 6}))]
    ).signed(CHAIR)
    (tmp_path / "merged.json").write_bytes(data)
    assert run(example("merged"), tmp_path).splitlines() == [
        "Signature Verified Successfully",
        CHAIR.fingerprint,
    ]
    (tmp_path / "merged.json").write_bytes(data.replace(b'"rank":1', b'"rank":2', 1))
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", example("merged")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
