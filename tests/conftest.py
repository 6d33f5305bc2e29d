"""Shared fixtures: every test runs offscreen, in English unless it asks, with all of Juri's
folders inside its own ``tmp_path``, and with cheap scrypt so key files are quick to make.

Fixtures wider than one test (module or session scope) run before the per-test ones, so
:func:`session_home` gives them the same: a home inside the run's temporary folder and cheap
scrypt. The demo round is made once per run (:func:`simulated_demo`); a module that changes it
works on its own copy (``tests.factory.copy_demo``)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app import i18n
from app.crypto import keys
from app.demo.create import DemoInfo, load_demo
from tests.factory import Competition, make_competition

CHEAP_SCRYPT_N = 2**12


def pytest_collection_modifyitems(items) -> None:
    """GUI tests (under tests/ui) are marked so ``pytest -m 'not gui'`` runs the core alone."""
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def qt_application(qapp):
    """A QApplication exists before anything installs translators (which would otherwise
    create a plain QCoreApplication that widgets cannot use)."""
    return qapp


@pytest.fixture(scope="session", autouse=True)
def session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """For module- and session-scoped fixtures: Juri's home inside the run's temporary
    folder, no language or passphrase from the environment, and cheap scrypt."""
    with pytest.MonkeyPatch.context() as patch:
        home = tmp_path_factory.mktemp("session-home")
        patch.setenv("JURI_HOME", str(home))
        patch.delenv("JURI_LANG", raising=False)
        patch.delenv("JURI_PASSPHRASE", raising=False)
        patch.setattr(keys, "SCRYPT_N", CHEAP_SCRYPT_N)
        yield home


@pytest.fixture(scope="session")
def simulated_demo(tmp_path_factory: pytest.TempPathFactory) -> DemoInfo:
    """``juri demo --simulate``, made once per run through the command line: the inputs, the
    signed package, four jurors' workspaces and their signed results. Read it; a test that
    changes a demo changes its own copy (``tests.factory.copy_demo``)."""
    from app.cli.main import main

    folder = tmp_path_factory.mktemp("demo") / "juri-demo"
    assert main(["--lang", "en", "demo", str(folder), "--simulate"]) == 0
    demo = load_demo(folder)
    assert demo is not None and len(demo.results) == 4
    return demo


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "juri-home"
    monkeypatch.setenv("JURI_HOME", str(home))
    monkeypatch.delenv("JURI_LANG", raising=False)
    monkeypatch.delenv("JURI_PASSPHRASE", raising=False)
    return home


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key files record their scrypt cost, so tests may make cheap ones; reading is unchanged."""
    monkeypatch.setattr(keys, "SCRYPT_N", CHEAP_SCRYPT_N)


@pytest.fixture
def competition(tmp_path: Path) -> Callable[..., Competition]:
    """Factory: ``competition(submissions=3, jurors=2, ...)`` makes inputs, keys and a package."""

    def make(**options) -> Competition:
        return make_competition(tmp_path / "competition", **options)

    return make


@pytest.fixture
def jakarta_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The computer is set to Jakarta's zone, as a juror's laptop in Indonesia is: times at
    UTC+7 are named WIB (``app.local_time.zone_name``)."""
    monkeypatch.setattr("app.local_time.system_zone_id", lambda: "Asia/Jakarta")


@pytest.fixture
def in_jakarta(monkeypatch, jakarta_time):
    """The computer's clock and zone set to Jakarta (WIB, UTC+7)."""
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
