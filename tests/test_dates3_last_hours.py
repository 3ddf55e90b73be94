""""خلال الـ48 ساعة" with no "الماضية" after it: a counted span made definite is the span that
ends on the day the report is filed, as "خلال الـ48 ساعة الماضية" is; "خلال 48 ساعة" (no
article) is a deadline and stays undated. Sentences written for these tests in wire style,
published on a Saturday (2024-03-09)."""

import datetime as dt

from wire_support import events

from rasd.extract.timex import find_times

PUB = dt.date(2024, 3, 9)


def _times(text: str) -> list[tuple[dt.date | None, dt.date | None, str]]:
    return [(t.date, t.date_to, t.precision) for t in find_times(text, PUB)]


def test_the_last_48_hours_without_past_ends_on_publication():
    assert _times("قتل 30 مسلحا خلال الـ 48 ساعة في غارات على مواقعهم.") == [
        (dt.date(2024, 3, 7), PUB, "range")]


def test_the_hours_counted_after_the_unit():
    assert _times("وخلال الساعات الـ24 سقطت عشرات القذائف على المدينة.") == [
        (dt.date(2024, 3, 8), PUB, "range")]


def test_three_days_made_definite_by_their_count():
    assert _times("طوال الأيام الثلاثة دارت معارك عنيفة في محيط المطار.") == [
        (dt.date(2024, 3, 6), PUB, "range")]


def test_only_the_definite_span_is_dated_not_a_deadline():
    text = "أمهل الجيش المسلحين للانسحاب خلال 48 ساعة بعد مقتل 12 جنديا خلال الـ48 ساعة."
    assert _times(text) == [(dt.date(2024, 3, 7), PUB, "range")]


def test_a_future_span_keeps_its_modifier_and_a_bare_one_is_past():
    text = "قتل 20 شخصا طوال الأيام الثلاثة وستتواصل الغارات خلال الأيام الثلاثة المقبلة."
    assert [t.kind for t in find_times(text, PUB)] == ["past", "future"]


def test_strikes_over_the_last_48_hours_date_from_two_days_back():
    text = ("أفاد المرصد السوري لحقوق الإنسان بمقتل 40 عنصرا من تنظيم داعش خلال الـ 48 ساعة جراء "
            "غارات طائرات التحالف الدولي على مواقعهم في ريف الرقة.")
    strikes = [e for e in events(text) if e["type"] == "air_drone_strike"]
    assert [(e["date"], e["date_to"], e["date_precision"]) for e in strikes] == [
        ("2024-03-07", "2024-03-09", "range")]
