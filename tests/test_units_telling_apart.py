"""When tellings of one type are one ACLED unit and when they are two: a definite act word told at
another place on its own day, the same toll told at a town and at the mountain it lies on, and
fighting told in a relative clause of a town other than the ground taken; on sentences written for
these tests in wire style."""

from wire_support import events as _events


def _placed(text: str, etype: str) -> list[tuple[str, str]]:
    return [(e["location"]["name_ar"], e["date"]) for e in _events(text) if e["type"] == etype]


def test_definite_act_word_at_another_place_on_its_own_day_is_another_event():
    told = "قصفت القوات الحكومية بالمدفعية قرى في ريف إدلب الجنوبي أمس الجمعة. "
    apart = told + "وقال ناشطون إن القصف على بلدة كفرنبل في 2 مارس أوقع عشرات القتلى."
    shelling = _placed(apart, "shelling_artillery_missile_attack")
    assert ("كفرنبل", "2024-03-02") in shelling and ("ريف إدلب الجنوبي", "2024-03-08") in shelling
    # a day written far from the act word dates something else: the act is the one told
    same = told + "وشيع الأهالي في 2 مارس جثامين القتلى الذين سقطوا في بلدة كفرنبل خلال القصف."
    assert _placed(same, "shelling_artillery_missile_attack") == [("ريف إدلب الجنوبي", "2024-03-08")]


def test_same_toll_at_a_town_and_the_mountain_it_lies_on_is_one_strike_at_the_town():
    text = ("قتل خمسة أشخاص وأصيب تسعة آخرون أمس الجمعة في غارة جوية على مواقع في جبل الزاوية "
            "بريف إدلب. وقال ناشط من بلدة كفرنبل إن طائرات حربية شنت غارة على أطراف البلدة أمس "
            "أسفرت عن مقتل خمسة أشخاص وإصابة تسعة.")
    strikes = [e for e in _events(text) if e["type"] == "air_drone_strike"]
    assert [e["location"]["name_ar"] for e in strikes] == ["كفرنبل"]
    assert strikes[0]["fatalities"]["low"] == 5


def test_fighting_in_a_relative_clause_of_a_town_is_there_not_in_the_ground_taken():
    text = "وأعلن الجيش أمس الجمعة استعادة السيطرة على محافظة حمص عدا مدينة تدمر التي تتواصل فيها اشتباكات متقطعة."
    assert "تدمر" in [name for name, _ in _placed(text, "armed_clash")]
