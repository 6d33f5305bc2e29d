"""Every user-visible text has its Indonesian translation, with the same placeholders."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\([a-z_]+\)[sr]|%s|%r")


def entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory) -> set[tuple[str, str]]:
    """The texts the code marks today, extracted afresh with pyside6-lupdate."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    target = tmp_path_factory.mktemp("ts") / "current.ts"
    sources = sorted(str(p) for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py"))
    subprocess.run([str(lupdate), "-locations", "none", *sources, "-ts", str(target)],
                   check=True, capture_output=True)
    return set(entries(target))


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_marked_text_is_in_the_catalogue_and_translated(current_sources, language) -> None:
    catalogue = entries(CATALOGUES / f"juri_{language}.ts")
    missing = sorted(current_sources - set(catalogue))
    assert not missing, f"run scripts/update-translations; not in juri_{language}.ts: {missing[:5]}"
    unfinished = [key for key in current_sources
                  if catalogue[key].find("translation").get("type") == "unfinished"]
    assert not unfinished, f"translate in juri_{language}.ts: {unfinished[:5]}"


@pytest.mark.parametrize("language", ["id", "en"])
def test_translations_keep_every_placeholder(language) -> None:
    for (context, source), message in entries(CATALOGUES / f"juri_{language}.ts").items():
        expected = sorted(PLACEHOLDER.findall(source))
        for text in translations(message):
            if text:
                assert sorted(PLACEHOLDER.findall(text)) == expected, (context, source, text)
