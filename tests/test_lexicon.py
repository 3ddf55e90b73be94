"""The one matcher over every lexicon, with clitics and spelling variants."""

import pytest

from rasd.lexicon import PhraseMatcher, load
from rasd.text import normalize, tokenize


def _find(matcher, text):
    return [(m.phrase, m.values) for m in matcher.find(tokenize(normalize(text)).tokens)]


def test_longest_phrase_wins_and_clitics_match():
    m = PhraseMatcher([("براميل متفجرة", "barrel"), ("براميل", "short"), ("الجيش السوري", "army")])
    assert _find(m, "وبالبراميل المتفجرة قصف للجيش السوري") == [
        ("براميل متفجرة", ("barrel",)), ("الجيش السوري", ("army",))]


def test_shared_alias_keeps_every_value():
    m = PhraseMatcher([("القوات الحكومية", "a"), ("القوات الحكومية", "b")])
    assert _find(m, "تقدمت القوات الحكومية") == [("القوات الحكومية", ("a", "b"))]


@pytest.mark.parametrize("text,actor", [
    ("شنت طائرات النظام غارات", "syria_gov_forces"),
    ("وقال المرصد السوري لحقوق الإنسان", "sohr"),
    ("اشتبك مسلحو الحوثي مع رجال المقاومة", "houthis"),
    ("وتبنّى تنظيم «داعش» الهجوم", "isis"),
    ("أعلنت حركة طالبان", "taliban"),
])
def test_actor_aliases(text, actor):
    assert actor in {v for _, vals in _find(load().actors, text) for v in vals}


def test_weapons_and_triggers_from_data_files():
    lex = load()
    assert ("barrel_bombs",) in [v for _, v in _find(lex.weapons, "ألقت المروحيات براميلَ متفجرة")]
    assert ("CLASH",) in [v for _, v in _find(lex.triggers, "واندلعت اشتباكاتٌ عنيفة")]
    assert lex.actor_info["syria_gov_forces"].is_state
    assert not lex.actor_info["isis"].is_state


def test_one_word_phrase_at_the_last_token_and_longer_phrase_elsewhere():
    # the one-word fast path and the trie walk must agree on which phrase is longest
    m = PhraseMatcher([("غارة", "strike"), ("غارة جوية", "airstrike")])
    assert _find(m, "شنت الطائرات غارة جوية ثم غارة") == [
        ("غارة جوية", ("airstrike",)), ("غارة", ("strike",))]
