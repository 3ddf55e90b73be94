"""``rasd batch`` throughput: articles/s for ``--engine local`` and Spark ``local[1]``/``local[2]``.

    .venv/bin/python benchmarks/batch_throughput.py [--articles 20000] [--engines local,spark2,spark1]
                                                    [--partitions 16] [--work /tmp/rasd-batch-bench]

The input is the pool repeated to ``--articles`` lines. Copies after the first carry a
copy number on a line of their own, so every line is a distinct article (a distinct
content hash) and the merge stage sees all of them, as it would on a real corpus where
many outlets report the same events. Each engine starts from an empty output folder;
the per-phase seconds come from the job's own timings (``stats["seconds"]``). Results
are printed as a Markdown table and written to WORK/results.json after each engine.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path
from typing import Any

from _common import POOL

from rasd.batch.local import run_local


def make_input(pool: Path, n: int, dest: Path) -> int:
    lines = [line for line in pool.read_text(encoding="utf-8").splitlines() if line.strip()]
    written = 0
    with dest.open("w", encoding="utf-8") as out:
        copy = 0
        while written < n:
            for line in lines:
                if written >= n:
                    break
                rec = json.loads(line)
                if copy:
                    rec["id"] = f"{rec.get('id')}#{copy}"
                    rec["text"] = f"{rec.get('text', '')}\n\n({copy})"
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                written += 1
            copy += 1
    return written


def run_engine(engine: str, src: Path, out: Path, partitions: int, n: int) -> dict[str, Any]:
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    if engine == "local":
        stats = run_local(str(src), str(out), partition_size=max(1, n // partitions))
        startup = 0.0
    else:
        from rasd.batch.spark import run_spark, session

        cores = engine.removeprefix("spark")
        spark = session(f"local[{cores}]", app=f"rasd-bench-{engine}")
        startup = time.perf_counter() - start
        try:
            stats = run_spark(str(src), str(out), spark=spark, partitions=partitions)
        finally:
            spark.stop()
    wall = time.perf_counter() - start
    return {"engine": engine, "input_articles": n, "wall_s": round(wall, 1), "startup_s": round(startup, 1),
            "articles_per_s": round(n / wall, 1), "extract_articles_per_s": round(n / stats["seconds"]["extract"], 1),
            **{k: v for k, v in stats.items() if k != "seconds"}, "seconds": stats["seconds"]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pool", type=Path, default=POOL)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--engines", default="local,spark2,spark1", help="comma list of local, spark1, spark2")
    ap.add_argument("--partitions", type=int, default=16, help="input partitions (local: articles/partition = N/this)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/rasd-batch-bench"))
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    src = args.work / "input.jsonl"
    n = make_input(args.pool, args.articles, src)
    print(f"input: {n} articles ({src}, {src.stat().st_size / 1e6:.1f} MB)", flush=True)
    results = []
    for engine in args.engines.split(","):
        res = run_engine(engine, src, args.work / f"out-{engine}", args.partitions, n)
        results.append(res)
        print(json.dumps(res), flush=True)
        (args.work / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    base = next((r for r in results if r["engine"] == "local"), None)
    print("\n| engine | wall s | articles/s | extraction articles/s | phases (s) | speed-up vs local |")
    print("|---|---|---|---|---|---|")
    for r in results:
        speed = f"{base['wall_s'] / r['wall_s']:.2f}x" if base else ""
        phases = ", ".join(f"{k} {v}" for k, v in r["seconds"].items())
        if r["startup_s"]:
            phases = f"JVM start {r['startup_s']}, " + phases
        print(f"| {r['engine']} | {r['wall_s']} | {r['articles_per_s']} | {r['extract_articles_per_s']} | {phases} | {speed} |")


if __name__ == "__main__":
    main()
