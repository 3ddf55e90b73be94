"""The incident store: one interface over an embedded SQLite file or a PostgreSQL server.

Articles are stored once (by content hash) with their events and claims; every event
that is not background joins an existing incident or starts one (incremental merging,
see ``merge``). A batch of articles is one transaction: a crash loses at most the batch
in flight and a rerun skips what was committed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from rasd.extract.records import all_events, parse_date
from rasd.store import migrate
from rasd.store.figures import FIGURES, combine
from rasd.store.filters import IncidentFilter
from rasd.store.merge import (
    Mention,
    geo_cell,
    match,
    neighbour_cells,
    norm_place,
    precision_rank,
    similarity,
)
from rasd.store.rows import (
    ArticleIn,
    IngestOutcome,
    article_dict,
    claim_dict,
    content_hash,
    event_dict,
    incident_dict,
)
from rasd.store.schema import articles, claims, events, incident_actors, incident_sources, incidents
from rasd.store.urls import resolve_url
from rasd.text.normalize import norm

DENIAL_WINDOW = dt.timedelta(days=7)
_UPDATE_INCIDENT = incidents.update().where(incidents.c.id == sa.bindparam("_id"))
COUNT_KEYS = ("day", "month", "type", "country", "actor", "outlet")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _new_id(result: sa.CursorResult[Any]) -> int:
    """The primary key a one-row INSERT gave its row (sqlalchemy types it optional: None only
    for statements that are no single-row INSERT)."""
    key = result.inserted_primary_key
    assert key is not None
    return key[0]


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _create_engine(url: str) -> sa.Engine:
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, json_serializer=_json, connect_args={"timeout": 30})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(url, json_serializer=_json, pool_pre_ping=True)


def _as_result_dict(result: Any) -> dict[str, Any]:
    if result is None:
        return {"events": [], "claims": [], "warnings": []}
    if hasattr(result, "to_dict"):
        return result.to_dict()
    return dict(result)


class Store:
    """Open with ``open_store(url)``; safe to share in one thread, cheap to reopen."""

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.engine = _create_engine(self.url)
        self.dialect = self.engine.dialect.name
        migrate.upgrade(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest

    def has_article(self, text: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(articles.c.id).where(
                articles.c.content_hash == content_hash(text))).first() is not None

    def ingest_article(self, article: ArticleIn | None = None, result: Any = None, **fields: Any) -> IngestOutcome:
        """Store one article (fields of ``ArticleIn`` or an ``ArticleIn``) and its extraction
        result (``ArticleResult`` or its dict); extracts with ``rasd.extract`` when none is given."""
        art = article or ArticleIn(**fields)
        if result is None:
            from rasd.extract.pipeline import extract
            result = extract(art.text, published=art.published, title=art.title)
        return self.ingest_batch([(art, result)])[0]

    def ingest_batch(self, items: Sequence[tuple[ArticleIn, Any]]) -> list[IngestOutcome]:
        """Store several articles in one transaction (all or none)."""
        with self.engine.begin() as conn:
            return [self._ingest_one(conn, art, _as_result_dict(res)) for art, res in items]

    def _ingest_one(self, conn: sa.Connection, art: ArticleIn, result: dict[str, Any]) -> IngestOutcome:
        norm_text = norm(art.text)
        digest = content_hash(art.text, norm_text)
        found = conn.execute(sa.select(articles.c.id).where(articles.c.content_hash == digest)).first()
        if found:
            return IngestOutcome("duplicate", found[0])
        published = art.published
        if published is None and result.get("published"):
            published = parse_date(result["published"])
        article_id = _new_id(conn.execute(articles.insert(), dict(
            content_hash=digest, external_id=art.external_id, source=art.source, outlet=art.outlet,
            url=art.url, title=art.title, published=published, text=art.text, ingested_at=_now(),
            warnings=result.get("warnings") or [])))
        conn.execute(sa.text("INSERT INTO article_search (rowid, body) VALUES (:id, :body)"),
                     {"id": article_id, "body": f"{norm(art.title or '')}\n{norm_text}"})
        outcome = IngestOutcome("stored", article_id)
        type_to_incident: dict[str, int] = {}
        for ordinal, ev in enumerate(all_events(result)):
            event_id = _new_id(conn.execute(events.insert(), self._event_values(article_id, ordinal, ev)))
            outcome.events += 1
            if ev.get("background"):
                continue
            incident_id, joined = self._merge(conn, ev, event_id, article_id, art.outlet, published)
            type_to_incident.setdefault(ev.get("type") or "unknown", incident_id)
            if joined:
                outcome.incidents_joined += 1
            else:
                outcome.incidents_new += 1
        for ordinal, cl in enumerate(result.get("claims") or []):
            about_id = type_to_incident.get(cl.get("topic") or "")
            if about_id is None and cl.get("stance") == "denies" and published:
                about_id = self._find_denied(conn, cl, published)
            conn.execute(claims.insert(), dict(
                article_id=article_id, ordinal=ordinal, source=cl.get("source"), stance=cl.get("stance"),
                topic=cl.get("topic"), about=cl.get("about") or [], verb=cl.get("verb"),
                confidence=cl.get("confidence"), evidence=cl.get("evidence"),
                evidence_spans=cl.get("evidence_spans") or [], spans=cl.get("spans") or {},
                incident_id=about_id))
            if about_id is not None and cl.get("stance") == "denies":
                conn.execute(incidents.update().where(incidents.c.id == about_id).values(contested=True))
        return outcome

    @staticmethod
    def _event_values(article_id: int, ordinal: int, ev: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {
            "article_id": article_id, "ordinal": ordinal, "type": ev.get("type") or "unknown",
            "event_type": ev.get("event_type"), "sub_event_type": ev.get("sub_event_type"),
            "date": parse_date(ev.get("date")), "date_to": parse_date(ev.get("date_to")),
            "date_precision": ev.get("date_precision"), "location": ev.get("location") or {},
            "perpetrators": ev.get("perpetrators") or [], "targets": ev.get("targets") or [],
            "weapons": ev.get("weapons") or [], "sources": ev.get("sources") or [],
            "status": ev.get("status") or "reported", "background": bool(ev.get("background")),
            "confidence": ev.get("confidence"), "evidence": ev.get("evidence") or "",
            "evidence_spans": ev.get("evidence_spans") or [], "spans": ev.get("spans") or {},
        }
        for name in FIGURES:
            fig = ev.get(name) or {}
            values[f"{name}_low"] = fig.get("low")
            values[f"{name}_high"] = fig.get("high")
            values[f"{name}_vague"] = bool(fig.get("vague"))
        return values

    # ------------------------------------------------------------------ merge

    def _candidates(self, conn: sa.Connection, m: Mention) -> list[dict[str, Any]]:
        assert m.date is not None
        t = incidents.c
        near: list[sa.ColumnElement[bool]] = []
        if m.lat is not None and m.lon is not None:
            near.append(t.geo_cell.in_(neighbour_cells(m.lat, m.lon)))
        if m.place:
            near.append(t.norm_place == m.place)
        query = sa.select(incidents).where(
            t.type == m.type,
            t.date <= (m.date_to or m.date) + dt.timedelta(days=1),
            t.date >= m.date - dt.timedelta(days=31),  # bounded index range; ranges are short
            t.date_to >= m.date - dt.timedelta(days=1),
            sa.or_(*near),
        )
        return [dict(r._mapping) for r in conn.execute(query)]

    def _merge(self, conn: sa.Connection, ev: dict[str, Any], event_id: int, article_id: int,
               outlet: str | None, published: dt.date | None) -> tuple[int, bool]:
        m = Mention.from_event(ev, published)
        best: tuple[dict[str, Any], Any] | None = None
        if m.mergeable:
            for inc in self._candidates(conn, m):
                verdict = match(m, inc)
                if verdict.ok and (best is None or verdict.score > best[1].score):
                    best = (inc, verdict)
        source_row: dict[str, Any] = {"event_id": event_id, "article_id": article_id, "outlet": outlet,
                                      "date": m.date, "status": ev.get("status") or "reported"}
        for name in FIGURES:
            fig = ev.get(name) or {}
            source_row.update({f"{name}_low": fig.get("low"), f"{name}_high": fig.get("high"),
                               f"{name}_vague": bool(fig.get("vague"))})
        if best is None:
            mention = {**source_row, **_mention_fields(ev, m)}
            values, actors = _aggregate([mention], denied=False)
            now = _now()
            incident_id = _new_id(conn.execute(incidents.insert(), {**values, "created_at": now, "updated_at": now}))
            conn.execute(incident_sources.insert(), {"incident_id": incident_id, "similarity": None,
                                                     "distance_km": None, **source_row})
            self._write_actors(conn, incident_id, actors)
            if m.date is not None:
                self._adopt_denials(conn, incident_id, m)
            return incident_id, False
        inc, verdict = best
        conn.execute(incident_sources.insert(), {"incident_id": inc["id"], "similarity": verdict.similarity,
                                                 "distance_km": verdict.distance_km, **source_row})
        self._refresh(conn, inc["id"])
        return inc["id"], True

    def _refresh(self, conn: sa.Connection, incident_id: int) -> None:
        """Recompute an incident from all its mentions (a handful of rows)."""
        rows = conn.execute(
            sa.select(incident_sources, events.c.type, events.c.event_type, events.c.sub_event_type,
                      events.c.date_to, events.c.location, events.c.perpetrators, events.c.targets,
                      events.c.weapons, events.c.confidence, events.c.evidence, articles.c.published)
            .join(events, events.c.id == incident_sources.c.event_id)
            .join(articles, articles.c.id == incident_sources.c.article_id)
            .where(incident_sources.c.incident_id == incident_id)
            .order_by(incident_sources.c.id)).all()
        mentions = []
        for r in rows:
            d = dict(r._mapping)
            d["date_to"] = d["date_to"] or d["date"]
            mentions.append(d)
        denied = conn.execute(sa.select(sa.func.count()).select_from(claims).where(
            claims.c.incident_id == incident_id, claims.c.stance == "denies")).scalar_one() > 0
        values, actors = _aggregate(mentions, denied)
        conn.execute(_UPDATE_INCIDENT, {**values, "updated_at": _now(), "_id": incident_id})
        conn.execute(incident_actors.delete().where(incident_actors.c.incident_id == incident_id))
        self._write_actors(conn, incident_id, actors)

    @staticmethod
    def _write_actors(conn: sa.Connection, incident_id: int, actors: set[tuple[str, str]]) -> None:
        if actors:
            conn.execute(incident_actors.insert(), [{"incident_id": incident_id, "actor": a, "role": r}
                                                    for a, r in sorted(actors)])

    def _find_denied(self, conn: sa.Connection, claim: dict[str, Any], published: dt.date) -> int | None:
        """The incident a denial with no event of its own refers to: same type, recent,
        naming its perpetrator; the most similar when several."""
        t = incidents.c
        rows = conn.execute(sa.select(t.id, t.perpetrators, t.evidence).where(
            t.type == claim.get("topic"), t.date <= published, t.date >= published - DENIAL_WINDOW)).all()
        about = set(claim.get("about") or [])
        fits = [r for r in rows if not about or about & set(r.perpetrators or [])]
        if len(fits) == 1:
            return fits[0].id
        scored = sorted(((similarity(claim.get("evidence"), r.evidence), r.id) for r in fits), reverse=True)
        return scored[0][1] if scored and scored[0][0] >= 0.2 else None

    def _adopt_denials(self, conn: sa.Connection, incident_id: int, m: Mention) -> None:
        """A denial stored before the incident it denies: link it now."""
        assert m.date is not None
        rows = conn.execute(
            sa.select(claims.c.id, claims.c.about)
            .join(articles, articles.c.id == claims.c.article_id)
            .where(claims.c.incident_id.is_(None), claims.c.stance == "denies", claims.c.topic == m.type,
                   articles.c.published >= m.date, articles.c.published <= m.date + DENIAL_WINDOW)).all()
        hits = [r.id for r in rows if set(r.about or []) & set(m.perpetrators)]
        if hits:
            conn.execute(claims.update().where(claims.c.id.in_(hits)).values(incident_id=incident_id))
            conn.execute(incidents.update().where(incidents.c.id == incident_id).values(contested=True))

    # ------------------------------------------------------------------ read

    def incidents(self, filters: IncidentFilter | None = None, *, limit: int | None = None, offset: int = 0,
                  **kw: Any) -> list[dict[str, Any]]:
        """Incidents matching the filters (``IncidentFilter`` fields as keywords), newest first."""
        return list(self.iter_incidents(filters, limit=limit, offset=offset, **kw))

    def iter_incidents(self, filters: IncidentFilter | None = None, *, limit: int | None = None,
                       offset: int = 0, **kw: Any) -> Iterator[dict[str, Any]]:
        f = filters or IncidentFilter(**kw)
        query = (sa.select(incidents).where(*f.where())
                 .order_by(incidents.c.date.desc(), incidents.c.id.desc()).offset(offset))
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=2000).execute(query):
                yield incident_dict(row._mapping)

    def count_incidents(self, filters: IncidentFilter | None = None, **kw: Any) -> int:
        f = filters or IncidentFilter(**kw)
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(incidents).where(*f.where())).scalar_one()

    def incident(self, incident_id: int) -> dict[str, Any] | None:
        """One incident with every source's figures and evidence, and the claims about it."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(incidents).where(incidents.c.id == incident_id)).first()
            if row is None:
                return None
            out = incident_dict(row._mapping)
            out["actors"] = [{"actor": a, "role": r} for a, r in conn.execute(
                sa.select(incident_actors.c.actor, incident_actors.c.role)
                .where(incident_actors.c.incident_id == incident_id).order_by(incident_actors.c.role,
                                                                                incident_actors.c.actor))]
            out["sources"] = []
            for src in conn.execute(
                    sa.select(incident_sources.c.id.label("mention_id"), incident_sources.c.similarity,
                              incident_sources.c.distance_km, events, articles.c.title, articles.c.url,
                              articles.c.outlet, articles.c.published, articles.c.external_id, articles.c.text)
                    .join(events, events.c.id == incident_sources.c.event_id)
                    .join(articles, articles.c.id == incident_sources.c.article_id)
                    .where(incident_sources.c.incident_id == incident_id).order_by(incident_sources.c.id)):
                m = src._mapping
                ev = event_dict(m)
                ev["evidence_text"] = [m["text"][s:e] for s, e in (m["evidence_spans"] or [])
                                       if 0 <= s < e <= len(m["text"])]
                out["sources"].append({
                    "article": {"id": m["article_id"], "title": m["title"], "url": m["url"], "outlet": m["outlet"],
                                "published": m["published"].isoformat() if m["published"] else None,
                                "external_id": m["external_id"]},
                    "event": ev, "similarity": m["similarity"], "distance_km": m["distance_km"],
                })
            out["claims"] = [claim_dict(c._mapping) for c in conn.execute(
                sa.select(claims).where(claims.c.incident_id == incident_id).order_by(claims.c.id))]
        return out

    def articles(self, q: str | None = None, *, outlet: str | None = None, since: dt.date | None = None,
                 until: dt.date | None = None, limit: int | None = 100, offset: int = 0,
                 with_text: bool = False) -> list[dict[str, Any]]:
        """Stored articles, newest first; ``q`` searches normalised title and text (all words)."""
        a = articles.c
        query = sa.select(articles)
        if q:
            query = query.where(a.id.in_(self._search(q)))
        if outlet:
            query = query.where(a.outlet == outlet)
        if since:
            query = query.where(a.published >= since)
        if until:
            query = query.where(a.published <= until)
        query = query.order_by(a.published.desc(), a.id.desc()).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [article_dict(r._mapping, with_text) for r in conn.execute(query)]

    def article(self, article_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
            if row is None:
                return None
            out = article_dict(row._mapping, with_text=True)
            out["events"] = [event_dict(r._mapping) for r in conn.execute(
                sa.select(events).where(events.c.article_id == article_id).order_by(events.c.ordinal))]
            out["claims"] = [claim_dict(r._mapping) for r in conn.execute(
                sa.select(claims).where(claims.c.article_id == article_id).order_by(claims.c.ordinal))]
        return out

    def _search(self, q: str) -> sa.Select[Any]:
        words = [w for w in norm(q).replace('"', " ").split() if w]
        if self.dialect == "sqlite":
            expr = " ".join(f'"{w}"' for w in words)
            return sa.select(sa.text("rowid")).select_from(sa.text("article_search")).where(
                sa.text("article_search MATCH :fts").bindparams(fts=expr))
        return sa.select(sa.text("rowid")).select_from(sa.text("article_search")).where(
            sa.text("to_tsvector('simple', body) @@ plainto_tsquery('simple', :fts)").bindparams(fts=" ".join(words)))

    def counts(self, by: str = "day", filters: IncidentFilter | None = None, **kw: Any) -> list[dict[str, Any]]:
        """Incidents and their summed low fatality figures grouped ``by`` day, month, type,
        country, actor or outlet, for dashboards; rows are ``{key, incidents, fatalities}``."""
        if by not in COUNT_KEYS:
            raise ValueError(f"counts(by=...) takes one of {', '.join(COUNT_KEYS)}, not {by!r}")
        f = filters or IncidentFilter(**kw)
        t = incidents.c
        n = sa.func.count(sa.distinct(t.id))
        fat = sa.func.coalesce(sa.func.sum(t.fatalities_low), 0)
        if by in ("day", "month"):
            key: Any = t.date
            query = sa.select(key, sa.func.count(), fat).where(*f.where()).group_by(key).order_by(key)
        elif by == "actor":
            key = incident_actors.c.actor
            query = (sa.select(key, n, fat).join(incident_actors, incident_actors.c.incident_id == t.id)
                     .where(incident_actors.c.role == "perpetrator", *f.where()).group_by(key)
                     .order_by(n.desc(), key))
        elif by == "outlet":
            key = incident_sources.c.outlet
            query = (sa.select(key, n, sa.literal(0)).join(incident_sources, incident_sources.c.incident_id == t.id)
                     .where(*f.where()).group_by(key).order_by(n.desc(), key))
        else:
            key = {"type": t.type, "country": t.country}[by]
            query = sa.select(key, sa.func.count(), fat).where(*f.where()).group_by(key).order_by(sa.func.count().desc(), key)
        with self.engine.connect() as conn:
            rows = [(k, int(c), int(s or 0)) for k, c, s in conn.execute(query)]
        if by == "month":
            merged: dict[str | None, list[int]] = defaultdict(lambda: [0, 0])
            for k, c, s in rows:
                month = k.isoformat()[:7] if k else None
                merged[month][0] += c
                merged[month][1] += s
            return [{"key": k, "incidents": c, "fatalities": s} for k, (c, s) in merged.items()]
        return [{"key": k.isoformat() if isinstance(k, dt.date) else k, "incidents": c, "fatalities": s}
                for k, c, s in rows]

    def stats(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            def n(table: sa.Table, *where: Any) -> int:
                return conn.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one()
            return {"articles": n(articles), "events": n(events), "claims": n(claims), "incidents": n(incidents),
                    "mentions": n(incident_sources), "contested": n(incidents, incidents.c.contested.is_(True))}

    def geojson(self, filters: IncidentFilter | None = None, **kw: Any) -> dict[str, Any]:
        """A GeoJSON FeatureCollection of the incidents that have coordinates."""
        return {"type": "FeatureCollection", "features": list(geojson_features(self.iter_incidents(filters, **kw)))}


def geojson_features(items: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for inc in items:
        loc = inc["location"]
        if loc["lat"] is None or loc["lon"] is None:
            continue
        props = {k: v for k, v in inc.items() if k not in ("location",)}
        props.update({"place": loc["name"] or loc["name_ar"], "place_ar": loc["name_ar"], "country": loc["country"],
                      "admin1": loc["admin1"], "precision": loc["precision"]})
        yield {"type": "Feature", "id": inc["id"],
               "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}, "properties": props}


def _mention_fields(ev: dict[str, Any], m: Mention) -> dict[str, Any]:
    return {"type": ev.get("type") or "unknown", "event_type": ev.get("event_type"),
            "sub_event_type": ev.get("sub_event_type"), "date_to": m.date_to, "location": ev.get("location") or {},
            "perpetrators": ev.get("perpetrators") or [], "targets": ev.get("targets") or [],
            "weapons": ev.get("weapons") or [], "confidence": ev.get("confidence"),
            "evidence": ev.get("evidence") or ""}


def _union(lists: Iterable[Iterable[str]]) -> list[str]:
    out: list[str] = []
    for items in lists:
        for x in items or []:
            if x not in out:
                out.append(x)
    return out


def _aggregate(mentions: list[dict[str, Any]], denied: bool) -> tuple[dict[str, Any], set[tuple[str, str]]]:
    """Incident columns and actor links from its mentions (oldest first)."""
    first = mentions[0]
    place_src = min(mentions, key=lambda r: precision_rank((r["location"] or {}).get("precision")))
    loc = place_src["location"] or {}
    dates = [r["date"] for r in mentions if r["date"]]
    ends = [r["date_to"] or r["date"] for r in mentions if r["date_to"] or r["date"]]
    perps = _union(r["perpetrators"] for r in mentions)
    targets = _union(r["targets"] for r in mentions)
    outlets = {r["outlet"] or f"article:{r['article_id']}" for r in mentions}
    values: dict[str, Any] = {
        "type": first["type"], "event_type": first["event_type"], "sub_event_type": first["sub_event_type"],
        "date": min(dates) if dates else None, "date_to": max(ends) if ends else None,
        "country": loc.get("country"), "admin1": loc.get("admin1"), "location_name": loc.get("name"),
        "location_name_ar": loc.get("name_ar"), "norm_place": norm_place(loc.get("name_ar") or loc.get("name")),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "precision": loc.get("precision"),
        "gazetteer_id": loc.get("gazetteer_id"), "geo_cell": geo_cell(loc.get("lat"), loc.get("lon")),
        "perpetrators": perps, "targets": targets, "weapons": _union(r["weapons"] for r in mentions),
        "n_sources": len(outlets), "n_mentions": len(mentions), "single_source": len(outlets) == 1,
        "contested": denied or any(r["status"] in ("contested", "denied") for r in mentions),
        "confidence": max((r["confidence"] or 0.0) for r in mentions), "evidence": first["evidence"],
    }
    for name in FIGURES:
        fig = combine(name, mentions)
        for k in ("low", "high", "best"):
            values[f"{name}_{k}"] = fig[k]
    actors = {(a, "perpetrator") for a in perps} | {(a, "target") for a in targets}
    return values, actors


def open_store(url: str | None = None) -> Store:
    """The store at ``url`` (SQLite or PostgreSQL URL, or a file path); default ``$RASD_DB`` or
    ``./rasd.db``. The schema is created or upgraded on open."""
    return Store(url)


__all__ = ["ArticleIn", "IncidentFilter", "IngestOutcome", "Store", "geojson_features", "open_store"]
