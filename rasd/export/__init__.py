"""Incident exports: ACLED CSV, GeoJSON, JSON lines, Parquet."""

from rasd.export.acled import COLUMNS as ACLED_COLUMNS
from rasd.export.acled import acled_row
from rasd.export.writers import FORMATS, export

__all__ = ["ACLED_COLUMNS", "FORMATS", "acled_row", "export"]
