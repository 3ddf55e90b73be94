"""Counts in Arabic wire-style sentences: values, bounds, vague plurals, spans in the original text."""

from __future__ import annotations

import pytest

from rasd.extract.quantities import Quantity, find_numbers, find_quantities

# (sentence, phrase the quantity must cover exactly, low, high, vague, approx)
CASES = [
    ("قتل 35 شخصا في الهجوم", "35", 35, 35, False, False),
    ("قتل ٣٥ شخصا في الهجوم", "٣٥", 35, 35, False, False),
    ("نزح 1,200 شخص من البلدة", "1,200", 1200, 1200, False, False),
    ("نزح 1.200 شخص من البلدة", "1.200", 1200, 1200, False, False),
    ("نزح ١٬٢٠٠ شخص من البلدة", "١٬٢٠٠", 1200, 1200, False, False),
    ("قتل ثلاثة أشخاص", "ثلاثة", 3, 3, False, False),
    ("قتلت ثلاث نساء", "ثلاث", 3, 3, False, False),
    ("فر ثلاثمائة شخص", "ثلاثمائة", 300, 300, False, False),
    ("فر ثلاث مئة شخص", "ثلاث مئة", 300, 300, False, False),
    ("نزح ثلاثمئة وخمسون شخصا", "ثلاثمئة وخمسون", 350, 350, False, False),
    ("أصيب خمسة وعشرين شخصا", "خمسة وعشرين", 25, 25, False, False),
    ("قتل أربعين مدنيا", "أربعين", 40, 40, False, False),
    ("قتل احد عشر جنديا", "احد عشر", 11, 11, False, False),
    ("قتل اثنا عشر جنديا", "اثنا عشر", 12, 12, False, False),
    ("شاهدنا اثني عشر جريحا", "اثني عشر", 12, 12, False, False),
    ("قتلت إحدى عشرة امرأة", "إحدى عشرة", 11, 11, False, False),
    ("قتل عشرة جنود", "عشرة", 10, 10, False, False),
    ("أصيب عشر نساء", "عشر", 10, 10, False, False),
    ("وصل مئة نازح", "مئة", 100, 100, False, False),
    ("وصل مائة نازح", "مائة", 100, 100, False, False),
    ("وصل مئتا نازح", "مئتا", 200, 200, False, False),
    ("وصل مائتي نازح", "مائتي", 200, 200, False, False),
    ("وصل مئتين من النازحين", "مئتين", 200, 200, False, False),
    ("نزح ألف شخص", "ألف", 1000, 1000, False, False),
    ("نزح ألفا شخص", "ألفا", 1000, 1000, False, False),
    ("نزح ألفين من السكان", "ألفين", 2000, 2000, False, False),
    ("نزح 3 آلاف شخص", "3 آلاف", 3000, 3000, False, False),
    ("نزح ثلاثة آلاف شخص", "ثلاثة آلاف", 3000, 3000, False, False),
    ("نزح ثلاثة عشر ألفا", "ثلاثة عشر ألفا", 13000, 13000, False, False),
    ("فر 400 ألف لاجئ", "400 ألف", 400000, 400000, False, False),
    ("فر نصف مليون شخص", "نصف مليون", 500000, 500000, False, False),
    ("نزح 1.5 مليون شخص", "1.5 مليون", 1500000, 1500000, False, False),
    ("نزح مليون و200 ألف شخص", "مليون و200 ألف", 1200000, 1200000, False, False),
    ("نزح مليون ونصف مليون شخص", "مليون ونصف مليون", 1500000, 1500000, False, False),
    ("نزح 3 ملايين ونصف", "3 ملايين ونصف", 3500000, 3500000, False, False),
    ("نزح مليونين من السكان", "مليونين", 2000000, 2000000, False, False),
    ("نزح ملايين من السكان", "ملايين", 1000000, None, True, False),
    ("نزح ألفين وخمسمائة شخص", "ألفين وخمسمائة", 2500, 2500, False, False),
    ("قتل اثنين من المدنيين", "اثنين", 2, 2, False, False),
    ("قتل اثنان من الجنود", "اثنان", 2, 2, False, False),
    ("أصيبت ثنتين من النساء", "ثنتين", 2, 2, False, False),
    # clitics glued to the number stay outside the span
    ("مقتل خمسة ووثلاثة", "خمسة", 5, 5, False, False),
    ("قتل خمسة جنود وثلاثة مدنيين", "ثلاثة", 3, 3, False, False),
    ("استهدفت بـ 5 قذائف", "5", 5, 5, False, False),
    ("وصل ل3 أشخاص", "3", 3, 3, False, False),
    # bounds
    ("قتل أكثر من 40 مدنيا", "أكثر من 40", 40, None, False, False),
    ("قتل ما يزيد على 40 مدنيا", "ما يزيد على 40", 40, None, False, False),
    ("قتل ما يزيد عن 40 مدنيا", "ما يزيد عن 40", 40, None, False, False),
    ("قتل ما لا يقل عن 40 مدنيا", "ما لا يقل عن 40", 40, None, False, False),
    ("قتل أزيد من 40 مدنيا", "أزيد من 40", 40, None, False, False),
    ("قتل فوق 40 مدنيا", "فوق 40", 40, None, False, False),
    ("قتل 12 شخصا على الأقل", "12 شخصا على الأقل", 12, None, False, False),
    ("قتل على الأقل 12 شخصا", "على الأقل 12", 12, None, False, False),
    ("نزح نحو 400 ألف شخص", "نحو 400 ألف", 400000, 400000, False, True),
    ("نزح حوالي 400 شخص", "حوالي 400", 400, 400, False, True),
    ("نزح حوالى 400 شخص", "حوالى 400", 400, 400, False, True),
    ("نزح قرابة 400 شخص", "قرابة 400", 400, 400, False, True),
    ("نزح زهاء 400 شخص", "زهاء 400", 400, 400, False, True),
    ("نزح ما يقارب 400 شخص", "ما يقارب 400", 400, 400, False, True),
    ("نزح ما يناهز 400 شخص", "ما يناهز 400", 400, 400, False, True),
    ("نزح 400 شخص تقريبا", "400 شخص تقريبا", 400, 400, False, True),
    ("قتل بنحو 40 شخصا", "نحو 40", 40, 40, False, True),
    ("قتل بين 10 و15 شخصا", "بين 10 و15", 10, 15, False, False),
    ("قتل ما بين 10 و 15 شخصا", "ما بين 10 و 15", 10, 15, False, False),
    ("قتل من 10 إلى 15 شخصا", "من 10 إلى 15", 10, 15, False, False),
    ("قتل 10 إلى 15 شخصا", "10 إلى 15", 10, 15, False, False),
    ("قتل 3 أو 4 أشخاص", "3 أو 4", 3, 4, False, False),
    ("نزح بين 10 و15 ألفا", "بين 10 و15 ألفا", 10000, 15000, False, False),
    ("قتل بين عشرة وخمسة عشر شخصا", "بين عشرة وخمسة عشر", 10, 15, False, False),
    ("أصيب أقل من 10 أشخاص", "أقل من 10", None, 10, False, False),
    ("أصيب دون 10 أشخاص", "دون 10", None, 10, False, False),
    # vague plurals (ACLED convention, number_vague.tsv)
    ("قتل عدة أشخاص", "عدة", 3, None, True, False),
    ("قتل عدد من المدنيين", "عدد من", 3, None, True, False),
    ("قتل بضعة جنود", "بضعة", 3, None, True, False),
    ("قتل عشرات المدنيين", "عشرات", 10, None, True, False),
    ("جرح العشرات", "العشرات", 10, None, True, False),
    ("نزح مئات السكان", "مئات", 100, None, True, False),
    ("نزح آلاف السكان", "آلاف", 1000, None, True, False),
    ("نزح عشرات الآلاف من السكان", "عشرات الآلاف", 10000, None, True, False),
    ("نزح مئات الآلاف من السكان", "مئات الآلاف", 100000, None, True, False),
    ("نزح بضعة آلاف من السكان", "بضعة آلاف", 3000, None, True, False),
    # diacritics and tatweel map back to the original
    ("قُتِلَ خمســة جنودٍ", "خمســة", 5, 5, False, False),
    ("قُتِلَ ثَلَاثَةُ أَشْخَاصٍ", "ثَلَاثَةُ", 3, 3, False, False),
    ("قتل أكثرَ مِن ٤٠ مدنياً", "أكثرَ مِن ٤٠", 40, None, False, False),
]


