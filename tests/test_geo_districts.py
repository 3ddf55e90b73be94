"""Administrative districts, sub-districts, camps and neighbourhoods from the curated places file.

The sentences are written for these tests in the style of wire reports; each checks that a unit
added to ``places.tsv`` resolves to its own country, governorate and seat, and that district names
which are also common Arabic words stay out of ordinary prose.
"""

from __future__ import annotations

import csv

import pytest
from geo_support import near

from rasd.geo import Geocoder
from rasd.geo.gazetteer import DATA, read_entries


def near_10km(loc: dict, lat: float, lon: float) -> bool:
    return near(loc, lat, lon, 10.0)


ADMIN1 = {(r[0], r[1]) for r in csv.reader(
    (line for line in (DATA / "admin1.tsv").read_text(encoding="utf-8").splitlines()
     if line and not line.startswith("#")), delimiter="\t")}



def one(geo: Geocoder, text: str, name: str):
    found = [p for p in geo.places(text) if p.name_ar == name]
    assert found, f"{name!r} not found in {text!r}: {[p.name_ar for p in geo.places(text)]}"
    return found[0]



def test_yemeni_district_with_its_governorate(geo):
    text = ("عدن - قتل ثلاثة جنود في هجوم شنه مسلحون على نقطة أمنية في مديرية ردفان بمحافظة لحج "
            "جنوبي اليمن، وفق مصادر محلية.")
    p = one(geo, text, "ردفان")
    assert p.location["country"] == "Yemen" and p.location["admin1"] == "Lahij"
    assert p.location["precision"] == "region"
    assert near_10km(p.location, 13.52, 44.85)


def test_yemeni_city_district_inside_aden(geo):
    text = "وسيطرت القوات على ميناء المعلا ومديرية التواهي في عدن بعد معارك استمرت يومين."
    p = one(geo, text, "المعلا")
    assert p.location["country"] == "Yemen" and p.location["admin1"] == "Aden"
    assert near_10km(p.location, 12.79, 44.98)


def test_syrian_sub_district(geo):
    text = ("الحسكة - شن الطيران الحربي غارات على ناحية الشدادي في ريف الحسكة الجنوبي، "
            "ما أدى إلى مقتل أربعة عناصر من التنظيم.")
    p = one(geo, text, "الشدادي")
    assert p.location["country"] == "Syria" and p.location["admin1"] == "Al-Hasakah"
    assert p.location["precision"] == "region"
    assert near_10km(p.location, 36.05, 40.73)


def test_syrian_villages_of_idlib_countryside(geo):
    text = "قصفت الطائرات بلدات جرجناز وتلمنس ومعرشورين في ريف إدلب الجنوبي الشرقي."
    for name, lat, lon in (("جرجناز", 35.58, 36.75), ("تلمنس", 35.58, 36.71), ("معرشورين", 35.60, 36.73)):
        p = one(geo, text, name)
        assert p.location["admin1"] == "Idlib", name
        assert near_10km(p.location, lat, lon), name


def test_same_neighbourhood_name_follows_the_city(geo):
    homs = "تجددت الاشتباكات على أطراف حي الخالدية في مدينة حمص وسط سوريا."
    aleppo = "تقدمت الفصائل في حي الخالدية بمدينة حلب بعد قصف عنيف."
    assert one(geo, homs, "الخالدية").location["admin1"] == "Homs"
    assert one(geo, aleppo, "الخالدية").location["admin1"] == "Aleppo"


def test_iraqi_sub_district_in_diyala(geo):
    text = "بعقوبة - انفجرت عبوة ناسفة قرب سوق شعبي في ناحية كنعان جنوب شرق بعقوبة، ما أسفر عن إصابة ستة مدنيين."
    p = one(geo, text, "كنعان")
    assert p.location["country"] == "Iraq" and p.location["admin1"] == "Diyala"
    assert near_10km(p.location, 33.63, 44.83)


def test_kurdistan_district(geo):
    text = "قصفت المدفعية التركية قرى في ناحية سيدكان التابعة لقضاء سوران في محافظة أربيل."
    p = one(geo, text, "سيدكان")
    assert p.location["country"] == "Iraq" and p.location["admin1"] == "Erbil"


