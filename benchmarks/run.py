"""Measure start-up time, memory, the scan-to-greeting time and the sale commit and print one row per figure.

    python -m benchmarks.run [--repeat 5] [--large PATH] [--scans 200] [--profile-scans OUT]
                             [--sales 300] [--profile-sales OUT]

A report, not a test: it exits 0 even when a figure misses its target (the row says
FAIL), and 1 only when a scenario crashed. Each area adds a scenario function to
``SCENARIOS``; it takes the shared ``Bench`` and returns rows.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MEMORY_TARGET_MIB = 200
START_FACTOR = 2.0
GENERATE_TARGET_S = 30.0
READY = re.compile(r"^ready peak_rss_kib=(\d+)$", re.MULTILINE)
SCAN_TARGET_MS = 30.0
SCANS = re.compile(r"^scans (\{.*\})$", re.MULTILINE)  # the one line benchmarks.scan_greeting prints
SALE_FACTOR = 3.0  # a durable sale through the till service, against raw sqlite3 INSERT+COMMIT
SYNCHRONOUS = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}  # what PRAGMA synchronous reads back as
SALES = re.compile(r"^sales (\{.*\})$", re.MULTILINE)  # the one line benchmarks.sale_commit prints
TAP_TARGET_MS = 16.0  # one frame at 60 Hz
TAPS = re.compile(r"^taps (\{.*\})$", re.MULTILINE)  # the one line benchmarks.till_tap prints
SHELF_TARGET_MS = 100.0
SHELF = re.compile(r"^shelf (\{.*\})$", re.MULTILINE)  # the one line benchmarks.shop_shelf prints

BARE_WINDOW = """\
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
central = QWidget()
window.setCentralWidget(central)
watcher = FirstPaint()
central.installEventFilter(watcher)
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""


class BenchmarkError(RuntimeError):
    """A child process failed: the figure cannot be measured."""


@dataclass(frozen=True)
class Row:
    name: str
    value: str
    target: str
    passed: bool | None  # None: for information, no target to meet

    @property
    def verdict(self) -> str:
        return {True: "PASS", False: "FAIL", None: "-"}[self.passed]


@dataclass(frozen=True)
class Run:
    seconds: float
    stdout: str
    marks: dict[str, float]  # first word of each output line -> seconds from spawn until it arrived


@dataclass
class Bench:
    """What scenarios share: settings, a scratch folder, databases made once, and
    figures that later scenarios compare against (such as the bare window's time)."""

    repeat: int
    workdir: Path
    large_path: Path | None = None
    scans: int = 200
    profile_scans: Path | None = None  # cProfile output of the large-db scans
    sales: int = 300
    profile_sales: Path | None = None  # cProfile output of the till service's sales
    figures: dict[str, float] = field(default_factory=dict)
    _demo_path: Path | None = None

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TREFPUNTJE_")}
        env |= {"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(self.workdir / "xdg-data"),
                "XDG_CONFIG_HOME": str(self.workdir / "xdg-config"), **extra}
        return env

    def run(self, command: Sequence[str], **extra_env: str) -> Run:
        """Spawn ``command``, time each output line as it arrives and the exit; raise if it failed."""
        began = time.perf_counter()
        child = subprocess.Popen(command, cwd=REPO, env=self.env(**extra_env), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, bufsize=1)
        lines, marks = [], {}
        assert child.stdout is not None
        for line in child.stdout:
            marks.setdefault(line.split(" ", 1)[0].strip(), time.perf_counter() - began)
            lines.append(line)
        stderr = child.stderr.read() if child.stderr else ""
        returncode = child.wait(600)
        seconds = time.perf_counter() - began
        if returncode != 0:
            detail = (stderr or "".join(lines)).strip().splitlines()[-5:]
            raise BenchmarkError(f"{' '.join(command[:3])} exited {returncode}: " + " | ".join(detail))
        return Run(seconds, "".join(lines), marks)

    def runs(self, command: Sequence[str], **extra_env: str) -> list[Run]:
        """One unmeasured warm-up run, so every figure starts from the same disk cache,
        then ``repeat`` measured runs."""
        self.run(command, **extra_env)
        return [self.run(command, **extra_env) for _ in range(self.repeat)]

    def demo_db(self) -> Path:
        if self._demo_path is None:
            path = self.workdir / "demo.sqlite3"
            self.run([*trefpuntje(), "--db", str(path), "demo"])
            self._demo_path = path
        return self._demo_path

    def large_db(self) -> tuple[Path, float | None]:
        """The large database and, when made here, the seconds it took to generate."""
        if self.large_path is not None:
            return self.large_path, None
        path = self.workdir / "large.sqlite3"
        made = self.run([sys.executable, "-m", "benchmarks.generate", "--db", str(path)])
        self.large_path = path
        return path, made.seconds


