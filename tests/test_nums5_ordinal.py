"""The last of people counted before, named by an ordinal after a cue, is one person.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import one


def test_the_fourth_of_four_wounded_is_one_injured():
    text = ("هاجم مسلحون سيارة كان على متنها أربعة جنود في ولاية تيزي وزو يوم أمس، ما أدى إلى "
            "مقتل ثلاثة منهم وإصابة الرابع.")
    got = one(text, "armed_clash")
    assert (got["fatalities"]["low"], got["fatalities"]["high"]) == (3, 3)
    assert (got["injuries"]["low"], got["injuries"]["high"]) == (1, 1)


def test_the_third_of_three_killed_after_two_wounded():
    text = ("هاجم مسلحون ثلاثة من رجال الشرطة عند حاجز في مدينة العريش يوم أمس، "
            "فأصيب اثنان منهم وقتل الثالث.")
    got = one(text, "armed_clash")["fatalities"]
    assert (got["low"], got["high"]) == (1, 1)
