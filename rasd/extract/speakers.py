"""Who speaks in a sentence: the speaker of a reporting verb, as an actor id or the name written.

A speaker is an actor next to the verb ("قال المرصد"، "المرصد قال"), the actor a title phrase
speaks for ("المتحدث باسم طالبان"), a person's name without the title ("وزير الخارجية عادل
الجبير"), an organisation as written, a country or a national body ("الحكومة") of the
event's country, or a generic group noun standing for the armed group named before.
"""

from __future__ import annotations

import functools
from itertools import repeat
from operator import contains

from rasd.extract.article import Article, Sentence
from rasd.geo import Geocoder
from rasd.lexicon import Lexicon, Match, word_lists
from rasd.lexicon.wordsets import word_set
from rasd.text import norm, stems
from rasd.text.memo import TextMemo

MAX_SPEAKER = 7
_CITY = 100_000  # people in a town whose name may follow "في" in a speaker's phrase
_REGIME = tuple(sorted(word_set("regime")))  # word starts, for ``str.startswith``: the regime or government speaking
SAY = {"say", "according", "according_say", "opine"}
_PUNCT = "،,:\"«»()؛;.!?/“”"

Speaker = tuple[str, tuple[int, int] | None, int]  # (source id, original span, first token after it)


def speaker_words() -> dict[str, frozenset[str]]:
    """Word lists of speakers.tsv by kind (head, stop, responsibility, title, ...), normalised."""
    return word_lists("speakers.tsv")


@functools.cache
def words(kind: str) -> frozenset[str]:
    """One kind's word set; cached, as the speaker finders ask for one on nearly every token."""
    return speaker_words().get(kind, frozenset())


def _kinds_of(text: str) -> frozenset[str]:
    """The kinds of speakers.tsv one of whose words is a stem of the word ``text``."""
    forms = stems(text)
    return frozenset(kind for kind, found in speaker_words().items() if not found.isdisjoint(forms))


# a word -> its kinds: ``has`` is asked some hundred times per article, for a few dozen kinds
_KINDS: TextMemo[frozenset[str]] = TextMemo(_kinds_of)


def has(art: Article, i: int, kind: str) -> bool:
    """Whether a stem of token ``i`` is one of ``kind``'s words."""
    return kind in _KINDS[art.words[i]]


def has_in(art: Article, lo: int, hi: int, kind: str) -> bool:
    """``has`` for any token of [lo, hi), read in C (no call per token)."""
    return any(map(contains, map(_KINDS.__getitem__, art.words[lo:hi]), repeat(kind)))


def has_any_in(art: Article, lo: int, hi: int, kinds: frozenset[str]) -> bool:
    """``has_in`` for several kinds at once: one pass over the tokens."""
    return not all(map(kinds.isdisjoint, map(_KINDS.__getitem__, art.words[lo:hi])))


def gap_before(art: Article, i: int) -> str:
    """The characters between token ``i - 1`` and token ``i``."""
    return art.text[art.ends[i - 1]:art.starts[i]] if i > 0 else ""


_PUNCT_SET = frozenset(_PUNCT)
_BREAKS = frozenset("،,:\"«»()؛;")  # punctuation that parts a verb from its subject
_OPEN_QUOTES = frozenset("\"«“")
_OPEN_NAME = _OPEN_QUOTES | {"("}  # marks a name may open with after a body word
_CLOSE_QUOTES = frozenset("\"»”")
_SAYING = frozenset(":\"«“")  # a colon or an opening quote: what is said follows
_CLAUSE_MARKS = frozenset("،,:؛;()")


def gap_has(art: Article, i: int, chars: frozenset[str]) -> bool:
    """Whether one of ``chars`` stands between token ``i - 1`` and token ``i``."""
    return not chars.isdisjoint(gap_before(art, i))


def punct_before(art: Article, i: int) -> bool:
    """Whether punctuation stands between token ``i - 1`` and token ``i``."""
    return gap_has(art, i, _PUNCT_SET)


def _skip_fillers(art: Article, i: int, end: int) -> int:
    """Past time words between a verb and its subject ("أدانت أمس الولايات المتحدة")."""
    while i < end and has(art, i, "filler") and not punct_before(art, i + 1):
        i += 1
    return i


def np_end(art: Article, sent: Sentence, i: int) -> int:
    """End of a speaker's noun phrase starting at token ``i``: before a stop word, a number,
    a clause opener (أن، بأن) or punctuation."""
    if i >= sent.last:
        return i
    enders = _np_enders()
    acts = _act_starts(art)
    tokens, text, starts, ends = art.tokens, art.text, art.starts, art.ends
    end = min(sent.last, i + MAX_SPEAKER)
    prev = tokens[i].text
    for j in range(i + 1, end):
        tok = tokens[j]
        word = tok.text
        if (word in enders or tok.is_number or (word.startswith(("ان", "بان")) and len(word) <= 4)
                or not _PUNCT_SET.isdisjoint(text[ends[j - 1]:starts[j]])  # punct_before, inlined
                or prev.startswith("لل") and _new_definite(prev, word)):
            return j
        if j > i + 1 and j in acts and word.startswith("ال") and prev not in words("title_link"):
            return j  # "وأدانت رئاسة كردستان القصف": a definite word for an act is the verb's object
            # (not "المتحدث باسم العمليات العسكرية للحركة": the branch a spokesman speaks for)
        prev = word
    return end


@functools.cache
def _np_enders() -> frozenset[str]:
    """Words a speaker's noun phrase stops before: stop words and clause openers."""
    return words("stop") | words("pronoun_opener")


