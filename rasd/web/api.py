"""The HTTP API under ``/api``: incidents (the CLI's filters, paginated), incident detail with its
sources, figures, claims and evidence, articles, counts, GeoJSON; ``POST /api/articles`` with a token.

Handlers return ``JSONResponse`` directly: the store already gives JSON-ready dicts, and skipping
response-model validation keeps the large GeoJSON and list responses cheap."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from rasd.ingest import ingest
from rasd.store import IncidentFilter, Store
from rasd.store.store import COUNT_KEYS
from rasd.web.auth import require_token
from rasd.web.body import media_type, parse_articles, read_capped
from rasd.web.labels import labels
from rasd.web.mapdata import map_geojson

router = APIRouter(prefix="/api")
_write_lock = threading.Lock()  # merging is incremental: one ingesting request at a time


def store_of(request: Request) -> Store:
    return request.app.state.store


def incident_filter(
    country: Annotated[str | None, Query(description="country name, e.g. Syria", max_length=100)] = None,
    type: Annotated[str | None, Query(description="type id (air_drone_strike) or ACLED (sub-)event type",
                                      max_length=100)] = None,
    since: Annotated[dt.date | None, Query(description="incidents ending on or after this day")] = None,
    until: Annotated[dt.date | None, Query(description="incidents starting on or before this day")] = None,
    actor: Annotated[str | None, Query(description="actor id (perpetrator or target)", max_length=100)] = None,
    place: Annotated[str | None, Query(description="place name, Arabic or English (part matches)",
                                       max_length=100)] = None,
    contested: Annotated[bool | None, Query(description="true: only incidents some source denies")] = None,
    min_sources: Annotated[int | None, Query(ge=1, le=1000, description="at least this many outlets")] = None,
) -> IncidentFilter:
    """The same filters as ``rasd incidents``."""
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")
    return IncidentFilter(country=country or None, type=type or None, since=since, until=until,
                          actor=actor or None, place=place or None, contested=contested,
                          min_sources=min_sources)


Filters = Annotated[IncidentFilter, Depends(incident_filter)]
StoreDep = Annotated[Store, Depends(store_of)]
Limit = Annotated[int, Query(ge=1, le=1000, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]


@router.get("/incidents", summary="Incidents, newest first, filtered and paginated")
def list_incidents(store: StoreDep, f: Filters, limit: Limit = 100, offset: Offset = 0) -> JSONResponse:
    """Returns {total, limit, offset, items}; items are incident records (merged figures low/high/best)."""
    items = store.incidents(f, limit=limit, offset=offset)
    total = store.count_incidents(f)
    return JSONResponse({"total": total, "limit": limit, "offset": offset, "items": items})


@router.get("/incidents/{incident_id}", summary="One incident with its sources, figures, claims and evidence",
            responses={404: {"description": "no such incident"}})
def get_incident(store: StoreDep, incident_id: Annotated[int, Path(ge=1)]) -> JSONResponse:
    inc = store.incident(incident_id)
    if inc is None:
        raise HTTPException(404, f"no incident {incident_id}")
    return JSONResponse(inc)


@router.get("/articles", summary="Stored articles, newest first; q searches title and text")
def list_articles(store: StoreDep, q: Annotated[str | None, Query(max_length=200)] = None,
                  outlet: Annotated[str | None, Query(max_length=200)] = None,
                  since: dt.date | None = None, until: dt.date | None = None,
                  limit: Limit = 100, offset: Offset = 0) -> JSONResponse:
    items = store.articles(q or None, outlet=outlet or None, since=since, until=until, limit=limit, offset=offset)
    return JSONResponse({"limit": limit, "offset": offset, "items": items})


@router.get("/articles/{article_id}", summary="One article with its text, events and claims",
            responses={404: {"description": "no such article"}})
def get_article(store: StoreDep, article_id: Annotated[int, Path(ge=1)]) -> JSONResponse:
    art = store.article(article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id}")
    return JSONResponse(art)


@router.get("/counts/{by}", summary="Incidents and fatalities grouped by day, month, type, country, actor or outlet",
            responses={404: {"description": "unknown grouping"}})
def get_counts(store: StoreDep, f: Filters, by: Annotated[str, Path(description=" | ".join(COUNT_KEYS))]) -> JSONResponse:
    if by not in COUNT_KEYS:
        raise HTTPException(404, f"counts by {by!r}: use one of {', '.join(COUNT_KEYS)}")
    return JSONResponse(store.counts(by=by, filters=f))


@router.get("/geojson", summary="Incidents with coordinates as a GeoJSON FeatureCollection")
def get_geojson(store: StoreDep, f: Filters,
                limit: Annotated[int, Query(ge=1, le=200_000, description="at most this many, newest first")] = 20_000,
                view: Annotated[Literal["full", "map"], Query(
                    description="full: every incident field; map: what the dashboard's map draws "
                                "(a narrow query, no evidence text)")] = "full",
                ) -> JSONResponse:
    doc = map_geojson(store, f, limit) if view == "map" else store.geojson(f, limit=limit)
    return JSONResponse(doc, media_type="application/geo+json")


@router.get("/stats", summary="Row counts of the store")
def get_stats(store: StoreDep, request: Request) -> JSONResponse:
    return JSONResponse({**store.stats(), "writable": bool(request.app.state.token)})


@router.get("/labels", summary="Arabic and English labels for types, stances, figures; actor names")
def get_labels() -> JSONResponse:
    return JSONResponse(labels())


@router.post("/articles", status_code=201, dependencies=[Depends(require_token)],
             summary="Ingest articles (needs the operator's bearer token)",
             responses={200: {"description": "nothing new: every article was already stored"},
                        201: {"description": "articles stored and merged into incidents"},
                        400: {"description": "empty body, not UTF-8, invalid JSON"},
                        401: {"description": "no bearer token"}, 403: {"description": "wrong token or read-only"},
                        413: {"description": "body or article count over the limit"},
                        415: {"description": "unsupported Content-Type"},
                        422: {"description": "no valid article in the body"}})
async def post_articles(request: Request) -> JSONResponse:
    """Body: one JSON article {"text", "title", "published", "url", "outlet", "id"}, a list of them,
    {"articles": [...]}, JSON lines (application/x-ndjson), or one article as text/plain or text/html.
    Extracted, stored and merged as by `rasd ingest`; returns the ingest summary."""
    app = request.app
    data = await read_capped(request, app.state.max_body)
    items = parse_articles(data, media_type(request), app.state.max_articles)
    summary = await run_in_threadpool(_ingest_locked, items, app.state.store)
    body: dict[str, Any] = {k: v for k, v in asdict(summary).items() if k != "failed"}
    body["failed"] = [{"where": f.where, "reason": f.reason} for f in summary.failed]
    if summary.stored == 0 and summary.duplicates == 0:
        return JSONResponse({"detail": "no article could be ingested", **body}, status_code=422)
    return JSONResponse(body, status_code=201 if summary.stored else 200)


def _ingest_locked(items: list[Any], store: Store) -> Any:
    with _write_lock:
        return ingest(items, store, progress=False)
