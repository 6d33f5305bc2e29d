"""``juri package``: build, verify and describe submission packages."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import (
    CommandError,
    Commands,
    add_expect_key_option,
    add_passphrase_option,
    check_expected_key,
    emit_json,
    one_line_text,
    say,
    shown_on_one_line,
    unlock_key,
)
from app.cli.outputs import add_overwrite_option, output_path
from app.domain.competition import MAX_PLACES, Manifest
from app.domain.numbers import decimal_text
from app.domain.rubric import Scale
from app.domain.text import one_line
from app.i18n import current_language, format_number, format_size, translate
from app.local_time import format_file_time
from app.package.builder import BuildReport, BuildRequest, build_package
from app.package.reader import VerifiedPackage, open_package
from app.paths import PACKAGE_SUFFIX

MAX_TITLE = 500  # a package's title on one line, as long as a submission's may be
MAX_SECRETARIAT_NAME = 200  # a name on one line, as on the berita acara


def register(commands: Commands) -> None:
    package = commands.add_parser(
        "package", help=translate("Cli", "build, verify and describe submission packages")
    )
    sub = package.add_subparsers(
        dest="package_command", metavar=translate("Cli", "ACTION"), required=True
    )

    build = sub.add_parser(
        "build",
        help=translate("Cli", "build and sign a submission package"),
        description=translate(
            "Cli",
            "Turn a submissions spreadsheet, a folder of proposal PDFs, a rubric file and a "
            "roster into one signed package for one round.",
        ),
    )
    build.add_argument(
        "--submissions",
        required=True,
        metavar="XLSX|CSV",
        help=translate(
            "Cli",
            "spreadsheet with columns code, title, agency, group, cluster, category, "
            "video_url, proposal (and optionally video_file), in English or Indonesian "
            "(kode, judul, instansi, kelompok, kluster, kategori, tautan_video, berkas_proposal)",
        ),
    )
    build.add_argument(
        "--files",
        required=True,
        metavar=translate("Cli", "FOLDER"),
        help=translate("Cli", "folder holding the PDFs (and videos) the spreadsheet names"),
    )
    build.add_argument(
        "--rubric",
        required=True,
        metavar="JSON",
        help=translate("Cli", "the competition's rubric file"),
    )
    build.add_argument(
        "--round",
        dest="round_id",
        metavar="ID",
        help=translate("Cli", "which round of the rubric file (needed when it has several)"),
    )
    build.add_argument(
        "--roster",
        required=True,
        metavar="XLSX|CSV",
        help=translate(
            "Cli", "jurors: columns id, name, public_key (base64, or a public key file name)"
        ),
    )
    _add_new_package_options(
        build, translate("Cli", "the package id (default: competition-round-random)")
    )
    add_overwrite_option(build)
    add_passphrase_option(build)
    build.set_defaults(handler=run_build)

    amend = sub.add_parser(
        "amend",
        help=translate(
            "Cli", "a new version of a package with more jurors or assignments (a third juror)"
        ),
        description=translate(
            "Cli",
            "Write the next version of a package: the same id, submissions, files, rubric "
            "and round, with the assignments (and jurors) given added. Nothing can be removed or "
            "changed, so every result made for an earlier version still counts. Signed with the "
            "secretariat key that signed the package; jurors open the new version in place of the "
            "old one and keep their work.",
        ),
    )
    amend.add_argument(
        "package",
        metavar=translate("Cli", "PKG"),
        help=translate("Cli", "the package to amend (its newest version)"),
    )
    amend.add_argument(
        "--assignments",
        required=True,
        metavar="XLSX|CSV",
        help=translate(
            "Cli",
            "pairs juror_id, submission to add (rows already in the package are accepted "
            "and change nothing), e.g. the file the chair's window writes for a third juror",
        ),
    )
    amend.add_argument(
        "--roster",
        metavar="XLSX|CSV",
        help=translate(
            "Cli",
            "jurors to add: columns id, name, public_key (jurors already in the package may "
            "be listed, unchanged)",
        ),
    )
    amend.add_argument(
        "--key",
        required=True,
        metavar=translate("Cli", "KEYFILE"),
        help=translate("Cli", "the secretariat's private key file"),
    )
    amend.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("Cli", "PKG"),
        help=translate("Cli", "the new version to write (another file)"),
    )
    add_overwrite_option(amend)
    add_passphrase_option(amend)
    amend.set_defaults(handler=run_amend)

    after = sub.add_parser(
        "next",
        help=translate(
            "Cli", "the next round's package from a round's signed merged file (the shortlist)"
        ),
        description=translate(
            "Cli",
            "Check the chair's signed merged file and recompute its ranking, take the "
            "submissions the rule names (only ranked ones), and write the next round's package "
            "with their files as they were, the round's criteria from the rubric file, its jurors, "
            "and its origin: the earlier package, the merged file's SHA-256 and the chair's key. "
            "A cut that would split submissions nothing separates is refused unless "
            "--include-ties takes them all.",
        ),
    )
    after.add_argument(
        "merged",
        metavar=translate("Cli", "MERGED"),
        help=translate("Cli", "the chair's signed merged file of the round"),
    )
    after.add_argument(
        "--package",
        required=True,
        metavar=translate("Cli", "PKG"),
        help=translate("Cli", "the round's package the merged file was made with"),
    )
    after.add_argument(
        "--rubric",
        required=True,
        metavar="JSON",
        help=translate("Cli", "the competition's rubric file"),
    )
    after.add_argument(
        "--round",
        dest="round_id",
        required=True,
        metavar="ID",
        help=translate("Cli", "the next round of the rubric file"),
    )
    after.add_argument(
        "--top", type=_places, metavar="N", help=translate("Cli", "the first N places overall")
    )
    after.add_argument(
        "--passing",
        action="store_true",
        help=translate("Cli", "every ranked submission that passes the passing grade (alone)"),
    )
    after.add_argument(
        "--top-per-group",
        type=_places,
        metavar="N",
        help=translate("Cli", "the first N places in each group (with --top: both)"),
    )
    after.add_argument(
        "--top-per-cluster",
        type=_places,
        metavar="N",
        help=translate("Cli", "the first N places in each cluster (with --top: both)"),
    )
    after.add_argument(
        "--include-ties",
        action="store_true",
        help=translate(
            "Cli", "take every submission tied at a cut (otherwise such a cut is refused)"
        ),
    )
    after.add_argument(
        "--roster",
        required=True,
        metavar="XLSX|CSV",
        help=translate("Cli", "the next round's jurors: columns id, name, public_key"),
    )
    _add_new_package_options(after, translate("Cli", "the package id (default: competition-round)"))
    add_expect_key_option(
        after, translate("Cli", "refuse unless the merged file is signed by this chair's key")
    )
    add_overwrite_option(after)
    add_passphrase_option(after)
    after.set_defaults(handler=run_next)

    verify = sub.add_parser("verify", help=translate("Cli", "verify a package completely"))
    verify.add_argument("package", metavar=translate("Cli", "PKG"))
    add_expect_key_option(
        verify, translate("Cli", "refuse unless the package is signed by this secretariat key")
    )
    verify.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    verify.set_defaults(handler=run_verify)

    info = sub.add_parser("info", help=translate("Cli", "verify a package and describe it"))
    info.add_argument("package", metavar=translate("Cli", "PKG"))
    info.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    info.set_defaults(handler=run_info)


def _add_new_package_options(parser: argparse.ArgumentParser, id_help: str) -> None:
    """What ``package build`` and ``package next`` both ask for a new package: its
    assignments, the secretariat's key and name, its id, title and file."""
    parser.add_argument(
        "--assignments",
        metavar="XLSX|CSV",
        help=translate(
            "Cli", "pairs juror_id, submission (default: every juror scores every submission)"
        ),
    )
    parser.add_argument(
        "--key",
        required=True,
        metavar=translate("Cli", "KEYFILE"),
        help=translate("Cli", "the secretariat's private key file"),
    )
    parser.add_argument(
        "--secretariat",
        default="",
        type=one_line_text(MAX_SECRETARIAT_NAME),
        metavar=translate("Cli", "NAME"),
        help=translate(
            "Cli", "the secretariat's name as jurors will see it (default: the key's label)"
        ),
    )
    parser.add_argument("--id", dest="package_id", metavar="ID", help=id_help)
    parser.add_argument(
        "--title",
        type=one_line_text(MAX_TITLE),
        metavar=translate("Cli", "TEXT"),
        help=translate("Cli", "the package title shown to jurors"),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("Cli", "PKG"),
        help=translate("Cli", "the package file to write (.juripkg)"),
    )


