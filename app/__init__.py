"""Juri's headless core: domain, storage, formats, signing, merge, statistics and reports.

Nothing in this package imports Qt widgets or the ``ui`` package; an import-linter contract
in ``pyproject.toml`` fails the test suite the day that changes.
"""

__version__ = "0.1.0"
APP_NAME = "Juri"
ORGANIZATION = "Juri"  # also names the data folders (platformdirs): never change it
LICENSE = "GPL-3.0-or-later"
