"""``juri demo``: a complete KIPP-like demo made the way a real round is made.

The secretariat's key, four jurors with their own workspaces and keys, sixteen proposals as
PDFs, the 2023 general-group rubric, a roster and assignments, the signed package; with
``simulate``, each juror scores through the workspace services and exports a signed result;
with ``rounds``, the competition goes on through every round (:mod:`app.demo.rounds`).
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.atomic import atomic_write_bytes
from app.canonical import CanonicalError, canonical_bytes, parse_strict
from app.crypto.keys import KeyPair, encode_public_key, write_private_key, write_public_key
from app.demo.proposals import load_innovations, write_proposal_pdf
from app.demo.rounds import Demo, RoundsInfo, play_rounds
from app.demo.simulate import JurorHabits, simulate_juror
from app.errors import InputError
from app.i18n import translate
from app.package.builder import BuildRequest, build_package
from app.paths import PACKAGE_SUFFIX, PUBLIC_KEY_SUFFIX, resource_path
from app.services.wiring import open_workspace

DEMO_PASSPHRASE = "juri-demo-2023"
DEMO_PACKAGE_ID = "kipp-2023-desk-demo"
MARKER = ".juri-demo"
JURORS = (
    ("J01", "Dr. Ratna Sari Dewi, M.Si."),
    ("J02", "Prof. Bambang Hidayat"),
    ("J03", "Dr. Maria Ulfa Siregar"),
    ("J04", "Ir. I Made Suarjana, M.T."),
)
HABITS = {
    "J01": JurorHabits(leniency=0.3, noise=0.7),
    "J02": JurorHabits(leniency=-0.9, noise=0.6, harsh_on="KIPP23-005"),
    "J03": JurorHabits(leniency=0.0, noise=1.0, recuse="KIPP23-010"),
    "J04": JurorHabits(leniency=0.8, noise=0.8, leave_unfinished="KIPP23-015"),
}
SUBMISSION_HEADERS = [
    "kode",
    "judul",
    "instansi",
    "kelompok",
    "kluster",
    "kategori",
    "tautan_video",
    "proposal",
]

Report = Callable[[str], None]


@dataclass
class DemoInfo:
    folder: Path
    package: Path
    passphrase: str
    secretariat_fingerprint: str
    workspaces: dict[str, Path] = field(default_factory=dict)
    results: list[Path] = field(default_factory=list)
    rounds: RoundsInfo | None = None


def create_demo(
    folder: Path,
    *,
    simulate: bool = False,
    force: bool = False,
    rounds: bool = False,
    report: Report = lambda _text: None,
) -> DemoInfo:
    """Make the demo in ``folder``; an earlier demo there is reused (or replaced with
    ``force``), any other non-empty folder is refused. ``rounds`` implies ``simulate``: the
    desk round is then judged by pairs, so that a third juror has work to do."""
    folder = Path(folder).resolve()
    simulate = simulate or rounds
    existing = load_demo(folder)
    if (
        existing is not None
        and not force
        and (existing.results or not simulate)
        and (existing.rounds is not None or not rounds)
    ):
        report(translate("Demo", "Using the demo made earlier in {folder}.").format(folder=folder))
        return existing
    _prepare_folder(folder, force or existing is not None)
    innovations = load_innovations()
    inputs = folder / "input"
    proposals = inputs / "proposals"
    proposals.mkdir(parents=True)

    report(translate("Demo", "Writing {n} proposal PDFs …").format(n=len(innovations)))
    for item in innovations:
        write_proposal_pdf(item, proposals / f"{item['code']}.pdf")
    _write_submissions(inputs / "submissions.xlsx", innovations)
    rubric = inputs / "rubric.json"
    shutil.copyfile(resource_path("demo", "rubric_kipp2023.json"), rubric)

    report(translate("Demo", "Making the secretariat's key and four jurors' workspaces …"))
    secretariat = KeyPair.generate("Sekretariat KIPP 2023 (demo)")
    write_private_key(folder / "secretariat" / "sekretariat.key", secretariat, DEMO_PASSPHRASE)
    write_public_key(
        folder / "secretariat" / f"sekretariat{PUBLIC_KEY_SUFFIX}",
        secretariat.public_key,
        secretariat.label,
    )
    info = DemoInfo(
        folder,
        folder / f"{DEMO_PACKAGE_ID}{PACKAGE_SUFFIX}",
        DEMO_PASSPHRASE,
        secretariat.fingerprint,
    )
    public_keys = {}
    for juror_id, name in JURORS:
        workspace_dir = folder / "jurors" / juror_id
        with open_workspace(workspace_dir) as ws:
            identity = ws.identity.create(juror_id, name, DEMO_PASSPHRASE)
            ws.identity.accept_pact()
            public_keys[juror_id] = identity.public_key
        info.workspaces[juror_id] = workspace_dir
    _write_roster(inputs / "roster.csv", public_keys)
    codes = [item["code"] for item in innovations]
    _write_assignments(inputs / "assignments.csv", codes, per_submission=2 if rounds else 3)

    report(translate("Demo", "Building and signing the package …"))
    build_package(
        BuildRequest(
            submissions=inputs / "submissions.xlsx",
            files_dir=proposals,
            rubric=rubric,
            roster=inputs / "roster.csv",
            assignments=inputs / "assignments.csv",
            key=secretariat,
            secretariat_name="Sekretariat KIPP 2023 (demo)",
            output=info.package,
            round_id="desk",
            package_id=DEMO_PACKAGE_ID,
            title="KIPP 2023 — Penilaian proposal (demo)",
        )
    )

    quality = {item["code"]: float(item["quality"]) for item in innovations}
    for index, (juror_id, _name) in enumerate(JURORS):
        with open_workspace(info.workspaces[juror_id]) as ws:
            package = ws.packages.import_package(info.package)
            if not simulate:
                continue
            report(translate("Demo", "Juror {id} scores and exports …").format(id=juror_id))
            manifest = ws.packages.manifest(package.id)
            simulate_juror(ws, package.id, manifest, quality, HABITS[juror_id], seed=2023 + index)
            results = folder / "results" / "desk" if rounds else folder / "results"
            results.mkdir(parents=True, exist_ok=True)
            info.results.append(ws.results.export(package.id, DEMO_PASSPHRASE, results).path)
    if rounds:
        info.rounds = play_rounds(
            Demo(
                folder=folder,
                desk_package=info.package,
                passphrase=DEMO_PASSPHRASE,
                secretariat=secretariat,
                workspaces=info.workspaces,
                habits=HABITS,
                quality=quality,
                rubric=rubric,
                roster=inputs / "roster.csv",
            ),
            report,
        )
    _write_readme(folder, info)
    atomic_write_bytes(folder / MARKER, canonical_bytes(_marker(folder, info)))
    return info


def _marker(folder: Path, info: DemoInfo) -> dict:
    def relative(path: Path) -> str:
        return str(path.relative_to(folder))

    facts: dict = {
        "package": info.package.name,
        "passphrase": info.passphrase,
        "secretariat_fingerprint": info.secretariat_fingerprint,
        "workspaces": {j: relative(p) for j, p in info.workspaces.items()},
        "results": [relative(p) for p in info.results],
    }
    if info.rounds is not None and info.rounds.final is not None:
        facts["rounds"] = {
            "chair_fingerprint": info.rounds.chair_fingerprint,
            "packages": {r: relative(p) for r, p in info.rounds.packages.items()},
            "merged": {r: relative(p) for r, p in info.rounds.merged.items()},
            "third_jurors": [list(pair) for pair in info.rounds.third_jurors],
            "final": relative(info.rounds.final),
        }
    return facts


def load_demo(folder: Path) -> DemoInfo | None:
    """The demo made earlier in ``folder``, or ``None`` when there is none."""
    try:
        facts = parse_strict((folder / MARKER).read_bytes(), max_bytes=1024 * 1024)
        info = DemoInfo(
            folder,
            folder / facts["package"],
            facts["passphrase"],
            facts["secretariat_fingerprint"],
            {j: folder / p for j, p in facts["workspaces"].items()},
            [folder / p for p in facts["results"]],
        )
        if "rounds" in facts:
            made = facts["rounds"]
            info.rounds = RoundsInfo(
                made["chair_fingerprint"],
                {r: folder / p for r, p in made["packages"].items()},
                {r: folder / p for r, p in made["merged"].items()},
                [(j, c) for j, c in made["third_jurors"]],
                folder / made["final"],
            )
        return info
    except (OSError, CanonicalError, KeyError, TypeError, AttributeError, ValueError):
        return None


def _prepare_folder(folder: Path, force: bool) -> None:
    if folder.exists() and any(folder.iterdir()):
        if not (force and (folder / MARKER).is_file()):
            raise InputError(
                translate(
                    "Demo",
                    "{folder} is not empty. Choose a new folder (or --force to replace an "
                    "earlier Juri demo there).",
                ).format(folder=folder),
                code="folder_not_empty",
            )
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)


def _write_submissions(path: Path, innovations: list[dict]) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "usulan"
    sheet.append(SUBMISSION_HEADERS)
    for item in innovations:
        sheet.append(
            [
                item["code"],
                item["title"],
                item["agency"],
                item["group"],
                item["cluster"],
                item["category"],
                f"https://youtu.be/{item['video_id']}",
                f"{item['code']}.pdf",
            ]
        )
    for column, width in zip("ABCDEFGH", (13, 60, 40, 11, 12, 22, 32, 18), strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


def _write_roster(path: Path, public_keys: dict[str, bytes]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "public_key"])
        for juror_id, name in JURORS:
            writer.writerow([juror_id, name, encode_public_key(public_keys[juror_id])])


def _write_assignments(path: Path, codes: list[str], per_submission: int) -> None:
    """``per_submission`` jurors for each submission, rotating: with three every juror has
    twelve of the sixteen; with two (a pair, as KIPP's desk round) eight."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["juror_id", "submission"])
        for index, code in enumerate(codes):
            for offset in range(1, per_submission + 1):
                juror_id, _name = JURORS[(index + offset) % len(JURORS)]
                writer.writerow([juror_id, code])


def _write_readme(folder: Path, info: DemoInfo) -> None:
    lines = [
        "Demo Juri — KIPP 2023, penilaian proposal",
        "",
        f"Kata sandi semua kunci demo / passphrase of every demo key: {info.passphrase}",
        f"Paket / package: {info.package.name}",
        f"Sidik kunci sekretariat / secretariat key fingerprint: {info.secretariat_fingerprint}",
        "",
        "jurors/J01 … J04   ruang kerja tiap juri / each juror's workspace (juri --workspace …)",
        "input/             spreadsheet, PDF proposal, rubrik, daftar juri, penugasan",
        "secretariat/       kunci sekretariat / the secretariat's key",
    ]
    if info.results:
        lines.append("results/           file hasil bertanda tangan / signed result files")
    (folder / "BACA-SAYA.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