def trefpuntje() -> list[str]:
    script = Path(sys.executable).with_name("trefpuntje")
    return [str(script)] if script.exists() else [sys.executable, "-m", "trefpuntje"]


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy, WAL included, with SQLite's online backup API."""
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def median_seconds(runs: list[Run], mark: str | None = None) -> float:
    """Median seconds from spawn to the ``mark`` line (or to the exit)."""
    if mark is not None and any(mark not in r.marks for r in runs):
        raise BenchmarkError(f"no '{mark}' line in the output: {runs[0].stdout[-200:]!r}")
    return statistics.median(r.marks[mark] if mark else r.seconds for r in runs)


def peak_mib(runs: list[Run]) -> float:
    """The highest peak over all runs, from the app's ``ready peak_rss_kib=`` line."""
    peaks = []
    for r in runs:
        match = READY.search(r.stdout)
        if match is None:
            raise BenchmarkError(f"no 'ready peak_rss_kib=' line in the app's output: {r.stdout[-200:]!r}")
        peaks.append(int(match.group(1)) / 1024)
    return max(peaks)


def bare_window(bench: Bench) -> list[Row]:
    seconds = median_seconds(bench.runs([sys.executable, "-c", BARE_WINDOW]), "painted")
    bench.figures["bare_window_s"] = seconds
    return [Row("cold start: bare PySide6 window shown (median)", f"{seconds:.2f} s", "reference", None)]


def _app_start(bench: Bench, label: str, db: Path) -> list[Row]:
    runs = bench.runs([*trefpuntje(), "--db", str(db), "--windowed"], TREFPUNTJE_EXIT_WHEN_READY="1")
    painted, ready, mib = median_seconds(runs, "painted"), median_seconds(runs, "ready"), peak_mib(runs)
    bare = bench.figures.get("bare_window_s")
    limit = START_FACTOR * bare if bare is not None else None
    return [
        Row(f"cold start to home screen shown: {label} (median)", f"{painted:.2f} s",
            f"< {limit:.2f} s ({START_FACTOR:g}x bare)" if limit else "needs bare window figure",
            painted < limit if limit else None),
        Row(f"  ... database open, every screen ready: {label} (median)", f"{ready:.2f} s", "information", None),
        Row(f"peak memory: {label}", f"{mib:.0f} MiB", f"< {MEMORY_TARGET_MIB} MiB", mib < MEMORY_TARGET_MIB),
    ]


def start_demo(bench: Bench) -> list[Row]:
    return _app_start(bench, "demo db", bench.demo_db())


def start_large(bench: Bench) -> list[Row]:
    path, generated_in = bench.large_db()
    rows = []
    if generated_in is not None:
        rows.append(Row("generate large db (default sizes)", f"{generated_in:.1f} s",
                        f"< {GENERATE_TARGET_S:.0f} s", generated_in < GENERATE_TARGET_S))
    return rows + _app_start(bench, f"large db ({path.stat().st_size / 2**20:.1f} MiB)", path)


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest rank: the smallest value with at least ``share`` of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(len(ordered) * share) - 1)]


def _scans(bench: Bench, db: Path, profile: Path | None = None) -> dict:
    """Run benchmarks.scan_greeting on a copy of ``db`` (scans write check-ins) and return
    what its ``scans {json}`` line holds."""
    from benchmarks.generate import tokens_path

    copy = bench.workdir / f"scans-{db.name}"
    copy_database(db, copy)
    if tokens_path(db).exists():
        shutil.copyfile(tokens_path(db), tokens_path(copy))
    command = [sys.executable, "-m", "benchmarks.scan_greeting", "--db", str(copy), "--scans", str(bench.scans)]
    run = bench.run(command + (["--profile", str(profile)] if profile else []))
    match = SCANS.search(run.stdout)
    if match is None:
        raise BenchmarkError(f"no 'scans' line in the output: {run.stdout[-200:]!r}")
    return json.loads(match.group(1))


def _ms(scans: list[dict], key: str, share: float = 0.95) -> str:
    return f"{percentile([s[key] for s in scans], share):.1f} ms"


