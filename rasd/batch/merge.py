"""Cross-article merging without a database, with the store's own rules.

Mentions are grouped into blocks by (type, country): two mentions of different types
never merge, and the store's 25 km radius rarely crosses a border. Inside a block the
store's incremental algorithm runs in a fixed order — (publication day, article id,
event ordinal) — with the same candidate lookup (type, date window, the 3x3 block of
0.5° cells or the same normalised place), the same ``match`` verdicts and the same
aggregation of an incident from its mentions. The result depends only on the set of
articles, never on how they were partitioned; incident ids are a hash of the first
mention, so every engine and every rerun gives the same ids.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from rasd.batch.records import article_id, claim_id, event_id, stable_id
from rasd.extract.records import parse_date
from rasd.store.figures import FIGURES
from rasd.store.merge import Mention, match, neighbour_cells, similarity
from rasd.store.store import DENIAL_WINDOW, Store, _aggregate, _mention_fields

CANDIDATE_DAYS = dt.timedelta(days=31)  # the store's bounded look-back for candidates
SLACK = dt.timedelta(days=1)

BlockKey = tuple[str, str]


def _published(row: Mapping[str, Any]) -> dt.date | None:
    return parse_date(row.get("published"))


Records = tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], list[tuple[BlockKey, dict[str, Any]]]]
_MERGE_FIELDS = ("type", "event_type", "sub_event_type", "date", "date_to", "location", "perpetrators", "targets",
                 "weapons", "confidence", "evidence", "status", *FIGURES)  # what merging reads of an event


def article_records(row: Mapping[str, Any]) -> Records:
    """The ``articles`` row, ``events`` rows, ``claims`` rows (incident not yet linked) and
    (block key, mention) pairs of one extraction row (events parsed once for all four)."""
    digest = row["content_hash"]
    aid = article_id(digest)
    published = _published(row)
    article = {k: row.get(k) for k in ("content_hash", "external_id", "source", "outlet", "url", "title",
                                       "published", "text", "ingested_at")}
    article.update(id=aid, warnings=json.loads(row.get("warnings") or "[]"))
    evs, found = [], []
    for ordinal, ev in enumerate(json.loads(row.get("events") or "[]")):
        eid = event_id(digest, ordinal)
        evs.append({"id": eid, **Store._event_values(aid, ordinal, ev)})
        if ev.get("background"):
            continue  # stored, never merged (as in the store)
        key = (ev.get("type") or "unknown", (ev.get("location") or {}).get("country") or "")
        found.append((key, {
            "order": ((published.isoformat() if published else "9999-12-31"), aid, ordinal),
            "event": {k: ev.get(k) for k in _MERGE_FIELDS}, "published": published, "article_id": aid,
            "event_id": eid, "ordinal": ordinal, "outlet": row.get("outlet")}))
    cls = []
    for ordinal, cl in enumerate(json.loads(row.get("claims") or "[]")):
        cls.append({"id": claim_id(digest, ordinal), "article_id": aid, "ordinal": ordinal,
                    "source": cl.get("source"), "stance": cl.get("stance"), "topic": cl.get("topic"),
                    "about": cl.get("about") or [], "verb": cl.get("verb"), "confidence": cl.get("confidence"),
                    "evidence": cl.get("evidence"), "evidence_spans": cl.get("evidence_spans") or [],
                    "spans": cl.get("spans") or {}, "incident_id": None, "_published": published})
    return article, evs, cls, found


class _Incident:
    __slots__ = ("id", "seq", "rows", "values")

    def __init__(self, iid: int, seq: int) -> None:
        self.id, self.seq = iid, seq
        self.rows: list[dict[str, Any]] = []
        self.values: dict[str, Any] = {}


def _source_row(mention: Mapping[str, Any], m: Mention) -> dict[str, Any]:
    ev = mention["event"]
    row: dict[str, Any] = {"id": mention["event_id"], "event_id": mention["event_id"],
                           "article_id": mention["article_id"], "outlet": mention["outlet"], "date": m.date,
                           "status": ev.get("status") or "reported",
                           "_type": ev.get("type") or "unknown", "_ordinal": mention["ordinal"]}
    for name in FIGURES:
        fig = ev.get(name) or {}
        row.update({f"{name}_low": fig.get("low"), f"{name}_high": fig.get("high"),
                    f"{name}_vague": bool(fig.get("vague"))})
    return row


def merge_block(block: Iterable[Mapping[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Incidents and incident_sources rows of one block of mentions (any order in)."""
    incidents: list[_Incident] = []
    by_cell: dict[int, set[int]] = defaultdict(set)
    by_place: dict[str, set[int]] = defaultdict(set)
    sources: list[dict[str, Any]] = []

    def index(inc: _Incident, add: bool) -> None:
        cell, place = inc.values.get("geo_cell"), inc.values.get("norm_place")
        for table, key in ((by_cell, cell), (by_place, place)):
            if key is not None:
                (table[key].add if add else table[key].discard)(inc.seq)

    for mention in sorted(block, key=lambda x: x["order"]):
        ev = mention["event"]
        m = Mention.from_event(ev, mention["published"])
        best: tuple[_Incident, Any] | None = None
        if m.mergeable:
            assert m.date is not None
            seqs: set[int] = set()
            if m.lat is not None and m.lon is not None:
                for cell in neighbour_cells(m.lat, m.lon):
                    seqs |= by_cell.get(cell, set())
            if m.place:
                seqs |= by_place.get(m.place, set())
            for seq in sorted(seqs):
                inc = incidents[seq]
                v = inc.values
                if v["date"] is None or v["date_to"] is None:
                    continue
                if not (v["date"] <= (m.date_to or m.date) + SLACK and v["date"] >= m.date - CANDIDATE_DAYS
                        and v["date_to"] >= m.date - SLACK):
                    continue
                verdict = match(m, v)
                if verdict.ok and (best is None or verdict.score > best[1].score):
                    best = (inc, verdict)
        src = _source_row(mention, m)
        row = {**src, **_mention_fields(ev, m)}
        if best is None:
            inc = _Incident(stable_id("incident", mention["event_id"]), len(incidents))
            incidents.append(inc)
            src.update(similarity=None, distance_km=None)
        else:
            inc, verdict = best
            index(inc, add=False)
            src.update(similarity=verdict.similarity, distance_km=verdict.distance_km)
        src["incident_id"] = inc.id
        inc.rows.append(row)
        inc.values, _actors = _aggregate(inc.rows, denied=False)
        index(inc, add=True)
        sources.append(src)
    out = [{**inc.values, "id": inc.id} for inc in incidents]
    return out, sources


