"""The per-process memos of tokenize and the geocoder change no result."""

import sys

from rasd.geo import Geocoder
from rasd.text import normalize, stems, tokenize
from rasd.text.tokenize import Token, Tokenized, match_keys

tokenize_module = sys.modules["rasd.text.tokenize"]  # the package exports a function of that name

ARTICLE = ("إدلب - قصفت طائرات حربية مدينة معرة النعمان في ريف إدلب الجنوبي، وقتل مدنيان في بلدة كفرنبل. "
           "وفي حلب سقطت قذائف على حي الحمدانية، فيما استهدفت غارة ريف حلب الغربي. "
           "وعادت الطائرات لتقصف معرة النعمان وكفرنبل مساء، وقالت مصادر في حلب إن القصف طال أطراف إدلب.")


def _fields(words: Tokenized) -> list[tuple]:
    return [(t.text, a, b, t.stems, t.keys) for t, a, b in zip(words.tokens, words.starts, words.ends, strict=True)]


def test_tokens_built_from_the_cache_match_fresh_ones(monkeypatch):
    n = normalize("وبالبراميل المتفجرة قصفت الطائرات للقاعدة وغاراتها على البلدة والبلدة")
    first = tokenize(n)
    again = tokenize(n)  # every word now comes from the cache
    assert _fields(first) == _fields(again)
    assert all(type(t) is Token for t in again.tokens)
    assert again.tokens[0] == Token("وبالبراميل", stems("وبالبراميل"), match_keys("وبالبراميل"))
    assert (again.starts[0], again.ends[0]) == (0, 10)
    # a cache that keeps emptying itself gives the same tokens
    monkeypatch.setattr(tokenize_module._FORMS, "limit", 2)
    tokenize_module._FORMS.clear()
    assert _fields(tokenize(n)) == _fields(first)
    assert len(tokenize_module._FORMS) <= 2


def test_repeated_places_resolve_alike_and_calls_share_nothing():
    geo = Geocoder.default()
    first = geo.places(ARTICLE)
    names = [p.name_ar for p in first]
    assert names.count("معرة النعمان") == 2 and names.count("كفرنبل") == 2
    maarra = [p.location["gazetteer_id"] for p in first if p.name_ar == "معرة النعمان"]
    assert maarra[0] == maarra[1] and maarra[0] is not None
    first[0].location["lat"] = 0.0  # a caller editing its result does not reach the next call
    second = geo.places(ARTICLE)
    assert second[0].location["lat"] != 0.0
    fresh = Geocoder(geo.gaz, geo.lex).places(ARTICLE)  # empty memos, same answer
    assert [(p.start, p.end, p.name_ar, p.kind, p.location, p.confidence) for p in second] == \
        [(p.start, p.end, p.name_ar, p.kind, p.location, p.confidence) for p in fresh]


def test_word_led_searches_find_what_the_full_patterns_find():
    from rasd.geo import geocoder, relative
    from rasd.text.normalize import norm

    texts = [ARTICLE, "قرى الهديدة والفسلوج وجميعها تابعة لمحافظة مأرب، والتابعة  \n في ريف حلب",
             "بلدة تابعة تقع في، وكلها الواقعة قرب حي وبحي فالقرية والقرى ومطارات قريتي قريتين",
             "جميعها\u00a0تابعة لها، كلهاتابعة، التابعةX تتبع مخيم", "",
             "على بعد 5 كيلومترات شمال حلب، وحكم جنوبي، 3 أميال غرب البلدة، ومترا  الى الشرق"]
    for text in map(norm, texts):
        assert [(h.span(), h.groupdict()) for h in relative._holder_hits(text)] == \
            [(h.span(), h.groupdict()) for h in relative._holder_re().finditer(text)]
        heads = [h.span() for h in geocoder._head_pattern().finditer(text)]
        assert [h.span() for h in geocoder._head_hits(text)] == heads
        _, head_starts, belong_starts, tail_starts, unknown_ends = Geocoder.default()._find(text)
        assert [h.span() for h in geocoder._head_hits(text, head_starts)] == heads
        assert [(h.span(), h.groupdict()) for h in relative._holder_hits(text, belong_starts)] == \
            [(h.span(), h.groupdict()) for h in relative._holder_re().finditer(text)]
        gate = relative._distance_gate()
        assert any(gate.match(text, at) for at in tail_starts) == (gate.search(text) is not None)
        assert (relative._distance_gate().search(text) is not None) >= \
            (relative._distance_re().search(text) is not None)
    far = norm("تقع قرية الصفا على بعد 60 كلم شمال شرق حلب و20 ميلا غربي دمشق")
    assert relative._distance_re().search(far) and relative._distance_gate().search(far)


def test_memoised_rounding_gives_fresh_equal_locations():
    import math

    geo = Geocoder(Geocoder.default().gaz, Geocoder.default().lex)
    e = geo.gaz.lookup("حلب")[0]
    first = geo._location("حلب", e, "town", 36.2012345, 37.1612345)
    again = geo._location("حلب", e, "town", 36.2012345, 37.1612345)  # from the memo
    assert first == again and first is not again
    assert (again["lat"], again["lon"]) == (round(36.2012345, 4), round(37.1612345, 4))
    signed = geo._location("x", e, "town", -0.0, 0.0)  # zeros keep their sign: never memoised
    assert math.copysign(1, signed["lat"]) == -1 and math.copysign(1, signed["lon"]) == 1
    for margin, weak in ((4.0, False), (0.0, True), (1.25, False), (4.0, False)):
        expected = 0.5 + 0.45 * math.tanh(margin / 3)
        assert geo._confidence(margin, weak) == round(expected * 0.8 if weak else expected, 3)


def test_unknown_names_are_searched_only_where_a_head_ends_a_word():
    """Every ``_UNKNOWN_RE`` match has its head end a word where ``_find`` saw it end."""
    from rasd.geo import geocoder
    from rasd.text.normalize import norm

    texts = ["قصفت قرية الزيادية في ريف حلب وبلدة كفرنبل", "منطقة وادي المدام بمدينة تعز",
             "تل أبيض وتلة خطاب شمال حلب، وفي مخيم جباليا ومزرعة الخيرات بريف دمشق", "حي الشيخ مقصود في حلب",
             "قتل تلك المنطقةالشرقية حيث"]
    for text in map(norm, texts):
        ends = Geocoder.default()._find(text)[4]
        assert ends == sorted(ends)
        for ws in range(len(text) + 1):
            base = max(0, ws - 60)
            hit = geocoder._UNKNOWN_RE.search(text[base:ws])
            if hit:
                assert base + hit.end("head") in ends
