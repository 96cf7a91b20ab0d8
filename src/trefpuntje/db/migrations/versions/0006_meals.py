"""neighbour meals: offers, their photos, orders with the waiting list, allergy and diet profiles

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import trefpuntje.db.types

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE_ORDER = sa.text("status IN ('ordered', 'waiting')")


def upgrade() -> None:
    op.create_table('meal',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('cook_id', sa.Uuid(), nullable=False),
    sa.Column('dish', sa.String(length=80), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('pickup_start', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('pickup_end', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('order_until', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('portions', sa.Integer(), nullable=False),
    sa.Column('portions_left', sa.Integer(), nullable=False),
    sa.Column('max_per_member', sa.Integer(), nullable=False),
    sa.Column('contribution_cents', sa.Integer(), nullable=False),
    sa.Column('diet_labels', sa.String(length=200), nullable=False),
    sa.Column('allergens', sa.String(length=200), nullable=True),
    sa.Column('safety_checklist', sa.Text(), nullable=True),
    sa.Column('safety_confirmed_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('cancelled_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('product_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint("(status = 'cancelled') = (cancelled_at IS NOT NULL)", name='meal_cancelled_when'),
    sa.CheckConstraint("status != 'published' OR (allergens IS NOT NULL AND safety_confirmed_at IS NOT NULL "
                       "AND safety_checklist IS NOT NULL)", name='meal_published_declared'),
    sa.CheckConstraint("status IN ('published', 'cancelled')", name='known_meal_status'),
    sa.CheckConstraint('contribution_cents >= 0 AND contribution_cents <= 5000', name='meal_contribution_sensible'),
    sa.CheckConstraint('length(trim(dish)) > 0', name='meal_dish_not_empty'),
    sa.CheckConstraint('max_per_member > 0 AND max_per_member <= portions', name='meal_member_limit_in_range'),
    sa.CheckConstraint('order_until <= pickup_start', name='meal_cutoff_before_pickup'),
    sa.CheckConstraint('pickup_end > pickup_start', name='meal_pickup_ends_after_start'),
    sa.CheckConstraint('portions > 0 AND portions <= 200', name='meal_portions_positive'),
    sa.CheckConstraint('portions_left >= 0 AND portions_left <= portions', name='meal_portions_left_in_range'),
    sa.ForeignKeyConstraint(['cook_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meal_cook_id'), ['cook_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meal_pickup_start'), ['pickup_start'], unique=False)

    op.create_table('meal_profile',
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('allergens', sa.String(length=200), nullable=False),
    sa.Column('diets', sa.String(length=200), nullable=False),
    sa.Column('updated_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('member_id')
    )
    op.create_table('meal_photo',
    sa.Column('meal_id', sa.Uuid(), nullable=False),
    sa.Column('content_type', sa.String(length=20), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.CheckConstraint("content_type IN ('image/jpeg', 'image/png')", name='meal_photo_known_type'),
    sa.CheckConstraint('length(data) > 0 AND length(data) <= 524288', name='meal_photo_size'),
    sa.ForeignKeyConstraint(['meal_id'], ['meal.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meal_id')
    )
    op.create_table('meal_order',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('meal_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('portions', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('created_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('changed_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('allergies', sa.String(length=200), nullable=True),
    sa.Column('allergens_confirmed', sa.Boolean(), nullable=True),
    sa.Column('collected_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('collected_by_id', sa.Uuid(), nullable=True),
    sa.Column('paid_cents', sa.Integer(), nullable=True),
    sa.Column('payment', sa.String(length=10), nullable=True),
    sa.Column('sale_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint("(status = 'collected') = (collected_at IS NOT NULL AND paid_cents IS NOT NULL)",
                       name='meal_order_collected_when'),
    sa.CheckConstraint("status IN ('ordered', 'waiting', 'cancelled', 'collected', 'not_collected', 'lapsed')",
                       name='known_meal_order_status'),
    sa.CheckConstraint('paid_cents IS NULL OR paid_cents >= 0', name='meal_order_paid_not_negative'),
    sa.CheckConstraint('portions > 0 AND portions <= 200', name='meal_order_portions_positive'),
    sa.ForeignKeyConstraint(['collected_by_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['meal_id'], ['meal.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meal_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meal_order_meal_id'), ['meal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meal_order_member_id'), ['member_id'], unique=False)
        batch_op.create_index('one_live_order_per_member', ['meal_id', 'member_id'], unique=True,
                              sqlite_where=LIVE_ORDER, postgresql_where=LIVE_ORDER)


def downgrade() -> None:
    with op.batch_alter_table('meal_order', schema=None) as batch_op:
        batch_op.drop_index('one_live_order_per_member', sqlite_where=LIVE_ORDER, postgresql_where=LIVE_ORDER)
        batch_op.drop_index(batch_op.f('ix_meal_order_member_id'))
        batch_op.drop_index(batch_op.f('ix_meal_order_meal_id'))

    op.drop_table('meal_order')
    op.drop_table('meal_photo')
    op.drop_table('meal_profile')
    with op.batch_alter_table('meal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meal_pickup_start'))
        batch_op.drop_index(batch_op.f('ix_meal_cook_id'))

    op.drop_table('meal')
