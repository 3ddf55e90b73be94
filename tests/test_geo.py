"""Place finding and resolution on sentences written for these tests."""

from __future__ import annotations

import gzip

import pytest

from rasd.geo import Geocoder, km
from rasd.geo.gazetteer import read_entries


def by_name(places, name):
    return [p for p in places if p.name_ar == name]


def test_douma_syria_vs_lebanon(geo):
    syrian = "دمشق - قصفت الطائرات الحربية مدينة دوما في الغوطة الشرقية بريف دمشق، ما أدى إلى مقتل خمسة مدنيين."
    lebanese = ("بيروت - أصيب شخصان بجروح في إشكال مسلح وقع في بلدة دوما بقضاء البترون في محافظة الشمال "
                "اللبناني، بحسب الوكالة الوطنية للإعلام.")
    s = by_name(geo.places(syrian), "دوما")[0]
    lb = by_name(geo.places(lebanese), "دوما")[0]
    assert s.location["country"] == "Syria" and s.location["admin1"] == "Rif Dimashq"
    assert lb.location["country"] == "Lebanon"
    assert km(s.location["lat"], s.location["lon"], 33.57, 36.40) < 10
    assert km(lb.location["lat"], lb.location["lon"], 34.21, 35.84) < 15


def test_clitics_and_offsets(geo):
    text = "وسقطت قذائف بدوما ولحرستا، وفي سراقب قتل طفل."
    places = geo.places(text)
    names = [p.name_ar for p in places]
    assert names == ["دوما", "حرستا", "سراقب"]
    for p in places:
        assert text[p.start:p.end] == p.name_ar
    assert places[1].location["admin1"] == "Rif Dimashq"


def test_spelling_variants_and_diacritics(geo):
    for variant in ("حماه", "حماة", "حَمَاة"):
        p = geo.places(f"قتل ثلاثة في مدينة {variant} اليوم")[0]
        assert p.location["name"].startswith("Ḩam") or p.location["admin1"] == "Hama"
        assert p.name_ar == variant


def test_unknown_village_takes_province(geo):
    text = "قتل أربعة مدنيين بقصف مدفعي على قرية الزعترية في ريف إدلب الجنوبي صباح اليوم."
    p = by_name(geo.places(text), "الزعترية")[0]
    assert p.location["precision"] == "province"
    assert p.location["admin1"] == "Idlib" and p.location["country"] == "Syria"
    assert p.location["name_ar"] == "الزعترية"
    assert p.kind == "province"


def test_directional_regions(geo):
    text = "دارت اشتباكات عنيفة في ريف حلب الشمالي، كما استهدفت غارات مواقع غرب الموصل وجنوبي الرمادي."
    places = geo.places(text)
    aleppo = by_name(places, "ريف حلب الشمالي")[0]  # the area keeps its whole written name
    assert text[aleppo.start:aleppo.end] == "حلب"  # while its span stays the name's
    assert aleppo.kind == "region" and aleppo.location["precision"] == "region"
    assert aleppo.location["lat"] > 36.25  # the northern countryside lies north of the city
    mosul = by_name(places, "الموصل")[0]
    assert mosul.location["precision"] == "region"
    assert km(mosul.location["lat"], mosul.location["lon"], 36.34, 43.13) < 15
    ramadi = by_name(places, "الرمادي")[0]
    assert ramadi.location["precision"] == "region" and ramadi.location["admin1"] == "Anbar"


def test_named_regions_and_neighbourhoods(geo):
    text = "تواصل القصف على الغوطة الشرقية وحي جوبر في دمشق، فيما شهد جبل الزاوية معارك عنيفة."
    places = geo.places(text)
    assert by_name(places, "الغوطة الشرقية")[0].location["precision"] == "region"
    assert by_name(places, "جوبر")[0].location["admin1"] == "Damascus"
    assert by_name(places, "جبل الزاوية")[0].location["admin1"] == "Idlib"


def test_province_head_gives_province(geo):
    p = geo.places("سيطر مسلحون على مواقع في محافظة صعدة شمالي اليمن.")[0]
    assert p.location["precision"] == "province" and p.location["admin1"] == "Saada"


def test_common_words_are_not_places(geo):
    text = ("قالت مصادر في الجيش إن قوات الأمن حققت النصر، وأضاف محمد علي أن حماس وداعش "
            "والحشد ليسوا طرفا، وأن الحرب مستمرة منذ عدة أشهر بحسب بيان رسمي.")
    assert geo.places(text) == []


