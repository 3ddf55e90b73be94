"""Writing the five output tables and the job's manifest and failure list."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow.fs as pafs
import pyarrow.parquet as pq

from rasd.batch.extract import EXTRACT_DIR, filesystem, part_name
from rasd.batch.tables import to_arrow

MANIFEST = f"{EXTRACT_DIR}/_manifest.json"
FAILURES = "failures.jsonl"


def clear_table(output: str, name: str) -> None:
    fs, root = filesystem(output)
    fs.create_dir(f"{root}/{name}", recursive=True)
    fs.delete_dir_contents(f"{root}/{name}", missing_dir_ok=True)


def write_part(output: str, name: str, index: int, rows: Iterable[Mapping[str, Any]], empty_ok: bool = False) -> int:
    """``OUTPUT/NAME/part-NNNNN.parquet``, rows sorted by id, written under a hidden name and
    renamed; nothing when there are no rows unless ``empty_ok`` (the schema of an empty table)."""
    table = to_arrow(name, sorted(rows, key=lambda r: r["id"]))
    if not table.num_rows and not empty_ok:
        return 0
    fs, root = filesystem(output)
    final = f"{root}/{name}/{part_name(index)}"
    tmp = f"{root}/{name}/.{part_name(index)}.{uuid.uuid4().hex}.tmp"
    with fs.open_output_stream(tmp) as out:
        pq.write_table(table, out)
    fs.move(tmp, final)
    return table.num_rows


def write_table(output: str, name: str, rows: Iterable[Mapping[str, Any]]) -> int:
    """``OUTPUT/NAME/part-00000.parquet`` (a folder, as on Spark), replacing any earlier one."""
    clear_table(output, name)
    return write_part(output, name, 0, rows, empty_ok=True)


def write_failures(output: str, failures: Iterable[Mapping[str, Any]]) -> int:
    fs, root = filesystem(output)
    rows = sorted(({"where": f["where"], "reason": f["failure"]} for f in failures), key=lambda r: r["where"])
    with fs.open_output_stream(f"{root}/{FAILURES}") as out:
        for r in rows:
            out.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))
    return len(rows)


def check_manifest(output: str, manifest: dict[str, Any]) -> None:
    """Resume only the same job: same input, format and partitioning as the files already there."""
    fs, root = filesystem(output)
    path = f"{root}/{MANIFEST}"
    if fs.get_file_info(path).type == pafs.FileType.NotFound:
        fs.create_dir(f"{root}/{EXTRACT_DIR}", recursive=True)
        with fs.open_output_stream(path) as out:
            out.write(json.dumps(manifest, sort_keys=True).encode("utf-8"))
        return
    with fs.open_input_stream(path) as fh:
        found = json.loads(fh.read().decode("utf-8"))
    if found != manifest:
        raise ValueError(f"{output} holds the extraction of another job ({found}); this job is {manifest}. "
                         f"Use a new OUTPUT or delete {output}/{EXTRACT_DIR} to start over.")
