"""till: products, till sessions, sales, sale lines, the strip ledger; append-only triggers

Sales, sale lines and strip movements are append-only, and a closed till session never
changes: triggers refuse it, on SQLite and on PostgreSQL. A later migration that
rebuilds one of these tables in batch mode (SQLite copies the table) drops its
triggers with it, and must create them again with ``create_till_triggers``'s SQL;
tests/core/test_till.py checks that they exist at the head revision.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import trefpuntje.db.types

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = ('sale', 'sale_line', 'strip_movement')
SESSION_OPENING = ('id', 'till', 'number', 'opened_at', 'opened_by_id', 'float_cents')

SQLITE_TRIGGERS = [
    *(f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, 'append-only: {table} rows never change'); END""" for table in APPEND_ONLY),
    *(f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, 'append-only: {table} rows are never deleted'); END""" for table in APPEND_ONLY),
    """CREATE TRIGGER till_session_closed_stays_closed BEFORE UPDATE ON till_session
WHEN OLD.closed_at IS NOT NULL OR """ + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in SESSION_OPENING) + """
BEGIN SELECT RAISE(ABORT, 'append-only: a till session changes only once, when it is closed'); END""",
    """CREATE TRIGGER till_session_no_delete BEFORE DELETE ON till_session
BEGIN SELECT RAISE(ABORT, 'append-only: till sessions are never deleted'); END""",
    """CREATE TRIGGER strip_movement_follows_balance BEFORE INSERT ON strip_movement
WHEN NEW.balance_after IS NOT COALESCE((SELECT p.balance_after FROM strip_movement p
                                         WHERE p.member_id = NEW.member_id AND p.seq = NEW.seq - 1), 0) + NEW.strips
  OR (NEW.seq > 1 AND NOT EXISTS (SELECT 1 FROM strip_movement p WHERE p.member_id = NEW.member_id AND p.seq = NEW.seq - 1))
