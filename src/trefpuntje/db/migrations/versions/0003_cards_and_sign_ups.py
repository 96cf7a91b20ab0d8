"""cards, occurrences, seats, sign-ups, check-ins

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import trefpuntje.db.types

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('card',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('issued_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('printed_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_member_id'), ['member_id'], unique=False)
        batch_op.create_index('one_active_card_per_member', ['member_id'], unique=True, sqlite_where=sa.text('revoked_at IS NULL'), postgresql_where=sa.text('revoked_at IS NULL'))

    op.create_table('occurrence',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.CheckConstraint('capacity IS NULL OR capacity > 0', name='occurrence_capacity_positive'),
    sa.CheckConstraint('ends_at > starts_at', name='ends_after_start'),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('activity_id', 'starts_at', name='one_occurrence_per_start')
    )
    with op.batch_alter_table('occurrence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_occurrence_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_occurrence_starts_at'), ['starts_at'], unique=False)

    op.create_table('checkin',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('occurrence_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=True),
    sa.Column('checked_in_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('walk_in', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['occurrence_id'], ['occurrence.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('occurrence_id', 'member_id', name='one_checkin_per_occurrence')
    )
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checkin_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checkin_occurrence_id'), ['occurrence_id'], unique=False)

    op.create_table('occurrence_seat',
    sa.Column('occurrence_id', sa.Uuid(), nullable=False),
    sa.Column('seat_no', sa.Integer(), nullable=False),
    sa.CheckConstraint('seat_no > 0', name='seat_no_positive'),
    sa.ForeignKeyConstraint(['occurrence_id'], ['occurrence.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('occurrence_id', 'seat_no')
    )
    op.create_table('signup',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('occurrence_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('seat_no', sa.Integer(), nullable=True),
    sa.Column('no_show', sa.Boolean(), nullable=False),
    sa.Column('created_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('changed_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status = 'confirmed' OR seat_no IS NULL", name='only_confirmed_hold_seats'),
    sa.CheckConstraint("status IN ('confirmed', 'waiting', 'cancelled')", name='known_signup_status'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['occurrence_id', 'seat_no'], ['occurrence_seat.occurrence_id', 'occurrence_seat.seat_no'], name='seat_exists'),
    sa.ForeignKeyConstraint(['occurrence_id'], ['occurrence.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('signup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signup_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signup_occurrence_id'), ['occurrence_id'], unique=False)
        batch_op.create_index('one_holder_per_seat', ['occurrence_id', 'seat_no'], unique=True, sqlite_where=sa.text('seat_no IS NOT NULL'), postgresql_where=sa.text('seat_no IS NOT NULL'))
        batch_op.create_index('one_live_signup_per_member', ['occurrence_id', 'member_id'], unique=True, sqlite_where=sa.text("status != 'cancelled'"), postgresql_where=sa.text("status != 'cancelled'"))



def downgrade() -> None:
    with op.batch_alter_table('signup', schema=None) as batch_op:
        batch_op.drop_index('one_live_signup_per_member', sqlite_where=sa.text("status != 'cancelled'"), postgresql_where=sa.text("status != 'cancelled'"))
        batch_op.drop_index('one_holder_per_seat', sqlite_where=sa.text('seat_no IS NOT NULL'), postgresql_where=sa.text('seat_no IS NOT NULL'))
        batch_op.drop_index(batch_op.f('ix_signup_occurrence_id'))
        batch_op.drop_index(batch_op.f('ix_signup_member_id'))

    op.drop_table('signup')
    op.drop_table('occurrence_seat')
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checkin_occurrence_id'))
        batch_op.drop_index(batch_op.f('ix_checkin_member_id'))

    op.drop_table('checkin')
    with op.batch_alter_table('occurrence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_occurrence_starts_at'))
        batch_op.drop_index(batch_op.f('ix_occurrence_activity_id'))

    op.drop_table('occurrence')
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.drop_index('one_active_card_per_member', sqlite_where=sa.text('revoked_at IS NULL'), postgresql_where=sa.text('revoked_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_card_member_id'))

    op.drop_table('card')
