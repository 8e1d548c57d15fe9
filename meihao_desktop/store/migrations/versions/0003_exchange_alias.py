"""Exchange aliases: other laptops' ids of our communities and campaigns.

A local bookkeeping table only: packages do not change, and packages written by
revision 0002 databases still import (the manifest's revision need only be known).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 12:46:55.137331

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
import meihao_desktop.store.types

# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('exchange_alias',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('foreign_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('local_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('seen_version', sa.Integer(), nullable=False),
    sa.Column('seen_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('package', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_alias')),
    sa.UniqueConstraint('entity', 'foreign_id', name=op.f('uq_exchange_alias_entity_foreign_id'))
    )
    with op.batch_alter_table('exchange_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_alias_local_id'), ['local_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('exchange_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_alias_local_id'))

    op.drop_table('exchange_alias')