BEGIN SELECT RAISE(ABORT, 'strip ledger: the balance does not follow from the movement before'); END""",
]

POSTGRESQL_TRIGGERS = [
    """CREATE FUNCTION trefpuntje_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'append-only: % rows never change', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$""",
    *(f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
FOR EACH ROW EXECUTE FUNCTION trefpuntje_append_only()""" for table in APPEND_ONLY),
    *(f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
FOR EACH STATEMENT EXECUTE FUNCTION trefpuntje_append_only()""" for table in (*APPEND_ONLY, 'till_session')),
    """CREATE FUNCTION trefpuntje_till_session_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.closed_at IS NOT NULL OR """ + " OR ".join(
        f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in SESSION_OPENING) + """ THEN
        RAISE EXCEPTION 'append-only: a till session changes only once, when it is closed'
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END $$""",
    """CREATE TRIGGER till_session_closed_stays_closed BEFORE UPDATE OR DELETE ON till_session
FOR EACH ROW EXECUTE FUNCTION trefpuntje_till_session_guard()""",
    """CREATE FUNCTION trefpuntje_strip_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous integer;
BEGIN
    SELECT p.balance_after INTO previous FROM strip_movement p WHERE p.member_id = NEW.member_id AND p.seq = NEW.seq - 1;
    IF (NEW.seq > 1 AND previous IS NULL) OR NEW.balance_after IS DISTINCT FROM COALESCE(previous, 0) + NEW.strips THEN
        RAISE EXCEPTION 'strip ledger: the balance does not follow from the movement before'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$""",
    """CREATE TRIGGER strip_movement_follows_balance BEFORE INSERT ON strip_movement
FOR EACH ROW EXECUTE FUNCTION trefpuntje_strip_chain()""",
]


def create_till_triggers() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        statements = SQLITE_TRIGGERS
    elif dialect == 'postgresql':
        statements = POSTGRESQL_TRIGGERS
    else:
        raise NotImplementedError(f'append-only triggers for {dialect}')
    for statement in statements:
        op.execute(statement)


def drop_till_triggers() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        # Dropping the functions with CASCADE drops the triggers that use them.
        for function in ('trefpuntje_append_only', 'trefpuntje_till_session_guard', 'trefpuntje_strip_chain'):
            op.execute(f'DROP FUNCTION IF EXISTS {function}() CASCADE')
        return
    for table in APPEND_ONLY:
        op.execute(f'DROP TRIGGER IF EXISTS {table}_no_update')
        op.execute(f'DROP TRIGGER IF EXISTS {table}_no_delete')
    for name in ('till_session_closed_stays_closed', 'till_session_no_delete', 'strip_movement_follows_balance'):
        op.execute(f'DROP TRIGGER IF EXISTS {name}')


def upgrade() -> None:
    op.create_table('product',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('pictogram', sa.String(length=40), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('price_cents', sa.Integer(), nullable=False),
    sa.Column('vat_rate_percent', sa.Integer(), nullable=False),
    sa.Column('strips', sa.Integer(), nullable=True),
    sa.Column('grants_strips', sa.Integer(), nullable=True),
    sa.Column('retired_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint('grants_strips IS NULL OR grants_strips > 0', name='grants_strips_positive'),
    sa.CheckConstraint('length(trim(name)) > 0', name='product_name_not_empty'),
    sa.CheckConstraint('price_cents >= 0 AND price_cents <= 100000', name='product_price_sensible'),
    sa.CheckConstraint('strips IS NULL OR strips > 0', name='product_strips_positive'),
    sa.CheckConstraint('vat_rate_percent IN (9, 21)', name='known_vat_rate'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('till_session',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('till', sa.String(length=40), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('opened_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('opened_by_id', sa.Uuid(), nullable=False),
    sa.Column('float_cents', sa.Integer(), nullable=False),
    sa.Column('closed_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('closed_by_id', sa.Uuid(), nullable=True),
    sa.Column('counted_cash_cents', sa.Integer(), nullable=True),
    sa.Column('z_number', sa.Integer(), nullable=True),
    sa.Column('report_json', sa.Text(), nullable=True),
    sa.CheckConstraint('(closed_at IS NULL AND counted_cash_cents IS NULL AND z_number IS NULL AND report_json IS NULL) OR (closed_at IS NOT NULL AND counted_cash_cents >= 0 AND z_number > 0 AND report_json IS NOT NULL)', name='closed_all_at_once'),
    sa.CheckConstraint('float_cents >= 0', name='float_not_negative'),
    sa.ForeignKeyConstraint(['closed_by_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['opened_by_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('till', 'number', name='one_session_number_per_till'),
    sa.UniqueConstraint('till', 'z_number', name='one_z_number_per_till')
    )
    with op.batch_alter_table('till_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_till_session_opened_by_id'), ['opened_by_id'], unique=False)
        batch_op.create_index('one_open_session_per_till', ['till'], unique=True, sqlite_where=sa.text('closed_at IS NULL'), postgresql_where=sa.text('closed_at IS NULL'))

    op.create_table('sale',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('created_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('total_cents', sa.Integer(), nullable=False),
    sa.Column('payment', sa.String(length=10), nullable=False),
    sa.Column('cash_received_cents', sa.Integer(), nullable=True),
    sa.Column('change_cents', sa.Integer(), nullable=True),
    sa.Column('rounding_cents', sa.Integer(), nullable=False),
    sa.Column('strips', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=True),
    sa.Column('free_reason', sa.String(length=80), nullable=True),
    sa.Column('reverses_sale_id', sa.Uuid(), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('done_by_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint("(kind = 'sale' AND total_cents >= 0 AND strips >= 0) OR (kind != 'sale' AND total_cents <= 0 AND strips <= 0)", name='sign_follows_kind'),
    sa.CheckConstraint("(kind = 'sale') = (reverses_sale_id IS NULL)", name='reversals_name_their_sale'),
    sa.CheckConstraint("(payment = 'cash' AND cash_received_cents >= 0 AND change_cents >= 0 AND cash_received_cents <= 100000 AND cash_received_cents - change_cents = total_cents + rounding_cents) OR (payment != 'cash' AND cash_received_cents IS NULL AND change_cents IS NULL)", name='cash_adds_up'),
    sa.CheckConstraint("kind IN ('sale', 'undo', 'void', 'refund')", name='known_sale_kind'),
    sa.CheckConstraint("kind NOT IN ('void', 'refund') OR (done_by_id IS NOT NULL AND length(trim(reason)) > 0)", name='voids_say_why_and_who'),
    sa.CheckConstraint("payment != 'free' OR length(trim(free_reason)) > 0", name='free_says_why'),
    sa.CheckConstraint("payment != 'strips' OR member_id IS NOT NULL", name='strips_name_the_member'),
    sa.CheckConstraint("payment IN ('cash', 'card', 'strips', 'free')", name='known_payment'),
    sa.CheckConstraint("payment NOT IN ('strips', 'free') OR total_cents = 0", name='strips_and_free_charge_nothing'),
    sa.CheckConstraint("rounding_cents BETWEEN -2 AND 2 AND (payment = 'cash' OR rounding_cents = 0)", name='rounding_only_for_cash'),
    sa.ForeignKeyConstraint(['done_by_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['reverses_sale_id'], ['sale.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['till_session.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reverses_sale_id', name='reversed_at_most_once'),
    sa.UniqueConstraint('session_id', 'number', name='one_sale_number_per_session')
    )
    with op.batch_alter_table('sale', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_sale_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sale_session_id'), ['session_id'], unique=False)

    op.create_table('sale_line',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('sale_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price_cents', sa.Integer(), nullable=False),
    sa.Column('vat_rate_percent', sa.Integer(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('strips', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount_cents = quantity * unit_price_cents OR amount_cents = 0', name='line_adds_up'),
    sa.CheckConstraint('quantity != 0', name='quantity_not_zero'),
    sa.CheckConstraint('vat_rate_percent IN (9, 21)', name='line_known_vat_rate'),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], ),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sale_id', 'position', name='one_line_per_position')
    )
    with op.batch_alter_table('sale_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_line_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sale_line_sale_id'), ['sale_id'], unique=False)

    op.create_table('strip_movement',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('created_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('strips', sa.Integer(), nullable=False),
    sa.Column('balance_after', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=10), nullable=False),
    sa.Column('sale_id', sa.Uuid(), nullable=False),
    sa.CheckConstraint("reason IN ('bought', 'used', 'returned')", name='known_strip_reason'),
    sa.CheckConstraint('balance_after >= 0', name='strips_never_negative'),
    sa.CheckConstraint('seq > 0', name='seq_positive'),
    sa.CheckConstraint('strips != 0', name='movement_not_zero'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('member_id', 'seq', name='one_movement_per_seq')
    )
    with op.batch_alter_table('strip_movement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_strip_movement_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_strip_movement_sale_id'), ['sale_id'], unique=False)

    create_till_triggers()


def downgrade() -> None:
    drop_till_triggers()
    with op.batch_alter_table('strip_movement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_strip_movement_sale_id'))
        batch_op.drop_index(batch_op.f('ix_strip_movement_member_id'))

    op.drop_table('strip_movement')
    with op.batch_alter_table('sale_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sale_line_sale_id'))
        batch_op.drop_index(batch_op.f('ix_sale_line_product_id'))

    op.drop_table('sale_line')
    with op.batch_alter_table('sale', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sale_session_id'))
        batch_op.drop_index(batch_op.f('ix_sale_member_id'))
        batch_op.drop_index(batch_op.f('ix_sale_created_at'))

    op.drop_table('sale')
    with op.batch_alter_table('till_session', schema=None) as batch_op:
        batch_op.drop_index('one_open_session_per_till', sqlite_where=sa.text('closed_at IS NULL'), postgresql_where=sa.text('closed_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_till_session_opened_by_id'))

    op.drop_table('till_session')
    op.drop_table('product')