def run_build(args: argparse.Namespace) -> int:
    key_path = Path(args.key)
    output = output_path(
        args.output,
        kind="package",
        default_name=f"{args.package_id or 'package'}{PACKAGE_SUFFIX}",
        inputs=[args.submissions, args.rubric, args.roster, args.assignments, args.key],
        overwrite=args.overwrite,
    )
    pair = unlock_key(key_path, args, translate("Cli", "Passphrase of the secretariat key: "))
    report = build_package(
        BuildRequest(
            submissions=Path(args.submissions),
            files_dir=Path(args.files),
            rubric=Path(args.rubric),
            roster=Path(args.roster),
            key=pair,
            secretariat_name=args.secretariat or one_line(pair.label),
            output=output,
            round_id=args.round_id,
            assignments=Path(args.assignments) if args.assignments else None,
            package_id=args.package_id,
            title=args.title,
        )
    )
    _summary(report, pair.fingerprint)
    return 0


def _summary(report: BuildReport, fingerprint: str, *, said_where: bool = False) -> None:
    """What was built, and every warning: the secretariat reads it before sending.
    ``said_where``: the caller already named the file (an amendment's version line)."""
    manifest = report.manifest
    if not said_where:
        say(translate("Cli", "Package written: {path}").format(path=report.path))
    say(translate("Cli", "Package id: {id}").format(id=manifest.package_id))
    say(
        translate(
            "Cli",
            "{n} submissions, {files} files ({size}), {jurors} jurors, {assignments} assignments.",
        ).format(
            n=len(manifest.submissions),
            files=report.file_count,
            size=format_size(report.file_bytes),
            jurors=len(manifest.jurors),
            assignments=report.assignment_count,
        )
    )
    say(
        translate("Cli", "Signed by {name}, key fingerprint {fp}").format(
            name=manifest.secretariat.name, fp=fingerprint
        )
    )
    count = len(report.warnings)
    if count:
        say(translate("Cli", "Check %n warning(s) before sending the package:", None, count))
        for warning in report.warnings:
            say(f"  – {warning}")


