from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from trefpuntje.core.members import list_members
from trefpuntje.db.engine import Database
from trefpuntje.db.migrate import DatabaseProblem, head_revision, known_revisions, open_database, upgrade_schema


def test_an_empty_database_is_migrated_to_the_newest_schema_matching_the_models(new_database_url):
    result = open_database(new_database_url(empty=True))  # SQLite or PostgreSQL, with no schema yet
    with result.database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "render_as_batch": True})
        assert context.get_current_revision() == head_revision()
        assert compare_metadata(context, SQLModel.metadata) == []
    assert result.copy_aside is None  # nothing to copy on a new database
    result.database.dispose()


def test_migrations_create_the_same_check_constraints_as_the_models(new_database_url):
    from sqlalchemy import CheckConstraint, inspect

    result = open_database(new_database_url(empty=True))
    inspector = inspect(result.database.engine)
    for table in SQLModel.metadata.sorted_tables:
        in_models = {c.name for c in table.constraints if isinstance(c, CheckConstraint)}
        in_database = {c["name"] for c in inspector.get_check_constraints(table.name)}
        assert in_database == in_models, table.name
    result.database.dispose()


@pytest.mark.sqlite_only("the copy aside before an upgrade is a copy of the SQLite file")
def test_upgrade_from_the_previous_revision_keeps_data_and_copies_the_file_aside(db_path):
    revisions = sorted(known_revisions())
    assert len(revisions) >= 2
    previous = revisions[-2]
    old = Database(f"sqlite:///{db_path}")
    upgrade_schema(old, previous)
    with sqlite3.connect(db_path) as plain:
        plain.execute(
            "INSERT INTO member (id, first_name, consent_photos, consent_contact, created_at) "
            "VALUES ('0f0e0d0c0b0a09080706050403020100', 'Nel', 0, 0, '2026-11-01 10:00:00')"
        )
        plain.execute("INSERT INTO member_role (member_id, role) VALUES ('0f0e0d0c0b0a09080706050403020100', 'visitor')")
    old.dispose()

    result = open_database(f"sqlite:///{db_path}")
    assert result.upgraded_from == previous
    assert result.copy_aside is not None and result.copy_aside.exists()
    with result.database.read() as session:
        assert [(m.first_name, m.roles) for m in list_members(session)] == [("Nel", ("visitor",))]
    with sqlite3.connect(result.copy_aside) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)
        assert copy.execute("SELECT first_name FROM member").fetchall() == [("Nel",)]
    result.database.dispose()


@pytest.mark.sqlite_only("checks the SQLite file byte for byte")
def test_a_database_from_a_newer_version_is_refused_and_left_untouched(db_path):
    open_database(f"sqlite:///{db_path}").database.dispose()
    plain = sqlite3.connect(db_path)
    plain.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    plain.commit()
    plain.execute("PRAGMA journal_mode=DELETE")  # as a newer version might leave it
    plain.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseProblem, match="newer version"):
        open_database(f"sqlite:///{db_path}")
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]  # no -wal or -shm appeared


def test_the_start_up_check_reads_the_same_migration_chain_as_alembic():
    from alembic.script import ScriptDirectory

    from trefpuntje.db import preflight
    from trefpuntje.db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    assert preflight.head_revision() == script.get_current_head()
    assert preflight.known_revisions() == {rev.revision for rev in script.walk_revisions()}


@pytest.mark.sqlite_only("the quick start-up check reads SQLite files only")
def test_is_current_only_for_an_sqlite_file_at_the_head(db_path):
    from trefpuntje.db.preflight import is_current

    assert not is_current(f"sqlite:///{db_path}")  # not there yet
    open_database(f"sqlite:///{db_path}").database.dispose()
    assert is_current(f"sqlite:///{db_path}")
    with sqlite3.connect(db_path) as plain:
        plain.execute("UPDATE alembic_version SET version_num = '0001'")
    assert not is_current(f"sqlite:///{db_path}")
