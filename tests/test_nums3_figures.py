"""Figures read from B's kinds of misses: one person named by office or kin, a name set off by
"، أحد ...", a partitive "منهم", a joined victim past a bound, and "أيضا" adding to a toll."""

from rasd.extract.figures import find_figures
from rasd.extract.pipeline import extract


def _counts(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.kind, f.low, f.high) for f in find_figures(text)]


def test_office_noun_after_cue_is_one_person() -> None:
    assert _counts("قتل مدير مستشفى المدينة في قصف استهدف الحي أمس") == [("fatalities", 1, 1)]
    assert _counts("أعلنت الشرطة مقتل والي التنظيم في غارة جوية") == [("fatalities", 1, 1)]


def test_kin_with_pronoun_add_up() -> None:
    got = _counts("قتل طفل في الهجوم وأصيب والداه وشقيقه بجروح")
    assert ("injuries", 2, 2) in got and ("injuries", 1, 1) in got


def test_name_set_off_by_one_of() -> None:
    assert _counts("أعلن الجيش مقتل أبو محمد الشامي، أحد قادة التنظيم، في كمين") == [("fatalities", 1, 1)]
    assert _counts("ندد الوزير بمقتل الجنود في الهجوم، أحد أعنف الهجمات") == []


def test_partitive_them_counts_people_past_a_subject() -> None:
    assert _counts("واعتقل المسلحون عشرة رجال، وأعدم التنظيم فورا ثلاثة منهم") == [("fatalities", 3, 3)]


def test_one_person_fleeing_is_no_displacement() -> None:
    assert _counts("وأسفر تقدم القوات عن فرار مسؤول محلي إلى الشمال") == []


def test_joined_victim_after_bound_shares_the_verb_and_adds_up() -> None:
    text = ("قال مسؤول عسكري إن 9 مدنيين على الأقل وشرطيا واحدا قتلوا في هجوم انتحاري في بلدة "
            "مورا أمس الأحد.")
    assert ("fatalities", 1, 1) in _counts(text)
    events = extract(text, "2015-07-20").events
    assert [e.fatalities.low for e in events] == [10]


def test_too_after_verb_adds_to_toll() -> None:
    text = ("وقال المسؤول: «قتل قائد الشرطة متأثرا بجراحه بعد تعرضه لهجوم مسلح في بلدة الرطبة»، "
            "مضيفا أن أربعة من مرافقيه قتلوا أيضا في الهجوم.")
    events = extract(text, "2015-07-20").events
    assert [e.fatalities.low for e in events] == [5]
