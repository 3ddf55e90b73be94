"""The ``rasd`` command: one sub-command per module under ``rasd.commands``."""

from __future__ import annotations

import argparse
import importlib
import sys

# Each module exposes ``register(subparsers)`` and sets ``func`` on its parser.
COMMANDS = ("extract", "geocode", "ingest", "query", "export", "serve", "batch")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rasd", description="Arabic conflict reporting to incident data")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"rasd.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"rasd.commands.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("rasd: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