def _act_starts(art: Article) -> frozenset[int]:
    """Tokens opening a trigger of an act (``_ACT_WORDS``), found once per article."""
    key = ("act_starts",)
    if key not in art.memo:
        art.memo[key] = frozenset(m.first for m in art.matches["triggers"] if m.values[0] in _ACT_WORDS)
    return art.memo[key]  # type: ignore[return-value]


# trigger classes of acts a speaker's name never contains ("القصف"، "الهجوم"، "الغارات")
_ACT_WORDS = frozenset({"BOMBARD", "STRIKE_AIR", "ATTACK", "SHELL", "EXPLOSION", "CLASH", "TARGETED",
                        "air_drone_strike", "shelling_artillery_missile_attack", "suicide_bomb",
                        "remote_explosive_landmine_ied"})


def _new_definite(prev: str, word: str) -> bool:
    """A definite noun right after a "لل" genitive ("المؤسسة الوطنية للنفط الحكومة ...") opens
    the next noun phrase: after the genitive only an adjective (a nisba or a participle:
    "لحقوق الإنسان السورية"، "للقوات المسلحة") still belongs to the name."""
    if not prev.startswith("لل") or not word.startswith("ال") or len(word) < 5:
        return False
    return not (word.endswith(("ي", "يه", "يين", "يون", "ين")) or word.startswith("الم"))


def clean(surface: str) -> str:
    return surface.strip(" \"«»“”'")


def _personal_name(art: Article, i: int, j: int) -> tuple[int, int] | None:
    """The personal name in "title + name" ("وزير الخارجية عادل الجبير" -> عادل الجبير): the
    first indefinite word after the title and its definite complements, to the end."""
    if not has(art, i, "title") or j - i < 3:
        return None
    k = i + 1
    while k < j and (art.tokens[k].text.startswith(("ال", "لل")) or has(art, k, "title")):
        k += 1
    if k == i + 1 or k >= j or art.tokens[k - 1].text in words("title_link"):
        return None
    # a name is two words, a third only when indefinite ("صائب عريقات"، "محمد قاسم خان"); a
    # definite word after the family name is the verb's object ("عادل الجبير المستوطنين")
    end = min(j, k + 2)
    if end < j and not art.tokens[end].text.startswith(("ال", "لل")):
        end += 1
    return k, end


_SELF_NAME_REACH = 5  # tokens from "جماعة" to "نفسها" ("جماعة مجهولة أطلقت على نفسها")
_SELF_NAME_LENGTH = 8  # tokens after the opening quote within which the name it gives itself closes


def _quoted_end(art: Article, sent: Sentence, i: int) -> int:
    """The end of a name in quotation marks opening at token ``i`` (else ``i``)."""
    if i >= sent.last or not gap_has(art, i, _OPEN_QUOTES):
        return i
    for k in range(i + 1, min(sent.last, i + 5)):
        if gap_has(art, k, _CLOSE_QUOTES):
            return k
    return i


def _self_named(art: Article, sent: Sentence, i: int) -> tuple[int, int] | None:
    """The quoted name a body word's group gives itself a few words on ("جماعة مجهولة أطلقت
    على نفسها «...»"، "مجموعة تسمي نفسها «...»"): its tokens, else None."""
    for k in range(i + 1, min(sent.last - 1, i + _SELF_NAME_REACH)):
        if punct_before(art, k):
            return None
        if art.tokens[k].text in ("نفسها", "نفسه", "نفسهم"):
            n = k + 2 if art.tokens[k + 1].text == "اسم" else k + 1
            if n >= sent.last or not gap_has(art, n, _OPEN_QUOTES):
                return None
            # a name one gives itself runs longer than most ("المقاومة الإسلامية سرايا وعد الله")
            end = next((m for m in range(n + 1, min(sent.last, n + _SELF_NAME_LENGTH))
                        if gap_has(art, m, _CLOSE_QUOTES)), n)
            return (n, end) if end > n else None
    return None


def _proper_name(art: Article, i: int, j: int) -> tuple[int, int] | None:
    """The name after a generic body word ("منظمة هيومن رايتس ووتش" -> هيومن رايتس ووتش,
    جماعة "المرابطون" -> المرابطون): a foreign or quoted name, not a definite noun
    ("منظمة التحرير" stays whole)."""
    if j - i < 2 or not has(art, i, "org_head"):
        return None
    nxt = art.tokens[i + 1].text
    if gap_has(art, i + 1, _OPEN_QUOTES):
        return i + 1, j
    if not nxt.startswith(("ال", "لل")) and not has(art, i + 1, "head") \
            and not nxt.endswith(("يه", "ي", "يين", "يون")):  # "مجموعة يسارية": an adjective, no name
        return i + 1, j
    return None


def _actor_speaker(art: Article, a: Match[str]) -> Speaker:
    """A known actor speaking; one outside the contract list is named as written, less a
    generic body word before a proper name ("منظمة هيومن رايتس ووتش")."""
    name = _proper_name(art, a.first, a.last) if a.values[0].startswith("other:") else None
    if name:
        s, e = art.span(*name)
        return "other:" + clean(art.text[s:e]), (s, e), a.last
    return a.values[0], art.span(a.first, a.last), a.last


@functools.cache
def _country_names() -> frozenset[str]:
    """Arabic names of countries (the gazetteer's): a state speaking by its name."""
    gaz = Geocoder.default().gaz
    return frozenset(norm(name) for e in gaz.countries.values() for name in e.names_ar)


@functools.cache
def _country_first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in _country_names())


@functools.cache
def _country_by_name() -> dict[str, str]:
    """A country's English name (the actor list's) by each of its normalised Arabic names."""
    gaz = Geocoder.default().gaz
    return {norm(name): e.name for e in gaz.countries.values() for name in e.names_ar}


