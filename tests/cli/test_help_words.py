"""The secretariat reads ``--help`` in Indonesian: the column names it gives for the roster and
the assignments are Indonesian ones the reader accepts (it gave the English ones only), and a
sheet made with them builds."""

from __future__ import annotations

from app.cli.main import main
from app.formats.roster import read_assignments, read_roster


def test_indonesian_help_names_indonesian_columns_the_reader_takes(capsys, competition) -> None:
    for verb in ("build", "next"):
        assert main(["--lang", "id", "package", verb, "--help"]) == 0
        text = " ".join(capsys.readouterr().out.split())
        assert "kolom id_juri, nama, kunci_publik" in text, verb
        assert "pasangan id_juri, kode" in text, verb
    setup = competition(submissions=2, jurors=2)
    roster = setup.folder / "daftar-juri.csv"
    lines = setup.roster.read_text(encoding="utf-8").splitlines()
    roster.write_text("\n".join(["id_juri,nama,kunci_publik", *lines[1:]]) + "\n", "utf-8")
    jurors = read_roster(roster)
    pairs = setup.folder / "penugasan.csv"
    pairs.write_text(f"id_juri,kode\n{jurors[0].id},S001\n", encoding="utf-8")
    assert read_assignments(pairs, jurors, ["S001", "S002"]) == {jurors[0].id: ["S001"]}
