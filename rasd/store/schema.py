"""The store's tables (SQLAlchemy Core), shared by SQLite and PostgreSQL.

Lists (actors, weapons, spans) are JSON columns: they are read with their row and
never filtered on; the actor filter goes through ``incident_actors``, which is indexed.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

_FIGURES = ("fatalities", "injuries", "casualties", "displaced")


def _figure_columns(with_best: bool = False, with_vague: bool = False) -> list[sa.Column]:
    cols: list[sa.Column] = []
    for name in _FIGURES:
        cols += [sa.Column(f"{name}_low", sa.Integer), sa.Column(f"{name}_high", sa.Integer)]
        if with_best:
            cols.append(sa.Column(f"{name}_best", sa.Integer))
        if with_vague:
            cols.append(sa.Column(f"{name}_vague", sa.Boolean, nullable=False, default=False))
    return cols


articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("external_id", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("warnings", sa.JSON),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("type", sa.String(64), nullable=False),
    sa.Column("event_type", sa.Text),
    sa.Column("sub_event_type", sa.Text),
    sa.Column("date", sa.Date),
    sa.Column("date_to", sa.Date),
    sa.Column("date_precision", sa.String(16)),
    sa.Column("location", sa.JSON),
    sa.Column("perpetrators", sa.JSON),
    sa.Column("targets", sa.JSON),
    sa.Column("weapons", sa.JSON),
    *_figure_columns(with_vague=True),
    sa.Column("sources", sa.JSON),
    sa.Column("status", sa.String(16)),
    sa.Column("background", sa.Boolean, nullable=False, default=False),
    sa.Column("confidence", sa.Float),
    sa.Column("evidence", sa.Text),
    sa.Column("evidence_spans", sa.JSON),
    sa.Column("spans", sa.JSON),
    sa.UniqueConstraint("article_id", "ordinal", name="uq_events_article_ordinal"),
)

incidents = sa.Table(
    "incidents", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("type", sa.String(64), nullable=False),
    sa.Column("event_type", sa.Text),
    sa.Column("sub_event_type", sa.Text),
    sa.Column("date", sa.Date),
    sa.Column("date_to", sa.Date),
    sa.Column("country", sa.Text, index=True),
    sa.Column("admin1", sa.Text),
    sa.Column("location_name", sa.Text),
    sa.Column("location_name_ar", sa.Text),
    sa.Column("norm_place", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("precision", sa.String(16)),
    sa.Column("gazetteer_id", sa.Text),
    sa.Column("geo_cell", sa.Integer),
    sa.Column("perpetrators", sa.JSON),
    sa.Column("targets", sa.JSON),
    sa.Column("weapons", sa.JSON),
    *_figure_columns(with_best=True),
    sa.Column("n_sources", sa.Integer, nullable=False, default=1),
    sa.Column("n_mentions", sa.Integer, nullable=False, default=1),
    sa.Column("single_source", sa.Boolean, nullable=False, default=True),
    sa.Column("contested", sa.Boolean, nullable=False, default=False),
    sa.Column("confidence", sa.Float),
    sa.Column("evidence", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_incidents_type_cell_date", "type", "geo_cell", "date"),
    sa.Index("ix_incidents_type_place_date", "type", "norm_place", "date"),
    sa.Index("ix_incidents_date", "date"),
    sa.Index("ix_incidents_contested", "contested"),
)

incident_sources = sa.Table(
    "incident_sources", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, unique=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("outlet", sa.Text),
    sa.Column("date", sa.Date),
    sa.Column("status", sa.String(16)),
    *_figure_columns(with_vague=True),
    sa.Column("similarity", sa.Float),
    sa.Column("distance_km", sa.Float),
)

incident_actors = sa.Table(
    "incident_actors", metadata,
    sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("actor", sa.String(200), primary_key=True),
    sa.Column("role", sa.String(16), primary_key=True),  # perpetrator | target
    sa.Index("ix_incident_actors_actor", "actor"),
)

claims = sa.Table(
    "claims", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("source", sa.Text),
    sa.Column("stance", sa.String(16)),
    sa.Column("topic", sa.String(64)),
    sa.Column("about", sa.JSON),
    sa.Column("verb", sa.Text),
    sa.Column("confidence", sa.Float),
    sa.Column("evidence", sa.Text),
    sa.Column("evidence_spans", sa.JSON),
    sa.Column("spans", sa.JSON),
    sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id", ondelete="SET NULL"), index=True),
    sa.UniqueConstraint("article_id", "ordinal", name="uq_claims_article_ordinal"),
)

# Full-text search over normalised title + text: an FTS5 table on SQLite, a table with a
# GIN expression index on PostgreSQL (created by the migration, not by metadata).
article_search = sa.Table(
    "article_search", metadata,
    sa.Column("rowid", sa.Integer, primary_key=True),
    sa.Column("body", sa.Text),
    info={"virtual": True},
)
