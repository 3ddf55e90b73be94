"""Casualty and displacement figures in Arabic wire-style sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.extract.figures import CIVILIAN_CLASSES, Figure, find_figures

# (sentence, phrase the figure span must contain, kind, low, high, vague, victim)
CASES = [
    ("أسفر القصف عن مقتل 5 مدنيين في البلدة.", "مقتل 5 مدنيين", "fatalities", 5, 5, False, "civilians"),
    ("قتل 5 أشخاص في انفجار سيارة مفخخة.", "قتل 5 أشخاص", "fatalities", 5, 5, False, None),
    ("قُتِلَ خمسة جنود في كمين قرب الحدود.", "قُتِلَ خمسة جنود", "fatalities", 5, 5, False, "soldiers"),
    ("قُتل خمســة جنود في كمين.", "خمســة جنود", "fatalities", 5, 5, False, "soldiers"),
    ("لقي 12 شخصا حتفهم في الحادث.", "لقي 12 شخصا حتفهم", "fatalities", 12, 12, False, None),
    ("لقي 9 مسلحين مصرعهم في الاشتباكات.", "9 مسلحين مصرعهم", "fatalities", 9, 9, False, "militants"),
    ("وأعلنت المصادر سقوط 16 قتيلا في القصف.", "سقوط 16 قتيلا", "fatalities", 16, 16, False, None),
    ("وأفاد المسعفون بوصول 5 قتلى إلى المستشفى.", "5 قتلى", "fatalities", 5, 5, False, None),
    ("وأوقع التفجير 16 قتيلاً في السوق.", "16 قتيلاً", "fatalities", 16, 16, False, None),
    ("واستهدف الطيران الحي ما أسفر عن مقتل ثلاثة مدنيين.", "مقتل ثلاثة مدنيين", "fatalities", 3, 3, False, "civilians"),
    ("أعلنت الوزارة استشهاد 7 مواطنين جراء القصف.", "استشهاد 7 مواطنين", "fatalities", 7, 7, False, "civilians"),
    ("ارتقى 7 شهداء في الغارة.", "7 شهداء", "fatalities", 7, 7, False, None),
    ("أفادت مصادر بمصرع 4 عناصر من الشرطة.", "مصرع 4 عناصر من الشرطة", "fatalities", 4, 4, False, "police"),
    ("وأسفر الهجوم عن إصابة 11 آخرين بجروح.", "إصابة 11 آخرين", "injuries", 11, 11, False, None),
    ("وجرح ثلاثة آخرين في الهجوم.", "جرح ثلاثة آخرين", "injuries", 3, 3, False, None),
    ("وأصيب 20 بجروح في الهجوم.", "أصيب 20 بجروح", "injuries", 20, 20, False, None),
    ("ونقل 11 جريحا إلى المستشفى.", "11 جريحا", "injuries", 11, 11, False, None),
    ("واستقبل المستشفى 11 مصابا.", "11 مصابا", "injuries", 11, 11, False, None),
    ("مما تسبب بقتل وجرح أكثر من 300 مدني.", "قتل وجرح أكثر من 300 مدني", "casualties", 300, None, False,
     "civilians"),
    ("أدى الانفجار إلى مقتل وإصابة 40 شخصا.", "مقتل وإصابة 40 شخصا", "casualties", 40, 40, False, None),
    ("وأسفر التفجير عن سقوط 50 بين قتيل وجريح.", "سقوط 50 بين قتيل وجريح", "casualties", 50, 50, False, None),
    ("وأسفرت المعارك عن عشرات القتلى والجرحى.", "عشرات القتلى والجرحى", "casualties", 10, None, True, None),
    ("وسقط قتيلان في الاشتباك.", "قتيلان", "fatalities", 2, 2, False, None),
    ("ونقل جريحين إلى المستشفى.", "جريحين", "injuries", 2, 2, False, None),
    ("أعلن الجيش مقتل جنديين في هجوم.", "مقتل جنديين", "fatalities", 2, 2, False, "soldiers"),
    ("أسفر الحادث عن مقتل شخص.", "مقتل شخص", "fatalities", 1, 1, False, None),
    ("أدى القصف إلى مقتل طفل في الحي.", "مقتل طفل", "fatalities", 1, 1, False, "children"),
    ("أسفر الهجوم عن إصابة امرأة بجروح.", "إصابة امرأة", "injuries", 1, 1, False, "women"),
    ("أعلنت الشرطة مقتل أحد عناصرها.", "مقتل أحد", "fatalities", 1, 1, False, None),
    ("أعلن الجيش مقتل أحد عناصر التنظيم.", "مقتل أحد عناصر التنظيم", "fatalities", 1, 1, False, "militants"),
    ("تسببت المعارك في نزوح 3 آلاف عائلة.", "نزوح 3 آلاف عائلة", "displaced", 3000, 3000, False, "civilians"),
    ("وأدت الحملة إلى نزوح ثلاثة آلاف أسرة.", "نزوح ثلاثة آلاف أسرة", "displaced", 3000, 3000, False, "civilians"),
    ("وأدت العمليات إلى تهجير 500 شخص.", "تهجير 500 شخص", "displaced", 500, 500, False, None),
    ("وتمكنت الفرق من إجلاء 1200 مدني.", "إجلاء 1200 مدني", "displaced", 1200, 1200, False, "civilians"),
    ("وشهدت المدينة فرار آلاف المدنيين.", "فرار آلاف المدنيين", "displaced", 1000, None, True, "civilians"),
    ("نزح أكثر من نصف مليون شخص.", "نزح أكثر من نصف مليون شخص", "displaced", 500000, None, False, None),
    ("وأعلنت الصحة ارتفاع حصيلة القتلى إلى 30.", "حصيلة القتلى إلى 30", "fatalities", 30, 30, False, None),
    ("وبلغت حصيلة الضحايا 30 قتيلا.", "30 قتيلا", "fatalities", 30, 30, False, None),
    ("وقال إن عدد القتلى بلغ 30.", "عدد القتلى بلغ 30", "fatalities", 30, 30, False, None),
    ("وارتفع عدد الجرحى إلى 45.", "عدد الجرحى إلى 45", "injuries", 45, 45, False, None),
    ("أعلن الجيش مقتل 8 من عناصر التنظيم.", "مقتل 8 من عناصر التنظيم", "fatalities", 8, 8, False, "militants"),
    ("أعلنت القيادة مقتل 20 إرهابيا.", "مقتل 20 إرهابيا", "fatalities", 20, 20, False, "militants"),
    ("قال مسؤول إن 14 جنديا قتلوا في الغارة.", "14 جنديا قتلوا", "fatalities", 14, 14, False, "soldiers"),
    ("قال مسؤول إن 14 جنديا أفغانيا قتلوا في الغارة.", "14 جنديا أفغانيا قتلوا", "fatalities", 14, 14, False,
     "soldiers"),
    ("وقتل 12 شخصا على الأقل في التفجير.", "قتل 12 شخصا على الأقل", "fatalities", 12, None, False, None),
    ("قتل نحو 40 مقاتلا من الطرفين.", "قتل نحو 40 مقاتلا", "fatalities", 40, 40, False, "fighters"),
    ("قتل بين 10 و15 شخصا.", "قتل بين 10 و15 شخصا", "fatalities", 10, 15, False, None),
    ("وجرح العشرات في القصف.", "جرح العشرات", "injuries", 10, None, True, None),
    ("وأصيب عدد من المدنيين بجروح.", "أصيب عدد من المدنيين", "injuries", 3, None, True, "civilians"),
    ("قتلت الغارة 5 مدنيين.", "قتلت الغارة 5 مدنيين", "fatalities", 5, 5, False, "civilians"),
    ("قتل أمس 6 أشخاص في حلب.", "قتل أمس 6 أشخاص", "fatalities", 6, 6, False, None),
    ("لقي 15حوثيا مصرعهم في المواجهات.", "15حوثيا مصرعهم", "fatalities", 15, 15, False, "fighters"),
    ("أفاد مصدر بمقتل18 مسلحا.", "مقتل18 مسلحا", "fatalities", 18, 18, False, "militants"),
    ("وقتل ٣٥ شخصاً في الهجوم.", "قتل ٣٥ شخصاً", "fatalities", 35, 35, False, None),
    ("أودى الانفجار بحياة 9 أشخاص.", "بحياة 9 أشخاص", "fatalities", 9, 9, False, None),
    ("وسجلت خمس حالات وفاة في المخيم.", "خمس حالات وفاة", "fatalities", 5, 5, False, None),
    ("وانتشلت فرق الإنقاذ 12 جثة.", "12 جثة", "fatalities", 12, 12, False, None),
    ("أصيب أكثر من 100 آخرين.", "أصيب أكثر من 100 آخرين", "injuries", 100, None, False, None),
]


@pytest.mark.parametrize(("text", "phrase", "kind", "low", "high", "vague", "victim"), CASES)
def test_figure(text: str, phrase: str, kind: str, low: int | None, high: int | None, vague: bool,
                victim: str | None) -> None:
    figs = find_figures(text)
    hits = [f for f in figs if phrase in text[f.start:f.end] and f.kind == kind]
    assert hits, f"no {kind} figure covering {phrase!r}: {[(f.kind, text[f.start:f.end]) for f in figs]}"
    f = hits[0]
    assert (f.low, f.high, f.vague, f.victim) == (low, high, vague, victim)
    assert f.start <= f.number_start < f.number_end <= f.end
    assert len(figs) == 1, [(g.kind, text[g.start:g.end]) for g in figs]


# sentences with two or more figures: (sentence, [(kind, low, high, vague, phrase of number)])
MULTI = [
    ("وأسفر القصف عن سقوط 16 قتيلا و70 جريحا.",
     [("fatalities", 16, 16, False, "16"), ("injuries", 70, 70, False, "70")]),
    ("أعلن المصدر مقتل 5 وإصابة 11 في التفجير.",
     [("fatalities", 5, 5, False, "5"), ("injuries", 11, 11, False, "11")]),
    ("قتل 5 أشخاص وأصيب 11 آخرون بجروح.",
     [("fatalities", 5, 5, False, "5"), ("injuries", 11, 11, False, "11")]),
    ("أسفر الهجوم عن مقتل 5 جنود و3 مدنيين.",
     [("fatalities", 5, 5, False, "5"), ("fatalities", 3, 3, False, "3")]),
    ("قال المصدر إن 11 شخصا قتلوا و32 أصيبوا بجروح.",
     [("fatalities", 11, 11, False, "11"), ("injuries", 32, 32, False, "32")]),
    ("قتل 18 شخصا وأصيب العشرات بجروح.",
     [("fatalities", 18, 18, False, "18"), ("injuries", 10, None, True, "العشرات")]),
    ("أسفر الهجوم عن مقتل جندي وإصابة آخر.",
     [("fatalities", 1, 1, False, "جندي"), ("injuries", 1, 1, False, "آخر")]),
    ("أدى القصف إلى مقتل ضابط وإصابة جنديين.",
     [("fatalities", 1, 1, False, "ضابط"), ("injuries", 2, 2, False, "جنديين")]),
    ("قالت مصادر طبية إن شخصين قتلا وأصيب عشرة بجروح.",
     [("fatalities", 2, 2, False, "شخصين"), ("injuries", 10, 10, False, "عشرة")]),
    ("أدى التفجير إلى مقتل (20) شخصا وإصابة 173 يوم الأحد.",
     [("fatalities", 20, 20, False, "20"), ("injuries", 173, 173, False, "173")]),
    ("قتل 4 أشخاص وجرح عشرة في تفجير.",
     [("fatalities", 4, 4, False, "4"), ("injuries", 10, 10, False, "عشرة")]),
]


@pytest.mark.parametrize(("text", "expected"), MULTI)
def test_several_figures(text: str, expected: list[tuple[str, int, int | None, bool, str]]) -> None:
    got = [(f.kind, f.low, f.high, f.vague, text[f.number_start:f.number_end]) for f in find_figures(text)]
    assert got == expected


# numbers that count things or time, or are dates, never people
NOT_FIGURES = [
    "شن الطيران الحربي 5 غارات على المدينة.",
    "أطلق المسلحون 3 صواريخ على القاعدة.",
    "قتل شقيقه في عام 2015.",
    "قتل في 12 آب الماضي.",
    "قتل الساعة 3 فجرا.",
    "اندلعت المعارك قبل 3 أيام.",
    "ارتفعت نسبة البطالة إلى 30 في المئة.",
    "دمرت الغارة 12 منزلا.",
    "تبنى مجلس الأمن القرار 2254.",
    "قتل في الهجوم خلال الـ 24 ساعة الماضية.",
    "وصل 300 زائر إلى المعرض.",
    "فر 20 سجينا من السجن المركزي.",
    "وقامت الفرق بتصفية آخر جيوب المتمردين.",
    "",
    "نص بلا أرقام ولا ضحايا",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_a_figure(text: str) -> None:
    assert find_figures(text) == []


def test_unit_label_after_victim_is_not_a_count() -> None:
    text = "أسفر القصف عن مقتل قائد اللواء 93."
    assert [(f.kind, f.low, text[f.start:f.end]) for f in find_figures(text)] == [("fatalities", 1, "مقتل قائد")]


def test_subset_is_not_a_second_figure() -> None:
    text = "أسفر القصف عن مقتل 5 مدنيين بينهم 3 أطفال."
    assert [(f.kind, f.low) for f in find_figures(text)] == [("fatalities", 5)]


def test_offsets_point_into_original_with_diacritics() -> None:
    text = "وَقُتِلَ أَكْثَرُ مِنْ ٤٠ مَدَنِيّاً، وَأُصِيبَ خمســةٌ آخَرُونَ."
    figs = find_figures(text)
    assert [(f.kind, f.low, f.high) for f in figs] == [("fatalities", 40, None), ("injuries", 5, 5)]
    assert text[figs[0].number_start:figs[0].number_end] == "أَكْثَرُ مِنْ ٤٠"
    assert text[figs[0].start:figs[0].end] == "قُتِلَ أَكْثَرُ مِنْ ٤٠ مَدَنِيّاً"
    assert text[figs[1].number_start:figs[1].number_end] == "خمســةٌ"


def test_whole_article_in_text_order() -> None:
    text = ("دمشق - قال المرصد إن 7 مدنيين قتلوا أمس في غارات على البلدة.\n"
            "وأضاف أن القصف أدى أيضا إلى إصابة 20 آخرين، ونزوح مئات العائلات.\n"
            "وكانت الغارات قد بدأت في 3 آذار 2016 واستمرت 5 أيام.")
    got = [(f.kind, f.low, f.vague) for f in find_figures(text)]
    assert got == [("fatalities", 7, False), ("injuries", 20, False), ("displaced", 100, True)]


def test_figure_shape() -> None:
    f = find_figures("قتل 5 مدنيين")[0]
    assert isinstance(f, Figure) and f.victim in CIVILIAN_CLASSES
    with pytest.raises(AttributeError):
        f.low = 1  # type: ignore[misc]


def test_bytes_are_refused_with_a_clear_message() -> None:
    # the compiled build (setup.py) refuses at the call, in mypyc's words
    with pytest.raises(TypeError, match="find_figures expects decoded text|str object expected; got bytes"):
        find_figures("قتل 5".encode())  # type: ignore[arg-type]


def test_long_text_is_read_whole() -> None:
    text = ("وقتل 5 مدنيين في القصف. " * 2000) + "وأصيب 7 آخرون."
    figs = find_figures(text)
    assert len(figs) == 2001 and figs[-1].kind == "injuries" and figs[-1].low == 7


def test_extremists_are_counted_as_militants():
    (f,) = find_figures("وأسفرت الاشتباكات عن مقتل 25 متطرفاً من التنظيم.")
    assert (f.kind, f.low, f.victim) == ("fatalities", 25, "militants")


def test_a_group_named_with_min_may_sit_between_the_count_and_its_verb():
    (f, g) = find_figures("وقالت الوكالة إن 260 مقاتلا من حزب العمال الكردستاني قتلوا ومئات جرحوا.")
    assert (f.kind, f.low, f.victim) == ("fatalities", 260, "fighters")
    assert (g.kind, g.low, g.high) == ("injuries", 100, None)


def test_a_verb_agreeing_with_its_subject_is_not_merged_into_casualties():
    text = "وقال المتحدث إن جنديين من جيش النيجر قتلا وأصيب أربعة آخرون في الكمين."
    got = [(f.kind, f.low) for f in find_figures(text)]
    assert got == [("fatalities", 2), ("injuries", 4)]
    text = "وأفاد شهود بأن سبعة قرويين قتلوا وأصيب 12 آخرون في القصف."
    assert [(f.kind, f.low) for f in find_figures(text)] == [("fatalities", 7), ("injuries", 12)]


def test_an_adjective_and_a_group_may_sit_between_the_count_and_its_verb():
    text = "وذكرت الوكالة أن نحو 120 مقاتلا كرديا من الحزب المحظور قتلوا في الغارات."
    (f,) = find_figures(text)
    assert (f.kind, f.low, f.victim) == ("fatalities", 120, "fighters")


def test_the_verb_after_a_subcount_belongs_to_the_whole_count():
    text = "وقال ناشطون إن ثمانية مدنيين بينهم عدد من الأطفال قتلوا في الغارة."
    assert [(f.kind, f.low, f.vague, f.victim) for f in find_figures(text)] == [
        ("fatalities", 8, False, "civilians")]
    text = "وأكد المصدر أن 15 شخصا بينهم 4 نساء أصيبوا في الانفجار."
    assert [(f.kind, f.low) for f in find_figures(text)] == [("injuries", 15)]


def test_a_second_count_after_a_comma_shares_the_kind():
    text = "وأعلن الجيش مقتل 30 مسلحا على الأقل، و6 جنود في المواجهات."
    got = [(f.kind, f.low, f.high, f.victim) for f in find_figures(text)]
    assert got == [("fatalities", 30, None, "militants"), ("fatalities", 6, 6, "soldiers")]


def test_a_number_word_starting_with_waw_is_not_a_conjunction():
    text = "وأسفر القصف عن مقتل 6 من أفراد عائلة واحدة."
    assert [(f.kind, f.low) for f in find_figures(text)] == [("fatalities", 6)]
    text = "قتل 4 جنود وواحد من الشرطة."
    assert [(f.kind, f.low, f.victim) for f in find_figures(text)] == [
        ("fatalities", 4, "soldiers"), ("fatalities", 1, "police")]


def test_dual_construct_of_an_officer_counts_two():
    text = "وقتل ضابطا شرطة في هجوم مسلح على دوريتهما."
    assert [(f.kind, f.low, f.victim) for f in find_figures(text)] == [("fatalities", 2, "police")]
    text = "وأعلنت الداخلية مقتل ضابطي أمن في الانفجار."
    assert [(f.kind, f.low, f.victim) for f in find_figures(text)] == [("fatalities", 2, "police")]


def test_one_person_named_after_anna_as_subject_of_a_passive_verb():
    text = "وأوضح المصدر أن مدنيا قتل، وأصيب أربعة آخرون بجروح جراء انفجار العبوة."
    got = [(f.kind, f.low, f.victim) for f in find_figures(text)]
    assert got == [("fatalities", 1, "civilians"), ("injuries", 4, None)]
    # the verb takes an object: the person is the killer, not the killed
    text = "وقالت الشرطة إن مسلحا قتل جنديين أمام الثكنة."
    assert [(f.low, f.victim) for f in find_figures(text)] == [(2, "soldiers")]


def test_counted_people_split_into_killed_and_wounded_are_casualties():
    (f,) = find_figures("وأسفر التفجير عن سقوط 25 شخصا بين قتيل وجريح.")
    assert (f.kind, f.low) == ("casualties", 25)


@pytest.mark.parametrize("text", [
    "وأصابت الغارات خمس وحدات من المسلحين قرب المدينة.",
    "وأصابت الضربات أهدافا عدة للتنظيم.",
    "واستهدفت الطائرات 4 مواقع و3 آليات للمسلحين.",
    "وأجبرت الاشتباكات عشرات المتمردين إلى الفرار.",
])
def test_things_hit_are_not_people(text: str) -> None:
    assert find_figures(text) == []


def test_flight_of_civilians_without_digits_is_displacement():
    (f,) = find_figures("وفر آلاف السكان من القرى الحدودية.")
    assert (f.kind, f.low, f.vague, f.victim) == ("displaced", 1000, True, "civilians")
    (f,) = find_figures("وأجبر القصف 700 شخص على النزوح.")
    assert (f.kind, f.low) == ("displaced", 700)


def test_a_pronoun_phrase_may_sit_between_the_cue_and_its_number():
    got = [(f.kind, f.low) for f in find_figures("وقع انفجار في السوق وقتل فيه 8 وجرح 12.")]
    assert got == [("fatalities", 8), ("injuries", 12)]


def test_a_single_victim_joined_after_a_figure_is_one_more():
    text = "وأعلنت السلطات مقتل 6 مدنيين وشرطي في القصف."
    got = [(f.kind, f.low, f.victim) for f in find_figures(text)]
    assert got == [("fatalities", 6, "civilians"), ("fatalities", 1, "police")]
    text = "وأسفر الكمين عن إصابة 9 جنود وضابطين."
    got = [(f.kind, f.low, f.victim) for f in find_figures(text)]
    assert got == [("injuries", 9, "soldiers"), ("injuries", 2, "soldiers")]


def test_a_quoted_group_name_between_the_count_and_its_verb():
    text = 'لقي ستة من عناصر من "جماعة جند الخلافة" المتطرفة مصرعهم في اشتباكات مع الجيش.'
    assert [(f.kind, f.low) for f in find_figures(text)] == [("fatalities", 6)]


@pytest.mark.parametrize("text, kind", [
    ("أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين في انفجار سيارة مفخخة.", "fatalities"),
    ("وأسفر القصف عن إصابة مقيمين اثنين بجروح طفيفة.", "injuries"),
])
def test_the_numeral_two_after_its_noun(text, kind):
    assert [(f.kind, f.low) for f in find_figures(text)] == [(kind, 2)]


@pytest.mark.parametrize("text, kind, counts", [
    ("وقال شهود إن 14 مسلحا وثلاثة مدنيين قتلوا في الاشتباكات قرب البلدة.", "fatalities", [14, 3]),
    ("وأكدت الشرطة أن خمسة جنود و8 مدنيين أصيبوا في انفجار العبوة.", "injuries", [5, 8]),
    ("وذكر المرصد أن 20 عنصرا من الفصائل و6 من قوات النظام لقوا حتفهم.", "fatalities", [20, 6]),
])
def test_counts_joined_by_waw_share_the_verb_after_them(text, kind, counts):
    got = [(f.kind, f.low) for f in find_figures(text)]
    assert got == [(kind, n) for n in counts]


def test_a_count_of_other_people_before_counted_victims_stays_unread():
    text = "ونقلت الحافلة 30 راكبا وأربعة مدنيين قتلوا لاحقا في القصف."
    assert [(f.kind, f.low) for f in find_figures(text)] == [("fatalities", 4)]


def test_a_text_without_digits_is_read_for_its_cue_words() -> None:
    # no digit anywhere and cue words of every kind: bodies, evacuations
    bodies = find_figures("عثر الأهالي على ثلاث جثث مجهولة الهوية قرب النهر صباح اليوم.")
    assert [(f.kind, f.low, f.high) for f in bodies] == [("fatalities", 3, 3)]
    moved = find_figures("أجلت السلطات مئات العائلات من الحي الشرقي بعد اشتداد المعارك.")
    assert [(f.kind, f.low) for f in moved] == [("displaced", 100)]
