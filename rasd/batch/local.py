"""``--engine local``: the batch job in one process, the reference the Spark job is checked against."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from rasd.batch.extract import qualify, read_extracted, run_partition
from rasd.batch.inputs import chunks, input_format, read_items
from rasd.batch.merge import article_records, choose_denied, denial_fits, link_claims, merge_block
from rasd.batch.records import preference
from rasd.batch.tables_out import check_manifest, write_failures, write_table

PARTITION_SIZE = 500


def build_tables(rows: Iterable[Mapping[str, Any]], created_at: dt.datetime) -> dict[str, list[dict[str, Any]]]:
    """The five tables from extraction rows (failures are ignored here): dedup by content,
    merge per block, link claims, mark contested incidents."""
    kept: dict[str, Mapping[str, Any]] = {}
    for row in rows:
        if row.get("failure"):
            continue
        old = kept.get(row["content_hash"])
        if old is None or preference(row) < preference(old):
            kept[row["content_hash"]] = row
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in ("articles", "events", "claims", "incidents",
                                                             "incident_sources")}
    blocks: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    claims_by_article: dict[int, list[dict[str, Any]]] = {}
    for row in kept.values():
        article, evs, cls, found = article_records(row)
        out["articles"].append(article)
        out["events"] += evs
        out["claims"] += cls
        claims_by_article[article["id"]] = cls
        for key, mention in found:
            blocks[key].append(mention)
    sources_by_article: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for key in sorted(blocks):
        incs, srcs = merge_block(blocks[key])
        out["incidents"] += incs
        out["incident_sources"] += srcs
        for s in srcs:
            sources_by_article[s["article_id"]].append(s)
    unlinked = []
    for aid, cls in claims_by_article.items():
        unlinked += link_claims(cls, sources_by_article.get(aid, []))
    for cl in unlinked:
        cl["incident_id"] = choose_denied(cl, [i for i in out["incidents"] if denial_fits(cl, i)])
    finish_incidents(out["incidents"], out["claims"], created_at)
    return out


def contested_ids(claims: Iterable[Mapping[str, Any]]) -> set[int]:
    return {c["incident_id"] for c in claims if c.get("stance") == "denies" and c.get("incident_id") is not None}


def finish_incidents(incidents: list[dict[str, Any]], claims: Iterable[Mapping[str, Any]],
                     created_at: dt.datetime) -> None:
    denied = contested_ids(claims)
    for inc in incidents:
        inc["contested"] = bool(inc["contested"] or inc["id"] in denied)
        inc["created_at"] = inc["updated_at"] = created_at


def run_local(source: str, output: str, partition_size: int = PARTITION_SIZE,
              progress: Any = None) -> dict[str, Any]:
    """Extract every partition not done yet, then merge and write the tables. Returns counts."""
    fmt = input_format(source)
    check_manifest(output, {"input": qualify(source), "format": fmt, "partitioning": f"local:{partition_size}"})
    stats: dict[str, Any] = {"articles_extracted": 0, "failures": 0, "partitions": 0, "partitions_skipped": 0}
    t0 = time.perf_counter()
    for index, items in enumerate(chunks(read_items(source), partition_size)):
        n, failed, skipped = run_partition(output, index, items)
        stats["partitions"] += 1
        stats["partitions_skipped"] += skipped
        stats["articles_extracted"] += n
        stats["failures"] += failed
        if progress:
            progress(stats)
    t1 = time.perf_counter()
    extracted = read_extracted(output).to_pylist()
    stats["failures"] = write_failures(output, (r for r in extracted if r.get("failure")))
    t2 = time.perf_counter()
    tables = build_tables(extracted, dt.datetime.now(dt.UTC))
    t3 = time.perf_counter()
    for name, rows in tables.items():
        stats[name] = write_table(output, name, rows)
    stats["seconds"] = {"extract": round(t1 - t0, 2), "read_extracted": round(t2 - t1, 2),
                        "merge": round(t3 - t2, 2), "write": round(time.perf_counter() - t3, 2)}
    return stats


def dumps(stats: Mapping[str, Any]) -> str:
    return json.dumps(stats, ensure_ascii=False)