def test_context_prefers_nearby_candidates(geo):
    # "الحمدانية" is in Aleppo and in Nineveh; the other places decide.
    iraqi = "اقتحمت القوات العراقية قضاء الحمدانية قرب برطلة وبعشيقة شرقي الموصل."
    p = by_name(geo.places(iraqi), "الحمدانية")[0]
    assert p.location["country"] == "Iraq"


def test_geocode_and_country_filter(geo):
    all_douma = geo.geocode("دوما")
    assert {c["country"] for c in all_douma} >= {"Syria", "Lebanon"}
    lb = geo.geocode("دوما", country="LB")
    assert lb and all(c["country"] == "Lebanon" for c in lb)
    assert geo.geocode("دوما", country="لبنان")[0]["country"] == "Lebanon"
    assert geo.geocode("") == []
    with pytest.raises(ValueError, match="unknown country"):
        geo.geocode("دوما", country="Atlantis")


def test_reverse(geo):
    r = geo.reverse(35.93, 36.63)
    assert r == {"country": "Syria", "country_code": "SY", "admin1": "Idlib"}
    assert geo.reverse(33.31, 44.36)["admin1"] == "Baghdad"
    assert geo.reverse(0.0, -150.0) is None
    with pytest.raises(ValueError):
        geo.reverse(123.0, 0.0)


def test_bad_input(geo):
    assert geo.places("") == []
    assert geo.places("\x00\x01\ufffd" * 100) == []
    with pytest.raises(TypeError):
        geo.places(b"\xd8\xaf")  # type: ignore[arg-type]


def test_malformed_gazetteer_file_is_named(tmp_path):
    bad = tmp_path / "gaz.tsv.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as fh:
        fh.write("id\tkind\n" + "x\ttown\tonly-three\n")
    with pytest.raises(ValueError, match="gaz.tsv.gz:2"):
        read_entries(bad)
    with pytest.raises(FileNotFoundError, match="missing"):
        read_entries(tmp_path / "nope.tsv.gz")


def test_location_shape(geo):
    p = geo.places("قتل جندي في مدينة تعز")[0]
    assert set(p.location) == {"name_ar", "name", "country", "admin1", "lat", "lon", "precision", "gazetteer_id"}
    assert 0 < p.confidence <= 1


def test_cli_geocode(capsys):
    from rasd.cli import main

    assert main(["geocode", "دوما", "--country", "LB", "--limit", "1"]) == 0
    assert '"country": "Lebanon"' in capsys.readouterr().out
    assert main(["geocode", "--reverse", "36.2", "37.15"]) == 0
    assert '"admin1": "Aleppo"' in capsys.readouterr().out
    assert main(["geocode", "كلمةليستمكانا"]) == 1
    assert "not in the gazetteer" in capsys.readouterr().err


def test_villages_missing_from_the_gazetteer_keep_their_names_without_a_point():
    geo = Geocoder.default()
    text = "دارت اشتباكات في قريتي كفر عويد والمشيرفة، فيما قصف الطيران مدينة معرة النعمان في ريف إدلب."
    found = {p.name_ar: p for p in geo.places(text)}
    for name in ("كفر عويد", "المشيرفة"):
        assert name in found, found
        loc = found[name].location
        assert loc["lat"] is None and loc["lon"] is None and loc["country"] == "Syria"
    assert found["معرة النعمان"].location["lat"] is not None


def test_missing_villages_take_the_point_of_the_town_written_after_them():
    geo = Geocoder.default()
    text = "دارت اشتباكات في قريتي كفر عويد والمشيرفة قرب مدينة معرة النعمان في ريف إدلب."
    found = {p.name_ar: p for p in geo.places(text)}
    town = found["معرة النعمان"].location
    for name in ("كفر عويد", "المشيرفة"):
        loc = found[name].location
        assert loc["name"] is None and loc["precision"] == "region"
        assert (loc["lat"], loc["lon"]) == (town["lat"], town["lon"])


def test_words_after_a_head_that_are_no_names_are_ignored():
    geo = Geocoder.default()
    assert not [p for p in geo.places("دخلت الدورية منطقة عسكرية قرب القرية المجاورة") if p.location["lat"] is None]
