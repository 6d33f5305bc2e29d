"""Write files so that a crash, a full disk or a pulled USB stick never leaves half a file.

The bytes go to a temporary file in the target's folder, are flushed and fsynced, and the
temporary file is renamed over the target; the folder is fsynced too where the platform allows.
On any error the temporary file is removed and the previous target, if any, is untouched.

The temporary file is created readable by its owner only; before the rename it gets the mode
any program's new file gets (``0o666`` less the umask), because what Juri writes is mostly
meant to be shared: packages, result files, merged files, PDFs, spreadsheets. Secrets (private
key files) are written with ``mode=0o600``, which they have from their first byte.
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
    others, not even for a moment; ignored where files have no such bits); without it the
    file gets the umask's mode just before the rename."""
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
            if mode is None and os.name != "nt":  # Windows has no modes to set
                os.fchmod(handle.fileno(), 0o666 & ~current_umask())
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


def current_umask() -> int:
    """The process's umask. Reading it means setting it: it is set to the strict ``0o077``
    for that instant, so a file another thread creates meanwhile is only ever stricter."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


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
