"""The integrity pact (issue 12 item 9): no result is signed from the command line without it,
and a result file that records none (older, or made outside Juri) is flagged wherever the
chair looks — `juri result verify`, `juri merge`, the XLSX file list and the berita acara."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from app.cli.main import main
from app.crypto.envelope import sign_payload
from app.crypto.keys import encode_public_key, read_public_key
from app.services.wiring import open_workspace
from tests.factory import PASSPHRASE
from tests.reports.pdf import page_texts

FLAG = "WITHOUT AN INTEGRITY PACT"


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_no_result_without_the_pact_and_a_file_without_one_is_flagged(
    capsys, competition, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    setup = competition(submissions=2, jurors=1, with_workspaces=False, build=False)
    folder = tmp_path / "workspace"
    workspace = ["--workspace", str(folder)]
    code, out = juri(capsys, *workspace, "keys", "new", "--juror-id", "J01", "--name", "Juri")
    assert code == 0, out
    [public_file] = (
        line.split(": ", 1)[1]
        for line in out.splitlines()
        if line.startswith("Public key file for the secretariat: ")
    )
    public_key, _label = read_public_key(Path(public_file))
    setup.roster.write_text(f"id,name,public_key\nJ01,Juri,{encode_public_key(public_key)}\n")
    setup.build()
    assert juri(capsys, *workspace, "workspace", "import", str(setup.package))[0] == 0
    assert juri(capsys, *workspace, "score", "set", "S001", "LATAR=8")[0] == 0

    # A juror who never accepted the pact cannot sign a result, as in the app.
    results = tmp_path / "results"
    results.mkdir()
    code, out = juri(capsys, *workspace, "result", "export", "-o", str(results))
    assert code == 1
    assert (
        "Accept the integrity pact before signing your results: read it with 'juri "
        "workspace pact' and accept it with 'juri workspace pact --accept'"
    ) in out
    assert list(results.iterdir()) == []
    assert juri(capsys, *workspace, "workspace", "pact", "--accept")[0] == 0
    code, out = juri(capsys, *workspace, "result", "export", "-o", str(results))
    assert code == 0, out
    [genuine] = results.iterdir()
    code, out = juri(capsys, "result", "verify", str(genuine), "--package", str(setup.package))
    assert code == 0 and "VALID" in out and FLAG not in out

    # An older or hand-made file that records no pact: valid, and flagged.
    payload = json.loads(genuine.read_bytes())["payload"]
    payload.update(integrity_pact=None, sequence=2)
    with open_workspace(folder) as ws:
        pactless = results / "J01_v2_no_pact.json"
        pactless.write_bytes(sign_payload(payload, ws.identity.unlock(PASSPHRASE)))
    code, out = juri(capsys, "result", "verify", str(pactless), "--package", str(setup.package))
    assert code == 0 and out.startswith(f"{pactless}: VALID: juror J01, version 2")
    assert f"; {FLAG}: the juror did not accept the pact in Juri before this file was signed" in out
    code, out = juri(
        capsys,
        "result",
        "verify",
        str(pactless),
        str(genuine),
        "--json",
        "--package",
        str(setup.package),
    )
    assert [item["integrity_pact"] for item in json.loads(out)] == [False, True]

    chair = tmp_path / "chair.key"
    assert juri(capsys, "keys", "new", "--out", str(chair))[0] == 0
    merged, xlsx = tmp_path / "merged.json", tmp_path / "ranking.xlsx"
    code, out = juri(
        capsys,
        "merge",
        str(results),
        "--package",
        str(setup.package),
        "--key",
        str(chair),
        "-o",
        str(merged),
        "--xlsx",
        str(xlsx),
    )
    assert code == 0, out
    assert f"{pactless}: ACCEPTED: juror J01, version 2" in out and FLAG in out
    sheet = openpyxl.load_workbook(xlsx)["Files"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    pact = rows[0].index("integrity pact")
    assert {Path(row[0]).name: row[pact] for row in rows[1:]} == {
        genuine.name: "accepted",
        pactless.name: "NONE",
    }

    recap = tmp_path / "berita-acara.pdf"
    code, out = juri(
        capsys,
        "sheets",
        "recap",
        str(merged),
        "--package",
        str(setup.package),
        "--results",
        str(results),
        "-o",
        str(recap),
    )
    assert code == 0, out
    text = " ".join(" ".join(page_texts(recap)).split())
    assert (
        "J01_v2_no_pact.json version 2 · SHA-256" in text
        and "Without an integrity pact: the juror did not accept the pact in Juri before "
        "signing this file."
        in text
    )
    assert text.count("Without an integrity pact") == 1  # the genuine v1 is superseded
