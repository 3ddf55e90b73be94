"""Posted articles: a size-capped body read, then JSON / JSON lines / plain text / HTML to articles.

Every bad article becomes a ``Failure`` naming it (``request[2]: no 'text' field``); a body that
cannot be read at all (too large, not UTF-8, not JSON, wrong media type) is a clear 4xx."""

from __future__ import annotations

import json
from typing import Any

from fastapi import HTTPException, Request

from rasd.extract.records import parse_date
from rasd.ingest.readers import Failure, article_from_record, article_or_failure, read_bytes
from rasd.store import ArticleIn

Item = ArticleIn | Failure
KINDS = {"application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/jsonlines": "jsonl",
         "text/plain": "txt", "text/html": "html"}
STRING_FIELDS = ("title", "url", "outlet", "source", "id")


async def read_capped(request: Request, limit: int) -> bytes:
    """The body, refusing (413) anything over ``limit`` bytes before or while reading it."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise HTTPException(400, "invalid Content-Length header")
        if int(declared) > limit:
            raise HTTPException(413, f"body too large: {declared} bytes; limit {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body too large: over {limit} bytes")
        chunks.append(chunk)
    data = b"".join(chunks)
    if not data.strip():
        raise HTTPException(400, "empty body: send a JSON article, a list of them, JSON lines or plain text")
    return data


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def parse_articles(data: bytes, ctype: str, max_articles: int) -> list[Item]:
    """Articles (or failures naming them) from a body of type ``ctype``."""
    if ctype == "application/json" or ctype.endswith("+json"):
        items = _from_json(data)
    elif ctype in KINDS:
        items = list(read_bytes("request", data, KINDS[ctype]))
    else:
        raise HTTPException(415, f"unsupported Content-Type {ctype or '(none)'}: use application/json, "
                                 "application/x-ndjson, text/plain or text/html")
    if len(items) > max_articles:
        raise HTTPException(413, f"too many articles in one request: {len(items)}; limit {max_articles}")
    return items


def _from_json(data: bytes) -> list[Item]:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise HTTPException(400, f"body is not UTF-8 (invalid byte at offset {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise HTTPException(400, f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
    if isinstance(doc, dict) and "articles" in doc:
        doc = doc["articles"]
    records = doc if isinstance(doc, list) else [doc]
    if not records:
        raise HTTPException(422, "no articles in the body")
    return [_record(rec, f"request[{i}]") for i, rec in enumerate(records)]


def _record(rec: Any, where: str) -> Item:
    if not isinstance(rec, dict):
        return Failure(where, "an article must be a JSON object with a 'text' field")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return Failure(where, "no 'text' field (a non-empty string)")
    for name in STRING_FIELDS:
        if rec.get(name) is not None and not isinstance(rec[name], str):
            return Failure(where, f"'{name}' must be a string")
    published = rec.get("published")
    if published is not None and (not isinstance(published, str) or parse_date(published) is None):
        return Failure(where, f"'published' is not a date (YYYY-MM-DD): {published!r}")
    return article_or_failure(where, article_from_record(rec, text, where))
