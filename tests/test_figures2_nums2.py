"""Figures: relative clauses before the post verb, people joined before it, and -يين nouns with a dual verb."""

from rasd.extract.figures import find_figures


def _read(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.kind, f.low, f.high) for f in find_figures(text)]


def test_post_verb_after_relative_clause() -> None:
    text = "وقال مصدر أمني إن 6 مسلحين يرتدون سترات ناسفة قتلوا قرب الحاجز."
    assert _read(text) == [("fatalities", 6, 6)]


def test_relative_clause_verb_with_object_is_not_theirs() -> None:
    text = "وقال مصدر إن 4 مسلحين يستقلون دراجات قتلوا 3 جنود."
    assert _read(text) == [("fatalities", 3, 3)]


def test_singular_joined_before_post_verb_counts() -> None:
    text = "وفي الهجوم لقي ثلاثة آخرون وشرطي حتفهم في تبادل لإطلاق النار."
    got = _read(text)
    assert ("fatalities", 3, 3) in got and ("fatalities", 1, 1) in got


def test_nisba_noun_with_dual_verb_is_two() -> None:
    assert _read("وأفاد الدفاع المدني بأن مدنيين لقيا حتفهما في القصف.") == [("fatalities", 2, 2)]
    assert _read("وأفاد الدفاع المدني بأن مدنيين قتلوا في القصف.") == []
    assert _read("وعثرت الشرطة على جثتي الشرطيين اللذين قتلا في الكمين.") == []
