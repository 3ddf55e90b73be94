"""Initial schema: articles, events, claims, incidents, incident sources and actors, search.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('external_id', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('content_hash')
    )
    op.create_index(op.f('ix_articles_published'), 'articles', ['published'], unique=False)
    op.create_table('incidents',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('event_type', sa.Text(), nullable=True),
    sa.Column('sub_event_type', sa.Text(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('date_to', sa.Date(), nullable=True),
    sa.Column('country', sa.Text(), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('location_name', sa.Text(), nullable=True),
    sa.Column('location_name_ar', sa.Text(), nullable=True),
    sa.Column('norm_place', sa.Text(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('precision', sa.String(length=16), nullable=True),
    sa.Column('gazetteer_id', sa.Text(), nullable=True),
    sa.Column('geo_cell', sa.Integer(), nullable=True),
    sa.Column('perpetrators', sa.JSON(), nullable=True),
    sa.Column('targets', sa.JSON(), nullable=True),
    sa.Column('weapons', sa.JSON(), nullable=True),
    sa.Column('fatalities_low', sa.Integer(), nullable=True),
    sa.Column('fatalities_high', sa.Integer(), nullable=True),
    sa.Column('fatalities_best', sa.Integer(), nullable=True),
    sa.Column('injuries_low', sa.Integer(), nullable=True),
    sa.Column('injuries_high', sa.Integer(), nullable=True),
    sa.Column('injuries_best', sa.Integer(), nullable=True),
    sa.Column('casualties_low', sa.Integer(), nullable=True),
    sa.Column('casualties_high', sa.Integer(), nullable=True),
    sa.Column('casualties_best', sa.Integer(), nullable=True),
    sa.Column('displaced_low', sa.Integer(), nullable=True),
    sa.Column('displaced_high', sa.Integer(), nullable=True),
    sa.Column('displaced_best', sa.Integer(), nullable=True),
    sa.Column('n_sources', sa.Integer(), nullable=False),
    sa.Column('n_mentions', sa.Integer(), nullable=False),
    sa.Column('single_source', sa.Boolean(), nullable=False),
    sa.Column('contested', sa.Boolean(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_incidents_contested', 'incidents', ['contested'], unique=False)
    op.create_index(op.f('ix_incidents_country'), 'incidents', ['country'], unique=False)
    op.create_index('ix_incidents_date', 'incidents', ['date'], unique=False)
    op.create_index('ix_incidents_type_cell_date', 'incidents', ['type', 'geo_cell', 'date'], unique=False)
    op.create_index('ix_incidents_type_place_date', 'incidents', ['type', 'norm_place', 'date'], unique=False)
    op.create_table('claims',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('stance', sa.String(length=16), nullable=True),
    sa.Column('topic', sa.String(length=64), nullable=True),
    sa.Column('about', sa.JSON(), nullable=True),
    sa.Column('verb', sa.Text(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('evidence_spans', sa.JSON(), nullable=True),
    sa.Column('spans', sa.JSON(), nullable=True),
    sa.Column('incident_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('article_id', 'ordinal', name='uq_claims_article_ordinal')
    )
    op.create_index(op.f('ix_claims_article_id'), 'claims', ['article_id'], unique=False)
    op.create_index(op.f('ix_claims_incident_id'), 'claims', ['incident_id'], unique=False)
    op.create_table('events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('event_type', sa.Text(), nullable=True),
    sa.Column('sub_event_type', sa.Text(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('date_to', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=16), nullable=True),
    sa.Column('location', sa.JSON(), nullable=True),
    sa.Column('perpetrators', sa.JSON(), nullable=True),
    sa.Column('targets', sa.JSON(), nullable=True),
    sa.Column('weapons', sa.JSON(), nullable=True),
    sa.Column('fatalities_low', sa.Integer(), nullable=True),
    sa.Column('fatalities_high', sa.Integer(), nullable=True),
    sa.Column('fatalities_vague', sa.Boolean(), nullable=False),
    sa.Column('injuries_low', sa.Integer(), nullable=True),
    sa.Column('injuries_high', sa.Integer(), nullable=True),
    sa.Column('injuries_vague', sa.Boolean(), nullable=False),
    sa.Column('casualties_low', sa.Integer(), nullable=True),
    sa.Column('casualties_high', sa.Integer(), nullable=True),
    sa.Column('casualties_vague', sa.Boolean(), nullable=False),
    sa.Column('displaced_low', sa.Integer(), nullable=True),
    sa.Column('displaced_high', sa.Integer(), nullable=True),
    sa.Column('displaced_vague', sa.Boolean(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.Column('background', sa.Boolean(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('evidence_spans', sa.JSON(), nullable=True),
    sa.Column('spans', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('article_id', 'ordinal', name='uq_events_article_ordinal')
    )
    op.create_index(op.f('ix_events_article_id'), 'events', ['article_id'], unique=False)
    op.create_table('incident_actors',
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'actor', 'role')
    )
    op.create_index('ix_incident_actors_actor', 'incident_actors', ['actor'], unique=False)
    op.create_table('incident_sources',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.Column('fatalities_low', sa.Integer(), nullable=True),
    sa.Column('fatalities_high', sa.Integer(), nullable=True),
    sa.Column('fatalities_vague', sa.Boolean(), nullable=False),
    sa.Column('injuries_low', sa.Integer(), nullable=True),
    sa.Column('injuries_high', sa.Integer(), nullable=True),
    sa.Column('injuries_vague', sa.Boolean(), nullable=False),
    sa.Column('casualties_low', sa.Integer(), nullable=True),
    sa.Column('casualties_high', sa.Integer(), nullable=True),
    sa.Column('casualties_vague', sa.Boolean(), nullable=False),
    sa.Column('displaced_low', sa.Integer(), nullable=True),
    sa.Column('displaced_high', sa.Integer(), nullable=True),
    sa.Column('displaced_vague', sa.Boolean(), nullable=False),
    sa.Column('similarity', sa.Float(), nullable=True),
    sa.Column('distance_km', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_id')
    )
    op.create_index(op.f('ix_incident_sources_article_id'), 'incident_sources', ['article_id'], unique=False)
    op.create_index(op.f('ix_incident_sources_incident_id'), 'incident_sources', ['incident_id'], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        # unicode61 splits Arabic words on spaces and punctuation; the body is already
        # normalised by rasd.text.norm, so hamza/ta marbuta variants match.
        op.execute("CREATE VIRTUAL TABLE article_search USING fts5(body, tokenize='unicode61')")
    else:
        op.create_table(
            "article_search",
            sa.Column("rowid", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
            sa.Column("body", sa.Text, nullable=False),
        )
        op.execute("CREATE INDEX ix_article_search_body ON article_search USING GIN (to_tsvector('simple', body))")


def downgrade() -> None:
    op.drop_table("article_search")
    for table in ("claims", "incident_actors", "incident_sources", "incidents", "events", "articles"):
        op.drop_table(table)
