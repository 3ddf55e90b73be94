"""Counts of one kind listed with "، و" add up: the comma only closes the first count.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import one


def test_counts_of_two_sides_listed_after_a_comma_add_up():
    text = "قتل 30 مسلحا على الأقل، و6 جنود في اشتباكات عنيفة بمدينة الرمادي يوم أمس."
    got = one(text, "armed_clash")["fatalities"]
    assert (got["low"], got["high"]) == (36, None)


def test_counts_of_one_side_listed_after_a_comma_add_up():
    text = "أعلنت الحكومة مقتل 12 جنديا، و5 من رجال الشرطة في هجوم مسلح على مدينة العريش يوم أمس."
    got = one(text, "armed_clash")["fatalities"]
    assert (got["low"], got["high"]) == (17, 17)


def test_a_count_at_another_place_after_the_comma_does_not_add():
    text = "قتل 7 جنود في اشتباكات بمدينة الرمادي يوم أمس، و4 في مدينة الفلوجة."
    got = one(text, "armed_clash")["fatalities"]
    assert got["low"] == 7
