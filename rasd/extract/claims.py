"""Who says what: sources of a sentence and attributed claims (accuse, deny, claim).

Plain reporting ("قال المرصد") names a source of the events in its sentence. A claim is
kept where attribution matters: an accusation (اتهم، حمّل المسؤولية، نسب إلى، أدان), a
denial (نفى، كذّب) or a claim of responsibility (تبنّى، أعلن مسؤوليته). Only a verb whose
speaker is found next to it makes a claim: precision matters as much as recall.
"""

from __future__ import annotations

import functools
from pathlib import Path

import rasd.geo
from rasd.extract.article import Article, Sentence
from rasd.extract.events import WEAK, resolve_type
from rasd.extract.records import Claim, Event
from rasd.lexicon import Lexicon, Match, read_tsv
from rasd.text import norm

_MAX_SPEAKER = 7
_REGIME = ("النظام", "نظام", "حكومه", "الحكومه")  # the regime or government speaking, not its army
_CLAIM_REACH = 8
_CONDEMN_REACH = 10  # tokens after "أدان" and its speaker where the condemned act's doer is named  # tokens between "تبنى" and the event word it claims
_SAY = {"say", "according", "according_say", "opine"}
_SUBJECT_REACH = 3  # "وخطفت جبهة النصرة ...، بحسب المرصد": the perpetrator opens the sentence
_STATEMENT_REACH = 6  # tokens between a speaker and the "إن" that opens what it says
_STANCE = {"accuse": "accuses", "condemn": "accuses", "deny": "denies", "claim": "asserts", "mutual": "accuses"}
_PUNCT = "،,:\"«»()؛;.!?/“”"

Speaker = tuple[str, tuple[int, int] | None, int]  # (source id, original span, first token after it)


@functools.cache
def speaker_words() -> dict[str, frozenset[str]]:
    """Word lists of speakers.tsv by kind (head, stop, responsibility, title, ...), normalised."""
    out: dict[str, set[str]] = {}
    for word, kind in read_tsv("speakers.tsv"):
        out.setdefault(kind, set()).add(norm(word))
    return {kind: frozenset(words) for kind, words in out.items()}


def _words(kind: str) -> frozenset[str]:
    return speaker_words().get(kind, frozenset())


def _has(art: Article, i: int, kind: str) -> bool:
    return not _words(kind).isdisjoint(art.tokens[i].stems)


def _gap(art: Article, i: int) -> str:
    """The characters between token ``i - 1`` and token ``i``."""
    return art.text[art.ends[i - 1]:art.starts[i]] if i > 0 else ""


_PUNCT_SET = frozenset(_PUNCT)


def _punct_before(art: Article, i: int) -> bool:
    """Whether punctuation stands between token ``i - 1`` and token ``i``."""
    return i > 0 and not _PUNCT_SET.isdisjoint(art.text[art.ends[i - 1]:art.starts[i]])


def _skip_fillers(art: Article, i: int, end: int) -> int:
    """Past time words between a verb and its subject ("أدانت أمس الولايات المتحدة")."""
    while i < end and _has(art, i, "filler") and not _punct_before(art, i + 1):
        i += 1
    return i


def _np_end(art: Article, sent: Sentence, i: int, stops: frozenset[int] = frozenset()) -> int:
    """End of a speaker's noun phrase starting at token ``i``: before a stop word, a number,
    a clause opener (أن، بأن) or punctuation."""
    j = i
    while j < sent.last and j - i < _MAX_SPEAKER:
        tok = art.tokens[j]
        if j > i and (tok.text in _words("stop") or tok.is_number
                      or (tok.text.startswith(("ان", "بان")) and len(tok.text) <= 4)):
            break
        if j > i and (_punct_before(art, j) or j in stops):
            break
        j += 1
    return j


def _clean(surface: str) -> str:
    return surface.strip(" \"«»“”'")


def _personal_name(art: Article, i: int, j: int) -> tuple[int, int] | None:
    """The personal name in "title + name" ("وزير الخارجية عادل الجبير" -> عادل الجبير): the
    first indefinite word after the title and its definite complements, to the end."""
    if not _has(art, i, "title") or j - i < 3:
        return None
    k = i + 1
    while k < j and (art.tokens[k].text.startswith(("ال", "لل")) or _has(art, k, "title")):
        k += 1
    if k == i + 1 or k >= j or art.tokens[k - 1].text in _words("title_link"):
        return None
    # a name is two words, a third only when indefinite ("صائب عريقات"، "محمد قاسم خان"); a
    # definite word after the family name is the verb's object ("عادل الجبير المستوطنين")
    end = min(j, k + 2)
    if end < j and not art.tokens[end].text.startswith(("ال", "لل")):
        end += 1
    return k, end


def _proper_name(art: Article, i: int, j: int) -> tuple[int, int] | None:
    """The name after a generic body word ("منظمة هيومن رايتس ووتش" -> هيومن رايتس ووتش,
    جماعة "المرابطون" -> المرابطون): a foreign or quoted name, not a definite noun
    ("منظمة التحرير" stays whole)."""
    if j - i < 2 or not _has(art, i, "org_head"):
        return None
    nxt = art.tokens[i + 1].text
    if any(ch in _gap(art, i + 1) for ch in "\"«“") or not nxt.startswith(("ال", "لل")) and not _has(art, i + 1, "head"):
        return i + 1, j
    return None


def _actor_speaker(art: Article, a: Match[str]) -> Speaker:
    """A known actor speaking; one outside the contract list is named as written, less a
    generic body word before a proper name ("منظمة هيومن رايتس ووتش")."""
    name = _proper_name(art, a.first, a.last) if a.values[0].startswith("other:") else None
    if name:
        s, e = art.span(*name)
        return "other:" + _clean(art.text[s:e]), (s, e), a.last
    return a.values[0], art.span(a.first, a.last), a.last


