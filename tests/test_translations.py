"""Every user-visible text has its Indonesian translation, with the same placeholders."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
# {name} (str.format), %n (Qt plurals), %(name)s / %s / %r (argparse), %1 (Qt's own strings)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\([a-z_]+\)[sr]|%s|%r|%\d+")


def entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


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
    subprocess.run(
        [str(lupdate), "-locations", "none", *sources, "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    return set(entries(target))


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_marked_text_is_in_the_catalogue_and_translated(current_sources, language) -> None:
    catalogue = entries(CATALOGUES / f"juri_{language}.ts")
    missing = sorted(current_sources - set(catalogue))
    assert not missing, f"run scripts/update-translations; not in juri_{language}.ts: {missing[:5]}"
    unfinished = [
        key
        for key in current_sources
        if catalogue[key].find("translation").get("type") == "unfinished"
    ]
    assert not unfinished, f"translate in juri_{language}.ts: {unfinished[:5]}"


@pytest.mark.parametrize("catalogue", ["juri_id", "juri_en", "qtbase_id"])
def test_translations_keep_every_placeholder(catalogue) -> None:
    for (context, source), message in entries(CATALOGUES / f"{catalogue}.ts").items():
        expected = sorted(PLACEHOLDER.findall(source))
        for text in translations(message):
            if text:
                assert sorted(PLACEHOLDER.findall(text)) == expected, (context, source, text)


def test_qt_catalogue_is_indonesian_and_finished() -> None:
    """Qt has no Indonesian catalogue of its own; ours is loaded before juri_id (CATALOGUES)."""
    root = ET.parse(CATALOGUES / "qtbase_id.ts").getroot()
    assert (root.get("language"), root.get("sourcelanguage")) == ("id", "en")
    unfinished = [
        (context, source)
        for (context, source), message in entries(CATALOGUES / "qtbase_id.ts").items()
        if message.find("translation").get("type") or not translations(message)[0]
    ]
    assert not unfinished, unfinished[:5]


def marked_in_source() -> set[tuple[str, str]]:
    """(context, text) of every translate("Ctx", "text") and self.tr("text") call, found with
    Python's own parser — so a text lupdate fails to extract still fails this test."""
    found: set[tuple[str, str]] = set()
    for folder in ("app", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for cls in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
                for node in ast.walk(cls or tree):
                    if not isinstance(node, ast.Call):
                        continue
                    name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                    args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
                    if (
                        name == "translate"
                        and len(args) >= 2
                        and all(isinstance(a, str) for a in args[:2])
                    ):
                        found.add((args[0], args[1]))
                    elif name == "tr" and cls is not None and args and isinstance(args[0], str):
                        found.add((cls.name, args[0]))
    return found


def test_lupdate_extracts_every_marked_text(current_sources) -> None:
    missing = sorted(marked_in_source() - current_sources)
    assert not missing, (
        "pyside6-lupdate cannot see these (write the call with plain names "
        f"as arguments, no nested calls): {missing[:5]}"
    )


def test_english_texts_read_right_for_any_count() -> None:
    """lupdate's Python parser marks no plurals, so a ``%n`` text has one form for every count:
    English keeps the source's "(s)" wording instead of a singular that would say "2 problem"."""
    for (context, source), message in entries(CATALOGUES / "juri_en.ts").items():
        if "%n" in source and message.get("numerus") != "yes":
            assert translations(message) == [source], (context, source)


#: one Indonesian word per thing (KIPP brief, "Words"): the word on the left, never the others
SYNONYMS = {
    "proposal": re.compile(r"\busulan\b", re.IGNORECASE),  # a submission
    "tahap": re.compile(r"\bbabak\b", re.IGNORECASE),  # a round
    "penilaian selesai": re.compile(r"\bpenilaian (yang )?lengkap\b", re.IGNORECASE),
}


def test_the_indonesian_catalogue_says_each_thing_with_one_word() -> None:
    mixed = [
        (word, text)
        for message in entries(CATALOGUES / "juri_id.ts").values()
        for text in translations(message)
        for word, other in SYNONYMS.items()
        if other.search(text)
    ]
    assert not mixed, mixed[:5]
