"""Machine instructions per article of a warm extraction pass: a cost that other work on a
shared machine does not change (CPU-time figures there vary by 15 % and more).

    python benchmarks/instructions.py [POOL.jsonl] [--limit 100]

Needs valgrind (Debian: ``apt-get install valgrind``). Runs this file twice under cachegrind,
with one and with two extraction passes over the same articles after loading the resources,
and prints the difference per article: loading and the first pass's cache filling cancel out.
Compare two versions of the code by running this in each checkout.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pool.jsonl"


def _passes(pool: str, limit: int, passes: int) -> None:
    from rasd.extract.pipeline import Extractor, freeze_resources  # noqa: PLC0415

    rows = [json.loads(line) for line in open(pool, encoding="utf-8") if line.strip()][:limit]
    ex = Extractor()
    freeze_resources()
    for _ in range(passes):
        for r in rows:
            ex.extract(r["text"], published=r.get("crawl_date"))


def _count(pool: str, limit: int, passes: int) -> int:
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
           sys.executable, __file__, pool, "--limit", str(limit), "--passes", str(passes)]
    err = subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
    found = re.search(r"I\s+refs:\s+([\d,]+)", err)
    if not found:
        raise SystemExit(f"no instruction count in valgrind's output:\n{err[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pool", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--passes", type=int, default=0, help=argparse.SUPPRESS)  # set for the runs under valgrind
    args = ap.parse_args()
    if args.passes:
        _passes(args.pool, args.limit, args.passes)
        return 0
    if not Path(args.pool).exists():
        print(f"no corpus at {args.pool}", file=sys.stderr)
        return 1
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    one, two = _count(args.pool, args.limit, 1), _count(args.pool, args.limit, 2)
    print(f"{(two - one) / args.limit / 1e6:.1f} M instructions per article "
          f"(warm pass over the first {args.limit} articles of {args.pool})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
