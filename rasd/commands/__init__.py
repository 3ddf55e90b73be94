"""Sub-commands of the ``rasd`` CLI, one module each (see ``rasd.cli``)."""

from __future__ import annotations

import argparse


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """The ``--db`` option every store-backed command takes."""
    parser.add_argument("--db", default=None, help="database URL or SQLite file (default: $RASD_DB or ./rasd.db)")
