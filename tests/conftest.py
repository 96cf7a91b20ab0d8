"""Shared fixtures: a fresh migrated database per test, Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TREFPUNTJE_STRETCH", None)

from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from trefpuntje.core.demo import fill_demo  # noqa: E402
from trefpuntje.db.engine import Database  # noqa: E402
from trefpuntje.db.migrate import open_database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the developer's real database or settings."""
    for var in ("TREFPUNTJE_DB", "TREFPUNTJE_DATABASE_URL", "TREFPUNTJE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "trefpuntje.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{db_path}").database
    yield db
    db.dispose()


@pytest.fixture
def demo_database(database: Database) -> Database:
    with database.write() as session:
        fill_demo(session, today=date(2026, 11, 30))
    return database
