"""The child of the "scan to greeting" figure: the real kiosk window on a database, card
scans one after another, and the time from each scan until the greeting is on screen.

    python -m benchmarks.scan_greeting --db PATH [--scans 200] [--warmup 10] [--profile OUT]

``benchmarks.run`` starts it with ``QT_QPA_PLATFORM=offscreen`` on a copy of the
database (a scan writes a check-in) and reads the one line it prints:
``scans {json}`` with the per-scan times in milliseconds. Run by hand it prints a short
summary too; with ``--profile OUT`` the measured scans run under cProfile and the
statistics go to OUT (read them with ``python -m pstats OUT``).

One scan: ``window.visit.handle_scan(token)`` (what the keyboard-wedge scanner's signal
calls: find the card, on the kiosk open the activities list for the visitor, check in,
greet), then ``QApplication.processEvents()`` until the greeting is visible with the
member's first name in its title and has been painted. "Painted" is the Paint event of
the greeting's OK button, its last widget, seen by an event filter; if the event loop
does not paint, ``greeting.repaint()`` forces it. Then the greeting is hidden and
``window.end_visit()`` forgets the visitor (timed apart, as "done").

Cards: the clear tokens in ``<db>.tokens.txt`` (written by ``benchmarks.generate``); a
database without that file (the demo) gets new cards for its members first, through the
card service. The window's clock is fixed: three scans in four at a moment when exactly
one activity is on (the visitor is checked in, or was already), one in four at a moment
on the same day when nothing is on.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject

GREETING_TIMEOUT_S = 10.0
NOTHING_ON_EVERY = 4  # every fourth scan happens when nothing is on


def cards_for(database: Any, db: Path, wanted: int) -> list[str]:
    """Clear tokens to scan: the generator's side file, else new cards for the members."""
    from benchmarks.generate import read_tokens, tokens_path

    if tokens_path(db).exists():
        return read_tokens(db)
    from trefpuntje.core.cards import issue_card
    from trefpuntje.core.members import list_members

    with database.write() as session:
        members = list_members(session)[:wanted]
        return [issue_card(session, member_id=m.id).token for m in members]


def names_of(database: Any, tokens: list[str]) -> dict[str, str]:
    from trefpuntje.core.cards import ScanOutcome, identify

    names = {}
    with database.read() as session:
        for token in tokens:
            scan = identify(session, scanned=token)
            if scan.outcome != ScanOutcome.MEMBER or scan.member is None:
                raise SystemExit(f"token {token[:6]}... is not an active card: {scan.outcome}")
            names[token] = scan.member.first_name
    return names


