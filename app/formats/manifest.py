"""The package manifest: the signed description of one round's submission package."""

from __future__ import annotations

from typing import Any

from app.crypto.keys import decode_public_key, encode_public_key, fingerprint
from app.domain.competition import (
    FileEntry,
    FileRole,
    Juror,
    Manifest,
    Origin,
    ScoringTerms,
    Secretariat,
    ShortlistRule,
    Submission,
)
from app.formats import fields as f
from app.formats.member_names import (
    PROPOSAL_SUFFIXES,
    VIDEO_SUFFIXES,
    file_name_problem,
    name_problem,
    twin_key,
)
from app.formats.rubric_json import (
    checklist_from_json,
    checklist_to_json,
    competition_from_json,
    competition_to_json,
    round_from_json,
    round_to_json,
    rubric_from_json,
    rubric_to_json,
)
from app.i18n import translate

PACKAGE_FORMAT = "juri-package"
PACKAGE_SCHEMA = 2  # 2: versions (``version``, ``amends``) and a next round's ``origin``
OLDEST_PACKAGE_SCHEMA = 1  # schema 1 reads as version 1 with no lineage and no origin
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
FILES_PREFIX = "files/"
MANIFEST_KEYS_1 = frozenset(
    {
        "format",
        "schema",
        "package_id",
        "title",
        "created",
        "generator",
        "secretariat",
        "competition",
        "round",
        "rubric",
        "checklist",
        "jurors",
        "submissions",
        "assignments",
    }
)
LINEAGE_KEYS = frozenset({"version", "amends", "origin"})  # written always since schema 2
MANIFEST_KEYS = MANIFEST_KEYS_1 | LINEAGE_KEYS
MAX_VERSION = 1000  # amendments of one package: a handful in practice
_ORIGIN_KEYS = frozenset(
    {
        "package_id",
        "manifest_sha256",
        "merged_sha256",
        "chair_key",
        "chair_fingerprint",
        "rule",
        "round",
    }
)
_RULE_KEYS = frozenset({"top", "passing", "top_per_group", "top_per_cluster", "include_ties"})
# Made once: a manifest checks these against thousands of submissions and files.
_SUBMISSION_KEYS = frozenset(
    {"code", "title", "agency", "group", "cluster", "category", "video_url", "files"}
)
_FILE_KEYS = frozenset({"role", "path", "name", "sha256", "size"})
_FILE_ROLES = {role.value: role for role in FileRole}
_DECIMALS = frozenset({"passing_grade", "weight", "min", "max", "step"})
FILE_SUFFIXES = {FileRole.PROPOSAL: PROPOSAL_SUFFIXES, FileRole.VIDEO: VIDEO_SUFFIXES}


def manifest_to_json(manifest: Manifest, generator: str) -> dict[str, Any]:
    return {
        "format": PACKAGE_FORMAT,
        "schema": PACKAGE_SCHEMA,
        "package_id": manifest.package_id,
        "title": manifest.title,
        "created": manifest.created,
        "generator": generator,
        "secretariat": {
            "name": manifest.secretariat.name,
            "public_key": encode_public_key(manifest.secretariat.public_key),
        },
        "competition": competition_to_json(manifest.competition),
        "round": round_to_json(manifest.round),
        "rubric": rubric_to_json(manifest.rubric),
        "checklist": checklist_to_json(manifest.checklist),
        "jurors": [
            {"id": j.id, "name": j.name, "public_key": encode_public_key(j.public_key)}
            for j in manifest.jurors
        ],
        "submissions": [_submission_to_json(s) for s in manifest.submissions],
        "assignments": {juror: list(codes) for juror, codes in manifest.assignments.items()},
        "version": manifest.version,
        "amends": list(manifest.amends),
        "origin": None if manifest.origin is None else origin_to_json(manifest.origin),
    }


def origin_to_json(origin: Origin) -> dict[str, Any]:
    rule = origin.rule
    return {
        "package_id": origin.package_id,
        "manifest_sha256": origin.manifest_sha256,
        "merged_sha256": origin.merged_sha256,
        "chair_key": encode_public_key(origin.chair_key),
        "chair_fingerprint": origin.chair_fingerprint,
        "rule": {
            "top": rule.top,
            "passing": rule.passing,
            "top_per_group": rule.top_per_group,
            "top_per_cluster": rule.top_per_cluster,
            "include_ties": rule.include_ties,
        },
        "round": origin.round,
    }


