"""Query latency for the common filters on a store of >= 100,000 incidents.

    .venv/bin/python benchmarks/query_latency.py [--incidents 100000] [--backend sqlite|postgresql|both]

The incidents come from real extraction output on the pool, replicated with dates
shifted by 45-day steps and places by 0.6-degree steps (so copies never merge) and stored
through the normal merging path until ``--merged`` incidents; the rest of the way to
``--incidents`` the rows are copied (``_common.replicate_incidents``: dates by weeks, places
by half degrees), which takes seconds instead of the merge path's ~75 incidents/s here.
Latency is the median of 5 runs.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from _common import load_pool, pg_server, replicate_incidents

from rasd.extract.pipeline import extract
from rasd.store import ArticleIn, open_store


def templates(limit: int) -> list[dict]:
    out = []
    for rec in load_pool()[:limit]:
        res = extract(rec["text"], published=rec.get("crawl_date"), title=rec.get("title")).to_dict()
        evs = [e for e in res["events"] if not e["background"] and e["date"]]
        if evs:
            out.append({"published": rec.get("crawl_date"), "events": evs, "claims": res["claims"]})
    return out


def shifted(tpl: dict, k: int) -> dict:
    res = copy.deepcopy(tpl)
    days = dt.timedelta(days=45 * (k % 60))
    dlat, dlon = 0.6 * ((k // 60) % 12), 0.6 * (k // 720)
    for e in res["events"]:
        e["date"] = (dt.date.fromisoformat(e["date"]) + days).isoformat()
        if e["date_to"]:
            e["date_to"] = (dt.date.fromisoformat(e["date_to"]) + days).isoformat()
        loc = e["location"]
        if loc.get("lat") is not None:
            loc["lat"], loc["lon"] = loc["lat"] + dlat, loc["lon"] + dlon
        if loc.get("name_ar"):
            loc["name_ar"] = f"{loc['name_ar']} {k}"
    return res


def build(url: str, tpls: list[dict], target: int, merged: int) -> float:
    t0 = time.perf_counter()
    with open_store(url) as store:
        k, batch = 0, []
        while store.count_incidents() < min(target, merged):
            for i, tpl in enumerate(tpls):
                batch.append((ArticleIn(text=f"synthetic {k}:{i}", outlet=f"outlet{i % 7}"), shifted(tpl, k)))
            store.ingest_batch(batch)
            batch = []
            k += 1
        through_merge = store.count_incidents()
        n = replicate_incidents(store, target)
    dt_s = time.perf_counter() - t0
    print(f"  built {n} incidents in {dt_s:.0f} s ({through_merge} through merging, the rest copied)")
    return dt_s


def timed(fn) -> float:
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs) * 1000


def measure(url: str) -> None:
    with open_store(url) as s:
        some = s.incidents(limit=1)[0]
        since = dt.date.fromisoformat(some["date"]) - dt.timedelta(days=30)
        cases = {
            "newest 100": lambda: s.incidents(limit=100),
            "--country Syria (first 100)": lambda: s.incidents(country="Syria", limit=100),
            "--country Syria (count)": lambda: s.count_incidents(country="Syria"),
            "--type air_drone_strike --since/--until 30 days": lambda: s.incidents(
                type="air_drone_strike", since=since, until=since + dt.timedelta(days=30)),
            "--actor syria_gov_forces (first 100)": lambda: s.incidents(actor="syria_gov_forces", limit=100),
            "--place (substring, first 100)": lambda: s.incidents(place=some["location"]["name_ar"] or "x", limit=100),
            "--contested": lambda: s.incidents(contested=True, limit=100),
            "show ID": lambda: s.incident(some["id"]),
            "counts(by=day)": lambda: s.counts("day"),
            "counts(by=type)": lambda: s.counts("type"),
            "counts(by=actor)": lambda: s.counts("actor"),
        }
        for name, fn in cases.items():
            print(f"  {name:50s} {timed(fn):8.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--articles", type=int, default=400, help="pool articles extracted for templates")
    ap.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    ap.add_argument("--merged", type=int, default=5_000, help="incidents built through the merge path")
    args = ap.parse_args()
    tpls = templates(args.articles)
    print(f"{len(tpls)} template articles, {sum(len(t['events']) for t in tpls)} events")
    tmp = Path(tempfile.mkdtemp())
    server = pg_server() if args.backend != "sqlite" else None
    try:
        if args.backend in ("sqlite", "both"):
            print("sqlite:")
            url = f"sqlite:///{tmp / 'q.db'}"
            build(url, tpls, args.incidents, args.merged)
            measure(url)
        if server:
            print("postgresql:")
            url = server.create_database("q")
            build(url, tpls, args.incidents, args.merged)
            measure(url)
    finally:
        if server:
            server.stop()


if __name__ == "__main__":
    main()
