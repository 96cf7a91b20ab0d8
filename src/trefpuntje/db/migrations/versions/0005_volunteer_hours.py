"""volunteer hours: tasks, shifts, hour entries, their append-only history, allowance caps

``hour_change`` keeps the history of every change to an hour entry (who, when, old,
new, why): triggers refuse any UPDATE or DELETE of it, on SQLite and on PostgreSQL
(PostgreSQL with a function of its own, so this migration does not lean on 0004's). A
later migration that rebuilds ``hour_change`` in batch mode drops its SQLite triggers
with it, and must create them again with ``create_hours_triggers``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import trefpuntje.db.types

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_TRIGGERS = [
    """CREATE TRIGGER hour_change_no_update BEFORE UPDATE ON hour_change
BEGIN SELECT RAISE(ABORT, 'append-only: hour_change rows never change'); END""",
    """CREATE TRIGGER hour_change_no_delete BEFORE DELETE ON hour_change
BEGIN SELECT RAISE(ABORT, 'append-only: hour_change rows are never deleted'); END""",
]

POSTGRESQL_TRIGGERS = [
    """CREATE FUNCTION trefpuntje_hours_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'append-only: % rows never change', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$""",
    """CREATE TRIGGER hour_change_append_only BEFORE UPDATE OR DELETE ON hour_change
FOR EACH ROW EXECUTE FUNCTION trefpuntje_hours_append_only()""",
    """CREATE TRIGGER hour_change_no_truncate BEFORE TRUNCATE ON hour_change
