"""Input records to articles, and an article plus its extraction result to one row.

The row is what a partition's extraction writes (``_extract/part-NNNNN.parquet``): the
article's store columns, its events and claims as JSON, or the reason it was refused.
Ids are derived from the article's content hash, so every engine and every rerun gives
the same ids without a database sequence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections.abc import Mapping
from typing import Any

import pyarrow as pa

from rasd.extract.records import all_events, parse_date
from rasd.ingest.readers import Failure, Item, article_from_record, article_or_failure, read_jsonl
from rasd.store.rows import ArticleIn, content_hash

EXTRACT_SCHEMA = pa.schema([
    ("where", pa.string()), ("failure", pa.string()), ("content_hash", pa.string()),
    ("external_id", pa.string()), ("source", pa.string()), ("outlet", pa.string()), ("url", pa.string()),
    ("title", pa.string()), ("published", pa.date32()), ("text", pa.string()),
    ("ingested_at", pa.timestamp("us", tz="UTC")), ("warnings", pa.string()), ("events", pa.string()),
    ("claims", pa.string()),
])


def stable_id(*parts: object) -> int:
    """A positive 62-bit integer id from its parts (SHA-256): stable across engines and runs."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 2


def article_id(digest: str) -> int:
    return stable_id("article", digest)


def event_id(digest: str, ordinal: int) -> int:
    return stable_id("event", digest, ordinal)


def claim_id(digest: str, ordinal: int) -> int:
    return stable_id("claim", digest, ordinal)


def item_from_line(where: str, line: bytes | str, origin: str) -> Item | None:
    """One JSONL line through the ingest reader (same checks and messages); None for a blank line.
    ``origin`` (the job's input) is the article's ``source`` when the record names none."""
    raw = line.encode("utf-8") if isinstance(line, str) else line
    items = list(read_jsonl(origin, io.BytesIO(raw)))
    if not items:
        return None
    item = items[0]
    if isinstance(item, Failure):
        item.where = where  # the reader numbers lines from 1 inside the one-line buffer
    return item


def item_from_record(where: str, rec: Mapping[str, Any], origin: str) -> Item:
    """One Parquet row (a dict) with the fields the JSONL reader accepts."""
    text = rec.get("text") or rec.get("body") or rec.get("content")
    if not isinstance(text, str) or not text.strip():
        return Failure(where, "no 'text' field")
    fields = dict(rec)
    for key in ("published", "date", "crawl_date"):
        if isinstance(fields.get(key), dt.date | dt.datetime):
            fields[key] = fields[key].isoformat()
    return article_or_failure(where, article_from_record(fields, text, origin))


def failure_row(item: Failure) -> dict[str, Any]:
    return {"where": item.where, "failure": item.reason}


def article_row(where: str, art: ArticleIn, result: dict[str, Any], ingested_at: dt.datetime) -> dict[str, Any]:
    published = art.published or parse_date(result.get("published"))
    return {
        "where": where, "failure": None, "content_hash": content_hash(art.text), "external_id": art.external_id,
        "source": art.source, "outlet": art.outlet, "url": art.url, "title": art.title, "published": published,
        "text": art.text, "ingested_at": ingested_at,
        "warnings": json.dumps(result.get("warnings") or [], ensure_ascii=False),
        "events": json.dumps(all_events(result), ensure_ascii=False),
        "claims": json.dumps(result.get("claims") or [], ensure_ascii=False),
    }


def preference(row: Mapping[str, Any]) -> tuple[str, ...]:
    """Which copy of a duplicated text is kept: the earliest, then by its metadata (never by
    input order, which differs between engines and partitionings)."""
    pub = row.get("published")
    return (pub.isoformat() if isinstance(pub, dt.date) else str(pub or "9999"),
            *(str(row.get(k) or "") for k in ("outlet", "url", "external_id", "title", "source", "where")))
