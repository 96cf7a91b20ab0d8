"""Tap to total: how long from a tap on a product tile on the till screen until the
order lines and the big total are updated and painted.

    python -m benchmarks.till_tap [--taps 300]

Runs the real window (station ``till``, 1280x800, offscreen) on a fresh demo
database with an open till session. Each tap is a mouse press and release on a
product tile (``QTest.mouseClick``); the clock stops after the total label has been
repainted (``repaint()`` paints at once). Every tenth tap clears the order, so
orders of 1 to 10 lines are measured. Prints one line ``taps {json}``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path


def measure(folder: Path, *, taps: int = 300, warmup: int = 20) -> dict[str, float | int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from trefpuntje.core.demo import fill_demo
    from trefpuntje.core.members import list_members
    from trefpuntje.core.till import open_session
    from trefpuntje.db.migrate import open_database
    from trefpuntje.ui.app import build_window

    database = open_database(f"sqlite:///{folder / 'till.sqlite3'}").database
    with database.write() as session:
        fill_demo(session, today=date.today())
        staff = next(m for m in list_members(session) if "coordinator" in m.roles)
        open_session(session, opened_by_id=staff.id, float_cents=5000)
    window = build_window(database, station="till", kiosk=False, language="nl")
    window.resize(1280, 800)
    window.show()
    app = QApplication.instance()
    for _ in range(10):
        app.processEvents()
    window.go_start()
    till = window.current_screen()
    tiles = [tile for tile in till.grid.tiles.values() if tile.product.category == till.grid.category]
    timings: list[float] = []
    for n in range(warmup + taps):
        if n % 10 == 0:
            till.clear_order()
            app.processEvents()
        tile = tiles[n % len(tiles)]
        start = time.perf_counter()
        QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
        till.total.repaint()
        elapsed = (time.perf_counter() - start) * 1000
        app.processEvents()  # what Qt does between two taps anyway
        if n >= warmup:
            timings.append(elapsed)
    expected = sum(till.products[pid].price_cents * q for pid, q in till.order.items())
    assert till.total_cents() == expected and till.order, "the taps did not reach the order"
    window.close()
    database.dispose()
    timings.sort()
    return {"taps": taps, "p50": statistics.median(timings), "p95": timings[int(0.95 * (len(timings) - 1))],
            "max": timings[-1]}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.till_tap", description=__doc__.splitlines()[0])
    parser.add_argument("--taps", type=int, default=300)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="trefpuntje-tap-") as folder:
        result = measure(Path(folder), taps=max(1, args.taps))
    print("taps " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