def country_doer(art: Article, sent: Sentence, i: int, lexicon: Lexicon) -> str | None:
    """A state named as the doer of the act word before token ``i`` ("ندد بقصف إيران لمواقع حدودية"):
    a genitive after a verbal noun is its subject, so the state's forces acted."""
    end = _country_at(art, sent, i)
    if end is None:
        return None
    said = " ".join(art.tokens[k].text for k in range(i, end))
    country = _country_by_name().get(said) or _country_by_name().get(said[1:])
    return _national(lexicon, country, "forces")


def _country_at(art: Article, sent: Sentence, i: int) -> int | None:
    """End of a country name starting at token ``i`` ("أدانت الولايات المتحدة"), or None."""
    first = art.tokens[i].text
    if first not in _country_first_words() and first[:1] not in "وف":
        return None  # no country name opens with this word
    names = _country_names()
    for n in (3, 2, 1):
        if i + n <= sent.last and not any(punct_before(art, k) for k in range(i + 1, i + n)):
            words = [art.tokens[k].text for k in range(i, i + n)]
            if " ".join(words) in names or " ".join([words[0].lstrip("وف")] + words[1:]) in names:
                return i + n
    return None


def _object_after_title(art: Article, i: int, k: int) -> bool:
    """A group named right after a definite title or body word is the verb's object, not part
    of the speaker ("اتهمت السلطات تنظيم داعش"، "واتهم المحافظ الحوثيين"): a definite word takes
    no construct, and a plural nisba in the accusative after a singular head is no adjective of
    it; "القيادي الحوثي" (a singular nisba) and "الرئيس بشار الأسد" (a name) stay one phrase."""
    head = art.tokens[i].text.lstrip("وف")
    if not head.startswith("ال") or not (has(art, i, "title") or has(art, i, "head")):
        return False
    word = art.tokens[k].text
    if has(art, k, "group_noun") and not word.startswith(("ال", "لل")):
        return True
    return word.startswith("ال") and word.endswith("يين") and not head.endswith(("ين", "ون", "ات"))


def _head_of_np(art: Article, a: Match[str], i: int) -> bool:
    """An actor inside a speaker's phrase that names who speaks ("المتحدث باسم طالبان",
    "هيئة أركان الجيش التركي"), not the object of the verb: joined to the head by construct."""
    if any(punct_before(art, k) for k in range(i + 1, a.first + 1)):
        return False
    if a.first == i + 1 and _object_after_title(art, i, a.first):
        return False
    if a.first - i <= 2 or art.tokens[a.first - 1].text in words("title_link"):
        return True
    # "المتحدث باسم العمليات العسكرية لحركة الشباب": the group a spokesman's branch belongs to
    return art.tokens[a.first].text.startswith("ل") and any(
        art.tokens[k].text in words("title_link") for k in range(max(i + 1, a.first - _BRANCH_WORDS - 1), a.first))


_BRANCH_WORDS = 3  # definite words between "باسم" and "لـ" + the group ("باسم الجناح العسكري لحزب ...")


def _name_word(art: Article, m: int, first: int) -> bool:
    """A word of a personal name before its title: the first indefinite, the next ones also
    definite ("عز الدين الأصبحي"، "مسعود البرزاني"); no number, time word or body word."""
    tok = art.tokens[m]
    if tok.is_number or has(art, m, "stop") or has(art, m, "head") or has(art, m, "filler"):
        return False
    return m > first or not tok.text.startswith("ال")


def _spoken_for(art: Article, sent: Sentence, k: int, actors: list[Match[str]]) -> tuple[str, int] | None:
    """The known actor a title at token ``k`` speaks for ("المتحدث (الرسمي) باسم طالبان"): its
    id and the token after it."""
    for link in (k + 1, k + 2):
        if link < sent.last and art.tokens[link].text in words("title_link"):
            # "باسم طالبان"، or a branch first: "باسم الجناح العسكري لحزب العمال"
            a = next((a for a in actors if a.first == link + 1 or link + 1 < a.first <= link + 1 + _BRANCH_WORDS
                      and art.tokens[a.first].text.startswith("ل")
                      and all(art.tokens[m].text.startswith("ال") for m in range(link + 1, a.first))
                      and not any(punct_before(art, m) for m in range(link + 1, a.first + 1))), None)
            if a is not None and not a.values[0].startswith("other:"):
                return a.values[0], a.last
            return None
    return None


def _titled_apposition(art: Article, sent: Sentence, k: int, actors: list[Match[str]],
                       lexicon: Lexicon | None) -> tuple[str, int] | None:
    """The armed group a named person speaks for in a title between commas after the name
    ("وقال الشيخ عبد العزيز أبو مصعب، المتحدث باسم حركة الشباب، إن"): its id and the token
    after it. Only a rebel group or militia (ACLED inter 2 or 3): what its spokesman tells of
    its fighters is a claim; a state officer's words stay his own, as before."""
    if lexicon is None or k >= sent.last or gap_before(art, k).strip() not in ("،", ",") or not has(art, k, "title"):
        return None
    body = _spoken_for(art, sent, k, actors)
    info = lexicon.actor_info.get(body[0]) if body else None
    return body if info is not None and info.inter in (2, 3) else None


def _name_then_title(art: Article, sent: Sentence, i: int) -> tuple[int, int] | None:
    """A name that comes before its title ("دان مسعود البرزاني رئيس الإقليم"، "قال عز الدين
    الأصبحي، وزير ..."): two or three name words followed by a title word, a comma between them
    at most."""
    for k in range(i + 2, min(i + 4, sent.last)):
        if any(punct_before(art, kk) for kk in range(i + 1, k)):
            return None
        if has(art, k, "title") and (gap_before(art, k).strip() in ("،", ",") or not punct_before(art, k)):
            return (i, k) if all(_name_word(art, m, i) for m in range(i, k)) else None
    return None


