"""The synthetic competition on disk: the secretariat's inputs, as ``juri package build``
reads them.

A rubric with the asked number of criteria (cloned from the demo's KIPP 2023 rubric, weights
summing to 100), a submissions sheet, one PDF per submission (a real page padded with random
bytes: hashing costs what a real proposal costs, and every file differs),
a roster of jurors with real Ed25519 keys and a balanced assignment of ``per_submission``
jurors to every submission. Seeded, so two runs at one scale make the same round.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from app.bench.pdf import proposal_pdf
from app.bench.scale import Scale
from app.crypto.keys import KeyPair, encode_public_key
from app.paths import resource_path

DEMO_RUBRIC = resource_path("demo", "rubric_kipp2023.json")
SUBMISSION_HEADER = [
    "code",
    "title",
    "agency",
    "group",
    "cluster",
    "category",
    "video_url",
    "proposal",
]
GROUPS = ("kementerian", "provinsi", "kabupaten", "kota", "bumn")
CLUSTERS = ("umum", "khusus", "replikasi")
CATEGORIES = ("Kesehatan", "Pendidikan", "Ekonomi", "Lingkungan", "Tata kelola")


@dataclass
class Scenario:
    """Paths of the inputs and the jurors' key pairs (kept in memory to sign results)."""

    folder: Path
    scale: Scale
    rubric: Path
    submissions: Path
    files: Path
    roster: Path
    assignments: Path
    codes: list[str]
    secretariat: KeyPair
    jurors: dict[str, KeyPair] = field(default_factory=dict)  # id → key pair, roster order
    assigned: dict[str, list[str]] = field(default_factory=dict)  # juror id → codes

    @property
    def proposal_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.files.iterdir())


def juror_id(index: int) -> str:
    return f"T{index + 1:03d}"


def make_scenario(folder: Path, scale: Scale) -> Scenario:
    scale.check()
    rng = random.Random(scale.seed)
    folder.mkdir(parents=True, exist_ok=True)
    files = folder / "proposals"
    files.mkdir(exist_ok=True)
    codes = [f"B{i + 1:05d}" for i in range(scale.submissions)]
    scenario = Scenario(
        folder=folder,
        scale=scale,
        rubric=folder / "rubric.json",
        submissions=folder / "submissions.csv",
        files=files,
        roster=folder / "roster.csv",
        assignments=folder / "assignments.csv",
        codes=codes,
        secretariat=KeyPair.generate("Sekretariat Bench"),
    )
    _write_rubric(scenario.rubric, scale.criteria)
    _write_submissions(scenario, rng)
    _write_roster(scenario)
    _write_assignments(scenario)
    return scenario


def _write_rubric(path: Path, count: int) -> None:
    """``count`` criteria on 1–10, weights as equal as integers allow (the first get the
    remainder), the demo's texts and level descriptors."""
    demo = json.loads(DEMO_RUBRIC.read_text(encoding="utf-8"))
    weighted = [c for c in demo["criteria"] if float(c["weight"]) > 0]
    base, extra = divmod(100, count)
    criteria = []
    for index in range(count):
        model = dict(weighted[index % len(weighted)])
        model.pop("rounds", None)
        model["code"] = f"K{index + 1:02d}"
        model["weight"] = base + (1 if index < extra else 0)
        model["scale"] = {"min": 1, "max": 10, "step": 1}
        criteria.append(model)
    rubric = {key: value for key, value in demo.items() if key != "final"}  # one round only
    rubric.update(rounds=[r for r in demo["rounds"] if r["id"] == "desk"], criteria=criteria)
    path.write_text(json.dumps(rubric, ensure_ascii=False, indent=1), encoding="utf-8")


def _write_submissions(scenario: Scenario, rng: random.Random) -> None:
    size = scenario.scale.proposal_kb * 1024
    with scenario.submissions.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(SUBMISSION_HEADER)
        for index, code in enumerate(scenario.codes):
            name = f"{code}.pdf"
            (scenario.files / name).write_bytes(proposal_pdf(f"Proposal {code}", size, rng))
            writer.writerow(
                [
                    code,
                    f"Inovasi pelayanan publik nomor {index + 1}",
                    f"Pemerintah Daerah {index % 514 + 1}",
                    GROUPS[index % len(GROUPS)],
                    CLUSTERS[index % len(CLUSTERS)],
                    CATEGORIES[index % len(CATEGORIES)],
                    f"https://youtu.be/bench{index:05d}",
                    name,
                ]
            )


def _write_roster(scenario: Scenario) -> None:
    with scenario.roster.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "public_key"])
        for index in range(scenario.scale.jurors):
            pair = KeyPair.generate(juror_id(index))
            scenario.jurors[juror_id(index)] = pair
            writer.writerow(
                [juror_id(index), f"Juri Bench {index + 1}", encode_public_key(pair.public_key)]
            )


def _write_assignments(scenario: Scenario) -> None:
    """Submission ``i`` goes to jurors ``k·i … k·i + k − 1`` (mod the roster): every juror
    gets the same share, and no juror sees a submission twice."""
    ids = list(scenario.jurors)
    per = scenario.scale.per_submission
    scenario.assigned = {j: [] for j in ids}
    with scenario.assignments.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["juror_id", "submission"])
        for index, code in enumerate(scenario.codes):
            for offset in range(per):
                juror = ids[(index * per + offset) % len(ids)]
                scenario.assigned[juror].append(code)
                writer.writerow([juror, code])
