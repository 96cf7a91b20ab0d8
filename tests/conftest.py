"""Shared fixtures: a fresh migrated database per test, Qt offscreen.

The suite runs on SQLite by default and on PostgreSQL when ``TREFPUNTJE_TEST_DATABASE_URL``
names a server (see tests/backends.py; scripts/test.sh runs both passes). A test that is
about SQLite by its nature carries ``@pytest.mark.sqlite_only("why")``: the PostgreSQL
pass deselects it and says how many it left out, and why, at the end. A test that needs
a real PostgreSQL server (``postgresql_only``) is deselected from the SQLite pass the
same way.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TREFPUNTJE_STRETCH", None)

from collections import Counter  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests import backends  # noqa: E402
from trefpuntje.core.demo import fill_demo  # noqa: E402
from trefpuntje.db.engine import Database  # noqa: E402
from trefpuntje.db.migrate import open_database  # noqa: E402

_left_out: list[pytest.Item] = []
DEMO_DAY = date(2026, 11, 30)  # a Monday: the demo's "today" in every test that starts from it

# Whole modules that are about SQLite by their nature, and why. Single tests elsewhere
# carry the marker themselves.
SQLITE_ONLY_MODULES = {
    "tests/db/test_daily_backup.py": "daily backups copy the SQLite file with its backup API (PostgreSQL: pg_dump)",
    "tests/db/test_disk_full.py": "a full disk is made with SQLite's max_page_count and a tiny file system under the file",
    "tests/durability/": "SIGKILLs a writer on an SQLite file and checks the file (PostgreSQL's own WAL does this)",
    "tests/test_benchmarks_till.py": "benchmarks the app's commit against raw sqlite3 on the same file",
    "tests/ui/test_daily_housekeeping.py": "the app's daily backup copies the SQLite file (PostgreSQL: pg_dump)",
}


def _other_backend() -> str:
    return "sqlite_only" if backends.is_postgresql() else "postgresql_only"


def _reason(item: pytest.Item, name: str) -> str | None:
    marker = item.get_closest_marker(name)
    if marker is None:
        return None
    reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "")
    if not reason:
        raise pytest.UsageError(f"{item.nodeid}: {name} needs a reason: say why the test cannot run on both")
    return str(reason)


# A test that asks for no test database (``database_url`` is under every database
# fixture) runs the same whatever the backend: the PostgreSQL pass leaves it to the
# SQLite pass, and counts it in its summary.
NO_TEST_DATABASE = "uses no test database: the same on either backend, it ran in the SQLite pass"
DATABASE_FIXTURES = {"database_url", "new_database_url"}


def _left_out_because(item: pytest.Item) -> str | None:
    reason = _reason(item, _other_backend())
    if reason is None and backends.is_postgresql() and not DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())):
        reason = NO_TEST_DATABASE
    return reason


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.fspath)).resolve().relative_to(Path(__file__).resolve().parent.parent).as_posix()
        for module, reason in SQLITE_ONLY_MODULES.items():
            if path.startswith(module):
                item.add_marker(pytest.mark.sqlite_only(reason))
    for item in items:  # every marker has its reason, in either pass
        _reason(item, "sqlite_only")
        _reason(item, "postgresql_only")
    _left_out[:] = [item for item in items if _left_out_because(item) is not None]
    if _left_out:
        config.hook.pytest_deselected(items=list(_left_out))
        items[:] = [item for item in items if _left_out_because(item) is None]


def pytest_report_header(config: pytest.Config) -> str:
    return f"database: {backends.describe()}"


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    name = "PostgreSQL" if backends.is_postgresql() else "SQLite"
    counts = Counter(_left_out_because(item) for item in _left_out)
    terminalreporter.write_sep("-", f"{name} pass: {len(_left_out)} tests deselected")
    for reason, count in counts.most_common():
        terminalreporter.write_line(f"{count:4d}  {reason}")


def pytest_sessionfinish(session: pytest.Session) -> None:
    backends.close()


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the developer's real database or settings."""
    for var in ("TREFPUNTJE_DB", "TREFPUNTJE_DATABASE_URL", "TREFPUNTJE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The SQLite file of the test's database (only meaningful on SQLite)."""
    return tmp_path / "trefpuntje.sqlite3"


@pytest.fixture
def new_database_url(tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    """Makes more fresh databases on the test's backend (dropped when the test ends)."""
    made: list[str] = []

    def make(name: str = "extra.sqlite3", *, empty: bool = False) -> str:
        """``empty``: no schema at all on PostgreSQL (an SQLite file is new anyway)."""
        made.append(backends.new_database_url(tmp_path, name, empty=empty))
        return made[-1]

    yield make
    for url in made:
        backends.drop(url)


@pytest.fixture
def database_url(db_path: Path) -> Iterator[str]:
    """The URL of the test's own database: ``db_path`` on SQLite, a new database on PostgreSQL."""
    url = backends.new_database_url(db_path.parent, db_path.name)
    yield url
    backends.drop(url)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = open_database(database_url).database
    yield db
    db.dispose()


def _fill_demo(url: str) -> None:
    database = open_database(url).database
    try:
        with database.write() as session:
            fill_demo(session, today=DEMO_DAY)
    finally:
        database.dispose()


@pytest.fixture(scope="session")
def _demo_source(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo data, filled once a run (the demo is the same every time)."""
    return backends.fill_demo_once(tmp_path_factory.mktemp("demo"), _fill_demo)


@pytest.fixture
def demo_database(database: Database, _demo_source: str) -> Database:
    """The test's database holding the demo of ``DEMO_DAY``: its own copy."""
    backends.copy_into(_demo_source, database)
    return database
