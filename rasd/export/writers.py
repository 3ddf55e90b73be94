"""Write incidents as ACLED CSV, GeoJSON, JSON lines or Parquet."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import IO, Any

import sqlalchemy as sa

from rasd.export.acled import COLUMNS, acled_row
from rasd.store import IncidentFilter, Store, geojson_features
from rasd.store.schema import incident_sources

FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")
BINARY = {"parquet"}


def outlets_by_incident(store: Store) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    query = sa.select(incident_sources.c.incident_id, incident_sources.c.outlet).distinct()
    with store.engine.connect() as conn:
        for inc_id, outlet in conn.execute(query):
            if outlet:
                out[inc_id].append(outlet)
    for names in out.values():
        names.sort()
    return out


def acled_rows(store: Store, filters: IncidentFilter | None = None) -> Iterator[dict[str, Any]]:
    outlets = outlets_by_incident(store)
    for inc in store.iter_incidents(filters):
        yield acled_row(inc, outlets.get(inc["id"]))


def write_acled_csv(store: Store, out: IO[str], filters: IncidentFilter | None = None) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in acled_rows(store, filters):
        writer.writerow(row)
        n += 1
    return n


def write_geojson(store: Store, out: IO[str], filters: IncidentFilter | None = None) -> int:
    """Streamed FeatureCollection (a 100k-incident export never sits in memory as one dict)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for feature in geojson_features(store.iter_incidents(filters)):
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def write_jsonl(store: Store, out: IO[str], filters: IncidentFilter | None = None) -> int:
    outlets = outlets_by_incident(store)
    n = 0
    for inc in store.iter_incidents(filters):
        inc["outlets"] = outlets.get(inc["id"], [])
        out.write(json.dumps(inc, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_parquet(store: Store, out: IO[bytes], filters: IncidentFilter | None = None) -> int:
    """The ACLED columns, typed, as one Parquet table."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(acled_rows(store, filters))
    ints = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
            "timestamp"}
    floats = {"latitude", "longitude"}
    arrays = {}
    for col in COLUMNS:
        values = [None if r[col] == "" else r[col] for r in rows]
        if col in ints:
            arrays[col] = pa.array([None if v is None else int(v) for v in values], pa.int64())
        elif col in floats:
            arrays[col] = pa.array(values, pa.float64())
        else:
            arrays[col] = pa.array(["" if v is None else str(v) for v in values], pa.string())
    pq.write_table(pa.table(arrays), out)
    return len(rows)


def export(store: Store, fmt: str, out: IO[Any], filters: IncidentFilter | None = None) -> int:
    """Write the incidents in ``fmt`` to ``out`` (text stream, binary for parquet); returns the count."""
    writers: dict[str, Callable[[Store, IO[Any], IncidentFilter | None], int]] = {
        "acled-csv": write_acled_csv, "geojson": write_geojson, "jsonl": write_jsonl, "parquet": write_parquet}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    return writers[fmt](store, out, filters)
