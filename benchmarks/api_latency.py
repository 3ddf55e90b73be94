"""API latency (median, p95) for the incident list and GeoJSON under a bounded load on loopback.

    .venv/bin/python benchmarks/api_latency.py [--incidents 100000] [--requests 500] [--clients 4]
                                               [--cap-s 60] [--db PATH]

The store: ``samples/articles.jsonl`` is ingested (real extraction output), then its incident rows
(and their actor links) are replicated with dates shifted by 7-day steps over 7 years and
coordinates by 0.5-degree steps until the store holds ``--incidents`` incidents. The copies are inserted as rows,
not through the merging path (that is measured by ``ingest_throughput.py``): this measures reads.

The server is ``rasd serve`` in its own process; this process is the client: ``--clients``
threads with keep-alive connections send ``--requests`` requests per scenario in all, stopping
early at ``--cap-s`` seconds. Latency is per request, wall time including reading the body.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import replicate_incidents

from rasd.ingest import ingest, read_inputs
from rasd.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = [
    ("incidents, newest 100", "/api/incidents?limit=100"),
    ("incidents, country=Syria, 100", "/api/incidents?country=Syria&limit=100"),
    ("incidents, page at offset 5000", "/api/incidents?limit=100&offset=5000"),
    ("incidents, type + 30 days", "/api/incidents?type=air_drone_strike&since=2030-01-01&until=2030-01-31"),
    ("geojson, 30 days (all types)", "/api/geojson?since=2030-01-01&until=2030-01-31"),
    ("geojson, country=Syria + 1 year", "/api/geojson?country=Syria&since=2030-01-01&until=2030-12-31"),
    ("geojson, 30 days, view=map (the dashboard's)", "/api/geojson?since=2030-01-01&until=2030-01-31&view=map"),
    ("geojson, default (newest 20,000)", "/api/geojson"),
    ("geojson, newest 20,000, view=map", "/api/geojson?view=map"),
]


def build(path: Path, target: int) -> tuple[int, float]:
    t0 = time.perf_counter()
    with open_store(f"sqlite:///{path}") as store:
        ingest(read_inputs([str(ROOT / "samples" / "articles.jsonl")]), store, progress=False)
        n = replicate_incidents(store, target)
    return n, time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("rasd serve exited")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", "/api/stats")
            c.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("rasd serve did not start")


def load(port: int, path: str, n: int, clients: int, cap_s: float) -> tuple[list[float], int, float]:
    """``n`` requests from ``clients`` keep-alive connections, stopping at ``cap_s``; (latencies, bytes, wall)."""
    lat: list[float] = []
    size = [0]
    lock = threading.Lock()
    left = [n]
    t0 = time.perf_counter()

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while True:
            with lock:
                if left[0] <= 0 or time.perf_counter() - t0 > cap_s:
                    break
                left[0] -= 1
            s = time.perf_counter()
            conn.request("GET", path)
            resp = conn.getresponse()
            body = resp.read()
            dt_ms = (time.perf_counter() - s) * 1000
            if resp.status != 200:
                raise SystemExit(f"{path}: HTTP {resp.status}: {body[:200]!r}")
            with lock:
                lat.append(dt_ms)
                size[0] = len(body)
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return lat, size[0], time.perf_counter() - t0


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=500, help="requests per scenario")
    ap.add_argument("--clients", type=int, default=4, help="concurrent keep-alive connections")
    ap.add_argument("--cap-s", type=float, default=60.0, help="time cap per scenario, seconds")
    ap.add_argument("--db", type=Path, default=None, help="reuse (or build) this SQLite file")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "api.db"
    if db.exists():
        with open_store(f"sqlite:///{db}") as s:
            n, built = s.count_incidents(), 0.0
    else:
        n, built = build(db, args.incidents)
    print(f"store: {n:,} incidents ({db}, built in {built:.0f} s)")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli", "serve", "--db", f"sqlite:///{db}",
                             "--port", str(port)], stderr=subprocess.DEVNULL, env=dict(os.environ))
    try:
        wait_up(port, proc)
        print(f"{args.clients} clients, up to {args.requests} requests per scenario, cap {args.cap_s:.0f} s\n")
        print("| scenario | requests | median ms | p95 ms | req/s | body KB |\n|---|---|---|---|---|---|")
        for name, path in SCENARIOS:
            load(port, path, min(10, args.requests), 1, args.cap_s)  # warm-up
            lat, size, wall = load(port, path, args.requests, args.clients, args.cap_s)
            print(f"| {name} | {len(lat)} | {statistics.median(lat):.1f} | {p95(lat):.1f} | "
                  f"{len(lat) / wall:.1f} | {size / 1024:.0f} |", flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