def _places(text: str) -> int:
    """A number of places: a whole number from 1 to the most submissions a package holds
    (a larger one takes no more, and could not be written in the manifest's JSON)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_PLACES:
        raise argparse.ArgumentTypeError(
            translate(
                "Cli", "'{value}' is not a number of places (a whole number from 1 to {most})"
            ).format(value=text, most=MAX_PLACES)
        )
    return value


def run_amend(args: argparse.Namespace) -> int:
    from app.package.derive import AmendRequest, amend_package

    output = output_path(
        args.output,
        kind="package",
        default_name=f"amended{PACKAGE_SUFFIX}",
        inputs=[args.package, args.assignments, args.roster, args.key],
        overwrite=args.overwrite,
    )
    pair = unlock_key(Path(args.key), args, translate("Cli", "Passphrase of the secretariat key: "))
    amended = amend_package(
        AmendRequest(
            package=Path(args.package),
            assignments=Path(args.assignments),
            key=pair,
            output=output,
            roster=Path(args.roster) if args.roster else None,
        )
    )
    manifest = amended.report.manifest
    say(
        translate("Cli", "Version {version} of package {id} written: {path}").format(
            version=manifest.version, id=manifest.package_id, path=amended.report.path
        )
    )
    count = len(amended.new_pairs)
    say(translate("Cli", "It adds %n assignment(s):", None, count))
    for juror, code in amended.new_pairs:
        say(f"  {juror} → {code}")
    count = len(amended.new_jurors)
    if count:
        say(
            translate("Cli", "and %n juror(s): {ids}", None, count).format(
                ids=", ".join(amended.new_jurors)
            )
        )
    say(
        translate(
            "Cli",
            "Results made for version {old} still count. Send the new version to "
            "the jurors (they open it in place of the old one and keep their work) and "
            "to the chair.",
        ).format(old=amended.older.version)
    )
    _summary(amended.report, pair.fingerprint, said_where=True)
    return 0


def run_next(args: argparse.Namespace) -> int:
    from app.domain.competition import ShortlistRule
    from app.reports.next_round import NextRoundRequest, make_next_round

    rule = ShortlistRule(
        top=args.top,
        passing=args.passing,
        top_per_group=args.top_per_group,
        top_per_cluster=args.top_per_cluster,
        include_ties=args.include_ties,
    )
    if rule.empty:
        raise CommandError(
            translate(
                "Cli",
                "Say which submissions go on: --top N, --passing, --top-per-group N or "
                "--top-per-cluster N.",
            )
        )
    if rule.passing and any(
        n is not None for n in (args.top, args.top_per_group, args.top_per_cluster)
    ):
        raise CommandError(
            translate(
                "Cli",
                "--passing stands alone: it takes every ranked submission that passes, "
                "however many; leave out --top, --top-per-group and --top-per-cluster.",
            )
        )
    default_name = f"{args.package_id or args.round_id}{PACKAGE_SUFFIX}"
    output = output_path(
        args.output,
        kind="package",
        default_name=default_name,
        inputs=[args.merged, args.package, args.rubric, args.roster, args.assignments, args.key],
        overwrite=args.overwrite,
    )
    pair = unlock_key(Path(args.key), args, translate("Cli", "Passphrase of the secretariat key: "))
    made = make_next_round(
        NextRoundRequest(
            merged=Path(args.merged),
            package=Path(args.package),
            rule=rule,
            rubric=Path(args.rubric),
            round_id=args.round_id,
            roster=Path(args.roster),
            key=pair,
            secretariat_name=args.secretariat or one_line(pair.label),
            output=output,
            assignments=Path(args.assignments) if args.assignments else None,
            package_id=args.package_id,
            title=args.title,
            expected_chair=args.expect_key,
        )
    )
    count = len(made.shortlist.codes)
    say(
        translate("Cli", "Shortlist ({rule}): %n submission(s).", None, count).format(
            rule=rule.describe()
        )
    )
    for line in made.shortlist.lines:
        say(f"  – {line}")
    say("  " + ", ".join(made.shortlist.codes))  # which ones: the secretariat checks them
    say(
        translate(
            "Cli",
            "From package {id} (manifest {manifest}), ranked in the merged file "
            "{merged} (SHA-256 {sha}) signed by the chair's key {fp}.",
        ).format(
            id=made.origin.package_id,
            manifest=made.origin.manifest_sha256[:16],
            merged=Path(args.merged).name,
            sha=made.origin.merged_sha256,
            fp=made.origin.chair_fingerprint,
        )
    )
    _summary(made.report, pair.fingerprint)
    return 0


def _verified(args: argparse.Namespace) -> VerifiedPackage:
    package = open_package(Path(args.package))
    check_expected_key(args, package.signer_fingerprint, Path(args.package).name)
    return package


def run_verify(args: argparse.Namespace) -> int:
    package = _verified(args)
    if args.json:
        emit_json(
            {
                "status": "valid",
                "package_id": package.manifest.package_id,
                "manifest_sha256": package.manifest_sha256,
                "signer": package.signer_fingerprint,
                "file_bytes": package.file_bytes,
            }
        )
        return 0
    say(
        translate("Cli", "VALID: package {id} is complete and signed by {name} (key {fp}).").format(
            id=package.manifest.package_id,
            name=shown_on_one_line(package.manifest.secretariat.name),
            fp=package.signer_fingerprint,
        )
    )
    say(translate("Cli", "Compare the key's fingerprint with the one the secretariat gave you."))
    return 0


def run_info(args: argparse.Namespace) -> int:
    package = _verified(args)
    manifest = package.manifest
    if args.json:
        emit_json(_info_json(package))
        return 0
    language = current_language()
    say(shown_on_one_line(manifest.title))
    say(translate("Cli", "Package id: {id}").format(id=manifest.package_id))
    say(
        translate("Cli", "Competition: {name} ({year})").format(
            name=manifest.competition.name.get(language), year=manifest.competition.year
        )
    )
    say(
        translate("Cli", "Round: {name} ({kind})").format(
            name=manifest.round.name.get(language), kind=manifest.round.kind.label()
        )
    )
    if manifest.round.passing_grade is not None:
        say(
            translate("Cli", "Passing grade: {grade}").format(
                grade=decimal_text(manifest.round.passing_grade)
            )
        )
    say(translate("Cli", "Created: {when}").format(when=format_file_time(manifest.created)))
    for line in _chain(package):
        say(line)
    say(
        translate("Cli", "Secretariat: {name}, key {fp}").format(
            name=shown_on_one_line(manifest.secretariat.name), fp=package.signer_fingerprint
        )
    )
    say(translate("Cli", "Criteria:"))
    for criterion in manifest.rubric:
        say(
            f"  {criterion.code:<16} {decimal_text(criterion.weight):>5}%  "
            f"{_scale_text(criterion.scale):<8} {criterion.title.get(language)}"
        )
    say(translate("Cli", "Jurors:"))
    for juror in manifest.jurors:
        say(
            "  "
            + translate("Cli", "{id:<8} {name} — key {fp}, {n} submissions").format(
                id=juror.id,
                name=shown_on_one_line(juror.name),
                fp=juror.fingerprint,
                n=len(manifest.assigned(juror.id)),
            )
        )
    say(
        translate(
            "Cli", "Submissions: {n} ({size} of files), groups: {groups}; clusters: {clusters}"
        ).format(
            n=len(manifest.submissions),
            size=format_size(package.file_bytes),
            groups=", ".join(manifest.groups) or "–",
            clusters=", ".join(manifest.clusters) or "–",
        )
    )
    return 0


def _scale_text(scale: Scale) -> str:
    """``1–10``, with the step when it is not 1 (``1–10, step 0.5``): a juror typing 7.5 on a
    whole-number scale is refused, so the step is part of the scale."""
    if scale.step == 1:
        return scale.describe()
    return translate("Cli", "{range}, step {step}").format(
        range=scale.describe(), step=format_number(scale.step)
    )


def _chain(package: VerifiedPackage) -> list[str]:
    """Which version this is and what it rests on: the versions it amends, and for a next
    round's package the earlier package, the merged file and the chair's key (issue 13)."""
    manifest = package.manifest
    lines = [
        translate("Cli", "Version: {version} (manifest SHA-256 {sha})").format(
            version=manifest.version, sha=package.manifest_sha256
        )
    ]
    for number, sha in enumerate(manifest.amends, start=1):
        lines.append(
            "  "
            + translate("Cli", "amends version {version}: manifest {sha}").format(
                version=number, sha=sha
            )
        )
    origin = manifest.origin
    if origin is not None:
        lines += [
            translate("Cli", "Made from round {round} of package {id} (manifest {sha})").format(
                round=origin.round, id=origin.package_id, sha=origin.manifest_sha256
            ),
            "  "
            + translate("Cli", "ranked in the merged file with SHA-256 {sha}").format(
                sha=origin.merged_sha256
            ),
            "  "
            + translate("Cli", "signed by the chair's key {fp}").format(
                fp=origin.chair_fingerprint
            ),
            "  " + translate("Cli", "shortlist: {rule}").format(rule=origin.rule.describe()),
        ]
    return lines


def _info_json(package: VerifiedPackage) -> dict:
    manifest: Manifest = package.manifest
    origin = manifest.origin
    return {
        "package_id": manifest.package_id,
        "title": manifest.title,
        "created": manifest.created,
        "manifest_sha256": package.manifest_sha256,
        "signer": package.signer_fingerprint,
        "version": manifest.version,
        "amends": list(manifest.amends),
        "origin": None
        if origin is None
        else {
            "package_id": origin.package_id,
            "manifest_sha256": origin.manifest_sha256,
            "merged_sha256": origin.merged_sha256,
            "chair_fingerprint": origin.chair_fingerprint,
            "round": origin.round,
            "rule": origin.rule.describe(),
        },
        "competition": manifest.competition.id,
        "round": manifest.round.id,
        "round_kind": manifest.round.kind.value,
        "criteria": [{"code": c.code, "weight": decimal_text(c.weight)} for c in manifest.rubric],
        "jurors": [
            {
                "id": j.id,
                "name": j.name,
                "fingerprint": j.fingerprint,
                "assigned": len(manifest.assigned(j.id)),
            }
            for j in manifest.jurors
        ],
        "submissions": len(manifest.submissions),
        "file_bytes": package.file_bytes,
    }
