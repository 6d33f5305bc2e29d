"""Files that a spreadsheet names, found in the folder given with it.

A name is taken as written first. When no file has that name, what people commonly write is
forgiven with a warning, never silently: Windows separators (``proposals\\a.pdf``), the folder
itself named in front (``proposals/a.pdf`` when the folder given *is* ``proposals``), and a
name whose letter case differs from the file's (``A.PDF`` for ``a.pdf``) when exactly one file
matches. Accented letters are compared in one Unicode form (NFC): a file named on a Mac or
unpacked from its zip spells ``é`` as ``e`` and a combining accent, a spreadsheet as one
character, and the two look the same, so that match is taken as exact. Otherwise the refusal
suggests the nearest name. Nothing outside the folder is read,
whatever the name or a link inside the folder says.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from app.i18n import translate

MAX_INDEXED = 100_000  # names listed for suggestions (a folder of proposals holds thousands)
Say = Callable[[str], None]


class FilesFolder:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.exists = root.is_dir()
        self._resolved = root.resolve()
        self._paths: dict[str, list[str]] | None = None  # _key(relative path) → paths
        self._names: dict[str, list[str]] = {}  # _key(file name) → relative paths

    def find(self, written: str, max_bytes: int, problem: Say, found_as: Say) -> Path | None:
        """The file ``written`` names, checked to be inside the folder and at most
        ``max_bytes``; ``problem`` gets what the user must fix, ``found_as`` the file's
        real name when a slip in ``written`` was forgiven (for a warning)."""
        if not self.exists:
            return None  # said once for the whole sheet
        name = written.replace("\\", "/").strip()
        path = self._inside(name)
        if path is None:
            problem(
                translate("Files", "{name} is outside the folder {folder}").format(
                    name=written, folder=self.root
                )
                + self._suggestion(name)
            )
            return None
        if not path.is_file():
            path = self._forgiven(name, written, problem, found_as)
            if path is None:
                return None
        if path.stat().st_size > max_bytes:
            problem(
                translate("Files", "{name} is larger than {mb} MB").format(
                    name=written, mb=max_bytes // (1024 * 1024)
                )
            )
            return None
        return path

    def _inside(self, name: str) -> Path | None:
        candidate = (self.root / name).resolve()
        return candidate if self._resolved in candidate.parents else None

    def _forgiven(self, name: str, written: str, problem: Say, found_as: Say) -> Path | None:
        parts = [p for p in PurePosixPath(name).parts if p not in ("/", ".")]
        if len(parts) > 1 and parts[0].lower() == self._resolved.name.lower():
            name = "/".join(parts[1:])  # the folder named once too many
        matches = self._index().get(_key(name), [])
        if len(matches) > 1:
            problem(
                translate(
                    "Files",
                    "{name} matches several files that differ only in upper and lower "
                    "case: {files}; name one exactly",
                ).format(name=written, files=", ".join(matches))
            )
            return None
        path = self._inside(matches[0]) if matches else None
        if path is None or not path.is_file():
            problem(
                translate("Files", "there is no file {name} in the folder {folder}").format(
                    name=written, folder=self.root
                )
                + self._suggestion(name)
            )
            return None
        if _nfc(matches[0]) != _nfc(written.strip()):
            found_as(matches[0])
        return path

    def _suggestion(self, name: str) -> str:
        """``; did you mean …?`` with the nearest file name, or nothing."""
        import difflib  # only for a refusal

        index = self._index()
        lowered = _key(name)
        base = lowered.rsplit("/", 1)[-1]
        same_name = self._names.get(base, [])
        close = same_name[:1] or [
            path
            for key in difflib.get_close_matches(lowered, list(index), n=1, cutoff=0.6)
            for path in index[key][:1]
        ]
        if not close:
            return ""
        return translate("Files", "; did you mean {name}?").format(name=close[0])

    def _index(self) -> dict[str, list[str]]:
        if self._paths is None:
            self._paths = {}
            count = 0
            for folder, _dirs, files in os.walk(self.root):
                for file in files:
                    relative = (Path(folder) / file).relative_to(self.root).as_posix()
                    self._paths.setdefault(_key(relative), []).append(relative)
                    self._names.setdefault(_key(file), []).append(relative)
                    count += 1
                if count > MAX_INDEXED:
                    break
        return self._paths


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def _key(name: str) -> str:
    """How names are compared when not written exactly: one Unicode form, any letter case."""
    return _nfc(name).lower()