def _submission_to_json(submission: Submission) -> dict[str, Any]:
    return {
        "code": submission.code,
        "title": submission.title,
        "agency": submission.agency,
        "group": submission.group,
        "cluster": submission.cluster,
        "category": submission.category,
        "video_url": submission.video_url,
        "files": [
            {
                "role": e.role.value,
                "path": e.path,
                "name": e.name,
                "sha256": e.sha256,
                "size": e.size,
            }
            for e in submission.files
        ],
    }


SchemaTooNew = f.SchemaTooNew  # a newer Juri made it: updating Juri is the fix, not the package


def check_format(root: dict[str, Any]) -> int:
    """The manifest's format and schema (1 or 2); returns the schema."""
    return f.check_format(
        root,
        PACKAGE_FORMAT,
        PACKAGE_SCHEMA,
        translate("Manifest", "this is not a Juri package manifest"),
        oldest=OLDEST_PACKAGE_SCHEMA,
    )


def manifest_from_json(document: Any) -> Manifest:
    """A checked :class:`Manifest`; raises ``FieldError`` naming the faulty place.

    A schema-1 manifest (made before versions) reads as version 1 with no lineage and no
    origin — a deliberate leniency (docs/formats.md §5); it may not hold their members."""
    root = f.obj(document, "")
    schema = check_format(root)
    f.only_keys(root, MANIFEST_KEYS if schema >= 2 else MANIFEST_KEYS_1, "")
    terms = terms_from_json(root)
    secretariat = f.obj(f.member(root, "secretariat", ""), "secretariat")
    submissions = _submissions(f.member(root, "submissions", ""))
    jurors = _jurors(f.member(root, "jurors", ""))
    secretariat_key = _key(secretariat, "secretariat")
    for i, juror in enumerate(jurors):
        if juror.public_key == secretariat_key:
            raise f.FieldError(
                f"jurors[{i}].public_key",
                translate(
                    "Manifest", "is the secretariat's own key: a juror needs a key of their own"
                ),
            )
    version, amends, origin = _lineage(root) if schema >= 2 else (1, (), None)
    package_id = f.identifier(root, "package_id", "")
    round_ = terms.round
    if origin is not None and origin.package_id == package_id:
        raise f.FieldError(
            "origin.package_id", translate("Manifest", "a package cannot come from itself")
        )
    if origin is not None and origin.round == round_.id:
        raise f.FieldError(
            "origin.round",
            translate("Manifest", "the next round must be another round than {round}").format(
                round=origin.round
            ),
        )
    return Manifest(
        package_id=package_id,
        created=f.text(root, "created", ""),
        title=f.text(root, "title", "", required=False),
        secretariat=Secretariat(
            name=f.text(secretariat, "name", "secretariat"),
            public_key=secretariat_key,
        ),
        competition=competition_from_json(f.member(root, "competition", ""), "competition"),
        round=round_,
        rubric=terms.rubric,
        checklist=terms.checklist,
        jurors=jurors,
        submissions=submissions,
        assignments=_assignments(f.member(root, "assignments", ""), jurors, submissions),
        version=version,
        amends=amends,
        origin=origin,
    )


def terms_from_json(document: Any) -> ScoringTerms:
    """The manifest's round, rubric and checklist, checked as :func:`manifest_from_json`
    checks them, the rest left unread: for a manifest already read in full once (a workspace's
    stored copy), where saving one score should not read thousands of submissions again."""
    root = f.obj(document, "")
    check_format(root)
    for part in ("round", "rubric"):
        f.canonical_decimals(root.get(part), _DECIMALS, part)
    return ScoringTerms(
        round=round_from_json(f.member(root, "round", ""), "round"),
        rubric=rubric_from_json(f.member(root, "rubric", ""), "rubric"),
        checklist=checklist_from_json(root.get("checklist", []), "checklist"),
    )


