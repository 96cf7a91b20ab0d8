"""activities: weekly or once

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('activity',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=80), nullable=False),
    sa.Column('pictogram', sa.String(length=40), nullable=False),
    sa.Column('location', sa.String(length=80), nullable=False),
    sa.Column('leader_id', sa.Uuid(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('signup_required', sa.Boolean(), nullable=False),
    sa.Column('recurrence', sa.String(length=10), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint("recurrence IN ('weekly', 'once')", name='known_recurrence'),
    sa.CheckConstraint('capacity IS NULL OR capacity > 0', name='capacity_positive'),
    sa.CheckConstraint('duration_minutes > 0', name='duration_positive'),
    sa.CheckConstraint('length(trim(title)) > 0', name='title_not_empty'),
    sa.ForeignKeyConstraint(['leader_id'], ['member.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    op.drop_table('activity')
