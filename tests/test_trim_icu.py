"""What scripts/trim-icu keeps of ICU's data for the Linux bundle: everything Qt can ask for in
Juri's languages, and no other language (the bundle's self-test then checks Qt's collation,
case mapping and time zone names with the trimmed data)."""

from __future__ import annotations

import importlib.util
from importlib.machinery import SourceFileLoader
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "trim-icu"
_loader = SourceFileLoader("trim_icu", str(SCRIPT))
_spec = importlib.util.spec_from_loader("trim_icu", _loader)
assert _spec is not None
trim = importlib.util.module_from_spec(_spec)
_loader.exec_module(trim)


@pytest.mark.parametrize(
    "item",
    [
        "root.res",
        "pool.res",
        "res_index.res",
        "id.res",
        "id_ID.res",
        "in.res",
        "en.res",
        "en_GB.res",
        "en_001.res",
        "zoneinfo64.res",
        "metaZones.res",
        "timezoneTypes.res",
        "supplementalData.res",
        "likelySubtags.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "coll/en.res",
        "zone/id.res",
        "zone/root.res",
        "zone/pool.res",
        "lang/id.res",
        "nfkc.nrm",
        "uts46.nrm",
        "cnvalias.icu",
        "ibm-5348_P100-1997.cnv",
        "uemoji.icu",
    ],
)
def test_kept(item: str) -> None:
    assert trim.keep(item)


@pytest.mark.parametrize(
    "item",
    [
        "de.res",
        "zh_Hant_TW.res",
        "en_AU.res",
        "coll/zh.res",
        "coll/ja.res",
        "zone/fr.res",
        "brkitr/cjdict.dict",
        "brkitr/root.res",
        "translit/root.res",
        "gb18030.cnv",
        "euc-tw-2014.cnv",
        "unames.icu",
        "confusables.cfu",
        "rfc3491.spp",
    ],
)
def test_left_out(item: str) -> None:
    assert not trim.keep(item)