def _lineage(root: dict[str, Any]) -> tuple[int, tuple[str, ...], Origin | None]:
    """``version``, ``amends`` and ``origin``, each present (schema 2 writes them always)."""
    version = f.integer(root, "version", "", minimum=1)
    if version > MAX_VERSION:
        raise f.FieldError(
            "version", translate("Fields", "must be at most {n}").format(n=MAX_VERSION)
        )
    listed = f.items(f.member(root, "amends", ""), "amends", max_items=MAX_VERSION)
    for i, digest in enumerate(listed):
        if not isinstance(digest, str) or not f.SHA256_HEX.fullmatch(digest):
            raise f.FieldError(
                f"amends[{i}]", translate("Manifest", "must be 64 lowercase hexadecimal characters")
            )
    if len(set(listed)) != len(listed):
        raise f.FieldError("amends", translate("Manifest", "a version is listed twice"))
    if len(listed) != version - 1:
        raise f.FieldError(
            "amends",
            translate(
                "Manifest", "version {version} must name the {n} earlier version(s), not {count}"
            ).format(version=version, n=version - 1, count=len(listed)),
        )
    origin = f.member(root, "origin", "")
    return version, tuple(listed), None if origin is None else _origin(origin)


def _origin(value: Any) -> Origin:
    where = "origin"
    data = f.obj(value, where)
    f.exact_keys(data, _ORIGIN_KEYS, where)
    hashes = {}
    for key in ("manifest_sha256", "merged_sha256"):
        hashes[key] = f.text(data, key, where)
        if not f.SHA256_HEX.fullmatch(hashes[key]):
            raise f.FieldError(
                f"{where}.{key}",
                translate("Manifest", "must be 64 lowercase hexadecimal characters"),
            )
    try:
        chair_key = decode_public_key(data["chair_key"])
    except ValueError as exc:
        raise f.FieldError(f"{where}.chair_key", str(exc)) from None
    if data["chair_fingerprint"] != fingerprint(chair_key):
        raise f.FieldError(
            f"{where}.chair_fingerprint",
            translate("Manifest", "is not the fingerprint of chair_key"),
        )
    return Origin(
        package_id=f.identifier(data, "package_id", where),
        manifest_sha256=hashes["manifest_sha256"],
        merged_sha256=hashes["merged_sha256"],
        chair_key=chair_key,
        rule=_rule(data["rule"], f"{where}.rule"),
        round=f.identifier(data, "round", where),
    )


def _rule(value: Any, where: str) -> ShortlistRule:
    data = f.obj(value, where)
    f.exact_keys(data, _RULE_KEYS, where)
    places = {}
    for key in ("top", "top_per_group", "top_per_cluster"):
        places[key] = None if data[key] is None else f.integer(data, key, where, minimum=1)
    rule = ShortlistRule(
        passing=f.boolean(data, "passing", where),
        include_ties=f.boolean(data, "include_ties", where),
        **places,
    )
    if rule.empty:
        raise f.FieldError(where, translate("Manifest", "names no rule"))
    if rule.passing and any(n is not None for n in places.values()):
        raise f.FieldError(
            where, translate("Manifest", "passing is a rule of its own, not combined with places")
        )
    return rule


def _key(container: dict[str, Any], path: str) -> bytes:
    try:
        return decode_public_key(f.member(container, "public_key", path))
    except ValueError as exc:
        raise f.FieldError(f"{path}.public_key", str(exc)) from None


def _jurors(value: Any) -> tuple[Juror, ...]:
    jurors = []
    ids: set[str] = set()
    keys: set[bytes] = set()
    for i, item in enumerate(f.items(value, "jurors", max_items=100_000)):
        where = f"jurors[{i}]"
        data = f.obj(item, where)
        f.only_keys(data, {"id", "name", "public_key"}, where)
        juror = Juror(
            f.identifier(data, "id", where), f.text(data, "name", where), _key(data, where)
        )
        if juror.id in ids or juror.public_key in keys:
            raise f.FieldError(where, translate("Manifest", "juror or key listed twice"))
        ids.add(juror.id)
        keys.add(juror.public_key)
        jurors.append(juror)
    if not jurors:
        raise f.FieldError("jurors", translate("Manifest", "the package names no juror"))
    return tuple(jurors)