@pytest.mark.parametrize(("text", "phrase", "low", "high", "vague", "approx"), CASES)
def test_quantity(text: str, phrase: str, low: int | None, high: int | None, vague: bool, approx: bool) -> None:
    found = [q for q in find_quantities(text) if text[q.start:q.end] == phrase]
    assert found, f"{phrase!r} not found in {[text[q.start:q.end] for q in find_quantities(text)]}"
    q = found[0]
    assert (q.low, q.high, q.vague, q.approx) == (low, high, vague, approx)


# numbers that are not counts of anything
NON_COUNTS = [
    ("وقع الهجوم عام 2015", "2015", "year"),
    ("منذ 2011 قتل الآلاف", "2011", "year"),
    ("في 12 آب الماضي", "12", "date"),
    ("يوم 25 مارس", "25", "date"),
    ("في 3 من شهر رمضان", "3", "date"),
    ("في 25 مارس 2015", "2015", "year"),
    ("وقع الانفجار الساعة 3 فجرا", "3", "time"),
    ("قرابة 6 صباحا", "6", "time"),
    ("عند 6:30 صباحا", "6:30", "time"),
    ("ارتفعت الأسعار 30 في المئة", "30", "percent"),
    ("ارتفعت الأسعار 30%", "30", "percent"),
    ("تبنى القرار 2254", "2254", "id"),
    ("طائرة إف-16 أمريكية", "16", "id"),
    ("طائرة سو 24 روسية", "24", "id"),
    ("خلال الـ 24 ساعة الماضية", "24", "ordinal"),
    ("في 12/3/2015", "12/3/2015", "date"),
]


