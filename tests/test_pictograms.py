"""Every pictogram the app names has its SVG, and the SVG folder, the table in
tools/fetch_pictograms.py and the pictograms README agree."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

from trefpuntje.core.demo_till import PRICE_LIST
from trefpuntje.core.till_products import PRODUCT_PICTOGRAMS
from trefpuntje.printing.pictograms import FALLBACK, PICTOGRAMS_DIR, pictogram

ROOT = Path(__file__).resolve().parent.parent
README = PICTOGRAMS_DIR.parent / "README.md"
README_ROW = re.compile(r"^\| `(?P<name>[a-z0-9_]+)\.svg` \| (?P<code>[0-9A-F-]+) \|", re.MULTILINE)


def _fetch_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fetch_pictograms", ROOT / "tools" / "fetch_pictograms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FETCHED: dict[str, str] = _fetch_tool().PICTOGRAMS


def _svgs() -> set[str]:
    return {path.stem for path in PICTOGRAMS_DIR.glob("*.svg")}


def test_screen_and_paper_look_in_the_same_folder():
    from trefpuntje.ui import pictograms as screen

    assert screen.PICTOGRAMS == PICTOGRAMS_DIR


@pytest.mark.parametrize("name", sorted(set(PRODUCT_PICTOGRAMS) | {row[1] for row in PRICE_LIST}))
def test_every_till_product_pictogram_has_an_svg(name: str):
    assert (PICTOGRAMS_DIR / f"{name}.svg").is_file(), f"{name}.svg is missing from {PICTOGRAMS_DIR}"
    # Found and drawable, not the fallback the printer draws for an unknown name.
    assert pictogram(name) is not pictogram(FALLBACK)


def test_the_demo_price_list_uses_only_product_pictograms():
    assert {row[1] for row in PRICE_LIST} <= set(PRODUCT_PICTOGRAMS)


def test_the_fetch_table_and_the_folder_hold_the_same_names():
    assert set(FETCHED) - _svgs() == set(), "in tools/fetch_pictograms.py but no SVG: run the tool"
    assert _svgs() - set(FETCHED) == set(), "SVG not in tools/fetch_pictograms.py: the tool would delete it"


def test_every_svg_has_a_row_in_the_readme_with_its_code():
    rows = {m["name"]: m["code"] for m in README_ROW.finditer(README.read_text(encoding="utf-8"))}
    assert set(rows) == _svgs(), f"README rows {sorted(set(rows) ^ _svgs())} do not match the SVG files"
    assert rows == {name: FETCHED[name] for name in rows}, "README codes differ from tools/fetch_pictograms.py"
