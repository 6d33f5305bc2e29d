"""A small competition made through the real services, for tests that need one."""

from __future__ import annotations

import csv
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from app.crypto.keys import KeyPair, encode_public_key
from app.demo.create import DemoInfo, load_demo
from app.package.builder import BuildReport, BuildRequest, build_package
from app.paths import resource_path
from app.services.wiring import Services, open_workspace

PASSPHRASE = "correct horse battery"
RUBRIC = resource_path("demo", "rubric_kipp2023.json")
HEADER = ["code", "title", "agency", "group", "cluster", "category", "video_url", "proposal"]


def tiny_pdf(text: str = "proposal") -> bytes:
    """A valid one-page PDF (enough for Juri, which only checks the %PDF- header and hashes)."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, text)
    canvas.save()
    return buffer.getvalue()


@dataclass
class Competition:
    folder: Path
    secretariat: KeyPair
    files: Path
    submissions: Path
    roster: Path
    rubric: Path
    codes: list[str]
    public_keys: dict[str, bytes] = field(default_factory=dict)
    juror_keys: dict[str, KeyPair] = field(default_factory=dict)  # jurors without a workspace
    workspaces: dict[str, Path] = field(default_factory=dict)
    package: Path | None = None
    report: BuildReport | None = None

    def build(self, **overrides) -> BuildReport:
        options = dict(
            submissions=self.submissions,
            files_dir=self.files,
            rubric=self.rubric,
            roster=self.roster,
            key=self.secretariat,
            secretariat_name="Sekretariat Uji",
            output=self.folder / "package.juripkg",
            round_id="desk",
            package_id="test-pkg",
        )
        options.update(overrides)
        self.report = build_package(BuildRequest(**options))
        self.package = self.report.path
        return self.report

    def workspace(self, juror_id: str) -> Services:
        return open_workspace(self.workspaces[juror_id])


def copy_demo(demo: DemoInfo, target: Path) -> DemoInfo:
    """A copy of the run's demo (tests/conftest.py) in ``target``, for a test that changes
    it: a few megabytes copied, far quicker than making another."""
    shutil.copytree(demo.folder, target)
    copied = load_demo(target)
    assert copied is not None
    return copied


def make_competition(
    folder: Path,
    *,
    submissions: int = 3,
    jurors: int = 2,
    with_workspaces: bool = True,
    rows: list[list[str]] | None = None,
    build: bool = True,
) -> Competition:
    folder.mkdir(parents=True, exist_ok=True)
    files = folder / "files"
    files.mkdir()
    codes = [f"S{i + 1:03d}" for i in range(submissions)]
    shared = tiny_pdf("Proposal") if submissions > 50 else None  # big packages: one PDF, many names
    for index, code in enumerate(codes):
        (files / f"{code}.pdf").write_bytes(shared or tiny_pdf(f"Proposal {index}"))
    sheet = folder / "submissions.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for index, code in enumerate(codes):
            writer.writerow(
                [
                    code,
                    f"Inovasi nomor {index + 1}",
                    f"Pemerintah Kota {index + 1}",
                    "umum",
                    "kota" if index % 2 else "kabupaten",
                    "Kesehatan",
                    f"https://youtu.be/video{index}",
                    f"{code}.pdf",
                ]
            )
        for row in rows or []:
            writer.writerow(row)
    rubric = folder / "rubric.json"
    shutil.copyfile(RUBRIC, rubric)
    competition = Competition(
        folder,
        KeyPair.generate("Sekretariat Uji"),
        files,
        sheet,
        folder / "roster.csv",
        rubric,
        codes,
    )
    for index in range(jurors):
        juror_id = f"J{index + 1:02d}"
        if with_workspaces:
            workspace_dir = folder / "jurors" / juror_id
            with open_workspace(workspace_dir) as ws:
                info = ws.identity.create(juror_id, f"Juri Nomor {index + 1}", PASSPHRASE)
                ws.identity.accept_pact()
            competition.workspaces[juror_id] = workspace_dir
            public_key = info.public_key
        else:
            pair = KeyPair.generate(juror_id)
            competition.juror_keys[juror_id] = pair
            public_key = pair.public_key
        competition.public_keys[juror_id] = public_key
        with competition.roster.open("a", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            if index == 0:
                writer.writerow(["id", "name", "public_key"])
            writer.writerow([juror_id, f"Juri Nomor {index + 1}", encode_public_key(public_key)])
    if build:
        competition.build()
    return competition