def scan_large(bench: Bench) -> list[Row]:
    path, _ = bench.large_db()
    data = _scans(bench, path, bench.profile_scans)
    scans, n = data["scans"], len(data["scans"])
    p95 = percentile([s["total"] for s in scans], 0.95)
    by_outcome = {}
    for outcome in ("checked_in", "already", "nothing_now"):
        times = [s["total"] for s in scans if s["outcome"] == outcome]
        if times:
            by_outcome[outcome] = f"{percentile(times, 0.95):.1f} ms ({len(times)}x)"
    refreshes = sum(s["refreshes"] for s in scans) / n
    return [
        Row(f"scan to greeting on screen: large db (p95 of {n})", f"{p95:.1f} ms", f"< {SCAN_TARGET_MS:.0f} ms",
            p95 < SCAN_TARGET_MS),
        Row("  ... p50 / max", f"{_ms(scans, 'total', 0.5)} / {max(s['total'] for s in scans):.1f} ms",
            "information", None),
        Row("  ... until handle_scan returns, greeting shown in it (p95)", _ms(scans, "call"), "information", None),
        Row(f"  ... of which the activities list, rebuilt {refreshes:g}x (p95)", _ms(scans, "refresh"),
            "information", None),
        Row("  ... then the visitor's own list, built after the greeting is up (p95)", _ms(scans, "list_after"),
            "information", None),
        Row("  ... of which the check-in transaction (p95)", _ms(scans, "check_in"), "information", None),
        Row("  ... of which finding the card (p95)", _ms(scans, "identify"), "information", None),
        Row("  ... events and paint after it returns (p95)", _ms(scans, "paint"), "information", None),
        *(Row(f"  ... p95 when the scan finds: {outcome.replace('_', ' ')}", value, "information", None)
          for outcome, value in by_outcome.items()),
        Row("  ... first scan after start (builds the activities screen)", f"{data['first_scan_ms']:.1f} ms",
            "information", None),
        Row("  ... 'done' back to the start screen (p95)", _ms(scans, "end_visit"), "information", None),
    ]


def scan_demo(bench: Bench) -> list[Row]:
    data = _scans(bench, bench.demo_db())
    scans, n = data["scans"], len(data["scans"])
    return [
        Row(f"scan to greeting on screen: demo db (p95 of {n})", _ms(scans, "total"),
            f"compare (large: < {SCAN_TARGET_MS:.0f} ms)", None),
        Row("  ... p50 / max", f"{_ms(scans, 'total', 0.5)} / {max(s['total'] for s in scans):.1f} ms",
            "information", None),
    ]


def sale_commit(bench: Bench) -> list[Row]:
    """benchmarks.sale_commit in a folder of the scratch space: app and raw sales side by side."""
    command = [sys.executable, "-m", "benchmarks.sale_commit", "--dir", str(bench.workdir / "sales"),
               "--sales", str(bench.sales)]
    run = bench.run(command + (["--profile", str(bench.profile_sales)] if bench.profile_sales else []))
    match = SALES.search(run.stdout)
    if match is None:
        raise BenchmarkError(f"no 'sales' line in the output: {run.stdout[-200:]!r}")
    data = json.loads(match.group(1))
    n, lines, pragmas = data["sales"], data["lines_per_sale"], data["pragmas"]
    limit = SALE_FACTOR * data["raw_p95"]
    return [
        Row(f"durable sale commit: till service, cash sale of {lines} lines (p95 of {n})", f"{data['app_p95']:.2f} ms",
            f"<= {limit:.2f} ms ({SALE_FACTOR:g}x raw)", data["app_p95"] <= limit),
        Row("  ... raw sqlite3 INSERT+COMMIT of the same rows, same pragmas (p95)", f"{data['raw_p95']:.2f} ms",
            "reference", None),
        Row("  ... p95 app / raw", f"{data['ratio_p95']:.1f}x", f"<= {SALE_FACTOR:g}x", None),
        Row("  ... p50 app / raw", f"{data['app_p50']:.2f} / {data['raw_p50']:.2f} ms ({data['ratio_p50']:.1f}x)",
            "information", None),
        Row("  ... pragmas of both", f"journal_mode={pragmas['journal_mode']} "
            f"synchronous={SYNCHRONOUS.get(pragmas['synchronous'], pragmas['synchronous'])}", "information", None),
    ]