@pytest.mark.parametrize(("text", "phrase", "use"), NON_COUNTS)
def test_non_counts_are_labelled_and_left_out(text: str, phrase: str, use: str) -> None:
    labelled = {text[q.start:q.end]: u for q, u in find_numbers(text)}
    assert labelled.get(phrase) == use
    assert all(text[q.start:q.end] != phrase for q in find_quantities(text))


@pytest.mark.parametrize("text", ["", "لا أرقام في هذه الجملة", "\x00\x01 binary", "الاثنين الماضي", "يوم الأحد"])
def test_no_quantity(text: str) -> None:
    assert find_quantities(text) == []


def test_quantity_is_frozen_value() -> None:
    q = find_quantities("قتل 5 أشخاص")[0]
    assert q == Quantity(q.start, q.end, 5, 5, False, False)
    with pytest.raises(AttributeError):
        q.low = 3  # type: ignore[misc]


def test_two_numbers_stay_apart() -> None:
    text = "قتل 5 أشخاص وأصيب 11 آخرون"
    assert [(q.low, text[q.start:q.end]) for q in find_quantities(text)] == [(5, "5"), (11, "11")]


def test_thousands_year_like_count_with_noun() -> None:
    text = "نزح 2000 شخص من المدينة"
    assert [(q.low, q.high) for q in find_quantities(text)] == [(2000, 2000)]


def test_phrase_table_positions_are_where_matches_start() -> None:
    from rasd.extract.quantities import PhraseTable, Tokens
    from rasd.text import normalize

    table = PhraseTable([("على الأقل", "min"), ("نحو", "approx")])
    toks = Tokens(normalize("قتل نحو 20 شخصا على الأقل، وبنحو 5 آخرين"))
    assert table.positions(toks) == [i for i in range(toks.size) if table.match(toks, i)]
    assert [toks.texts[i] for i in table.positions(toks)] == ["نحو", "علي", "وبنحو"]


def test_numbers_are_read_once_after_a_word_number() -> None:
    # "ثلاثة آلاف" is one number: the multiplier is not read again as a second number
    text = "نزح ثلاثة آلاف شخص و200 عائلة"
    assert [(q.low, text[q.start:q.end]) for q in find_quantities(text)] == [(3000, "ثلاثة آلاف"), (200, "200")]


def test_tokens_agree_with_a_match_by_match_scan() -> None:
    # Tokens cuts the text with one findall of "whitespace + token" pieces; spans and kinds must be
    # those of the token pattern's own matches, whatever the whitespace and the glued punctuation
    from rasd.extract.quantities import _TOKEN, Tokens
    from rasd.text import normalize

    text = ("  قتل\u00a01,200\tشخص،\n\n(وأصيب) 3.5 في 2020/5/3 الساعة 10:30:15 و«15» abc-12 ...1.2.20201  "
            "\u2009٣٥% ؛")
    n = normalize(text)
    toks = Tokens(n)
    found = list(_TOKEN.finditer(n.text))
    assert toks.texts == [m.group() for m in found]
    assert toks.kinds == [m.lastgroup for m in found]
    assert list(zip(toks.starts, toks.ends, strict=True)) == [m.span() for m in found]
    assert toks.size == len(found)
    assert Tokens(normalize("")).size == 0 and Tokens(normalize(" \n ")).texts == []