@functools.cache
def _country_names() -> frozenset[str]:
    """Arabic names of countries (the geo layer's list): a state speaking by its name."""
    out = set()
    with open(Path(rasd.geo.__file__).parent / "data" / "countries.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 5:
                continue
            out.update(norm(name) for name in cols[4].split("|") if name)
    return frozenset(out)


def _country_at(art: Article, sent: Sentence, i: int) -> int | None:
    """End of a country name starting at token ``i`` ("أدانت الولايات المتحدة"), or None."""
    names = _country_names()
    for n in (3, 2, 1):
        if i + n <= sent.last and not any(_punct_before(art, k) for k in range(i + 1, i + n)):
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
    if not head.startswith("ال") or not (_has(art, i, "title") or _has(art, i, "head")):
        return False
    word = art.tokens[k].text
    if _has(art, k, "group_noun") and not word.startswith(("ال", "لل")):
        return True
    return word.startswith("ال") and word.endswith("يين") and not head.endswith(("ين", "ون", "ات"))


def _head_of_np(art: Article, a: Match[str], i: int) -> bool:
    """An actor inside a speaker's phrase that names who speaks ("المتحدث باسم طالبان",
    "هيئة أركان الجيش التركي"), not the object of the verb: joined to the head by construct."""
    if any(_punct_before(art, k) for k in range(i + 1, a.first + 1)):
        return False
    if a.first == i + 1 and _object_after_title(art, i, a.first):
        return False
    return a.first - i <= 2 or art.tokens[a.first - 1].text in _words("title_link")


def _name_word(art: Article, m: int, first: int) -> bool:
    """A word of a personal name before its title: the first indefinite, the next ones also
    definite ("عز الدين الأصبحي"، "مسعود البرزاني"); no number, time word or body word."""
    tok = art.tokens[m]
    if tok.is_number or _has(art, m, "stop") or _has(art, m, "head") or _has(art, m, "filler"):
        return False
    return m > first or not tok.text.startswith("ال")


def _spoken_for(art: Article, sent: Sentence, k: int, actors: list[Match[str]]) -> tuple[str, int] | None:
    """The known actor a title at token ``k`` speaks for ("المتحدث (الرسمي) باسم طالبان"): its
    id and the token after it."""
    for link in (k + 1, k + 2):
        if link < sent.last and art.tokens[link].text in _words("title_link"):
            a = next((a for a in actors if a.first == link + 1), None)
            if a is not None and not a.values[0].startswith("other:"):
                return a.values[0], a.last
            return None
    return None


def _name_then_title(art: Article, sent: Sentence, i: int) -> tuple[int, int] | None:
    """A name that comes before its title ("دان مسعود البرزاني رئيس الإقليم"، "قال عز الدين
    الأصبحي، وزير ..."): two or three name words followed by a title word, a comma between them
    at most."""
    for k in range(i + 2, min(i + 4, sent.last)):
        if any(_punct_before(art, kk) for kk in range(i + 1, k)):
            return None
        comma = _gap(art, k).strip() in ("،", ",")
        if _has(art, k, "title") and (comma or not _punct_before(art, k)):
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
        if art.tokens[i].text.lstrip("وف") in _words("national_" + body):
            return _national(lexicon, country, body)
    return None


def _speaker_after(art: Article, sent: Sentence, verb: Match[str], actors: list[Match[str]],
                   lexicon: Lexicon | None = None, country: str | None = None) -> Speaker | None:
    """The actor or noun phrase right after a reporting verb: (id, span, first token after)."""
    i = _skip_fillers(art, verb.last, sent.last)
    if i >= sent.last or any(ch in _gap(art, i) for ch in "،,:\"«»()؛;"):
        return None
    if _has(art, i, "dual_head") and any(a.first == i + 1 for a in actors):
        i += 1  # "حركتا حماس والجهاد": the first name speaks, the one after "و" joins it
    for a in actors:
        if a.first == i:
            return _actor_speaker(art, a)
    country_end = _country_at(art, sent, i)
    if country_end:  # a state not in the actor list, named as written
        s, e = art.span(i, country_end)
        return "other:" + _clean(art.text[s:e]), (s, e), country_end
    if _has(art, i, "generic_group") and _generic_group(art, art.span(i, _np_end(art, sent, i))):
        j = _np_end(art, sent, i)  # "أعلن المتمردون": resolved to the group named before (_resolved)
        return "other:" + _clean(art.surface(i, j)), art.span(i, j), j
    j = _np_end(art, sent, i)
    objects = frozenset(a.first for a in actors if a.first > i and not (a.first < j and a.last <= j
                                                                         and _head_of_np(art, a, i)))
    j = _np_end(art, sent, i, objects)
    if j == i:
        return None
    if _has(art, i, "head"):
        national = _bare_national(art, i, lexicon, country) if j - i == 1 else None
        if national:
            return national, art.span(i, j), j
        for a in actors:  # "هيئة أركان الجيش التركي", "رئيس الوزراء أحمد داود أوغلو"
            if i < a.first < j and a.last <= j and not a.values[0].startswith("other:") and _head_of_np(art, a, i):
                return a.values[0], art.span(i, a.last), j
        earlier = _titled_before(art, i) if j - i == 1 else None
        if earlier:  # "وأوضح المحافظ": the governor named before, in the form first given
            return earlier, art.span(i, j), j
        name = _personal_name(art, i, j) or _proper_name(art, i, j)
        s, e = art.span(*(name or (i, j)))
        return "other:" + _clean(art.text[s:e]), (s, e), name[1] if name else j
    named = _name_then_title(art, sent, i)
    if named:
        body = _spoken_for(art, sent, named[1], actors)
        if body:  # "ذبيح الله مجاهد المتحدث باسم طالبان": the spokesman speaks for the group
            return body[0], art.span(i, body[1]), body[1]
        s, e = art.span(*named)
        return "other:" + _clean(art.text[s:e]), (s, e), named[1]
    return None


def _titled_before(art: Article, i: int) -> str | None:
    """The person a bare definite title stands for ("المحافظ"، "الوزير"): the last earlier
    "title + name" with the same title ("محافظ مدينة عدن نايف البكري"), as it was written
    there, less the title where the name follows it directly ("وزير الخارجية عادل الجبير")."""
    word = art.tokens[i].text
    if not word.startswith("ال") or len(word) < 5:
        return None
    bare = word[2:]
    for sent in reversed(art.sentences):
        if sent.first >= i:
            continue
        for k in range(min(sent.last, i) - 3, sent.first - 1, -1):
            text = art.tokens[k].text
            if text != bare and not (text[:1] in "وف" and text[1:] == bare):
                continue
            j = _np_end(art, sent, k)
            if j - k < 3 or any(art.tokens[m].is_number for m in range(k, j)):
                continue
            name = _personal_name(art, k, j) or (k, j)
            s, e = art.span(*name)
            if name[0] == k and text != bare:  # "ومحافظ ...": the conjunction is no part of it
                s += 1
            return "other:" + _clean(art.text[s:e])
    return None


def _subject_gap(art: Article, i: int, j: int) -> bool:
    """Tokens [i, j) between a subject and its verb that keep them together: "قد" and up to
    two adjectives ("وكانت حركة «الشباب» المتطرفة قد أعلنت")."""
    if j - i > 3 or any(ch in _gap(art, k) for k in range(i + 1, j + 1) for ch in "،,:؛;()"):
        return False
    words = [art.tokens[k].text for k in range(i, j)]
    if words and words[-1] in ("قد", "لقد"):
        words = words[:-1]
    return len(words) <= 2 and all(w.startswith("ال") and not w.startswith(("الي", "التي", "الذي", "الذين"))
                                   for w in words)


def _speaker_before(art: Article, sent: Sentence, verb: Match[str], actors: list[Match[str]],
                    lexicon: Lexicon | None = None, country: str | None = None) -> Speaker | None:
    """The subject before its verb ("الجيش نفى", "أن وزارة الدفاع نفت")."""
    if verb.first > sent.first and any(ch in _gap(art, verb.first) for ch in "،,:\"«»()؛;"):
        return None
    if verb.first > sent.first and art.tokens[verb.first - 1].text in _words("preposition"):
        return None  # "الجهاد الإسلامي في بيان": a noun after a preposition has no subject
    for a in reversed(actors):
        if a.last <= verb.first and (verb.first - a.last <= 1 or _subject_gap(art, a.last, verb.first)):
            return _actor_speaker(art, a)[:2] + (verb.last,)
    k = verb.first
    while k > sent.first and verb.first - k < _MAX_SPEAKER:
        prev = art.tokens[k - 1].text
        if prev in _words("opener") or _punct_before(art, k):
            break
        k -= 1
    if k < verb.first and _has(art, k, "head") and art.tokens[k - 1].text in _words("opener") \
            and _np_end(art, sent, k) >= verb.first:
        national = _bare_national(art, k, lexicon, country) if verb.first - k == 1 else None
        if national:
            return national, art.span(k, verb.first), verb.last
        s, e = art.span(k, verb.first)
        return "other:" + _clean(art.text[s:e]), (s, e), verb.last
    return None


def _subject(art: Article, sent: Sentence, verb: Match[str], actors: list[Match[str]], lexicon: Lexicon | None,
             country: str | None, carried: Speaker | None = None) -> Speaker | None:
    """The speaker after or before a verb; a verb opening its sentence with no subject ("وأضاف
    أن"، "وقال في مؤتمر صحافي") speaks for the speaker ``carried`` from the sentence before."""
    spk = (_speaker_after(art, sent, verb, actors, lexicon, country)
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
    return (any(ch in _gap(art, i) for ch in ":\"«“") or text in ("ان", "بان") or text in _words("pronoun_opener")
            or text in _words("preposition") or text.startswith(("لوكاله", "لصحيفه", "لقناه"))
            or _has(art, i, "killing"))  # "ونفى مقتل أي مدنيين": the object, a verbal noun


def _main_subject(art: Article, sent: Sentence, verb: Match[str], reporting: list[Match[str]],
                  actors: list[Match[str]], lexicon: Lexicon, country: str | None,
                  carried: Speaker | None = None) -> Speaker | None:
    """Who speaks through a circumstantial participle ("...، محمّلاً الاحتلال المسؤولية"): the
    subject of an earlier verb of its sentence, a reporting one or the verb opening the sentence
    ("وعبّر الوزير عن ...، محمّلاً"); never the noun after it, which is whom it accuses."""
    for outer in reversed([v for v in reporting if v.last <= verb.first]):
        spk = _subject(art, sent, outer, actors, lexicon, country, carried)
        if spk and spk[2] <= verb.first:
            return spk[0], spk[1], verb.last
    if verb.first > sent.first + 1:
        opening = Match(sent.first, sent.first + 1, art.tokens[sent.first].text, ("say",))
        spk = _speaker_after(art, sent, opening, actors, lexicon, country)
        if spk is None and carried is not None and _no_subject(art, sent, sent.first + 1):
            spk = carried[0], carried[1], sent.first + 1  # "وأضاف أن ...، مستبعداً": the speaker before
        if spk and spk[2] <= verb.first:
            return spk[0], spk[1], verb.last
    return None


def _as_government(art: Article, lexicon: Lexicon, source: str, span: tuple[int, int] | None) -> str:
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
    if not _has(art, first, "generic_group") or last - first > 4:
        return False
    return all(art.tokens[k].text.startswith("ال") and not _has(art, k, "stop") for k in range(first + 1, last))


def _antecedent(art: Article, lexicon: Lexicon, before: int) -> str | None:
    """The armed group (ACLED inter 2 or 3) the article named last before token ``before``:
    whom "المسلحون" or "التنظيم" stands for."""
    for a in reversed(art.between("actors", 0, before)):
        info = lexicon.actor_info.get(a.values[0])
        if info is not None and info.contract and info.inter in (2, 3) and a.values[0] not in _words("mute"):
            return a.values[0]
    return None


def _resolved(art: Article, lexicon: Lexicon, source: str, span: tuple[int, int] | None) -> str:
    """A generic group speaking ("أعلن المسلحون مسؤوليتهم") is the group named before it; so is
    a lone generic word the actor list gives one group ("المتمردون")."""
    if span is None or not _generic_group(art, span):
        return source
    lone = art.token_at(span[0]) == art.token_at(span[1] - 1)
    if source in _words("mute") or source.startswith("other:") or lone:
        return _antecedent(art, lexicon, art.token_at(span[0])) or (
            "unknown_gunmen" if source.startswith("other:") else source)
    return source


def _coordinated(art: Article, sent: Sentence, spk: Speaker, actors: list[Match[str]]) -> list[Speaker]:
    """Speakers joined to the first by "و" ("وتنفي روسيا والمتمردون"، "أعلن المقاتلون الأكراد
    والمرصد"): each says the same; the first keeps its place for what follows."""
    out: list[Speaker] = []
    i = spk[2]
    if spk[1] is not None and art.token_at(spk[1][1] - 1) + 1 < i:  # the speaker of an outer verb
        i = art.token_at(spk[1][1] - 1) + 1
    while i < sent.last and art.tokens[i].text.startswith("و") and not _punct_before(art, i):
        actor = next((a for a in actors if a.first == i), None)
        if actor is not None:
            nxt = _actor_speaker(art, actor)
        else:
            end = _country_at(art, sent, i)
            if end is None:
                break
            s, e = art.span(i, end)
            nxt = "other:" + _clean(art.text[s:e]).removeprefix("و"), (s, e), end
        out.append((nxt[0], nxt[1], spk[2]))
        i = nxt[2]
    return [(source, span, max(i, spk[2])) for source, span, _ in out]


def _speaker_of(art: Article, sent: Sentence, verb: Match[str], reporting: list[Match[str]],
                actors: list[Match[str]], lexicon: Lexicon, country: str | None,
                carried: Speaker | None = None) -> Speaker | None:
    """The speaker of a claim verb. After "أنها" / "أنه" the verb's subject is the speaker of
    the statement it sits in ("وأعلنت المنظمة أنها تحمّل ... المسؤولية")."""
    if art.tokens[verb.first].text.lstrip("و") in _words("participle"):
        return _main_subject(art, sent, verb, reporting, actors, lexicon, country, carried)
    if _has(art, verb.first, "own_responsibility"):  # "أعلنت الحركة، في بيان، مسؤوليتها عن"
        for outer in reversed([v for v in reporting if v.last <= verb.first and _has(art, v.first, "declare")]):
            spk = _speaker_after(art, sent, outer, actors, lexicon, country)
            if spk and spk[2] <= verb.first:
                return spk[0], spk[1], verb.last
    if verb.first > sent.first and art.tokens[verb.first - 1].text in _words("pronoun_opener"):
        for outer in reversed([v for v in reporting if v.last < verb.first]):
            spk = _subject(art, sent, outer, actors, lexicon, country, carried)
            if spk:
                return spk[0], spk[1], verb.last
        return None
    return _subject(art, sent, verb, actors, lexicon, country, carried)


def source_tokens(art: Article, sent: Sentence) -> set[int]:
    """First tokens of actor mentions that speak (sources) rather than act in the sentence."""
    out: set[int] = set()
    actors = art.in_sentence("actors", sent)
    for verb in art.in_sentence("reporting", sent):
        kind = verb.values[0]
        for a in actors:
            if verb.last <= a.first <= verb.last + 1 and kind in _SAY | {"accuse", "deny", "condemn"}:
                out.add(a.first)
            elif kind in _SAY and a.last <= verb.first and verb.first - a.last <= 1:
                out.add(a.first)
    return out


def sentence_sources(art: Article, sent: Sentence, lexicon: Lexicon) -> list[str]:
    """The sources a sentence cites for what it reports."""
    out: list[str] = []
    actors = art.in_sentence("actors", sent)
    for verb in art.in_sentence("reporting", sent):
        if verb.values[0] not in _SAY:
            continue
        spk = _speaker_after(art, sent, verb, actors) or _speaker_before(art, sent, verb, actors)
        if spk and spk[0] not in out:
            out.append(spk[0])
    return out


def _mutual_accusation(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """"تبادلت كييف وموسكو الاتهامات": an accusation word within a few words of "تبادل"."""
    return any("اتهام" in art.tokens[k].text for k in range(verb.last, min(sent.last, verb.last + _MAX_SPEAKER + 2)))


def _second_side(art: Article, sent: Sentence, spk: Speaker) -> list[Speaker]:
    """The side after "و" in "تبادلت أوكرانيا وانفصاليون موالون لروسيا الاتهامات" where it is no
    known actor: the words up to the accusation, named as written."""
    i = spk[2]
    if i >= sent.last or not art.tokens[i].text.startswith("و") or _punct_before(art, i):
        return []
    for k in range(i + 1, min(sent.last, i + 5)):
        if _punct_before(art, k):
            return []
        if "اتهام" in art.tokens[k].text:
            s, e = art.span(i, k)
            return [("other:" + _clean(art.text[s:e]).removeprefix("و"), (s, e), k)]
    return []


def _accusation_frame(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """"حمّل" accuses only with "المسؤولية" in its sentence, "نسب" only with "إلى" after it;
    otherwise the same letters are "حملة" (a campaign) or "نسبة" (a share)."""
    head = norm(verb.phrase).split()[0]
    words = [art.tokens[i].text for i in range(sent.first, sent.last)]
    if head.lstrip("يتم").startswith("حمل") and not any("مسؤولي" in w for w in words):
        return False
    if head.startswith("نسب"):
        return any(art.tokens[i].text in ("الي", "لـ") for i in range(verb.last, min(sent.last, verb.last + 8)))
    return True


def _negated(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """"لم تتبن أي جهة", "لم يعلنوا المسؤولية": a negated verb claims nothing."""
    return any(art.tokens[k].text in _words("negation") for k in range(max(sent.first, verb.first - 2), verb.first))


def _declares_responsibility(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """"أعلن (التنظيم) مسؤوليته عن": a declaring verb with "responsibility" a few words on."""
    if not _has(art, verb.first, "declare"):
        return False
    if any(_has(art, k, "responsibility") for k in range(verb.last, min(sent.last, verb.last + _CLAIM_REACH))):
        return True
    # "أعلنت الحركة المنضوية في ...، في بيان مسؤوليتها": a possessive ties it to the subject further on
    return any(_has(art, k, "own_responsibility") for k in range(verb.last, min(sent.last, verb.last + 2 * _CLAIM_REACH)))


def _declares_execution(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """"أعلنت الجبهة تنفيذ أحد أعضائها الهجوم": a declaring verb with "carrying out" a few
    words on; a claim only where the speaker is an armed group (checked by the caller)."""
    return _has(art, verb.first, "declare") and any(
        _has(art, k, "execution") for k in range(verb.last, min(sent.last, verb.last + 2 * _CLAIM_REACH)))


def _armed_group(lexicon: Lexicon, source: str) -> bool:
    info = lexicon.actor_info.get(source)
    return info is not None and info.inter in (2, 3) and source not in _words("mute")


def _main_types(events: list[Event]) -> list[str]:
    """Event types by how much of the article reports them (sentences), earliest first on a tie:
    the article's main event comes first."""
    weight: dict[str, int] = {}
    for e in events:
        weight[e.type] = weight.get(e.type, 0) + len(e.evidence_spans)
    return sorted(weight, key=lambda t: -weight[t])


def _sentence_events(sent: Sentence, events: list[Event]) -> list[Event]:
    return [e for e in events if any(s[0] <= sent.start < s[1] or sent.start <= s[0] < sent.end
                                     for s in e.evidence_spans)]


def _trigger_types(art: Article, sent: Sentence, lexicon: Lexicon, actors: list[Match[str]]
                   ) -> list[tuple[int, str]]:
    """(token, event type) of each event word of a sentence, typed as the event finder types
    it, whether or not an event was kept there (a denied or claimed one often is not)."""
    trigs = art.in_sentence("triggers", sent)
    strong = {m.values[0] for m in trigs if m.values[0] not in WEAK}
    perps = [a.values[0] for a in actors if a.values[0] in lexicon.actor_info
             and not (a.first > 0 and _has(art, a.first - 1, "allegiance"))]  # "مؤيدون لروسيا": a backer
    out = []
    for m in trigs:
        if m.last - m.first == 1 and art.tokens[m.first].text.lstrip("وفب") in _words("anaphor"):
            out.append((m.first, ""))  # "الهجوم": the event the article is about
            continue
        t = resolve_type(art, sent, m, m.values[0], perps, lexicon, strong, set())
        if t:
            out.append((m.first, t))
    return out


def _topics(art: Article, sent: Sentence, verb: Match[str], trig_types: list[tuple[int, str]],
            sent_events: list[Event], main_types: list[str]) -> list[str]:
    """Event types a statement is about: the event words of the verb's clause, then of its
    sentence, the nearest after the verb first; else the events its sentence reports; else
    the article's main event."""
    lo, hi = art.clause_of(verb.first, sent)
    near = sorted(trig_types, key=lambda p: (not lo <= p[0] < hi, not p[1], p[0] < verb.first,
                                             abs(p[0] - verb.last)))
    found = list(dict.fromkeys([t or main for _, t in near for main in (main_types[:1] or [""])]
                               + [e.type for e in sent_events]))
    found = [t for t in found if t]
    if "air_drone_strike" in found:  # "قصف ... خلال ضربات جوية": the bombing is the air strike
        found = [t for t in found if t != "shelling_artillery_missile_attack"]
    return found or main_types[:1]


def _object_phrase(art: Article, sent: Sentence, i: int) -> list[str]:
    """Whom "اتهم" / "حمّل" accuses when no known actor is named: the phrase after the speaker."""
    j = _np_end(art, sent, i)
    if j == i or j > i + 4 or art.tokens[i].text.startswith("ب") or art.tokens[i].text in _words("stop"):
        return []
    return ["other:" + _clean(art.surface(i, j))]


def _event_country(topic: str, sent_events: list[Event], events: list[Event], country: str | None) -> str | None:
    """The country of the event a statement is about, where "الحكومة" and "الجيش" belong."""
    for ev in sent_events:
        if ev.type == topic and ev.location.country:
            return ev.location.country
    return country


def _state_country(lexicon: Lexicon, actors: list[Match[str]]) -> str | None:
    """The country whose state forces the sentence names ("قتل عنصران من الشرطة التركية ...
    في هجوم نسبته السلطات إلى ..."): the authorities speaking are that state's."""
    countries = {info.country for a in actors if (info := lexicon.actor_info.get(a.values[0])) is not None
                 and info.inter == 1 and info.country}
    return countries.pop() if len(countries) == 1 else None


def _claims_an_event(art: Article, sent: Sentence, verb: Match[str], after: int) -> bool:
    """"تبنى" claims an attack only with an event word near it ("تبنى التنظيم الهجوم",
    "هجوم تبناه التنظيم"), not a policy ("تبنى مجلس الأمن القرار")."""
    owned = [k + 1 for k in range(verb.last, sent.last)
             if _has(art, k, "responsibility") or _has(art, k, "own_responsibility")]
    return any(max(verb.last, after) <= m.first <= max(verb.last, after) + _CLAIM_REACH
               or verb.first - _CLAIM_REACH <= m.first < verb.first
               or any(k <= m.first <= k + 2 for k in owned)  # "... مسؤوليتها عن التفجير"
               for m in art.in_sentence("triggers", sent))


def _claimed_types(art: Article, sent: Sentence, start: int, trig_types: list[tuple[int, str]],
                   anaphor_types: list[str]) -> list[str]:
    """Event types named in what a claim of responsibility covers, from token ``start`` to the
    end of its clause ("مسؤوليتهم عن الهجوم على الأكاديمية والقتال عند القاعدة": both): "الهجوم"
    is the claimant's own or the article's main event; a bare killing ("تبنى الحزب قتل
    شرطيين") is a clash with security forces, else an attack."""
    end = art.clause_of(start, sent)[1] if start < sent.last else start
    for k in range(start + 1, end):
        if _has(art, k, "clause_break"):
            end = k
            break
    typed = dict(trig_types)
    found: list[str] = []
    for k in range(start, end):
        if k in typed:
            found.extend([typed[k]] if typed[k] else anaphor_types[:1])
        elif not found and k < start + 3 and _has(art, k, "killing"):
            found.append(_killing_type(art, k, end))
    return list(dict.fromkeys(t for t in found if t))


def _killing_type(art: Article, k: int, end: int) -> str:
    """A killing named with no event word: of soldiers or police a clash, else an attack."""
    security = any(_has(art, m, "security_victim") for m in range(k + 1, min(end, k + 4)))
    return "armed_clash" if security else "attack"


def _statement_topics(art: Article, sent: Sentence, verb: Match[str], kind: str, trig_types: list[tuple[int, str]],
                      sent_events: list[Event], mains: list[str]) -> list[str]:
    """The topics of a verb; an accusation or denial of a killing ("حمّلت ... المسؤولية عن مقتل
    الطفل") with no typed event word after it is about that killing."""
    topics = _topics(art, sent, verb, trig_types, sent_events, mains)
    if kind in ("accuse", "deny") and not _typed_in_clause(art, sent, verb, trig_types, anaphor=True):
        topics = [t for t in [_killing_topic(art, sent, verb)] if t] or topics
    return topics


def _typed_in_clause(art: Article, sent: Sentence, verb: Match[str], trig_types: list[tuple[int, str]],
                     anaphor: bool = False) -> bool:
    """An event word of a known type after a verb in its clause; with ``anaphor``, also a word
    for the event already reported ("ونفى مقتل مدنيين في الهجوم": the article's attack)."""
    lo, hi = art.clause_of(verb.first, sent)
    return any(verb.last <= k < hi and (t or anaphor) for k, t in trig_types)


def _killing_topic(art: Article, sent: Sentence, verb: Match[str]) -> str | None:
    """"تحمّل الاحتلال المسؤولية عن جريمة قتل المواطن": the killing an accusation or denial is
    about, where its sentence has no event word of a type."""
    lo, hi = art.clause_of(verb.first, sent)
    hi = max(hi, min(sent.last, verb.last + _CLAIM_REACH))
    for k in range(verb.last, hi):
        if _has(art, k, "killing"):
            return _killing_type(art, k, hi)
    return None


def _same_side(source: str, perp: str) -> bool:
    """A government speaking of its own forces ("أعلنت وزارة الدفاع الأمريكية ... غارة أمريكية"):
    the statement asserts its own act rather than accusing another."""
    if source == perp:
        return True
    head = source.rsplit("_", 1)[0]
    return source.endswith("_gov") and perp.startswith(head + "_") and perp.endswith(("_forces", "_police", "_coalition"))


def _opens_statement(art: Article, sent: Sentence, i: int) -> bool:
    """A reported statement opens within a few words of token ``i``: "إن/أن/بأن/أنه" or a
    colon or quotation mark ("قال الجيش في بيان إن"، "قال المتحدث: «...»")."""
    for k in range(i, min(sent.last, i + _STATEMENT_REACH)):
        if any(ch in _gap(art, k) for ch in ":\"«“"):
            return True
        if art.tokens[k].text in _words("pronoun_opener") or art.tokens[k].text in ("ان", "بان"):
            return True
    return False


def _anonymous(art: Article, span: tuple[int, int] | None) -> bool:
    """"مصادر محلية"، "مصدر أمني"، "البيان"، "الوكالة": a speaker with no name, whose words are
    plain reporting rather than a position that matters."""
    if span is None:
        return True
    first = art.token_at(span[0])
    return _has(art, first, "anonymous")


def _governed(art: Article, i: int) -> bool:
    """An actor named as the target or a member's group, not the doer: after a preposition
    ("قيادي في تنظيم القاعدة"، "غارات على داعش") or with one attached ("أهداف لحزب العمال"،
    "قيادي بتنظيم القاعدة")."""
    text = art.tokens[i].text.lstrip("و")
    if i > 0 and _has(art, i - 1, "allegiance"):  # "القوات الموالية للحوثيين": the doer's side
        return False
    if i > 0 and art.tokens[i - 1].text in _words("target_prep"):
        return True
    if text.startswith("لل"):
        return "ال" + text[2:] in art.tokens[i].stems
    return text[:1] in ("ل", "ب") and text[1:] in art.tokens[i].stems


def _doer_named(art: Article, a: Match[str], hi: int) -> bool:
    """An actor a statement names as the doer by the words next to it: "قام به داعش"، "نفذه
    التنظيم" before it, "يقف وراء" after it."""
    before = a.first > 0 and art.tokens[a.first - 1].text in _words("doer_before")
    after = a.last < hi and art.tokens[a.last].text in _words("doer_after") and (
        art.tokens[a.last].text in ("وراء", "خلف")
        or a.last + 1 < hi and art.tokens[a.last + 1].text in ("وراء", "خلف"))
    return before or after


def _statement_claims(art: Article, sent: Sentence, reporting: list[Match[str]], actors: list[Match[str]],
                      events: list[Event], lexicon: Lexicon, country: str | None,
                      trig_types: list[tuple[int, str]], main_types: list[str], carried: Speaker | None = None
                      ) -> list[tuple[str, str, str, list[str], Match[str], tuple[int, int] | None]]:
    """A named perpetrator of an event inside an attributed statement ("قال الجيش إن مسلحي
    الحزب هاجموا"، "خطفت الجبهة ... بحسب المرصد"): the speaker accuses it, or asserts its own
    act. Kept narrow: a named speaker, a statement clause, and a one-sided act (not a clash)."""
    out = []
    for verb in reporting:
        kind = verb.values[0]
        if kind not in _SAY or _negated(art, sent, verb):
            continue
        if kind == "according":
            spk = _speaker_after(art, sent, verb, actors, lexicon, country)
            if spk is None:
                continue
            lo, hi = sent.start, art.starts[verb.first]
        else:
            spk = _subject(art, sent, verb, actors, lexicon, country, carried)
            if spk is None or spk[2] >= sent.last or not _opens_statement(art, sent, spk[2]):
                continue
            lo, hi = art.starts[spk[2]], sent.end
        source = _resolved(art, lexicon, _as_government(art, lexicon, spk[0], spk[1]), spk[1])
        if source in _words("mute") or _anonymous(art, spk[1]) and kind != "opine":
            continue
        first, last = art.token_at(lo), art.token_at(hi - 1) + 1
        typed = [t or next(iter(main_types), "") for k, t in trig_types if first <= k < last]
        for a in actors:
            doer = a.values[0]
            if first <= a.first < last and doer not in (source, "civilians") and typed and typed[0] \
                    and not _same_side(source, doer) and _doer_named(art, a, last):
                out.append((source, "accuses", typed[0], [doer], verb, spk[1]))
        for ev in events:
            if ev.type in _words("two_sided") or ev.trigger_span is None or not lo <= ev.trigger_span[0] < hi:
                continue
            own = [p for p in ev.perpetrators if _same_side(source, p)]
            for perp in own[:1] or ev.perpetrators:  # its own act: the others named are its targets
                span = ev.actor_spans.get(perp)
                if perp == "civilians" or span is None or not lo <= span[0] < hi:
                    continue
                if not own and _governed(art, art.token_at(span[0])):
                    continue
                if kind == "according" and art.token_at(span[0]) - sent.first > _SUBJECT_REACH:
                    continue  # "قتل 12 شخصا في غارات نفذها الجيش، بحسب المرصد": a plain casualty report
                out.append((source, "asserts" if own else "accuses", ev.type, [perp], verb, spk[1]))
    return out


def find_claims(art: Article, lexicon: Lexicon, events: list[Event], country: str | None) -> list[Claim]:
    """Accusations, denials and claims of responsibility, tied to the events they are about."""
    out: dict[tuple[str, str, str], Claim] = {}
    main_types = _main_types(events)
    last: tuple[Sentence, Speaker] | None = None  # the last speaker named and its sentence
    for sent in art.sentences:
        reporting = art.in_sentence("reporting", sent)
        if not reporting:
            continue
        carried = last[1] if last and last[0].index == sent.index - 1 and _same_paragraph(last[0], sent) else None
        actors = art.in_sentence("actors", sent)
        sent_events = _sentence_events(sent, events)
        trig_types = _trigger_types(art, sent, lexicon, actors)
        has_claim_verb = any(v.values[0] in {"accuse", "claim"} for v in reporting)
        for verb in reporting:
            kind = verb.values[0]
            executed = False
            if kind == "say" and not has_claim_verb and _declares_responsibility(art, sent, verb):
                kind, has_claim_verb = "claim", True
            elif kind == "say" and not has_claim_verb and _declares_execution(art, sent, verb):
                kind, executed = "claim", True
            if kind not in _STANCE or _negated(art, sent, verb):
                continue
            if kind == "accuse" and not _accusation_frame(art, sent, verb):
                continue
            if kind == "mutual" and not _mutual_accusation(art, sent, verb):
                continue  # "تبادل الطرفان إطلاق النار": an exchange of fire, not of accusations
            if verb.last < sent.last and art.tokens[verb.last].text.startswith("ايا"):
                continue  # "متهمة إياهم": the accused is a pronoun for someone named before
            mains = main_types
            if kind == "claim":  # one claims an attack, not a clash: "تبنى التنظيم الهجوم"
                mains = [t for t in main_types if t not in _words("two_sided")] or main_types
            topics = _statement_topics(art, sent, verb, "accuse" if kind == "mutual" else kind, trig_types,
                                       sent_events, mains)
            if not topics:
                continue
            where = _state_country(lexicon, actors) or _event_country(topics[0], sent_events, events, country)
            spk = _speaker_of(art, sent, verb, reporting, actors, lexicon, where, carried)
            if spk is None:
                continue
            joined = _coordinated(art, sent, spk, actors)
            if kind == "mutual":
                joined = joined or _second_side(art, sent, spk)
                if not joined:
                    continue
                sides = [spk[0]] + [j[0] for j in joined]
            for source, source_span, after in [(spk[0], spk[1], joined[0][2] if joined else spk[2]), *joined]:
                if source_span:  # "منظمة التحرير": an event word inside the speaker's name is no topic
                    inside = [p for p in trig_types if not source_span[0] <= art.starts[p[0]] < source_span[1]]
                    if len(inside) < len(trig_types):
                        topics = _statement_topics(art, sent, verb, kind, inside, sent_events, mains)
                        if not topics:
                            continue
                if kind == "claim" and not _claims_an_event(art, sent, verb, after):
                    continue
                source = _resolved(art, lexicon, _as_government(art, lexicon, source, source_span), source_span)
                if source in _words("mute") or executed and not _armed_group(lexicon, source):
                    continue
                if kind == "deny" and source_span and norm(art.text[source_span[0]:source_span[1]]).lstrip(
                        "وف") in _words("national_forces"):  # "لكن الجيش نفى": the army accused of the act
                    source = next((p for e in events if e.type == topics[0] for p in e.perpetrators
                                   if p.endswith("_forces")), source)
                named = [a.values[0] for a in actors if a.first >= after and a.values[0] not in (source, "civilians")]
                sent_perps = [p for e in sent_events for p in e.perpetrators if p != source]
                if kind == "claim":
                    owned = [e.type for e in events if source in e.perpetrators]
                    start = max(verb.last, after)
                    claimed = [] if start >= sent.last or _punct_before(art, start) else \
                        _claimed_types(art, sent, start, trig_types, [t for t in topics if t in owned] + topics)
                    chosen = (claimed[:3]
                              or [t for t in topics if t in owned][:2] or topics[:1])
                    for ev in sent_events or [e for e in events if e.type == chosen[0]][:1]:
                        if ev.type in chosen and not ev.perpetrators:
                            ev.perpetrators.append(source)
                    claims = [("asserts", t, [source]) for t in chosen]
                elif kind == "mutual":  # each side accuses the other
                    claims = [("accuses", topics[0], [s for s in sides if s != source][:2])]
                elif kind in ("accuse", "condemn"):
                    if kind == "condemn":  # the condemned act's doer is named in the object, not clauses on
                        named = [a.values[0] for a in actors if after <= a.first < after + _CONDEMN_REACH
                                 and a.values[0] not in (source, "civilians")]
                    about = list(dict.fromkeys(named[:2] or ([] if kind == "condemn" else sent_perps[:2])))
                    if not about and kind == "accuse":
                        about = _object_phrase(art, sent, after)
                    claims = [("accuses", topics[0], about)] if about else []
                else:
                    claims = [("denies", topics[0], list(dict.fromkeys(sent_perps[:2] or named[:1])))]
                for stance, topic, about in claims:
                    key = (source, stance, topic)
                    if key in out:
                        continue
                    out[key] = Claim(source=source, stance=stance, topic=topic, about=about,
                                     verb=art.surface(verb.first, verb.last),
                                     confidence=0.45 if source.startswith("other:") else 0.6,
                                     evidence=art.text[sent.start:sent.end],
                                     evidence_spans=[(sent.start, sent.end)],
                                     source_span=source_span, verb_span=art.span(verb.first, verb.last))
        for source, stance, topic, about, verb, source_span in _statement_claims(
                art, sent, reporting, actors, events, lexicon, country, trig_types, main_types, carried):
            key = (source, stance, topic)
            if key in out:
                continue
            out[key] = Claim(source=source, stance=stance, topic=topic, about=about,
                             verb=art.surface(verb.first, verb.last),
                             confidence=0.4, evidence=art.text[sent.start:sent.end],
                             evidence_spans=[(sent.start, sent.end)],
                             source_span=source_span, verb_span=art.span(verb.first, verb.last))
        named = _last_speaker(art, sent, reporting, lexicon, country, carried)
        if named is not None:  # only a known actor is carried on: a bare title or name may be misread
            last = (sent, named) if named[0] in lexicon.actor_info else None
    return list(out.values())


def _same_paragraph(a: Sentence, b: Sentence) -> bool:
    return a.paragraph == b.paragraph


def _last_speaker(art: Article, sent: Sentence, reporting: list[Match[str]], lexicon: Lexicon,
                  country: str | None, carried: Speaker | None) -> Speaker | None:
    """The last named speaker of a sentence (or the one it carried on), for a next sentence
    that opens with a verb and no subject ("وأضاف أن ...")."""
    actors = art.in_sentence("actors", sent)
    found = None
    for verb in reporting:
        if verb.values[0] in _SAY | {"accuse", "deny", "claim", "condemn"}:
            spk = _subject(art, sent, verb, actors, lexicon, country, carried)
            if spk is not None:
                found = spk
    return found
