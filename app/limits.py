"""Bounds on what Juri holds in memory at once, so a hostile or careless file costs little.

Package-level bounds (entries, sizes, compression ratios) are in :mod:`app.package.limits`;
spreadsheet bounds in :mod:`app.formats.table`; JSON bounds in :mod:`app.canonical`. Here are
the bounds of the juror's window: a proposal is shown from memory, so one larger than
:data:`MAX_SHOWN_PDF_BYTES` (no real proposal comes near it) gets a message instead.
"""

from __future__ import annotations

MiB = 1024 * 1024
MAX_SHOWN_PDF_BYTES = 200 * MiB
