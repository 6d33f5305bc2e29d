"""accepted keys bound to a juror

A key the chair accepts now counts for exactly one juror, kept in ``juror_id``. Decisions
recorded before (revision m0001) name no juror and cannot be bound safely after the fact: the
files a key signed may claim several jurors, which is the very forgery this closes. They are
kept, with ``juror_id`` empty, so the record of the decision is not lost, but they count for
nobody: the merge store lists them as keys to accept again for their juror, and accepting one
for a juror fills the column in.

Revision ID: m0002
Revises: m0001
Create Date: 2026-12-04 05:38:37.556834
"""

from alembic import op
import sqlalchemy as sa


revision = 'm0002'
down_revision = 'm0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('merge_decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('juror_id', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('merge_decisions', schema=None) as batch_op:
        batch_op.drop_column('juror_id')
