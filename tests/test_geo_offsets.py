"""Fifth coverage pass of issue 3: places written relative to another one (``rasd.geo.relative``).

Sentences are written for these tests in the style of wire reports:

- a distance and bearing from a known place gives the place described that point
  ("قرية X التي تبعد 40 كلم جنوب حلب"), never a number that is no distance from a place;
- a holder after a list ("وجميعها تابعة لمحافظة مأرب") gives its unknown items a point;
- a quarter set by a direction from a city whose namesakes lie elsewhere takes the city's point;
- "قريتي X وعقبة السد": an indefinite word and a definite one make one name;
- a directional area keeps its whole written name ("ريف حلب الشمالي", "جنوب شرق تركيا").
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from geo_support import found, near

from rasd.geo import Geocoder, km
from rasd.geo.relative import destination

ALEPPO = (36.2012, 37.1612)
BAGHDAD = (33.3406, 44.4009)


def test_destination_reads_the_map_as_annotators_do() -> None:
    lat, lon = destination(33.35, 43.78, 35, 45)  # 35 km north-east of Fallujah
    assert abs(lat - 33.57) < 0.01 and abs(lon - 44.05) < 0.01
    lat, lon = destination(*ALEPPO, 60, 90)
    assert abs(lat - ALEPPO[0]) < 1e-9 and 59 < km(*ALEPPO, lat, lon) < 61


@pytest.mark.parametrize("text, name, bearing, dist", [
    ("قتل ثلاثة مدنيين بقصف على قرية الزعيترات التي تبعد نحو 40 كلم جنوب حلب.", "الزعيترات", 180, 40),
    ("ألقت مروحية برميلا على مزرعة الحويجة، الواقعة على بعد 30 كيلومترا شمال شرق حلب.", "الحويجة", 45, 30),
    ("نزح الأهالي من قرية الرحيبات التي تبعد عشرين كيلومترا غرب حلب.", "الرحيبات", 270, 20),
    ("سقطت قذيفة في حي الكسارات ٢٥ كلم إلى الشمال من حلب.", "حي الكسارات", 0, 25),
])
def test_distance_and_bearing_place_an_unknown_village(geo: Geocoder, text: str, name: str,
                                                      bearing: int, dist: int) -> None:
    loc = found(geo, text)[name]
    want = destination(*ALEPPO, dist, bearing)
    assert near(loc, *want, limit=3)
    assert loc["precision"] == "town"
    # unknown, or (الحويجة) a namesake in another country: the computed point, marked as such
    assert loc["name"] is None and loc["gazetteer_id"].startswith("offset:")


def test_a_village_named_with_the_first_word_of_a_compound_is_not_the_known_name(geo: Geocoder) -> None:
    # "قصر البريج" is no camp in Gaza: the village lies 55 km east of Aleppo
    places = found(geo, "ألقت المروحيات براميل متفجرة على قرية قصر البريج، التي تبعد نحو 55 كلم شرق حلب، مساء أمس.")
    assert "البريج" not in places
    assert near(places["قصر البريج"], *destination(*ALEPPO, 55, 90), limit=3)
    # a market or a mountain of a city is still the city
    assert found(geo, "انفجرت عبوة في سوق حلب القديم.")["حلب"]["name"] == "Aleppo"


def test_a_known_town_keeps_its_own_point(geo: Geocoder) -> None:
    loc = found(geo, "قتل جنديان في بلدة الطارمية على بعد 25 كيلومترا شمال بغداد.")["الطارمية"]
    assert loc["name"] is not None and not loc["gazetteer_id"].startswith("offset:")
    assert near(loc, *destination(*BAGHDAD, 25, 0), limit=15)


@pytest.mark.parametrize("text", [
    "افتتحت الحكومة طريقا طوله 60 كلم شمال بغداد أمس.",  # no place before the distance
    "شيدت الشركة في قرية الزعيترات طريقا بطول 60 كلم يصلها بالمدينة.",  # no direction
    "تقع سرت، وهي مدينة ساحلية مثل درنة، على بعد نحو 600 كيلومتر إلى الغرب من درنة.",  # a place from itself
    "زار الوفد قرية الزعيترات، وتقع على بعد 40 كلم جنوب حلب مدينة أخرى.",  # a verb without "التي"
])
def test_numbers_that_place_nothing(geo: Geocoder, text: str) -> None:
    for p in geo.places(text):
        assert not str(p.location.get("gazetteer_id") or "").startswith("offset:"), p


def test_a_list_takes_the_holder_written_after_it(geo: Geocoder) -> None:
    text = ("تجددت المواجهات في مناطق الجفينة والمشجح والسد القديم ومنطقة الصوابين "
            "وجميعها تابعة لمحافظة مأرب.")
    places = found(geo, text)
    for name in ("المشجح", "الصوابين"):
        loc = places[name]
        assert loc["name"] is None and loc["country"] == "Yemen"
        # the known places of the list lie west of Marib city: the unknown ones lie with them
        assert loc["precision"] == "region" and near(loc, 15.41, 45.28, limit=15)
    assert places["الجفينة"]["name"] is not None


def test_a_list_without_known_neighbours_takes_the_holder(geo: Geocoder) -> None:
    # "قرى المعلاة": a village framed by its head, given no point until the holder is read
    loc = found(geo, "اندلعت اشتباكات في قرى المعلاة والمحاريق وكلها تابعة لمحافظة أبين.")["المعلاة"]
    assert loc["precision"] == "province" and loc["admin1"] == "Abyan" and loc["lat"] is not None


@pytest.mark.parametrize("text", [
    "استولى المسلحون على سيارات ومعدات وكلها تابعة لمحافظة مأرب.",  # no list of places
    "وصلت المساعدات إلى مناطق الجفينة والمشجح التابعة للأمم المتحدة.",  # no place holds them
])
def test_no_holder_no_places(geo: Geocoder, text: str) -> None:
    places = found(geo, text)
    for bad in ("سيارات", "معدات", "المشجح"):
        assert bad not in places or places[bad].get("lat") is None


def test_a_quarter_west_of_a_city_is_not_its_far_namesake(geo: Geocoder) -> None:
    loc = found(geo, "انفجرت عبوة ناسفة في حي اليرموك الأولى غربي بعقوبة صباح اليوم.")["اليرموك"]
    assert near(loc, 33.75, 44.61, limit=5)
    assert loc["gazetteer_id"].startswith("near:") and loc["precision"] == "town"


def test_a_village_in_the_city_governorate_keeps_its_point(geo: Geocoder) -> None:
    loc = found(geo, "قصفت الطائرات قرية زاركلي شمال أربيل فجر اليوم.")["زاركلي"]
    assert loc["name"] is not None and near(loc, 36.46, 44.93, limit=5)


def test_a_construct_name_after_a_dual_head(geo: Geocoder) -> None:
    places = found(geo, "استعادت القوات قريتي الزيادية وتلعة السد في سهل الغاب بعد معارك عنيفة.")
    loc = places["تلعة السد"]
    assert loc["name"] is None and near(loc, 35.58, 36.36, limit=5)
    # an adjective is no part of the name, nor is a place of its own
    places = found(geo, "سيطر المقاتلون على قريتي الزيادية وتلعة الحدودية بعد الظهر.")
    assert "تلعة" in places and "تلعة الحدودية" not in places
    places = found(geo, "سيطر المقاتلون على قريتي تلعة الرستن أمس.")
    assert "تلعة الرستن" not in places


@pytest.mark.parametrize("text, name, precision", [
    ("تواصل القصف على بلدات ريف حلب الشمالي منذ الصباح.", "ريف حلب الشمالي", "region"),
    ("قتل شرطيان في هجوم بجنوب شرق تركيا أمس.", "جنوب شرق تركيا", "region"),
    ("تعرضت مواقع في وريف إدلب الجنوبي لغارات.", "ريف إدلب الجنوبي", "region"),
    ("شنت الطائرات غارات على جنوب شرق العراق.", "جنوب شرق العراق", "region"),
])
def test_a_directional_area_keeps_its_written_name(geo: Geocoder, text: str, name: str, precision: str) -> None:
    places = geo.places(text)
    p = next(p for p in places if p.name_ar == name)
    assert p.location["name_ar"] == name and p.location["precision"] == precision
    assert text[p.start:p.end] in name and text[p.start:p.end] != name  # the span stays the name's


def test_a_direction_from_a_town_keeps_the_town_name(geo: Geocoder) -> None:
    assert "بعقوبة" in found(geo, "وقع انفجار في سوق شعبي شمالي بعقوبة.")


def _benchmark():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "geo_coverage.py"
    spec = importlib.util.spec_from_file_location("geo_coverage", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_benchmark_takes_no_longer_mention_for_a_country(geo: Geocoder) -> None:
    bench = _benchmark()
    assert bench.variant("جنوب شرقي تركيا", "جنوب شرق تركيا")
    assert not bench.variant("تركيا", "جنوب شرق تركيا")
    # the country itself, not the south-east sector the text names
    got = bench.resolve(geo, "تركيا", "قتل شرطيان في هجوم بجنوب شرق تركيا أمس.", "country")
    assert got is not None and got["precision"] == "country"
