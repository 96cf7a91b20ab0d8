"""The child of the "durable sale commit" figure: cash sales through the till service,
side by side with a raw sqlite3 INSERT+COMMIT of the same rows with the same pragmas.

    python -m benchmarks.sale_commit [--dir DIR] [--sales 300] [--warmup 10] [--profile OUT]

``benchmarks.run`` starts it with ``--dir`` in its scratch folder and reads the one line
it prints: ``sales {json}`` with every sale's time in milliseconds. Run by hand it
prints a short summary too (``--dir`` defaults to a temporary folder, which is removed
after); with ``--profile OUT`` the measured app sales run under cProfile and the
statistics go to OUT (read them with ``python -m pstats OUT``; the raw sales are not
profiled, but they run in between, so read the figures from a run without it).

Two database files in one folder (so on one file system): ``app.sqlite3`` made by the
app's own migrations (``open_database``), with a member, two products and an open till
session, and ``raw.sqlite3``, a copy of it made with SQLite's backup API after that set-up,
so it has the same schema (constraints, indexes, append-only triggers) and the same
rows the new ones refer to.

One app sale: ``with database.write() as session: sell(...)``, a cash sale of two lines
(2 coffee, 1 apple pie, 10 euro handed over), exactly what the till screen does; the time
runs from entering the block until it has committed and closed. So it counts all the
app's own work: a new connection and its pragmas (the engine uses ``NullPool``), ``BEGIN
IMMEDIATE``, the lookups ``sell`` makes (till session, products, the cash-rounding
setting, the next sale number), the ORM flush, the commit, and closing the connection
(with WAL, closing the last connection to a database checkpoints it).

One raw sale: on one sqlite3 connection that stays open, ``BEGIN IMMEDIATE``, an INSERT
of the ``sale`` row, an ``executemany`` INSERT of its two ``sale_line`` rows, ``COMMIT``;
the values are made before the clock starts, in the form SQLAlchemy stores them (UUIDs
as 32 hex digits, moments as naive UTC text), and the sale number is counted in Python.
The raw connection gets the pragmas of the app's own connection: they are read from a
connection of the app's engine (``journal_mode``, ``synchronous``, ``foreign_keys``,
``busy_timeout`` and the others in ``PRAGMAS``), set on the raw connection and read back;
the run stops if any differs. Afterwards the last sale of both files is compared column
by column (ids, number and moment apart) and the run stops if the rows differ.

The two alternate (app, raw, app, raw, ...): ``--warmup`` unmeasured pairs first, then
``--sales`` measured pairs, so both series see the same disk and the same machine load.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# Every connection-level setting that could change the cost of a commit. The app's
# values are read and given to the raw connection, so a pragma added to db/engine.py
# is followed here without a change.
PRAGMAS = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "cache_size", "temp_store", "locking_mode",
           "wal_autocheckpoint", "mmap_size", "journal_size_limit", "secure_delete", "automatic_index",
           "recursive_triggers", "cell_size_check", "checkpoint_fullfsync", "fullfsync", "page_size")
READ_ONLY_AFTER_CREATION = ("page_size",)  # only compared: a copy keeps the source's page size

ITEMS = (("Koffie", 120, 2), ("Appeltaart", 265, 1))  # name, price in cents, quantity: two lines
CASH_RECEIVED_CENTS = 1000
SALE_COLUMNS = ("id", "session_id", "number", "kind", "created_at", "total_cents", "payment", "cash_received_cents",
                "change_cents", "rounding_cents", "strips", "member_id", "free_reason", "reverses_sale_id", "reason",
                "done_by_id")
LINE_COLUMNS = ("id", "sale_id", "position", "product_id", "name", "quantity", "unit_price_cents", "vat_rate_percent",
                "amount_cents", "strips")
INSERT_SALE = f"INSERT INTO sale ({', '.join(SALE_COLUMNS)}) VALUES ({', '.join('?' * len(SALE_COLUMNS))})"
INSERT_LINE = f"INSERT INTO sale_line ({', '.join(LINE_COLUMNS)}) VALUES ({', '.join('?' * len(LINE_COLUMNS))})"


class SaleBenchmarkError(RuntimeError):
    """The two sides are not comparable (pragmas or rows differ): no figure."""


def _pragmas(cursor: Any) -> dict[str, Any]:
    return {name: cursor.execute(f"PRAGMA {name}").fetchone()[0] for name in PRAGMAS}


def app_pragmas(database: Any) -> dict[str, Any]:
    """The pragmas as they are on a connection of the app's engine (set by its connect hook)."""
    raw = database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            return _pragmas(cursor)
        finally:
            cursor.close()
    finally:
        raw.close()


