"""A toll sentence with no event of its own that names again, with the article, the one person
an event's toll counted ("مقتل طفل ... وكان الطفل قد قتل وأصيب والداه") goes on with that event,
three sentences on as well as one.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import one

TEXT = ("دانت الأمم المتحدة اليوم الهجوم على قرية المغير في الضفة الغربية والذي أدى إلى مقتل طفل "
        "فلسطيني أمس الجمعة. "
        "وقال المتحدث باسم الأمين العام في بيان إن المنظمة تتابع الوضع عن كثب. "
        "ودعا المتحدث كل الأطراف إلى ضبط النفس وتفادي التصعيد. "
        "وكان الطفل البالغ من العمر ثلاث سنوات قتل خنقا وأصيب والداه وشقيقه بجروح خطرة عندما "
        "أضرم مستوطنون النار في منزلهم.")


def test_wounded_kin_of_the_child_named_again_join_the_attack():
    got = one(TEXT, "attack")
    assert (got["fatalities"]["low"], got["fatalities"]["high"]) == (1, 1)
    assert (got["injuries"]["low"], got["injuries"]["high"]) == (3, 3)
