""""مصابين" after the counted people says what befell them, as "جرحى" does.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import one


def test_wounded_adjective_after_the_counted_people_makes_injuries():
    text = ("وقال أحد السكان: «سقطت قذيفة على شاحنة وقتلت خمسة مدنيين في بلدة بيدوا، "
            "ورأيت ستة أشخاص آخرين مصابين بجروح خطرة».")
    got = one(text, "shelling_artillery_missile_attack")["injuries"]
    assert (got["low"], got["high"]) == (6, 6)


def test_wounded_adjective_in_the_nominative():
    text = "قال مسؤول طبي إن عشرة جنود مصابون نقلوا إلى المستشفى بعد هجوم مسلح على حاجز في مدينة العريش يوم أمس."
    got = one(text, "armed_clash")["injuries"]
    assert (got["low"], got["high"]) == (10, 10)
