"""Exports and query commands: ACLED CSV readable as ACLED, GeoJSON, JSONL, Parquet, tables."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rasd.export import ACLED_COLUMNS, export
from rasd.extract.records import ArticleResult, Claim, Event, Figure, Location
from rasd.store import ArticleIn, open_store

DAY = dt.date(2016, 8, 1)
TEXT = ("صنعاء - قتل 6 مدنيين وأصيب آخرون في غارة لطيران التحالف بقيادة السعودية على سوق شعبي في مديرية "
        "نهم شرق صنعاء، فيما نفى التحالف استهداف المدنيين.")


def fill(store) -> None:
    ev = Event(type="air_drone_strike", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
               date=DAY, date_to=DAY, location=Location(name_ar="نهم", name="Nihm", country="Yemen",
                                                         admin1="Sanaa", lat=15.6, lon=44.6, precision="town"),
               perpetrators=["saudi_coalition"], targets=["civilians"], fatalities=Figure(6, 6),
               evidence=TEXT[8:80], evidence_spans=[(8, 80)])
    claim = Claim(source="saudi_coalition", stance="denies", topic="air_drone_strike", about=["saudi_coalition"],
                  evidence=TEXT[90:])
    store.ingest_article(ArticleIn(text=TEXT, outlet="المصدر أونلاين", published=DAY, title="غارة على نهم"),
                         ArticleResult(events=[ev], claims=[claim], published=DAY))
    other = Event(type="armed_clash", event_type="Battles", sub_event_type="Armed clash", date=DAY, date_to=DAY,
                  location=Location(name_ar="تعز", name="Taizz", country="Yemen", lat=13.58, lon=44.02,
                                    precision="town"),
                  perpetrators=["houthis", "yemen_popular_resistance"], fatalities=Figure(None, None))
    store.ingest_article(ArticleIn(text="اشتباكات في تعز بين الحوثيين والمقاومة الشعبية", outlet="الصحوة نت"),
                         ArticleResult(events=[other], published=DAY))


@pytest.fixture
def store(store_url):
    with open_store(store_url) as s:
        fill(s)
        yield s


def test_acled_csv_has_acled_columns_and_codes(store):
    buf = io.StringIO()
    assert export(store, "acled-csv", buf) == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    strike = next(r for r in rows if r["sub_event_type"] == "Air/drone strike")
    assert strike["event_id_cnty"].startswith("YEM") and strike["iso"] == "887" and strike["region"] == "Middle East"
    assert (strike["event_date"], strike["year"], strike["time_precision"]) == ("2016-08-01", "2016", "1")
    assert strike["disorder_type"] == "Political violence" and strike["event_type"] == "Explosions/Remote violence"
    assert (strike["actor1"], strike["inter1"], strike["actor2"], strike["inter2"]) == \
        ("Saudi-led Coalition", "8", "Civilians", "7")
    assert strike["interaction"] == "78" and strike["civilian_targeting"] == "Civilian targeting"
    assert strike["fatalities"] == "6" and strike["source"] == "المصدر أونلاين" and "contested" in strike["tags"]
    assert (strike["latitude"], strike["geo_precision"]) == ("15.6", "1")
    clash = next(r for r in rows if r["event_type"] == "Battles")
    assert clash["assoc_actor_1"] == "Popular Resistance (Yemen)" and clash["interaction"] == "20"
    assert clash["fatalities"] == "0"


def test_geojson_jsonl_parquet(store, tmp_path):
    buf = io.StringIO()
    export(store, "geojson", buf)
    gj = json.loads(buf.getvalue())
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 2
    buf = io.StringIO()
    export(store, "jsonl", buf)
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert {x["location"]["name"] for x in lines} == {"Nihm", "Taizz"}
    assert next(x for x in lines if x["contested"])["outlets"] == ["المصدر أونلاين"]
    with open(tmp_path / "x.parquet", "wb") as fh:
        export(store, "parquet", fh)
    table = pq.read_table(tmp_path / "x.parquet")
    assert table.column_names == list(ACLED_COLUMNS) and table.num_rows == 2
    assert sorted(table.column("fatalities").to_pylist()) == [0, 6]


def rasd(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasd.cli", *args], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parent.parent)


def test_cli_incidents_show_export(store, store_url, tmp_path):
    table = rasd("incidents", "--db", store_url, "--country", "Yemen", "--contested")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["id", "date", "type"] and len(lines) == 2 and "Nihm" in lines[1]
    js = json.loads(rasd("incidents", "--db", store_url, "--format", "json", "--actor", "houthis").stdout)
    assert [x["type"] for x in js] == ["armed_clash"]
    rows = list(csv.DictReader(io.StringIO(rasd("incidents", "--db", store_url, "--format", "csv",
                                                 "--since", "2016-08-01", "--type", "Battles").stdout)))
    assert [r["place"] for r in rows] == ["Taizz"]
    inc_id = next(x["id"] for x in store.incidents(contested=True))
    shown = rasd("show", str(inc_id), "--db", store_url)
    assert "CONTESTED" in shown.stdout and TEXT[8:80] in shown.stdout and "denies" in shown.stdout
    assert rasd("show", "99999", "--db", store_url).returncode == 1
    out = tmp_path / "e.csv"
    assert rasd("export", "--format", "acled-csv", "-o", str(out), "--db", store_url).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,year,")
    assert rasd("export", "--format", "parquet", "--db", store_url).returncode == 2
