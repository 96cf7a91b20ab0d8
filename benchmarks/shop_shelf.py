"""The kiosk's shop shelf: with 100,000 items in the database (2,000 of them still
there to be had), how long a category page takes, thumbnails included.

    python -m benchmarks.shop_shelf [--dir DIR] [--items 100000] [--available 2000] [--runs 50]

Makes a database with the app's own migrations, then bulk-inserts the items with
SQLAlchemy core (``executemany`` in batches, one transaction): every item in one of the
eight donated categories, taken in over five years; all but ``--available`` of them gone
(handed out, or cleared to the kringloop or recycling), the available ones the newest
and each with a photo and its thumbnail (JPEGs drawn here, about as big as the app's).

One measured page is what the kiosk does when a category tile is tapped: a read
transaction on a fresh connection (the engine uses ``NullPool``), ``core.shop.shelf``
for the first 12 cards of the fullest category, and every thumbnail decoded into a
``QPixmap`` (offscreen), the card's picture. Every fifth page is a later one (offset
48), as when a visitor pages on. Prints one line ``shelf {json}`` (milliseconds), which
``benchmarks.run`` reads; by hand it prints a summary too. The query plan of the page's
SELECT is in the json, to show it uses the partial index ``shop_item_on_shelf``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

CATEGORIES = ("clothing", "kitchen", "toys", "books", "furniture", "electronics", "household", "other")
WEIGHTS = (30, 14, 12, 14, 6, 6, 10, 8)  # clothing is the busiest shelf
PAGE = 12
BATCH = 5_000
NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def _jpegs(count: int, rng: random.Random) -> list[tuple[bytes, bytes]]:
    """(photo, thumbnail) pairs: noisy pictures, so they compress like photos do."""
    from PIL import Image, ImageDraw, ImageFilter

    pairs = []
    for _ in range(count):
        image = Image.effect_noise((800, 600), 60).convert("RGB")
        draw = ImageDraw.Draw(image)
        for _ in range(6):
            x, y = rng.randint(0, 700), rng.randint(0, 500)
            draw.ellipse([x, y, x + rng.randint(60, 300), y + rng.randint(60, 300)],
                         fill=(rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)))
        image = image.filter(ImageFilter.GaussianBlur(1))
        photo, thumb = io.BytesIO(), io.BytesIO()
        image.save(photo, "JPEG", quality=80)
        image.thumbnail((240, 240))
        image.save(thumb, "JPEG", quality=80)
        pairs.append((photo.getvalue(), thumb.getvalue()))
    return pairs


def _code(n: int) -> str:
    from trefpuntje.core.shop import CODE_ALPHABET, CODE_LENGTH

    digits = []
    for _ in range(CODE_LENGTH):
        n, digit = divmod(n, len(CODE_ALPHABET))
        digits.append(CODE_ALPHABET[digit])
    return "".join(reversed(digits))


def fill(database: Any, *, items: int, available: int, seed: int = 1) -> None:
    """``items`` items, the newest ``available`` of them on the shelf with a photo."""
    from sqlalchemy import insert

    from trefpuntje.core.models.shop import ShopItem, ShopPhoto

    rng = random.Random(seed)
    pictures = _jpegs(16, rng)
    span = timedelta(days=5 * 365).total_seconds()
    moments = sorted((NOW - timedelta(seconds=rng.random() * span) for _ in range(items)), reverse=True)
    with database.write() as session:
        rows, photos = [], []
        for n, moment in enumerate(moments):
            item_id = uuid.uuid4()
            there = n < available
            quantity = rng.choice((1, 1, 1, 2, 3))
            cleared = not there and rng.random() < 0.2
            rows.append({"id": item_id, "code": _code(n * 7_919 + 11), "kind": "donated",
                         "category": rng.choices(CATEGORIES, WEIGHTS)[0], "title": f"Ding nummer {n}",
                         "description": "Een beschrijving van een paar woorden.", "condition": "good",
                         "quantity": quantity, "on_shelf": quantity if there else 0, "price_cents": 0,
                         "taken_in_at": moment, "cleared_at": moment + timedelta(weeks=9) if cleared else None,
                         "cleared_to": rng.choice(("kringloop", "recycling")) if cleared else None,
                         "cleared_quantity": quantity if cleared else None})
            if there:
                photo, thumbnail = pictures[n % len(pictures)]
                photos.append({"item_id": item_id, "data": photo, "thumbnail": thumbnail})
            if len(rows) >= BATCH:
                session.execute(insert(ShopItem), rows)
                rows = []
        if rows:
            session.execute(insert(ShopItem), rows)
        for first in range(0, len(photos), 500):
            session.execute(insert(ShopPhoto), photos[first:first + 500])


def _plan(database: Any, category: str) -> str:
    from sqlalchemy import text

    with database.engine.connect() as connection:
        rows = connection.execute(text(
            "EXPLAIN QUERY PLAN SELECT shop_item.id FROM shop_item LEFT OUTER JOIN shop_photo "
            "ON shop_photo.item_id = shop_item.id WHERE shop_item.category = :c AND shop_item.on_shelf > 0 "
            "ORDER BY shop_item.taken_in_at DESC, shop_item.code LIMIT 12"), {"c": category}).all()
    return " | ".join(str(row[-1]) for row in rows)


def measure(folder: Path, *, items: int = 100_000, available: int = 2_000, runs: int = 50,
            warmup: int = 5) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QPixmap

    from trefpuntje.core.shop import categories, shelf
    from trefpuntje.db.migrate import open_database

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(f"sqlite:///{(folder / 'shop.sqlite3').resolve()}").database
    began = time.perf_counter()
    fill(database, items=items, available=available)
    filled_s = time.perf_counter() - began
    with database.read() as session:
        fullest = max(categories(session), key=lambda c: c.on_shelf)
    core_ms, page_ms, shown = [], [], 0
    for n in range(warmup + runs):
        offset = 4 * PAGE if n % 5 == 4 else 0
        start = time.perf_counter()
        with database.read() as session:
            page = shelf(session, category=fullest.code, limit=PAGE, offset=offset)
        queried = time.perf_counter()
        pixmaps = []
        for card in page.items:
            pixmap = QPixmap()
            if card.thumbnail is not None and pixmap.loadFromData(card.thumbnail):
                pixmaps.append(pixmap)
        done = time.perf_counter()
        if n >= warmup:
            core_ms.append((queried - start) * 1000)
            page_ms.append((done - start) * 1000)
            shown = len(pixmaps)
    plan = _plan(database, fullest.code)
    size_mib = (folder / "shop.sqlite3").stat().st_size / 2**20
    database.dispose()
    del app

    def p95(values: list[float]) -> float:
        return sorted(values)[max(0, int(0.95 * len(values) + 0.5) - 1)]

    return {"items": items, "available": available, "category": fullest.code, "on_shelf": fullest.on_shelf,
            "runs": runs, "cards": shown, "fill_s": filled_s, "db_mib": size_mib, "plan": plan,
            "page_p50": statistics.median(page_ms), "page_p95": p95(page_ms), "page_max": max(page_ms),
            "core_p50": statistics.median(core_ms), "core_p95": p95(core_ms)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.shop_shelf", description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="where to make the database (default: a temporary folder)")
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--available", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args(argv)
    available = max(1, min(args.available, args.items))
    if args.dir is not None:
        result = measure(args.dir, items=args.items, available=available, runs=max(1, args.runs))
    else:
        with tempfile.TemporaryDirectory(prefix="trefpuntje-shelf-") as folder:
            result = measure(Path(folder), items=args.items, available=available, runs=max(1, args.runs))
        print(f"{result['items']} items ({result['available']} available), page of {result['cards']} cards in "
              f"{result['category']}: p50 {result['page_p50']:.1f} ms, p95 {result['page_p95']:.1f} ms "
              f"(query alone p95 {result['core_p95']:.1f} ms); plan: {result['plan']}", file=sys.stderr)
    print("shelf " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
