"""Exchange state: the last exchanged copy of each row (for merging packages).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 10:27:42.302386

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
import meihao_desktop.store.types

# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('exchange_state',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('entity_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('seen_version', sa.Integer(), nullable=False),
    sa.Column('seen_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('package', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_state')),
    sa.UniqueConstraint('entity', 'entity_id', name=op.f('uq_exchange_state_entity_entity_id'))
    )


def downgrade() -> None:
    op.drop_table('exchange_state')
