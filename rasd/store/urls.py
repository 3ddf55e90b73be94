"""Database URLs: a default embedded file, bare paths, and the PostgreSQL driver name."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_FILE = "rasd.db"


def resolve_url(url: str | None = None) -> str:
    """``None`` -> ``$RASD_DB`` or ``./rasd.db``; a bare path -> SQLite; ``postgresql://`` -> psycopg 3."""
    url = url or os.environ.get("RASD_DB") or DEFAULT_FILE
    if "://" not in url:
        return "sqlite:///" + str(Path(url).expanduser().resolve())
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def display_url(url: str) -> str:
    """The URL with any password masked, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        if ":" in creds:
            creds = creds.split(":", 1)[0] + ":***"
        return f"{scheme}://{creds}@{host}"
    return url
