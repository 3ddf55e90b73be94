"""One article in, the contract's records out.

The ``Extractor`` loads lexicons and the gazetteer once (per process, or per Spark
partition) and is then cheap to call for every article.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from rasd.extract.records import ArticleResult


def parse_date(value: Any) -> dt.date | None:
    """A publication date from a date, datetime or ISO-like string; None when absent or bad."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


class Extractor:
    """Holds the loaded resources; ``extract`` is safe to call many times."""

    def extract(self, text: str, published: Any = None, title: str | None = None) -> ArticleResult:
        return ArticleResult(published=parse_date(published))


@functools.cache
def default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, published: Any = None, title: str | None = None) -> ArticleResult:
    """Events and claims of one article (see ``ArticleResult.to_dict`` for the JSON shape)."""
    return default_extractor().extract(text, published=published, title=title)
