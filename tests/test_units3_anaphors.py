"""Which event an anaphor and its toll go to: the main act of the incident told last, and each of
two tellings of one noun in a clause at its own place.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import events, one


def test_this_attack_goes_to_the_main_act_told_first():
    text = ("قالت الشرطة إن عبوة ناسفة انفجرت أمس بدورية للجيش في مدينة الموصل، قبل أن يلقي مسلحون قنابل يدوية "
            "على الجنود. وقال ضابط في الشرطة إن أربعة جنود قتلوا في هذا الهجوم.")
    assert one(text, "remote_explosive_landmine_ied")["fatalities"]["low"] == 4
    grenade = [e for e in events(text) if e["type"] == "grenade"]
    assert all((e["fatalities"] or {}).get("low") != 4 for e in grenade)


def test_an_act_named_again_is_not_the_main_act():
    text = ("وقتل ثلاثة جنود في غارات على مواقع المسلحين أمس. وكانت الحكومة أكدت تزامنا مع الغارات أنها لن "
            "تتهاون مع المسلحين بعد تفجير انتحاري وقع أمس في مدينة الموصل. واتهم المسؤولون التنظيم بالوقوف "
            "خلف التفجير الذي أوقع 12 قتيلا.")
    assert one(text, "suicide_bomb")["fatalities"]["low"] == 12


def test_two_tellings_of_one_noun_each_at_its_own_place():
    text = ("فجر انتحاري نفسه أمس وسط حشد في مدينة كركوك. وتحقق السلطات في وجود روابط بين الهجوم في كركوك "
            "والهجوم الذي أوقع أربعة قتلى في 5 كانون الثاني في مدينة الموصل.")
    assert (one(text, "suicide_bomb")["fatalities"] or {}).get("low") != 4
