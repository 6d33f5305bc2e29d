"""Every panel juror's signed result file, made directly (no workspace round trip: 300
workspaces scored through the services would take longer than everything measured).

Scores are plausible: each submission has a quality, each juror a leniency and some noise, so
z-scores, disagreements and reliability have something to work on. The files are exactly what
the juror's app writes (the same payload builder, canonical JSON, Ed25519 signature).
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from app.bench.scenario import Scenario
from app.crypto.envelope import sign_payload
from app.domain.evaluation import Evaluation
from app.formats.result import evaluation_to_json, result_payload
from app.package.reader import VerifiedPackage
from app.services.export import result_file_name


def write_results(scenario: Scenario, package: VerifiedPackage, folder: Path) -> list[Path]:
    rng = random.Random(scenario.scale.seed + 1)
    manifest = package.manifest
    rubric = manifest.rubric
    quality = {code: rng.random() for code in scenario.codes}
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number, (juror, pair) in enumerate(scenario.jurors.items()):
        leniency, noise = rng.gauss(0, 1), 0.5 + rng.random()
        entry = manifest.juror(juror)
        assert entry is not None  # the bench built the roster from these jurors
        evaluations = []
        for code in manifest.assigned(juror):
            base = 1 + 9 * quality[code] + leniency
            scores = {
                c.code: Decimal(min(10, max(1, round(base + rng.gauss(0, noise))))) for c in rubric
            }
            evaluation = Evaluation(
                code,
                scores=scores,
                comments={rubric.codes[0]: "Cukup."},
                updated="2026-11-23T09:00:00.000Z",
            )
            status = evaluation.status(rubric, manifest.round.kind, manifest.checklist)
            evaluations.append(evaluation_to_json(evaluation, rubric, status))
        payload = result_payload(
            package_id=manifest.package_id,
            manifest_sha256=package.manifest_sha256,
            juror_id=juror,
            juror_name=entry.name,
            public_key=pair.public_key,
            sequence=1,
            created=f"2026-11-23T10:{number // 60 % 60:02d}:{number % 60:02d}.000Z",
            generator="Juri bench",
            pact=None,
            audit_seq=len(evaluations) * len(rubric),
            audit_hash="0" * 64,
            evaluations=evaluations,
        )
        path = folder / result_file_name(juror, manifest.package_id, 1)
        path.write_bytes(sign_payload(payload, pair))
        written.append(path)
    return written
