"""Bring the Qt Linguist files up to date with the source, then compile them.

    python tools/update_translations.py          # lupdate + fill English + lrelease
    python tools/update_translations.py --check  # exit 1 if any .ts or .qm is stale

Source strings are English, so English "translations" are the source itself; Dutch
is complete and checked by the tests; Arabic covers at least the home screen.
Translators edit the .ts files with Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "trefpuntje"
TRANSLATIONS = SOURCES / "resources" / "translations"
LANGUAGES = ("nl", "en", "ar")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def python_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if "migrations" not in p.parts)


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = message.findtext("source")
            del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    ts.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")


def update(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    targets = [folder / f"trefpuntje_{code}.ts" for code in LANGUAGES]
    for target, code in zip(targets, LANGUAGES):
        if not target.exists():
            target.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{code}"></TS>\n', encoding="utf-8")
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *python_sources(),
                    "-ts", *map(str, targets)], cwd=ROOT, check=True, capture_output=True)
    fill_english(folder / "trefpuntje_en.ts")
    for target in targets:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(target), "-qm", str(target.with_suffix(".qm"))],
                       check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the files are up to date")
    args = parser.parse_args()
    if not args.check:
        update(TRANSLATIONS)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "translations"
        shutil.copytree(TRANSLATIONS, copy)
        update(copy)
        stale = [p.name for p in sorted(copy.iterdir()) if not filecmp.cmp(p, TRANSLATIONS / p.name, shallow=False)]
    if stale:
        print("stale: " + ", ".join(stale) + " (run python tools/update_translations.py)")
        return 1
    print("translations are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
