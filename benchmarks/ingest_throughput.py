"""Ingest throughput (articles/s) into SQLite and PostgreSQL for the whole pool.

    .venv/bin/python benchmarks/ingest_throughput.py [--pool PATH] [--limit N]

Reports two figures per backend: end to end (read + extract + store + merge, as
``rasd ingest`` does) and store only (extraction done beforehand), so the store's own
cost is visible apart from the extractor's.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import POOL, pg_server

from rasd.ingest import ingest, read_inputs
from rasd.ingest.run import default_extract
from rasd.store import open_store


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pool", type=Path, default=POOL)
    ap.add_argument("--batch-size", type=int, default=20)
    args = ap.parse_args()
    items = list(read_inputs([str(args.pool)]))
    t0 = time.perf_counter()
    results = {id(a): default_extract(a) for a in items}
    t_extract = time.perf_counter() - t0
    print(f"{len(items)} articles; extraction alone {len(items) / t_extract:.1f} articles/s")
    server = pg_server()
    tmp = Path(tempfile.mkdtemp())
    urls = {"sqlite": f"sqlite:///{tmp / 'bench.db'}"}
    if server:
        urls["postgresql"] = server.create_database("bench")
    try:
        for name, url in urls.items():
            with open_store(url) as store:
                t0 = time.perf_counter()
                summary = ingest(items, store, batch_size=args.batch_size, progress=False,
                                 extract=lambda a: results[id(a)])
                t_store = time.perf_counter() - t0
                stats = store.stats()
            print(f"{name}: store only {summary.stored / t_store:.1f} articles/s "
                  f"({summary.stored} stored, {stats['events']} events, {stats['incidents']} incidents)")
            fresh = url.replace("bench.db", "bench2.db") if name == "sqlite" else server.create_database("bench2")
            with open_store(fresh) as store:
                t0 = time.perf_counter()
                summary = ingest(items, store, batch_size=args.batch_size, progress=False)
                t_all = time.perf_counter() - t0
            print(f"{name}: end to end {summary.stored / t_all:.1f} articles/s ({t_all:.1f} s)")
    finally:
        if server:
            server.stop()


if __name__ == "__main__":
    main()