def test_gaza_neighbourhood_and_west_bank_camp(geo):
    gaza = "استشهد أربعة فلسطينيين في قصف استهدف منزلا في حي تل الهوى جنوب غربي مدينة غزة."
    camp = "اقتحمت قوات الاحتلال مخيم بلاطة شرقي نابلس واعتقلت خمسة شبان."
    p = one(geo, gaza, "تل الهوى")
    assert p.location["country"] == "Palestine" and p.location["admin1"] == "Gaza Strip"
    assert near_10km(p.location, 31.51, 34.44)
    c = one(geo, camp, "مخيم بلاطة")
    assert c.location["admin1"] == "West Bank" and near_10km(c.location, 32.21, 35.29)


def test_lebanese_camp_and_border_village(geo):
    text = "سقطت قذيفة قرب مخيم الرشيدية جنوب صور، فيما استهدفت غارة بلدة عيترون الحدودية."
    assert one(geo, text, "مخيم الرشيدية").location["admin1"] == "South Lebanon"
    assert one(geo, text, "عيترون").location["admin1"] == "Nabatieh"


def test_borno_and_darfur_towns(geo):
    borno = "هاجم مسلحو بوكو حرام بلدة مونغونو في ولاية بورنو شمال شرقي نيجيريا."
    darfur = "وصل آلاف النازحين إلى مخيم زمزم جنوب مدينة الفاشر في ولاية شمال دارفور."
    p = one(geo, borno, "مونغونو")
    assert p.location["country"] == "Nigeria" and p.location["admin1"] == "Borno"
    z = one(geo, darfur, "مخيم زمزم")
    assert z.location["admin1"] == "North Darfur" and near_10km(z.location, 13.49, 25.30)


@pytest.mark.parametrize("text,word", [
    ("حضر الاجتماع عدد من المسؤولين والقادة العسكريين.", "حضر"),
    ("وقالت شخصيات بارزة إن الوضع الحالي لا يحتمل التأجيل.", "ارزة"),
    ("وأكد أن المرحلة الهامة تتطلب توحيد شعوب المنطقة.", "الهامة"),
    ("وأزال العمال الأنقاض في ذكرى السبعين لتأسيس المدينة.", "السبعين"),
    ("تسلم وزير الدفاع خالد العبيدي التقرير من اللجنة.", "العبيدي"),
    ("وتضررت الخيام في موجة البرد التي ضربت المنطقة.", "الخيام"),
])
def test_district_names_that_are_common_words_stay_out_of_prose(geo, text, word):
    names = [p.name_ar for p in geo.places(text)]
    assert all(word not in n for n in names), names


def test_common_word_district_still_found_after_a_head(geo):
    text = "سقطت قذائف على بلدة حضر في ريف القنيطرة الشمالي قرب خط الفصل."
    p = one(geo, text, "حضر")
    assert p.location["admin1"] == "Quneitra" and near_10km(p.location, 33.27, 35.83)


def test_curated_rows_are_well_formed():
    rows = [line.split("\t") for line in (DATA / "places.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    seen: set[tuple[str, str]] = set()
    for r in rows:
        assert len(r) in (7, 8), r
        name, cc, admin1, lat, lon, kind, names = r[:7]
        assert kind in ("town", "region"), r
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, r
        assert not admin1 or (cc, admin1) in ADMIN1, r
        assert names and all(n.strip() for n in names.split("|")), r
        assert (name, cc) not in seen, f"duplicate row {name} {cc}"
        seen.add((name, cc))


def test_new_units_are_in_the_packaged_gazetteer():
    entries = {e.name: e for e in read_entries() if e.curated}
    for name, admin1 in (("Radfan", "Lahij"), ("Al-Shaddadi", "Al-Hasakah"), ("Kanaan", "Diyala"),
                         ("Balata camp", "West Bank"), ("Monguno", "Borno")):
        assert entries[name].admin1 == admin1
        assert entries[name].source == "curated"


def test_gazetteer_matches_places_file():
    """The packaged file was rebuilt after the last edit of places.tsv (every row is in it)."""
    rows = [line.split("\t")[0] for line in (DATA / "places.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    names = {e.name for e in read_entries() if e.curated}
    missing = [r for r in rows if r not in names]
    assert not missing, f"rebuild with scripts/build_gazetteer.py; missing {missing[:5]}"
