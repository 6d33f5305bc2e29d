"""Times the juror's shell shows are local, with their zone (issue 14.11 asked it of the
berita acara; `juri package info` did it, while the pact's acceptance and a result's making
were printed as "2026-12-04T16:13:08.488Z")."""

from __future__ import annotations

import re

import pytest

from app.cli.main import main
from tests.factory import PASSPHRASE

ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
LOCAL = re.compile(r"\d{1,2} \w+ \d{4} \d\d[.:]\d\d WIB")


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_pact_and_a_result_show_local_time_with_its_zone(
    capsys, competition, tmp_path, monkeypatch, in_jakarta, language
) -> None:
    monkeypatch.setenv("JURI_PASSPHRASE", PASSPHRASE)
    setup = competition(submissions=1, jurors=1)
    workspace = ["--lang", language, "--workspace", str(setup.workspaces["J01"])]

    def juri(*args: str) -> str:
        code = main([*workspace, *args])
        captured = capsys.readouterr()
        assert code == 0, captured.out + captured.err
        return captured.out

    juri("workspace", "import", str(setup.package))
    accepted = juri("workspace", "pact", "--accept").splitlines()[-1]
    info = juri("workspace", "info")
    results = tmp_path / "results"
    results.mkdir()
    juri("result", "export", "-o", str(results))
    [result] = results.iterdir()
    shown = juri("result", "show", str(result))
    for text in (accepted, info, shown):
        assert not ISO.search(text), text
    assert LOCAL.search(accepted) and LOCAL.search(info)
    assert len(LOCAL.findall(shown)) == 2, shown  # made, and the pact accepted