def _submissions(value: Any) -> tuple[Submission, ...]:
    result = []
    codes: set[str] = set()
    paths: set[str] = set()
    for i, item in enumerate(f.items(value, "submissions", max_items=1_000_000)):
        where = f"submissions[{i}]"
        data = f.obj(item, where)
        f.only_keys(data, _SUBMISSION_KEYS, where)
        code = f.identifier(data, "code", where)
        if code.lower() in codes:  # codes are ASCII; twins in case are one file on Windows
            raise f.FieldError(
                where,
                translate(
                    "Manifest",
                    "code {code} is listed twice (perhaps in other upper and lower case)",
                ).format(code=code),
            )
        codes.add(code.lower())
        files = []
        for j, entry_value in enumerate(
            f.items(f.member(data, "files", where), f"{where}.files", max_items=10)
        ):
            entry = _file_entry(entry_value, f"{where}.files[{j}]")
            key = twin_key(entry.path)
            if key in paths:
                raise f.FieldError(
                    f"{where}.files[{j}]",
                    translate("Manifest", "file {path} is listed twice").format(path=entry.path),
                )
            paths.add(key)
            files.append(entry)
        roles = [e.role for e in files]
        if len(set(roles)) != len(roles):
            raise f.FieldError(f"{where}.files", translate("Manifest", "a file role repeats"))
        limit = f.SUBMISSION_TEXT_LIMITS
        video_url = f.text(data, "video_url", where, required=False, max_length=limit["video_url"])
        if video_url and not f.is_video_url(video_url):
            raise f.FieldError(
                f"{where}.video_url",
                translate("Manifest", "is not a web link (only http:// and https:// links)"),
            )
        result.append(
            Submission(
                code=code,
                title=f.text(data, "title", where, max_length=limit["title"]),
                agency=f.text(data, "agency", where, max_length=limit["agency"]),
                group=f.text(data, "group", where, required=False, max_length=limit["group"]),
                cluster=f.text(data, "cluster", where, required=False, max_length=limit["cluster"]),
                category=f.text(
                    data, "category", where, required=False, max_length=limit["category"]
                ),
                video_url=video_url,
                files=tuple(files),
            )
        )
    return tuple(result)


def _file_entry(value: Any, where: str) -> FileEntry:
    data = f.obj(value, where)
    f.only_keys(data, _FILE_KEYS, where)
    role = _FILE_ROLES.get(f.text(data, "role", where))
    if role is None:
        raise f.FieldError(f"{where}.role", translate("Manifest", "unknown file role"))
    path = f.text(data, "path", where, max_length=300)
    problem = name_problem(path)
    if problem is not None:
        raise f.FieldError(
            f"{where}.path",
            translate("Manifest", "'{path}' cannot name a file in a package: {problem}").format(
                path=path[:100], problem=problem
            ),
        )
    if not path.startswith(FILES_PREFIX):
        raise f.FieldError(
            f"{where}.path",
            translate("Manifest", "'{path}' is not a safe path inside files/").format(
                path=path[:100]
            ),
        )
    digest = f.text(data, "sha256", where)
    if not f.SHA256_HEX.fullmatch(digest):
        raise f.FieldError(
            f"{where}.sha256", translate("Manifest", "must be 64 lowercase hexadecimal characters")
        )
    name = f.text(data, "name", where, max_length=300)
    problem = file_name_problem(name, FILE_SUFFIXES[role])
    if problem is not None:
        raise f.FieldError(
            f"{where}.name",
            translate("Manifest", "'{name}' cannot be a packaged file's name: {problem}").format(
                name=repr(name[:100])[1:-1], problem=problem
            ),
        )
    return FileEntry(role, path, digest, f.integer(data, "size", where), name)


def _assignments(
    value: Any, jurors: tuple[Juror, ...], submissions: tuple[Submission, ...]
) -> dict[str, tuple[str, ...]]:
    data = f.obj(value, "assignments")
    juror_ids = {j.id for j in jurors}
    codes = {s.code for s in submissions}
    result = {}
    for juror_id, assigned in data.items():
        where = f"assignments.{juror_id}"
        if juror_id not in juror_ids:
            raise f.FieldError(
                where, translate("Manifest", "juror {id} is not in the roster").format(id=juror_id)
            )
        listed = f.items(assigned, where, max_items=len(codes))
        if (
            not all(isinstance(code, str) for code in listed)
            or len(set(listed)) != len(listed)
            or not set(listed) <= codes
        ):
            raise f.FieldError(
                where, translate("Manifest", "names unknown or repeated submissions")
            )
        result[juror_id] = tuple(listed)
    return result