FOR EACH STATEMENT EXECUTE FUNCTION trefpuntje_hours_append_only()""",
]


def create_hours_triggers() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        statements = SQLITE_TRIGGERS
    elif dialect == 'postgresql':
        statements = POSTGRESQL_TRIGGERS
    else:
        raise NotImplementedError(f'append-only triggers for {dialect}')
    for statement in statements:
        op.execute(statement)


def drop_hours_triggers() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP FUNCTION IF EXISTS trefpuntje_hours_append_only() CASCADE')  # and the triggers using it
        return
    for name in ('hour_change_no_update', 'hour_change_no_delete'):
        op.execute(f'DROP TRIGGER IF EXISTS {name}')


def upgrade() -> None:
    op.create_table('volunteer_task',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('pictogram', sa.String(length=40), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('created_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('retired_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint('length(trim(name)) > 0', name='task_name_not_empty'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('volunteer_task', schema=None) as batch_op:
        batch_op.create_index('one_live_task_per_name', ['name'], unique=True, sqlite_where=sa.text('retired_at IS NULL'), postgresql_where=sa.text('retired_at IS NULL'))

    op.create_table('allowance_cap',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('hour_cents', sa.Integer(), nullable=False),
    sa.Column('hour_cents_under_21', sa.Integer(), nullable=False),
    sa.Column('month_cents', sa.Integer(), nullable=False),
    sa.Column('year_cents', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('set_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('set_by_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint('hour_cents >= 0 AND hour_cents_under_21 >= 0 AND month_cents >= 0 AND year_cents >= 0 AND hour_cents <= 10000 AND hour_cents_under_21 <= 10000 AND month_cents <= 100000 AND year_cents <= 1000000', name='caps_sensible'),
    sa.CheckConstraint('year BETWEEN 2000 AND 2100', name='cap_year_sensible'),
    sa.ForeignKeyConstraint(['set_by_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('year')
    )
    op.create_table('shift',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('task_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=120), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('planned_by_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('ends_at > starts_at', name='shift_ends_after_start'),
    sa.CheckConstraint('places > 0 AND places <= 50', name='shift_places_sensible'),
    sa.ForeignKeyConstraint(['planned_by_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['task_id'], ['volunteer_task.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('shift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_task_id'), ['task_id'], unique=False)

    op.create_table('volunteer_allowance',
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('cents_per_hour', sa.Integer(), nullable=True),
    sa.Column('under_21', sa.Boolean(), nullable=False),
    sa.Column('set_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('cents_per_hour IS NULL OR (cents_per_hour >= 0 AND cents_per_hour <= 10000)', name='allowance_rate_sensible'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('member_id')
    )
    op.create_table('hour_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('task_id', sa.Uuid(), nullable=False),
    sa.Column('shift_id', sa.Uuid(), nullable=True),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('started_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ended_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint("(status IN ('open', 'flagged') AND ended_at IS NULL) OR (status IN ('pending', 'done') AND ended_at IS NOT NULL) OR status = 'rejected'", name='entry_end_follows_status'),
    sa.CheckConstraint("source IN ('clock', 'manual')", name='known_entry_source'),
    sa.CheckConstraint("status != 'open' OR source = 'clock'", name='only_clocking_is_open'),
    sa.CheckConstraint("status != 'pending' OR source = 'manual'", name='only_manual_waits'),
    sa.CheckConstraint("status IN ('open', 'pending', 'done', 'flagged', 'rejected')", name='known_entry_status'),
    sa.CheckConstraint('ended_at IS NULL OR ended_at > started_at', name='entry_ends_after_start'),
    sa.ForeignKeyConstraint(['created_by_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['shift_id'], ['shift.id'], ),
    sa.ForeignKeyConstraint(['task_id'], ['volunteer_task.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('hour_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hour_entry_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hour_entry_shift_id'), ['shift_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hour_entry_started_at'), ['started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_hour_entry_task_id'), ['task_id'], unique=False)
        batch_op.create_index('one_open_entry_per_member', ['member_id'], unique=True, sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))

    op.create_table('shift_assignment',
    sa.Column('shift_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('seat_no', sa.Integer(), nullable=False),
    sa.Column('assigned_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('assigned_by_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint('seat_no > 0', name='shift_seat_positive'),
    sa.ForeignKeyConstraint(['assigned_by_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['shift_id'], ['shift.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('shift_id', 'member_id'),
    sa.UniqueConstraint('shift_id', 'seat_no', name='one_volunteer_per_place')
    )
    with op.batch_alter_table('shift_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_assignment_member_id'), ['member_id'], unique=False)

    op.create_table('hour_change',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('entry_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('changed_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('changed_by_id', sa.Uuid(), nullable=True),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('old_status', sa.String(length=10), nullable=True),
    sa.Column('new_status', sa.String(length=10), nullable=False),
    sa.Column('old_task_id', sa.Uuid(), nullable=True),
    sa.Column('new_task_id', sa.Uuid(), nullable=False),
    sa.Column('old_started_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('new_started_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('old_ended_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('new_ended_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.CheckConstraint("action IN ('clocked_in', 'clocked_out', 'added', 'auto_closed', 'flagged', 'approved', 'corrected', 'rejected')", name='known_change_action'),
    sa.CheckConstraint("action NOT IN ('corrected', 'rejected') OR (changed_by_id IS NOT NULL AND length(trim(reason)) > 0)", name='corrections_say_why_and_who'),
    sa.CheckConstraint('seq > 0', name='change_seq_positive'),
    sa.ForeignKeyConstraint(['changed_by_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['entry_id'], ['hour_entry.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('entry_id', 'seq', name='one_change_per_seq')
    )
    with op.batch_alter_table('hour_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hour_change_entry_id'), ['entry_id'], unique=False)

    create_hours_triggers()


def downgrade() -> None:
    drop_hours_triggers()
    with op.batch_alter_table('hour_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hour_change_entry_id'))

    op.drop_table('hour_change')
    with op.batch_alter_table('shift_assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shift_assignment_member_id'))

    op.drop_table('shift_assignment')
    with op.batch_alter_table('hour_entry', schema=None) as batch_op:
        batch_op.drop_index('one_open_entry_per_member', sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))
        batch_op.drop_index(batch_op.f('ix_hour_entry_task_id'))
        batch_op.drop_index(batch_op.f('ix_hour_entry_started_at'))
        batch_op.drop_index(batch_op.f('ix_hour_entry_shift_id'))
        batch_op.drop_index(batch_op.f('ix_hour_entry_member_id'))

    op.drop_table('hour_entry')
    op.drop_table('volunteer_allowance')
    with op.batch_alter_table('shift', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shift_task_id'))
        batch_op.drop_index(batch_op.f('ix_shift_starts_at'))

    op.drop_table('shift')
    op.drop_table('allowance_cap')
    with op.batch_alter_table('volunteer_task', schema=None) as batch_op:
        batch_op.drop_index('one_live_task_per_name', sqlite_where=sa.text('retired_at IS NULL'), postgresql_where=sa.text('retired_at IS NULL'))

    op.drop_table('volunteer_task')