def link_claims(claims: list[dict[str, Any]], sources: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Claims of one article linked to the incident of its first event of the claim's topic
    (as the store does); returns the denials left unlinked, for ``choose_denied``."""
    type_to_incident: dict[str, int] = {}
    for src in sorted(sources, key=lambda s: s["_ordinal"]):
        type_to_incident.setdefault(src["_type"], src["incident_id"])
    unlinked = []
    for cl in claims:
        cl["incident_id"] = type_to_incident.get(cl.get("topic") or "")
        if cl["incident_id"] is None and cl.get("stance") == "denies":
            unlinked.append(cl)
    return unlinked


def denial_fits(claim: Mapping[str, Any], inc: Mapping[str, Any]) -> bool:
    """Whether incident ``inc`` is a candidate for a denial with no event of its own:
    same type, dated within the week before the denial's article, naming its perpetrator."""
    published = claim.get("_published")
    if published is None or inc.get("type") != claim.get("topic") or inc.get("date") is None:
        return False
    if not (published - DENIAL_WINDOW <= inc["date"] <= published):
        return False
    about = set(claim.get("about") or [])
    return not about or bool(about & set(inc.get("perpetrators") or []))


def choose_denied(claim: Mapping[str, Any], fits: list[Mapping[str, Any]]) -> int | None:
    """The store's choice among fitting incidents: the only one, else the most similar (>= 0.2)."""
    if len(fits) == 1:
        return fits[0]["id"]
    scored = sorted(((similarity(claim.get("evidence"), f.get("evidence")), f["id"]) for f in fits), reverse=True)
    return scored[0][1] if scored and scored[0][0] >= 0.2 else None