def till_tap(bench: Bench) -> list[Row]:
    """benchmarks.till_tap: a tap on a product tile until the total is repainted."""
    run = bench.run([sys.executable, "-m", "benchmarks.till_tap", "--taps", "300"])
    match = TAPS.search(run.stdout)
    if match is None:
        raise BenchmarkError(f"no 'taps' line in the output: {run.stdout[-200:]!r}")
    data = json.loads(match.group(1))
    return [
        Row(f"till: tap on a product to total repainted (p95 of {data['taps']})", f"{data['p95']:.1f} ms",
            f"< {TAP_TARGET_MS:g} ms (one frame)", data["p95"] < TAP_TARGET_MS),
        Row("  ... p50 / max", f"{data['p50']:.1f} / {data['max']:.1f} ms", "information", None),
    ]


def shop_shelf(bench: Bench) -> list[Row]:
    """benchmarks.shop_shelf: a kiosk category page among 100,000 items, thumbnails decoded."""
    run = bench.run([sys.executable, "-m", "benchmarks.shop_shelf", "--dir", str(bench.workdir / "shop")])
    match = SHELF.search(run.stdout)
    if match is None:
        raise BenchmarkError(f"no 'shelf' line in the output: {run.stdout[-200:]!r}")
    data = json.loads(match.group(1))
    return [
        Row(f"shop: kiosk category page of {data['cards']} cards with thumbnails, {data['items']:,} items, "
            f"{data['available']:,} available (p95 of {data['runs']})", f"{data['page_p95']:.1f} ms",
            f"< {SHELF_TARGET_MS:.0f} ms", data["page_p95"] < SHELF_TARGET_MS),
        Row("  ... p50 / max", f"{data['page_p50']:.1f} / {data['page_max']:.1f} ms", "information", None),
        Row("  ... of which the read transaction and core.shop.shelf (p95)", f"{data['core_p95']:.1f} ms",
            "information", None),
        Row("  ... query plan", data["plan"][:90], "information", None),
        Row("  ... the database, made with bulk inserts", f"{data['fill_s']:.1f} s, {data['db_mib']:.0f} MiB",
            "information", None),
    ]


Scenario = Callable[[Bench], list[Row]]
SCENARIOS: list[Scenario] = [bare_window, start_demo, start_large, scan_large, scan_demo, sale_commit, till_tap,
                             shop_shelf]


def print_table(rows: list[Row]) -> None:
    headers = ("figure", "measured", "target", "result")
    cells = [headers] + [(r.name, r.value, r.target, r.verdict) for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="measured runs per start-up figure (default 5)")
    parser.add_argument("--large", type=Path, metavar="PATH", help="an existing large database (default: generate one)")
    parser.add_argument("--scans", type=int, default=200, help="measured card scans per database (default 200)")
    parser.add_argument("--profile-scans", type=Path, metavar="OUT",
                        help="run the large-db scans under cProfile and write the statistics to OUT")
    parser.add_argument("--sales", type=int, default=300, help="measured app/raw sale pairs (default 300)")
    parser.add_argument("--profile-sales", type=Path, metavar="OUT",
                        help="run the till service's measured sales under cProfile and write the statistics to OUT")
    args = parser.parse_args(argv)
    if args.large is not None and not args.large.is_file():
        parser.error(f"{args.large} is not a file")
    rows: list[Row] = []
    crashed = False
    with tempfile.TemporaryDirectory(prefix="trefpuntje-bench-") as scratch:
        large = None
        if args.large is not None:  # the app writes to the file it opens: measure a copy
            from benchmarks.generate import tokens_path

            large = Path(scratch) / args.large.name
            copy_database(args.large, large)
            if tokens_path(args.large).exists():  # the card tokens the scan figure needs
                shutil.copyfile(tokens_path(args.large), tokens_path(large))
        bench = Bench(repeat=max(1, args.repeat), workdir=Path(scratch), large_path=large, scans=max(1, args.scans),
                      profile_scans=args.profile_scans.resolve() if args.profile_scans else None,
                      sales=max(1, args.sales),
                      profile_sales=args.profile_sales.resolve() if args.profile_sales else None)
        for scenario in SCENARIOS:
            print(f"running {scenario.__name__} ...", file=sys.stderr, flush=True)
            try:
                rows += scenario(bench)
            except Exception as error:  # a crash is reported as a row and in the exit code
                crashed = True
                traceback.print_exc()
                rows.append(Row(scenario.__name__, "CRASHED", str(error)[:120], False))
    print(f"\nTrefpuntje benchmarks: {bench.repeat} measured runs per start-up figure, {bench.scans} scans per "
          f"scan figure, {bench.sales} sales per sale figure, Python {sys.version.split()[0]}\n")
    print_table(rows)
    failed = [r.name for r in rows if r.passed is False]
    print(f"\n{len(failed)} FAIL: " + "; ".join(failed) if failed else "\nall figures within target")
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
