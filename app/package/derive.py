"""Packages made from a package: an amendment of it (``juri package amend``: a third juror
inside a round) and the next round's package (``juri package next``: the shortlist).

Both start from a package verified completely and copy its files byte for byte, each checked
against its signed hash again as it is copied, so a submission's proposal has the same SHA-256
in every version and every round; both are written by the builder's
:class:`~app.package.builder.PackageWriter` (atomically, signed last).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from app.crypto.keys import KeyPair
from app.domain.amendment import amendment_problem
from app.domain.competition import Juror, Manifest, Origin, Secretariat
from app.errors import InputError
from app.formats.fields import IDENTIFIER
from app.formats.roster import read_assignments, read_roster
from app.formats.rubric_file import RoundDefinition, read_rubric_file
from app.i18n import translate
from app.package.builder import (
    BuildReport,
    PackageWriter,
    Progress,
    Refusals,
    assignment_warnings,
    check_juror_keys,
    utc_now,
    writing_progress,
)
from app.package.reader import VerifiedPackage, member_chunks, open_package

Cancelled = Callable[[], bool]


# --- amendments ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AmendRequest:
    package: Path  # the version amended
    assignments: Path  # pairs to add (pairs already in the package are accepted, unchanged)
    key: KeyPair  # the secretariat's: the one that signed the package
    output: Path
    roster: Path | None = None  # jurors to add (jurors already in it, unchanged, are accepted)


@dataclass(frozen=True)
class AmendReport:
    report: BuildReport
    older: Manifest
    new_jurors: tuple[str, ...]
    new_pairs: tuple[tuple[str, str], ...]  # (juror id, submission code) added


def amend_package(
    request: AmendRequest,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    created: str | None = None,
) -> AmendReport:
    """The next version of a package: the same round with more jurors and assignments; never
    anything removed or changed (see :mod:`app.domain.amendment`)."""
    _refuse_same_file(request.package, request.output)
    source = open_package(request.package, cancelled=cancelled)
    older = source.manifest
    if request.key.public_key != older.secretariat.public_key:
        raise InputError(
            translate(
                "Derive",
                "{name} is signed by the secretariat key {theirs}; its amendment must be "
                "signed by the same key, not by {yours}.",
            ).format(
                name=request.package.name,
                theirs=source.signer_fingerprint,
                yours=request.key.fingerprint,
            ),
            code="other_secretariat",
        )
    warnings: list[str] = []
    inputs = Refusals()
    roster = request.roster
    jurors = (
        inputs.attempt(lambda: _with_roster(older, roster, warnings))
        if roster is not None
        else older.jurors
    )
    added = inputs.attempt(
        lambda: read_assignments(
            request.assignments,
            list(jurors) if jurors is not None else None,
            [s.code for s in older.submissions],
            warnings,
            unknown_code=translate("Derive", "submission {id} is not in the package"),
        )
    )
    if jurors is not None:
        inputs.attempt(lambda: check_juror_keys(jurors, request.key))
    inputs.check()
    assert jurors is not None and added is not None
    assignments, new_pairs = _with_assignments(older, jurors, added)
    new_jurors = tuple(j.id for j in jurors[len(older.jurors) :])
    if not new_pairs and not new_jurors:
        raise InputError(
            translate(
                "Derive",
                "The amendment adds nothing: every juror and assignment given is in "
                "{name} already. Nothing was written.",
            ).format(name=request.package.name),
            code="nothing_added",
        )
    manifest = replace(
        older,
        created=created or utc_now(),
        jurors=jurors,
        assignments=assignments,
        version=older.version + 1,
        amends=(*older.amends, source.manifest_sha256),
    )
    problem = amendment_problem(older, source.manifest_sha256, manifest)
    if problem is not None:  # never write what the jurors' Juri would refuse
        raise InputError(problem, code="not_an_amendment")
    report = _write(
        source, manifest, request.key, request.output, progress, cancelled, tuple(warnings)
    )
    return AmendReport(report, older, new_jurors, new_pairs)


def _with_roster(older: Manifest, roster: Path, warnings: list[str]) -> tuple[Juror, ...]:
    """The package's jurors, then the roster's new ones. A row for a juror already in the
    package must say exactly what the package says: a new key for a juror is the chair's
    decision to accept it, never a silent change in a package jurors hold."""
    jurors = list(older.jurors)
    known = {j.id.lower(): j for j in older.jurors}
    owners = {j.public_key: j for j in older.jurors}
    problems = []
    for juror in read_roster(roster, warnings):
        same = known.get(juror.id.lower())
        owner = owners.get(juror.public_key)
        if same is not None and same == juror:
            continue
        if same is not None and same.id != juror.id:
            problems.append(
                translate(
                    "Derive",
                    "juror {id} differs from {other} in the package only in upper and lower case",
                ).format(id=juror.id, other=same.id)
            )
        elif same is not None:
            problems.append(
                translate(
                    "Derive",
                    "juror {id} is in the package as {name} with key {fp}; the roster "
                    "gives {new_name} with key {new_fp}. An amendment cannot change a juror: a new "
                    "key for a juror is the chair's decision (juri merge --accept-key), not a new "
                    "package",
                ).format(
                    id=juror.id,
                    name=same.name,
                    fp=same.fingerprint,
                    new_name=juror.name,
                    new_fp=juror.fingerprint,
                )
            )
        elif owner is not None:
            problems.append(
                translate(
                    "Derive", "the key of new juror {id} ({fp}) is juror {owner}'s in the package"
                ).format(id=juror.id, fp=juror.fingerprint, owner=owner.id)
            )
        else:
            jurors.append(juror)
    if problems:
        raise InputError(
            translate("Derive", "The roster {name} cannot amend the package:\n{problems}").format(
                name=roster.name, problems="\n".join(f"  – {p}" for p in problems)
            ),
            code="invalid_roster",
        )
    return tuple(jurors)


def _with_assignments(
    older: Manifest, jurors: tuple[Juror, ...], added: dict[str, list[str]]
) -> tuple[dict[str, tuple[str, ...]], tuple[tuple[str, str], ...]]:
    """Every juror's submissions (the package's and the added ones, in package order), and
    the pairs that are new."""
    position = {s.code: i for i, s in enumerate(older.submissions)}
    assignments, new = {}, []
    for juror in jurors:
        before = older.assigned(juror.id)
        extra = [code for code in added.get(juror.id, ()) if code not in before]
        new += [(juror.id, code) for code in extra]
        codes = tuple(sorted((*before, *extra), key=position.__getitem__))
        if codes:
            assignments[juror.id] = codes
    return assignments, tuple(new)


# --- the next round -------------------------------------------------------------------------


@dataclass(frozen=True)
class NextRequest:
    source: VerifiedPackage  # the earlier round's package (the merged file's version)
    shortlist: tuple[str, ...]  # the codes going on, any order (the package's order is kept)
    origin: Origin
    rubric: Path
    round_id: str
    roster: Path
    key: KeyPair
    secretariat_name: str
    output: Path
    assignments: Path | None = None  # default: every juror scores every submission
    package_id: str | None = None  # default: <competition>-<round>
    title: str | None = None


def _refuse_earlier_id(package_id: str, earlier: Manifest) -> None:
    """Refuse the id of the package two rounds back, as the earlier package's origin records
    it (the round just before is refused with the id's other faults): a juror who holds that
    package could not import this one, since a workspace holds one package per id."""
    origin = earlier.origin
    if origin is not None and package_id == origin.package_id:
        raise InputError(
            translate(
                "Derive",
                "The package id '{id}' is the id of round {round}'s package, which this "
                "round follows on from: jurors who hold that package could not import this "
                "one. Give the next round's package an id of its own with --id.",
            ).format(id=package_id, round=origin.round),
            code="earlier_package_id",
        )


def next_package(
    request: NextRequest,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    created: str | None = None,
) -> BuildReport:
    """The next round's package: the shortlisted submissions with their metadata and files as
    the earlier package holds them, the next round's criteria, its jurors, and its origin."""
    source = request.source
    _refuse_same_file(source.path, request.output)
    earlier = source.manifest
    chosen = set(request.shortlist)
    submissions = tuple(s for s in earlier.submissions if s.code in chosen)
    codes = [s.code for s in submissions]
    warnings: list[str] = []
    inputs = Refusals()
    definition = inputs.attempt(lambda: read_rubric_file(request.rubric, request.round_id))
    jurors = inputs.attempt(lambda: read_roster(request.roster, warnings))
    pairs_file = request.assignments
    if pairs_file is not None:
        assignments = inputs.attempt(
            lambda: read_assignments(
                pairs_file,
                jurors,
                codes,
                warnings,
                unknown_code=translate("Derive", "submission {id} is not on the shortlist"),
            )
        )
    else:
        assignments = {juror.id: list(codes) for juror in jurors or ()}
    if jurors is not None:
        inputs.attempt(lambda: check_juror_keys(jurors, request.key))
    inputs.check()
    assert definition is not None and jurors is not None and assignments is not None
    competition = definition.competition
    if competition.id != earlier.competition.id:
        raise InputError(
            translate(
                "Derive", "The rubric file is for competition {id}, but {name} is for {expected}."
            ).format(id=competition.id, name=source.path.name, expected=earlier.competition.id),
            code="other_competition",
        )
    if definition.round.id == earlier.round.id:
        raise InputError(
            translate(
                "Derive",
                "Round {round} is the round {name} was for; choose the next round of the "
                "rubric file with --round.",
            ).format(round=definition.round.id, name=source.path.name),
            code="same_round",
        )
    _check_next(definition, earlier.round.id)
    package_id = request.package_id or f"{competition.id}-{definition.round.id}"[:64]
    if not IDENTIFIER.fullmatch(package_id) or package_id == earlier.package_id:
        raise InputError(
            translate(
                "Derive",
                "The next round's package needs an id of its own (letters, digits, '.', "
                "'_' and '-'), not '{id}'.",
            ).format(id=package_id),
            code="bad_package_id",
        )
    _refuse_earlier_id(package_id, earlier)
    manifest = Manifest(
        package_id=package_id,
        created=created or utc_now(),
        title=request.title
        or " — ".join((competition.name.get("id"), definition.round.name.get("id"))),
        secretariat=Secretariat(request.secretariat_name, request.key.public_key),
        competition=competition,
        round=definition.round,
        rubric=definition.rubric,
        checklist=definition.checklist,
        jurors=tuple(jurors),
        submissions=submissions,
        assignments={j: tuple(c) for j, c in assignments.items()},
        origin=request.origin,
    )
    return _write(
        source, manifest, request.key, request.output, progress, cancelled, tuple(warnings)
    )


def _check_next(definition: RoundDefinition, earlier: str) -> None:
    """The round asked for is the one the rubric file lists right after ``earlier``: no round
    is skipped, none held twice or out of order."""
    order = [r.id for r in definition.rounds]
    if earlier not in order:
        raise InputError(
            translate(
                "Derive",
                "The rubric file has no round {earlier} (it has: {ids}), the round the merged "
                "file is for: is it the rubric file of this competition?",
            ).format(earlier=earlier, ids=", ".join(order)),
            code="round_unknown",
        )
    position = order.index(earlier)
    if position + 1 == len(order):
        raise InputError(
            translate(
                "Derive",
                "Round {earlier} is the last round of the rubric file ({ids}): there is no "
                "next round to make a package for.",
            ).format(earlier=earlier, ids=", ".join(order)),
            code="no_next_round",
        )
    expected = order[position + 1]
    if definition.round.id != expected:
        raise InputError(
            translate(
                "Derive",
                "The round after {earlier} is {expected} (the rubric file's rounds: {ids}), "
                "not {round}: rounds are held in that order, none skipped. Use --round "
                "{expected}.",
            ).format(
                earlier=earlier, expected=expected, ids=", ".join(order), round=definition.round.id
            ),
            code="not_next_round",
        )


# --- shared --------------------------------------------------------------------------------


def _refuse_same_file(source: Path, output: Path) -> None:
    if Path(output).resolve() == Path(source).resolve():
        raise InputError(
            translate(
                "Derive",
                "Write the new package to another file: {name} is the package it is "
                "made from, which jurors and the chair may still need.",
            ).format(name=Path(output).name),
            code="same_file",
        )


def _write(
    source: VerifiedPackage,
    manifest: Manifest,
    key: KeyPair,
    output: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
    warnings: tuple[str, ...],
) -> BuildReport:
    """Copy the files of ``manifest``'s submissions from ``source`` (each checked against its
    signed hash again as it is read), then sign the manifest."""
    entries = [entry for submission in manifest.submissions for entry in submission.files]
    advance = writing_progress(sum(e.size for e in entries), progress, cancelled)
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    with PackageWriter(Path(output), manifest.created) as writer:
        for entry in entries:
            writer.add(entry.path, member_chunks(source.path, entry), entry.size, advance)
        manifest_sha256 = writer.sign(manifest, key)
    return BuildReport(
        Path(output),
        manifest,
        manifest_sha256,
        len(entries),
        writer.written,
        sum(len(c) for c in manifest.assignments.values()),
        warnings + tuple(assignment_warnings(manifest)),
    )
