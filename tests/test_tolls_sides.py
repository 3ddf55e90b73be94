"""The dead of both sides of a clash told in two sentences, and ranks counted as soldiers.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import events, one


def test_other_side_of_a_clash_in_the_next_sentence_adds_up():
    text = ("قتل 18 مقاتلا من الفصائل المعارضة خلال اشتباكات مع قوات النظام في بلدة الراموسة جنوب حلب "
            "يوم أمس، بحسب المرصد السوري لحقوق الإنسان. وأفاد المرصد بمقتل سبعة من قوات النظام في "
            "الاشتباكات.")
    assert one(text, "armed_clash")["fatalities"]["low"] == 25


def test_a_running_total_in_the_next_sentence_does_not_add():
    text = ("قتل 18 مقاتلا من الفصائل المعارضة خلال اشتباكات مع قوات النظام في بلدة الراموسة جنوب حلب "
            "يوم أمس. وقتل حتى الآن 40 جنديا من قوات النظام في المعارك.")
    assert one(text, "armed_clash")["fatalities"]["low"] == 18


def test_the_other_side_after_a_shelling_is_not_its_toll():
    text = ("قتل ثلاثة جنود وأصيب أربعة آخرون إثر سقوط قذيفة هاون على حاجز عسكري في مدينة العريش "
            "يوم أمس. وقال المتحدث العسكري إن قصفا مدفعيا للجيش على مواقع المسلحين أسفر عن مقتل 12 مسلحا.")
    tolls = [e["fatalities"]["low"] for e in events(text) if e["type"] == "shelling_artillery_missile_attack"]
    assert 15 not in tolls


def test_a_toll_of_two_sides_told_again_is_not_added_twice():
    text = ("قتل أربعة مدنيين وجندي في اشتباكات بين الجيش ومسلحين في بلدة الراموسة جنوب حلب يوم أمس. "
            "وأكد مصدر طبي مقتل أربعة مدنيين وجندي في الاشتباكات.")
    assert one(text, "armed_clash")["fatalities"]["low"] == 5


def test_an_officer_named_by_rank_is_one_killed():
    text = "قتل عميد في الجيش اليمني يوم أمس في اشتباكات مع المسلحين في مدينة مأرب."
    ev = one(text, "armed_clash")
    assert (ev["fatalities"]["low"], ev["fatalities"]["high"]) == (1, 1)
