"""The store's interface on SQLite and PostgreSQL: migrations, idempotence, search, queries."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from rasd.extract.records import ArticleResult, Event, Figure, Location
from rasd.store import ArticleIn, open_store
from rasd.store.migrate import current_revision, head_revision
from rasd.store.urls import resolve_url

TEXT = ("إدلب - قُتل خمسة مدنيين وأصيب ثمانية آخرون، اليوم الثلاثاء، في قصف مدفعي لقوات النظام على "
        "مدينة أريحا جنوبي إدلب، بحسب ما أفاد الدفاع المدني السوري.")
DAY = dt.date(2020, 1, 14)


def shelling(text: str = TEXT) -> ArticleResult:
    start = text.index("قُتل")
    ev = Event(type="shelling_artillery_missile_attack", event_type="Explosions/Remote violence",
               sub_event_type="Shelling/artillery/missile attack", date=DAY, date_to=DAY, date_precision="day",
               location=Location(name_ar="أريحا", name="Ariha", country="Syria", admin1="Idlib", lat=35.8126,
                                 lon=36.6069, precision="town", gazetteer_id="geonames:173193"),
               perpetrators=["syria_gov_forces"], targets=["civilians"], weapons=["artillery"],
               fatalities=Figure(5, 5), injuries=Figure(8, 8), sources=["syria_civil_defence"],
               evidence=text[start:], evidence_spans=[(start, len(text))])
    return ArticleResult(events=[ev], published=DAY)


@pytest.fixture
def store(store_url):
    with open_store(store_url) as s:
        yield s


def test_open_migrates_once_and_reopens(store_url):
    with open_store(store_url) as s:
        assert current_revision(s.engine) == head_revision()
        s.ingest_article(ArticleIn(text=TEXT, outlet="عنب بلدي", published=DAY), shelling())
    with open_store(store_url) as again:
        assert again.stats()["articles"] == 1


def test_reingest_same_article_is_stored_once(store):
    first = store.ingest_article(ArticleIn(text=TEXT, outlet="عنب بلدي"), shelling())
    # same words, different whitespace and diacritics: the same article
    second = store.ingest_article(ArticleIn(text="  " + TEXT.replace("قُتل", "قتل").replace(" ", "  ") + "\n"),
                                 shelling())
    assert (first.status, second.status) == ("stored", "duplicate")
    assert second.article_id == first.article_id
    assert store.stats() == {"articles": 1, "events": 1, "claims": 0, "incidents": 1, "mentions": 1, "contested": 0}


def test_failed_batch_rolls_back_and_keeps_earlier_batches(store):
    store.ingest_article(ArticleIn(text=TEXT, outlet="أ"), shelling())
    bad = {"events": [{"type": None, "date": "not a date", "location": "nonsense"}], "claims": []}
    with pytest.raises(Exception):  # noqa: B017 - the backend's own error type
        store.ingest_batch([(ArticleIn(text="خبر جديد عن اشتباكات في درعا"), {"events": [], "claims": []}),
                            (ArticleIn(text="خبر معطوب"), bad)])
    assert store.stats()["articles"] == 1


def test_full_text_search_matches_spelling_variants(store):
    store.ingest_article(ArticleIn(text=TEXT, title="قصف على أريحا"), shelling())
    store.ingest_article(ArticleIn(text="تظاهر المئات في مدينة إعزاز شمالي حلب احتجاجا على الغلاء"),
                         ArticleResult())
    assert [a["title"] for a in store.articles("اريحا")] == ["قصف على أريحا"]   # hamza dropped
    assert len(store.articles("مدينه")) == 2                                      # ta marbuta
    assert len(store.articles("اعزاز حلب")) == 1 and store.articles("اعزاز اريحا") == []


def test_filters_counts_and_geojson(store):
    store.ingest_article(ArticleIn(text=TEXT, outlet="عنب بلدي", published=DAY), shelling())
    assert store.count_incidents(country="syria", type="Shelling/artillery/missile attack") == 1
    assert store.count_incidents(since=DAY + dt.timedelta(days=1)) == 0
    assert store.count_incidents(until=DAY, place="اريحا", actor="syria_gov_forces") == 1
    assert store.count_incidents(place="Ariha") == 1 and store.count_incidents(actor="isis") == 0
    assert store.counts("day") == [{"key": "2020-01-14", "incidents": 1, "fatalities": 5}]
    assert store.counts("actor")[0]["key"] == "syria_gov_forces"
    assert store.counts("outlet")[0]["key"] == "عنب بلدي"
    with pytest.raises(ValueError):
        store.counts("colour")
    gj = store.geojson()
    assert gj["features"][0]["geometry"] == {"type": "Point", "coordinates": [36.6069, 35.8126]}
    detail = store.incident(gj["features"][0]["id"])
    assert detail["sources"][0]["event"]["evidence_text"][0].startswith("قُتل خمسة مدنيين")
    art = store.article(detail["sources"][0]["article"]["id"])
    assert art["text"] == TEXT and art["events"][0]["injuries"]["low"] == 8


def test_sqlite_file_is_wal(tmp_path):
    with open_store(str(tmp_path / "x.db")) as s:
        with s.engine.connect() as conn:
            assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"


def test_urls(monkeypatch, tmp_path):
    monkeypatch.setenv("RASD_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
