"""The precomputed indexes and memos of the extraction hot paths give the answers of the plain scans."""

from __future__ import annotations

from rasd.extract.article import Article, Sentence
from rasd.extract.quantities import PhraseTable, Tokens, _number_starts, scan
from rasd.lexicon import PhraseMatcher, load
from rasd.text import normalize, tokenize

_TEXT = ("دمشق - قتل 1,200 شخص، وأصيب آخرون؛ في قصف على ريف حلب: وقالت مصادر محلية إن الطيران "
         "شن غارات على بلدة سرمدا، وأضافت أن 12 مدنيا قتلوا في 2020/5/3 الساعة 10:30 صباحا.")


def _naive_clause(art: Article, i: int, sent: Sentence) -> tuple[int, int]:
    """The clause by scanning the gaps between tokens, as ``clause_of`` did before its index."""
    def mark(k: int) -> bool:
        return any(ch in "،,؛;:" for ch in art.text[art.ends[k - 1]:art.starts[k]])

    lo = next((k for k in range(i, sent.first, -1) if mark(k)), sent.first)
    hi = next((k for k in range(i + 1, sent.last) if mark(k)), sent.last)
    return lo, hi


def test_clause_of_agrees_with_a_scan_of_the_gaps() -> None:
    art = Article.analyse(_TEXT, load())
    assert art.clause_breaks()  # the commas, the semicolon and the colon
    for sent in art.sentences:
        for i in range(sent.first, sent.last):
            assert art.clause_of(i, sent) == _naive_clause(art, i, sent)


def test_a_comma_inside_a_number_breaks_no_clause() -> None:
    art = Article.analyse("قتل 1,200 شخص في القصف", load())
    sent = art.sentences[0]
    assert art.clause_breaks() == []
    assert art.clause_of(2, sent) == (sent.first, sent.last)


def test_phrase_matcher_sees_a_phrase_added_after_a_search() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher([("غارة", "air")])
    toks = tokenize(normalize("شن الطيران غارة جوية على البلدة")).tokens
    assert [(m.first, m.last) for m in matcher.find(toks)] == [(2, 3)]
    matcher.add("غارة جوية", "air_strike")
    matcher.add("شن", "launch")  # a new first word: the memo that found none at "شن" is emptied
    found = matcher.find(toks)
    assert [(m.first, m.last, m.values) for m in found] == [(0, 1, ("launch",)), (2, 4, ("air_strike",))]


def test_positions_among_candidates_equal_the_full_pass() -> None:
    table = PhraseTable([("على الأقل", "min"), ("نحو", "approx")])
    toks = Tokens(normalize("قتل نحو 20 شخصا على الأقل، وبنحو 5 آخرين"))
    full = table.positions(toks)
    assert table.positions(toks, range(toks.size)) == full
    assert table.positions(toks, [i for i in range(toks.size) if i != full[0]]) == full[1:]


def test_token_kinds_and_number_starts() -> None:
    toks = Tokens(normalize(_TEXT))
    kinds = dict(zip(toks.texts, toks.kinds, strict=True))
    assert (kinds["1,200"], kinds["2020/5/3"], kinds["10:30"], kinds["دمشق"], kinds["،"]) == ("n", "d", "t", "w", "p")
    starts = _number_starts(toks)
    assert starts == [i for i, k in enumerate(toks.kinds) if k in "ndt"]  # no number word here
    assert [q.value for q in scan(toks) if q.use == "count"] == [1200, 12]


def test_a_sentence_share_of_times_and_figures_is_the_filtered_list() -> None:
    from rasd.extract.context import build_context
    from rasd.geo import Geocoder

    text = ("حلب - قتل 5 مدنيين أمس الجمعة في قصف على المدينة. وأصيب 12 آخرون يوم الخميس. "
            "وفي 3 مايو قتل جنديان وأصيب 4 عناصر من الشرطة.")
    lexicon = load()
    art = Article.analyse(text, lexicon)
    ctx = build_context(art, None, lexicon, Geocoder.default())
    assert ctx.times and ctx.figures
    for sent in art.sentences:
        assert ctx.times_between(sent.first, sent.last) == [
            (i, t) for i, t in ctx.times if sent.first <= i < sent.last]
        assert ctx.figures_between(sent.first, sent.last) == [
            (i, f) for i, f in ctx.figures if sent.first <= i < sent.last]


