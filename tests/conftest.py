"""Shared fixtures: every test runs offscreen, in English unless it asks, with all of Juri's
folders inside its own ``tmp_path``, and with cheap scrypt so key files are quick to make."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from pathlib import Path

import pytest

from app import i18n
from app.crypto import keys
from tests.factory import Competition, make_competition


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
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture
def competition(tmp_path: Path) -> Callable[..., Competition]:
    """Factory: ``competition(submissions=3, jurors=2, ...)`` makes inputs, keys and a package."""

    def make(**options) -> Competition:
        return make_competition(tmp_path / "competition", **options)

    return make
