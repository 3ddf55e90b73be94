"""Tolls that add up: one joined by و after a count of "others", and people killed "with" one told.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import one


def test_one_joined_after_a_count_of_others_adds_up():
    text = ("قتل شخص في هجوم مسلح على نقطة تفتيش في مدينة العريش يوم أمس، ولقي اثنان آخران "
            "وضابط شرطة مصرعهم.")
    assert one(text, "armed_clash")["fatalities"]["low"] == 4


def test_counted_companions_killed_with_a_leader_add_up():
    text = "قتل قائد ميداني مع ثلاثة من مرافقيه في غارة جوية على مدينة مأرب يوم أمس."
    assert one(text, "air_drone_strike")["fatalities"]["low"] == 4


def test_two_guards_killed_with_a_deputy_add_up():
    text = "قتل نائب مع حارسيه في هجوم مسلح استهدف سيارته في مدينة مقديشو يوم أمس."
    assert one(text, "armed_clash")["fatalities"]["low"] == 3


def test_a_gunman_after_with_is_the_foe_not_another_dead():
    text = "قتل جندي مع مسلح في اشتباك بمدينة العريش يوم أمس."
    assert one(text, "armed_clash")["fatalities"]["low"] == 1
