"""Extraction of one input partition, written once to ``OUTPUT/_extract/part-NNNNN.parquet``.

The extractor (lexicons, gazetteer) is built once per process and reused by every
partition that process runs. A partition whose file exists is skipped, so a job killed
half-way resumes where it stopped; files are written under a temporary name and renamed,
so a half-written file is never taken for a finished one. Paths may be local or any
filesystem ``pyarrow.fs`` opens by URL (``hdfs://``, ``s3://``, ``gs://``, ``file://``).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from rasd.batch.records import EXTRACT_SCHEMA, article_row, failure_row
from rasd.ingest.readers import Failure, Item

EXTRACT_DIR = "_extract"


@functools.lru_cache(maxsize=1)
def extractor() -> Any:
    """One ``Extractor`` per process (a Spark Python worker is reused across its tasks)."""
    from rasd.extract.pipeline import Extractor, freeze_resources

    built = Extractor()
    freeze_resources()
    return built


def filesystem(url: str) -> tuple[pafs.FileSystem, str]:
    """The pyarrow filesystem and path of a local path or URL (Hadoop's s3a:// is pyarrow's s3://)."""
    if "://" in url:
        scheme, rest = url.split("://", 1)
        return pafs.FileSystem.from_uri(("s3" if scheme in ("s3a", "s3n") else scheme) + "://" + rest)
    return pafs.LocalFileSystem(), os.path.abspath(url)


def qualify(path: str) -> str:
    """A local path as a ``file://`` URL (what Spark and the manifest need); URLs unchanged."""
    return path if "://" in path else "file://" + os.path.abspath(path)


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def extract_items(items: Iterable[tuple[str, Item | None]], now: dt.datetime | None = None) -> Iterator[dict[str, Any]]:
    """Extraction rows for (where, article or failure) pairs; blank inputs (None) are dropped."""
    ingested_at = now or dt.datetime.now(dt.UTC)
    ex = None
    for where, item in items:
        if item is None:
            continue
        if isinstance(item, Failure):
            yield failure_row(item)
            continue
        ex = ex or extractor()
        result = ex.extract(item.text, published=item.published, title=item.title).to_dict()
        yield article_row(where, item, result, ingested_at)


def run_partition(output: str, index: int, items: Iterable[tuple[str, Item | None]]) -> tuple[int, int, bool]:
    """Extract one partition into its file unless that file exists.
    Returns (articles, failures, skipped)."""
    fs, root = filesystem(output)
    folder = f"{root}/{EXTRACT_DIR}"
    final = f"{folder}/{part_name(index)}"
    if fs.get_file_info(final).type != pafs.FileType.NotFound:
        return 0, 0, True
    fs.create_dir(folder, recursive=True)
    rows = list(extract_items(items))
    tmp = f"{folder}/.{part_name(index)}.{uuid.uuid4().hex}.tmp"
    with fs.open_output_stream(tmp) as out:
        pq.write_table(pa.Table.from_pylist(rows, schema=EXTRACT_SCHEMA), out)
    fs.move(tmp, final)
    failures = sum(1 for r in rows if r.get("failure"))
    return len(rows) - failures, failures, False


def extracted_parts(output: str) -> list[str]:
    """Every finished partition file (temporary files are hidden by their leading dot)."""
    fs, root = filesystem(output)
    selector = pafs.FileSelector(f"{root}/{EXTRACT_DIR}", allow_not_found=True)
    return sorted(i.path for i in fs.get_file_info(selector)
                  if i.type == pafs.FileType.File and i.base_name.startswith("part-"))


def read_part(output: str, path: str) -> list[dict[str, Any]]:
    fs, _root = filesystem(output)
    return pq.read_table(path, filesystem=fs).to_pylist()


def read_extracted(output: str) -> pa.Table:
    fs, _root = filesystem(output)
    paths = extracted_parts(output)
    if not paths:
        return EXTRACT_SCHEMA.empty_table()
    return pa.concat_tables([pq.read_table(p, filesystem=fs) for p in paths])
