"""The shop shelf benchmark fills a database and times real kiosk pages. No timing is
asserted here: the figures themselves come from ``python -m benchmarks.run``."""

from __future__ import annotations

import sqlite3

import pytest

from benchmarks.run import SHELF_TARGET_MS, Bench, shop_shelf
from benchmarks.shop_shelf import measure

pytestmark = pytest.mark.sqlite_only("benchmarks the kiosk's shelf query on the SQLite file the app opens")


def test_a_tiny_run_fills_the_items_and_times_pages_with_their_thumbnails(tmp_path, qapp):
    result = measure(tmp_path, items=600, available=60, runs=5, warmup=1)
    with sqlite3.connect(tmp_path / "shop.sqlite3") as connection:
        counts = connection.execute("SELECT count(*), sum(on_shelf > 0) FROM shop_item").fetchone()
        photos = connection.execute("SELECT count(*) FROM shop_photo").fetchone()[0]
    assert counts == (600, 60) and photos == 60
    assert result["cards"] == 12  # a full page, every thumbnail decoded into a picture
    assert 0 < result["core_p50"] <= result["core_p95"]
    assert 0 < result["page_p50"] <= result["page_p95"] <= result["page_max"]
    assert "shop_item_on_shelf" in result["plan"]


def test_the_report_gets_a_shop_shelf_row_against_its_target(tmp_path, monkeypatch):
    import benchmarks.run as run

    line = ('shelf {"items": 100000, "available": 2000, "category": "clothing", "on_shelf": 590, "runs": 50, '
            '"cards": 12, "fill_s": 9.5, "db_mib": 200.0, "plan": "SEARCH shop_item USING INDEX shop_item_on_shelf", '
            '"page_p50": 15.0, "page_p95": 23.0, "page_max": 25.0, "core_p50": 6.0, "core_p95": 12.0}\n')
    monkeypatch.setattr(run.Bench, "run", lambda self, command, **env: run.Run(1.0, line, {}))
    rows = shop_shelf(Bench(repeat=1, workdir=tmp_path))
    assert rows[0].value == "23.0 ms" and rows[0].passed is True
    assert f"< {SHELF_TARGET_MS:.0f} ms" == rows[0].target
    assert "100,000 items" in rows[0].name