def _national(lexicon: Lexicon, country: str | None, body: str) -> str | None:
    """The actor of a country for a bare "السلطات", "الحكومة" (gov), "الجيش" (forces) or
    "الشرطة" (police): Turkey's army is turkey_forces."""
    if not country:
        return None
    prefix = country.lower().replace(" ", "_") + "_"
    for actor_id, info in lexicon.actor_info.items():
        if actor_id.startswith(prefix) and actor_id.endswith("_" + body) and info.contract \
                and info.country == country:
            return actor_id
    return None


def _bare_national(art: Article, i: int, lexicon: Lexicon | None, country: str | None) -> str | None:
    """"الحكومة"، "الجيش"، "الشرطة" alone: that body of the country the statement is about."""
    if lexicon is None:
        return None
    for body in ("gov", "forces", "police"):
        if art.tokens[i].text.lstrip("وف") in words("national_" + body):
            return _national(lexicon, country, body)
    return None


def speaker_after(art: Article, sent: Sentence, verb: Match[str], actors: list[Match[str]],
                  lexicon: Lexicon | None = None, country: str | None = None) -> Speaker | None:
    """The actor or noun phrase right after a reporting verb (``actors``: its sentence's), computed
    once per verb, country and lexicon use: sources, claims and the next sentence all ask."""
    key: tuple[object, ...] = ("after", verb.first, verb.last)
    if key not in art.memo:
        art.memo[key] = _speaker_after(art, sent, verb, actors)
    spk: Speaker | None = art.memo[key]  # type: ignore[assignment]
    if lexicon is not None and spk is not None and _national_word(art, spk):
        # "أعلنت الحكومة": only a bare national body word reads the lexicon and country
        key = ("after", verb.first, verb.last, country)
        if key not in art.memo:
            art.memo[key] = _speaker_after(art, sent, verb, actors, lexicon, country)
        spk = art.memo[key]  # type: ignore[assignment]
    if lexicon is not None and spk is not None and spk[0].startswith("other:") and spk[1] is not None:
        body = _titled_apposition(art, sent, spk[2], actors, lexicon)
        if body:  # "الشيخ ...، المتحدث باسم الحركة،": the person speaks for the group
            return body[0], (spk[1][0], art.ends[body[1] - 1]), body[1]
    return spk


def _national_word(art: Article, spk: Speaker) -> bool:
    """Whether a speaker opens with a word ``_bare_national`` reads ("الحكومة"، "الجيش")."""
    if spk[1] is None:
        return False
    word = art.tokens[art.token_at(spk[1][0])].text.lstrip("وف")
    return any(word in words("national_" + body) for body in ("gov", "forces", "police"))


def _speaker_after(art: Article, sent: Sentence, verb: Match[str], actors: list[Match[str]],
                   lexicon: Lexicon | None = None, country: str | None = None) -> Speaker | None:
    """The actor or noun phrase right after a reporting verb: (id, span, first token after).
    A plural verb ("واتهموا حكومتهم"، "يقولون") carries its subject in itself: a verb before its
    subject is singular in Arabic, so what follows a plural one is its object."""
    if _plural_verb(art, verb):
        return None
    if verb.first > sent.first and art.tokens[verb.first - 1].text in words("relative") \
            and not art.tokens[verb.last - 1].text.endswith(("ه", "ها", "هم", "هما")):
        # "الجيش الإسرائيلي الذي يحمل حماس مسؤولية": the relative verb's subject is the noun before
        # (not "الهجوم الذي تبناه التنظيم": a verb with a pronoun back to the noun has its own subject)
        return next((_actor_speaker(art, a)[:2] + (verb.last,) for a in actors if a.last == verb.first - 1), None)
    i = _skip_fillers(art, verb.last, sent.last)
    if i >= sent.last or gap_has(art, i, _BREAKS):
        return None
    if has(art, i, "dual_head") and any(a.first == i + 1 for a in actors):
        i += 1  # "حركتا حماس والجهاد": the first name speaks, the one after "و" joins it
    elif i + 1 < sent.last and has(art, i, "org_head") and gap_has(art, i + 1, _OPEN_NAME) \
            and any(a.first == i + 1 for a in actors):
        i += 1  # "جماعة (ولاية سيناء)"، حركة «الشباب»: the known group named in the marks speaks
    for a in actors:
        if a.first == i or a.first == i + 1 and has(art, i, "members") and not punct_before(art, i + 1):
            # "أكد متمردو حزب العمال": the members of a known group speak for it
            return _actor_speaker(art, a)
    named = _self_named(art, sent, i) if has(art, i, "org_head") else None
    if named:  # "جماعة مجهولة أطلقت على نفسها «سرايا ...»": the name it gives itself
        known = next((a for a in actors if a.first == named[0]), None)
        if known is not None:
            return known.values[0], art.span(*named), named[1]
        s, e = art.span(*named)
        return "other:" + clean(art.text[s:e]), (s, e), named[1]
    country_end = _country_at(art, sent, i)
    if country_end:  # a state not in the actor list, named as written
        s, e = art.span(i, country_end)
        return "other:" + clean(art.text[s:e]), (s, e), country_end
    j = np_end(art, sent, i)
    if has(art, i, "generic_group") and not has(art, i, "head"):
        # "ونفى الانفصاليون مهاجمة قوات": the group and its definite adjectives, then the object
        j = next((k for k in range(i + 1, j) if not art.tokens[k].text.startswith("ال")), j)
    if has(art, i, "generic_group") and _generic_group(art, art.span(i, j)):
        # "أعلن المتمردون": resolved to the group named before (resolved)
        return "other:" + clean(art.surface(i, j)), art.span(i, j), j
    # the phrase also ends before an actor that is the verb's object rather than part of it
    j = min([j] + [a.first for a in actors if a.first > i and not (a.first < j and a.last <= j
                                                                   and _head_of_np(art, a, i))])
    if j == i:
        return None
    if j == i + 1 and has(art, i, "org_head"):
        j = _quoted_end(art, sent, j)  # جماعة "المرابطون": the quoted name is the body's
    if has(art, i, "head"):
        national = _bare_national(art, i, lexicon, country) if j - i == 1 else None
        if national:
            return national, art.span(i, j), j
        for a in actors:  # "هيئة أركان الجيش التركي", "رئيس الوزراء أحمد داود أوغلو"
            if i < a.first < j and a.last <= j and not a.values[0].startswith("other:") and _head_of_np(art, a, i):
                return a.values[0], art.span(i, a.last), j
        described = _described_body(art, i, j, lexicon)
        if described:  # "الحكومة الإسلامية المحافظة التركية": the Turkish government
            return described, art.span(i, j), j
        earlier = _titled_before(art, i) if j - i == 1 else None
        if earlier:  # "وأوضح المحافظ": the governor named before, in the form first given
            return earlier, art.span(i, j), j
        name = _personal_name(art, i, j) or _proper_name(art, i, j)
        if name is None:
            j = _seat_end(art, sent, j)
            name = _appositive_name(art, sent, i, j)
        s, e = art.span(*(name or (i, j)))
        return "other:" + clean(art.text[s:e]), (s, e), name[1] if name else j
    named = _name_then_title(art, sent, i)
    if named:
        body = _spoken_for(art, sent, named[1], actors)
        if body:  # "ذبيح الله مجاهد المتحدث باسم طالبان": the spokesman speaks for the group
            return body[0], art.span(i, body[1]), body[1]
        s, e = art.span(*named)
        return "other:" + clean(art.text[s:e]), (s, e), named[1]
    return None


