"""A toll told on the next line, after a sentence of that line that goes on with the act.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import one


def test_toll_after_a_line_that_goes_on_with_the_blast_is_the_blasts():
    text = ("قال الجيش إن انتحاريا فجر سيارة ملغومة عند نقطة تفتيش في مدينة مايدوجوري يوم أمس، "
            "ما أدى إلى مقتل جندي.\n"
            "وقال شاهد إن السائق توقف قرب الحاجز ثم اندفع نحو الجنود. وأصيب أربعة مدنيين.")
    got = one(text, "suicide_bomb")["injuries"]
    assert (got["low"], got["high"]) == (4, 4)
