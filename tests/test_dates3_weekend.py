""""في نهاية الأسبوع" (at the weekend) in wire copy is the Saturday..Sunday just gone: a paper of
Monday tells of the two days before it. "عطلة نهاية الأسبوع" (the weekend's leave) dates no deed,
and "نهاية الأسبوع الماضي / المقبل" keep the period pattern's week. A generic "هجوم" told at the
place of a weekend bombing on one of its days is that bombing. Sentences written for these tests
in wire style, published on a Monday (2024-03-11)."""

import datetime as dt

from wire_support import events

from rasd.extract.folding import fold_generic
from rasd.extract.records import Event, Location
from rasd.extract.timex import find_times

MONDAY = "2024-03-11"


def _days(text: str, etype: str) -> list[tuple[str, str, str]]:
    return [(e["date"], e["date_to"], e["date_precision"]) for e in events(text, MONDAY) if e["type"] == etype]


def test_a_bombing_at_the_weekend_is_saturday_and_sunday():
    text = ("أفادت مصادر محلية أن ثمانية مدنيين قتلوا في قصف في نهاية الأسبوع للطيران الحربي في محيط "
            "قرية الرميلة.")
    assert _days(text, "air_drone_strike") == [("2024-03-09", "2024-03-10", "range")]


def test_clashes_at_the_weekend_in_a_province():
    text = "وسجلت مواجهات مسلحة بين المتمردين وقوات الأمن في نهاية الأسبوع في محافظة ديار بكر."
    assert _days(text, "armed_clash") == [("2024-03-09", "2024-03-10", "range")]


def test_the_weekend_leave_and_a_named_week_are_not_the_weekend():
    text = ("عاد الجنود من عطلة نهاية الأسبوع وقتل 12 في قصف نهاية الأسبوع وقتل ثلاثة في نهاية "
            "الأسبوع الماضي.")
    found = [(t.date, t.date_to, t.precision) for t in find_times(text, dt.date(2024, 3, 11))]
    assert found == [(dt.date(2024, 3, 9), dt.date(2024, 3, 10), "range"),
                     (dt.date(2024, 3, 3), dt.date(2024, 3, 9), "week")]


def test_on_a_saturday_the_weekend_is_that_day_alone_so_far():
    found = [(t.date, t.date_to) for t in find_times("قتل خمسة في قصف في نهاية الأسبوع.", dt.date(2024, 3, 9))]
    assert found == [(dt.date(2024, 3, 9), dt.date(2024, 3, 9))]


def _event(etype: str, day: dt.date, to: dt.date | None) -> Event:
    where = Location(name_ar="الرميلة", admin1="دهوك", precision="town")
    return Event(etype, "", "", day, to, "range" if to else "day", where)


def test_a_generic_attack_on_a_day_the_weekend_bombing_spans_is_that_bombing():
    bombing = _event("air_drone_strike", dt.date(2024, 3, 9), dt.date(2024, 3, 10))
    attack = _event("attack", dt.date(2024, 3, 10), None)
    assert fold_generic([bombing, attack], {id(attack)}) == [bombing]
    # the act of the generic telling's very day goes first: the night's truck bomb keeps its toll
    night = _event("remote_explosive_landmine_ied", dt.date(2024, 3, 9), dt.date(2024, 3, 10))
    suicide = _event("suicide_bomb", dt.date(2024, 3, 10), None)
    attack = _event("attack", dt.date(2024, 3, 10), None)
    attack.fatalities.low = 20
    assert fold_generic([night, suicide, attack], {id(attack)}) == [night, suicide]
    assert suicide.fatalities.low == 20 and night.fatalities.low is None