_DESCRIBED_REACH = 3  # definite adjectives between a body word and its nationality adjective


def _described_body(art: Article, i: int, j: int, lexicon: Lexicon | None) -> str | None:
    """A known body named with describing adjectives between its head and its nationality
    ("الحكومة الإسلامية المحافظة التركية"، "السلطات الأمنية التركية"): Arabic puts the
    nationality adjective last, after any other, so head + last adjective is the body's name
    ("الحكومة التركية"); only definite adjectives stand between, no complement or name."""
    if lexicon is None or not 3 <= j - i <= 2 + _DESCRIBED_REACH:
        return None
    if not all(_definite_adjective(art.tokens[k].text) for k in range(i + 1, j)):
        return None
    m = lexicon.actors.match_at([art.tokens[i], art.tokens[j - 1]], 0)
    return m.values[0] if m is not None and m.last == 2 and m.values[0] in lexicon.actor_info else None


def _definite_adjective(word: str) -> bool:
    """A definite word shaped as an adjective: a nisba ("الإسلامية") or a participle
    ("المحافظة"), not a noun that opens a complement ("الدفاع" in "وزارة الدفاع")."""
    return word.startswith("ال") and (word.endswith(("ي", "يه", "يين", "يون", "ين")) or word.startswith("الم"))


def _seat_end(art: Article, sent: Sentence, j: int) -> int:
    """The end of a speaker's phrase with where it sits ("السفارة الفرنسية في نيامي"، "الشرطة في
    النيجر"، "مسؤول في الحكومة العراقية"): "في" and a country, a known place or a body word are
    part of who speaks, not the time or medium of speaking ("في بيان"، "في وقت سابق")."""
    k = j + 1
    if k >= sent.last or art.tokens[j].text != "في" or punct_before(art, j) or punct_before(art, k):
        return j
    end = _country_at(art, sent, k) or _place_at(art, sent, k)
    if end is None and has(art, k, "head") and not has(art, k, "stop") and art.tokens[k].text.startswith("ال"):
        end = np_end(art, sent, k)
    return end if end and end > k else j


def _appositive_name(art: Article, sent: Sentence, i: int, j: int) -> tuple[int, int] | None:
    """The person a title phrase ending at token ``j`` names between commas ("وقال مدير
    المستشفى الميداني، أحمد الصبري، إن"): two or three name words, then a comma and the
    opening "إن/أن" of what is said."""
    if not has(art, i, "title") or j >= sent.last or gap_before(art, j).strip() not in ("،", ","):
        return None
    for k in (j + 2, j + 3):
        if k + 1 > sent.last or any(punct_before(art, m) for m in range(j + 1, k)):
            return None
        if gap_before(art, k).strip() in ("،", ","):
            said = art.tokens[k].text
            if (said in ("ان", "بان") or said in words("pronoun_opener")) and all(
                    not (art.tokens[m].is_number or has(art, m, "stop") or has(art, m, "head")
                         or has(art, m, "filler") or has(art, m, "title")) for m in range(j, k)):
                return j, k
            return None
    return None


