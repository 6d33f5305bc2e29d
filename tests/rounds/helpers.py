"""A small competition over several rounds, built with the test factory: a desk package, the
next rounds' packages shortlisted from the chair's merged files, crafted signed results."""

from __future__ import annotations

import csv
import hashlib
import json
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.canonical import canonical_bytes
from app.crypto.envelope import signature_object
from app.crypto.keys import decode_public_key
from app.domain.competition import Origin, ShortlistRule
from app.formats.manifest import MANIFEST_NAME, SIGNATURE_NAME, manifest_to_json
from app.merge.intake import InputFile
from app.package.builder import _info, _zip_time
from app.package.reader import open_package
from tests.factory import Competition, make_competition, tiny_pdf
from tests.merge.helpers import CHAIR, Panel

# S001 … S006 from the factory (clusters kabupaten, kota, … alternating; group umum), and S007
# of another group and cluster
EXTRA = [
    "S007",
    "Inovasi nomor 7",
    "Pemerintah Provinsi 7",
    "replikasi",
    "provinsi",
    "Kesehatan",
    "https://youtu.be/video7",
    "S007.pdf",
]


@dataclass
class Stage:
    """One round: its package (as a panel that signs results) and the chair's merged file."""

    panel: Panel
    package: Path
    merged: Path | None = None

    @property
    def merged_bytes(self) -> bytes:
        assert self.merged is not None
        return self.merged.read_bytes()


@dataclass
class Competition3:
    setup: Competition
    folder: Path
    rubric: Path
    stages: dict[str, Stage] = field(default_factory=dict)

    def merged_inputs(self, *rounds: str) -> list[InputFile]:
        return [InputFile(str(self.stages[r].merged), self.stages[r].merged_bytes) for r in rounds]

    def packages(self, *rounds: str):
        return [self.stages[r].panel.package for r in rounds]


def competition3(
    folder: Path, final: dict[str, Any], *, grades: dict[str, int] | None = None
) -> Competition3:
    """Seven submissions, three jurors without workspaces, the demo's rubric with ``final``
    as its final section and ``grades`` as the rounds' passing grades; the desk package
    built."""
    setup = make_competition(
        folder, submissions=6, jurors=3, with_workspaces=False, build=False, rows=[EXTRA]
    )
    (setup.files / "S007.pdf").write_bytes(tiny_pdf("Proposal 7"))
    rubric = json.loads(setup.rubric.read_text(encoding="utf-8"))
    rubric["final"] = final
    for round_ in rubric["rounds"]:
        if grades and round_["id"] in grades:
            round_["passing_grade"] = grades[round_["id"]]
    setup.rubric.write_text(json.dumps(rubric, ensure_ascii=False), encoding="utf-8")
    pipeline = Competition3(setup, folder, setup.rubric)
    setup.build(package_id="kipp-desk", output=folder / "desk.juripkg")
    pipeline.stages["desk"] = Stage(
        Panel(open_package(setup.package), setup.juror_keys, folder), setup.package
    )
    return pipeline


def write_results(pipeline: Competition3, round_id: str, scores: dict[str, dict[str, Any]]) -> Path:
    """The jurors' signed result files of ``round_id`` in a folder of their own, as they hand
    them in (``scores``: juror → the spec of :meth:`tests.merge.helpers.Panel.result`)."""
    folder = pipeline.folder / f"results-{round_id}"
    folder.mkdir()
    for juror, spec in scores.items():
        (folder / f"{juror}.juri-result.json").write_bytes(
            pipeline.stages[round_id].panel.result(juror, spec)
        )
    return folder


def merge_round(
    pipeline: Competition3, round_id: str, scores: dict[str, dict[str, Any]], **options: Any
) -> Path:
    """The chair's signed merged file of ``round_id`` from ``scores`` (juror → the spec of
    :meth:`tests.merge.helpers.Panel.result`), written next to the package."""
    stage = pipeline.stages[round_id]
    panel = stage.panel
    report = panel.merge(
        [
            (f"{juror}.juri-result.json", panel.result(juror, spec))
            for juror, spec in scores.items()
        ],
        **options,
    )
    stage.merged = pipeline.folder / f"{round_id}.juri-merged.json"
    stage.merged.write_bytes(report.signed(CHAIR))
    return stage.merged