def test_one_pass_over_the_lexicons_equals_each_find() -> None:
    lexicon = load()
    toks = tokenize(normalize(_TEXT + " وأطلق مسلحو تنظيم الدولة الإسلامية قذائف الهاون على مواقع الجيش السوري"))
    found = lexicon.find_all(toks.tokens, toks.words)
    for name in ("triggers", "cues", "weapons", "actors", "reporting"):
        assert found[name] == getattr(lexicon, name).find(toks.tokens, overlapping=name == "cues")
    assert found["actors"] and found["reporting"]


def test_one_pass_sees_a_phrase_added_after_a_search() -> None:
    from rasd.lexicon import Lexicon

    def matcher(*pairs: tuple[str, str]) -> PhraseMatcher[str]:
        return PhraseMatcher(pairs)

    lexicon = Lexicon(matcher(("غارة", "air")), matcher(), matcher(), matcher(), matcher(), {})
    toks = tokenize(normalize("شن الطيران غارة جوية على البلدة"))
    assert [(m.first, m.last) for m in lexicon.find_all(toks.tokens, toks.words)["triggers"]] == [(2, 3)]
    lexicon.triggers.add("غارة جوية", "air_strike")
    lexicon.triggers.add("شن", "launch")
    assert [(m.first, m.last, m.values) for m in lexicon.find_all(toks.tokens, toks.words)["triggers"]] == [
        (0, 1, ("launch",)), (2, 4, ("air_strike",))]


def test_tokens_split_words_numbers_and_latin_as_the_plain_pattern() -> None:
    import re

    plain = re.compile(r"[\u0621-\u064a]+|[0-9]+(?:[.,][0-9]+)*|[a-z]+")
    n = normalize("قتل 1,200 شخصabc في 3.5.كم و12مدنيا، ISIS-k ١٢٫٥ » ... 7,")
    toks = tokenize(n)
    spans = [m.span() for m in plain.finditer(n.text)]
    assert list(zip(toks.starts, toks.ends, strict=True)) == spans
    assert toks.words == [t.text for t in toks.tokens] == [n.text[a:b] for a, b in spans]


def test_normalize_equals_a_translation_of_every_character() -> None:
    from rasd.text.normalize import normalize_char

    text = "ﺍﻟﺼﺪﺭﻳﻦ قُتِلَ خمســة «إدلب» ٣٥ ۱۲ ی ک ISIS\u200f\u00a0آى"
    n = normalize(text)
    assert n.text == "".join(map(normalize_char, text))
    assert [text[o] for o in n.offsets] == [ch for ch in text if normalize_char(ch)]


def test_sentence_bounds_are_the_sentence_spans() -> None:
    from rasd.text import sentences
    from rasd.text.segment import sentence_bounds

    text = " قتل 3.5 ألف شخص..  وقال المرصد؟! «نعم»\n\n فقرة 2. ثانية\n "
    assert sentence_bounds(text) == [(s.start, s.end) for s in sentences(text)]
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "قتل 3.5 ألف شخص..", "وقال المرصد؟!", "«نعم»", "فقرة 2. ثانية"]  # a mark after a digit ends none


def test_match_compares_hashes_and_pickles_by_its_fields() -> None:
    import pickle

    from rasd.lexicon import Match

    m = Match(1, 3, "قصف مدفعي", ("BOMBARD",))
    assert m == Match(1, 3, "قصف مدفعي", ("BOMBARD",)) and hash(m) == hash(Match(1, 3, "قصف مدفعي", ("BOMBARD",)))
    assert m != Match(1, 3, "قصف مدفعي", ("SHELL",)) and m != (1, 3, "قصف مدفعي", ("BOMBARD",))
    assert repr(m) == "Match(first=1, last=3, phrase='قصف مدفعي', values=('BOMBARD',))"
    assert all(pickle.loads(pickle.dumps(m, protocol)) == m for protocol in range(pickle.HIGHEST_PROTOCOL + 1))


def test_a_weak_trigger_is_overruled_by_a_strong_one_of_its_clause() -> None:
    from rasd.extract.events import overruled

    assert overruled("TARGETED", {"CLASH"}) and not overruled("SHELL", {"SHELL"})
    assert overruled("ATTACK", {"EXPLOSION"}) and not overruled("ATTACK", {"CLASH"})
    assert not overruled("KILLING_SHOT", {"KILLING"}) and not overruled("CLASH", {"BOMBARD"})
