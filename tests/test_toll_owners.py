"""Which event a toll belongs to: the trigger of its clause, a toll told again, a turn to another matter.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

import datetime as dt

from wire_support import events
from wire_support import one as _one

from rasd.extract.article import Article
from rasd.extract.context import build_context
from rasd.extract.figures import find_figures
from rasd.extract.pipeline import default_extractor
from rasd.extract.tolls import figure_owners


def _owners(text: str) -> list[tuple[int | None, str | None]]:
    """(count, type of the trigger it belongs to) of each figure, the article given."""
    ex = default_extractor()
    art = Article.analyse(text, ex.lexicon)
    ctx = build_context(art, dt.date(2024, 3, 9), ex.lexicon, ex.geocoder)
    owners = figure_owners(ctx, ex._mentions(art, ctx), art)
    return [(f.low, owners.get(id(f))) for _, f in ctx.figures]


def test_a_clause_of_result_belongs_to_the_act_named_before_it():
    text = ("وشنت المقاتلات التركية غارات على مواقع التنظيم شمال سوريا، عقب تفجير انتحاري استهدف "
            "تجمعا للشبان في بلدة سروج الحدودية، أودى بحياة 32 شخصا، وهجمات متفرقة في جنوب شرقي البلاد.")
    assert _owners(text) == [(32, "suicide_bomb")]


def test_while_parts_two_tolls_told_without_a_comma():
    text = ("وكان التفجير الانتحاري في السوق المزدحم وسط المدينة، أسفر عن مقتل 11 شخصا فيما قتل 40 "
            "في قصف مدفعي على حي سكني.")
    assert _owners(text) == [(11, "suicide_bomb"), (40, "shelling_artillery_missile_attack")]
    text = "وقتل 40 شخصا في قصف مدفعي على حي سكني في حين أسفر التفجير الانتحاري عن مقتل 11."
    assert _owners(text) == [(40, "shelling_artillery_missile_attack"), (11, "suicide_bomb")]


def test_an_activist_is_a_counted_victim():
    assert [(f.kind, f.low) for f in find_figures("وقتلت ناشطة برصاص قناص في حي الوعر.")] == [("fatalities", 1)]
    assert [(f.kind, f.low) for f in find_figures("وأصيب مراسل بجروح في القصف.")] == [("injuries", 1)]


def test_counted_people_named_again_carry_their_count_to_what_befell_them():
    text = ("قالت مصادر أمنية إن 12 متشددا وخمسة مدنيين قتلوا أمس في شمال سيناء. وقال مصدر إن "
            "المتشددين لقوا حتفهم عندما قصفت طائرات الجيش سياراتهم.")
    assert [(f.low, f.victim) for f in find_figures(text)] == [(12, "militants"), (5, "civilians"), (12, "militants")]


def test_the_killers_named_with_their_victims_are_not_a_toll_told_again():
    text = "قتل 12 متشددا أمس في الاشتباكات. وكان المتشددون قتلوا خمسة جنود الأسبوع الماضي."
    assert [(f.low, f.victim) for f in find_figures(text)] == [(12, "militants"), (5, "soldiers")]


def test_a_toll_after_a_turn_to_another_matter_is_not_the_event_before():
    text = ("القاهرة - انفجرت عبوة ناسفة أمس في حي الكرامة بمدينة العريش دون وقوع إصابات. "
            "على صعيد آخر، ارتفع عدد ضحايا غرق مركب في نهر النيل إلى 29 شخصا بعد انتشال 11 جثة.")
    ev = _one(text, "remote_explosive_landmine_ied")
    assert ev["fatalities"]["low"] == 0 and ev["injuries"]["low"] == 0


def test_a_toll_in_the_next_sentence_still_follows_its_event():
    text = "القاهرة - انفجرت عبوة ناسفة أمس في حي الكرامة بمدينة العريش. وأسفر الانفجار عن إصابة 3 مجندين."
    assert [e["injuries"]["low"] for e in events(text) if e["type"] == "remote_explosive_landmine_ied"] == [3]
