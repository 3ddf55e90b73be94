"""``rasd batch``: extraction and merging over a whole corpus, in one process or on Spark."""

from __future__ import annotations

import argparse
import sys
import time

from rasd.batch import ENGINES, InputError
from rasd.batch import run as run_batch


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "batch", help="extract and merge a corpus (JSONL/Parquet) into Parquet tables, locally or on Spark",
        description="Read articles as JSONL or Parquet (a file or a folder; local path or Hadoop filesystem "
                    "URL), extract events and claims, merge incidents with the store's rules and write "
                    "OUTPUT/{articles,events,claims,incidents,incident_sources}/ as Parquet. Extraction is "
                    "written per input partition under OUTPUT/_extract/: rerunning an interrupted job "
                    "extracts only the partitions not finished.")
    p.add_argument("input", metavar="INPUT", help="JSONL or Parquet file or folder, local or URL (hdfs://, s3a://)")
    p.add_argument("output", metavar="OUTPUT", help="output folder, local or URL")
    p.add_argument("--engine", choices=ENGINES, default="local", help="local (one process, default) or spark")
    p.add_argument("--master", default=None,
                   help="Spark master URL (local[2], spark://host:7077, yarn); default: spark-submit's")
    p.add_argument("--partitions", type=int, default=None,
                   help="spark: minimum input partitions; local: articles per partition (default 500)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.partitions is not None and args.partitions < 1:
        print("rasd batch: --partitions must be at least 1", file=sys.stderr)
        return 2
    if args.master and args.engine != "spark":
        print("rasd batch: --master needs --engine spark", file=sys.stderr)
        return 2
    start = time.perf_counter()
    try:
        stats = run_batch(args.input, args.output, engine=args.engine, master=args.master,
                          partitions=args.partitions)
    except (InputError, ValueError, RuntimeError, OSError) as exc:
        print(f"rasd batch: {exc}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - start
    print(f"rasd batch ({args.engine}) {args.input} -> {args.output} in {seconds:.1f} s:", file=sys.stderr)
    print(f"  partitions: {stats['partitions']} ({stats['partitions_skipped']} already done)", file=sys.stderr)
    print(f"  articles extracted now: {stats['articles_extracted']}", file=sys.stderr)
    for name in ("articles", "events", "claims", "incidents", "incident_sources"):
        print(f"  {name}: {stats[name]}", file=sys.stderr)
    if stats["failures"]:
        print(f"  failed inputs: {stats['failures']} (see {args.output}/failures.jsonl)", file=sys.stderr)
    return 1 if stats["failures"] else 0
