"""Shared by the store benchmarks: the pool, a throwaway PostgreSQL server, timing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POOL = Path("/work/shared/corpus/pool.jsonl")


def pg_server():
    """A temporary PostgreSQL server (tests/pg.py), or None when the binaries are absent."""
    sys.path.insert(0, str(ROOT / "tests"))
    import pg  # noqa: PLC0415

    bin_dir = pg.find_bin_dir()
    return pg.PgServer(bin_dir).start() if bin_dir else None


def load_pool(path: Path = POOL) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
