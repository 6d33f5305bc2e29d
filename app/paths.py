"""Every folder Juri reads or writes, resolved in one place, and the suffixes of its files.

``JURI_HOME`` points everything (workspace, keys, settings, cache) into one folder: tests use it
to stay inside ``tmp_path`` and a portable install uses it to live on a USB stick. Without it,
the platform's usual folders are used (``platformdirs``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from app import APP_NAME, ORGANIZATION

HOME_ENV = "JURI_HOME"

# A file's kind shows in its name; spelled here only (docs/formats.md).
PACKAGE_SUFFIX = ".juripkg"
RESULT_SUFFIX = ".juri-result.json"
MERGED_SUFFIX = ".juri-merged.json"
PUBLIC_KEY_SUFFIX = ".pub.json"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser().resolve() if value else None


def data_dir() -> Path:
    """Where the juror's workspace lives (database, keys, imported packages, backups)."""
    home = _home_override()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, ORGANIZATION))


def config_dir() -> Path:
    home = _home_override()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, ORGANIZATION))


def cache_dir() -> Path:
    home = _home_override()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, ORGANIZATION))


def default_workspace_dir() -> Path:
    return data_dir() / "workspace"


def default_merge_store() -> Path:
    """The panel chair's merge store when no shared database is set: SQLite in the data
    folder."""
    return data_dir() / "chair" / "merge.sqlite3"


def resources_root() -> Path:
    """The ``resources`` package, from a checkout, a wheel or a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    import resources

    return Path(resources.__file__).parent


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
