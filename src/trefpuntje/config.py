"""Where things live and which database to use.

Precedence for the database: ``--database-url`` > ``--db`` > ``TREFPUNTJE_DATABASE_URL``
> ``TREFPUNTJE_DB`` > the SQLite file in the user data folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

import platformdirs

APP_NAME = "trefpuntje"
RESOURCES = Path(__file__).resolve().parent / "resources"
SUPPORTED_LANGUAGES = ("nl", "en", "ar")
DEFAULT_LANGUAGE = "nl"
STATIONS = ("kiosk", "till", "office")


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / "trefpuntje.sqlite3"


def sqlite_url(path: Path | str) -> str:
    # Quoted: a "?", "#" or "%" in a file name must not become URL syntax.
    return "sqlite:///" + quote(str(Path(path).expanduser().resolve()), safe="/")


def sqlite_path_of(url: str) -> Path | None:
    """The file behind an SQLite URL (any driver), or None for other databases."""
    scheme, _, rest = url.partition(":///")
    if scheme.split("+")[0] != "sqlite" or not rest or rest.startswith(":memory:"):
        return None
    return Path("/" + unquote(rest.split("?")[0]).lstrip("/"))


@dataclass(frozen=True)
class DatabaseChoice:
    url: str
    source: str  # where the choice came from, for messages and `trefpuntje info`

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path_of(self.url)


def choose_database(db: str | None = None, database_url: str | None = None) -> DatabaseChoice:
    if database_url:
        return DatabaseChoice(database_url, "--database-url")
    if db:
        return DatabaseChoice(sqlite_url(db), "--db")
    if url := os.environ.get("TREFPUNTJE_DATABASE_URL"):
        return DatabaseChoice(url, "TREFPUNTJE_DATABASE_URL")
    if path := os.environ.get("TREFPUNTJE_DB"):
        return DatabaseChoice(sqlite_url(path), "TREFPUNTJE_DB")
    return DatabaseChoice(sqlite_url(default_db_path()), "default")


def language_from_environment() -> str:
    """The language for command-line messages: TREFPUNTJE_LANG, then the locale, else Dutch."""
    for var in ("TREFPUNTJE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        code = value.split("_")[0].split(".")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return DEFAULT_LANGUAGE
