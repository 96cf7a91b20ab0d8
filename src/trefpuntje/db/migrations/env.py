"""Alembic environment: run by trefpuntje.db.migrate with a live connection."""

from alembic import context
from sqlmodel import SQLModel

import trefpuntje.core.models  # noqa: F401  - registers every table on the metadata

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Trefpuntje migrations run online only.")
run_migrations_online()
