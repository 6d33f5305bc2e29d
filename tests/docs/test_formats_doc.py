"""The worked examples in docs/formats.md verify real files with standard tools alone."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.factory import PASSPHRASE

DOC = Path(__file__).resolve().parents[2] / "docs" / "formats.md"


def example(name: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(rf"<!-- doc-test: {name} -->\n```sh\n(.*?)```", text, re.S)
    assert match, f"docs/formats.md has no example '{name}'"
    return match.group(1)


def run(script: str, folder: Path) -> str:
    for needed in ("openssl", "unzip", "base32", "sha256sum"):
        assert shutil.which(needed), f"{needed} is needed (scripts/setup.sh --test installs it)"
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], cwd=folder, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture
def files(competition, tmp_path: Path) -> tuple[Path, Path, object]:
    setup = competition(submissions=2, jurors=1)
    with setup.workspace("J01") as ws:
        ws.packages.import_package(setup.package)
        ws.scoring.recuse("test-pkg", "S002", 'Adik saya bekerja di sana — "konflik"')
        result = ws.results.export("test-pkg", PASSPHRASE, tmp_path)
        fingerprint = ws.identity.require().fingerprint
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(result.path, work / "result.json")
    shutil.copyfile(setup.package, work / "kipp-2023-desk-demo.juripkg")
    return work, fingerprint, setup


def test_the_result_example_verifies_and_prints_the_fingerprint(files) -> None:
    work, fingerprint, _setup = files
    out = run(example("result"), work)
    assert out.splitlines() == ["Signature Verified Successfully", fingerprint]


def test_the_result_example_fails_on_a_tampered_file(files) -> None:
    work, _fingerprint, _setup = files
    path = work / "result.json"
    path.write_bytes(path.read_bytes().replace(b"not_started", b"complete\x20\x20\x20"))
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", example("result")],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "Signature Verified Successfully" not in result.stdout


def test_the_package_example_verifies_signature_and_files(files) -> None:
    work, _fingerprint, setup = files
    out = run(example("package"), work).splitlines()
    assert out == [
        "Signature Verified Successfully",
        setup.secretariat.fingerprint,
        "all 2 files match",
    ]
