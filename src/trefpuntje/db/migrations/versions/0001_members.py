"""members, roles, staff PINs, login guard, settings

Revision ID: 0001
Revises: 
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import trefpuntje.db.types

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('login_guard',
    sa.Column('scope', sa.String(length=80), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('lockouts', sa.Integer(), nullable=False),
    sa.Column('locked_until', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('scope')
    )
    op.create_table('member',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('first_name', sa.String(length=60), nullable=False),
    sa.Column('last_name', sa.String(length=80), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('birth_year_band', sa.String(length=20), nullable=True),
    sa.Column('languages', sa.String(length=80), nullable=True),
    sa.Column('consent_photos', sa.Boolean(), nullable=False),
    sa.Column('consent_contact', sa.Boolean(), nullable=False),
    sa.Column('created_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('length(trim(first_name)) > 0', name='first_name_not_empty'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.String(length=2000), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('member_role',
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.CheckConstraint("role IN ('visitor', 'volunteer', 'cook', 'staff', 'coordinator')", name='known_role'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('member_id', 'role')
    )
    op.create_table('staff_pin',
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=False),
    sa.Column('set_at', trefpuntje.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('member_id')
    )


def downgrade() -> None:
    op.drop_table('staff_pin')
    op.drop_table('member_role')
    op.drop_table('setting')
    op.drop_table('member')
    op.drop_table('login_guard')
