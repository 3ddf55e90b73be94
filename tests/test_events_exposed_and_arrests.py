"""Events told with "تعرض ... لـ" (what befell a place), assaults by unidentified gunmen on no
forces, and arrests told by seizing wanted people or by verbs in the plural."""

from wire_support import types


def test_exposed_to_strikes_with_the_time_between_is_a_strike():
    text = ("تعز - قالت مصادر محلية إن موقع جبل صبر المطل على المدينة تعرض أمس لغارات عنيفة "
            "من طيران التحالف في مدينة تعز.")
    assert "air_drone_strike" in set(types(text))


def test_purpose_lam_without_exposure_is_still_no_event():
    text = "الحوطة - تحركت قوات المقاومة أمس لاستعادة مدينة الحوطة من المتمردين."
    assert "government_regains_territory" not in set(types(text))


def test_armed_assault_by_unknown_men_on_a_newspaper_is_an_attack():
    text = ("أنقرة - كان مبنى صحيفة معارضة في مدينة أنقرة تعرض مساء أمس لاعتداء مسلح من قبل "
            "مجهولين، أسفر عن إصابة موظف.")
    found = set(types(text))
    assert "attack" in found, found
    assert "armed_clash" not in found, found


def test_armed_assault_by_unknown_men_on_a_militia_post_is_a_clash():
    text = ("الحديدة - نفذ مجهولون أمس هجوما على نقطة تفتيش تابعة لميليشيات الحوثي "
            "في مديرية الخوخة.")
    found = set(types(text))
    assert "armed_clash" in found, found
    assert "attack" not in found, found


def test_seizing_wanted_men_is_an_arrest():
    text = "العريش - تمكنت قوات الأمن أمس من ضبط 12 مطلوبا في مدينة العريش."
    found = set(types(text))
    assert "arrests" in found, found
    assert "disrupted_weapons_use" not in found, found


def test_seizing_weapons_stays_a_disruption():
    text = "العريش - تمكنت قوات الأمن أمس من ضبط كمية من الأسلحة والذخائر في مدينة العريش."
    found = set(types(text))
    assert "disrupted_weapons_use" in found, found
    assert "arrests" not in found, found


def test_plural_arrest_verb_is_an_arrest():
    text = "أضنة - قال مسؤول إن رجال الأمن أوقفوا أمس ثمانية مشتبه بهم في مدينة أضنة."
    assert "arrests" in set(types(text))
