"""``--engine spark``: the same job on Apache Spark.

1. Extraction: ``mapPartitionsWithIndex`` over the input; each Python worker builds one
   ``Extractor`` (lexicons and gazetteer loaded once per worker process) and writes its
   partition to ``OUTPUT/_extract/part-NNNNN.parquet`` unless that file exists, so a
   rerun after a failure extracts only the partitions that were not finished.
2. Merging: duplicates of one text collapse to one article (``reduceByKey`` on the
   content hash), mentions are shuffled on their blocking key (type, country) and each
   block runs the store's incremental merge (``rasd.batch.merge.merge_block``) in a
   fixed order, so the result does not depend on the partitioning.
3. Claims: linked inside their article (a ``cogroup`` with the article's incident
   sources); the few denials with no event of their own are matched on the driver
   against candidate incidents filtered on the executors.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from pyspark import StorageLevel

from rasd.batch.extract import extracted_parts, qualify, read_part, run_partition
from rasd.batch.inputs import input_format
from rasd.batch.merge import article_records, choose_denied, denial_fits, link_claims, merge_block
from rasd.batch.records import item_from_line, item_from_record, preference
from rasd.batch.tables_out import check_manifest, clear_table, write_failures, write_part
from rasd.ingest.readers import Item

TABLES = ("articles", "events", "claims", "incidents", "incident_sources")


def session(master: str | None = None, app: str = "rasd-batch") -> Any:
    from pyspark.sql import SparkSession

    if master and master.startswith("local"):  # on a cluster, the executors' Python comes from spark-submit
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app).config("spark.sql.session.timeZone", "UTC")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):  # one JVM holds the cached blocks: give it room
        builder = (builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
                   .config("spark.ui.showConsoleProgress", "false").config("spark.driver.memory", "3g")
                   .config("spark.python.worker.memory", "1g"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _extract_partition(output: str, fmt: str, source: str
                       ) -> Callable[[int, Iterator[Any]], Iterator[tuple[int, int, int, bool]]]:
    def run(index: int, rows: Iterator[Any]) -> Iterator[tuple[int, int, int, bool]]:
        items: Iterator[tuple[str, Item | None]]
        if fmt == "parquet":
            items = ((w, item_from_record(w, r.asDict(), source)) for w, r in
                     ((f"{source}:partition {index} row {n}", r) for n, r in enumerate(rows, 1)))
        else:
            items = ((w, item_from_line(w, line, source)) for w, line in
                     ((f"{source}:partition {index} line {n}", line) for n, line in enumerate(rows, 1)))
        n, failed, skipped = run_partition(output, index, items)
        for _ in rows:  # a skipped partition leaves its input unread: drain it without parsing
            pass
        yield index, n, failed, skipped
    return run


def run_spark(source: str, output: str, master: str | None = None, partitions: int | None = None,
              spark: Any = None) -> dict[str, Any]:
    """The batch job on Spark (``master`` e.g. ``local[2]``, ``spark://host:7077``, ``yarn``)."""
    spark = spark or session(master)
    sc = spark.sparkContext
    fmt = input_format(source)
    src, output = qualify(source), qualify(output)  # absolute: the workers write there too
    if fmt == "parquet":
        rdd = spark.read.parquet(src).rdd
    else:
        rdd = sc.textFile(src, minPartitions=partitions or sc.defaultParallelism, use_unicode=True)
    if partitions and rdd.getNumPartitions() != partitions and fmt == "parquet":
        rdd = rdd.repartition(partitions)
    check_manifest(output, {"input": src, "format": fmt, "partitioning": f"spark:{rdd.getNumPartitions()}"})
    t0 = time.perf_counter()
    done = rdd.mapPartitionsWithIndex(_extract_partition(output, fmt, src)).collect()
    t1 = time.perf_counter()
    stats: dict[str, Any] = {"partitions": len(done), "partitions_skipped": sum(d[3] for d in done),
                             "articles_extracted": sum(d[1] for d in done)}

    # The extraction files are read by the Python workers with pyarrow (no JVM row conversion).
    parts = extracted_parts(output)
    extracted = sc.parallelize(parts, max(1, len(parts))).flatMap(lambda p: read_part(output, p))
    failures = extracted.filter(lambda r: r["failure"]).map(lambda r: (r["where"], r["failure"])).collect()
    write_failures(output, ({"where": w, "failure": f} for w, f in failures))
    stats["failures"] = len(failures)
    keep = StorageLevel.MEMORY_AND_DISK  # recomputing a merge is far dearer than reading it from disk
    records = (extracted.filter(lambda r: not r["failure"])
               .keyBy(lambda r: r["content_hash"])
               .reduceByKey(lambda a, b: a if preference(a) <= preference(b) else b)
               .values().map(article_records).persist(keep))
    merged = (records.flatMap(lambda r: r[3]).groupByKey()
              .map(lambda kv: merge_block(list(kv[1]))).persist(keep))
    stats["blocks"] = merged.count()  # materialises dedup, shuffle and merging (cached) for the timings
    t_merged = time.perf_counter()
    incidents = merged.flatMap(lambda m: m[0])
    sources = merged.flatMap(lambda m: m[1])

    # Claims: only articles that have claims, and of their mentions only what linking reads.
    with_claims = sc.broadcast(set(records.filter(lambda r: r[2]).map(lambda r: r[0]["id"]).collect()))
    slim = (sources.filter(lambda s: s["article_id"] in with_claims.value)
            .map(lambda s: (s["article_id"], {k: s[k] for k in ("_ordinal", "_type", "incident_id")})))
    by_article = records.filter(lambda r: r[2]).map(lambda r: (r[0]["id"], r[2]))
    linked = (by_article.cogroup(slim)
              .map(lambda kv: _link(list(kv[1][0]), list(kv[1][1]))).persist(keep))
    claims = linked.flatMap(lambda x: x[0])
    unlinked = linked.flatMap(lambda x: x[1]).collect()
    choice: dict[int, int | None] = {}
    if unlinked:
        denials = sc.broadcast(unlinked)
        fits = incidents.flatMap(lambda inc: [(c["id"], {"id": inc["id"], "evidence": inc["evidence"]})
                                              for c in denials.value if denial_fits(c, inc)]
                                 ).groupByKey().mapValues(list).collectAsMap()
        choice = {c["id"]: choose_denied(c, sorted(fits.get(c["id"], []), key=lambda f: f["id"]))
                  for c in unlinked}
    chosen = sc.broadcast(choice)
    claims = claims.map(lambda c: {**c, "incident_id": chosen.value.get(c["id"], c["incident_id"])}).persist(keep)
    denied = sc.broadcast(set(claims.filter(lambda c: c.get("stance") == "denies" and c["incident_id"] is not None)
                              .map(lambda c: c["incident_id"]).distinct().collect()))
    created_at = dt.datetime.now(dt.UTC)
    incidents = incidents.map(lambda i: {**i, "contested": bool(i["contested"] or i["id"] in denied.value),
                                         "created_at": created_at, "updated_at": created_at})
    tables = {"articles": records.map(lambda r: r[0]), "events": records.flatMap(lambda r: r[1]),
              "claims": claims, "incidents": incidents, "incident_sources": sources}
    claims.count()
    t2 = time.perf_counter()
    for name in TABLES:
        stats[name] = _write(tables[name], name, output)
    for rdd_ in (records, merged, linked, claims):
        rdd_.unpersist()
    stats["seconds"] = {"extract": round(t1 - t0, 2), "merge": round(t_merged - t1, 2),
                        "claims": round(t2 - t_merged, 2),
                        "write": round(time.perf_counter() - t2, 2)}
    return stats


def _link(claim_lists: list[list[dict[str, Any]]], sources: list[dict[str, Any]]) -> tuple[list[Any], list[Any]]:
    claims = [c for cl in claim_lists for c in cl]
    unlinked = link_claims(claims, sources)
    return claims, unlinked


def _write(rdd: Any, name: str, output: str) -> int:
    """One Parquet file per partition, written by the workers with the local engine's writer
    (same schema, no JVM conversion); an empty table still gets one file with its schema."""
    clear_table(output, name)
    n = sum(rdd.mapPartitionsWithIndex(lambda i, rows: [write_part(output, name, i, rows)]).collect())
    if n == 0:
        write_part(output, name, 0, [], empty_ok=True)
    return n
