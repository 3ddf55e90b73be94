""""خلال الليل" (during the night) in a report filed today is the night that ended this morning,
as "الليلة الماضية": the act it dates began the day before publication, not on the day the
report was given ("قال سكان اليوم الخميس إن طائرة هاجمت سيارة خلال الليل"). Sentences written
for these tests in wire style; the paper of the first two is a Saturday (2024-03-09)."""

import datetime as dt

from wire_support import events

from rasd.extract.timex import find_times


def _days(text: str, etype: str, published: str = "2024-03-09") -> list[tuple[str, str, str]]:
    return [(e["date"], e["date_to"], e["date_precision"]) for e in events(text, published) if e["type"] == etype]


def test_a_drone_strike_during_the_night_told_today_began_yesterday():
    text = ("قال سكان ومسؤولون محليون اليوم السبت إن طائرة بدون طيار هاجمت سيارة في محافظة شبوة "
            "خلال الليل وقتلت ثلاثة يشتبه أنهم من عناصر تنظيم القاعدة.")
    assert _days(text, "air_drone_strike") == [("2024-03-08", "2024-03-09", "range")]


def test_strikes_through_the_night_announced_today_began_yesterday():
    text = ("ذكر مكتب رئيس الوزراء اليوم السبت أن الطائرات الحربية شنت غارات طوال الليل على مواقع "
            "المسلحين في منطقة قنديل.")
    assert _days(text, "air_drone_strike") == [("2024-03-08", "2024-03-09", "range")]


def test_the_night_resolves_against_publication():
    text = "وقتل جنديان في هجوم أثناء الليل."
    found = [(t.date, t.date_to, t.precision) for t in find_times(text, dt.date(2024, 3, 9))]
    assert found == [(dt.date(2024, 3, 8), dt.date(2024, 3, 9), "range")]
