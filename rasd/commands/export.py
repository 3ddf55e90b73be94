"""``rasd export``: the incidents as ACLED CSV, GeoJSON, JSON lines or Parquet."""

from __future__ import annotations

import argparse
import sys

from rasd.commands.query import add_filter_args, filters_from
from rasd.export import FORMATS, export
from rasd.store import open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("export", help="export incidents (ACLED CSV, GeoJSON, JSONL, Parquet)")
    p.add_argument("--format", choices=FORMATS, default="acled-csv")
    p.add_argument("-o", "--output", default="-", help="output file (default: stdout; parquet needs a file)")
    add_filter_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    binary = args.format == "parquet"
    if binary and args.output == "-":
        print("rasd export: parquet needs an output file (-o FILE)", file=sys.stderr)
        return 2
    with open_store(args.db) as store:
        if args.output == "-":
            n = export(store, args.format, sys.stdout, filters_from(args))
        else:
            with (open(args.output, "wb") if binary else open(args.output, "w", encoding="utf-8", newline="")) as out:
                n = export(store, args.format, out, filters_from(args))
    print(f"rasd export: {n} incident(s) as {args.format}" + (f" to {args.output}" if args.output != "-" else ""),
          file=sys.stderr)
    return 0
