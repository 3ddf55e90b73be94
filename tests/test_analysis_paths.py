"""Fast paths of article analysis and claims give what the plain reading gives."""

import re

from rasd.extract.article import Article
from rasd.extract.speakers import has, has_in
from rasd.lexicon import load
from rasd.text import norm, normalize, tokenize
from rasd.text.normalize import _REPLACE
from rasd.text.segment import _SENT_END, _sentence_ends

_TEXTS = [
    "قال المرصد السوري لحقوق الإنسان إن طائرات النظام قصفت بالبراميل المتفجرة بلدة كفرنبل.",
    "وأعلنت حركة طالبان مسؤوليتها عن الهجوم، وقال المتحدث باسم الحركة: «قتلنا 12 جنديا».\n\nوتبنى التنظيم التفجير",
    "Reuters: ABC قتل 3.5 شخص!! في 2020. ثم؟ نعم...\n\n\n«انتهى» 1,200 İstanbul",
]


def test_sentence_ends_as_finditer() -> None:
    for text in _TEXTS + ["a.b. c!! d?\n\n\ne 3.5. 4. x.\"y ؟؟ z...\n", "...", "\n", "", ".a", "5.5.5"]:
        for t in (text, normalize(text).text):
            assert _sentence_ends(t) == [m.end() for m in _SENT_END.finditer(t)]


def test_norm_lowercases_like_the_replaced_text() -> None:
    for text in _TEXTS + ["ABC أحمد İstanbul ÉÉ Ωmega ﺍﻟﺼﺪﺭﻳﻦ  X", "Z", "aİbC\u064b"]:
        changed = "".join(_REPLACE.get(ch, ch) for ch in text)
        expected = changed.lower() if re.search("[A-Z]", changed) else changed
        assert norm(text) == expected


def test_one_pass_matches_each_lexicon_find() -> None:
    lexicon = load()
    for text in _TEXTS:
        words = tokenize(normalize(text))
        found = lexicon.find_all(words.tokens, words.words)
        for name, matches in found.items():
            assert matches == getattr(lexicon, name).find(words.tokens, overlapping=name == "cues"), name


def test_has_in_is_has_over_a_run() -> None:
    art = Article.analyse(_TEXTS[1], load())
    assert art.words == [t.text for t in art.tokens]
    for kind in ("declare", "responsibility", "own_responsibility", "title", "nothing"):
        for lo in range(len(art.tokens)):
            for hi in (lo, lo + 1, lo + 3, len(art.tokens)):
                assert has_in(art, lo, hi, kind) == any(has(art, k, kind) for k in range(lo, min(hi, len(art.tokens))))
