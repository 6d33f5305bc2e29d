"""Crafted result files for merge tests: signed like the juror's app signs them, but with
exactly the scores, versions and keys a test needs (no workspace round trip)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.crypto.envelope import sign_payload
from app.crypto.keys import KeyPair
from app.domain.evaluation import Evaluation
from app.formats.result import PactAcceptance, evaluation_to_json, result_payload
from app.merge.intake import InputFile
from app.merge.service import MergeOptions, MergeReport, merge
from app.package.reader import VerifiedPackage, open_package
from app.pact import pact_version
from tests.factory import make_competition

PACT_TIME = "2026-11-22T08:00:00.000Z"
# Weights of the KIPP 2023 desk rubric, all on 1–10: a uniform score v gives 100·(v − 1)/9.
UNIFORM = {v: Fraction(100 * (v - 1), 9) for v in range(1, 11)}
CHAIR = KeyPair.generate("Ketua Tim Panel Uji")


@dataclass
class Panel:
    """A built package and its jurors' keys, able to make signed result files."""

    package: VerifiedPackage
    keys: dict[str, KeyPair]
    folder: Path
    made: dict[str, bytes] = field(default_factory=dict)

    @property
    def manifest(self):
        return self.package.manifest

    def result(
        self,
        juror: str,
        spec: dict[str, Any],
        *,
        sequence: int = 1,
        key: KeyPair | None = None,
        created: str | None = None,
        package_id: str | None = None,
        extra: dict[str, Any] | None = None,
        pact: bool = True,
    ) -> bytes:
        """Juror ``juror``'s signed result: ``spec[code]`` is a uniform score (int), a dict of
        criterion → score (missing criteria leave it in progress), ``"recused"``, or absent
        (not started). ``extra`` evaluates submissions the juror was not assigned; ``pact``
        False leaves out the integrity pact (as files made before Juri required it)."""
        manifest = self.manifest
        rubric = manifest.rubric
        evaluations = []
        codes = list(manifest.assigned(juror)) + list(extra or {})
        for code in codes:
            value = (extra or {}).get(code, spec.get(code))
            if value == "recused":
                evaluation = Evaluation(code, recusal_reason="Konflik kepentingan")
            elif isinstance(value, int):  # on a field visit, every checklist item confirmed
                evaluation = Evaluation(
                    code,
                    scores={c: Decimal(value) for c in rubric.codes},
                    checklist={
                        i.code: True for i in manifest.checklist if manifest.round.kind == "field"
                    },
                )
            elif isinstance(value, dict):
                evaluation = Evaluation(code, scores={c: Decimal(v) for c, v in value.items()})
            else:
                evaluation = Evaluation(code)
            status = evaluation.status(rubric, manifest.round.kind, manifest.checklist)
            evaluations.append(evaluation_to_json(evaluation, rubric, status))
        pair = key or self.keys[juror]
        juror_info = manifest.juror(juror)
        payload = result_payload(
            package_id=package_id or manifest.package_id,
            manifest_sha256=self.package.manifest_sha256,
            juror_id=juror,
            juror_name=juror_info.name if juror_info else "Juri Asing",
            public_key=pair.public_key,
            sequence=sequence,
            created=created or f"2026-11-23T10:00:{sequence:02d}.000Z",
            generator="Juri test",
            pact=PactAcceptance(PACT_TIME, pact_version()) if pact else None,
            audit_seq=sequence,
            audit_hash="0" * 64,
            evaluations=evaluations,
        )
        return sign_payload(payload, pair)

    def merge(
        self, files: list[InputFile] | list[tuple[str, bytes]], **options: Any
    ) -> MergeReport:
        inputs = [f if isinstance(f, InputFile) else InputFile(*f) for f in files]
        return merge(inputs, self.manifest, self.package.manifest_sha256, MergeOptions(**options))


def build_panel(
    competition,
    tmp_path: Path,
    *,
    submissions: int = 4,
    jurors: int = 3,
    assignments: dict[str, list[str]] | None = None,
    rows=None,
    package_id: str = "test-pkg",
) -> Panel:
    """``competition`` is the fixture, or a folder for a second competition in one test."""
    options = dict(
        submissions=submissions, jurors=jurors, with_workspaces=False, build=False, rows=rows
    )
    setup = (
        make_competition(competition, **options)
        if isinstance(competition, Path)
        else competition(**options)
    )
    options = {"package_id": package_id}
    if assignments is not None:
        sheet = tmp_path / "assignments.csv"
        sheet.write_text(
            "juror_id,submission\n"
            + "".join(f"{juror},{code}\n" for juror, codes in assignments.items() for code in codes)
        )
        options["assignments"] = sheet
    setup.build(**options)
    return Panel(open_package(setup.package), setup.juror_keys, setup.folder)


def resign(data: bytes, change, key: KeyPair) -> bytes:
    """Edit a signed document's payload and sign it again with ``key``."""
    payload = json.loads(data)["payload"]
    change(payload)
    return sign_payload(payload, key)


def old_store_with_a_key_for_no_juror(
    target: str | Path, package_id: str, fingerprint: str
) -> None:
    """A merge store as Juri left it before keys were bound to jurors (revision m0001), with
    one key accepted for no juror in particular."""
    from alembic import command
    from sqlalchemy import text

    from app.merge.store import alembic_config, create_store_engine

    engine = create_store_engine(target)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "m0001")
        connection.execute(
            text(
                "INSERT INTO merge_decisions (package_id, decision, subject, note, decided_at) "
                "VALUES (:package, 'accept_key', :fp, 'old', '2026-11-20T10:00:00.000Z')"
            ),
            {"package": package_id, "fp": fingerprint},
        )
    engine.dispose()


def panel_with_titles(competition, titles: dict[str, str]) -> Panel:
    """A package whose submissions carry ``titles`` (by code), written into the secretariat's
    sheet as an agency would type or paste them."""
    setup = competition(submissions=len(titles), jurors=3, with_workspaces=False, build=False)
    sheet = setup.submissions.read_text(encoding="utf-8").splitlines()
    lines = [sheet[0]]
    for line in sheet[1:]:
        code = line.split(",", 1)[0]
        title = titles[code].replace('"', '""')
        lines.append(line.replace(f"Inovasi nomor {int(code[1:])}", f'"{title}"'))
    setup.submissions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    setup.build(package_id="test-pkg")
    return Panel(open_package(setup.package), setup.juror_keys, setup.folder)
