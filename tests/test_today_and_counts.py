"""A bare "اليوم" in wire copy, hedged counts written with the article ("نحو الـ40"), "نيف",
vague counts of a vague unit ("بضع عشرات") and a count followed by a phrase of place or cause."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.extract.figures import find_figures
from rasd.extract.quantities import find_numbers
from rasd.extract.timex import find_times

PUB = dt.date(2016, 3, 10)  # a Thursday
DAY = dt.timedelta(days=1)


def _days(text: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(text[t.start:t.end], t.date, t.date_to) for t in find_times(text, PUB)]


def test_bare_today_spans_the_filing_day_and_the_paper_day() -> None:
    text = "قتل خمسة جنود اليوم في هجوم مسلح على حاجز للجيش شمال البلاد."
    assert _days(text) == [("اليوم", PUB - DAY, PUB)]


@pytest.mark.parametrize("named, day", [
    ("اليوم الخميس", PUB),
    ("اليوم (الأربعاء)", PUB - DAY),
])
def test_weekday_named_today_says_which_day_a_bare_today_is(named: str, day: dt.date) -> None:
    text = f"أعلن الجيش {named} مقتل ثلاثة مسلحين. وقال مصدر أمني إن الاشتباكات تجددت اليوم قرب البلدة."
    assert _days(text) == [(named, day, day), ("اليوم", day, day)]


def test_today_with_a_part_of_the_day_stays_the_paper_day() -> None:
    assert _days("وقصفت الطائرات صباح اليوم مواقع للمسلحين.") == [("صباح اليوم", PUB, PUB)]


@pytest.mark.parametrize("text", [
    "وقال مصدر عسكري لـ(اليوم) إن القوات تقدمت نحو المدينة.",
    "وأكد قائد ميداني لـ«اليوم» أن المعارك مستمرة.",
])
def test_a_newspaper_named_today_is_no_time(text: str) -> None:
    assert _days(text) == []


@pytest.mark.parametrize("text, low, high", [
    ("أسفر القصف عن مقتل نحو الـ40 شخصا في البلدة.", 40, 40),
    ("قتل أكثر من الـ30 مدنيا في الغارات.", 30, None),
    ("ارتفع عدد القتلى إلى ما يزيد على الـ25 قتيلا.", 25, None),
])
def test_a_hedged_count_with_the_article_is_a_count(text: str, low: int, high: int | None) -> None:
    (fig,) = find_figures(text)
    assert (fig.kind, fig.low, fig.high) == ("fatalities", low, high)


def test_digits_with_the_article_alone_stay_an_ordinal() -> None:
    assert [use for _, use in find_numbers("افتتحت الدورة الـ40 للمؤتمر أمس.")] == ["ordinal"]


@pytest.mark.parametrize("text", [
    "قتل 20 ونيف من عناصر التنظيم في المعارك.",
    "قتل نيف و20 شخصا في المعارك.",
])
def test_odd_over_a_count_is_its_floor(text: str) -> None:
    (fig,) = find_figures(text)
    assert (fig.kind, fig.low, fig.high) == ("fatalities", 20, None)


def test_a_few_tens_is_thirty_by_the_conservative_reading() -> None:
    (fig,) = find_figures("أسفرت المعارك عن مقتل بضع عشرات من المسلحين.")
    assert (fig.kind, fig.low, fig.high, fig.vague) == ("fatalities", 30, None, True)


@pytest.mark.parametrize("text, kind, low", [
    ("قتل 5 بمدينة الرمادي في هجوم انتحاري.", "fatalities", 5),
    ("أصيب 6 ببلدة قريبة من الحدود.", "injuries", 6),
    ("مقتل 4 بغارة جوية على السوق.", "fatalities", 4),
    ("قتل 3 بانفجار عبوة ناسفة.", "fatalities", 3),
])
def test_a_count_before_a_phrase_of_place_or_cause(text: str, kind: str, low: int) -> None:
    (fig,) = find_figures(text)
    assert (fig.kind, fig.low) == (kind, low)


def test_things_counted_right_after_the_number_are_no_people() -> None:
    assert find_figures("وأصيبت 3 منازل بأضرار جراء القصف.") == []
