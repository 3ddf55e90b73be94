"""One test per kind of gazetteer miss fixed in the second coverage pass of issue 3.

Sentences are written for these tests in the style of wire reports: a list after a plural
head ("محافظات X وY وZ") shares the head's kind; a final hamza may be written or dropped
("المخاء" / "المخا"); transliteration variants of Turkish, Afghan and Sahel names resolve; a
name that is also a common word ("شروره" = his evils, "الضباب" = fog) needs a head; the
coverage benchmark compares names word for word ("إب" is not inside "أبين").
"""

from __future__ import annotations

import pytest
from geo_support import found, near

from rasd.geo.gazetteer import Entry, Gazetteer, name_key, spelling_variants


def near_15km(loc: dict, lat: float, lon: float) -> bool:
    return near(loc, lat, lon, 15.0)


# ---- a list after a plural head shares its kind ----------------------------------------

def test_list_after_plural_province_head_gives_provinces(geo):
    text = ("أعلنت قيادة العمليات المشتركة مقتل عشرات المسلحين في محافظات نينوى وصلاح الدين "
            "وكركوك خلال الأسبوع الماضي.")
    got = found(geo, text)
    for name, admin1 in (("نينوى", "Nineveh"), ("صلاح الدين", "Salah al-Din"), ("كركوك", "Kirkuk")):
        assert got[name]["precision"] == "province", (name, got[name])
        assert got[name]["admin1"] == admin1


def test_dual_province_head_covers_both_names(geo):
    got = found(geo, "شنت مقاتلات التحالف غارات على مواقع في محافظتي صعدة وحجة شمال غربي اليمن.")
    assert got["صعدة"]["precision"] == "province" and got["حجة"]["precision"] == "province"


def test_singular_head_does_not_spread_to_the_next_town(geo):
    # "مدينة X وY": only X carries the head; a big city after it keeps its own kind
    got = found(geo, "وصل الوفد إلى مدينة أعزاز وحلب أمس قادما من الحدود التركية.")
    assert got["حلب"]["precision"] == "town"


def test_name_that_is_a_person_is_licensed_by_the_list_head(geo):
    # "صلاح الدين" is also a person's name (stop-listed): a plural head licenses it
    got = found(geo, "وتوزعت الهجمات على محافظات ديالى وصلاح الدين.")
    assert got["صلاح الدين"]["precision"] == "province"
    assert "صلاح الدين" not in found(geo, "وقال صلاح الدين الأيوبي في مقابلة إن الحل سياسي.")


# ---- spelling variants -----------------------------------------------------------------

def test_final_hamza_variants_are_generated_both_ways():
    assert spelling_variants("صنعاء") == ("صنعا",)
    assert spelling_variants("المخا") == ("المخاء",)
    assert spelling_variants("حلب") == ()


def test_mocha_with_and_without_final_hamza(geo):
    for spelling in ("المخاء", "المخا"):
        got = found(geo, f"قصفت البوارج مواقع في مدينة {spelling} غرب تعز.")
        assert near_15km(got[spelling], 13.32, 43.25), spelling


def test_variant_never_overrides_a_name_of_its_own():
    # a variant key is only added where no place already owns that spelling
    def entry(gid: str, name: str, names: tuple[str, ...]) -> Entry:
        return Entry(gid, "town", name, "YE", "", 13.3, 43.25, 0, "curated", names)

    gaz = Gazetteer([entry("a", "Mocha", ("المخا",)), entry("b", "Other", ("المخاء",)),
                     entry("c", "Sanaa", ("صنعاء",))])
    assert [e.gid for e in gaz.lookup("المخاء")] == ["b"]
    assert [e.gid for e in gaz.lookup("المخا")] == ["a"]
    assert [e.gid for e in gaz.lookup(name_key("صنعا"))] == ["c"]


def test_common_word_variant_needs_a_head(geo):
    # "الشفاء" (recovery, a hospital's name) is not the Saudi town Ash Shafa in prose
    assert "الشفاء" not in found(geo, "نقل الجرحى إلى مستشفى الشفاء في غزة بعد الغارة.")


# ---- transliterated names: Turkey, Donbas, Sahel, Afghanistan ---------------------------

@pytest.mark.parametrize("text,name,lat,lon", [
    ("قتل 32 شخصا في تفجير انتحاري استهدف مركزا ثقافيا في بلدة سروج التركية الحدودية.", "سروج", 36.98, 38.43),
    ("وقع الانفجار في مدينة سوروتش جنوب شرقي تركيا قرب الحدود السورية.", "سوروتش", 36.98, 38.43),
    ("قتل جنديان في هجوم على مخفر للدرك في منطقة دوغوبيازيت شرق تركيا.", "دوغوبيازيت", 39.55, 44.08),
    ("قتل شرطيان برصاص مسلحين في مدينة جيلان بينار على الحدود مع سوريا.", "جيلان بينار", 36.85, 40.05),
    ("أعلنت واشنطن أن طائراتها ستنطلق من قاعدة إنجرليك لضرب مواقع التنظيم.", "قاعدة إنجرليك", 37.0, 35.43),
    ("أطلق مسلحان النار على مبنى القنصلية الأمريكية في حي ساريير بإسطنبول.", "ساريير", 41.17, 29.05),
    ("تجدد القصف المدفعي على بلدة ديبالتسيف شرق أوكرانيا ليل الأحد.", "ديبالتسيف", 48.34, 38.40),
    ("قتل عشرة أشخاص في هجوم انتحاري في بلدة فوتوكول بشمال الكاميرون.", "فوتوكول", 12.37, 14.22),
    ("هاجم مسلحون قاعدة للجيش في غورما راروس في منطقة تمبكتو.", "غورما راروس", 16.88, -1.92),
    ("قتل قيادي في حركة طالبان بغارة لطائرة مسيرة في منطقة برمال بإقليم باكتيكا.", "برمال", 32.73, 69.28),
    ("سيطر مسلحو طالبان على مديرية واردوج في ولاية بدخشان شمال شرقي البلاد.", "واردوج", 36.50, 70.97),
])
def test_transliterated_places(geo, text, name, lat, lon):
    got = found(geo, text)
    assert name in got, (name, list(got))
    assert near_15km(got[name], lat, lon), got[name]


