"""Draw a random sample of merged incidents and of unmerged pairs, for a hand check of merging.

    .venv/bin/python benchmarks/merge_sample.py --db /tmp/pool_check.db --seed 4 [--json FILE]
        [--n 40] [--n-close 40] [--n-country 20] [--n-similar 20]

Merged: incidents whose mentions come from two or more different articles; every
mention is printed with its article, date, place and evidence, so a reader can label
which mentions are the same real-world incident.

Near-pairs: two incidents kept apart although a merger could plausibly have joined
them: same type, from disjoint sets of articles, dates within 2 days, and places within
50 km or the same normalised name (stratum "close"), or, when either lacks coordinates
or is located only to a province or country, the same country (stratum "country").
Each pair is printed with the rule of ``rasd.store.merge.match`` that now keeps it apart
("ok" when the incidents changed after the mention arrived).

Similar pairs (stratum "similar", targeted): two incidents of one type within 2 days,
from disjoint articles, whose evidence is nearly the same text (character-trigram
cosine of any two of their first five mentions >= 0.8), wherever they were placed: the
misses that place or date extraction errors cause, which the near strata cannot see.

The merged sample is drawn first, then the strata in this order, all from one
``random.Random(seed)``. ``--json`` writes the sample as data for a judging sheet
(keep it outside the repository: it holds article text). Results: docs/merge_check.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

from rasd.store import open_store
from rasd.store.merge import COARSE, Mention, haversine_km, match, similarity
from rasd.store.schema import articles, events, incident_sources, incidents

NEAR_KM = 50.0
NEAR_DAYS = 2
SIMILAR = 0.8


def _articles_by_incident(conn: sa.Connection) -> dict[int, set[int]]:
    out: dict[int, set[int]] = defaultdict(set)
    for inc_id, art_id in conn.execute(sa.select(incident_sources.c.incident_id, incident_sources.c.article_id)):
        out[inc_id].add(art_id)
    return out


def _near(a: dict[str, Any], b: dict[str, Any]) -> tuple[bool, float | None]:
    dist = None
    if a["lat"] is not None and b["lat"] is not None:
        dist = haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])
    if a["norm_place"] and a["norm_place"] == b["norm_place"]:
        return True, dist
    if dist is not None and dist <= NEAR_KM:
        return True, dist
    vague = dist is None or a["precision"] in COARSE or b["precision"] in COARSE
    return bool(vague and a["country"] and a["country"] == b["country"]), dist


def stratum(a: dict[str, Any], b: dict[str, Any], dist: float | None) -> str:
    """'close' (same name or <= 50 km) or 'country' (same country, one side vaguely located)."""
    same_name = bool(a["norm_place"]) and a["norm_place"] == b["norm_place"]
    return "close" if same_name or (dist is not None and dist <= NEAR_KM) else "country"


def _candidate_pairs(rows: list[dict[str, Any]], arts: dict[int, set[int]]) -> Iterator[tuple[dict, dict]]:
    """Incident pairs of one type within NEAR_DAYS from disjoint article sets."""
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r["date"]:
            by_type[r["type"]].append(r)
    for items in by_type.values():
        items.sort(key=lambda r: (r["date"], r["id"]))
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                if b["date"] - (a["date_to"] or a["date"]) > dt.timedelta(days=NEAR_DAYS):
                    break
                if not arts[a["id"]] & arts[b["id"]]:  # one article's own events: no merge question
                    yield a, b


def near_pairs(rows: list[dict[str, Any]], arts: dict[int, set[int]]) -> list[tuple[dict, dict, float | None]]:
    """Unmerged incident pairs that a merger could plausibly have joined (see module doc)."""
    pairs = []
    for a, b in _candidate_pairs(rows, arts):
        ok, dist = _near(a, b)
        if ok:
            pairs.append((a, b, dist))
    return pairs


def _evidence_by_incident(conn: sa.Connection) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    query = (sa.select(incident_sources.c.incident_id, events.c.evidence)
             .join(events, events.c.id == incident_sources.c.event_id).order_by(incident_sources.c.id))
    for inc_id, evidence in conn.execute(query):
        out[inc_id].append(evidence or "")
    return out


def similar_pairs(rows: list[dict[str, Any]], arts: dict[int, set[int]], evidence: dict[int, list[str]],
                  min_sim: float = SIMILAR) -> list[tuple[dict, dict, float | None]]:
    """Unmerged incident pairs of one type within NEAR_DAYS whose evidence is nearly the same text."""
    pairs = []
    for a, b in _candidate_pairs(rows, arts):
        sim = max(similarity(x, y) for x in evidence[a["id"]][:5] for y in evidence[b["id"]][:5])
        if sim >= min_sim:
            dist = None
            if a["lat"] is not None and b["lat"] is not None:
                dist = haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])
            pairs.append((a, b, dist))
    return pairs


def _sources(store: Any, inc_id: int) -> list[dict[str, Any]]:
    inc = store.incident(inc_id)
    out = []
    for s in inc["sources"]:
        ev = s["event"]
        loc = ev.get("location") or {}
        out.append({"article": s["article"]["id"], "outlet": s["article"]["outlet"], "title": s["article"]["title"],
                    "published": s["article"]["published"], "date": ev.get("date"), "place": loc.get("name_ar"),
                    "precision": loc.get("precision"), "perpetrators": ev.get("perpetrators"),
                    "fatalities": ev.get("fatalities"), "distance_km": s["distance_km"],
                    "similarity": s["similarity"], "evidence": ev.get("evidence") or ""})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=None)
    ap.add_argument("--n", type=int, default=40, help="merged incidents to draw")
    ap.add_argument("--n-close", type=int, default=40, help="near-pairs to draw from the 'close' stratum")
    ap.add_argument("--n-country", type=int, default=20, help="near-pairs to draw from the 'country' stratum")
    ap.add_argument("--n-similar", type=int, default=20, help="pairs to draw from the 'similar' stratum")
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--json", default=None, help="also write the sample as JSON to this file")
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    with open_store(args.db) as store:
        with store.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(sa.select(incidents).order_by(incidents.c.id))]
            arts = _articles_by_incident(conn)
            outlets = dict(conn.execute(sa.select(articles.c.id, articles.c.outlet)).all())
            evidence = _evidence_by_incident(conn)
        multi = [r for r in rows if r["n_mentions"] > 1]
        merged = [r for r in rows if len(arts[r["id"]]) > 1]
        n_pairs = sum(len(arts[r["id"]]) * (len(arts[r["id"]]) - 1) // 2 for r in merged)
        pairs = near_pairs(rows, arts)
        strata: dict[str, list[tuple[dict, dict, float | None]]] = {"close": [], "country": []}
        for a, b, dist in pairs:
            strata[stratum(a, b, dist)].append((a, b, dist))
        strata["similar"] = similar_pairs(rows, arts, evidence)
        print(f"== {len(rows)} incidents; {len(multi)} with 2+ mentions; {len(merged)} with mentions from 2+ "
              f"articles ({n_pairs} cross-article article pairs); {len(pairs)} unmerged near-pairs: "
              f"{len(strata['close'])} close (same name or <= {NEAR_KM:g} km), {len(strata['country'])} same country; "
              f"{len(strata['similar'])} similar-text pairs (cosine >= {SIMILAR}, any place)")
        out: dict[str, Any] = {"seed": args.seed, "n_incidents": len(rows), "n_multi": len(multi),
                               "n_merged": len(merged), "n_merged_article_pairs": n_pairs,
                               "n_near_pairs": {k: len(v) for k, v in strata.items()}, "merged": [], "pairs": []}
        sample_m = sorted(rnd.sample(merged, min(args.n, len(merged))), key=lambda r: r["id"])
        print(f"\n== sample of {len(sample_m)} merged incidents (seed {args.seed})")
        for r in sample_m:
            srcs = _sources(store, r["id"])
            out["merged"].append({"id": r["id"], "type": r["type"], "date": str(r["date"]),
                                  "place": r["location_name_ar"], "country": r["country"], "sources": srcs})
            print(f"\n#{r['id']} {r['type']} {r['date']} {r['location_name_ar']} ({r['country']}) "
                  f"articles {len(arts[r['id']])}")
            for s in srcs:
                print(f"  a{s['article']} [{s['outlet']}] pub {s['published']} ev {s['date']} {s['place']} "
                      f"({s['precision']}) perps={s['perpetrators']} dist={s['distance_km']} sim={s['similarity']}")
                print(f"     T: {(s['title'] or '')[:120]}")
                print(f"     E: {s['evidence'][:300]}")
        sizes = (("close", args.n_close), ("country", args.n_country), ("similar", args.n_similar))
        sample_p = [(k, p) for k, n in sizes
                    for p in rnd.sample(strata[k], min(n, len(strata[k])))]
        print(f"\n== sample of {len(sample_p)} unmerged near-pairs (seed {args.seed})")
        for k, (a, b, dist) in sample_p:
            m = Mention(b["type"], b["date"], b["date_to"], b["lat"], b["lon"], b["norm_place"], b["precision"],
                        b["perpetrators"] or [], b["evidence"] or "")
            verdict = match(m, a)
            item = {"a": a["id"], "b": b["id"], "stratum": k, "type": a["type"], "reason": verdict.reason,
                    "distance_km": dist,
                    "similarity": verdict.similarity, "sides": []}
            print(f"\n[{k}] #{a['id']} vs #{b['id']} {a['type']}: kept apart by '{verdict.reason}' "
                  f"dist={None if dist is None else round(dist, 1)} sim={round(verdict.similarity, 3)}")
            for r in (a, b):
                srcs = _sources(store, r["id"])
                item["sides"].append({"id": r["id"], "date": str(r["date"]), "place": r["location_name_ar"],
                                      "precision": r["precision"], "country": r["country"], "sources": srcs})
                print(f"  #{r['id']} {r['date']} {r['location_name_ar']} ({r['precision']}, {r['country']}) "
                      f"perps={r['perpetrators']} outlets={sorted({outlets[x] or '?' for x in arts[r['id']]})}")
                for s in srcs:
                    print(f"     a{s['article']} [{s['outlet']}] pub {s['published']} T: {(s['title'] or '')[:100]}")
                    print(f"        E: {s['evidence'][:260]}")
            out["pairs"].append(item)
        if args.json:
            with open(args.json, "w", encoding="utf-8") as f:
                json.dump(out, f, ensure_ascii=False, indent=1, default=str)


if __name__ == "__main__":
    main()
