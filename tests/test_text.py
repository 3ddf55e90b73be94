"""The text layer: normalisation keeps offsets, segmentation, clitic stems."""

import re

from rasd.text import clauses, dateline, norm, normalize, sentences, stems, tokenize
from rasd.text.tokenize import _WORD


def test_normalisation_unifies_spellings_and_maps_back():
    text = "قُتِلَ خمســة مدنيين في «إدلب» ٣٥"
    n = normalize(text)
    assert n.text == 'قتل خمسه مدنيين في "ادلب" 35'
    start = n.text.index("خمسه")
    s, e = n.span(start, start + len("خمسه"))
    assert text[s:e] == "خمســة"
    s, e = n.span(n.text.index("35"), n.text.index("35") + 2)
    assert text[s:e] == "٣٥"


def test_alef_hamza_ya_ta_marbuta_and_persian_digits():
    assert norm("أإآى ة ۱۲") == "اااي ه 12"


def test_clitics_are_peeled():
    assert "براميل" in stems("وبالبراميل")
    assert "دوما" in stems("بدوما")
    assert "مدنيين" in stems("للمدنيين")
    assert "قصف" in stems("قصفها")
    assert "غاره" in stems("غارتها")


def test_plural_verb_with_object_pronoun_gets_back_its_alif():
    # "اعتقلوهم" is "اعتقلوا" + هم: the silent alif is not written before the pronoun
    assert "اعتقلوا" in stems("واعتقلوهم")
    assert "قصفوا" in stems("قصفوها")
    assert "عدوا" not in stems("عدوي")  # "my enemy": no verb before a first-person ي
    assert "نحوا" not in stems("نحوها")  # too short to be a plural verb


def test_tokens_carry_normalised_offsets():
    n = normalize("وشنّت الطائرات غارات")
    words = tokenize(n)
    assert [t.text for t in words.tokens] == ["وشنت", "الطائرات", "غارات"]
    assert n.text[words.starts[1]:words.ends[1]] == "الطائرات"


def test_tokens_are_found_across_spaces_marks_and_line_breaks_as_one_split_finds_them():
    # tokenize cuts at spaces first; every word and offset must be what one split of the text gives
    text = '  قال (رويترز)- إن 1,200 شخص  "فرّوا"\nأمس،و3.5 abcد_x ' + "كلمة" * 2
    n = normalize(text)
    words = tokenize(n)
    expected = [(m.start(), m.end()) for m in re.finditer(_WORD, n.text)]
    assert list(zip(words.starts, words.ends, strict=True)) == expected
    assert words.words == [n.text[a:b] for a, b in expected] == [t.text for t in words.tokens]
    assert "1,200" in words.words and "3.5" in words.words


def test_sentences_keep_decimals_and_split_on_arabic_question_mark():
    text = "قتل 3.5 ألف شخص. وقال المرصد؟ نعم\nفقرة ثانية"
    got = [text[s.start:s.end] for s in sentences(text)]
    assert got == ["قتل 3.5 ألف شخص.", "وقال المرصد؟", "نعم", "فقرة ثانية"]


def test_clauses_split_on_arabic_comma():
    text = "سقطت قذائف على الحي، وأصيب ثلاثة؛ ثم هدأ القصف"
    sent = sentences(text)[0]
    assert [text[c.start:c.end] for c in clauses(text, sent)] == [
        "سقطت قذائف على الحي", "وأصيب ثلاثة", "ثم هدأ القصف"]


def test_datelines():
    for text, place in (("دمشق - قالت مصادر", "دمشق"), ("عدن: أفاد سكان", "عدن"),
                        ("بيروت (رويترز) - أعلن", "بيروت"), ("كابول – قتل", "كابول")):
        span = dateline(text)
        assert span is not None and text[span.start:span.end] == place
    assert dateline("قالت مصادر محلية إن القصف استمر") is None


def test_repeated_words_share_their_forms_but_keep_their_offsets():
    n = normalize("قصفت الطائرات البلدة ثم عادت الطائرات فقصفت البلدة")
    words = tokenize(n)
    first, second = words.tokens[1], words.tokens[5]
    assert first.text == second.text == "الطائرات"
    assert first.stems == second.stems == stems("الطائرات")
    assert (words.starts[1], words.starts[5]) == (n.text.index("الطائرات"), n.text.rindex("الطائرات"))


def test_the_accusative_tanween_alif_is_peeled():
    assert "انفجار" in stems("انفجارا")
    assert "هجوم" in stems("وهجوما")
    assert "سوري" not in stems("سوريا") and "قتلو" not in stems("قتلوا")


def test_presentation_forms_fold_to_letters_and_keep_offsets():
    text = "معسكر ﺍﻟﺼﺪﺭﻳﻦ بمنطقة"
    n = normalize(text)
    assert "الصدرين" in n.text
    s = n.text.index("الصدرين")
    a, b = n.span(s, s + len("الصدرين"))
    assert text[a:b] == "ﺍﻟﺼﺪﺭﻳﻦ"
