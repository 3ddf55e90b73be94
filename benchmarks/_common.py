"""Shared by the store benchmarks: the pool, a throwaway PostgreSQL server, timing."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "corpus" / "pool.jsonl"


def pg_server():
    """A temporary PostgreSQL server (tests/pg.py), or None when the binaries are absent."""
    sys.path.insert(0, str(ROOT / "tests"))
    import pg  # noqa: PLC0415

    bin_dir = pg.find_bin_dir()
    return pg.PgServer(bin_dir).start() if bin_dir else None


def load_pool(path: Path = POOL) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def replicate_incidents(store: Any, target: int) -> int:
    """Copy the store's incident rows and actor links until it holds ``target`` incidents.

    Copies shift dates by 7-day steps over 7 years and places by 0.5-degree steps, and are
    inserted as rows, not merged: builds a large store for read benchmarks in seconds.
    """
    import sqlalchemy as sa  # noqa: PLC0415

    from rasd.store.merge import geo_cell  # noqa: PLC0415
    from rasd.store.schema import incident_actors, incidents  # noqa: PLC0415

    with store.engine.begin() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.select(incidents).order_by(incidents.c.id))]
        links = [dict(r._mapping) for r in conn.execute(sa.select(incident_actors))]
    by_incident: dict[int, list[dict]] = {}
    for link in links:
        by_incident.setdefault(link["incident_id"], []).append(link)
    next_id = max(r["id"] for r in rows) + 1
    total, k = len(rows), 1
    while total < target:
        batch, actor_batch = [], []
        for _ in range(max(1, 5000 // len(rows))):
            shift = dt.timedelta(days=(7 * k) % 2555)  # spread over 7 years
            dlat, dlon = 0.5 * ((k % 7) - 3), 0.5 * (((k // 7) % 7) - 3)
            for r in rows:
                if total >= target:
                    break
                new = dict(r, id=next_id)
                new["date"] = r["date"] + shift if r["date"] else None
                new["date_to"] = r["date_to"] + shift if r["date_to"] else None
                if r["lat"] is not None:
                    new["lat"], new["lon"] = r["lat"] + dlat, r["lon"] + dlon
                    new["geo_cell"] = geo_cell(new["lat"], new["lon"])
                batch.append(new)
                actor_batch += [dict(a, incident_id=next_id) for a in by_incident.get(r["id"], [])]
                next_id += 1
                total += 1
            k += 1
        with store.engine.begin() as conn:
            conn.execute(incidents.insert(), batch)
            if actor_batch:
                conn.execute(incident_actors.insert(), actor_batch)
    return store.count_incidents()