def _place_at(art: Article, sent: Sentence, k: int) -> int | None:
    """End of a well-known place name at token ``k``: a curated one (provinces, cities) or a
    city of 100,000 people, not a common word that is also some village's name ("بيان")."""
    if has(art, k, "stop"):
        return None
    if has(art, k, "place_word"):  # "في مدينة تعز": the word for a kind of place, then its name
        return _place_at(art, sent, k + 1) if k + 1 < sent.last and not punct_before(art, k + 1) else None
    gaz = Geocoder.default().gaz
    for n in (2, 1):
        if k + n <= sent.last and (n == 1 or not punct_before(art, k + 1)):
            key = " ".join(art.tokens[m].text for m in range(k, k + n))
            if any(e.curated or e.kind == "town" and e.population >= _CITY and not key.startswith("ال")
                   for e in gaz.lookup(key)):
                return k + n
    return None


def _plural_verb(art: Article, verb: Match[str]) -> bool:
    if verb.last - verb.first != 1:
        return False
    text = art.tokens[verb.first].text.removeprefix("و").removeprefix("ف")
    return len(text) > 4 and (text.endswith("وا") or text.endswith("ون") and text[:1] in "يت")


def _titled_before(art: Article, i: int) -> str | None:
    """The person a bare definite title stands for ("المحافظ"، "الوزير"): the last earlier
    "title + name" with the same title ("محافظ مدينة عدن نايف البكري"), as it was written
    there, less the title where the name follows it directly ("وزير الخارجية عادل الجبير")."""
    word = art.tokens[i].text
    if not word.startswith("ال") or len(word) < 5:
        return None
    bare = word[2:]
    forms = {bare, "و" + bare, "ف" + bare}  # the title without the article, or after و/ف
    for sent in reversed(art.sentences):
        if sent.first >= i:
            continue
        for k in range(min(sent.last, i) - 3, sent.first - 1, -1):
            text = art.tokens[k].text
            if text not in forms:
                continue
            j = np_end(art, sent, k)
            if j - k < 3 or any(art.tokens[m].is_number for m in range(k, j)):
                continue
            name = _personal_name(art, k, j) or (k, j)
            s, e = art.span(*name)
            if name[0] == k and text != bare:  # "ومحافظ ...": the conjunction is no part of it
                s += 1
            return "other:" + clean(art.text[s:e])
    return None


def _subject_gap(art: Article, i: int, j: int) -> bool:
    """Tokens [i, j) between a subject and its verb that keep them together: "قد" and up to
    two adjectives ("وكانت حركة «الشباب» المتطرفة قد أعلنت")."""
    if j - i > 3 or any(gap_has(art, k, _CLAUSE_MARKS) for k in range(i + 1, j + 1)):
        return False
    words = [art.tokens[k].text for k in range(i, j)]
    if words and words[-1] in ("قد", "لقد"):
        words = words[:-1]
    return len(words) <= 2 and all(w.startswith("ال") and not w.startswith(("الي", "التي", "الذي", "الذين"))
                                   for w in words)


def _first_of_joined(art: Article, k: int, verb: Match[str], actors: list[Match[str]]) -> Match[str] | None:
    """"لكن المرصد السوري ومؤيدون للحكومة قالوا إن": a known actor opening a subject joined by
    "و" to another, before a plural verb: the first speaker (those joined to it are read by
    ``coordinated_speakers``), not the whole phrase as one name."""
    if k >= verb.first or not _plural_verb(art, verb):
        return None
    a = next((a for a in actors if a.first == k), None)
    if a is None or a.last >= verb.first or not art.tokens[a.last].text.startswith("و") \
            or any(gap_has(art, m, _BREAKS) for m in range(a.first + 1, verb.first)):
        return None
    return a


def _speaker_before(art: Article, sent: Sentence, verb: Match[str], actors: list[Match[str]],
                    lexicon: Lexicon | None = None, country: str | None = None) -> Speaker | None:
    """The subject before its verb ("الجيش نفى", "أن وزارة الدفاع نفت")."""
    if verb.first > sent.first and gap_has(art, verb.first, _BREAKS):
        return None
    if verb.first > sent.first and art.tokens[verb.first - 1].text in words("preposition"):
        return None  # "الجهاد الإسلامي في بيان": a noun after a preposition has no subject
    for a in reversed(actors):
        if a.last <= verb.first and (verb.first - a.last <= 1 or _subject_gap(art, a.last, verb.first)):
            return _actor_speaker(art, a)[:2] + (verb.last,)
    k = verb.first
    while k > sent.first and verb.first - k < MAX_SPEAKER:
        prev = art.tokens[k - 1].text
        if prev in words("opener") or punct_before(art, k):
            break
        k -= 1
    joined = _first_of_joined(art, k, verb, actors)
    if joined is not None:
        return _actor_speaker(art, joined)[:2] + (verb.last,)
    if k < verb.first and has(art, k, "head") and art.tokens[k - 1].text in words("opener") \
            and np_end(art, sent, k) >= verb.first:
        national = _bare_national(art, k, lexicon, country) if verb.first - k == 1 else None
        if national:
            return national, art.span(k, verb.first), verb.last
        s, e = art.span(k, verb.first)
        return "other:" + clean(art.text[s:e]), (s, e), verb.last
    return None


def subject(art: Article, sent: Sentence, verb: Match[str], actors: list[Match[str]], lexicon: Lexicon | None,
             country: str | None, carried: Speaker | None = None) -> Speaker | None:
    """The speaker after or before a verb; a verb opening its sentence with no subject ("وأضاف
    أن"، "وقال في مؤتمر صحافي") speaks for the speaker ``carried`` from the sentence before."""
    key = ("subject", verb.first, verb.last, lexicon is None, country, carried)
    if key not in art.memo:
        art.memo[key] = _subject(art, sent, verb, actors, lexicon, country, carried)
    return art.memo[key]  # type: ignore[return-value]


