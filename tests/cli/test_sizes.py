"""File sizes as people read them, in their language: a package of small files says how many
KB (it said "0.0 MB" in `package info` and "0,0 MB" after the build), a large one MB with the
language's decimal sign."""

from __future__ import annotations

from app.cli.main import main
from app.i18n import format_size


def test_sizes_read_in_kb_below_a_megabyte_and_with_the_languages_decimal_sign() -> None:
    assert format_size(0) == "0 KB"
    assert format_size(1) == "1 KB"
    assert format_size(20_480) == "20 KB"
    assert format_size(20_481) == "20 KB"
    assert format_size(1536 * 1024, "id") == "1,5 MB"
    assert format_size(1536 * 1024, "en") == "1.5 MB"


def test_package_info_says_the_files_size_in_indonesian(capsys, competition) -> None:
    setup = competition(submissions=3, jurors=2)
    assert main(["--lang", "id", "package", "info", str(setup.package)]) == 0
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if line.startswith("Proposal: 3 (")]
    assert " KB file)" in line and "0.0" not in line and "MB" not in line
