"""A roster whose key column is headed "File Kunci" (the names of the jurors' public key files
next to it, as a secretariat officer types them) is read like ``kunci_publik``."""

from __future__ import annotations

import csv

import pytest

from app.cli.main import main
from app.crypto.keys import fingerprint, write_public_key


@pytest.mark.parametrize("header", ["File Kunci", "file_kunci", "Berkas Kunci"])
def test_a_key_file_column_is_read_as_the_public_key(capsys, competition, header) -> None:
    setup = competition(submissions=2, jurors=2, build=False)
    rows = list(csv.reader(setup.roster.open(encoding="utf-8")))
    for row in rows[1:]:
        name = f"{row[0]}.pub.json"
        write_public_key(setup.roster.parent / name, setup.public_keys[row[0]], row[1])
        row[2] = name
    rows[0] = ["ID Juri", "Nama", header]
    with setup.roster.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    setup.build()
    assert main(["--lang", "id", "package", "info", str(setup.package)]) == 0
    out = capsys.readouterr().out
    for juror, key in setup.public_keys.items():
        assert f"{juror} " in out and fingerprint(key) in out
