"""Casualty numbers: how counts are read and how they add up to an event's toll.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

import pytest
from wire_support import one as _one

from rasd.extract.figures import find_figures


def _figures(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.low) for f in find_figures(text)]


@pytest.mark.parametrize("text", [
    "وأطلق مسلح النار على الشرطي فأرداه قتيلاً في الحال.",
    "وأطلق المسلحون النار على السائق وأردوه قتيلا.",
])
def test_felled_dead_is_one_killed(text):
    assert _figures(text) == [("fatalities", 1)]


def test_felled_dead_in_the_plural_gives_no_number():
    assert _figures("أطلق المسلحون النار على المحتجين وأردوهم قتلى.") == []


def test_killed_along_with_others_counts_the_one_named_too():
    assert _figures("وقال المرصد إن القيادي قتل مع ثلاثة عناصر آخرين من قوات النظام.") == [("fatalities", 4)]
    assert _figures("وأفادت المصادر بأن القائد قتل مع اثنين من مرافقيه.") == [("fatalities", 3)]


def test_others_after_a_member_noun_keep_the_body_as_victim():
    figs = find_figures("وقتل ثلاثة عناصر آخرين من قوات النظام في القصف.")
    assert [(f.low, f.victim) for f in figs] == [(3, "soldiers")]


def test_a_masdar_with_a_pronoun_is_one_person_when_it_is_the_outcome():
    assert _figures("وأطلق مجهولون النار عليه ما أدى إلى مقتله على الفور.") == [("fatalities", 1)]
    assert _figures("وأطلقت الشرطة النار على المهاجمة واعتقلتها بعد إصابتها.") == [("injuries", 1)]
    assert _figures("وأسفر إطلاق النار عن إصابته بجروح نقل على أثرها إلى المستشفى.") == [("injuries", 1)]


@pytest.mark.parametrize("text", [
    "وأكد مصدر أمني مقتله في الغارة.",  # a confirmation retells a death already counted
    "واستهدف القصف المبنى ما أدى إلى إصابته بقذيفتين.",  # a building hit, not a person hurt
    "ما أسفر عن إصابته بجراح، غير أنه توفي متأثرا بجراحه.",  # counted among the dead instead
    "ولقيت قيادات في الجماعة مصرعها في القصف.",  # the pronoun after لقي is the subject's
])
def test_a_pronoun_masdar_that_counts_no_one_new(text):
    assert _figures(text) == []


def test_a_time_or_pronoun_word_may_part_the_verb_from_its_one_victim():
    assert _figures("وهاجم مسلحون موقعا للجيش قتل فيه ضابط وأصيب جنديان.") == [("fatalities", 1), ("injuries", 2)]
    assert _figures("وقتل أمس جندي في اشتباك قرب الحدود.") == [("fatalities", 1)]


def test_a_number_after_an_arrest_verb_is_not_killed():
    figs = _figures("قالت الوزارة إن قوات الأمن قتلت مسلحا واعتقلت 16 آخرين في عملية استباقية.")
    assert ("fatalities", 16) not in figs


def test_a_counted_noun_and_a_number_after_one_cue_are_two_figures_side_by_side():
    figs = find_figures("وقتلت امرأة وثلاثة من أطفالها جراء القصف.")
    assert [(f.low, f.victim) for f in figs] == [(1, "women"), (3, "children")]
    assert figs[0].end <= figs[1].start


def test_a_woman_and_her_children_add_up_to_the_toll():
    ev = _one("حلب - قتلت امرأة وثلاثة أطفال أمس جراء غارة جوية على مدينة اعزاز.", "air_drone_strike")
    assert ev["fatalities"]["low"] == 4


def test_the_dead_of_each_side_add_up_after_while():
    text = ("صنعاء - أسفرت مواجهات عنيفة أمس في مدينة تعز عن مقتل 21 من الحوثيين وإصابة 36 آخرين، "
            "بينما قتل اثنان من الجيش الوطني.")
    ev = _one(text, "armed_clash")
    assert ev["fatalities"]["low"] == 23 and ev["injuries"]["low"] == 36


def test_others_after_a_death_toll_are_not_added_to_an_earlier_injury_toll():
    text = ("العريش - قتل 6 مسلحين وأصيب 4 آخرون أمس في قصف جوي على قرية جنوب الشيخ زويد. "
            "وقالت مصادر أمنية إن القصف أسفر عن مقتل 6 وإصابة 4 آخرين في القرية.")
    ev = _one(text, "air_drone_strike")
    assert ev["fatalities"]["low"] == 6 and ev["injuries"]["low"] == 4


def test_no_human_damage_is_no_toll():
    text = ("أربيل - قصفت الطائرات التركية أمس قرى في قضاء سوران، ولم تكن هناك أي أضرار بشرية "
            "في المنطقة.")
    ev = _one(text, "air_drone_strike")
    assert ev["fatalities"]["low"] == 0 and ev["injuries"]["low"] == 0
