"""Days told by reference to the text: "في اليوم نفسه", and counted hours after the article."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.extract import timex
from rasd.extract.timex import find_times
from rasd.text.normalize import normalize

PUB = dt.date(2016, 3, 10)  # a Thursday


def _days(text: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(text[t.start:t.end], t.date, t.date_to) for t in find_times(text, PUB)]


@pytest.mark.parametrize("text", [
    "أفاد مسؤول محلي بمقتل أربعة مدنيين خلال 24 الساعة الماضية في قصف على البلدة.",
    "وسيطرت القوات خلال ال 24 الساعة الأخيرة على عدة تلال مطلة على الطريق.",
])
def test_counted_hours_with_the_article_on_the_unit(text: str) -> None:
    (_, start, end), = _days(text)
    assert (start, end) == (PUB - dt.timedelta(days=1), PUB)


@pytest.mark.parametrize("text, day", [
    ("قتل جنديان أمس الأربعاء في هجوم على حاجز. وفي اليوم نفسه انفجرت عبوة ناسفة قرب السوق.",
     dt.date(2016, 3, 9)),
    ("شنت الطائرات غارات على المدينة يوم الاثنين، وفي ذات اليوم قتل ثلاثة مسلحين في اشتباكات.",
     dt.date(2016, 3, 7)),
    ("اعتقلت الشرطة خمسة أشخاص في 2 مارس. وبذات اليوم أصيب شرطي بجروح في إطلاق نار.",
     dt.date(2016, 3, 2)),
    ("انفجرت سيارة مفخخة أول من أمس في الحي، كما انفجرت عبوة في اليوم ذاته قرب المسجد.",
     dt.date(2016, 3, 8)),
])
def test_same_day_takes_the_day_told_before(text: str, day: dt.date) -> None:
    found = _days(text)
    assert len(found) == 2
    assert found[1][1:] == (day, day)


@pytest.mark.parametrize("text", [
    "وقعت الغارة في اليوم نفسه لدخول القوات إلى المدينة.",  # a genitive says which day
    "وفي اليوم نفسه قتل شرطي في هجوم على دورية.",  # no day told before it
    "ويشمل القرار حظر التجول حتى الساعة السادسة من صباح اليوم التالي.",  # not today
])
def test_days_that_are_not_resolved(text: str) -> None:
    assert [d for d in _days(text) if d[1] is not None] == []


def test_same_day_in_windows_as_in_a_full_scan() -> None:
    text = "قتل جنديان أمس في هجوم. " + "وقالت المصادر إن الوضع هادئ. " * 3 + "وفي اليوم نفسه انفجرت عبوة."
    n = normalize(text)
    assert timex._hits(n, PUB) == timex._hits(n, PUB, full_scan=True)
    assert [d[1] for d in _days(text)] == [PUB - dt.timedelta(days=1)] * 2
