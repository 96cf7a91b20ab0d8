"""the giveaway shop and neighbour-made goods: categories (seeded), items, photos, reservations,
hand-outs and the wanted list

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import trefpuntje.db.types

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The shelves a centre starts with (code, pictogram, kiosk position, weekly limit per
# member): clothing goes fastest, so it has a fair-share rule from the start.
CATEGORIES = [
    ("clothing", "clothing", 1, 3),
    ("kitchen", "kitchen", 2, None),
    ("toys", "toys", 3, None),
    ("books", "books", 4, None),
    ("furniture", "furniture", 5, None),
    ("electronics", "electronics", 6, None),
    ("household", "household", 7, None),
    ("other", "other_goods", 8, None),
    ("handmade", "handmade", 9, None),
]


def upgrade() -> None:
    op.create_table('shop_category',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('pictogram', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('weekly_limit', sa.Integer(), nullable=True),
    sa.CheckConstraint('weekly_limit IS NULL OR (weekly_limit > 0 AND weekly_limit <= 99)', name='shop_category_limit_in_range'),
    sa.PrimaryKeyConstraint('code')
    )
    category = sa.table('shop_category', sa.column('code', sa.String), sa.column('pictogram', sa.String),
                        sa.column('position', sa.Integer), sa.column('weekly_limit', sa.Integer))
    op.bulk_insert(category, [dict(zip(('code', 'pictogram', 'position', 'weekly_limit'), row, strict=True))
                              for row in CATEGORIES])
    op.create_table('shop_item',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=60), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('condition', sa.String(length=10), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('on_shelf', sa.Integer(), nullable=False),
    sa.Column('price_cents', sa.Integer(), nullable=False),
    sa.Column('donor_id', sa.Uuid(), nullable=True),
    sa.Column('maker_id', sa.Uuid(), nullable=True),
    sa.Column('commission_percent', sa.Integer(), nullable=True),
    sa.Column('taken_in_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('taken_in_by_id', sa.Uuid(), nullable=True),
    sa.Column('cleared_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('cleared_to', sa.String(length=10), nullable=True),
    sa.Column('cleared_quantity', sa.Integer(), nullable=True),
    sa.Column('cleared_by_id', sa.Uuid(), nullable=True),
    sa.Column('product_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint("(kind = 'handmade') = (maker_id IS NOT NULL AND commission_percent IS NOT NULL)", name='shop_item_handmade_has_maker'),
    sa.CheckConstraint("cleared_to IS NULL OR cleared_to IN ('kringloop', 'recycling')", name='known_cleared_to'),
    sa.CheckConstraint("condition IN ('new', 'good', 'fair')", name='known_shop_item_condition'),
    sa.CheckConstraint("kind = 'donated' OR donor_id IS NULL", name='shop_item_donor_only_when_donated'),
    sa.CheckConstraint("kind IN ('donated', 'handmade')", name='known_shop_item_kind'),
    sa.CheckConstraint('(cleared_at IS NULL) = (cleared_to IS NULL) AND (cleared_at IS NULL OR on_shelf = 0)', name='shop_item_cleared_when'),
    sa.CheckConstraint('commission_percent IS NULL OR (commission_percent >= 0 AND commission_percent <= 100)', name='shop_item_commission_in_range'),
    sa.CheckConstraint('length(trim(title)) > 0', name='shop_item_title_not_empty'),
    sa.CheckConstraint('on_shelf >= 0 AND on_shelf <= quantity', name='shop_item_stock_in_range'),
    sa.CheckConstraint('price_cents >= 0 AND price_cents <= 100000', name='shop_item_price_sensible'),
    sa.CheckConstraint('quantity > 0 AND quantity <= 500', name='shop_item_quantity_in_range'),
    sa.ForeignKeyConstraint(['category'], ['shop_category.code'], ),
    sa.ForeignKeyConstraint(['cleared_by_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['donor_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['maker_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], ),
    sa.ForeignKeyConstraint(['taken_in_by_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    with op.batch_alter_table('shop_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shop_item_donor_id'), ['donor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shop_item_maker_id'), ['maker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shop_item_taken_in_at'), ['taken_in_at'], unique=False)
        batch_op.create_index('shop_item_on_shelf', ['category', 'taken_in_at'], unique=False, sqlite_where=sa.text('on_shelf > 0'), postgresql_where=sa.text('on_shelf > 0'))

    op.create_table('shop_photo',
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=False),
    sa.CheckConstraint('length(data) > 0 AND length(data) <= 524288', name='shop_photo_size'),
    sa.CheckConstraint('length(thumbnail) > 0 AND length(thumbnail) <= 65536', name='shop_thumbnail_size'),
    sa.ForeignKeyConstraint(['item_id'], ['shop_item.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id')
    )
    op.create_table('shop_reservation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('held_until', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('ended_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("(status = 'held') = (ended_at IS NULL)", name='reservation_ended_when'),
    sa.CheckConstraint("status IN ('held', 'collected', 'expired', 'cancelled')", name='known_reservation_status'),
    sa.ForeignKeyConstraint(['item_id'], ['shop_item.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('shop_reservation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shop_reservation_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shop_reservation_member_id'), ['member_id'], unique=False)
        batch_op.create_index('one_held_reservation_per_member', ['item_id', 'member_id'], unique=True, sqlite_where=sa.text("status = 'held'"), postgresql_where=sa.text("status = 'held'"))
        batch_op.create_index('shop_reservation_held_until', ['held_until'], unique=False, sqlite_where=sa.text("status = 'held'"), postgresql_where=sa.text("status = 'held'"))

    op.create_table('shop_wish',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('words', sa.String(length=80), nullable=False),
    sa.Column('created_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('matched_item_id', sa.Uuid(), nullable=True),
    sa.Column('ended_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['category'], ['shop_category.code'], ),
    sa.ForeignKeyConstraint(['matched_item_id'], ['shop_item.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('shop_wish', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shop_wish_member_id'), ['member_id'], unique=False)

    op.create_table('shop_handout',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Uuid(), nullable=True),
    sa.Column('reservation_id', sa.Uuid(), nullable=True),
    sa.Column('override_reason', sa.String(length=200), nullable=True),
    sa.Column('handed_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('done_by_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint('amount_cents > 0 OR sale_id IS NULL', name='shop_handout_free_has_no_sale'),
    sa.CheckConstraint('amount_cents >= 0', name='shop_handout_amount_not_negative'),
    sa.CheckConstraint('override_reason IS NULL OR length(trim(override_reason)) > 0', name='shop_handout_override_says_why'),
    sa.CheckConstraint('quantity > 0 AND quantity <= 500', name='shop_handout_quantity_in_range'),
    sa.ForeignKeyConstraint(['done_by_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['item_id'], ['shop_item.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['reservation_id'], ['shop_reservation.id'], ),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('shop_handout', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shop_handout_handed_at'), ['handed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_shop_handout_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shop_handout_member_id'), ['member_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('shop_handout', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shop_handout_member_id'))
        batch_op.drop_index(batch_op.f('ix_shop_handout_item_id'))
        batch_op.drop_index(batch_op.f('ix_shop_handout_handed_at'))

    op.drop_table('shop_handout')
    with op.batch_alter_table('shop_wish', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shop_wish_member_id'))

    op.drop_table('shop_wish')
    with op.batch_alter_table('shop_reservation', schema=None) as batch_op:
        batch_op.drop_index('shop_reservation_held_until', sqlite_where=sa.text("status = 'held'"), postgresql_where=sa.text("status = 'held'"))
        batch_op.drop_index('one_held_reservation_per_member', sqlite_where=sa.text("status = 'held'"), postgresql_where=sa.text("status = 'held'"))
        batch_op.drop_index(batch_op.f('ix_shop_reservation_member_id'))
        batch_op.drop_index(batch_op.f('ix_shop_reservation_item_id'))

    op.drop_table('shop_reservation')
    op.drop_table('shop_photo')
    with op.batch_alter_table('shop_item', schema=None) as batch_op:
        batch_op.drop_index('shop_item_on_shelf', sqlite_where=sa.text('on_shelf > 0'), postgresql_where=sa.text('on_shelf > 0'))
        batch_op.drop_index(batch_op.f('ix_shop_item_taken_in_at'))
        batch_op.drop_index(batch_op.f('ix_shop_item_maker_id'))
        batch_op.drop_index(batch_op.f('ix_shop_item_donor_id'))

    op.drop_table('shop_item')
    op.drop_table('shop_category')