def test_province_alias_spelling(geo):
    got = found(geo, "قتل ثلاثة جنود في اشتباك مع مسلحين في ولاية شرناخ جنوب شرقي تركيا.")
    loc = got.get("شرناخ") or got.get("ولاية شرناخ")
    assert loc is not None and loc["admin1"] == "Sirnak" and loc["precision"] == "province", got


# ---- Yemeni districts and areas of the southern fronts --------------------------------

@pytest.mark.parametrize("text,name,admin1", [
    ("تقدمت المقاومة في منطقة سناح شمال مدينة الضالع بعد معارك عنيفة.", "سناح", "Al Dhale'e"),
    ("استهدفت الغارات تجمعات للمسلحين في مناطق الوهط والفيوش شمال عدن.", "الوهط", "Lahij"),
    ("اندلعت اشتباكات في مديرية القبيطة بمحافظة لحج صباح اليوم.", "القبيطة", "Lahij"),
    ("قصفت المدفعية قرى مشرعة وحدنان في جبل صبر المطل على مدينة تعز.", "مشرعة وحدنان", "Taizz"),
    ("وسقطت قذائف على حي الجحملية شرق مدينة تعز.", "الجحملية", "Taizz"),
    ("شن الطيران غارات على مديرية المطمة في محافظة الجوف.", "المطمة", "Al Jawf"),
])
def test_yemeni_districts_and_areas(geo, text, name, admin1):
    got = found(geo, text)
    assert name in got, (name, list(got))
    assert got[name]["country"] == "Yemen" and got[name]["admin1"] == admin1


def test_sabr_follows_its_context(geo):
    # "صبر" is the mountain over Taiz in a Taiz report, the town north of Aden in a Lahij one
    taiz = found(geo, "تدور معارك في منطقة صبر المطلة على مدينة تعز منذ أيام.")
    lahij = found(geo, "سيطرت المقاومة على منطقة صبر بمحافظة لحج شمال عدن.")
    assert taiz["صبر"]["admin1"] == "Taizz"
    assert lahij["صبر"]["admin1"] == "Lahij"


@pytest.mark.parametrize("text,word", [
    ("وتوعد المتحدث بالتخلص من شروره واجتثاث جذوره.", "شروره"),
    ("غطى الضباب الكثيف الطريق الساحلي صباح اليوم.", "الضباب"),
    ("وقال إن الصبر على الحصار لا يعني القبول به، وإن صبر الناس له حدود.", "صبر"),
    ("أصدر الحزب جريدة كردستان باللغتين الكردية والعربية.", "كردستان"),
    ("دعا إلى دعم قاعدة الجهاد في جزيرة العرب.", "الجهاد"),
])
def test_common_words_stay_out_of_prose(geo, text, word):
    assert word not in found(geo, text)


def test_kurdistan_region_with_its_head(geo):
    got = found(geo, "زار الوزير أربيل عاصمة إقليم كردستان العراق أمس.")
    loc = got.get("إقليم كردستان العراق") or got.get("كردستان العراق")
    assert loc is not None and loc["country"] == "Iraq" and loc["precision"] == "region"


# ---- the coverage benchmark's name matching ----------------------------------------------

def test_benchmark_matches_names_word_for_word(geo):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "geo_coverage.py"
    spec = importlib.util.spec_from_file_location("geo_coverage", path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    text = "قصفت الطائرات مواقع في محافظة أبين، فيما شهدت محافظة إب اشتباكات متقطعة."
    got = mod.resolve(geo, "إب", text, "province")
    assert got["admin1"] == "Ibb" and got["precision"] == "province"


@pytest.mark.parametrize("text, word", [
    ("وقع الانفجار في حي سكني في كابول صباح الجمعة.", "سكني"),
    ("نفذ الطيران غارات على قرى منطقة جبال حمرين شمالي بعقوبة.", "منطقة"),
    ("شن المسلحون هجوما على قرى وبلدات بمحيط قاعدة عين الأسد.", "بمحيط"),
    ("وقال المسعف إن مدنيا واحدا قتل في القصف على مدينة تعز.", "واحدا"),
    ("وقتل مدني واحد في قصف على مدينة تعز أمس.", "واحد"),
    ("ونشر ناشطون الخبر مرفقا بصور للدمار الذي خلفه القصف على مدينة إدلب.", "صور"),
    ("سقط الصاروخ الأول على الطرف الشرقي من مدينة معرة النعمان.", "الطرف"),
    ("وأكد الأطباء أن المنشأة الطبية في خان شيخون تعرضت لغارة.", "المنشأة"),
])
def test_common_words_after_a_head_name_no_place(geo, text, word):
    assert word not in found(geo, text)
