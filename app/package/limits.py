"""Bounds on what a package may hold, so a hostile zip costs little memory, disk or time."""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True)
class PackageLimits:
    max_entries: int = 100_000
    max_manifest_bytes: int = 64 * MiB
    max_signature_bytes: int = 4096
    max_file_bytes: int = 4 * GiB  # a carried video may be large
    max_total_bytes: int = 64 * GiB
    # Uncompressed ÷ compressed above which an entry counts as a compression bomb.
    max_ratio: int = 100
    # Entries smaller than this are never called bombs (tiny text compresses very well).
    ratio_floor_bytes: int = 1 * MiB


DEFAULT_LIMITS = PackageLimits()
