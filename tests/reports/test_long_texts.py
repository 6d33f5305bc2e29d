"""Third red-team pass: a text too long for one page of a berita acara (a place, a chair's or
member's name given on the command line, or a name carried by a signed file) made ReportLab's
LayoutError traceback. The options are bounded and refused in words; a name from a file that
still cannot be laid out is a sentence, and nothing is written."""

from __future__ import annotations

import pytest

from app.cli.main import main
from app.crypto.keys import KeyPair, encode_public_key
from app.demo.create import DEMO_PASSPHRASE
from tests.merge.helpers import resign
from tests.rounds.helpers import three_rounds
from tests.rounds.test_final_cli import chair_key, files, make

__all__ = ["chair_key"]  # the fixture, shared

LONG = "Nama " * 1500  # 7,500 characters: far more than a signature line


def juri(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture(scope="module")
def rounds(tmp_path_factory):
    return three_rounds(tmp_path_factory.mktemp("long") / "kipp")


@pytest.mark.parametrize("option", ["--place", "--chair", "--member"])
def test_a_meeting_option_longer_than_a_line_is_refused_in_words(
    capsys, monkeypatch, rounds, chair_key, tmp_path, option
) -> None:
    monkeypatch.setenv("JURI_PASSPHRASE", DEMO_PASSPHRASE)
    final = tmp_path / "kipp.juri-final.json"
    assert make(capsys, rounds, chair_key, final)[0] == 0
    desk = rounds.stages["desk"]
    for verb in (
        ["sheets", "final", str(final), *files(rounds)],
        ["sheets", "recap", str(desk.merged), "--package", str(desk.package)],
    ):
        pdf = tmp_path / "out.pdf"
        code, out = juri(capsys, *verb, "-o", str(pdf), option, LONG)
        assert code == 2 and not pdf.exists(), out
        assert "is longer than 200 characters" in out and "Traceback" not in out


def test_a_name_from_a_signed_file_too_long_for_a_page_is_a_sentence(
    capsys, rounds, tmp_path
) -> None:
    """The chair's name on the key that signed the merged file is the recap's default name
    under the chair's signature."""
    desk = rounds.stages["desk"]
    signer = KeyPair.generate(LONG)

    def renamed(payload: dict) -> None:
        payload["chair"] = {"name": LONG, "public_key": encode_public_key(signer.public_key)}

    merged = tmp_path / "long.juri-merged.json"
    merged.write_bytes(resign(desk.merged_bytes, renamed, signer))
    pdf = tmp_path / "recap.pdf"
    code, out = juri(
        capsys, "sheets", "recap", str(merged), "--package", str(desk.package), "-o", str(pdf)
    )
    assert code == 1 and not pdf.exists(), out
    assert "cannot be laid out on A4 pages: a text in it is too long" in out
    assert "Traceback" not in out and "LayoutError" not in out
