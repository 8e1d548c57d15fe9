"""Initial schema: all tables of the first release.

Revision ID: 0001
Revises: 
Create Date: 2026-11-21 10:06:52.717145

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
import meihao_desktop.store.types

# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('entity_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('old', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('new', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_entry_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('campaign',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('standard_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('standard_version', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('district', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('trim_min_scorers', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign'))
    )
    op.create_table('community',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('district', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('street', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('admin_community', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('property_company', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('manager_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('households', sa.Integer(), nullable=True),
    sa.Column('buildings', sa.Integer(), nullable=True),
    sa.Column('year_built', sa.Integer(), nullable=True),
    sa.Column('occupancy_rate', meihao_desktop.store.types.DecimalText(), nullable=True),
    sa.Column('fee_collection_rate', meihao_desktop.store.types.DecimalText(), nullable=True),
    sa.Column('contact_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact_phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('red_property_stars', sa.Integer(), nullable=True),
    sa.Column('cross_appointment', sa.Boolean(), nullable=True),
    sa.Column('joint_party_org', sa.Boolean(), nullable=True),
    sa.Column('demonstration_level', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community'))
    )
    op.create_table('inspector',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspector'))
    )
    op.create_table('entered_score',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('community_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('component_code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', meihao_desktop.store.types.DecimalText(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_entered_score_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_entered_score_community_id_community')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entered_score')),
    sa.UniqueConstraint('campaign_id', 'community_id', 'component_code', name=op.f('uq_entered_score_campaign_id_community_id_component_code'))
    )
    with op.batch_alter_table('entered_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entered_score_community_id'), ['community_id'], unique=False)

    op.create_table('inspection',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('community_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('campaign_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('inspector_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('visit_date', sa.Date(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('signed_at', meihao_desktop.store.types.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_inspection_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_inspection_community_id_community')),
    sa.ForeignKeyConstraint(['inspector_id'], ['inspector.id'], name=op.f('fk_inspection_inspector_id_inspector')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection'))
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_inspector_id'), ['inspector_id'], unique=False)

    op.create_table('recommendation',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('community_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decision', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('bureau_opinion', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('company_opinion', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_recommendation_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_recommendation_community_id_community')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation')),
    sa.UniqueConstraint('campaign_id', 'community_id', name=op.f('uq_recommendation_campaign_id_community_id'))
    )
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_community_id'), ['community_id'], unique=False)

    op.create_table('finding',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('item_code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('points', meihao_desktop.store.types.DecimalText(), nullable=True),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('na', sa.Boolean(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_finding_inspection_id_inspection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finding')),
    sa.UniqueConstraint('inspection_id', 'item_code', name=op.f('uq_finding_inspection_id_item_code'))
    )
    op.create_table('photo',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('item_code', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('original_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('media_type', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('caption', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('taken_at', meihao_desktop.store.types.UTCDateTime(), nullable=True),
    sa.Column('camera', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('gps_lat', sa.Float(), nullable=True),
    sa.Column('gps_lon', sa.Float(), nullable=True),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('deleted_at', meihao_desktop.store.types.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_photo_inspection_id_inspection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_photo'))
    )
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photo_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_sha256'), ['sha256'], unique=False)

    op.create_table('requirement_check',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('requirement_code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_requirement_check_inspection_id_inspection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requirement_check')),
    sa.UniqueConstraint('inspection_id', 'requirement_code', name=op.f('uq_requirement_check_inspection_id_requirement_code'))
    )
    op.create_table('signature',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('recommendation_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('signer_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('signed_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('image_png', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_signature_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_signature_recommendation_id_recommendation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signature'))
    )
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signature_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signature_recommendation_id'), ['recommendation_id'], unique=False)

    op.create_table('rectification',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', meihao_desktop.store.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('community_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('item_code', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('problem', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rectified_at', meihao_desktop.store.types.UTCDateTime(), nullable=True),
    sa.Column('rectified_note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('after_photo_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('verified_at', meihao_desktop.store.types.UTCDateTime(), nullable=True),
    sa.Column('verified_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['after_photo_id'], ['photo.id'], name=op.f('fk_rectification_after_photo_id_photo'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_rectification_community_id_community')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_rectification_inspection_id_inspection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rectification'))
    )
    with op.batch_alter_table('rectification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rectification_after_photo_id'), ['after_photo_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_inspection_id'), ['inspection_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('rectification', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rectification_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_rectification_community_id'))
        batch_op.drop_index(batch_op.f('ix_rectification_after_photo_id'))

    op.drop_table('rectification')
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signature_recommendation_id'))
        batch_op.drop_index(batch_op.f('ix_signature_inspection_id'))

    op.drop_table('signature')
    op.drop_table('requirement_check')
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_photo_sha256'))
        batch_op.drop_index(batch_op.f('ix_photo_inspection_id'))

    op.drop_table('photo')
    op.drop_table('finding')
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_community_id'))

    op.drop_table('recommendation')
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_inspector_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_community_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_campaign_id'))

    op.drop_table('inspection')
    with op.batch_alter_table('entered_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entered_score_community_id'))

    op.drop_table('entered_score')
    op.drop_table('inspector')
    op.drop_table('community')
    op.drop_table('campaign')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_entity')
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
