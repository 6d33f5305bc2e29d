"""Juri's settings: one typed registry, stored as JSON in the config folder.

Every setting has a type and a default here, nowhere else. The file carries a schema version;
:data:`UPGRADES` turns an older file into the current shape step by step, so a juror's settings
survive every update. A damaged or foreign file is set aside (renamed) and defaults are used.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from app import paths
from app.atomic import atomic_write_bytes
from app.canonical import CanonicalError, canonical_bytes, parse_strict

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"
MAX_RECENT = 8


@dataclass
class Settings:
    language: str = "id"  # "id" or "en"
    theme: str = "system"  # "system", "light" or "dark"
    recent_packages: list[str] = field(default_factory=list)  # package ids, newest first
    last_package: str = ""
    last_submission: str = ""  # where the juror was in the last package: the submission …
    last_tab: int = 0  # … and the tab beside it (proposal, details, video, field visit)
    last_open_folder: str = ""
    last_export_folder: str = ""
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_state: str = ""
    # Automatic workspace backups (app/storage/backup.py): how many to keep, and a backup after
    # this many minutes or this many saved changes, whichever comes first.
    backup_keep: int = 10
    backup_interval_minutes: int = 10
    backup_every_changes: int = 200
    # the panel chair's window
    merge_store: str = ""  # a SQLAlchemy URL of a shared store; empty: SQLite in the data folder
    chair_package: str = ""  # the package file the chair opened last
    chair_key_file: str = ""  # the chair's private key file, for signing merged files
    chair_folder: str = ""  # where the chair last imported results from
    chair_export_folder: str = ""
    chair_place: str = ""  # where the panel meets, printed on the signed record
    chair_method: str = "mean"  # app.merge.methods.Method
    chair_trim: int = 1
    chair_threshold: str = "20"  # disagreement threshold, points
    chair_passing_grade: str = ""  # empty: the round's
    chair_min_evaluations: int = 0  # complete evaluations needed to rank; 0: the round's
    chair_tie_break: str = "weights,evaluations"
    chair_geometry: str = ""
    chair_state: str = ""

    def remember_package(self, package_id: str) -> None:
        others = [p for p in self.recent_packages if p != package_id]
        self.recent_packages = [package_id, *others][:MAX_RECENT]
        self.last_package = package_id


# schema version → function turning a document of that version into the next one
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        document = parse_strict(path.read_bytes(), max_bytes=1024 * 1024)
        if not isinstance(document, dict):
            raise CanonicalError("not an object")
    except FileNotFoundError:
        return Settings()
    except (OSError, CanonicalError):
        _set_aside(path)
        return Settings()
    version = document.get("schema", 0)
    while isinstance(version, int) and version < SCHEMA_VERSION and version in UPGRADES:
        document = UPGRADES[version](document)
        version += 1
    values = document.get("values", {})
    settings = Settings()
    for spec in fields(Settings):
        value = values.get(spec.name) if isinstance(values, dict) else None
        default = getattr(settings, spec.name)
        if isinstance(value, type(default)) and (
            not isinstance(value, list) or all(isinstance(v, str) for v in value)
        ):
            setattr(settings, spec.name, value)
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(
        path, canonical_bytes({"schema": SCHEMA_VERSION, "values": asdict(settings)})
    )


def _set_aside(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.replace(path.with_suffix(".damaged.json"))
