"""Extraction throughput on one core, and its cost over a bare normalise+tokenise pass.

    python benchmarks/throughput.py [POOL.jsonl] [--limit N] [--repeat R]

Runs in this one process (one core) and counts its CPU time (time.process_time); other work
on a shared machine still slows each pass, so the bare and full passes alternate and the best of
R runs of each is kept, after a first full pass that fills the per-word memos (timed apart: a
short run sees that rate). Prints articles/s and characters/s for both, their ratio, and the rate
scaled to 1,600-character articles (a typical wire report; the pool's average is 2,847). Reads
../shared/corpus/pool.jsonl by default. ``benchmarks/instructions.py`` counts machine
instructions per article instead, a cost the load of a shared machine does not change.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rasd.extract.pipeline import Extractor, freeze_resources
from rasd.text import normalize, tokenize

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pool.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pool", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not Path(args.pool).exists():
        print(f"no corpus at {args.pool}", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in open(args.pool, encoding="utf-8") if line.strip()]
    if args.limit:
        rows = rows[: args.limit]
    chars = sum(len(r["text"]) for r in rows)
    t0 = time.perf_counter()
    ex = Extractor()
    load_s = time.perf_counter() - t0
    freeze_resources()  # as the CLI and batch runners do

    def bare() -> None:
        for r in rows:
            tokenize(normalize(r["text"]))

    def full() -> None:
        for r in rows:
            ex.extract(r["text"], published=r.get("crawl_date"))

    # the first pass fills the per-word memos (a word's stems, forms and lexicon entries are
    # worked out once per process): it is timed apart, as what a short run sees
    t = time.process_time()
    full()
    first = time.process_time() - t
    # the two passes alternate, so a busy machine slows both alike and the ratio stays fair
    times: dict[str, list[float]] = {"bare": [], "full": []}
    for _ in range(max(1, args.repeat)):
        for name, fn in (("bare", bare), ("full", full)):
            t = time.process_time()
            fn()
            times[name].append(time.process_time() - t)
    best = {name: min(ts) for name, ts in times.items()}
    n = len(rows)
    print(f"articles: {n} (mean {chars / n:.0f} chars), resources loaded in {load_s:.2f} s")
    for name in ("bare", "full"):
        label = "bare normalise+tokenise" if name == "bare" else "full extraction"
        rate = chars / best[name]
        print(f"{label:24s} {n / best[name]:6.0f} articles/s, {rate / 1000:6.0f} k chars/s on one core"
              f" ({rate / 1600:.0f} articles/s at 1,600 chars)")
    print(f"{'first pass, memos empty':24s} {n / first:6.0f} articles/s (once: the memos fill as a run reads new words)")
    print(f"full / bare time ratio:  {best['full'] / best['bare']:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
