"""Rows to plain JSON-ready dicts, and the incoming article record."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rasd.store.figures import FIGURES
from rasd.text.normalize import norm

# a stored row by column name: a dict, or sqlalchemy's ``Row._mapping`` (a RowMapping, whose keys
# may also be column objects, so no Mapping[str, Any])
Row = Mapping[Any, Any]

_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class ArticleIn:
    """One article to store; ``source`` says where it was read (file, URL, dataset)."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None
    outlet: str | None = None
    external_id: str | None = None


@dataclass(slots=True)
class IngestOutcome:
    status: str  # stored | duplicate
    article_id: int
    events: int = 0
    incidents_new: int = 0
    incidents_joined: int = 0


def content_hash(text: str, normalized: str | None = None) -> str:
    """The identity of an article: its normalised text with whitespace collapsed."""
    if normalized is None:
        return _hash_of(text)
    return hashlib.sha256(_SPACE.sub(" ", normalized).strip().encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=256)
def _hash_of(text: str) -> str:
    return content_hash(text, norm(text))


def iso(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def incident_dict(row: Row) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": row["id"],
        "type": row["type"],
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"],
        "date": iso(row["date"]),
        "date_to": iso(row["date_to"]),
        "location": {
            "name": row["location_name"], "name_ar": row["location_name_ar"], "country": row["country"],
            "admin1": row["admin1"], "lat": row["lat"], "lon": row["lon"], "precision": row["precision"],
            "gazetteer_id": row["gazetteer_id"],
        },
        "perpetrators": list(row["perpetrators"] or []),
        "targets": list(row["targets"] or []),
        "weapons": list(row["weapons"] or []),
    }
    for name in FIGURES:
        out[name] = {k: row[f"{name}_{k}"] for k in ("low", "high", "best")}
    out.update({
        "n_sources": row["n_sources"], "n_mentions": row["n_mentions"],
        "single_source": bool(row["single_source"]), "contested": bool(row["contested"]),
        "confidence": row["confidence"], "evidence": row["evidence"],
        "updated_at": iso(row["updated_at"]),
    })
    return out


def article_dict(row: Row, with_text: bool = False) -> dict[str, Any]:
    out = {k: iso(row[k]) for k in ("id", "external_id", "source", "outlet", "url", "title", "published",
                                    "ingested_at", "content_hash")}
    if with_text:
        out["text"] = row["text"]
    return out


def event_dict(row: Row) -> dict[str, Any]:
    out = {k: iso(row[k]) for k in ("id", "article_id", "ordinal", "type", "event_type", "sub_event_type",
                                    "date", "date_to", "date_precision", "location", "perpetrators",
                                    "targets", "weapons", "sources", "status", "background", "confidence",
                                    "evidence", "evidence_spans", "spans")}
    for name in FIGURES:
        out[name] = {"low": row[f"{name}_low"], "high": row[f"{name}_high"], "vague": bool(row[f"{name}_vague"])}
    return out


def claim_dict(row: Row) -> dict[str, Any]:
    return {k: row[k] for k in ("id", "article_id", "ordinal", "source", "stance", "topic", "about", "verb",
                                "confidence", "evidence", "evidence_spans", "spans", "incident_id")}