def next_round(
    pipeline: Competition3,
    earlier: str,
    round_id: str,
    codes: list[str],
    rule: ShortlistRule,
    *,
    merged: bytes | None = None,
) -> Path:
    """The next round's package: the submissions ``codes`` of the earlier round, built for
    ``round_id`` and naming the earlier round's merged file (or ``merged``) as its origin."""
    setup, stage = pipeline.setup, pipeline.stages[earlier]
    sheet = pipeline.folder / f"{round_id}-submissions.csv"
    with setup.submissions.open(encoding="utf-8") as source:
        rows = [row for row in csv.reader(source)]
    with sheet.open("w", newline="", encoding="utf-8") as target:
        csv.writer(target).writerows([rows[0], *(r for r in rows[1:] if r[0] in codes)])
    plain = setup.build(
        submissions=sheet,
        round_id=round_id,
        package_id=f"kipp-{round_id}",
        output=pipeline.folder / f"{round_id}-plain.juripkg",
    )
    merged_data = merged if merged is not None else stage.merged_bytes
    chair = decode_public_key(json.loads(merged_data)["payload"]["chair"]["public_key"])
    origin = Origin(
        stage.panel.manifest.package_id,
        stage.panel.package.manifest_sha256,
        hashlib.sha256(merged_data).hexdigest(),
        chair,
        rule,
        earlier,
    )
    path = pipeline.folder / f"{round_id}.juripkg"
    _with_origin(plain.path, origin, setup, path)
    pipeline.stages[round_id] = Stage(
        Panel(open_package(path), setup.juror_keys, pipeline.folder), path
    )
    return path


def _with_origin(source: Path, origin: Origin, setup: Competition, target: Path) -> None:
    """The package at ``source`` with ``origin`` in its manifest, signed again by the
    secretariat (as ``juri package next`` writes it)."""
    manifest = replace(open_package(source).manifest, origin=origin)
    manifest_bytes = canonical_bytes(manifest_to_json(manifest, "Juri test"))
    signature = canonical_bytes(signature_object(manifest_bytes, setup.secretariat))
    timestamp = _zip_time(manifest.created)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename not in (MANIFEST_NAME, SIGNATURE_NAME):
                new.writestr(_info(info.filename, timestamp, zipfile.ZIP_STORED), old.read(info))
        new.writestr(_info(MANIFEST_NAME, timestamp, zipfile.ZIP_DEFLATED), manifest_bytes)
        new.writestr(_info(SIGNATURE_NAME, timestamp, zipfile.ZIP_STORED), signature)


# The scores of the rounds most tests use (a uniform score v gives a total of 100·(v − 1)/9):
# desk S003 100, S001 = S005 88.89, S002 77.78, S004 66.67, S007 55.56, S006 one evaluation;
# interview (S001–S005) S001 100, S002 88.89, S005 77.78, S003 66.67, S004 one evaluation;
# field (S001, S002, S003, S005) S002 88.89, S001 77.78, S005 55.56, S003 one evaluation.
DESK = {
    "J01": {"S001": 9, "S002": 8, "S003": 10, "S004": 7, "S005": 9, "S006": 10, "S007": 6},
    "J02": {"S001": 9, "S002": 8, "S003": 10, "S004": 7, "S005": 9, "S007": 6},
    "J03": {"S001": 9, "S002": 8, "S003": 10, "S004": 7, "S005": 9, "S007": 6},
}
INTERVIEW = {
    "J01": {"S001": 10, "S002": 9, "S003": 7, "S004": 8, "S005": 8},
    "J02": {"S001": 10, "S002": 9, "S003": 7, "S005": 8},
    "J03": {"S001": 10, "S002": 9, "S003": 7, "S005": 8},
}
FIELD = {
    "J01": {"S001": 8, "S002": 9, "S003": 9, "S005": 6},
    "J02": {"S001": 8, "S002": 9, "S005": 6},
    "J03": {"S001": 8, "S002": 9, "S005": 6},
}
TO_INTERVIEW = ["S001", "S002", "S003", "S004", "S005"]  # the desk's top 5
TO_FIELD = ["S001", "S002", "S003", "S005"]  # the interview's ranked ones
WEIGHTS = {
    "combine": "weights",
    "weights": {"desk": 30, "interview": 40, "field": 30},
    "gates": [{"round": "field", "passing": True}],
}


def three_rounds(
    folder: Path, final: dict[str, Any] = WEIGHTS, *, field: dict[str, dict[str, Any]] = FIELD
) -> Competition3:
    """Desk, interview and field merged (by the API, signed by the test chair), each next
    round shortlisted from the merged file of the one before; the field's passing grade 70."""
    pipeline = competition3(folder, final, grades={"field": 70})
    merge_round(pipeline, "desk", DESK)
    next_round(pipeline, "desk", "interview", TO_INTERVIEW, ShortlistRule(top=5))
    merge_round(pipeline, "interview", INTERVIEW)
    next_round(pipeline, "interview", "field", TO_FIELD, ShortlistRule(top=4))
    merge_round(pipeline, "field", field)
    return pipeline
