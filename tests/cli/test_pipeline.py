"""The whole KIPP pipeline from the command line, as the secretariat, the jurors and the chair
run it (issue 13, "done when"): the demo's inputs → the desk package → the jurors' results →
the chair's merge → an amendment with a third juror → the merge again → the interview package
→ its results → the field package → its results with a photo → the final line-up; every file
verifies, and tampering with any link is refused with its reason."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from app.cli.main import main
from app.demo.create import DEMO_PASSPHRASE
from app.package.reader import open_package
from tests.photos import jpeg, write

DESK_ID = "kipp-2023-desk"
DISPUTED = "KIPP23-003"  # the pair scores it far apart: the chair's merge flags it


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def ok(capsys, *args: str) -> str:
    code, out = juri(capsys, *args)
    assert code == 0, f"juri {' '.join(args)}\n{out}"
    return out


def refused(capsys, *args: str) -> str:
    code, out = juri(capsys, *args)
    assert code != 0, f"juri {' '.join(args)} was not refused\n{out}"
    assert "Traceback" not in out
    return out


class Pipeline:
    """The demo's folders and the files the pipeline makes, with the verbs each role runs."""

    def __init__(self, capsys, folder: Path) -> None:
        self.capsys, self.folder = capsys, folder
        self.inputs = folder / "input"
        self.secretariat_key = folder / "secretariat" / "sekretariat.key"
        self.chair_key = folder / "ketua.key"
        self.work = folder / "pipeline"
        self.work.mkdir()

    def workspace(self, juror: str) -> Path:
        return self.folder / "jurors" / juror

    def score_round(
        self,
        package: Path,
        package_id: str,
        round_dir: str,
        *,
        jurors: dict[str, list[str]] | None = None,
        extra: dict[str, list[str]] | None = None,
    ) -> list[Path]:
        """Each juror imports the package, scores every assigned submission (or those in
        ``jurors``) with ``score set`` and exports a signed result."""
        manifest = open_package(package).manifest
        criteria = [c.code for c in manifest.rubric]
        results = self.work / "results" / round_dir
        results.mkdir(parents=True, exist_ok=True)
        written = []
        for juror in manifest.jurors:
            codes = manifest.assigned(juror.id) if jurors is None else jurors.get(juror.id, [])
            if not codes:
                continue
            ws = str(self.workspace(juror.id))
            ok(self.capsys, "--workspace", ws, "workspace", "import", str(package))
            for code in codes:
                value = score(code, juror.id)
                ok(
                    self.capsys,
                    "--workspace",
                    ws,
                    "score",
                    "set",
                    code,
                    *[f"{c}={value}" for c in criteria],
                    "--recommend",
                    "lanjut",
                    *(extra or {}).get(code, []),
                    "--package",
                    package_id,
                )
            out = ok(
                self.capsys,
                "--workspace",
                ws,
                "result",
                "export",
                "--package",
                package_id,
                "-o",
                str(results),
            )
            written.append(Path(out.strip().splitlines()[-1].split(": ", 1)[-1].strip()))
        return written

    def merge(self, results: str, package: Path, output: str, *options: str) -> Path:
        target = self.work / output
        ok(
            self.capsys,
            "merge",
            str(self.work / "results" / results),
            "--package",
            str(package),
            "--key",
            str(self.chair_key),
            "-o",
            str(target),
            *options,
        )
        return target

    def next_round(self, merged: Path, package: Path, round_id: str, top: int) -> Path:
        target = self.work / f"{round_id}.juripkg"
        ok(self.capsys, *self.next_args(merged, package, round_id, top, target))
        return target

    def next_args(
        self, merged: Path, package: Path, round_id: str, top: int, target: Path
    ) -> list[str]:
        """``juri package next`` as the secretariat types it."""
        return [
            "package",
            "next",
            str(merged),
            "--package",
            str(package),
            "--rubric",
            str(self.inputs / "rubric.json"),
            "--round",
            round_id,
            "--top",
            str(top),
            "--include-ties",
            "--roster",
            str(self.inputs / "roster.csv"),
            "--key",
            str(self.secretariat_key),
            "-o",
            str(target),
        ]


def score(code: str, juror: str) -> int:
    """A plausible score: better proposals (lower numbers here) score higher; on the disputed
    submission one juror of the pair sees it very differently."""
    number = int(code.rsplit("-", 1)[1])
    if code == DISPUTED and juror == "J01":
        return 2
    return 10 - (number * 5) % 7


