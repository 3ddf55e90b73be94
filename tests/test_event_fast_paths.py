"""The shortcuts of the mention and unit hot paths give the answers of the full look: a sentence's
cue kinds passed to ``roles`` and ``actor_leanings``, the kept events looked up by type in
``fold_same_place``."""

from __future__ import annotations

import datetime as dt

from rasd.extract import speakers
from rasd.extract.article import Article
from rasd.extract.events import kinds_of
from rasd.extract.folding import fold_same_place
from rasd.extract.pipeline import default_extractor
from rasd.extract.records import Event, Location
from rasd.extract.roles import actor_leanings, roles

_TEXTS = (
    "قتل خمسة مدنيين في غارات نفذتها مقاتلات تركية على قرية في ريف حلب، وقالت مصادر إن الطيران "
    "الروسي قصف مواقع لجبهة النصرة (تنظيم القاعدة في سوريا) في إدلب.",
    "اشتباكات بين قوات النظام وعناصر تنظيم داعش قرب مدينة دير الزور، وهجوم شنه التنظيم على حاجز "
    "للجيش أسفر عن مقتل ثلاثة جنود.",
    "سيطرت المقاومة على البلدة بعد معارك مع الحوثيين، فيما قصفت المدفعية السعودية مواقع الحوثيين.",
)


def test_sentence_cue_kinds_change_no_roles() -> None:
    ex = default_extractor()
    seen = 0
    for text in _TEXTS:
        art = Article.analyse(text, ex.lexicon)
        for sent in art.sentences:
            whole = kinds_of(art.in_sentence("cues", sent))
            actors = [m for m in art.in_sentence("actors", sent) if ex._can_act(m.values[0])]
            sources = speakers.source_tokens(art, sent)
            plain = actor_leanings(art, sent, actors, sources)
            assert actor_leanings(art, sent, actors, sources, (), whole) == plain
            for trig in art.in_sentence("triggers", sent):
                assert roles(art, sent, trig, actors, sources, ex.lexicon, leanings=plain, whole=whole) \
                    == roles(art, sent, trig, actors, sources, ex.lexicon, leanings=plain)
                seen += 1
    assert seen >= 6


def test_a_group_named_to_say_what_another_belongs_to_leans_nowhere() -> None:
    ex = default_extractor()
    art = Article.analyse("قصف الطيران مواقع جبهة النصرة (تنظيم القاعدة في سوريا) في إدلب.", ex.lexicon)
    sent = art.sentences[0]
    actors = art.in_sentence("actors", sent)
    leaning = [actor_id for _, actor_id, _, _ in actor_leanings(art, sent, actors, set())]
    assert len(actors) == 2 and len(leaning) == 1  # the bracketed group is an apposition


def _event(etype: str, name: str, day: int) -> Event:
    return Event(etype, "", "", dt.date(2024, 3, day), location=Location(name_ar=name))


def test_same_place_folds_within_each_type_in_text_order() -> None:
    a, b, c, d = (_event("attack", "حلب", 1), _event("armed_clash", "حلب", 2),
                  _event("attack", "حلب", 5), _event("armed_clash", "ادلب", 2))
    kept = fold_same_place([a, b, c, d], 7)
    assert kept == [a, b, d]
    assert a.date.day == 1  # the earlier telling keeps its day


def test_an_event_folded_into_a_placeless_one_gives_it_its_place() -> None:
    from rasd.extract.folding import absorb
    from rasd.extract.records import Event

    told_late = Event("suicide_bomb", "Explosions/Remote violence", "Suicide bomb", placeless=True)
    at_town = Event("remote_explosive_landmine_ied", "Explosions/Remote violence", "Remote explosive/landmine/IED")
    absorb(told_late, at_town)
    assert not told_late.placeless  # kept: the folded-in mention told where it was
    both_late = Event("suicide_bomb", "Explosions/Remote violence", "Suicide bomb", placeless=True)
    absorb(both_late, Event("attack", "Violence against civilians", "Attack", placeless=True))
    assert both_late.placeless
