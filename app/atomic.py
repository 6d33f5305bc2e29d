"""Write files so that a crash, a full disk or a pulled USB stick never leaves half a file.

The bytes go to a temporary file in the target's folder, are flushed and fsynced, and the
temporary file is renamed over the target; the folder is fsynced too where the platform allows.
On any error the temporary file is removed and the previous target, if any, is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_writer(target: Path, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces ``target`` in one step. ``mode``: the
    file's permissions, set before a byte is written (a private key is never readable by
    others, not even for a moment; ignored where files have no such bits)."""
    target = Path(target)
    directory = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    temp = Path(temp_name)
    try:
        if mode is not None and hasattr(os, "fchmod"):
            with contextlib.suppress(OSError):  # file systems without permissions (FAT)
                os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_directory(directory)


def atomic_write_bytes(target: Path, data: bytes, *, mode: int | None = None) -> None:
    with atomic_writer(target, mode=mode) as handle:
        handle.write(data)


def fsync_directory(directory: Path) -> None:
    """Make a rename durable; a no-op where directories cannot be opened (Windows)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
