"""The input of a batch job: JSONL or Parquet, a file or a folder of part files, local or by URL."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pyarrow.fs as pafs
import pyarrow.parquet as pq

from rasd.batch.extract import filesystem, qualify
from rasd.batch.records import item_from_line, item_from_record
from rasd.ingest.readers import Item

PARQUET_SUFFIXES = (".parquet", ".parq", ".pq")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz")


class InputError(ValueError):
    """The input cannot be read at all (missing, empty folder, unknown format)."""


def input_format(path: str) -> str:
    """``parquet`` or ``jsonl`` from the name (a folder: from the files it holds)."""
    fs, root = filesystem(path)
    info = fs.get_file_info(root)
    if info.type == pafs.FileType.NotFound:
        raise InputError(f"{path}: no such file or directory")
    names = [root] if info.type == pafs.FileType.File else [i.path for i in input_files(path)]
    if not names:
        raise InputError(f"{path}: no .jsonl or .parquet files in this folder")
    if all(n.lower().endswith(PARQUET_SUFFIXES) for n in names):
        return "parquet"
    if all(not n.lower().endswith(PARQUET_SUFFIXES) for n in names):
        return "jsonl"
    raise InputError(f"{path}: mixes Parquet and JSONL files; give one format per job")


def input_files(path: str) -> list[pafs.FileInfo]:
    fs, root = filesystem(path)
    info = fs.get_file_info(root)
    if info.type == pafs.FileType.File:
        return [info]
    found = fs.get_file_info(pafs.FileSelector(root, recursive=True))
    return sorted((i for i in found if i.type == pafs.FileType.File
                   and not i.base_name.startswith(("_", "."))
                   and i.base_name.lower().endswith(PARQUET_SUFFIXES + JSONL_SUFFIXES)), key=lambda i: i.path)


def read_items(path: str) -> Iterator[tuple[str, Item | None]]:
    """(where, article or failure) for every record, in file and line order."""
    fs, _root = filesystem(path)
    fmt = input_format(path)
    origin = qualify(path)
    for info in input_files(path):
        if fmt == "parquet":
            n = 0
            for batch in pq.ParquetFile(info.path, filesystem=fs).iter_batches(batch_size=256):
                for rec in batch.to_pylist():
                    n += 1
                    where = f"{info.path}:row {n}"
                    yield where, item_from_record(where, rec, origin)
            continue
        compression = "gzip" if info.path.endswith(".gz") else None
        with fs.open_input_stream(info.path, compression=compression) as fh:
            for lineno, line in enumerate(fh_lines(fh), 1):
                where = f"{info.path}:{lineno}"
                yield where, item_from_line(where, line, origin)


def fh_lines(fh: Any) -> Iterator[bytes]:
    """Lines of a pyarrow input stream (which has no line iterator of its own)."""
    rest = b""
    while chunk := fh.read(1 << 20):
        parts = (rest + chunk).split(b"\n")
        rest = parts.pop()
        yield from parts
    if rest:
        yield rest


def chunks(items: Iterator[tuple[str, Item | None]], size: int) -> Iterator[list[tuple[str, Item | None]]]:
    while batch := list(itertools.islice(items, size)):
        yield batch
