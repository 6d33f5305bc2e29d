"""The test suite's own promises (tests/conftest.py): fixtures wider than one test make keys
as cheaply as the tests themselves do, and write nothing outside the run's temporary folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.crypto import keys
from tests.conftest import CHEAP_SCRYPT_N


@pytest.fixture(scope="module")
def seen_by_a_module_fixture() -> tuple[int, str | None]:
    return keys.SCRYPT_N, os.environ.get("JURI_HOME")


def test_module_fixtures_get_cheap_scrypt_and_a_home_in_the_run_folder(
    seen_by_a_module_fixture, tmp_path_factory
) -> None:
    cost, home = seen_by_a_module_fixture
    assert cost == CHEAP_SCRYPT_N
    assert home is not None and Path(home).is_relative_to(tmp_path_factory.getbasetemp())


def test_the_demo_is_made_once_and_inside_the_run_folder(simulated_demo, tmp_path_factory) -> None:
    assert simulated_demo.folder.is_relative_to(tmp_path_factory.getbasetemp())
    key = json.loads((simulated_demo.workspaces["J01"] / "keys" / "juror.key").read_bytes())
    assert key["kdf"]["n"] == CHEAP_SCRYPT_N
