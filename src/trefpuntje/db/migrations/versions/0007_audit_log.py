"""audit log: an append-only record of staff actions (who, what, when, on what)

``audit_entry`` is written in the same transaction as the change it records. Triggers
refuse any UPDATE or DELETE of it (and TRUNCATE on PostgreSQL), on SQLite and on
PostgreSQL (PostgreSQL with a function of its own, so this migration leans on no
earlier one's). A later migration that rebuilds ``audit_entry`` in batch mode drops
its SQLite triggers with it, and must create them again with ``create_audit_triggers``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import trefpuntje.db.types

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_TRIGGERS = [
    """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'append-only: audit_entry rows never change'); END""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'append-only: audit_entry rows are never deleted'); END""",
]

POSTGRESQL_TRIGGERS = [
    """CREATE FUNCTION trefpuntje_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'append-only: % rows never change', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$""",
    """CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
FOR EACH ROW EXECUTE FUNCTION trefpuntje_audit_append_only()""",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
FOR EACH STATEMENT EXECUTE FUNCTION trefpuntje_audit_append_only()""",
]


def create_audit_triggers() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        statements = SQLITE_TRIGGERS
    elif dialect == 'postgresql':
        statements = POSTGRESQL_TRIGGERS
    else:
        raise NotImplementedError(f'append-only triggers for {dialect}')
    for statement in statements:
        op.execute(statement)


def drop_audit_triggers() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP FUNCTION IF EXISTS trefpuntje_audit_append_only() CASCADE')  # and the triggers using it
        return
    for name in ('audit_entry_no_update', 'audit_entry_no_delete'):
        op.execute(f'DROP TRIGGER IF EXISTS {name}')


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('subject', sa.String(length=80), nullable=True),
    sa.Column('details', sa.String(length=1000), nullable=True),
    sa.CheckConstraint('length(trim(action)) > 0', name='audit_action_not_empty'),
    sa.ForeignKeyConstraint(['actor_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)

    create_audit_triggers()


def downgrade() -> None:
    drop_audit_triggers()
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_actor_id'))

    op.drop_table('audit_entry')
