"""``rasd ingest``: articles from files, directories, feeds, URLs or stdin into the store."""

from __future__ import annotations

import argparse
import sys

from rasd.commands import add_db_option
from rasd.ingest import ingest, read_inputs
from rasd.ingest.run import Extract, default_extract
from rasd.store import open_store
from rasd.store.urls import display_url


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "ingest", help="extract and store articles (.txt, .jsonl, .html, feeds, directories, URLs, -)",
        description="Extract events and claims from articles and merge them into the incident store. "
                    "Each batch is committed on its own: rerunning after an interruption continues; "
                    "articles already stored (same text) are counted as duplicates.")
    p.add_argument("inputs", nargs="+", metavar="PATH_OR_URL", help="file, directory, feed, http(s) URL or - for stdin")
    add_db_option(p)
    p.add_argument("--batch-size", type=int, default=20, help="articles per transaction (default 20)")
    p.add_argument("--no-extract", action="store_true",
                   help="store the articles without running the extractor (no events or incidents)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.batch_size < 1:
        print("rasd ingest: --batch-size must be at least 1", file=sys.stderr)
        return 2
    try:
        store = open_store(args.db)
    except Exception as exc:
        print(f"rasd ingest: cannot open the store {args.db or '(default)'}: {exc}", file=sys.stderr)
        return 2
    with store:
        extract: Extract = (lambda _art: None) if args.no_extract else default_extract
        summary = ingest(read_inputs(args.inputs), store, batch_size=args.batch_size, progress=not args.quiet,
                         extract=extract)
    print(f"rasd ingest into {display_url(store.url)}:", file=sys.stderr)
    for line in summary.lines():
        print(line, file=sys.stderr)
    return 1 if summary.failed else 0
