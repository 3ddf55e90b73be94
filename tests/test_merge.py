"""Merging mentions of one incident across outlets, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.extract.records import ArticleResult, Claim, Event, Figure, Location
from rasd.store import ArticleIn, open_store
from rasd.store.figures import combine
from rasd.store.merge import Mention, match, norm_place, similarity
from rasd.store.sides import perpetrators_compatible

KAFRANBEL = Location(name_ar="كفرنبل", name="Kafr Nabl", country="Syria", admin1="Idlib", lat=35.6139,
                     lon=36.5611, precision="town")
MAARET = Location(name_ar="معرة النعمان", name="Maarat al-Numan", country="Syria", admin1="Idlib", lat=35.6477,
                  lon=36.6733, precision="town")
SARAQIB = Location(name_ar="سراقب", name="Saraqib", country="Syria", admin1="Idlib", lat=35.8623, lon=36.8006,
                   precision="town")
HAS = Location(name_ar="حاس", name="Has", country="Syria", admin1="Idlib", lat=35.6201, lon=36.5882,
               precision="town")


def strike(loc: Location, day: dt.date, killed: int | None, perps: list[str], evidence: str,
           status: str = "reported", high: int | None = None, background: bool = False,
           kind: str = "air_drone_strike") -> Event:
    return Event(type=kind, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                 date=day, date_to=day, date_precision="day", location=loc, perpetrators=perps,
                 targets=["civilians"], fatalities=Figure(killed, high if high is not None else killed),
                 status=status, background=background, confidence=0.8, evidence=evidence,
                 evidence_spans=[(0, len(evidence))])


def article(store, text: str, outlet: str, published: dt.date, events: list[Event],
            claims: list[Claim] | None = None):
    return store.ingest_article(ArticleIn(text=text, outlet=outlet, published=published, title=text[:30]),
                                ArticleResult(events=events, claims=claims or [], published=published))


D = dt.date(2019, 5, 5)
EV_A = "قتل سبعة مدنيين في غارات جوية شنتها طائرات حربية على بلدة كفرنبل بريف إدلب الجنوبي"
EV_B = "ارتفع عدد ضحايا الغارات على كفرنبل إلى تسعة قتلى مدنيين بينهم طفلان"


@pytest.fixture
def store(store_url):
    with open_store(store_url) as s:
        yield s


def test_same_strike_from_two_outlets_is_one_incident_with_lowest_low(store):
    article(store, EV_A + " يوم الأحد.", "عنب بلدي", D, [strike(KAFRANBEL, D, 7, ["syria_gov_forces"], EV_A)])
    out = article(store, EV_B + " بحسب المرصد.", "الجزيرة", D + dt.timedelta(days=1),
                  [strike(HAS, D + dt.timedelta(days=1), 9, ["russia_forces"], EV_B, high=11)])
    assert out.incidents_joined == 1 and out.incidents_new == 0
    [inc] = store.incidents()
    assert inc["fatalities"] == {"low": 7, "high": 11, "best": 7}
    assert inc["n_sources"] == 2 and not inc["single_source"] and inc["n_mentions"] == 2
    assert set(inc["perpetrators"]) == {"syria_gov_forces", "russia_forces"}
    assert inc["location"]["name_ar"] == "كفرنبل"  # the first of equally precise places
    detail = store.incident(inc["id"])
    assert [s["article"]["outlet"] for s in detail["sources"]] == ["عنب بلدي", "الجزيرة"]
    assert [s["event"]["fatalities"]["low"] for s in detail["sources"]] == [7, 9]
    assert detail["sources"][0]["event"]["evidence_text"] == [EV_A]


def test_same_outlet_twice_is_still_a_single_source(store):
    article(store, EV_A + " (1)", "عنب بلدي", D, [strike(KAFRANBEL, D, 7, [], EV_A)])
    article(store, EV_A + " (2)", "عنب بلدي", D, [strike(KAFRANBEL, D, 8, [], EV_A)])
    [inc] = store.incidents()
    assert inc["n_mentions"] == 2 and inc["n_sources"] == 1 and inc["single_source"]


@pytest.mark.parametrize("other", [
    pytest.param({"loc": SARAQIB}, id="town 30 km away"),
    pytest.param({"day": D + dt.timedelta(days=3)}, id="three days later"),
    pytest.param({"perps": ["syrian_opposition_factions"], "kind": "shelling_artillery_missile_attack"},
                 id="other type"),
])
def test_different_town_day_or_type_stays_apart(store, other):
    article(store, EV_A, "عنب بلدي", D, [strike(KAFRANBEL, D, 7, ["syria_gov_forces"], EV_A)])
    ev = strike(other.get("loc", KAFRANBEL), other.get("day", D), 3, other.get("perps", ["syria_gov_forces"]),
                "قصف على البلدة وسقوط ثلاثة قتلى", kind=other.get("kind", "air_drone_strike"))
    out = article(store, "نص آخر عن قصف جديد", "الجزيرة", D, [ev])
    assert out.incidents_new == 1
    assert len(store.incidents()) == 2


def test_opposite_sides_same_place_and_day_are_two_incidents(store):
    a = "قصفت فصائل المعارضة بلدة كفرنبل"
    b = "قصفت قوات النظام بلدة كفرنبل"
    article(store, a, "عنب بلدي", D, [strike(KAFRANBEL, D, 2, ["syrian_opposition_factions"], a,
                                                kind="shelling_artillery_missile_attack")])
    article(store, b, "الجزيرة", D, [strike(KAFRANBEL, D, 4, ["syria_gov_forces"], b,
                                              kind="shelling_artillery_missile_attack")])
    assert len(store.incidents()) == 2
    assert store.count_incidents(actor="syria_gov_forces") == 1


def test_denial_in_another_article_makes_it_contested(store):
    article(store, EV_A, "عنب بلدي", D, [strike(KAFRANBEL, D, 7, ["russia_forces"], EV_A)])
    denial = "نفت وزارة الدفاع الروسية أن تكون طائراتها قد شنت غارات على كفرنبل"
    article(store, denial, "روسيا اليوم", D + dt.timedelta(days=1), [],
            [Claim(source="russia_gov", stance="denies", topic="air_drone_strike", about=["russia_forces"],
                   evidence=denial)])
    [inc] = store.incidents()
    assert inc["contested"]
    assert store.incidents(contested=True)[0]["id"] == inc["id"]
    assert [c["stance"] for c in store.incident(inc["id"])["claims"]] == ["denies"]


def test_denial_stored_before_the_report_is_linked_later(store):
    denial = "نفت وزارة الدفاع الروسية أن تكون طائراتها قصفت كفرنبل"
    article(store, denial, "روسيا اليوم", D + dt.timedelta(days=1), [],
            [Claim(source="russia_gov", stance="denies", topic="air_drone_strike", about=["russia_forces"],
                   evidence=denial)])
    article(store, EV_A, "عنب بلدي", D, [strike(KAFRANBEL, D, 7, ["russia_forces"], EV_A)])
    assert store.incidents()[0]["contested"]


def test_contested_status_and_background(store):
    article(store, EV_A, "عنب بلدي", D, [
        strike(KAFRANBEL, D, 7, ["syria_gov_forces"], EV_A, status="contested"),
        strike(MAARET, D - dt.timedelta(days=400), 30, ["syria_gov_forces"], "مجزرة سابقة", background=True),
    ])
    incs = store.incidents()
    assert len(incs) == 1 and incs[0]["contested"]
    assert store.stats()["events"] == 2 and store.stats()["mentions"] == 1


def test_same_name_without_coordinates_merges(store):
    nowhere = Location(name_ar="الأتارب", name=None, country="Syria", precision="town")
    also = Location(name_ar="اتارب", name=None, country="Syria", precision="town")
    article(store, "غارة على الأتارب", "أ", D, [strike(nowhere, D, 5, [], "غارة على مدينة الأتارب")])
    article(store, "غارة على مدينة اتارب", "ب", D, [strike(also, D, 6, [], "غارة على اتارب")])
    assert len(store.incidents()) == 1


def test_many_sources_low_is_lowest_precise_figure():
    rows = [{"fatalities_low": 12, "fatalities_high": 12}, {"fatalities_low": 9, "fatalities_high": 15},
            {"fatalities_low": 10, "fatalities_high": None, "fatalities_vague": True},
            {"fatalities_low": None, "fatalities_high": None}]
    assert combine("fatalities", rows) == {"low": 9, "high": 15, "best": 9}
    assert combine("fatalities", rows[2:]) == {"low": 10, "high": 10, "best": 10}
    assert combine("fatalities", rows[3:]) == {"low": None, "high": None, "best": None}


def test_sides_and_similarity_rules():
    assert perpetrators_compatible(["syria_gov_forces"], ["russia_forces"])
    assert not perpetrators_compatible(["houthis"], ["saudi_coalition"])
    assert perpetrators_compatible(["houthis"], ["other:مسلحون"])
    assert perpetrators_compatible([], ["isis"])
    assert norm_place("الرقة") == norm_place("رقّة") == "رقه"
    assert similarity(EV_A, EV_A + " اليوم") > 0.9 > 0.2 > similarity(EV_A, "تظاهر المئات في ساحة التحرير")


def test_coarse_locations_need_similar_text():
    syria = {"type": "air_drone_strike", "date": D, "date_to": D, "lat": 35.0, "lon": 38.5, "norm_place": None,
             "perpetrators": [], "precision": "country", "evidence": EV_A}
    m = Mention("air_drone_strike", D, D, 35.0, 38.5, None, "country", [], "تظاهر المئات في ساحة المدينة")
    assert not match(m, syria).ok
    m.evidence = EV_A + " جنوب البلاد"
    assert match(m, syria).ok
