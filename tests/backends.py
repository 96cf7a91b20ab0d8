"""Which database the tests run on: a fresh SQLite file per test (the default), or a
fresh PostgreSQL database per test when ``TREFPUNTJE_TEST_DATABASE_URL`` names a
PostgreSQL server (scripts/test.sh runs the suite both ways).

The URL names a database the role may connect to, and the role needs CREATEDB: the
first test migrates a template database once, and every test gets its own copy of it
(``CREATE DATABASE ... TEMPLATE``, about 50 ms), dropped when the test ends.

The demo data is made once a run as well (``fill_demo_once``): a test that asks for it
gets its own copy (``copy_into``), an SQLite file copied with SQLite's backup API or a
PostgreSQL database made anew from the demo's template. Filling the demo takes a second
or two; some 250 tests start from it, on each backend.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

ENV = "TREFPUNTJE_TEST_DATABASE_URL"


def server_url() -> str | None:
    url = os.environ.get(ENV, "").strip()
    return url or None


def is_postgresql() -> bool:
    url = server_url()
    return url is not None and url.startswith("postgresql")


class PostgresDatabases:
    """Makes and drops the per-test databases on one PostgreSQL server."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.pool import NullPool

        self._url = make_url(url)
        self._admin = create_engine(self._url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self._prefix = f"trefpuntje_test_{os.getpid()}"
        self._template: str | None = None
        self._demo: str | None = None
        self._numbers = itertools.count(1)

    def url_of(self, name: str) -> str:
        return self._url.set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as connection:
            connection.exec_driver_sql(sql)

    def _template_name(self) -> str:
        if self._template is None:
            from trefpuntje.db.migrate import open_database

            name = f"{self._prefix}_template"
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self._execute(f'CREATE DATABASE "{name}"')
            open_database(self.url_of(name)).database.dispose()  # the migrations, once per run
            self._template = name
        return self._template

    def new_database(self) -> str:
        """The URL of a new database at the newest schema, with no rows."""
        template = self._template_name()
        name = f"{self._prefix}_{next(self._numbers)}"
        # FILE_COPY: faster than WAL_LOG for a database this small (no fsync on the CI server).
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        return self.url_of(name)

    def demo_template(self, fill) -> str:  # type: ignore[no-untyped-def]
        """The URL of a database that ``fill(url)`` filled once, the template of every
        test's demo database."""
        if self._demo is None:
            name = f"{self._prefix}_demo"
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self._template_name()}" STRATEGY FILE_COPY')
            fill(self.url_of(name))
            self._demo = name
        return self.url_of(self._demo)

    def replace(self, url: str, template_url: str) -> None:
        """Make the database of ``url`` anew as a copy of ``template_url``'s."""
        from sqlalchemy.engine import make_url

        name, template = make_url(url).database, make_url(template_url).database
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')

    def new_empty_database(self) -> str:
        """The URL of a new database with no schema at all (for migration tests)."""
        name = f"{self._prefix}_{next(self._numbers)}"
        self._execute(f'CREATE DATABASE "{name}"')
        return self.url_of(name)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def close(self) -> None:
        if self._demo is not None:
            self._execute(f'DROP DATABASE IF EXISTS "{self._demo}" WITH (FORCE)')
            self._demo = None
        if self._template is not None:
            self._execute(f'DROP DATABASE IF EXISTS "{self._template}" WITH (FORCE)')
            self._template = None
        self._admin.dispose()


_postgres: PostgresDatabases | None = None


def postgres() -> PostgresDatabases:
    global _postgres
    if _postgres is None:
        url = server_url()
        assert url is not None and is_postgresql(), f"{ENV} names no PostgreSQL server"
        _postgres = PostgresDatabases(url)
    return _postgres


def close() -> None:
    global _postgres
    if _postgres is not None:
        _postgres.close()
        _postgres = None


def new_database_url(folder: Path, name: str = "trefpuntje.sqlite3", *, empty: bool = False) -> str:
    """A fresh database for one test: an SQLite file in ``folder`` (made at first use),
    or a new PostgreSQL database at the newest schema (``empty``: with no schema). Drop
    it with ``drop``."""
    if is_postgresql():
        return postgres().new_empty_database() if empty else postgres().new_database()
    return f"sqlite:///{folder / name}"


def fill_demo_once(folder: Path, fill) -> str:  # type: ignore[no-untyped-def]
    """The URL of a database that ``fill(url)`` filled, made once a run: an SQLite file
    in ``folder`` or a PostgreSQL template database."""
    if is_postgresql():
        return postgres().demo_template(fill)
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    fill(url)
    return url


def copy_into(source_url: str, database) -> None:  # type: ignore[no-untyped-def]
    """Replace everything in the open ``database`` (a ``Database``) by a copy of the
    database at ``source_url``, on the same backend."""
    database.engine.dispose()  # no pooled connection keeps the old one
    if source_url.startswith("postgresql"):
        postgres().replace(database.url, source_url)
        return
    import sqlite3

    from sqlalchemy.engine import make_url

    source = sqlite3.connect(make_url(source_url).database)
    target = sqlite3.connect(make_url(database.url).database)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def drop(url: str) -> None:
    if url.startswith("postgresql"):
        postgres().drop(url)


def describe() -> str:
    if not is_postgresql():
        return "SQLite (a new file per test)"
    from sqlalchemy.engine import make_url

    return f"PostgreSQL at {make_url(server_url() or '').render_as_string(hide_password=True)} (a new database per test)"
