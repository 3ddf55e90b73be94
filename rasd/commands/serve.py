"""``rasd serve``: the dashboard and HTTP API (FastAPI on uvicorn)."""

from __future__ import annotations

import argparse
import os
import sys

from rasd.commands import add_db_option
from rasd.store.urls import display_url


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "serve", help="web dashboard and HTTP API over the store",
        description="Serve the dashboard (map, timeline, incident view) and the JSON API with its "
                    "OpenAPI reference at /api/docs. Read-only unless a token is configured: then "
                    "POST /api/articles with 'Authorization: Bearer TOKEN' ingests articles.")
    add_db_option(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--token", default=None,
                   help="bearer token allowing POST /api/articles (default: $RASD_TOKEN; none: read-only)")
    p.add_argument("--max-body", type=int, default=None, help="largest POST body in bytes (default 4 MiB)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from rasd.web import create_app
        from rasd.web.app import MAX_BODY
    except ImportError as exc:
        print(f"rasd serve: {exc.name} is not installed: pip install 'rasd[web]'", file=sys.stderr)
        return 2
    if not 0 < args.port < 65536:
        print(f"rasd serve: invalid port {args.port}", file=sys.stderr)
        return 2
    token = args.token or os.environ.get("RASD_TOKEN") or None
    try:
        app = create_app(args.db, token=token, max_body=args.max_body or MAX_BODY)
    except Exception as exc:
        print(f"rasd serve: cannot open the store {args.db or '(default)'}: {exc}", file=sys.stderr)
        return 2
    mode = "read-write (token set)" if token else "read-only"
    print(f"rasd serve: {display_url(app.state.store.url)}, {mode}, http://{args.host}:{args.port}/",
          file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