def _subject(art: Article, sent: Sentence, verb: Match[str], actors: list[Match[str]], lexicon: Lexicon | None,
             country: str | None, carried: Speaker | None) -> Speaker | None:
    spk = (speaker_after(art, sent, verb, actors, lexicon, country)
           or _speaker_before(art, sent, verb, actors, lexicon, country))
    if spk is None and carried is not None and verb.first == sent.first and _no_subject(art, sent, verb.last):
        return carried[0], carried[1], verb.last
    return spk


def _no_subject(art: Article, sent: Sentence, i: int) -> bool:
    """A verb with no subject of its own: "أن/إن"، a colon or quote, or a preposition right
    after it ("وأضاف أن"، "وقال في مؤتمر"، "وتابع:"), not a name we could not read."""
    i = _skip_fillers(art, i, sent.last)
    if i >= sent.last:
        return False
    text = art.tokens[i].text
    return (gap_has(art, i, _SAYING) or text in ("ان", "بان") or text in words("pronoun_opener")
            or text in words("preposition") or text.startswith(("لوكاله", "لصحيفه", "لقناه"))
            or has(art, i, "killing"))  # "ونفى مقتل أي مدنيين": the object, a verbal noun


def _main_subject(art: Article, sent: Sentence, verb: Match[str], reporting: list[Match[str]],
                  actors: list[Match[str]], lexicon: Lexicon, country: str | None,
                  carried: Speaker | None = None) -> Speaker | None:
    """Who speaks through a circumstantial participle ("...، محمّلاً الاحتلال المسؤولية"): the
    subject of an earlier verb of its sentence, a reporting one or the verb opening the sentence
    ("وعبّر الوزير عن ...، محمّلاً"); never the noun after it, which is whom it accuses."""
    for outer in reversed([v for v in reporting if v.last <= verb.first]):
        spk = subject(art, sent, outer, actors, lexicon, country, carried)
        if spk and spk[2] <= verb.first:
            return spk[0], spk[1], verb.last
    if verb.first > sent.first + 1:
        opening = Match(sent.first, sent.first + 1, art.tokens[sent.first].text, ("say",))
        spk = speaker_after(art, sent, opening, actors, lexicon, country)
        if spk is None and carried is not None and _no_subject(art, sent, sent.first + 1):
            spk = carried[0], carried[1], sent.first + 1  # "وأضاف أن ...، مستبعداً": the speaker before
        if spk and spk[2] <= verb.first:
            return spk[0], spk[1], verb.last
    if verb.first == sent.first and carried is not None:  # "...». واصفاً قصف ...": the sentence before goes on
        return carried[0], carried[1], verb.last
    return None


def as_government(art: Article, lexicon: Lexicon, source: str, span: tuple[int, int] | None) -> str:
    """"النظام" or a country's name ("تنفي روسيا") speaking is its government, not its army."""
    info = lexicon.actor_info.get(source)
    if span is None or info is None or not source.endswith("_forces"):
        return source
    said = norm(art.text[span[0]:span[1]])
    if said.lstrip("وف").startswith(_REGIME):
        return _national(lexicon, info.country, "gov") or source
    gov = source.removesuffix("_forces") + "_gov"  # russia_forces -> russia_gov
    if (said in _country_names() or said[1:] in _country_names()) and gov in lexicon.actor_info:
        return gov
    return source


def _generic_group(art: Article, span: tuple[int, int] | None) -> bool:
    """"المسلحون الإسلاميون"، "الحركة الانفصالية الكردية"، "التنظيم": a definite word for an
    armed group with only definite adjectives after it, no name of its own."""
    if span is None:
        return False
    first, last = art.token_at(span[0]), art.token_at(span[1] - 1) + 1
    if not has(art, first, "generic_group") or last - first > 4:
        return False
    return all(art.tokens[k].text.startswith("ال") and not has(art, k, "stop") for k in range(first + 1, last))


def _antecedent(art: Article, lexicon: Lexicon, before: int) -> str | None:
    """The armed group (ACLED inter 2 or 3) the article named last before token ``before``:
    whom "المسلحون" or "التنظيم" stands for."""
    for a in reversed(art.between("actors", 0, before)):
        info = lexicon.actor_info.get(a.values[0])
        if info is not None and info.contract and info.inter in (2, 3) and a.values[0] not in words("mute"):
            return a.values[0]
    return None


def resolved(art: Article, lexicon: Lexicon, source: str, span: tuple[int, int] | None) -> str:
    """A generic group speaking ("أعلن المسلحون مسؤوليتهم") is the group named before it; so is
    a lone generic word the actor list gives one group ("المتمردون")."""
    if span is None or not _generic_group(art, span):
        return source
    lone = art.token_at(span[0]) == art.token_at(span[1] - 1)
    if source in words("mute") or source.startswith("other:") or lone:
        return _antecedent(art, lexicon, art.token_at(span[0])) or (
            "unknown_gunmen" if source.startswith("other:") else source)
    return source


def coordinated_speakers(art: Article, sent: Sentence, spk: Speaker, actors: list[Match[str]]) -> list[Speaker]:
    """Speakers joined to the first by "و" ("وتنفي روسيا والمتمردون"، "أعلن المقاتلون الأكراد
    والمرصد"): each says the same; the first keeps its place for what follows."""
    out: list[Speaker] = []
    i = spk[2]
    if spk[1] is not None and art.token_at(spk[1][1] - 1) + 1 < i:  # the speaker of an outer verb
        i = art.token_at(spk[1][1] - 1) + 1
    while i < sent.last and art.tokens[i].text.startswith("و") and not punct_before(art, i):
        actor = next((a for a in actors if a.first == i), None)
        itself = _named_itself(art, sent, i) if actor is None else None
        if actor is not None:
            nxt = _actor_speaker(art, actor)
        elif itself is not None:
            nxt = itself
        else:
            end = _country_at(art, sent, i)
            if end is None:
                break
            s, e = art.span(i, end)
            nxt = "other:" + clean(art.text[s:e]).removeprefix("و"), (s, e), end
        out.append((nxt[0], nxt[1], spk[2]))
        i = nxt[2]
    return [(source, span, max(i, spk[2])) for source, span, _ in out]


