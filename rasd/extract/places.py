"""Which places an event happened at: the trigger's clause first, the finest place there.

Places that only locate another ("شمال حلب", "في ريف إدلب", its province) and foreign
countries named in passing do not become event locations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from rasd.extract.article import Article, Sentence
from rasd.extract.context import Context
from rasd.extract.events import Mention
from rasd.extract.records import Location
from rasd.geo import Place, km
from rasd.geo.lexicon import geo_lexicon
from rasd.lexicon import norm_phrase
from rasd.lexicon.wordsets import word_set

_SEAT_CUES = frozenset({"seat", "border"})


class _SentencePlaces(NamedTuple):
    """What ``event_places`` reads of a sentence whatever the mention: found once per sentence."""

    named: list[tuple[int, int, Place]]  # its place mentions
    scenes: list[tuple[int, int, Place]] | None  # ``_scenes``; None where a base is named (per mention)
    countries: bool  # some place mention (so maybe a scene) is a country's
    toward: bool  # a word that points where a move went ("باتجاه")
    dash: bool  # a dash, which may open an aside


# sentence index -> what ``event_places`` read of it, shared by that sentence's mentions
SentenceMemo = dict[int, _SentencePlaces]


def event_places(art: Article, ctx: Context, mention: Mention,
                 memo: SentenceMemo | None = None) -> list[tuple[int, int, Place]]:
    """Places the trigger governs: those of its clause, else the nearest after it in its sentence;
    a country there yields to a town or region of it named later ("خطفت الجبهة، ذراع القاعدة في
    سوريا، خمسة مقاتلين قرب أعزاز"). ``memo`` (sentence index -> ``_SentencePlaces``) lets the
    mentions of one sentence share what does not depend on the mention."""
    sent = mention.sentence
    known = memo.get(sent.index) if memo is not None else None
    if known is None:
        known = _sentence_places(art, ctx, sent)
        if memo is not None:
            memo[sent.index] = known
    named, scenes = known.named, known.scenes
    if not named:
        return []
    hosts = _relative_host(art, mention, named)
    if hosts:
        return hosts
    if scenes is None:
        # a base is named (in few sentences): whether a place is where a plane set out from
        # depends on the mention
        origins = {m.last for m in art.in_sentence("cues", sent) if "origin" in m.values}
        scenes = _scenes(art, ctx, sent, named, lambda first: _airbase(art, mention, first, sent.first, origins)
                         or _not_scene(art, first, sent.first))
    found = [p for p in scenes if p[2].kind != "country" or _country_place(art, ctx, sent, mention, p)] \
        if known.countries else scenes
    if len(found) > 1 and known.toward:
        found = _without_destinations(art, sent, found)
    if found and known.dash:
        found = _outside_asides(art, sent, mention, found)
    if len(found) > 1:
        found = _between_ends(art, found)
        found = _outside_apposition(art, sent, mention, found)
    if not found:
        return []
    clause = lo, hi = art.clause_of(mention.trigger.first, sent)
    inside = [p for p in found if lo <= p[0] < hi]
    if len(inside) > 1 and not _AFTER.isdisjoint(art.words[clause[0]:clause[1]]):
        inside = _own_part(art, mention, clause, inside)
    elif len(inside) > 1:  # "بعد" aside: ``_own_part`` tells which act is whose
        inside = _own_telling(art, mention, clause, inside)
    if inside and clause[1] < sent.last:
        inside += _list_goes_on(art, sent, clause[1], found)
    if not inside:
        after = [p for p in found if p[0] >= mention.trigger.first]
        inside = after[:1] or _fronted(art, sent, clause, found) or found[-1:]
    if inside[0][2].kind == "country" and all(p[2].kind == "country" for p in inside):
        # "قتل في ضربة جوية في سوريا بينما كان يتنقل قرب بلدة سرمدا": the town is the place
        countries = {p[2].location.get("country") for p in inside}
        finer = [p for p in found if p[0] > inside[-1][0] and p[2].kind in ("town", "region")
                 and p[2].location.get("country") in countries]
        inside = finer[:1] or inside
    return finest(art, inside)


def _sentence_places(art: Article, ctx: Context, sent: Sentence) -> _SentencePlaces:
    """The sentence's share of ``event_places``: its places, their scenes unless a base is named,
    and which rare words it holds."""
    named = ctx.places_between(sent.first, sent.last)
    if not named:
        return _SentencePlaces(named, [], False, False, False)
    words = art.words[sent.first:sent.last]
    scenes = None if not _BASES.isdisjoint(words) else \
        _scenes(art, ctx, sent, named, (lambda first: _not_scene(art, first, sent.first))
                if not _NOT_SCENE_WORDS.isdisjoint(words) else None)
    return _SentencePlaces(named, scenes, any(p[2].kind == "country" for p in named),
                           not _TOWARD.isdisjoint(words), "-" in art.text[sent.start:sent.end])


# the word lists below are sets of rasd/lexicon/data/function_words.tsv (``word_set``)
# "انسحبت القوات من عدن باتجاه لحج": the word that points where a move went, and the moves
# (withdraw, move, head, advance, flee, be displaced) whose end is no scene of theirs
_TOWARD = word_set("toward")
_MOVES = frozenset({s + end for s in word_set("move_stems")
                    for end in ("", "ت", "وا", "ا", "تا", "ون", "ها", "هم", "ه")} | word_set("move_nouns"))
_TRIED = word_set("tried")
_AFTER_THAT = word_set("after_that")
_MOVE_REACH = 16  # "انسحبت ميليشيات الحوثي وقوات صالح، السبت، من الأطراف الشمالية لمدينة عدن باتجاه"
_FEMININE_HEADS = word_set("feminine_heads")
# head nouns between the pointing word and the place's name ("باتجاه محافظة لحج", "نحو حي X")
_DEST_HEADS = _FEMININE_HEADS | word_set("destination_heads")


def _without_destinations(art: Article, sent: Sentence,
                          found: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """"انسحب المسلحون من عدن باتجاه لحج", "تحركت القوات صوب شبوة بعد السيطرة على أبين": where a
    move heads is not where it (or the sentence's act) happened, while another place is named. A
    fired shell's aim ("أطلقوا صواريخ باتجاه X") has no move word and stays; so does an end where
    an act follows ("تقدمت القوات نحو X واشتبكت مع المسلحين")."""
    ends = [p for p in found if _destination(art, sent, p[0])]
    if not ends or len(ends) == len(found):
        return found
    return [p for p in found if p not in ends]


def _destination(art: Article, sent: Sentence, first: int) -> bool:
    """The place at ``first`` is what a move word before it heads for ("باتجاه (محافظة) X")."""
    k = first - 1
    if k > sent.first and art.tokens[k].text in _DEST_HEADS:
        k -= 1
    if k < sent.first or not art.has_stem(k, _TOWARD):
        return False
    if art.tokens[k].text == "اتجاه" and (k - 1 < sent.first or art.tokens[k - 1].text != "في"):
        return False
    lo = art.clause_of(k, sent)[0]
    move = next((j for j in range(k - 1, max(lo, k - _MOVE_REACH) - 1, -1) if art.has_stem(j, _MOVES)), -1)
    if move < 0 or move - 1 >= lo and art.has_stem(move - 1, _TRIED):
        return False  # "أحبطت محاولة تقدم باتجاه قرية X": the push was stopped on its way, near X
    hi = art.clause_of(first, sent)[1]
    # "... بعد معارك عنيفة" tells an earlier act, not one at the end of the move
    hi = next((c for c in range(first + 1, hi) if _after_word(art, c) or art.words[c] in _AFTER_THAT), hi)
    return not art.between("triggers", first + 1, hi)


# "بعد", "عقب", "إثر": what follows is an earlier act, told with its own place
_AFTER = word_set("after")
_DISTANCE_BEFORE = word_set("distance_before")


def _own_part(art: Article, mention: Mention, clause: tuple[int, int],
              inside: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """"تظاهر أنصار الحزب في بلدة X بعد مقتل ثلاثة في الاشتباكات ببلدة Y": a clause whose act
    is followed by "بعد / عقب / إثر" and an earlier act places each act on its own side of that
    word, when each side names a place of its own and tells another kind of act ("سيطر على X بعد
    يوم من السيطرة على Y" tells one kind twice)."""
    lo, hi = clause
    for c in range(lo + 1, hi):
        if not _after_word(art, c):
            continue
        before = [p for p in inside if p[0] < c]
        after = [p for p in inside if p[0] > c]
        if not (before and after):
            continue
        ahead = mention.trigger.first < c
        others = art.between("triggers", c + 1, hi) if ahead else art.between("triggers", lo, c)
        if others and all(set(t.values).isdisjoint(mention.trigger.values) for t in others):
            return before if ahead else after
    return inside


def _own_telling(art: Article, mention: Mention, clause: tuple[int, int],
                 inside: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """"صلة بين الهجوم في X والهجوم الذي قتل فيه ثلاثة في Y", "أربع غارات قرب X ... وثلاث غارات
    قرب Y": where one clause repeats the noun of an act, each telling has the places between it
    and the next, not the other's too."""
    trig = mention.trigger
    word = art.tokens[trig.first].text.removeprefix("و")
    same = [t.first for t in art.between("triggers", clause[0], clause[1])
            if t.first != trig.first and art.tokens[t.first].text.removeprefix("و") == word]
    if not same:
        return inside
    lo = max((i for i in same if i < trig.first), default=clause[0])
    hi = min((i for i in same if i > trig.first), default=clause[1])
    own = [p for p in inside if lo <= p[0] < hi and p[0] > trig.first]
    return own or inside


def earlier_act(art: Article, mention: Mention) -> bool:
    """The trigger follows "بعد / عقب / إثر" in its clause: an act told as what came before the
    sentence's own ("تظاهروا في X بعد مقتل ثلاثة في Y"), not what the next sentence goes on with."""
    sent = mention.sentence
    lo = art.clause_of(mention.trigger.first, sent)[0]
    if _AFTER.isdisjoint(art.words[lo:mention.trigger.first]):
        return False
    return any(_after_word(art, c) for c in range(lo, mention.trigger.first))


def _after_word(art: Article, c: int) -> bool:
    """Token ``c`` is "بعد / عقب / إثر" telling what came before ("على بعد 5 كيلومترات" is a
    distance, "فجروا عن بعد عبوة" remote)."""
    return art.words[c] in _AFTER and (c == 0 or art.words[c - 1] not in _DISTANCE_BEFORE)


def _scenes(art: Article, ctx: Context, sent: Sentence, named: list[tuple[int, int, Place]],
            elsewhere: Callable[[int], bool] | None) -> list[tuple[int, int, Place]]:
    """The sentence's places that can be a scene at all: not inside an actor's name, a landmark,
    an organisation's seat ("يوجد مقرها في X"), the far side of a border ("الحدود مع X"), where a
    rocket or a plane came from ("أطلق من غزة"), a street's name, an exception or the dateline."""
    # most sentences name no actor: its set is built only where there is one
    actors = art.in_sentence("actors", sent)
    actor_tokens = {i for m in actors for i in range(m.first, m.last)} if actors else _NO_TOKENS
    seats = {m.last for m in art.in_sentence("cues", sent) if not _SEAT_CUES.isdisjoint(m.values)
             or "origin" in m.values}
    words = art.words[sent.first:sent.last]
    # a distance, "منذ", a street or an exception is named in few sentences: only there are
    # their rules asked per place
    landmarks = _landmarks(art, named, sent.first, elsewhere,
                           since=not _SINCE.isdisjoint(words), marks=not _LANDMARK_WORDS.isdisjoint(words))
    streets = not _STREETS.isdisjoint(art.words[max(0, sent.first - 2):sent.last])
    excepts = not _EXCEPT.isdisjoint(words)
    return [p for p in named if p[0] not in actor_tokens and p[0] not in landmarks
            and not (seats and not seats.isdisjoint((p[0], p[0] - 1, p[0] - 2)))
            and not (streets and _street_name(art, p[0]))
            and not (excepts and _excepted(art, p[0], sent.first))
            and p[2].start >= ctx.dateline_end]


_NO_TOKENS: frozenset[int] = frozenset()


# a base or airport: "أقلعت من قاعدة إنجرليك", "قبل أن تعود إلى قاعدة ديار بكر"
_BASES = word_set("bases")
_RETURN = word_set("returning")
# "بالقرب من قاعدة X", "القريبة من قاعدة X": near the base, which is where the act was
_NEAR = word_set("near")
_FLOWN = frozenset({"air_drone_strike", "shelling_artillery_missile_attack"})
_BASE_REACH = 6  # "من قاعدة القيادة الجوية الثامنة في ولاية X"


def _airbase(art: Article, mention: Mention, first: int, lo: int, origins: set[int]) -> bool:
    """"أقلعت من قاعدة في ديار بكر", "قبل أن تعود إلى قاعدة X", "شنت غارات من قاعدة جوية في
    إنجرليك": the base a plane or gun set out from or went back to, named a few words before the
    place, is not where it struck. Al-Qaeda ("القاعدة") is read so only after a take-off word."""
    toks = art.tokens
    k = next((k for k in range(first, max(lo, first - _BASE_REACH) - 1, -1) if toks[k].text in _BASES), -1)
    if k < 0 or art.between("triggers", k + 1, first) or "،" in art.text[art.ends[k]:art.starts[first]]:
        return False  # "من قاعدة X، وقصفت مواقع في Y": Y is past the base's phrase
    word = toks[k].text
    if k in origins:
        return True
    before = toks[k - 1].text if k - 1 >= lo else ""
    if before in ("الي", "والي"):
        return k - 2 >= lo and toks[k - 2].text in _RETURN
    # "أقلعت طائرة حربية من قاعدة X": a take-off word a few words before; else a strike's
    # "من قاعدة X" (not al-Qaeda, not "بالقرب من قاعدة X")
    return before == "من" and (any(k - 4 <= e < k for e in origins) or word not in ("القاعده", "القواعد")
                               and mention.type in _FLOWN and not (k - 2 >= lo and toks[k - 2].text in _NEAR))


# "إعادة إعمار كوباني": a town that is the object of rebuilding is no scene of violence
_REBUILT = word_set("rebuilt")
_REDO = word_set("redo")
_REBUILD = word_set("rebuild")


def _not_scene(art: Article, first: int, lo: int) -> bool:
    """Whether the place at ``first`` is what a peaceful noun acts on ("المشاركة في إعادة إعمار
    (مدينة) كوباني", "إعادة بناء X") or names an institution ("رئاسة إقليم كردستان"): the place
    of the work or the office, not of the event told."""
    toks = art.tokens
    k = first - 1
    if k >= lo and toks[k].text in _FEMININE_HEADS:
        k -= 1
    if k < lo:
        return False
    word = toks[k].text
    if word in _OFFICE_HEADS and k - 1 >= lo:
        k -= 1  # "حكومة إقليم X" with the head outside the place
        word = toks[k].text
    return word in _REBUILT or word in _REBUILD and k - 1 >= lo and toks[k - 1].text in _REDO \
        or word in _OFFICES


# "حكومة إقليم كردستان", "رئاسة الإقليم": an institution named after a land, which acts or speaks
# from its seat (a governor, "حاكم منطقة X حيث حصلت الغارة", speaks of his own land: not here)
_OFFICES = word_set("offices")
_OFFICE_HEADS = word_set("office_heads")
# one of which the sentence must hold for ``_not_scene`` to drop any of its places
_NOT_SCENE_WORDS = _REBUILT | _REBUILD | _OFFICES


_RELATIVES = word_set("place_relatives")
# nouns that name a town or an area, all feminine: "الذي" after them tells of another noun


def _feminine_head(art: Article, first: int) -> bool:
    """The place at ``first`` is written with a feminine head noun ("بمدينة X", "قرية Y")."""
    return any(k >= 0 and (art.tokens[k].text in _FEMININE_HEADS or art.tokens[k].text[1:] in _FEMININE_HEADS)
               for k in (first - 1, first))


_RELATIVE_REACH = 6  # words between the relative pronoun and the trigger ("التي يقصدها المقاتلون وتدور فيها")


def in_relative(art: Article, ctx: Context, mention: Mention) -> bool:
    """Whether the mention is told in a relative clause of the place it happened at
    ("بلدة X التي تدور فيها معارك"): an act of that place, not of the sentence around it."""
    sent = mention.sentence
    return bool(_relative_host(art, mention, ctx.places_between(sent.first, sent.last)))


def _relative_host(art: Article, mention: Mention,
                   named: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """"عدا مدينة X التي تدور فيها معارك", "أحياء X وY التي تتعرض لقصف": a trigger
    in a relative clause that describes a place (or a list of places joined by "و") tells what
    happens there, whatever the clause around the place says."""
    first = mention.trigger.first
    stop = max(mention.sentence.first, first - _RELATIVE_REACH - 1)
    if _RELATIVES.isdisjoint(art.words[stop + 1:first]):
        return []  # most triggers: no "التي / الذي" in reach
    ends = {p[1]: k for k, p in enumerate(named) if p[1] < first}
    if not ends:
        return []
    for k in range(first - 1, stop, -1):
        if art.between("triggers", k, k + 1):
            return []
        if art.tokens[k].text in _RELATIVES:
            at = ends.get(k)
            if at is None or named[at][2].kind not in ("town", "region") \
                    or _in_actor(art, named[at][0]) \
                    or art.tokens[k].text == "الذي" and _feminine_head(art, named[at][0]):
                # "محافظة X، التي تعيش معارك منذ أشهر": the state of a province, no one act;
                # "مقر X بمدينة Y، الذي يحاصره": the clause tells of the building
                return []
            hi = art.clause_of(first, mention.sentence)[1]
            if any(k < p[0] < hi for p in named):
                return []  # "ولاية X التي تدور فيها معارك لا سيما في بلدة Y": its own place
            lo = at
            while lo > 0 and _joined(art, named[lo - 1][1], named[lo][0]):
                lo -= 1  # "حي X وحي Y التي", "مخيم X شمال مدينة Y الذي"
            return finest(art, named[lo:at + 1])
    return []


def _in_actor(art: Article, i: int) -> bool:
    """Token ``i`` lies inside an actor's name (a brigade named after a town)."""
    return any(m.first <= i < m.last for m in art.between("actors", max(0, i - 5), i + 1))


def _joined(art: Article, end: int, first: int) -> bool:
    """The place starting at ``first`` goes on from the one ending at ``end``: the next item of a
    list ("X وY") or what locates it ("X شمال Y")."""
    if end == first:
        return art.tokens[first].text.startswith("و")
    return end == first - 1 and art.tokens[end].text in _SIDES


# prepositions that make a country the place of what the clause tells ("في سوريا", "داخل تركيا");
# a clitic "ب" or "ل" lies outside the place's span and is found by offsets
_LOCATIVE = word_set("locative")


def _country_place(art: Article, ctx: Context, sent: Sentence, mention: Mention,
                   p: tuple[int, int, Place]) -> bool:
    """Whether a country named in the sentence can be where the event was: the article's own
    country can; a foreign one is named in passing ("بعد عبورهم من ساحل العاج") unless the
    trigger's clause puts the act there, after it and with a preposition ("شنت غارات على مواقع
    في سوريا", "قصفت مواقع بالعراق")."""
    first, _, place = p
    if not ctx.country or place.location.get("country") == ctx.country:
        return True
    hi = art.clause_of(mention.trigger.first, sent)[1]
    if not mention.trigger.last <= first < hi:
        return False
    return place.start > art.starts[first] or art.tokens[first - 1].text in _LOCATIVE


_FRONTING = word_set("fronting")


def _fronted(art: Article, sent: Sentence, clause: tuple[int, int],
             found: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """"وفي جبهتي X وY، تبادلت المقاومة والحوثيون القصف": a place phrase fronted before the
    trigger's clause, right before it and opening with "في", is where the act was: every place
    it lists, not only its last."""
    if clause[0] <= sent.first:
        return []
    lo, hi = art.clause_of(clause[0] - 1, sent)
    if art.tokens[lo].text not in _FRONTING or art.between("triggers", lo, hi):
        return []
    return [p for p in found if lo <= p[0] < hi]


# "و" with a preposition of place: the clause it opens adds places to the list before it
_MORE_PLACES = word_set("more_places")


# "، ومديرية X"، "، وبلدة X": a district's or a village's noun with "و" goes on a list of places
# (a city's "وحي X" names a part of the scene; "ومدينة X" is often one named in passing)
_PLACE_NOUNS = word_set("place_nouns")


def _place_item(art: Article, at: int, found: list[tuple[int, int, Place]]) -> bool:
    """"قصفت مواقع في مديرية X بمحافظة Y، ومديرية Z": a clause opening with "و" and a place
    noun right before a place goes on the list."""
    return art.tokens[at].text in _PLACE_NOUNS and any(p[0] in (at, at + 1) for p in found)


def _list_goes_on(art: Article, sent: Sentence, at: int,
                  found: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """"استهدفت الغارات مواقع في الحسكة والرقة، وقرب كركوك وسنجار": clauses that open with "و"
    and a preposition of place, or with "و" and a place noun ("، ومديرية X"), and tell no act
    of their own go on listing where the act was."""
    out: list[tuple[int, int, Place]] = []
    while at < sent.last and (art.tokens[at].text in _MORE_PLACES or _place_item(art, at, found)):
        lo, hi = art.clause_of(at, sent)
        if art.between("triggers", lo, hi):
            break
        out.extend(p for p in found if lo <= p[0] < hi)
        at = hi
    return out


# "مصدر عسكري - وهو مسؤول تم الاتصال به في باماكو - الهجوم": a dashed aside of four words or
# more, with no comma or bracket (not a list "تعنايل - زحلة (شرق لبنان)، والمنية - بحنين") and
# not a relative clause, which tells of the noun before it ("الهجوم -الذي نفذته طائرة في X-")
_ASIDE = re.compile(r"(?<!\w)[-–]\s*(?!(?:الذي|التي|الذين|حيث)\s)(?:[^-–\n\s،,()]+\s+){3,}"
                    r"[^-–\n\s،,()]+\s*[-–](?!\w)")


def _outside_asides(art: Article, sent: Sentence, mention: Mention,
                    found: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """Places of a dashed aside the trigger is not in: it tells who speaks or where something
    else lies ("- وهو مسؤول في الجيش تم الاتصال به في باماكو -"), not where the event was."""
    at = art.starts[mention.trigger.first]
    asides = [(m.start(), m.end())
              for m in _ASIDE.finditer(art.text, sent.start, sent.end)]
    asides = [(a, b) for a, b in asides if not a <= at < b]
    if not asides:
        return found
    return [p for p in found if not any(a <= p[2].start < b for a, b in asides)]


_APPOSITION = word_set("apposition")


def _outside_apposition(art: Article, sent: Sentence, mention: Mention,
                        found: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """"سيطرت على مثلث العند وهو مفترق طرق يربط بين ردفان والضالع": the places of a "وهو / وهي"
    aside right after a place describe that place, not where the act was."""
    trig = mention.trigger.last
    if _APPOSITION.isdisjoint(art.words[trig:found[-1][0]]):
        return found  # most sentences: no "وهو / وهي" after the trigger
    # the aside must follow a place in its clause: "البلدات الأربع، وهي X وY" names the places;
    # "في سوريا، وهي تسوية" is about the whole report
    ends = {p[1] for p in found}
    opens = [k for k in range(trig, found[-1][0]) if art.tokens[k].text in _APPOSITION and k in ends
             and art.clause_of(k, sent) == art.clause_of(k - 1, sent)]
    if not opens:
        return found
    kept = [p for p in found if not any(k < p[0] and art.clause_of(k, sent) == art.clause_of(p[0], sent)
                                        for k in opens)]
    return kept or found


_RANK = {"town": 0, "region": 1, "province": 2, "country": 3}
_BETWEEN = word_set("between")  # not "بينها الموصل ومخمور": among them


def _between_ends(art: Article, found: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """"بوابة على الطريق بين أجدابيا وطبرق": the two ends of a stretch locate one spot, near the
    first, or near the finer ("ما بين أبين وشقرة": the town); the other is no place of the event."""
    drop = set()
    for k in range(len(found) - 1):
        first, last, place = found[k]
        nxt = found[k + 1][0]
        if nxt == last and art.tokens[nxt].text.startswith("و") and (
                _is_between(art, first - 1) or _is_between(art, first - 2)):
            coarser = _RANK.get(place.kind, 0) > _RANK.get(found[k + 1][2].kind, 0)
            drop.add(k if coarser else k + 1)
    return [p for k, p in enumerate(found) if k not in drop] if drop else found


def _is_between(art: Article, i: int) -> bool:
    return i >= 0 and art.tokens[i].text in _BETWEEN


_WATERS = word_set("waters")  # the first word of a sea's name: "البحر الأحمر", "خليج عدن"


def _sea(place: Place) -> bool:
    """A sea or gulf (a region of no province whose name opens with a word for water)."""
    return place.kind == "region" and not place.location.get("admin1") \
        and norm_phrase(place.name_ar).partition(" ")[0] in _WATERS


def finest(art: Article, found: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """Drop places that only locate another one (its province, "شمال Y", "في ريف Y"), and a sea
    named beside the towns of the act ("مواقع في رأس عيسى ... وعلى خطوط الإمداد في البحر
    الأحمر"): its coast or its supply lines are where those towns lie, no point of its own."""
    if len(found) <= 1:
        return found
    if any(_sea(p) for _, _, p in found):
        land = [p for p in found if not _sea(p[2])]
        if any(p[2].kind != "country" for p in land):
            found = land
            if len(found) == 1:
                return found
    keep = []
    listed = _listed(art, found)
    for k, (first, last, place) in enumerate(found):
        if place.kind == "region" and k in listed:
            pass  # "في مناطق البوشجل والملاحمة": an area listed with a town is a place of its own
        elif place.kind in ("province", "country", "region"):
            admin = place.location.get("admin1")
            country = place.location.get("country")
            finer = [p for _, _, p in found if p is not place and p.kind in ("town", "region")
                     and p.kind != place.kind
                     and (p.location.get("admin1") == admin or place.kind == "country"
                          and p.location.get("country") == country)
                     and (place.kind != "region" or _within(p, place, _REGION_KM))]
            if finer or (place.kind == "country" and any(p.kind != "country" for _, _, p in found)):
                continue
        if k > 0 and found[k - 1][2].kind != "country" and not _next_item(art, found[k - 1][1], first):
            # "X شمال Y" or "X في ريف Y": Y only locates X (a country locates nothing: "في سوريا
            # ... قرب بلدة سرمدا")
            _, pl, _ = found[k - 1]
            before = {v for m in art.between("cues", first - 5, first)
                      if m.last == first or m.last == first - 1 or _capital_between(art, m.last, first)
                      for v in m.values}
            if "dir" in before or (first - pl <= 3 and art.has_stem(first - 1, {"في"})) \
                    or first == pl and _bi_clitic(art, pl, place) \
                    and _RANK.get(found[k - 1][2].kind, 0) <= _RANK.get(place.kind, 0):
                continue
        keep.append((first, last, place))
    return keep or found[:1]


def _bi_clitic(art: Article, i: int, place: Place) -> bool:
    """The place's first word, at ``i``, carries the preposition "ب" ("في وادي سر بوادي حضرموت",
    "في حي جوبر بدمشق"): told right after a place no coarser, it only says where that one lies."""
    tok = art.tokens[i]
    return tok.text.startswith("ب") and tok.text[1:] in tok.stems \
        and not place.name_ar.startswith(tok.text[:2])  # "بغداد", "بيت لحم": the name's own "ب"


def _next_item(art: Article, prev_last: int, first: int) -> bool:
    """The place at ``first`` is another item of a list, not what locates the place before it:
    "قرب X وY" (Y joined by "و"), "في X وY، وفي Z" or "، وقرب Z" (a comma, then "و" and a
    preposition)."""
    if prev_last == first:
        return art.tokens[first].text.startswith("و")
    return prev_last == first - 1 and art.tokens[prev_last].text.startswith("و") \
        and any(c in art.text[art.ends[prev_last - 1]:art.starts[prev_last]] for c in "،,")


def _listed(art: Article, found: list[tuple[int, int, Place]]) -> set[int]:
    """Indices of places joined to the next or the one before by "و" alone ("A وB"), or by "و"
    and the next one's head noun ("منطقة A ومعسكر B", "A ومدينة B")."""
    out: set[int] = set()
    for k in range(len(found) - 1):
        a_last, b_first = found[k][1], found[k + 1][0]
        if b_first == a_last and art.tokens[b_first].text.startswith("و") \
                or b_first == a_last + 1 and _joined_head(art.tokens[a_last].text):
            out.update((k, k + 1))
    return out


_GEO_HEADS = frozenset(geo_lexicon().heads)


def _joined_head(word: str) -> bool:
    """"ومعسكر"، "ومدينة": "و" and a head noun, which opens another item of a list of places."""
    return word.startswith("و") and word[1:] in _GEO_HEADS


_STREETS = word_set("streets")  # not "شوارع تعز": its streets


def _street_name(art: Article, first: int) -> bool:
    """"شارعي الثورة وبغداد في دمشق": a street named after a city is not that city."""
    before = art.tokens[first - 1].text if first >= 1 else ""
    two_back = art.tokens[first - 2].text if first >= 2 else ""
    return before in _STREETS or two_back in _STREETS and art.tokens[first].text.startswith("و")


# "باستثناء", "عدا", "سوى": what follows is left out of what the clause says
_EXCEPT = word_set("except")


def _excepted(art: Article, first: int, lo: int) -> bool:
    """"سيطرت على المحافظة باستثناء مدينة لودر": a place right after an exception word (or after
    it and one noun, "مدينة") is the one place the act did not reach."""
    return any(k >= lo and art.tokens[k].text in _EXCEPT for k in (first - 1, first - 2))


# "على بعد 10 كيلومترات من X", "تبعد 600 كلم عن X": X is a landmark that measures where
# something else lies; "المتاخمة لإسرائيل": what a place borders
_DISTANCE = word_set("distance")
_FROM = word_set("distance_from")
_METRES = word_set("metres")
_BORDERING = word_set("bordering")
# "وحدات حماية شرق كردستان": a unit named after the land it guards
_UNITS = word_set("units")
_SIDES = word_set("sides")
_KM = word_set("km")
# one of which ``_landmark`` needs
_LANDMARK_WORDS = _BORDERING | _DISTANCE | _KM | word_set("landmark_more")


def _landmarks(art: Article, named: list[tuple[int, int, Place]], lo: int,
               elsewhere: Callable[[int], bool] | None, since: bool = True, marks: bool = True) -> set[int]:
    """First tokens of the landmarks (``_landmark``) and of the places ``elsewhere`` says are
    no scene of the mention among a sentence's places, with the places listed right after one
    with "و" ("المتاخمة لإسرائيل وقطاع غزة") or naming it again in brackets, quotes or after "أو"
    ("عين العرب (كوباني)", "كوباني أو عين العرب"). ``since`` / ``marks`` false: the sentence has no "منذ" / no word
    a ``_landmark`` needs; ``elsewhere`` None: no place is elsewhere."""
    out: set[int] = set()
    if not (since or marks or elsewhere) and named[0][0] > 0:
        return out  # most sentences: nothing drops a place, so none is named again after one
    dropped_end = -1
    for first, last, _ in named:
        if first == dropped_end and (art.tokens[first].text.startswith("و") or not _AGAIN.isdisjoint(
                art.text[art.ends[first - 1]:art.starts[first]])) \
                or first == dropped_end + 1 and art.tokens[dropped_end].text == "او" \
                or marks and _landmark(art, first, lo) or since and _since_event(art, first, lo) \
                or elsewhere is not None and elsewhere(first):
            out.add(first)
            dropped_end = last
    return out


def _landmark(art: Article, first: int, lo: int) -> bool:
    """Whether the place at ``first`` only measures or bounds another spot ("على بعد نحو عشرة
    كيلومترات من بلدة X"، "تبعد 600 كلم عن X"، "المتاخمة لX وY"), or names a unit ("وحدات حماية
    X"): not where the act was."""
    toks = art.tokens
    k = first - 1
    if k >= lo and toks[k].text in ("مدينه", "بلده", "قريه", "العاصمه"):
        k -= 1  # "من بلدة X"
    if k >= lo and toks[k].text in _BORDERING:
        return True
    g = k - 1 if k >= lo and toks[k].text in _SIDES else k  # "حماية شرق كردستان"
    if g - 1 >= lo and toks[g].text == "حمايه" and (
            toks[g - 1].text in _UNITS or toks[g - 1].text[1:] in _UNITS):
        return True
    if k >= lo and toks[k].text in _COMPASS:
        return _measured(art, k, lo)
    if k < lo or toks[k].text not in _FROM:
        return False
    for j in range(k - 1, max(lo, k - 6) - 1, -1):  # a distance is a few words: "نحو 600 كيلومتر"
        word = toks[j].text
        if word in _DISTANCE or word == "بعد" and j > lo and toks[j - 1].text in ("علي", "وعلي"):
            # "على بعد أمتار من المدينة": that close, the landmark is where it was
            return not any(toks[i].text in _METRES for i in range(j + 1, k))
        if word in _FROM or "،" in art.text[art.ends[j]:art.starts[j + 1]]:
            return False
    return False


# "جنوب غرب", "شمالي", "الشرق": the side of a landmark a distance points to
_COMPASS = frozenset({w for side in word_set("compass_sides") for w in (side, side + "ي", "ال" + side)})


def _measured(art: Article, k: int, lo: int) -> bool:
    """"على بعد 150 كيلومترا جنوب غرب العاصمة X"، "(120 كلم جنوب شرق X)": a place after the
    side a distance in kilometres or miles points to only measures where the act was. ``k`` is
    the side word right before the place (or its "العاصمة")."""
    toks = art.tokens
    while k - 1 >= lo and toks[k - 1].text in _COMPASS:
        k -= 1  # "جنوب غرب"
    if k - 1 >= lo and toks[k - 1].text in _FROM:
        k -= 1  # "تبعد 20 كيلومترا من شمال X"
    u = k - 1
    if u < lo:
        return False
    unit = toks[u].text
    if unit not in _KM and not (unit in _METRES and u - 1 >= lo and toks[u - 1].text == "كيلو"):
        return False  # "جنوب غرب العاصمة" alone, or a few metres off: the landmark is the scene
    n = u - 2 if unit in _METRES else u - 1
    return n >= lo and any(ch.isdigit() for ch in toks[n].text)


def _since_event(art: Article, first: int, lo: int) -> bool:
    """"الأعنف منذ معركة السيطرة على بلدة X": a place in a "منذ" phrase that names an earlier
    act (not a time: "منذ ساعات في X") is where that act was, not the one told."""
    for j in range(first - 1, max(lo, first - 6) - 1, -1):
        if "،" in art.text[art.ends[j]:art.starts[j + 1]]:
            return False
        if art.tokens[j].text in _SINCE:
            return bool(art.between("triggers", j + 1, j + 2))
    return False


_SINCE = word_set("since")
_AGAIN = frozenset('("«')  # what opens a second name of the same place


_REGION_KM = 35.0  # a district or named area holds the towns this close to its point


def _within(inner: Place, outer: Place, limit: float) -> bool:
    """Whether ``inner`` lies near ``outer``'s point (true when either has no point)."""
    a, b = inner.location, outer.location
    if None in (a.get("lat"), b.get("lat")):
        return True
    return km(a["lat"], a["lon"], b["lat"], b["lon"]) <= limit


def _capital_between(art: Article, a: int, b: int) -> bool:
    """"إلى الشمال من العاصمة العراقية بغداد": only "the capital" and its adjective in between."""
    words = [art.tokens[k].text for k in range(a, b)]
    return 0 < len(words) <= 2 and words[0] in ("العاصمه", "عاصمه") and all(
        w.endswith("يه") for w in words[1:])


def dateline_place(ctx: Context) -> tuple[int, int, Place] | None:
    """The place of the article's dateline ("إدلب - "), if it has one."""
    for first, last, place in ctx.places:
        if place.start < ctx.dateline_end:
            return (first, last, place)
        break
    return None


def to_location(place: tuple[int, int, Place] | None) -> Location:
    """The contract's location of a place mention (empty when there is none)."""
    if place is None:
        return Location()
    _, _, p = place
    loc = p.location
    return Location(name_ar=p.name_ar, name=loc.get("name"), country=loc.get("country"),
                    admin1=loc.get("admin1"), lat=loc.get("lat"), lon=loc.get("lon"),
                    precision=loc.get("precision") or p.kind,
                    gazetteer_id=str(loc["gazetteer_id"]) if loc.get("gazetteer_id") else None,
                    span=(p.start, p.end))


# "في أنحاء البلاد", "في 13 محافظة", "في عدة ولايات": an act spread over a country
_ALL_OVER = word_set("all_over")
_LANDS = word_set("lands")
_LAND_UNITS = word_set("land_units")
_SEVERAL = word_set("several")
_IN = word_set("in")
_FRAMES = word_set("spread_frames")
_SPREAD = _ALL_OVER | _LAND_UNITS  # a word the phrase must hold


def nationwide(art: Article, ctx: Context, sent: Sentence, mention: Mention) -> bool:
    """Whether the trigger's clause spreads the act over a country rather than one place ("اعتقلوا
    خلال مداهمات في أنحاء مختلفة من البلاد", "جرت المداهمات في 13 محافظة", "غارات في عدة
    محافظات"): ACLED codes it at the country level. "في أنحاء المدينة" spreads it over a town."""
    if _SPREAD.isdisjoint(art.words[mention.trigger.last:sent.last]):
        return False  # most sentences: no "أنحاء" nor "محافظات" after the trigger
    hi = art.clause_of(mention.trigger.first, sent)[1]
    for m in art.between("triggers", mention.trigger.last, hi):
        # the phrase tells of the next act ("أعمال شغب تسببت في مظاهرات في أنحاء البلاد"), unless
        # that act frames this one ("اعتقلوا خلال مداهمات في أنحاء البلاد")
        if art.tokens[m.first - 1].text not in _FRAMES:
            hi = m.first
            break
    toks = art.tokens
    for k in range(mention.trigger.last, hi - 1):
        if toks[k].text not in _IN:
            continue
        words = [t.text for t in toks[k + 1:min(hi, k + 6)]]
        if words[0] in _SEVERAL and len(words) > 1:
            words = words[1:] if words[1] != "من" else words[2:]  # "عدد من المحافظات"
        elif words[0][0].isdigit() and words[0] not in ("1", "2"):
            words = words[1:]
        elif words[0] not in _ALL_OVER:
            continue
        if not words:
            continue
        if words[0] in _LAND_UNITS:
            return True
        if words[0] in _ALL_OVER:  # "أنحاء (مختلفة من) البلاد / سوريا"
            if not _LANDS.isdisjoint(words[1:4]) or any(
                    p[2].kind == "country" for p in ctx.places_between(k + 2, min(hi, k + 6))):
                return True
    return False


def country_named(ctx: Context, country: str | None) -> tuple[int, int, Place] | None:
    """The article's first mention of ``country`` as a whole country, to place a nationwide act."""
    if not country:
        return None
    return next((p for p in ctx.places if p[2].kind == "country" and p[2].location.get("country") == country),
                None)