def pairs(path: Path, codes: list[str], jurors: list[str]) -> None:
    """KIPP's desk round: two jurors per submission, rotating."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["juror_id", "submission"])
        for index, code in enumerate(codes):
            for offset in (1, 2):
                writer.writerow([jurors[(index + offset) % len(jurors)], code])


@pytest.fixture
def pipeline(capsys, tmp_path, monkeypatch) -> Pipeline:
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    ok(capsys, "demo", str(tmp_path / "demo"))  # inputs, keys and workspaces; no results
    made = Pipeline(capsys, tmp_path / "demo")
    ok(capsys, "keys", "new", "--out", str(made.chair_key), "--label", "Ketua Tim Panel")
    return made


def test_the_whole_pipeline_from_the_command_line(capsys, pipeline) -> None:
    p = pipeline
    demo_manifest = open_package(next(p.folder.glob("*.juripkg"))).manifest
    codes = [s.code for s in demo_manifest.submissions]
    jurors = [j.id for j in demo_manifest.jurors]

    # the secretariat builds the desk package: pairs of jurors
    pairs(p.work / "pairs.csv", codes, jurors)
    desk = p.work / "desk.juripkg"
    ok(
        capsys,
        "package",
        "build",
        "--submissions",
        str(p.inputs / "submissions.xlsx"),
        "--files",
        str(p.inputs / "proposals"),
        "--rubric",
        str(p.inputs / "rubric.json"),
        "--round",
        "desk",
        "--roster",
        str(p.inputs / "roster.csv"),
        "--assignments",
        str(p.work / "pairs.csv"),
        "--key",
        str(p.secretariat_key),
        "--id",
        DESK_ID,
        "-o",
        str(desk),
    )
    p.score_round(desk, DESK_ID, "desk")

    # the chair merges; the disputed pair is flagged
    out = ok(
        capsys,
        "merge",
        str(p.work / "results" / "desk"),
        "--package",
        str(desk),
        "--key",
        str(p.chair_key),
        "-o",
        str(p.work / "desk-1.juri-merged.json"),
        "--json",
    )
    flagged = [d for d in json.loads(out)["disagreements"] if d["submission"] == DISPUTED]
    assert [d["suggestion"] for d in flagged] == ["assign a third juror"]

    # a third juror: the chair's assignment, the secretariat's signed amendment
    manifest = open_package(desk).manifest
    third = next(j for j in jurors if DISPUTED not in manifest.assigned(j))
    with (p.work / "third.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["juror_id", "submission"], [third, DISPUTED]])
    desk_v2 = p.work / "desk-v2.juripkg"
    ok(
        capsys,
        "package",
        "amend",
        str(desk),
        "--assignments",
        str(p.work / "third.csv"),
        "--key",
        str(p.secretariat_key),
        "-o",
        str(desk_v2),
    )
    p.score_round(desk_v2, DESK_ID, "desk", jurors={third: [DISPUTED]})
    desk_merged = p.merge("desk", desk_v2, "desk.juri-merged.json")
    assert (
        json.loads(desk_merged.read_bytes())["payload"]["package"]["manifest_sha256"]
        == open_package(desk_v2).manifest_sha256
    )

    # the interview round: the first four (ties taken), every juror, notes per question
    interview = p.next_round(desk_merged, desk_v2, "interview", 4)
    interview_manifest = open_package(interview).manifest
    assert interview_manifest.round.presentation_minutes == 7
    assert len(interview_manifest.submissions) >= 4
    p.score_round(
        interview,
        interview_manifest.package_id,
        "interview",
        extra={
            s.code: [
                "--question-note",
                "Bagaimana keberlanjutan anggarannya?",
                "APBD rutin sejak tahun kedua.",
            ]
            for s in interview_manifest.submissions
        },
    )
    interview_merged = p.merge("interview", interview, "interview.juri-merged.json")

    # the field round: the first two, the checklist confirmed, a photo from each visit; never
    # under the desk package's id, which jurors holding the desk package could not import
    taken = p.work / "field-desk-id.juripkg"
    out = refused(
        capsys, *p.next_args(interview_merged, interview, "field", 2, taken), "--id", DESK_ID
    )
    assert f"The package id '{DESK_ID}' is the id of round desk's package" in out
    assert not taken.exists()
    field = p.next_round(interview_merged, interview, "field", 2)
    field_manifest = open_package(field).manifest
    checks = [arg for item in field_manifest.checklist for arg in ("--check", f"{item.code}=ya")]
    photo = write(p.work, "IMG_0412.jpg", jpeg())
    p.score_round(
        field,
        field_manifest.package_id,
        "field",
        extra={
            s.code: [*checks, "--notes", "Layanan berjalan.", "--attach", str(photo)]
            for s in field_manifest.submissions
        },
    )
    field_merged = p.merge("field", field, "field.juri-merged.json")
    field_results = sorted((p.work / "results" / "field").iterdir())
    out = ok(capsys, "result", "show", str(field_results[0]))
    assert f"IMG_0412.jpg · SHA-256 {hashlib.sha256(photo.read_bytes()).hexdigest()[:12]}" in out

    # the chair signs the final line-up; anyone can check it
    merged = [str(desk_merged), str(interview_merged), str(field_merged)]
    packages = ["--package", str(desk_v2), "--package", str(interview), "--package", str(field)]
    final = p.work / "kipp.juri-final.json"
    out = ok(
        capsys,
        "final",
        "make",
        *merged,
        *packages,
        "--rubric",
        str(p.inputs / "rubric.json"),
        "--key",
        str(p.chair_key),
        "-o",
        str(final),
    )
    out = ok(
        capsys,
        "final",
        "verify",
        str(final),
        *merged,
        *packages,
        "--rubric",
        str(p.inputs / "rubric.json"),
    )
    assert "VALID" in out

    # every file verifies
    for package in (desk, desk_v2, interview, field):
        assert "VALID" in ok(capsys, "package", "verify", str(package))
    for result in sorted((p.work / "results").rglob("*.juri-result.json")):
        ok(
            capsys,
            "result",
            "verify",
            str(result),
            "--package",
            str({"desk": desk_v2, "interview": interview, "field": field}[result.parent.name]),
        )

    # tampering with any link is refused with its reason
    # a merged file whose ranking was edited: its signature no longer holds
    document = json.loads(interview_merged.read_bytes())
    document["payload"]["as_of"] = "2023-01-01T00:00:00Z"
    forged = p.work / "forged.juri-merged.json"
    forged.write_text(json.dumps(document), encoding="utf-8")
    out = refused(
        capsys,
        "final",
        "verify",
        str(final),
        str(desk_merged),
        str(forged),
        str(field_merged),
        *packages,
    )
    assert "forged.juri-merged.json" in out and "tampered" in out
    # the round merged again under another rule after the shortlist: the chain is broken
    again = p.merge("interview", interview, "again.juri-merged.json", "--method", "median")
    out = refused(
        capsys,
        "final",
        "make",
        str(desk_merged),
        str(again),
        str(field_merged),
        *packages,
        "--rubric",
        str(p.inputs / "rubric.json"),
        "--key",
        str(p.chair_key),
        "-o",
        str(p.work / "never.juri-final.json"),
    )
    assert "shortlisted from the merged file" in out
    assert not (p.work / "never.juri-final.json").exists()

    # a photo swapped inside a juror's field result: the signature no longer holds
    swapped = p.work / "swapped.juri-result.json"
    original = base64.b64encode(photo.read_bytes())
    other = base64.b64encode(jpeg(color=(250, 10, 10)))
    swapped.write_bytes(field_results[0].read_bytes().replace(original, other))
    assert swapped.read_bytes() != field_results[0].read_bytes()
    out = refused(capsys, "result", "verify", str(swapped), "--package", str(field))
    assert "TAMPERED" in out
    shutil.copy(swapped, p.work / "results" / "field" / swapped.name)
    out = juri(
        capsys,
        "merge",
        str(p.work / "results" / "field"),
        "--package",
        str(field),
        "--key",
        str(p.chair_key),
        "-o",
        str(p.work / "field-2.juri-merged.json"),
    )[1]
    assert "swapped.juri-result.json: TAMPERED" in out

    changed = p.work / "changed-v2.juripkg"
    data = bytearray(desk_v2.read_bytes())
    data[len(data) // 2] ^= 0x01
    changed.write_bytes(bytes(data))
    out = refused(capsys, "package", "verify", str(changed))
    assert "changed after the secretariat signed the package" in out
    refused(
        capsys,
        "merge",
        str(p.work / "results" / "desk"),
        "--package",
        str(changed),
        "--key",
        str(p.chair_key),
        "-o",
        str(p.work / "never.juri-merged.json"),
    )
    assert not (p.work / "never.juri-merged.json").exists()
