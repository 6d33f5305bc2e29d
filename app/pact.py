"""The integrity pact (*pakta integritas*) a juror accepts before scoring.

Its version is derived from the Indonesian text (the binding one), so a changed text is a new
version and the signed result says exactly which text the juror accepted.
"""

from __future__ import annotations

import hashlib
import re

from app.paths import resource_path

# what :func:`pact_version` returns, as a signed result records it
VERSION_PATTERN = re.compile(r"pakta-sha256:[0-9a-f]{16}")


def pact_text(language: str) -> str:
    name = "pakta_en.txt" if language == "en" else "pakta_id.txt"
    return resource_path("pact", name).read_text(encoding="utf-8")


def pact_version() -> str:
    digest = hashlib.sha256(pact_text("id").encode("utf-8")).hexdigest()
    return f"pakta-sha256:{digest[:16]}"
