"""``rasd batch``: the local engine against the store, restarts, bad input, and Spark ``local[2]``
against the local engine on the sample articles."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from rasd.batch import spark_missing
from rasd.batch.local import build_tables, run_local
from rasd.batch.records import article_id
from rasd.batch.tables import arrow_schema
from rasd.extract.pipeline import Extractor
from rasd.ingest.readers import read_jsonl
from rasd.store import open_store
from rasd.store.rows import content_hash

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles.jsonl"
TABLES = ("articles", "events", "claims", "incidents", "incident_sources")
RUN_STAMPS = ("created_at", "updated_at", "ingested_at")


def read_tables(out: Path) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows sorted by id, without the columns that record when the job ran."""
    tables = {}
    for name in TABLES:
        rows = pq.read_table(out / name).to_pylist()
        tables[name] = sorted(({k: v for k, v in r.items() if k not in RUN_STAMPS} for r in rows),
                              key=lambda r: r["id"])
    return tables


def groups(tables: dict[str, list[dict[str, Any]]]) -> dict[int, frozenset[tuple[int, int]]]:
    """incident id -> its mentions as (article id, event ordinal)."""
    events = {e["id"]: e for e in tables["events"]}
    out: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for s in tables["incident_sources"]:
        out[s["incident_id"]].add((s["article_id"], events[s["event_id"]]["ordinal"]))
    return {k: frozenset(v) for k, v in out.items()}


@pytest.fixture(scope="module")
def local_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local") / "out"
    run_local(str(SAMPLES), str(out), partition_size=7)
    return out


def test_local_writes_the_store_schema(local_out: Path) -> None:
    tables = read_tables(local_out)
    for name in TABLES:
        assert pq.read_schema(next((local_out / name).glob("*.parquet"))).remove_metadata() == arrow_schema(name)
    assert len(tables["articles"]) == 23
    assert len(tables["incidents"]) < len(tables["incident_sources"])  # some reports merged
    ids = [r["id"] for name in TABLES for r in tables[name]]
    assert all(i > 0 for i in ids)
    event_ids = {e["id"] for e in tables["events"]}
    assert {s["event_id"] for s in tables["incident_sources"]} <= event_ids
    incident_ids = {i["id"] for i in tables["incidents"]}
    assert {c["incident_id"] for c in tables["claims"] if c["incident_id"]} <= incident_ids
    assert sum(i["n_mentions"] for i in tables["incidents"]) == len(tables["incident_sources"])
    ev = tables["events"][0]
    assert isinstance(json.loads(ev["location"]), dict) and isinstance(json.loads(ev["spans"]), dict)


def test_local_merges_as_the_store_does(local_out: Path, tmp_path: Path) -> None:
    """Ingesting the articles into the store in the batch order gives the same incidents and claim links."""
    arts = list(read_jsonl("samples", SAMPLES.open("rb")))
    arts.sort(key=lambda a: (a.published.isoformat() if a.published else "9999", article_id(content_hash(a.text))))
    store = open_store(f"sqlite:///{tmp_path / 'rasd.db'}")
    ex = Extractor()
    with store:
        for art in arts:
            store.ingest_article(art, ex.extract(art.text, published=art.published, title=art.title))
        with store.engine.connect() as conn:
            rows = conn.execute(sa.text(
                "SELECT s.incident_id, a.content_hash, e.ordinal, i.fatalities_low, i.fatalities_high, i.n_sources,"
                " i.contested FROM incident_sources s JOIN events e ON e.id = s.event_id"
                " JOIN articles a ON a.id = s.article_id JOIN incidents i ON i.id = s.incident_id")).all()
            claim_rows = conn.execute(sa.text(
                "SELECT a.content_hash, c.ordinal, c.incident_id FROM claims c"
                " JOIN articles a ON a.id = c.article_id")).all()
    store_groups: dict[int, set[tuple[int, int]]] = defaultdict(set)
    store_facts = {}
    for inc, digest, ordinal, low, high, n_sources, contested in rows:
        store_groups[inc].add((article_id(digest), ordinal))
        store_facts[inc] = (low, high, n_sources, bool(contested))
    tables = read_tables(local_out)
    batch_groups = groups(tables)
    assert sorted(map(sorted, store_groups.values())) == sorted(map(sorted, batch_groups.values()))
    by_members = {frozenset(v): store_facts[k] for k, v in store_groups.items()}
    for inc in tables["incidents"]:
        facts = (inc["fatalities_low"], inc["fatalities_high"], inc["n_sources"], inc["contested"])
        assert facts == by_members[batch_groups[inc["id"]]]
    store_claims = {(article_id(d), o): (frozenset(store_groups[i]) if i else None) for d, o, i in claim_rows}
    batch_claims = {(c["article_id"], c["ordinal"]): (batch_groups[c["incident_id"]] if c["incident_id"] else None)
                    for c in tables["claims"]}
    assert store_claims == batch_claims
    assert any(v is not None for v in batch_claims.values())


