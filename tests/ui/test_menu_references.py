"""Every "Menu → Item" that a message or a guide tells people to choose exists, spelled as the
menu spells it, in the language of the text (issue 14, item 6: an error pointed to
"Berkas → Buka" where the menu says "Buka paket…").

The menus are read from the real windows, the juror's and the chair's; the references from
both catalogues (every message, in Indonesian and English) and from the guides (the Indonesian
user and chair guides; the English README and printing notes).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu

from app import i18n
from tests.ui.accelerators import menus
from tests.ui.conftest import new_juror, ready_window
from ui.chair.launcher import ChairLauncher

ROOT = Path(__file__).resolve().parents[2]
GUIDES = {
    "id": ["docs/user-guide.md", "docs/chair-guide.md"],
    "en": ["README.md", "docs/printing.md"],
}
ARROW = re.compile(r"\s*[→›]\s*")


def plain(text: str) -> str:
    """A menu text as people write it: no accelerator, no shortcut, no trailing "…"."""
    text = text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip("…").strip()


def menu_paths(window: QMainWindow) -> set[tuple[str, ...]]:
    paths = set()

    def walk(menu: QMenu, prefix: tuple[str, ...]) -> None:
        paths.add(prefix)
        for action in menu.actions():
            if action.isSeparator():
                continue
            path = (*prefix, plain(action.text()))
            paths.add(path)
            if action.menu():
                walk(action.menu(), path)

    for action in window.menuBar().actions():
        walk(action.menu(), (plain(action.text()),))
    assert menus(window)
    return paths


def catalogue_texts(language: str) -> list[str]:
    root = ET.parse(i18n.translations_source_dir() / f"juri_{language}.ts").getroot()
    return [
        html.unescape(message.findtext("translation") or "") for message in root.iter("message")
    ]


def stale_references(text: str, paths: set[tuple[str, ...]]) -> tuple[int, list[str]]:
    """How many "Top → …" the text has (``Top`` a name on a menu bar), and those whose words
    after each arrow do not start with an item of that menu (a trailing "…" may be left out)."""
    text = " ".join(text.split())
    tops = sorted({path[0] for path in paths}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, tops)) + r")\s*[→›]\s*")
    found = [text[m.start() : m.end() + 60] for m in pattern.finditer(text)]
    return len(found), [ref for ref in found if not _resolves(ref, (), paths)]


def _resolves(text: str, prefix: tuple[str, ...], paths: set[tuple[str, ...]]) -> bool:
    depth = len(prefix)
    items = sorted(
        {p[depth] for p in paths if len(p) > depth and p[:depth] == prefix}, key=len, reverse=True
    )
    for item in items:
        if text.startswith(item):
            rest = text[len(item) :].lstrip("…")
            arrow = ARROW.match(rest)
            return arrow is None or _resolves(rest[arrow.end() :], (*prefix, item), paths)
    return False


@pytest.fixture
def windows(qtbot, launch, isolated_home):
    """The juror's and the chair's windows, made in a given language."""
    chairs: list[ChairLauncher] = []

    def make(language: str) -> set[tuple[str, ...]]:
        i18n.install(language)
        started = launch(language=language)
        juror = ready_window(qtbot, started)
        chair = ChairLauncher(None, (), language)
        chairs.append(chair)
        chair.begin()
        qtbot.waitUntil(lambda: chair.window is not None, timeout=10_000)
        paths = menu_paths(juror) | menu_paths(chair.window)
        for launcher in chairs:
            launcher.close()
        chairs.clear()
        started.close()  # the workspace's lock: the other language opens it next
        return paths

    new_juror(isolated_home)
    yield make
    for launcher in chairs:
        launcher.close()
    i18n.install("en")


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_menu_a_message_or_guide_names_exists(windows, language) -> None:
    paths = windows(language)
    sources = {f"juri_{language}.ts": "\n".join(catalogue_texts(language))}
    sources.update(
        {guide: (ROOT / guide).read_text(encoding="utf-8") for guide in GUIDES[language]}
    )
    named, stale = 0, []
    for source, text in sources.items():
        count, wrong = stale_references(text, paths)
        named += count
        stale += [(source, reference) for reference in wrong]
    assert named >= 10  # the search found the references
    assert stale == []


def test_the_indonesian_guides_name_no_english_menu(windows) -> None:
    """A new chair was sent to "File → Buka paket…" by the chair's guide: the Indonesian window
    has no File menu (it is Berkas), and the check above only follows menus of the text's own
    language, so a menu left in the other language slipped through."""
    english = {path[0] for path in windows("en")}
    indonesian = {path[0] for path in windows("id")}
    foreign = {(top,) for top in english - indonesian}
    assert ("File",) in foreign
    texts = {"juri_id.ts": "\n".join(catalogue_texts("id"))}
    texts.update({guide: (ROOT / guide).read_text(encoding="utf-8") for guide in GUIDES["id"]})
    named = {source: stale_references(text, foreign)[1] for source, text in texts.items()}
    assert {source: refs for source, refs in named.items() if refs} == {}