def raw_connection(path: Path, pragmas: dict[str, Any]) -> sqlite3.Connection:
    """A plain sqlite3 connection with ``pragmas``; autocommit mode, so BEGIN and COMMIT
    are ours, as they are SQLAlchemy's in the app."""
    connection = sqlite3.connect(path, isolation_level=None)
    for name, value in pragmas.items():
        if name not in READ_ONLY_AFTER_CREATION:
            connection.execute(f"PRAGMA {name}={value}")
    got = _pragmas(connection)
    if got != pragmas:
        differ = {k: (pragmas[k], got[k]) for k in PRAGMAS if pragmas[k] != got[k]}
        connection.close()
        raise SaleBenchmarkError(f"the raw connection's pragmas differ from the app's (app, raw): {differ}")
    return connection


def set_up(folder: Path) -> tuple[Any, dict[str, Any]]:
    """The app's database with what a sale needs, and the ids of that."""
    from trefpuntje.core.members import add_member
    from trefpuntje.core.models import Role
    from trefpuntje.core.till import open_session
    from trefpuntje.core.till_products import add_product
    from trefpuntje.db.migrate import open_database

    database = open_database(f"sqlite:///{(folder / 'app.sqlite3').resolve()}").database
    with database.write() as session:
        seller = add_member(session, first_name="Henk", roles=[Role.VOLUNTEER]).id
        products = []  # (id, name, price in cents, VAT rate, quantity sold)
        for name, price, quantity in ITEMS:
            product = add_product(session, name=name, price_cents=price)
            products.append((product.id, product.name, product.price_cents, product.vat_rate_percent, quantity))
        till_session = open_session(session, opened_by_id=seller, float_cents=5000).id
    return database, {"till_session": till_session, "products": products}


def app_sale(database: Any, ids: dict[str, Any]) -> float:
    """One sale through the service, as the till screen makes it; seconds."""
    from trefpuntje.core.till import sell

    items = [(product_id, quantity) for product_id, *_, quantity in ids["products"]]
    began = time.perf_counter()
    with database.write() as session:
        sell(session, till_session_id=ids["till_session"], items=items, payment="cash",
             cash_received_cents=CASH_RECEIVED_CENTS)
    return time.perf_counter() - began


def raw_rows(ids: dict[str, Any], number: int) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    """The ``sale`` row and its ``sale_line`` rows as the app writes them for the same sale."""
    sale_id = uuid.uuid4().hex
    total = sum(price * quantity for _, _, price, _, quantity in ids["products"])
    created = datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    sale = (sale_id, ids["till_session"].hex, number, "sale", created, total, "cash", CASH_RECEIVED_CENTS,
            CASH_RECEIVED_CENTS - total, 0, 0, None, None, None, None, None)
    lines = [(uuid.uuid4().hex, sale_id, position, product_id.hex, name, quantity, price, vat, price * quantity, 0)
             for position, (product_id, name, price, vat, quantity) in enumerate(ids["products"], start=1)]
    return sale, lines


def raw_sale(connection: sqlite3.Connection, sale: tuple[Any, ...], lines: list[tuple[Any, ...]]) -> float:
    """BEGIN IMMEDIATE, the INSERTs, COMMIT; seconds."""
    began = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(INSERT_SALE, sale)
    connection.executemany(INSERT_LINE, lines)
    connection.execute("COMMIT")
    return time.perf_counter() - began


