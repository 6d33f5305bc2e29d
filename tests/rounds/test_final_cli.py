"""``juri final make``, ``juri final verify`` and ``juri sheets final`` as a chair uses them:
desk, interview and field merged, each next round shortlisted from the merged file before."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from app.cli.main import main
from app.crypto.keys import KeyPair, encode_public_key
from app.demo.create import DEMO_PASSPHRASE
from tests.merge.helpers import CHAIR, resign
from tests.rounds.helpers import FIELD, INTERVIEW, Competition3, merge_round, three_rounds

ROUNDS = ("desk", "interview", "field")
GATES = {"combine": "last", "round": "interview", "gates": [{"round": "field", "passing": True}]}


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def chair_key(capsys, tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    key = tmp_path / "final-chair.key"
    code, out = juri(capsys, "keys", "new", "--out", str(key), "--label", "Ketua Tim Panel")
    assert code == 0, out
    return key


@pytest.fixture(scope="module")
def weights(tmp_path_factory) -> Competition3:
    """The three rounds under 30/40/30 weights with the field round as a gate."""
    return three_rounds(tmp_path_factory.mktemp("weights") / "kipp")


def files(pipeline: Competition3, *rounds: str) -> list[str]:
    """The merged files of ``rounds`` and a --package for each (as a chair types them)."""
    rounds = rounds or ROUNDS
    args = [str(pipeline.stages[r].merged) for r in rounds]
    for r in rounds:
        args += ["--package", str(pipeline.stages[r].package)]
    return args


def make(
    capsys,
    pipeline: Competition3,
    key: Path,
    output: Path,
    *extra: str,
    rounds: tuple[str, ...] = ROUNDS,
    rubric: Path | None = None,
) -> tuple[int, str]:
    """``juri final make`` of ``rounds`` (under ``rubric``; default: the pipeline's)."""
    return juri(
        capsys,
        "final",
        "make",
        *files(pipeline, *rounds),
        "--rubric",
        str(rubric or pipeline.rubric),
        "--key",
        str(key),
        "-o",
        str(output),
        *extra,
    )


def test_the_verbs_have_help(capsys) -> None:
    for verb, options in (
        (("final", "make"), ("--package", "--rubric", "--key", "--xlsx", "--json", "-o")),
        (("final", "verify"), ("--package", "--rubric", "--json", "--expect-key")),
        (
            ("sheets", "final"),
            ("--package", "--place", "--date", "--chair", "--member", "-o", "--expect-key"),
        ),
    ):
        code, out = juri(capsys, *verb, "--help")
        assert code == 0 and out.startswith(f"usage: juri {' '.join(verb)}")
        for option in options:
            assert option in out


def test_weights_rule_ranks_the_finalists_and_says_why_others_take_no_place(
    capsys, weights, chair_key, tmp_path
) -> None:
    output = tmp_path / "kipp.juri-final.json"
    workbook = tmp_path / "final.xlsx"
    code, out = make(capsys, weights, chair_key, output, "--xlsx", str(workbook))
    assert code == 0, out
    # the rule applied, in words, with the weights, the gate and the tie-break
    assert "Rule: Final score = 30% × desk" in out and "40% × interview" in out
    assert "Only submissions that passed round field" in out
    assert "separated by the score in round field, interview, desk" in out
    # 0.3·88.89 + 0.4·100 + 0.3·77.78 = 90; 0.3·77.78 + 0.4·88.89 + 0.3·88.89 = 85.56
    lines = out.splitlines()
    ranked = [
        line.split()
        for line in lines[
            lines.index(next(line for line in lines if line.startswith("Final line-up"))) + 1 :
        ][:2]
    ]
    assert [(row[0], row[1], row[2]) for row in ranked] == [
        ("1", "S001", "90.00"),
        ("2", "S002", "85.56"),
    ]
    assert "Final line-up (2 of 4 ranked):" in out
    # nothing ranks on too few evaluations, nobody below the gate's grade
    assert "S003: not ranked in round field: 1 of 3 evaluations (2 needed)" in out
    assert "S005: did not pass round field: mean 55.56 below the passing grade 70.00" in out
    # the chain of merged files, each named by hash and signer
    for round_id in ROUNDS:
        digest = hashlib.sha256(weights.stages[round_id].merged.read_bytes()).hexdigest()
        assert f"{round_id}.juri-merged.json (SHA-256 {digest[:16]}…)" in out
    assert CHAIR.fingerprint in out
    assert "Per cluster:" in out
    assert output.is_file() and "Final file written:" in out

    payload = json.loads(output.read_bytes())["payload"]
    assert payload["format"] == "juri-final"
    assert payload["rule"] == {
        "combine": "weights",
        "gates": [{"passing": True, "round": "field"}],
        "tie_break": ["field", "interview", "desk"],
        "weights": {"desk": "30", "interview": "40", "field": "30"},
    }
    assert [r["round"] for r in payload["rounds"]] == list(ROUNDS)
    rows = {row["submission"]: row for row in payload["ranking"]}
    assert rows["S001"]["score"] == "90.00" and rows["S001"]["rank"] == 1
    assert rows["S003"]["score"] is None and rows["S003"]["rank"] is None  # never a 0
    assert rows["S003"]["not_ranked"] == [{"reason": "too_few_evaluations", "round": "field"}]
    assert rows["S005"]["not_ranked"] == [{"reason": "failed_gate", "round": "field"}]

    book = openpyxl.load_workbook(workbook, read_only=True)
    assert book.sheetnames == [
        "Final ranking",
        "Per group",
        "Per cluster",
        "Clusters",
        "Rounds",
        "Rule",
    ]
    first = next(book["Final ranking"].iter_rows(min_row=2, max_row=2, values_only=True))
    assert first[:2] == (1, "S001") and first[8] == 90


def test_gates_rule_the_named_round_decides_among_those_that_passed(
    capsys, chair_key, tmp_path
) -> None:
    pipeline = three_rounds(tmp_path / "kipp", GATES)
    code, out = make(capsys, pipeline, chair_key, tmp_path / "f.juri-final.json", "--json")
    assert code == 0, out
    report = json.loads(out)
    assert report["rule"]["combine"] == "last" and report["rule"]["round"] == "interview"
    assert report["rule_text"].startswith("Final score = the score of round interview")
    ranking = [(row["submission"], row["rank"], row["score"]) for row in report["ranking"]]
    # interview: S001 100, S002 88.89, S005 77.78 (failed the field), S003 66.67 (too few)
    assert ranking == [
        ("S001", 1, "100.00"),
        ("S002", 2, "88.89"),
        ("S003", None, None),
        ("S005", None, None),
    ]
    assert report["ranking"][3]["note"].startswith("did not pass round field")


def test_a_gate_round_without_a_passing_grade_is_refused(capsys, chair_key, tmp_path) -> None:
    pipeline = three_rounds(
        tmp_path / "kipp",
        {
            "combine": "weights",
            "weights": {"desk": 50, "field": 50},
            "gates": [{"round": "interview", "passing": True}],
        },
    )
    output = tmp_path / "f.juri-final.json"
    code, out = make(capsys, pipeline, chair_key, output)
    assert code == 1
    assert "Round interview is a gate of the final rule, but it has no passing grade" in out
    assert not output.exists()


def test_ties_are_shown_and_separated_only_as_the_rule_says(capsys, chair_key, tmp_path) -> None:
    even = {juror: {**spec, "S001": 9, "S002": 9} for juror, spec in FIELD.items()}
    pipeline = three_rounds(tmp_path / "kipp", {"combine": "last"}, field=even)
    code, out = make(capsys, pipeline, chair_key, tmp_path / "a.juri-final.json", "--json")
    assert code == 0, out
    rows = json.loads(out)["ranking"]
    # equal field scores: the interview (tie-break 1) puts S002 below S001, and says so
    assert [(r["submission"], r["rank"], r["tie"], r["decided_by"]) for r in rows[:3]] == [
        ("S001", 1, False, None),
        ("S002", 2, False, "interview"),
        ("S005", 3, False, None),
    ]
    assert rows[0]["score"] == rows[1]["score"] == "88.89"
    assert rows[1]["note"] == "placed by interview"

    rubric = json.loads(pipeline.rubric.read_text(encoding="utf-8"))
    rubric["final"] = {"combine": "last", "tie_break": []}
    pipeline.rubric.write_text(json.dumps(rubric), encoding="utf-8")
    code, out = make(capsys, pipeline, chair_key, tmp_path / "b.juri-final.json")
    assert code == 0, out
    assert "Equal final scores share a place." in out
    tied = [
        line.split()
        for line in out.splitlines()
        if line.startswith("    1  S00") or line.startswith("    3  S005")
    ]
    assert [row[:3] for row in tied] == [
        ["1", "S001", "88.89"],
        ["1", "S002", "88.89"],
        ["3", "S005", "55.56"],
    ]
    assert "tie: nothing separates the scores" in out


def test_a_tampered_merged_file_is_refused_with_its_reason(
    capsys, weights, chair_key, tmp_path
) -> None:
    pipeline = copy_of(weights, tmp_path / "copy")
    interview = pipeline.stages["interview"].merged
    data = interview.read_bytes()
    interview.write_bytes(data.replace(b'"method":"mean"', b'"method":"median"', 1))
    output = tmp_path / "f.juri-final.json"
    code, out = make(capsys, pipeline, chair_key, output)
    assert code == 1 and not output.exists()
    assert "The merged file" in out and "interview.juri-merged.json" in out
    assert "is refused" in out and "signature" in out

    # merged again (another threshold) after the shortlist: sound on its own, but the field
    # round was shortlisted from the merged file as it was, so the chain breaks there
    merge_round(pipeline, "interview", INTERVIEW, threshold=Decimal(5))
    assert interview.read_bytes() != data
    code, out = make(capsys, pipeline, chair_key, output)
    assert code == 1 and not output.exists()
    assert "The package of round field (kipp-field) was shortlisted from the merged file " in out
    assert "of round interview (package kipp-interview), which was not given" in out


def test_a_merged_file_of_another_chain_or_competition_is_refused(
    capsys, weights, chair_key, tmp_path
) -> None:
    other = three_rounds(tmp_path / "other")
    mixed = Competition3(
        weights.setup,
        weights.folder,
        weights.rubric,
        {**weights.stages, "field": other.stages["field"]},
    )
    output = tmp_path / "f.juri-final.json"
    code, out = make(capsys, mixed, chair_key, output)
    assert code == 1 and not output.exists()
    assert "The package of round field (kipp-field) was shortlisted from the merged file" in out
    assert "which was not given" in out

    # a field merged file without the package it is for
    code, out = juri(
        capsys,
        "final",
        "make",
        str(other.stages["field"].merged),
        *files(weights, "desk", "interview"),
        "--rubric",
        str(weights.rubric),
        "--key",
        str(chair_key),
        "-o",
        str(output),
    )
    assert code == 1 and "No package given is the one the merged file" in out

    rubric = json.loads(weights.rubric.read_text(encoding="utf-8"))
    rubric["competition"]["id"] = "kipp-lain"
    foreign = tmp_path / "rubric-lain.json"
    foreign.write_text(json.dumps(rubric), encoding="utf-8")
    code, out = juri(
        capsys,
        "final",
        "make",
        *files(weights),
        "--rubric",
        str(foreign),
        "--key",
        str(chair_key),
        "-o",
        str(output),
    )
    assert code == 1 and not output.exists()
    assert "The rubric file is for the competition kipp-lain" in out


def test_a_round_left_out_is_refused(capsys, weights, chair_key, tmp_path) -> None:
    code, out = make(
        capsys, weights, chair_key, tmp_path / "f.juri-final.json", rounds=("interview", "field")
    )
    assert code == 1
    assert "which was not given" in out and "round desk" in out


def test_the_final_file_verifies_and_a_changed_byte_is_refused(
    capsys, weights, chair_key, tmp_path
) -> None:
    output = tmp_path / "kipp.juri-final.json"
    assert make(capsys, weights, chair_key, output)[0] == 0
    code, out = juri(
        capsys, "final", "verify", str(output), *files(weights), "--rubric", str(weights.rubric)
    )
    assert code == 0, out
    assert "kipp.juri-final.json: VALID: signed by" in out and "2 ranked, 2 not ranked." in out

    data = output.read_bytes()
    changed = tmp_path / "changed.juri-final.json"
    changed.write_bytes(data.replace(b'"score":"85.56"', b'"score":"95.56"', 1))
    code, out = juri(capsys, "final", "verify", str(changed), *files(weights))
    assert code == 1
    assert "changed.juri-final.json is tampered: the chair's signature does not hold" in out

    # S002 moved up and signed again by a key of one's own: the signature holds, the
    # line-up does not follow from the merged files
    forger = KeyPair.generate("Bukan Ketua")

    def swap(payload: dict) -> None:
        payload["ranking"][0]["rank"], payload["ranking"][1]["rank"] = 2, 1
        payload["chair"] = {
            "name": forger.label,
            "public_key": encode_public_key(forger.public_key),
        }

    changed.write_bytes(resign(data, swap, forger))
    code, out = juri(capsys, "final", "verify", str(changed), *files(weights), "--json")
    assert code == 1
    refusal = json.loads(out)
    assert refusal["status"] == "refused" and refusal["code"] == "final_differs"
    assert (
        'the ranking differs at S001 in its field "rank": signed 2, recomputed 1'
        in refusal["reason"]
    )

    # a merged file it rests on left out
    code, out = juri(capsys, "final", "verify", str(output), *files(weights, "interview", "field"))
    assert code == 1 and "which was not given" in out

    # made under another rule than the rubric file's: sound, but not what the rubric asks
    rubric = json.loads(weights.rubric.read_text(encoding="utf-8"))
    rubric["final"]["weights"] = {"desk": 20, "interview": 50, "field": 30}
    other = tmp_path / "rubric-20-50-30.json"
    other.write_text(json.dumps(rubric), encoding="utf-8")
    other_rule = tmp_path / "other-rule.juri-final.json"
    code, out = make(capsys, weights, chair_key, other_rule, rubric=other)
    assert code == 0, out
    assert juri(capsys, "final", "verify", str(other_rule), *files(weights))[0] == 0
    code, out = juri(
        capsys, "final", "verify", str(other_rule), *files(weights), "--rubric", str(weights.rubric)
    )
    assert code == 1
    assert "applied another rule than the rubric file's final section" in out


def test_expect_key_refuses_a_final_file_signed_again_by_another_key(
    capsys, weights, chair_key, tmp_path
) -> None:
    """The line-up copied unchanged and signed by a key of one's own verifies as a sound final
    file; --expect-key makes Juri compare its signer with the fingerprint the chair reads out,
    in 'juri final verify' and before 'juri sheets final' prints anything."""
    output = tmp_path / "kipp.juri-final.json"
    assert make(capsys, weights, chair_key, output)[0] == 0
    code, out = juri(capsys, "final", "verify", str(output), *files(weights), "--json")
    chair_fp = json.loads(out)["chair_fingerprint"]
    forger = KeyPair.generate("Bukan Ketua")

    def sign_as_forger(payload: dict) -> None:
        payload["chair"] = {
            "name": forger.label,
            "public_key": encode_public_key(forger.public_key),
        }

    forged = tmp_path / "forged.juri-final.json"
    forged.write_bytes(resign(output.read_bytes(), sign_as_forger, forger))
    assert juri(capsys, "final", "verify", str(forged), *files(weights))[0] == 0
    refusal = f"forged.juri-final.json is signed by key {forger.fingerprint}, not by {chair_fp}"
    code, out = juri(
        capsys, "final", "verify", str(forged), *files(weights), "--expect-key", chair_fp
    )
    assert code == 1 and refusal in out and "VALID" not in out
    code, out = juri(
        capsys, "final", "verify", str(forged), *files(weights), "--expect-key", chair_fp, "--json"
    )
    assert code == 1 and json.loads(out)["status"] == "refused"
    assert refusal in json.loads(out)["reason"]
    code, out = juri(
        capsys, "final", "verify", str(output), *files(weights), "--expect-key", chair_fp.lower()
    )
    assert code == 0 and "VALID" in out, out

    pdf = tmp_path / "berita-acara-final.pdf"
    for final, refused in ((forged, True), (output, False)):
        code, out = juri(
            capsys, "sheets", "final", str(final), *files(weights), "-o", str(pdf),
            "--expect-key", chair_fp,
        )  # fmt: skip
        assert (code == 1 and refusal in out) if refused else code == 0, out
        assert pdf.exists() is not refused


def test_the_berita_acara_prints_the_signed_line_up_per_cluster(
    capsys, weights, chair_key, tmp_path
) -> None:
    output = tmp_path / "kipp.juri-final.json"
    assert make(capsys, weights, chair_key, output)[0] == 0
    pdf = tmp_path / "berita-acara-final.pdf"
    code, out = juri(
        capsys,
        "sheets",
        "final",
        str(output),
        *files(weights),
        "-o",
        str(pdf),
        "--place",
        "Jakarta",
        "--date",
        "2026-12-04",
        "--chair",
        "Prof. Dr. Hendra Wijaya",
    )
    assert code == 0, out
    assert "Final berita acara written:" in out
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat, bare = " ".join(text.split()), "".join(text.split())  # bare: hashes wrap
    assert "Final line-up across rounds" in flat
    assert "Final score = 30% × desk" in flat  # the rule applied
    assert "Per cluster: fair representation" in flat
    assert "Cluster: Kabupaten" in flat and "Cluster: Kota" in flat
    assert "did not pass round field" in flat and "1 of 3 evaluations (2 needed)" in flat
    for round_id in ROUNDS:
        digest = hashlib.sha256(weights.stages[round_id].merged.read_bytes()).hexdigest()
        assert f"mergedfileSHA-256{digest}" in bare
    assert "Prof. Dr. Hendra Wijaya" in flat and "Jakarta" in flat
    assert f"SHA-256{hashlib.sha256(output.read_bytes()).hexdigest()}" in bare

    # a final file that does not verify is never printed
    changed = tmp_path / "changed.juri-final.json"
    changed.write_bytes(output.read_bytes().replace(b'"rank":1', b'"rank":2', 1))
    code, out = juri(
        capsys, "sheets", "final", str(changed), *files(weights), "-o", str(tmp_path / "no.pdf")
    )
    assert code == 1 and "is tampered" in out and not (tmp_path / "no.pdf").exists()


def test_the_berita_acara_names_the_rounds_in_the_readers_language(
    capsys, weights, chair_key, tmp_path
) -> None:
    """A new chair printed the Indonesian berita acara and read "lintas 3 tahap (desk,
    interview, field)" and "Tahap desk → interview → field": the rubric file's ids, English
    words, where the rounds' names in the reader's language belong."""
    output = tmp_path / "kipp.juri-final.json"
    assert make(capsys, weights, chair_key, output)[0] == 0
    pdf = tmp_path / "berita-acara-final.pdf"
    code = main(["--lang", "id", "sheets", "final", str(output), *files(weights), "-o", str(pdf)])
    assert code == 0, capsys.readouterr()
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    names = "Penilaian proposal, Presentasi dan wawancara, Verifikasi lapangan"
    assert f"lintas 3 tahap ({names})" in flat, flat[:600]
    assert "Penilaian proposal → Presentasi dan wawancara → Verifikasi lapangan" in flat
    assert "desk, interview, field" not in flat and "desk → interview" not in flat


def test_every_cluster_that_entered_is_weighed_also_one_with_no_finalist(
    capsys, weights, chair_key, tmp_path
) -> None:
    """S007, the only submission of cluster provinsi, was left out at the desk's cut: the
    panel weighing fair representation sees provinsi in the final berita acara, in
    ``juri final make`` and in the XLSX with 1 entered and 0 in the final round (it used
    to be missing, as if the cluster had never entered). ``juri final make`` prints the
    line-up per group as well as per cluster (it printed clusters only)."""
    output, xlsx = tmp_path / "kipp.juri-final.json", tmp_path / "final.xlsx"
    code, out = make(capsys, weights, chair_key, output, "--xlsx", str(xlsx))
    assert code == 0, out
    assert "  provinsi: 1 in round desk, 0 in the final round, 0 ranked, places –" in out
    assert "  kota: 3 in round desk, 1 in the final round, 1 ranked, places 2" in out
    group = out[out.index("Per group:\n") :].splitlines()  # the line-up per group too
    assert group[1] == "  umum: 4 in the final round, 2 ranked"
    assert group[2].split()[:3] == ["1", "S001", "90.00"] and "[overall 1]" in group[2]
    sheet = openpyxl.load_workbook(xlsx)["Clusters"]
    rows = {row[0]: row[1:4] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["provinsi"] == (1, 0, 0) and rows["kabupaten"] == (3, 3, 1)
    pdf = tmp_path / "berita-acara-final.pdf"
    code, out = juri(capsys, "sheets", "final", str(output), *files(weights), "-o", str(pdf))
    assert code == 0, out
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    summary = text[text.index("Per cluster: fair representation") :]
    assert "In round" in summary and "included" in " ".join(summary.split())
    assert ["Provinsi", "1", "0", "0", "–", "–"] in [line.split() for line in text.splitlines()]
    assert "Cluster: Provinsi" not in text  # no line-up of its own: nothing of it is left


def copy_of(pipeline: Competition3, folder: Path) -> Competition3:
    """The pipeline's merged files copied to ``folder`` (packages shared), to tamper with."""
    folder.mkdir()
    stages = {}
    for round_id, stage in pipeline.stages.items():
        copy = folder / stage.merged.name
        shutil.copy(stage.merged, copy)
        stages[round_id] = type(stage)(stage.panel, stage.package, copy)
    return Competition3(pipeline.setup, folder, pipeline.rubric, stages)


@pytest.mark.parametrize(
    ("final", "problem"),
    [
        (
            {"combine": "weights", "weights": {"desk": 30, "interview": 60}},
            "final.weights: must sum to exactly 100 (they sum to 90)",
        ),
        (
            {"combine": "weights", "weights": {"desk": 50, "wawancara": 50}},
            "final.weights.wawancara: names the round 'wawancara', which the file does not have "
            "(it has: desk, interview, field)",
        ),
        (
            {"combine": "last", "weights": {"field": 100}},
            'final.weights: belongs to "weights" only',
        ),
        (
            {"combine": "last", "gates": [{"round": "field", "passing": False}]},
            "final.gates[0].passing: must be true",
        ),
        ({"combine": "best"}, 'final.combine: must be "weights" or "last" (not \'best\')'),
        (None, "final: is missing: the rubric file must say how the rounds combine"),
    ],
)
def test_a_rubric_files_final_section_is_read_strictly(
    capsys, weights, chair_key, tmp_path, final, problem
) -> None:
    rubric = json.loads(weights.rubric.read_text(encoding="utf-8"))
    if final is None:
        del rubric["final"]
    else:
        rubric["final"] = final
    path = tmp_path / "rubric.json"
    path.write_text(json.dumps(rubric), encoding="utf-8")
    output = tmp_path / "f.juri-final.json"
    code, out = juri(
        capsys,
        "final",
        "make",
        *files(weights),
        "--rubric",
        str(path),
        "--key",
        str(chair_key),
        "-o",
        str(output),
    )
    assert code == 1 and not output.exists()
    assert f"The rubric file {path.name} is not valid: {problem}" in out


def test_a_finalist_left_short_of_jurors_by_recusals_says_what_would_rank_it(
    capsys, chair_key, tmp_path_factory, tmp_path
) -> None:
    """S003 was first of the interview; on the field visit two of its three jurors declared a
    conflict of interest, so one evaluation is all it can get. The final line-up says, as the
    field round's merge does, that only another juror in that round can rank it."""
    field = {**FIELD, "J02": {**FIELD["J02"], "S003": "recused"}}
    field["J03"] = {**FIELD["J03"], "S003": "recused"}
    pipeline = three_rounds(tmp_path_factory.mktemp("short") / "kipp", field=field)
    code, out = make(capsys, pipeline, chair_key, tmp_path / "kipp.juri-final.json")
    assert code == 0, out
    assert (
        "S003: not ranked in round field: 1 of 1 evaluations (2 needed: assign another juror "
        "in that round)"
    ) in out


def test_a_round_without_a_passing_grade_says_so_in_the_ranking_head(
    capsys, weights, chair_key, tmp_path
) -> None:
    """A new chair merging the interview round (no passing grade) read "passing grade –,
    applied to the mean of the jurors' weighted totals": a rule for a grade that is not there."""
    stage = weights.stages["interview"]
    code, out = juri(
        capsys,
        "merge",
        str(stage.merged),
        "--package",
        str(stage.package),
        "-o",
        str(tmp_path / "again.juri-merged.json"),
        "--key",
        str(chair_key),
    )
    assert code == 0, out
    assert "no passing grade in this round" in out, out
    assert "passing grade –" not in out