def _named_itself(art: Article, sent: Sentence, i: int) -> Speaker | None:
    """"والفرقة نفسها"، "والحركة ذاتها": a body word with "itself" after it is the actor named
    before in the article whose name opens with that word ("الفرقة 30"، "حركة الشباب"), as a
    reader takes it; the speaker is found only as a known actor."""
    if i + 1 >= sent.last or art.tokens[i + 1].text not in words("itself") or punct_before(art, i + 1):
        return None
    head = art.tokens[i].text.removeprefix("و")
    if not head.startswith("ال"):
        return None
    head = head[2:]  # "الحركة نفسها" stands for "حركة الشباب" as for "الحركة الشعبية"
    for a in reversed(art.between("actors", 0, i)):
        if art.tokens[a.first].text.lstrip("وفب").removeprefix("ال") == head and a.last - a.first > 1:
            return a.values[0], art.span(i, i + 2), i + 2
    return None


def participle(art: Article, i: int) -> bool:
    """Token ``i`` is a circumstantial participle ("محمّلاً"، "ومتهماً"), "و" before it or not;
    "واصفاً" keeps its own first letter."""
    word = art.words[i]
    return word in words("participle") or word.startswith("و") and word[1:] in words("participle")


def speaker_of(art: Article, sent: Sentence, verb: Match[str], reporting: list[Match[str]],
                actors: list[Match[str]], lexicon: Lexicon, country: str | None,
                carried: Speaker | None = None) -> Speaker | None:
    """The speaker of a claim verb. After "أنها" / "أنه" the verb's subject is the speaker of
    the statement it sits in ("وأعلنت المنظمة أنها تحمّل ... المسؤولية")."""
    if participle(art, verb.first):
        return _main_subject(art, sent, verb, reporting, actors, lexicon, country, carried)
    if has(art, verb.first, "own_responsibility"):  # "أعلنت الحركة، في بيان، مسؤوليتها عن"
        for outer in reversed([v for v in reporting if v.last <= verb.first and has(art, v.first, "declare")]):
            # the subject may come first too ("وكان الحزب أعلن الأربعاء مسؤوليته عن")
            spk = subject(art, sent, outer, actors, lexicon, country, carried)
            if spk and spk[2] <= verb.first:
                return spk[0], spk[1], verb.last
    if _hidden_subject(art, sent, verb):
        return _main_subject(art, sent, verb, reporting, actors, lexicon, country, carried)
    if verb.first > sent.first and art.tokens[verb.first - 1].text in words("pronoun_opener"):
        for outer in reversed([v for v in reporting if v.last < verb.first]):
            spk = subject(art, sent, outer, actors, lexicon, country, carried)
            if spk:
                return spk[0], spk[1], verb.last
        return None
    return subject(art, sent, verb, actors, lexicon, country, carried)


def _hidden_subject(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """"أشارت وسائل الإعلام إلى هجمات نسبتها إلى الحزب": a verb past its sentence's opening,
    its object a pronoun for the noun before it and "إلى" right after, has no subject of its
    own (one would stand between: "هجوم نسبته السلطات إلى"); it is the pronoun in the verb,
    the subject of the sentence's outer verb."""
    if verb.first <= sent.first + 1 or verb.last >= sent.last or punct_before(art, verb.last):
        return False
    text = art.tokens[verb.last - 1].text
    # the pronoun after a verb's ending (not "بالنسبة إلى": a noun, its ة written ه once normalised)
    return text.endswith(("ها", "هم", "هما", "ته", "وه")) and not text.startswith(("ال", "بال", "لل")) \
        and art.tokens[verb.last].text in ("الي", "لـ") and art.tokens[verb.first - 1].text not in words("relative")


_THAT = frozenset({"ان", "بان"})  # "أن"، "إن"، "بأن" (normalised): the reported clause opens


def source_tokens(art: Article, sent: Sentence) -> set[int]:
    """First tokens of actor mentions that speak (sources) rather than act in the sentence."""
    out: set[int] = set()
    actors = art.in_sentence("actors", sent)
    for verb in art.in_sentence("reporting", sent):
        kind = verb.values[0]
        for a in actors:
            if verb.last <= a.first <= verb.last + 1 and kind in SAY | {"accuse", "deny", "condemn"}:
                # "وأضاف البيان أن التحالف شن غارات": after "أن" stands the subject of what is
                # told, not who tells it
                if a.first == verb.last or art.tokens[verb.last].text not in _THAT:
                    out.add(a.first)
            elif kind in SAY and a.last <= verb.first and verb.first - a.last <= 1:
                out.add(a.first)
    return out


def sentence_sources(art: Article, sent: Sentence, lexicon: Lexicon) -> list[str]:
    """The sources a sentence cites for what it reports."""
    out: list[str] = []
    actors = art.in_sentence("actors", sent)
    for verb in art.in_sentence("reporting", sent):
        if verb.values[0] not in SAY:
            continue
        spk = speaker_after(art, sent, verb, actors) or _speaker_before(art, sent, verb, actors)
        if spk and spk[0] not in out:
            out.append(spk[0])
    return out
