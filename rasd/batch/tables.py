"""The batch output tables: the store's own columns (``rasd.store.schema``) as Arrow schemas.

Deriving the Parquet schema from the SQLAlchemy tables keeps the batch output and the
store in step: a new store column is a new Parquet column. JSON columns (lists, spans,
locations) are JSON text, which every Parquet reader (and Spark) takes as a string.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa
import sqlalchemy as sa

from rasd.store.schema import articles, claims, events, incident_sources, incidents

TABLES: dict[str, sa.Table] = {"articles": articles, "events": events, "claims": claims,
                               "incidents": incidents, "incident_sources": incident_sources}


def _arrow_type(col: sa.Column) -> pa.DataType:
    t = col.type
    if isinstance(t, sa.JSON):
        return pa.string()
    if isinstance(t, sa.Boolean):
        return pa.bool_()
    if isinstance(t, sa.Integer):
        return pa.int64()
    if isinstance(t, sa.Float):
        return pa.float64()
    if isinstance(t, sa.DateTime):
        return pa.timestamp("us", tz="UTC")
    if isinstance(t, sa.Date):
        return pa.date32()
    return pa.string()


def arrow_schema(name: str) -> pa.Schema:
    table = TABLES[name]
    # Every column nullable: Spark writes Parquet that way, and both engines must agree.
    return pa.schema([pa.field(c.name, _arrow_type(c)) for c in table.columns])


def _cell(col: sa.Column, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(col.type, sa.JSON):
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(col.type, sa.Date) and not isinstance(col.type, sa.DateTime) and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def normalize_row(name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """One row with exactly the table's columns, JSON columns serialised (stable key order)."""
    return {c.name: _cell(c, row.get(c.name)) for c in TABLES[name].columns}


def to_arrow(name: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist([normalize_row(name, r) for r in rows], schema=arrow_schema(name))