def check_same_rows(app_path: Path, raw_path: Path) -> None:
    """The last sale and its lines in both files, with their SQLite types, apart from
    the columns that differ by nature (ids, number, moment: only their type is compared)."""
    own = {"id", "sale_id", "number", "created_at"}

    def last(path: Path) -> list[tuple[Any, ...]]:
        with sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True) as connection:
            sale = connection.execute(
                f"SELECT {', '.join(f'typeof({c}), ' + ('NULL' if c in own else c) for c in SALE_COLUMNS)}, id "
                "FROM sale ORDER BY number DESC LIMIT 1").fetchone()
            lines = connection.execute(
                f"SELECT {', '.join(f'typeof({c}), ' + ('NULL' if c in own else c) for c in LINE_COLUMNS)} "
                "FROM sale_line WHERE sale_id = ? ORDER BY position", (sale[-1],)).fetchall()
        return [sale[:-1], *lines]

    app, raw = last(app_path), last(raw_path)
    if app != raw:
        raise SaleBenchmarkError(f"the raw rows differ from the app's: app {app!r}, raw {raw!r}")


def measure(folder: Path, *, sales: int = 300, warmup: int = 10, profile: Path | None = None) -> dict[str, Any]:
    """Run ``warmup`` + ``sales`` app/raw pairs in ``folder`` (which must not hold the
    files yet); the measured times in milliseconds, the percentiles and the ratios."""
    from benchmarks.run import copy_database, percentile

    folder.mkdir(parents=True, exist_ok=True)
    database, ids = set_up(folder)
    app_path, raw_path = folder / "app.sqlite3", folder / "raw.sqlite3"
    copy_database(app_path, raw_path)  # same schema, triggers and the rows a sale refers to
    pragmas = app_pragmas(database)
    connection = raw_connection(raw_path, pragmas)
    profiler = cProfile.Profile() if profile else None
    app_ms: list[float] = []
    raw_ms: list[float] = []
    try:
        for index in range(warmup + sales):
            measured = index >= warmup
            if profiler and measured:
                profiler.enable()
            app_s = app_sale(database, ids)
            if profiler and measured:
                profiler.disable()
            sale, lines = raw_rows(ids, index + 1)
            raw_s = raw_sale(connection, sale, lines)
            if measured:
                app_ms.append(app_s * 1000)
                raw_ms.append(raw_s * 1000)
    finally:
        connection.close()
        database.dispose()
    if profiler:
        profiler.dump_stats(str(profile))
    check_same_rows(app_path, raw_path)
    app_p50, app_p95 = percentile(app_ms, 0.5), percentile(app_ms, 0.95)
    raw_p50, raw_p95 = percentile(raw_ms, 0.5), percentile(raw_ms, 0.95)
    return {
        "folder": str(folder), "sales": sales, "warmup": warmup, "lines_per_sale": len(ITEMS),
        "pragmas": pragmas, "app_ms": app_ms, "raw_ms": raw_ms,
        "app_p50": app_p50, "app_p95": app_p95, "raw_p50": raw_p50, "raw_p95": raw_p95,
        "ratio_p50": app_p50 / raw_p50, "ratio_p95": app_p95 / raw_p95,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sale_commit", description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, metavar="DIR",
                        help="an empty folder for the two databases (default: a temporary one, removed after)")
    parser.add_argument("--sales", type=int, default=300, help="measured app/raw pairs (default 300)")
    parser.add_argument("--warmup", type=int, default=10, help="unmeasured pairs first (default 10)")
    parser.add_argument("--profile", type=Path, metavar="OUT", help="cProfile the measured app sales into OUT")
    args = parser.parse_args(argv)
    if args.dir is not None and args.dir.exists() and any(args.dir.iterdir()):
        parser.error(f"{args.dir} is not empty")
    options = {"sales": max(1, args.sales), "warmup": max(0, args.warmup), "profile": args.profile}
    if args.dir is not None:
        result = measure(args.dir, **options)
    else:
        with tempfile.TemporaryDirectory(prefix="trefpuntje-sales-") as scratch:
            result = measure(Path(scratch), **options)
    print("sales " + json.dumps(result), flush=True)
    print(f"# {result['sales']} sales of {result['lines_per_sale']} lines: app p50 {result['app_p50']:.2f} ms, "
          f"p95 {result['app_p95']:.2f} ms; raw p50 {result['raw_p50']:.2f} ms, p95 {result['raw_p95']:.2f} ms; "
          f"p95 ratio {result['ratio_p95']:.2f}x", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
