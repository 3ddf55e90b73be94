"""Names told apart from common words by how the article spells them, and big foreign cities
after a preposition.

Sentences are written for these tests in the style of wire reports. Normalising drops the
hamza and folds "ى" into "ي", so "إب" (the Yemeni city) reads like "آب" (August), "إحياء"
(reviving) like "أحياء" (quarters) and the first name "علي" like the preposition "على": the
original spelling decides. A city too small to stand bare abroad is still a place after "في".
"""

from __future__ import annotations

from geo_support import found, near

from rasd.geo import Geocoder


def test_ibb_spelled_with_hamza_is_the_city(geo: Geocoder) -> None:
    places = found(geo, "وقتل ثلاثة من المسلحين في اشتباكات بتعز، وفي إب قتل اثنان آخران.")
    assert "إب" in places
    assert places["إب"]["precision"] == "town"
    assert near(places["إب"], 13.97, 44.18, 5)


def test_august_and_a_gate_are_no_city(geo: Geocoder) -> None:
    for text in ("وقعت الهجمات في 3 آب الماضي.", "سقطت قذائف على منطقة باب الحديد وسط المدينة."):
        names = {p.name_ar for p in geo.places(text)}
        assert not {"آب", "اب", "إب"} & names


def test_ibb_governorate_keeps_its_head(geo: Geocoder) -> None:
    places = found(geo, "شنت طائرات التحالف غارات على مواقع في محافظة إب وسط اليمن.")
    assert places["محافظة إب"]["precision"] == "province"


def test_ali_is_a_name_not_a_preposition(geo: Geocoder) -> None:
    names = {p.name_ar for p in geo.places("وقال علي الحسيني، رئيس بلدية طوز خورماتو، إن الهجوم أوقع قتلى.")}
    assert "الحسيني" not in names


def test_reviving_frames_no_quarter(geo: Geocoder) -> None:
    names = {p.name_ar for p in geo.places("يسعى المبعوث إلى إحياء مفاوضات السلام بين الطرفين.")}
    assert "مفاوضات" not in names and "مفاوضات السلام" not in names


def test_quarters_still_frame_their_names(geo: Geocoder) -> None:
    names = {p.name_ar for p in geo.places("قصفت القوات أحياء الملعب والأندلس في الرمادي.")}
    assert "الملعب" in names


def test_a_quantifier_after_a_village_head_is_no_name(geo: Geocoder) -> None:
    names = {p.name_ar for p in geo.places("سيطرت الوحدات الكردية على قريتين أغلب سكانهما من العرب.")}
    assert "أغلب" not in names


def test_common_words_that_name_foreign_cities(geo: Geocoder) -> None:
    names = {p.name_ar for p in geo.places(
        "قاتل الجنود في ميدان المعركة، وقال مسؤول إن المتظاهرين خرجوا بطرق سلمية بعد تحقيق جنائي.")}
    assert not {"ميدان", "سلمية", "جنائي"} & names


def test_a_big_city_abroad_after_a_preposition(geo: Geocoder) -> None:
    places = found(geo, "قتل جنرال في هجوم صاروخي على سيارته في بوجمبورا أمس الأحد.")
    assert near(places["بوجمبورا"], -3.38, 29.36)


def test_a_direction_glued_to_b_leads_to_the_holder(geo: Geocoder) -> None:
    places = found(geo, "انفجرت عبوة ناسفة في منطقة دار سلم بجنوب صنعاء صباح اليوم.")
    assert "دار سلم" in places and "دار سلم بجنوب" not in places
    assert near(places["دار سلم"], 15.35, 44.2)
