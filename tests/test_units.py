"""Mentions into ACLED units: which event a word refers back to, which figures each place gets,
and what an attack's instrument makes of it; on sentences written for these tests in wire style."""

from wire_support import events as _events

from rasd.extract.article import Article
from rasd.extract.pipeline import default_extractor
from rasd.extract.units import possessed


def _token(art, word):
    return next(i for i, t in enumerate(art.tokens) if art.surface(i, i + 1) == word)


def test_taa_marbuta_is_no_pronoun_but_construct_is_definite():
    art = Article.analyse("شنت الطائرات غارة أخرى على البلدة بعد قصفها مواقع سيطرة المسلحين قرب المدينة.",
                          default_extractor().lexicon)
    assert not possessed(art, _token(art, "غارة"))  # "another strike": a new event
    assert possessed(art, _token(art, "قصفها"))  # "its shelling": told before
    assert possessed(art, _token(art, "سيطرة"))  # governs a definite noun: definite


def test_each_place_of_a_run_on_sentence_gets_its_own_toll():
    text = ("قتل أربعة مدنيين جراء قصف مدفعي على حي الميسر في مدينة حلب أمس الجمعة، فيما قتل ثلاثة "
            "آخرون جراء قصف مدفعي على قرية كفرنبل في ريف إدلب.")
    tolls = {e["location"]["name_ar"]: e["fatalities"]["low"] for e in _events(text)}
    assert tolls.get("الميسر") == 4
    assert tolls.get("كفرنبل") == 3


def test_toll_clause_before_its_cause_goes_to_the_next_event():
    text = ("قتل خمسة مدنيين جراء قصف مدفعي على مدينة رفح أمس الجمعة، ومقتل طفل وإصابة اثنين آخرين، "
            "في قصف مدفعي على مدينة العريش.")
    by_place = {e["location"]["name_ar"]: e for e in _events(text)}
    assert by_place["رفح"]["fatalities"]["low"] == 5
    assert by_place["العريش"]["fatalities"]["low"] == 1
    assert by_place["العريش"]["injuries"]["low"] == 2


def test_attack_with_bombs_is_a_bombing_but_firebombs_are_not():
    bombs = _events("قتل شخصان في هجوم بقنابل على سوق في مدينة الموصل أمس الجمعة.")
    assert [e["type"] for e in bombs] == ["remote_explosive_landmine_ied"]
    fire = _events("قتل طفل في هجوم بقنابل حارقة على منزل في قرية دوما أمس الجمعة.")
    assert "remote_explosive_landmine_ied" not in [e["type"] for e in fire]
