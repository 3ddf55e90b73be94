"""Entry point for ``spark-submit``: ``spark-submit [options] rasd/batch/submit.py INPUT OUTPUT [--partitions N]``.

The master, executors and their memory come from spark-submit's own options; this
file only runs the job on the session spark-submit configured.
"""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="submit.py", description="rasd batch job on the current Spark session")
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--partitions", type=int, default=None, help="minimum input partitions")
    args = ap.parse_args(argv)
    from rasd.batch.spark import run_spark, session

    stats = run_spark(args.input, args.output, spark=session(None), partitions=args.partitions)
    print(json.dumps(stats), file=sys.stderr)
    return 1 if stats["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
