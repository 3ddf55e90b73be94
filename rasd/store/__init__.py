"""The incident store: articles, their events and claims, and incidents merged across sources.

``open_store(url)`` opens (and migrates) an embedded SQLite file or a PostgreSQL database.
"""

from rasd.store.filters import IncidentFilter
from rasd.store.rows import ArticleIn, IngestOutcome, content_hash
from rasd.store.store import Store, geojson_features, open_store
from rasd.store.urls import resolve_url

__all__ = ["ArticleIn", "IncidentFilter", "IngestOutcome", "Store", "content_hash", "geojson_features",
           "open_store", "resolve_url"]
