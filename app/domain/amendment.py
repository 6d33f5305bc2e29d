"""What makes one package a later version of another: the same round, only more.

An amendment (``juri package amend``) adds jurors and assignments to a package jurors may
already be scoring: a third juror where a pair disagrees. So that no juror's work is lost and
no result made for an earlier version stops counting, everything else stays as it was, and
nothing is ever taken away. The builder checks its own amendment with this before writing, the
juror's workspace before taking a newer version in place of the one it holds, and the chair's
desk before using one.
"""

from __future__ import annotations

from app.crypto.keys import fingerprint
from app.domain.competition import Manifest
from app.i18n import translate

# what an amendment keeps exactly as it was (besides the package id, the secretariat's key
# and the lineage, which get their own messages)
_KEPT = ("title", "competition", "round", "rubric", "checklist", "submissions", "origin")


def amendment_problem(older: Manifest, older_sha256: str, newer: Manifest) -> str | None:
    """Why ``newer`` is not a later version of ``older`` (whose manifest has the SHA-256
    ``older_sha256``) that only adds jurors and assignments; ``None`` when it is."""
    if newer.package_id != older.package_id:
        return translate("Amendment", "it is another package ({id}), not {expected}").format(
            id=newer.package_id, expected=older.package_id
        )
    if (
        newer.version <= older.version
        or len(newer.amends) < older.version
        or newer.amends[older.version - 1] != older_sha256
        or newer.amends[: older.version - 1] != older.amends
    ):
        return translate(
            "Amendment",
            "version {new} does not name version {old} (manifest {sha}) as one it amends",
        ).format(new=newer.version, old=older.version, sha=older_sha256[:16])
    if newer.secretariat.public_key != older.secretariat.public_key:
        return translate(
            "Amendment", "it is signed by another secretariat key ({new}, not {old})"
        ).format(
            new=fingerprint(newer.secretariat.public_key),
            old=fingerprint(older.secretariat.public_key),
        )
    for name in _KEPT:
        if getattr(newer, name) != getattr(older, name):
            return translate(
                "Amendment",
                "it changes the package's {part}; an amendment only adds jurors and assignments",
            ).format(part=name)
    for juror in older.jurors:
        now = newer.juror(juror.id)
        if now is None:
            return translate("Amendment", "it removes juror {id}").format(id=juror.id)
        if now != juror:
            return translate(
                "Amendment",
                "it changes juror {id}'s name or key; a juror's new key is the "
                "chair's decision (accept the key), not a new package",
            ).format(id=juror.id)
    for juror_id, codes in older.assignments.items():
        kept = set(newer.assigned(juror_id))
        removed = [code for code in codes if code not in kept]
        if removed:
            return translate(
                "Amendment", "it removes submission(s) {codes} from juror {id}"
            ).format(codes=", ".join(removed[:10]), id=juror_id)
    return None