def fixed_moments(database: Any, today: date) -> tuple[datetime, datetime]:
    """A moment when exactly one activity is on and one on the same day when nothing is,
    in the coming week. The fortnight's occurrences are made first, as the kiosk does on
    its first look at the activities."""
    from trefpuntje.core.activities import local_moment, week, week_start
    from trefpuntje.core.checkins import happening_now

    with database.write() as session:
        week(session, monday=week_start(today))
        week(session, monday=week_start(today) + timedelta(days=7))
    with database.read() as session:
        for offset in range(7):
            day, one, none = today + timedelta(days=offset), None, None
            for minutes in range(7 * 60, 22 * 60, 10):
                at = local_moment(day, clock(minutes // 60, minutes % 60))
                on = len(happening_now(session, now=at))
                one = one or (at if on == 1 else None)
                none = none or (at if on == 0 else None)
            if one and none:
                return one, none
    raise SystemExit("no moment in the coming week with exactly one activity on")


class PaintClock(QObject):
    """Notes when the widget it watches gets its first Paint event after ``at`` was cleared."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter()
        return False


class Stopwatch:
    """Adds up the time spent in wrapped callables during one scan (measurement only)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def reset(self) -> None:
        self.spent, self.calls = {}, {}

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + time.perf_counter() - began
                self.calls[name] = self.calls.get(name, 0) + 1
        return timed

    def ms(self, name: str) -> float:
        return self.spent.get(name, 0.0) * 1000


def measure(db: Path, *, scans: int, warmup: int, profile: Path | None) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    import trefpuntje.ui.visit as visit_module
    from trefpuntje.db.migrate import open_database
    from trefpuntje.ui.app import build_window

    database = open_database(f"sqlite:///{db.resolve()}").database
    tokens = cards_for(database, db, scans + warmup)
    names = names_of(database, tokens)
    moment_on, moment_off = fixed_moments(database, date.today())

    began = time.perf_counter()
    window = build_window(database, station="kiosk", kiosk=False, language="nl")
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    build_s = time.perf_counter() - began
    visit = window.visit
    assert visit is not None
    greeting = visit.greeting

    watch = Stopwatch()
    outcomes: list[str] = []
    visit_module.identify = watch.wrap("identify", visit_module.identify)  # type: ignore[attr-defined]
    visit_module.check_in = watch.wrap("check_in", visit_module.check_in)  # type: ignore[attr-defined]
    greet = visit._greet

    def noted(result: Any) -> None:
        outcomes.append(result.outcome.value)
        greet(result)

    visit._greet = noted  # type: ignore[method-assign]

    def greeted(token: str) -> bool:
        return greeting.isVisible() and names[token] in greeting.title.text()

    painted = PaintClock()
    greeting.ok.installEventFilter(painted)  # the greeting's last widget: painted after the rest of it

    def scan(index: int, token: str) -> dict[str, Any]:
        at = moment_off if index % NOTHING_ON_EVERY == NOTHING_ON_EVERY - 1 else moment_on
        window.clock = lambda: at
        window.idle_watcher.poke()  # a scanner's key presses would
        watch.reset()
        outcomes.append("problem")  # replaced by _greet when the card greets a member
        painted.at = None
        t0 = time.perf_counter()
        visit.handle_scan(token)
        returned = time.perf_counter()
        shown, forced = (returned if greeted(token) else None), False
        while shown is None or painted.at is None:
            if time.perf_counter() - t0 > GREETING_TIMEOUT_S:
                raise SystemExit(f"no greeting for {names[token]} after {GREETING_TIMEOUT_S} s "
                                 f"(outcome {outcomes[-1]}, title {greeting.title.text()!r})")
            QApplication.processEvents()  # what the event loop does next: layouts, then the paint
            if shown is None and greeted(token):
                shown = time.perf_counter()
            if shown is not None and painted.at is None:
                greeting.repaint()  # force the paint if the event loop did not do it
                forced = True
        t1 = painted.at
        after = time.perf_counter()
        QApplication.processEvents()  # then the visitor's own list is built (after the greeting is up)
        list_ms = (time.perf_counter() - after) * 1000
        figures = {
            "total": (t1 - t0) * 1000, "call": (returned - t0) * 1000, "shown": (shown - t0) * 1000,
            "paint": max(0.0, t1 - returned) * 1000, "identify": watch.ms("identify"), "check_in": watch.ms("check_in"),
            "refresh": watch.ms("refresh"), "refreshes": watch.calls.get("refresh", 0), "outcome": outcomes[-1],
            "forced_paint": forced, "list_after": list_ms,
        }
        greeting.hide()
        ended = time.perf_counter()
        window.end_visit()  # "done": forget the visitor before the next one
        QApplication.processEvents()
        return figures | {"end_visit": (time.perf_counter() - ended) * 1000}

    order = [tokens[i % len(tokens)] for i in range(scans)]
    spare = [tokens[(scans + i) % len(tokens)] for i in range(warmup)]
    first = [scan(NOTHING_ON_EVERY * i, token) for i, token in enumerate(spare)]  # all at the "one on" moment
    screen = window.area_screens["activities"]  # built by the first scan
    screen.refresh = watch.wrap("refresh", screen.refresh)  # type: ignore[method-assign]
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    measured = [scan(i, token) for i, token in enumerate(order)]
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    database.dispose()
    return {
        "db": str(db), "moment_on": moment_on.isoformat(), "moment_off": moment_off.isoformat(),
        "build_window_ms": build_s * 1000, "first_scan_ms": first[0]["total"] if first else None,
        "cards": len(tokens), "scans": measured,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scan_greeting", description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, metavar="PATH", help="the database (it gets check-ins)")
    parser.add_argument("--scans", type=int, default=200, help="measured scans (default 200)")
    parser.add_argument("--warmup", type=int, default=10, help="unmeasured scans first (default 10)")
    parser.add_argument("--profile", type=Path, metavar="OUT", help="cProfile the measured scans into OUT")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.run import percentile
    from trefpuntje.ui.app import create_application

    create_application([sys.argv[0]])
    result = measure(args.db, scans=max(1, args.scans), warmup=max(1, args.warmup), profile=args.profile)
    print("scans " + json.dumps(result), flush=True)
    totals = [s["total"] for s in result["scans"]]
    print(f"# {len(totals)} scans: p50 {percentile(totals, 0.5):.1f} ms, p95 {percentile(totals, 0.95):.1f} ms, "
          f"max {max(totals):.1f} ms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