def test_partitioning_and_input_order_do_not_change_the_result(local_out: Path, tmp_path: Path) -> None:
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    dup = json.loads(lines[0])
    dup.update(id="copy-of-first", source="وكالة أخرى", published="2024-03-20")  # same text, later copy
    shuffled = tmp_path / "in.jsonl"
    shuffled.write_text("\n".join([*reversed(lines), json.dumps(dup, ensure_ascii=False)]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    stats = run_local(str(shuffled), str(out), partition_size=3)
    assert stats["partitions"] == 8 and stats["articles_extracted"] == 24 and stats["articles"] == 23
    assert read_tables(out) == read_tables(local_out)  # the earlier copy of the duplicate is kept


def test_rerun_extracts_only_unfinished_partitions(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_local(str(SAMPLES), str(out), partition_size=5)
    expected = read_tables(out)
    parts = sorted((out / "_extract").glob("part-*.parquet"))
    assert first["partitions"] == len(parts) == 5
    # an interrupted run: one partition never finished, one left only a temporary file
    parts[2].unlink()
    (out / "_extract" / ".part-00002.parquet.0123.tmp").write_bytes(b"half a file")
    kept = {p: p.stat().st_mtime_ns for p in parts if p.exists()}
    second = run_local(str(SAMPLES), str(out), partition_size=5)
    assert second["partitions_skipped"] == 4 and second["articles_extracted"] == 5
    assert all(p.stat().st_mtime_ns == t for p, t in kept.items())
    assert read_tables(out) == expected
    other = subprocess.run([sys.executable, "-m", "rasd.cli", "batch", str(SAMPLES), str(out), "--partitions", "9"],
                           capture_output=True, text=True)
    assert other.returncode == 2 and "another job" in other.stderr


def test_cli_bad_input_is_named_and_good_articles_kept(tmp_path: Path) -> None:
    good = SAMPLES.read_text(encoding="utf-8").splitlines()[:2]
    src = tmp_path / "mixed.jsonl"
    src.write_bytes("\n".join(good).encode("utf-8") + b'\n{"title": "x"}\nnot json\n\xff\xfe\x00\n')
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "rasd.cli", "batch", str(src), str(out)], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    assert "failed inputs: 3" in proc.stderr
    failures = [json.loads(x) for x in (out / "failures.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [f["where"].rsplit(":", 1)[1] for f in failures] == ["3", "4", "5"]
    assert "not UTF-8" in failures[2]["reason"]
    assert len(read_tables(out)["articles"]) == 2
    missing = subprocess.run([sys.executable, "-m", "rasd.cli", "batch", str(tmp_path / "nope.jsonl"),
                              str(tmp_path / "o2")], capture_output=True, text=True)
    assert missing.returncode == 2 and "nope.jsonl: no such file" in missing.stderr


def _row(digest: str, published: str, events: list[dict[str, Any]], claims: list[dict[str, Any]]) -> dict[str, Any]:
    return {"failure": None, "content_hash": digest, "outlet": f"outlet-{digest}", "published": dt.date.fromisoformat(published),
            "text": "...", "warnings": "[]", "events": json.dumps(events), "claims": json.dumps(claims)}


def test_a_later_denial_without_its_own_event_marks_the_incident_contested() -> None:

    strike = {"type": "air_drone_strike", "date": "2024-03-09", "status": "reported",
              "location": {"name_ar": "أريحا", "country": "Syria", "lat": 35.81, "lon": 36.61, "precision": "town"},
              "perpetrators": ["russia_forces"], "evidence": "غارات روسية على أريحا"}
    denial = {"source": "russia_gov", "stance": "denies", "topic": "air_drone_strike", "about": ["russia_forces"],
              "evidence": "نفت وزارة الدفاع الروسية تنفيذ غارات على أريحا"}
    other = {**denial, "about": ["israel_forces"]}
    late = {**denial, "evidence": "نفي بعد شهر"}
    rows = [_row("a" * 64, "2024-03-10", [strike], []), _row("b" * 64, "2024-03-12", [], [denial, other]),
            _row("c" * 64, "2024-04-20", [], [late])]
    tables = build_tables(rows, dt.datetime.now(dt.UTC))
    (incident,) = tables["incidents"]
    links = {(c["article_id"], c["ordinal"]): c["incident_id"] for c in tables["claims"]}
    assert links == {(article_id("b" * 64), 0): incident["id"], (article_id("b" * 64), 1): None,
                     (article_id("c" * 64), 0): None}
    assert incident["contested"] is True and incident["n_mentions"] == 1


# --------------------------------------------------------------------------- Spark

@pytest.fixture(scope="module")
def spark() -> Any:
    why = spark_missing()
    if why:
        pytest.skip(f"Spark engine not testable here: {why}")
    from rasd.batch.spark import session

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    sess = session("local[2]", app="rasd-batch-test")
    yield sess
    sess.stop()


@pytest.mark.spark
def test_spark_local2_equals_local_engine(spark: Any, tmp_path: Path) -> None:
    from rasd.batch.spark import run_spark

    local_out = tmp_path / "local"  # the reference, made next to the Spark run
    run_local(str(SAMPLES), str(local_out))
    out = tmp_path / "spark"
    stats = run_spark(str(SAMPLES), str(out), spark=spark, partitions=2)
    assert stats["partitions"] >= 2 and stats["articles_extracted"] == 23
    assert read_tables(out) == read_tables(local_out)
    for name in TABLES:
        schema = pq.read_table(out / name).schema.remove_metadata()
        assert schema == arrow_schema(name), name
    parts = sorted((out / "_extract").glob("part-*.parquet"))
    lost = pq.read_table(parts[-1]).num_rows
    parts[-1].unlink()  # as if the job had died before the last partition finished
    again = run_spark(str(SAMPLES), str(out), spark=spark, partitions=2)
    assert again["partitions_skipped"] == again["partitions"] - 1 and again["articles_extracted"] == lost
    assert read_tables(out) == read_tables(local_out)


@pytest.mark.spark
def test_spark_reads_parquet_input(spark: Any, tmp_path: Path) -> None:
    import pyarrow as pa

    from rasd.batch.spark import run_spark

    local_out = tmp_path / "local"
    run_local(str(SAMPLES), str(local_out))
    records = [json.loads(x) for x in SAMPLES.read_text(encoding="utf-8").splitlines()]
    folder = tmp_path / "in"
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist(records[:12]), folder / "a.parquet")
    pq.write_table(pa.Table.from_pylist(records[12:]), folder / "b.parquet")
    out = tmp_path / "spark"
    run_spark(str(folder), str(out), spark=spark)
    assert read_tables(out) == read_tables(local_out)
