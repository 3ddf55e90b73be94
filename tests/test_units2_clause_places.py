"""Where each act of a sentence took place: an act told after "بعد / عقب / إثر" keeps its own place,
and a definite "الهجوم" told again over the side of the country that holds its town is that attack;
on sentences written for these tests in wire style."""

from wire_support import events as _events


def _at(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["location"]["name_ar"]) for e in _events(text)}


def test_protest_after_a_clash_elsewhere_keeps_each_its_own_town():
    found = _at("تظاهر المئات في مدينة الرمادي أمس بعد مقتل أربعة مدنيين في اشتباكات بين الجيش "
                "والمسلحين ببلدة الفلوجة.")
    assert ("peaceful_protest", "الرمادي") in found
    assert ("armed_clash", "الفلوجة") in found
    assert ("armed_clash", "الرمادي") not in found
    assert ("peaceful_protest", "الفلوجة") not in found


def test_next_sentence_goes_on_at_the_main_act_place():
    found = _at("تظاهر المئات في مدينة الرمادي أمس بعد مقتل أربعة مدنيين في اشتباكات بين الجيش "
                "والمسلحين ببلدة الفلوجة. وأطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين.")
    assert not any(place == "الفلوجة" and kind != "armed_clash" for kind, place in found)


def test_same_kind_told_twice_is_not_split():
    found = _at("سيطرت القوات الحكومية أمس على مدينة الرمادي بعد يوم من السيطرة على مدينة الفلوجة.")
    assert {p for k, p in found if k == "government_regains_territory"} >= {"الرمادي", "الفلوجة"}


def test_attack_told_again_over_the_east_of_the_country_is_one_event():
    found = _at("هاجم مئات الانفصاليين أمس مواقع القوات الحكومية قرب بلدة ستاروناتيفكا. "
                "وأضاف المتحدث العسكري أن الهجوم يندرج ضمن تصاعد التوتر في شرق أوكرانيا.")
    assert ("armed_clash", "ستاروناتيفكا") in found
    assert ("armed_clash", "شرق أوكرانيا") not in found
