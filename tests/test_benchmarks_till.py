"""The durable sale commit benchmark measures both sides and reports sane figures.
No timing is asserted here: the figures themselves come from ``python -m benchmarks.run``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks.run import Bench, sale_commit
from benchmarks.sale_commit import measure


def _counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as connection:
        return (connection.execute("SELECT count(*) FROM sale").fetchone()[0],
                connection.execute("SELECT count(*) FROM sale_line").fetchone()[0])


def test_a_tiny_run_measures_app_and_raw_sales_side_by_side(tmp_path):
    folder = tmp_path / "sales"
    result = measure(folder, sales=5, warmup=2)
    assert len(result["app_ms"]) == len(result["raw_ms"]) == 5
    assert all(ms > 0 for ms in result["app_ms"] + result["raw_ms"])
    for side in ("app", "raw"):
        assert 0 < result[f"{side}_p50"] <= result[f"{side}_p95"] <= max(result[f"{side}_ms"])
    assert result["ratio_p95"] == result["app_p95"] / result["raw_p95"] > 0
    assert result["ratio_p50"] == result["app_p50"] / result["raw_p50"] > 0
    # both files got every sale, warm-up included, each with its two lines
    assert _counts(folder / "app.sqlite3") == _counts(folder / "raw.sqlite3") == (7, 14)
    # the baseline ran with the pragmas the app's own connection has
    assert result["pragmas"]["journal_mode"] and "synchronous" in result["pragmas"]


def test_the_report_gets_a_sale_commit_row_with_a_verdict(tmp_path):
    rows = sale_commit(Bench(repeat=1, workdir=tmp_path, sales=3))
    assert rows[0].name.startswith("durable sale commit") and rows[0].value.endswith(" ms")
    assert rows[0].passed in (True, False) and "3x raw" in rows[0].target
    assert any("raw sqlite3" in row.name for row in rows[1:])


def test_a_tiny_tap_run_taps_the_real_till_screen(tmp_path, qapp):
    from benchmarks.till_tap import measure as measure_taps

    result = measure_taps(tmp_path, taps=5, warmup=1)
    assert result["taps"] == 5
    assert 0 < result["p50"] <= result["p95"] <= result["max"]
