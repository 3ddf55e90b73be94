"""Print a sample of merged incidents and of unmerged near-pairs, for a hand check of merging.

    .venv/bin/python benchmarks/merge_sample.py [--db URL] [--n 20] [--seed 1]

Merged: incidents with two or more mentions, each mention's outlet, date, place and
evidence. Near-pairs: incidents of one type within 50 km and 3 days that were kept
apart, with the rule that kept them apart (``rasd.store.merge.match``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random

import sqlalchemy as sa

from rasd.store import open_store
from rasd.store.merge import Mention, haversine_km, match
from rasd.store.schema import incidents


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=None)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    with open_store(args.db) as store:
        with store.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(sa.select(incidents))]
        merged = [r for r in rows if r["n_mentions"] > 1]
        print(f"== {len(merged)} merged incidents of {len(rows)}; sample of {min(args.n, len(merged))}")
        for r in rnd.sample(merged, min(args.n, len(merged))):
            inc = store.incident(r["id"])
            print(f"\n#{inc['id']} {inc['type']} {inc['date']} {inc['location']['name_ar']} "
                  f"fatalities {inc['fatalities']} sources {inc['n_sources']}")
            for s in inc["sources"]:
                ev = s["event"]
                print(f"  [{s['article']['outlet']}] {ev['date']} {ev['location'].get('name_ar')} "
                      f"perps={ev['perpetrators']} dist={s['distance_km']} sim={s['similarity']}")
                print(f"     {ev['evidence'][:200]}")
        pairs = []
        by_type: dict[str, list[dict]] = {}
        for r in rows:
            if r["date"]:
                by_type.setdefault(r["type"], []).append(r)
        for items in by_type.values():
            items.sort(key=lambda r: r["date"])
            for i, a in enumerate(items):
                for b in items[i + 1:]:
                    if b["date"] - a["date"] > dt.timedelta(days=3):
                        break
                    near = a["norm_place"] and a["norm_place"] == b["norm_place"]
                    if a["lat"] is not None and b["lat"] is not None:
                        near = near or haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= 50
                    if near:
                        pairs.append((a, b))
        print(f"\n== {len(pairs)} unmerged near-pairs (same type, <= 50 km, <= 3 days); sample")
        for a, b in rnd.sample(pairs, min(args.n, len(pairs))):
            m = Mention(b["type"], b["date"], b["date_to"], b["lat"], b["lon"], b["norm_place"], b["precision"],
                        b["perpetrators"] or [], b["evidence"] or "")
            verdict = match(m, a)
            print(f"\n#{a['id']} vs #{b['id']} {a['type']}: kept apart by '{verdict.reason}' "
                  f"dist={verdict.distance_km}")
            for r in (a, b):
                print(f"  {r['date']} {r['location_name_ar']} perps={r['perpetrators']}: {(r['evidence'] or '')[:160]}")


if __name__ == "__main__":
    main()
