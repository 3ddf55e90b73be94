"""Events that are no incident of their own: an aim, a place left out, a place described in an aside,
a site's footer repeating the headline, a part of a country beside a province's telling."""

from wire_support import events


def _keys(text: str) -> list[tuple[str, str | None]]:
    return [(e["type"], e["location"].get("name_ar")) for e in events(text)]


def test_taking_with_purpose_lam_is_an_aim_not_a_gain():
    text = ("الرمادي - شنت القوات العراقية أمس هجوما واسعا على مواقع تنظيم داعش شرق مدينة الرمادي "
            "لاستعادة السيطرة على المدينة.")
    found = _keys(text)
    assert not [k for k in found if k[0].endswith("territory")], found
    assert ("armed_clash", "الرمادي") in found  # the attack itself is told


def test_place_after_except_word_is_not_taken():
    text = ("عدن - سيطرت القوات الموالية للحكومة أمس على محافظة أبين بالكامل باستثناء مدينة لودر، "
            "بعد معارك مع الحوثيين.")
    found = _keys(text)
    assert ("government_regains_territory", "محافظة أبين") in found
    assert not [k for k in found if k[1] == "لودر"], found


def test_places_of_an_aside_after_a_place_describe_it():
    text = "عدن - سيطرت المقاومة الشعبية أمس على قاعدة العند وهي أكبر قاعدة جوية تربط بين لحج وتعز."
    assert _keys(text) == [("government_regains_territory", "قاعدة العند")]


def test_aside_naming_the_places_themselves_keeps_them():
    # "البلدتين المحاصرتين وهما X وY": the aside follows no place, it names where the fighting is
    text = ("دمشق - تواصلت المعارك أمس في ريف إدلب حول البلدتين المحاصرتين وهما الفوعة وكفريا، "
            "وقتل خمسة مسلحين.")
    assert {k[1] for k in _keys(text)} & {"الفوعة", "كفريا"}


def test_placeless_footer_repeating_the_headline_makes_no_event():
    text = ("صنعاء - شن طيران التحالف أمس غارات على مواقع للحوثيين في مدينة صعدة.\n"
            "من جهة أخرى، قتل ثلاثة مسلحين في اشتباكات مع المقاومة الشعبية في مدينة تعز.\n"
            "رابط الخبر بصحيفة الوئام: طائرات التحالف تقصف مواقع للحوثيين")
    found = _keys(text)
    assert ("air_drone_strike", "صعدة") in found
    assert ("air_drone_strike", "تعز") not in found  # the footer took the last place told


def test_part_of_a_country_folds_into_a_province_of_the_same_day():
    text = ("شنت طائرات التحالف أمس غارات على مواقع لتنظيم داعش في شمال العراق.\n"
            "وقال مسؤول كردي إن طائرات التحالف شنت أمس غارات على مواقع التنظيم في محافظة كركوك.")
    assert _keys(text) == [("air_drone_strike", "محافظة كركوك")]
