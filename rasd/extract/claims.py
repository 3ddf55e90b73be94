"""Attributed claims: who accuses, denies or claims responsibility for what, about whom.

Plain reporting ("قال المرصد") names a source of the events in its sentence (``speakers``
finds who speaks). A claim is
kept where attribution matters: an accusation (اتهم، حمّل المسؤولية، نسب إلى، أدان), a
denial (نفى، كذّب) or a claim of responsibility (تبنّى، أعلن مسؤوليته). Only a verb whose
speaker is found next to it makes a claim: precision matters as much as recall.
"""

from __future__ import annotations

import functools

from rasd.extract.article import Article, Sentence
from rasd.extract.events import WEAK, cue_kinds, fall_taker, rebels_only, resolve_type
from rasd.extract.records import Claim, Event
from rasd.extract.speakers import (
    MAX_SPEAKER,
    SAY,
    Speaker,
    as_government,
    clean,
    coordinated_speakers,
    country_doer,
    gap_before,
    gap_has,
    has,
    has_any_in,
    has_in,
    np_end,
    participle,
    punct_before,
    resolved,
    speaker_after,
    speaker_of,
    subject,
    words,
)
from rasd.lexicon import Lexicon, Match, norm_phrase
from rasd.lexicon.wordsets import word_set
from rasd.text import norm

_LEAD = 2  # sentences' weight the lead adds to its event's type: a wire report tells its main event first
_CLAIM_REACH = 8  # tokens between "تبنى" and the event word it claims
_CONDEMN_REACH = 10  # tokens after "أدان" and its speaker where the condemned act's doer is named
_MANY_REACH = 3  # "تبنى التنظيم غالبية هذه الهجمات": a quantifier opens the claimed object
_SUBJECT_REACH = 3  # "وخطفت جبهة النصرة ...، بحسب المرصد": the perpetrator opens the sentence
_RELATIVE_REACH = 8  # tokens of a relative clause between a speaker and the accused
_ANTECEDENT_REACH = 4  # "التفجير الانتحاري أمس الأول الذي تبناه": the claimed noun before the relative
_STATEMENT_REACH = 6  # tokens between a speaker and the "إن" that opens what it says
_SAYING = frozenset(":\"«“")  # a colon or an opening quote: a statement follows
_OPEN_ASIDE, _CLOSE_ASIDE = frozenset("("), frozenset(")")  # brackets around an aside the reach skips
_SPEAKING = SAY | {"accuse", "deny", "claim", "condemn"}  # verbs whose subject is carried on
_STANCE = {"accuse": "accuses", "condemn": "accuses", "deny": "denies", "claim": "asserts", "mutual": "accuses"}


def _mutual_accusation(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """"تبادلت كييف وموسكو الاتهامات": an accusation word within a few words of "تبادل"."""
    return any("اتهام" in art.tokens[k].text for k in range(verb.last, min(sent.last, verb.last + MAX_SPEAKER + 2)))


def _second_side(art: Article, sent: Sentence, spk: Speaker) -> list[Speaker]:
    """The side after "و" in "تبادلت أوكرانيا وانفصاليون موالون لروسيا الاتهامات" where it is no
    known actor: the words up to the accusation, named as written."""
    i = spk[2]
    if i >= sent.last or not art.tokens[i].text.startswith("و") or punct_before(art, i):
        return []
    for k in range(i + 1, min(sent.last, i + 5)):
        if punct_before(art, k):
            return []
        if "اتهام" in art.tokens[k].text:
            s, e = art.span(i, k)
            return [("other:" + clean(art.text[s:e]).removeprefix("و"), (s, e), k)]
    return []


def _accusation_frame(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """"حمّل" accuses only with "المسؤولية" in its sentence, "نسب" only with "إلى" after it;
    otherwise the same letters are "حملة" (a campaign) or "نسبة" (a share)."""
    head = norm_phrase(verb.phrase).split()[0]
    if head.lstrip("يتم").startswith("حمل") and "مسؤولي" not in " ".join(art.words[sent.first:sent.last]):
        return False
    if head.startswith("نسب"):
        return any(art.tokens[i].text in ("الي", "لـ") for i in range(verb.last, min(sent.last, verb.last + 8)))
    return True


def _negated(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """"لم تتبن أي جهة", "لم يعلنوا المسؤولية": a negated verb claims nothing."""
    return not words("negation").isdisjoint(art.words[max(sent.first, verb.first - 2):verb.first])


def _declares_responsibility(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """"أعلن (التنظيم) مسؤوليته عن": a declaring verb with "responsibility" a few words on."""
    if not has(art, verb.first, "declare"):
        return False
    if has_in(art, verb.last, min(sent.last, verb.last + _CLAIM_REACH), "responsibility"):
        return True
    # "أعلنت الحركة المنضوية في ...، في بيان مسؤوليتها": a possessive ties it to the subject further on
    return has_in(art, verb.last, min(sent.last, verb.last + 2 * _CLAIM_REACH), "own_responsibility")


def _declares_execution(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """"أعلنت الجبهة تنفيذ أحد أعضائها الهجوم": a declaring verb with "carrying out" a few
    words on; a claim only where the speaker is an armed group (checked by the caller)."""
    return has(art, verb.first, "declare") and has_in(art, verb.last, min(sent.last, verb.last + 2 * _CLAIM_REACH),
                                                      "execution")


def _bystander(lexicon: Lexicon, actor: str) -> bool:
    """The UN, a monitor, an aid body or civilians: no one an attack is charged to, so blaming
    them ("حمّلوا الأمم المتحدة مسؤولية ...") is politics rather than a claim about an event."""
    info = lexicon.actor_info.get(actor)
    return actor == "un" or info is not None and info.inter == 7


def _armed_group(lexicon: Lexicon, source: str) -> bool:
    info = lexicon.actor_info.get(source)
    return info is not None and info.inter in (2, 3) and source not in words("mute")


def _main_types(events: list[Event]) -> list[str]:
    """Event types by how much of the article reports them (sentences, the lead counting more),
    earliest first on a tie: the article's main event, which "الهجوم" stands for, comes first."""
    weight: dict[str, int] = {}
    for e in events:
        weight[e.type] = weight.get(e.type, 0) + len(e.evidence_spans)
    told = [e for e in events if e.evidence_spans]
    if told:  # the lead: a wire report tells its main event first
        lead = min(told, key=lambda e: min(s for s, _ in e.evidence_spans))
        weight[lead.type] += _LEAD
    # "الهجوم" and the like name an attack: a change of hands, an arrest or a deal comes last
    return sorted(weight, key=lambda t: (not _attack_type(t), -weight[t]))


def _attack_type(t: str) -> bool:
    """A type "الهجوم" and the like can stand for: not a change of hands, an arrest or a deal,
    nor weapons seized or a bomb defused (an attack foiled is no attack one claims)."""
    return t not in words("two_sided") and t != "disrupted_weapons_use" or t == "armed_clash"


def _sentence_events(sent: Sentence, events: list[Event]) -> list[Event]:
    return [e for e in events if any(s[0] <= sent.start < s[1] or sent.start <= s[0] < sent.end
                                     for s in e.evidence_spans)]


class _SentenceFacts:
    """The typed event words and the events of a sentence, worked out on first use: most
    sentences with a reporting verb make no claim and never need them."""

    def __init__(self, art: Article, sent: Sentence, lexicon: Lexicon, actors: list[Match[str]],
                 events: list[Event], placed: list[Event]) -> None:
        self._args = art, sent, lexicon, actors, placed
        self._sent, self._events = sent, events
        self.lexicon = lexicon
        # worked out on first use, by hand: the compiled build runs a cached_property at every use
        self._trig_types: list[tuple[int, str]] | None = None
        self._sent_events: list[Event] | None = None

    @property
    def trig_types(self) -> list[tuple[int, str]]:
        if self._trig_types is None:
            self._trig_types = _trigger_types(*self._args)
        return self._trig_types

    @property
    def events(self) -> list[Event]:
        if self._sent_events is None:
            self._sent_events = _sentence_events(self._sent, self._events)
        return self._sent_events

    @property
    def events_all(self) -> list[Event]:
        """Every event of the article, not only the sentence's."""
        return self._events


def _trigger_types(art: Article, sent: Sentence, lexicon: Lexicon, actors: list[Match[str]],
                   reported: list[Event]) -> list[tuple[int, str]]:
    """(token, event type) of each event word of a sentence, typed as the event finder types
    it, whether or not an event was kept there (a denied or claimed one often is not). A bare
    "قصف" with nothing in its sentence saying air or ground is the kind of bombing the article
    reports most in its other sentences (``reported``: the events with a place): "اتهمت ...
    بأنها قصفت ناقلات" after reports of air raids is about the raids. A plain "هجوم" gathered
    into one attack told in other sentences is that attack, of its type."""
    told: dict[str, int] = {}  # sentences outside this one that report each type
    doers: list[str] = []  # the doers of the events told in this sentence
    gathered: list[str] = []  # types of events told elsewhere that this sentence tells again
    own = {e.trigger_span[0] for e in reported if e.trigger_span}  # act words an event was kept at
    for e in reported:
        if e.trigger_span and sent.start <= e.trigger_span[0] < sent.end:
            doers.extend(e.perpetrators)
            continue  # the bare word's own event, typed by the very reading in question
        if _attack_type(e.type) and any(s <= sent.start < t for s, t in e.evidence_spans):
            gathered.append(e.type)
        told[e.type] = told.get(e.type, 0) + sum(not sent.start <= s < sent.end for s, _ in e.evidence_spans)
    air, ground = told.get("air_drone_strike", 0), told.get("shelling_artillery_missile_attack", 0)
    if air == ground:  # "قصف تركيا لقرية" amid "الضربات الجوية": the article's words for its bombing
        air, ground = _cue_count(art, "air"), _cue_count(art, "ground")
    # rebels have no aircraft: "قصف المتمردين لمناطق سكنية" is shelling whatever else is told
    bare = air > ground and not {"air", "ground"} & cue_kinds(art, sent.first, sent.last).keys() \
        and not rebels_only(lexicon, doers)
    trigs = art.in_sentence("triggers", sent)
    strong = {m.values[0] for m in trigs if m.values[0] not in WEAK}
    perps = [a.values[0] for a in actors if a.values[0] in lexicon.actor_info
             and not (a.first > 0 and has(art, a.first - 1, "allegiance"))]  # "مؤيدون لروسيا": a backer
    out = []
    for m in trigs:
        if m.last - m.first == 1 and art.tokens[m.first].text.lstrip("وفب") in words("anaphor"):
            out.append((m.first, ""))  # "الهجوم": the event the article is about
            continue
        if m.values[0] == "ATTACK" and len(set(gathered)) == 1 and art.starts[m.first] not in own:
            # "قتل سبعة جنود في هجوم شنه مسلحو التنظيم" then "هجوم بسيارة مفخخة": the plain
            # word, kept as no event of its own, is the one the next sentences detail, as typed there
            out.append((m.first, gathered[0]))
            continue
        taker = fall_taker(art, sent, m, actors)  # not the speaker: "اتهمت الحكومة ... بسقوط X بيد"
        t = resolve_type(art, sent, m, m.values[0], [taker.values[0]] if taker else perps, lexicon, strong, set())
        if t == "shelling_artillery_missile_attack" and m.values[0] == "BOMBARD" and bare:
            t = "air_drone_strike"
        if t:
            out.append((m.first, t))
    return out


def _cue_count(art: Article, kind: str) -> int:
    """How many words of the article say air (aircraft, raids) or ground (artillery, tanks);
    counted once per article."""
    key = ("cue_count", kind)
    if key not in art.memo:
        art.memo[key] = sum(kind in m.values for m in art.matches["cues"])
    return art.memo[key]  # type: ignore[return-value]


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
    """Whom "اتهم" / "حمّل" accuses when no known actor is named: the phrase after the speaker,
    or after the speaker's relative clause ("اتهمت المؤسسة التي يوجد مقرها في طرابلس الحكومة")."""
    if i < sent.last and art.tokens[i].text in ("التي", "الذي", "الذين"):
        i = _after_relative(art, sent, i)
    j = np_end(art, sent, i)
    if j == i or j > i + 4 or art.tokens[i].text.startswith("ب") or art.tokens[i].text in words("stop"):
        return []
    # "اتهمت السلطات التنظيمين بالوقوف وراءها": the charge, after "ب", is no part of the accused
    j = next((k for k in range(i + 1, j) if art.tokens[k].text.startswith("ب") and len(art.tokens[k].text) > 3
              and art.tokens[k].text[1:] in art.tokens[k].stems), j)  # not "المعترف بها"
    return ["other:" + clean(art.surface(i, j))]


def _after_relative(art: Article, sent: Sentence, i: int) -> int:
    """The first definite noun after a relative clause's verb and its complements, not governed
    by a preposition: where the next noun phrase starts (else ``sent.last``)."""
    for k in range(i + 2, min(sent.last, i + _RELATIVE_REACH)):
        if punct_before(art, k):
            break
        prev = art.tokens[k - 1].text
        if art.tokens[k].text.startswith("ال") and prev not in words("preposition") \
                and prev not in words("target_prep"):
            return k
    return sent.last


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
             if has(art, k, "responsibility") or has(art, k, "own_responsibility")]
    return any(max(verb.last, after) <= m.first <= max(verb.last, after) + _CLAIM_REACH
               or verb.first - _CLAIM_REACH <= m.first < verb.first
               or any(k <= m.first <= k + 2 for k in owned)  # "... مسؤوليتها عن التفجير"
               for m in art.in_sentence("triggers", sent))


def _claimed_types(art: Article, sent: Sentence, start: int, trig_types: list[tuple[int, str]],
                   anaphor_types: list[str], events: list[Event]) -> list[str]:
    """Event types named in what a claim of responsibility covers, from token ``start`` to the
    end of its clause ("مسؤوليتهم عن الهجوم على الأكاديمية والقتال عند القاعدة": both): "الهجوم"
    is the claimant's own or the article's main event; a bare killing ("تبنى الحزب قتل
    شرطيين") is a clash with security forces, else an attack."""
    end = art.clause_of(start, sent)[1] if start < sent.last else start
    for k in range(start + 1, end):
        if has(art, k, "clause_break"):
            end = k
            break
    typed = dict(trig_types)
    found: list[str] = []
    for k in range(start, end):
        if k in typed:
            found.extend([typed[k]] if typed[k] else _aimed_types(art, sent, k, end, events) or anaphor_types[:1])
        elif not found and k < start + 3 and has(art, k, "killing"):
            found.append(_killing_type(art, k, end))
    return list(dict.fromkeys(t for t in found if t))


def _aimed_types(art: Article, sent: Sentence, k: int, end: int, events: list[Event]) -> list[str]:
    """"مسؤوليتها عن الهجوم على القاعدة": a word for an event already told, aimed at a place or
    target named by a common noun, is the event the article told at that noun: the types of the
    events whose sentences elsewhere name it (none where the words after it name no such noun)."""
    if k + 2 >= end or art.tokens[k + 1].text not in words("target_prep"):
        return []
    noun = k + 2
    if noun + 1 < end and has(art, noun, "place_word"):  # "على مدينة الرمادي": the name after it
        noun += 1
    keys = {key for key in art.tokens[noun].keys if len(key) > 2} - words("stop")
    if not keys:
        return []
    at = art.starts[noun]  # an event placed at the noun itself ("الهجمات في محافظة ذمار")
    found = [e.type for e in events if e.location.span is not None and e.location.span[0] <= at < e.location.span[1]]
    for other in art.sentences:
        if other.index == sent.index or not any(keys.intersection(art.tokens[i].keys)
                                                for i in range(other.first, other.last)):
            continue
        # told there (its act word), not a sentence an event merely gathered, nor one naming the
        # city it was placed at: a city's other attacks that day share that name
        found.extend(e.type for e in events
                     if e.trigger_span is not None and other.start <= e.trigger_span[0] < other.end)
    return [t for t in dict.fromkeys(found) if _attack_type(t)][:2]


def _antecedent_types(art: Article, sent: Sentence, verb: Match[str],
                      trig_types: list[tuple[int, str]]) -> list[str] | None:
    """"الهجوم الذي تبناه التنظيم": a claim verb in a relative clause, its object a pronoun,
    claims the noun before the relative pronoun, not what its sentence goes on to tell (None
    where the verb is no such relative)."""
    rel = verb.first - 1
    if rel <= sent.first or art.tokens[rel].text not in words("relative") \
            or not art.tokens[verb.last - 1].text.endswith(("ه", "ها", "هم", "هما")):
        return None
    typed = dict(trig_types)
    for k in range(rel - 1, max(sent.first, rel - _ANTECEDENT_REACH) - 1, -1):
        if k in typed:  # "التفجير الذي تبناه": a word for the event already told is read as before
            return [typed[k]] if typed[k] else None
    return None


def _killing_type(art: Article, k: int, end: int) -> str:
    """A killing named with no event word: of soldiers or police a clash, else an attack."""
    security = any(has(art, m, "security_victim") for m in range(k + 1, min(end, k + 4)))
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
        if has(art, k, "killing"):
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
    counted, aside = 0, False
    openers = words("pronoun_opener")
    for k in range(i, sent.last):
        gap = gap_before(art, k)  # read once: the saying marks and the brackets are all in it
        if not _SAYING.isdisjoint(gap):
            return True
        text = art.tokens[k].text
        if text in openers or text in ("ان", "بان"):
            return True
        # "قالت الحركة (التي تقاتل الحكومة منذ سنوات) إن": an aside in brackets is skipped
        aside = (aside or not _OPEN_ASIDE.isdisjoint(gap)) and _CLOSE_ASIDE.isdisjoint(gap)
        if not aside and not counted and text.startswith("ال") and _apposition_opens(art, sent, k, openers):
            return True
        counted += not aside
        if counted >= _STATEMENT_REACH:
            return False
    return False


def _apposition_opens(art: Article, sent: Sentence, k: int, openers: frozenset[str]) -> bool:
    """A definite noun phrase right after the speaker, in apposition to it, with "أن/إن" right
    after ("أعلنت وحدات ... الجناح العسكري لمنظومة المجتمع الحر الديمقراطي أن"): it describes
    the speaker, and what follows is what it says, however long the description."""
    j = np_end(art, sent, k)
    return k < j < sent.last and not punct_before(art, j) and (
        art.tokens[j].text in openers or art.tokens[j].text in ("ان", "بان"))


def _announced_act(art: Article, sent: Sentence, verb: Match[str], i: int) -> bool:
    """"أعلنت الوزارة أمس عن مقتل القائد في غارة": an announcing verb whose object, right after
    its speaker (past time words and "عن"), is a killing or an event word states that act as
    surely as "أن" would open it."""
    if not has(art, verb.first, "announce"):
        return False
    k = i
    # "أعلنت وزارة الدفاع الأمريكية، البنتاغون، أمس عن مقتل": the speaker's other name in apposition
    other = next(iter(art.between("actors", k, k + 1)), None)
    if other is not None and other.last < sent.last and punct_before(art, k) and punct_before(art, other.last):
        k = other.last
    while k < min(i + 3, sent.last) and (art.words[k] == "عن" or has(art, k, "filler")):
        k += 1
    if k >= sent.last:
        return False
    return has(art, k, "killing") or any(m.first == k for m in art.in_sentence("triggers", sent))


def _anonymous(art: Article, span: tuple[int, int] | None) -> bool:
    """"مصادر محلية"، "مصدر أمني"، "البيان"، "الوكالة": a speaker with no name, whose words are
    plain reporting rather than a position that matters."""
    if span is None:
        return True
    first = art.token_at(span[0])
    return has(art, first, "anonymous")


def _state_doer(art: Article, sent: Sentence, after: int, lexicon: Lexicon) -> list[str]:
    """The state named right after an act word in what is condemned or charged ("ندد ... بقصف
    إيران لمواقع حدودية"): its forces, the doer."""
    for m in art.between("triggers", after, min(sent.last - 1, after + _CONDEMN_REACH)):
        doer = country_doer(art, sent, m.last, lexicon) \
            if m.last < sent.last and not punct_before(art, m.last) else None
        if doer:
            return [doer]
    return []


def _negated_acts(art: Article, first: int, last: int, facts: _SentenceFacts) -> list[str]:
    """Event types a statement (tokens [first, last)) says did not happen: an event word right
    after "لم/لا/لن"; one of no type itself ("لا تستهدف") is the typed act named after it in
    the sentence ("... ردا على أنباء عن قصف مخيم"). The words are typed only
    where one is negated: most statements negate none."""
    negated = [m.first for m in art.between("triggers", first + 1, last)
               if art.tokens[m.first - 1].text in words("negation")]
    if not negated:
        return []
    trig_types = facts.trig_types
    typed = dict(trig_types)
    out = []
    for i in negated:
        t = typed.get(i) or next((t for k, t in trig_types if k > i and t), "")
        if t:
            out.append(t)
    return out


_RULED_OUT_REACH = 6  # tokens from "استبعد" (or "بسبب عطل") to the thing it speaks of


def _ruled_out_acts(art: Article, first: int, last: int) -> list[str]:
    """Event types a statement (tokens [first, last)) denies by giving another cause ("إن
    المروحية سقطت بسبب عطل تقني") or by ruling the act out ("مستبعدا فرضية أن تكون المروحية هدفا
    لهجوم"): the act the article tells elsewhere of the thing named (its typed event word with
    that noun: "أسقطت المروحية"); none where the article types no act on it."""
    out: list[str] = []
    for k in range(first + 1, last - 1):
        noun = None
        if has(art, k, "cause") and has(art, k + 1, "fault"):  # the subject told before the cause
            noun = next((m for m in range(max(first + 1, k - _RULED_OUT_REACH), k)
                         if art.tokens[m].text.startswith("ال") and not has(art, m, "stop")), None)
        elif has(art, k, "rule_out"):  # "أن تكون X هدفا": X, the word after "أن" and its verb
            hi = min(last, k + _RULED_OUT_REACH)
            that = next((m for m in range(k + 1, hi) if art.tokens[m].text in ("ان", "بان")), None)
            noun = next((m for m in range(that + 1, min(hi + 2, last)) if art.tokens[m].text.startswith("ال")),
                        None) if that is not None else None
            if noun is not None and not has_in(art, noun + 1, min(last, noun + 3), "aimed"):
                noun = None
        if noun is not None:
            out.extend(t for t in _acts_on(art, noun, first, last) if t not in out)
    return out


def _acts_on(art: Article, noun: int, first: int, last: int) -> list[str]:
    """Types of the article's typed event words outside tokens [first, last) that name the
    noun at token ``noun`` ("أسقطت المروحية" for "المروحية")."""
    keys = {key for key in art.tokens[noun].keys if len(key) > 3} - words("stop")
    return [m.values[0] for m in art.matches["triggers"]
            if not first <= m.first < last and m.values[0][:1].islower()
            and any(not keys.isdisjoint(art.tokens[j].keys) for j in range(m.first, m.last))]


def _called_false(art: Article, first: int, last: int) -> bool:
    """A statement calling a report false denies it: "إن الأنباء عن مقتل ... غير صحيحة"، "عارية
    عن الصحة"، "لا أساس لها من الصحة"، "أنباء كاذبة"."""
    for k in range(first + 1, last):
        text = art.tokens[k].text
        if text in words("falsity") or text in ("غير", "ليس", "ليست") and k + 1 < last \
                and art.tokens[k + 1].text.startswith("صحيح"):
            return True
        if text == "الصحه" and (art.tokens[k - 1].text == "عن" or art.tokens[k - 1].text == "من" and any(
                art.tokens[m].text.startswith("اساس") for m in range(max(first, k - 4), k - 1))):
            return True
    return False


def _one_side(art: Article, i: int) -> bool:
    """"معارك بين الجيش ... والمسلحين": an actor after "بين" is one side of a fight
    the statement reports, not a doer it accuses; nor are those joined to it."""
    return any(art.tokens[k].text in ("بين", "وبين") for k in range(max(0, i - 2), i))


def _in_relative(art: Article, i: int, first: int) -> bool:
    """An actor right after a relative pronoun and its verb ("الغارات التي نفذتها مقاتلات
    تركية"): the doer is told in passing about a noun of the statement, not what it says;
    a claimant ("الذي تبناه التنظيم") is told as the one the statement holds to account."""
    return any(art.tokens[k].text in words("relative") and not art.tokens[k + 1].text.startswith("تبن")
               for k in range(max(first, i - 3), i))


def _official(art: Article, span: tuple[int, int] | None) -> bool:
    """"مسؤول تركي"، "مصدر عسكري": an unnamed speaker who speaks for an authority."""
    return span is not None and has(art, art.token_at(span[0]), "official")


def _governed(art: Article, i: int) -> bool:
    """An actor named as the target or a member's group, not the doer: after a preposition
    ("قيادي في تنظيم القاعدة"، "غارات على داعش") or with one attached ("أهداف لحزب العمال"،
    "قيادي بتنظيم القاعدة")."""
    text = art.tokens[i].text.lstrip("و")
    if i > 0 and has(art, i - 1, "allegiance"):  # "القوات الموالية للحوثيين": the doer's side
        return False
    if i > 0 and art.tokens[i - 1].text in words("target_prep"):
        return True
    if text.startswith("لل"):
        return "ال" + text[2:] in art.tokens[i].stems
    return text[:1] in ("ل", "ب") and text[1:] in art.tokens[i].stems


def _doer_named(art: Article, a: Match[str], hi: int) -> bool:
    """An actor a statement names as the doer by the words next to it: "قام به داعش"، "نفذه
    التنظيم" before it, "يقف وراء" after it."""
    before = a.first > 0 and art.tokens[a.first - 1].text in words("doer_before")
    after = a.last < hi and art.tokens[a.last].text in words("doer_after") and (
        art.tokens[a.last].text in ("وراء", "خلف")
        or a.last + 1 < hi and art.tokens[a.last + 1].text in ("وراء", "خلف"))
    return before or after or _commits(art, a, hi)


def _commits(art: Article, a: Match[str], hi: int) -> bool:
    """"إن الحوثيين يرتكبون جرائم بحق المدنيين": an actor the statement says commits (crimes,
    massacres) right after its name is the one it accuses."""
    return a.last < hi and has(art, a.last, "commits")


def _statement_claims(art: Article, sent: Sentence, reporting: list[Match[str]], actors: list[Match[str]],
                      events: list[Event], lexicon: Lexicon, country: str | None,
                      facts: _SentenceFacts, main_types: list[str], carried: Speaker | None = None
                      ) -> list[tuple[str, str, str, list[str], Match[str], tuple[int, int] | None]]:
    """A named perpetrator of an event inside an attributed statement ("قال الجيش إن مسلحي
    الحزب هاجموا"، "خطفت الجبهة ... بحسب المرصد"): the speaker accuses it, or asserts its own
    act. Kept narrow: a named speaker, a statement clause, and a one-sided act (not a clash)."""
    out: list[tuple[str, str, str, list[str], Match[str], tuple[int, int] | None]] = []
    told: list[Event] | None = None  # the sentence's events that may be told in a statement
    negated: list[int] = []  # its event words after a negation
    for verb in reporting:
        announced = False  # "أعلنت الوزارة مقتل ...": an act made known, with no "أن" to open it
        kind = verb.values[0]
        if kind not in SAY or _negated(art, sent, verb):
            continue
        if told is None:
            told = _told_events(sent, events)
            negation = words("negation")
            negated = [m.first for m in art.in_sentence("triggers", sent) if art.words[m.first - 1] in negation]
        if not _may_tell(art, sent, verb, actors, told, negated):
            continue  # nothing a statement of this verb could say: its speaker need not be read
        if kind == "according":
            spk = speaker_after(art, sent, verb, actors, lexicon, country)
            if spk is None:
                continue
            lo, hi = sent.start, art.starts[verb.first]
        else:
            # "رجح مسؤولون أن": who holds it likely follows the verb; "المجموعة يرجح أن تكون" is
            # impersonal ("it is likely that the group ..."), its noun no speaker
            spk = speaker_after(art, sent, verb, actors, lexicon, country) if kind == "opine" \
                else subject(art, sent, verb, actors, lexicon, country, carried)
            if spk is None or spk[2] >= sent.last:
                continue
            if not _opens_statement(art, sent, spk[2]):
                if not _announced_act(art, sent, verb, spk[2]):
                    continue
                announced = True
            lo, hi = art.starts[spk[2]], sent.end
        # where the next statement starts ("وقال X: ...، وقالت Y: ..."): what this one says ends
        # (not a relative clause inside it: "إن الأنباء التي نشرتها الصحف ... كاذبة")
        # (nor the medium: "أعلنت الحركة في بيان أن ..."، nor its clause: "في بيان نشره على موقعه")
        told_end = min([v.first for v in reporting if v.first >= spk[2] and v.values[0] in SAY
                        and art.tokens[v.first - 1].text not in words("relative")
                        and art.tokens[v.first - 1].text not in words("preposition")
                        and art.tokens[v.first - 1].text not in words("medium")] + [sent.last])
        # "أعلن المقاتلون الأكراد والمرصد السوري أن ...": each speaker joined by "و" says it
        # (after "بحسب" only a known actor joins: "بحسب المرصد والفرقة نفسها", not "بحسب المرصد وناشطين")
        joined = coordinated_speakers(art, sent, spk, actors)
        if kind == "according":
            joined = [j for j in joined if j[0] in lexicon.actor_info]
        speakers = [spk] + joined
        for who, who_span, _ in speakers:
            source = resolved(art, lexicon, as_government(art, lexicon, who, who_span), who_span)
            if source in words("mute"):
                break
            # "مصدر طبي": an unnamed speaker's report of an event is plain reporting, but naming
            # the doer in so many words ("هجوم نفذه التنظيم") still accuses; no one joins it
            unnamed = _anonymous(art, who_span) and kind != "opine"
            if unnamed and (kind != "say" or not _official(art, who_span)):
                break  # "بحسب وكالة"، "قال شهود": a conduit or a bystander, not a party
            # an announced act is the speaker's own (a state telling its strike): another's
            # act it makes known is news of the fight, which wire copy rarely puts as a charge
            out.extend((source, stance, topic, about, verb, who_span) for stance, topic, about in
                       _statement_acts(art, sent, source, kind, (lo, hi), told_end, actors, events, facts,
                                       main_types, doers_only=unnamed)
                       if not announced or stance == "asserts")
            if kind != "according" and not unnamed:
                out.extend((source, "asserts", topic, [source], verb, who_span) for topic in _own_fighters_acts(
                    art, sent, art.token_at(lo), told_end, source, who_span, facts))
                out.extend((source, "asserts", topic, [source], verb, who_span) for topic in _response_acts(
                    art, art.token_at(lo), told_end, source, who_span, facts, main_types))
                out.extend((source, "asserts", topic, [source], verb, who_span) for topic in _we_acts(
                    art, sent, art.token_at(lo), told_end, source, who_span, facts, main_types))
            if unnamed:
                break
    return out


def _told_events(sent: Sentence, events: list[Event]) -> list[Event]:
    """Events ``_statement_acts`` may read in a sentence: one-sided, told there, with a doer
    named there."""
    return [ev for ev in events if ev.type not in words("two_sided") and _told_with_doer(ev, sent.start, sent.end)]


def _told_with_doer(ev: Event, lo: int, hi: int) -> bool:
    """The event's trigger and a named doer (not civilians or unnamed gunmen) lie in [lo, hi)."""
    if ev.trigger_span is None or not lo <= ev.trigger_span[0] < hi:
        return False
    return any(p not in ("civilians", "unknown_gunmen") and (span := ev.actor_spans.get(p)) is not None
               and lo <= span[0] < hi for p in ev.perpetrators)


def _may_tell(art: Article, sent: Sentence, verb: Match[str], actors: list[Match[str]], told: list[Event],
              negated: list[int]) -> bool:
    """Whether ``_statement_acts`` could find anything in a statement of ``verb``, whoever
    speaks: a doer named by the words next to it, a word calling a report false or a negated
    event word (``negated``: the sentence's, ascending; after "قال" only), or an event of
    ``told`` (``_told_events``) with its trigger and a doer inside. A statement lies before
    "بحسب" and after any other verb's speaker, so after the verb itself: most verbs' sentences
    hold none of these there, and who speaks (the costly part) need not be read for them."""
    kind = verb.values[0]
    if kind == "according":
        lo, hi = sent.start, art.starts[verb.first]
        first, last = art.token_at(lo), art.token_at(hi - 1) + 1
    else:
        if verb.last >= sent.last:
            return False  # no speaker, let alone a statement, after the verb
        lo, hi = art.starts[verb.last], sent.end
        first, last = verb.last, art.token_at(hi - 1) + 1
    if any(first <= a.first < last and a.values[0] != "civilians" and _doer_named(art, a, last) for a in actors):
        return True
    if kind != "according" and (_opened_subjects(art, first, last, actors) or _opened_own_fighters(art, first, last)
                                 or any(first < k < last for k in _own_act_marks(art))):
        return True
    if kind != "according" and _state_act_named(art, first, last, actors):
        return True
    if kind == "say" and (negated and negated[-1] > first
                          or not _falsity_marks().isdisjoint(art.words[first + 1:sent.last])
                          or has_any_in(art, first + 1, sent.last, _OTHER_CAUSE)):
        return True
    return any(_told_with_doer(ev, lo, hi) for ev in told)


_OTHER_CAUSE = frozenset({"rule_out", "fault"})  # "مستبعدا أن تكون هدفا لهجوم"، "بسبب عطل فني"


@functools.cache
def _falsity_marks() -> frozenset[str]:
    """Every word ``_called_false`` starts from."""
    return words("falsity") | {"غير", "ليس", "ليست", "الصحه"}


def _statement_acts(art: Article, sent: Sentence, source: str, kind: str, chars: tuple[int, int], told_end: int,
                    actors: list[Match[str]], events: list[Event], facts: _SentenceFacts,
                    main_types: list[str], doers_only: bool = False) -> list[tuple[str, str, list[str]]]:
    """(stance, topic, about) of what one speaker's statement (characters [lo, hi)) says: a
    doer named by the words next to it, a report it calls false or an act it negates (before
    token ``told_end``, where the next speaker's words start), or (unless ``doers_only``) an
    event reported there and its perpetrator."""
    out = []
    lo, hi = chars
    first, last = art.token_at(lo), art.token_at(hi - 1) + 1
    doers = [a for a in actors if first <= a.first < last and a.values[0] not in (source, "civilians")
             and not _same_side(source, a.values[0]) and _doer_named(art, a, last)]
    if doers:  # they did what the statement's first event word names (typed only when needed)
        topic = next((t or next(iter(main_types), "") for k, t in facts.trig_types if first <= k < last), "")
        for a in doers:
            t = _doer_event_type(art, first, a, events) or topic
            if _commits(art, a, last):  # "يرتكبون جرائم": the crimes are the acts told there, else the article's
                t = next((ev.type for ev in facts.events), "") or next(iter(main_types), "") or t
            if t:
                out.append(("accuses", t, [a.values[0]]))
    if kind == "say" and _called_false(art, first, told_end):
        topic = next((t or next(iter(main_types), "") for k, t in facts.trig_types if first <= k < told_end), "")
        return [("denies", topic, [])] if topic else []
    if kind == "say":  # "إن قواته لا تستهدف المدنيين"، "إن طائراته لم تقصف": the act denied
        out.extend(("denies", t, []) for t in _negated_acts(art, first, told_end, facts))
        out.extend(("denies", t, []) for t in _ruled_out_acts(art, first, told_end) if ("denies", t, []) not in out)
    if doers_only:
        return out
    for ev in events:
        if ev.type in words("two_sided") or ev.trigger_span is None or not lo <= ev.trigger_span[0] < hi:
            continue
        spans = [ev.actor_spans[p] for p in ev.perpetrators if p in ev.actor_spans]
        if any(lo <= span[0] < hi and _one_side(art, art.token_at(span[0])) for span in spans):
            continue
        own = [p for p in ev.perpetrators if _same_side(source, p)]
        for perp in own[:1] or ev.perpetrators:  # its own act: the others named are its targets
            span = ev.actor_spans.get(perp)
            if perp in ("civilians", "unknown_gunmen") or span is None or not lo <= span[0] < hi:
                continue  # "إن مسلحين فتحوا النار": unnamed gunmen are no one the statement accuses
            if not own and _governed(art, art.token_at(span[0])):
                continue
            if not own and _in_relative(art, art.token_at(span[0]), first):
                continue  # "قتلوا في الغارات التي نفذتها مقاتلات تركية": a casualty report, the doer an aside
            if kind == "according" and art.token_at(span[0]) - sent.first > _SUBJECT_REACH:
                continue  # "قتل 12 شخصا في غارات نفذها الجيش، بحسب المرصد": a plain casualty report
            if own and _state(source) and not has_in(art, first, last, "killing"):
                continue  # "أكدت الحكومة أن مقاتلاتها قصفت أهدافا": a state's routine report of its own strikes
            out.append(("asserts" if own else "accuses", ev.type, [perp]))
    out.extend(("asserts", t, [p]) for t, p in _own_strikes_unkept(art, first, last, source, actors, events, facts)
               if ("asserts", t, [p]) not in out)
    if kind != "according":  # "قال شهود إن ...، بحسب X": what opens with "إن" is another's
        out.extend(("accuses", topic, [doer]) for doer, topic in _subject_acts(art, first, told_end, source, actors,
                                                                            facts) if ("accuses", topic, [doer]) not in out)
    return out


def _state_act_named(art: Article, first: int, last: int, actors: list[Match[str]]) -> bool:
    """A state's forces named with an act word ("غارة أمريكية") and a killing in tokens [first,
    last): what ``_own_strikes_unkept`` reads, whoever speaks."""
    return any(first <= a.first < last and _state(a.values[0]) and art.between("triggers", a.first - 1, a.first + 1)
               for a in actors) and has_in(art, first, last, "killing")


def _own_strikes_unkept(art: Article, first: int, last: int, source: str, actors: list[Match[str]],
                        events: list[Event], facts: _SentenceFacts) -> list[tuple[str, str]]:
    """(type, doer) of a state's own strike that a statement of its tells with a killing
    ("أعلنت وزارة الدفاع الأمريكية مقتل قيادي في غارة أمريكية"), its forces named with the act
    word (a nationality after it), where no event was kept at that word (one told without a
    place, or weeks before): the state asserts its act as when the event is kept."""
    if not _state(source) or not has_in(art, first, last, "killing"):
        return []
    kept = {e.trigger_span[0] for e in events if e.trigger_span is not None}
    out = []
    for k, t in facts.trig_types:
        if not t or not first <= k < last or art.starts[k] in kept or t in words("two_sided"):
            continue
        own = next((a.values[0] for a in actors if k <= a.first <= k + 1 and _same_side(source, a.values[0])
                    and a.values[0] != source), None)
        if own is not None:
            out.append((t, own))
    return out


def _state(source: str) -> bool:
    """A government or its forces speaking."""
    return source.endswith(("_gov", "_forces", "_coalition"))


def _doer_event_type(art: Article, first: int, doer: Match[str], events: list[Event]) -> str:
    """"هجوم نفذه الحزب": the type of the event reported at the act word right before the
    named doer, with that doer, as the article's whole telling typed it (a "هجوم" a later
    sentence shows a truck bomb is that bombing); "" where no such event was kept."""
    k = next((m.first for m in reversed(art.between("triggers", first, doer.first))), None)
    if k is None:
        return ""
    start = art.starts[k]
    return next((e.type for e in events if e.trigger_span is not None and e.trigger_span[0] == start
                 and doer.values[0] in e.perpetrators), "")


def _opened_own_fighters(art: Article, first: int, last: int) -> list[int]:
    """Tokens of "مقاتليها"، "عناصره" opening what a statement says ("أعلنت الحركة أن مقاتليها
    هاجموا"): a few words after "إن/أن/بأن" and unparted from it."""
    return [k for k in _own_fighter_tokens(art) if first <= k < last and _after_opener(art, first, k)]


_SUBJECT_GAP = 3  # tokens between the statement's opener and its subject ("إن 400 من الانفصاليين")


def _after_opener(art: Article, first: int, k: int, gap: int = _SUBJECT_GAP, saying: bool = False) -> bool:
    """Token ``k`` comes at most ``gap`` words after "إن/أن/بأن" (from ``first`` on), unparted
    from it by punctuation (with ``saying``, but for the colon or quote that opens a statement):
    it opens what a statement says."""
    opener = next((o for o in range(k - 1, max(first, k - gap - 1) - 1, -1)
                   if art.tokens[o].text.lstrip("و") in ("ان", "بان")), None)
    return opener is not None and not any(punct_before(art, m) and not (saying and gap_has(art, m, _SAYING))
                                          for m in range(opener + 1, k + 1))


def _own_fighter_tokens(art: Article) -> list[int]:
    """Tokens of the article that name a speaker's own fighters, found once per article."""
    key = ("own_fighters",)
    if key not in art.memo:
        own = words("own_fighters")  # rare: most articles are passed over by one test in C
        art.memo[key] = [] if own.isdisjoint(art.words) else [k for k, w in enumerate(art.words) if w in own]
    return art.memo[key]  # type: ignore[return-value]


def _fighting_speaker(art: Article, lexicon: Lexicon, source: str, span: tuple[int, int] | None) -> bool:
    """A speaker whose own fighters' acts are claims: an armed group, known or named as written
    with a word for one ("وحدات حماية شرق كردستان"); not a person ("القائد ... إن رجاله")."""
    if _armed_group(lexicon, source):
        return True
    if not source.startswith("other:") or span is None:
        return False
    i = art.token_at(span[0])
    return has(art, i, "org_head") or has(art, i, "group_noun")


_OWN_CLAIMS = frozenset({"armed_clash", "non_state_actor_overtakes_territory"})  # a fight or a capture one claims


def _own_fighters_acts(art: Article, sent: Sentence, first: int, last: int, source: str,
                       span: tuple[int, int] | None, facts: _SentenceFacts) -> list[str]:
    """Event types a group says its own fighters carried out ("قالت الحركة إن مقاتليها قتلوا
    عشرين جنديا في هجمات"): a claim of the act, the first typed event word of the clause after
    the fighters word. A state's "قواته" reporting its own strikes is plain reporting."""
    fighters = _opened_own_fighters(art, first, last)
    if not fighters or not _fighting_speaker(art, facts.lexicon, source, span):
        return []
    out = []
    for k in fighters:
        hi = min(last, art.clause_of(k, sent)[1], k + 2 * _CLAIM_REACH)
        t = next((t for m, t in facts.trig_types if k < m < hi and t), "")
        if _ownable(t):
            out.append(t)
    return out


def _ownable(t: str) -> bool:
    """An event type a group's statement can claim as its own act: not a two-sided one (a change
    of hands, a clash), save those it can own alone."""
    return bool(t) and (t not in words("two_sided") or t in _OWN_CLAIMS)


def _we_act_tokens(art: Article) -> list[int]:
    """Tokens of event words in the first person plural ("استهدفنا"، "هاجمنا"، "فجرنا"), found
    once per article from its event words: a group's spokesman telling its own acts. Not "ـونا"
    or "ـتنا" ("استهدفونا"، "قصفتنا"): "us" as the object, the speaker the target."""
    key = ("we_acts",)
    if key not in art.memo:
        ws = art.words
        trigs = art.matches.get("triggers", [])
        ours = [m.first for m in trigs if m.last - m.first == 1
                and ws[m.first].endswith("نا") and not ws[m.first].endswith(("ونا", "تنا"))]
        # "نحن الذين نفذنا الهجوم"، "شننا هجوما": a doing verb and the act word after it
        ours += [m.first - 1 for m in trigs if m.first > 0 and ws[m.first - 1].lstrip("و") in _WE_DID]
        art.memo[key] = sorted(ours)
    return art.memo[key]  # type: ignore[return-value]


def _own_act_marks(art: Article) -> list[int]:
    """``_response_tokens`` and ``_we_act_tokens`` in one list, found once per article: what
    ``_may_tell`` asks of every statement (most articles hold none)."""
    key = ("own_act_marks",)
    marks = art.memo.get(key)
    if marks is None:
        marks = art.memo[key] = _response_tokens(art) + _we_act_tokens(art)
    return marks  # type: ignore[return-value]


_WE_DID = word_set("we_did")  # "we carried out", "we launched": the act word follows


def _we_acts(art: Article, sent: Sentence, first: int, last: int, source: str, span: tuple[int, int] | None,
             facts: _SentenceFacts, main_types: list[str]) -> list[str]:
    """Event types an armed group's statement tells in the first person ("قال المتحدث باسم
    الحركة: «استهدفنا قافلة للشرطة»"): a claim of its act, typed by the first typed event word
    from the verb to its clause's end, else (a bare "استهدفنا") the article's main attack it may own."""
    ours = [k for k in _we_act_tokens(art) if first <= k < last]
    if not ours or not _fighting_speaker(art, facts.lexicon, source, span):
        return []
    typed = dict(facts.trig_types)
    out = []
    for k in ours:
        hi = min(last, art.clause_of(k, sent)[1], k + 2 * _CLAIM_REACH)
        t = next((typed[m] for m in sorted(typed) if k <= m < hi and typed[m]), "") \
            or next(iter(_claimable_types(source, facts.events_all, main_types)), "")
        if _ownable(t) and t not in out:
            out.append(t)
    return out


_RESPONSE_GAP = 3  # tokens between "إن" and the act it calls a response ("إن هذه العملية هي رد على")
_RESPONSE_REACH = 16  # tokens between that act and "ردا على" ("إن الهجوم الذي شن ... أمس جاء ردا على")


def _response_tokens(art: Article) -> list[int]:
    """Tokens of "رد/ردا" followed by "على" or "مشروع" ("ردا على الغارات"، "رد مشروع"), found once
    per article: where a statement may call an act a response."""
    key = ("response",)
    if key not in art.memo:
        ws = art.words
        art.memo[key] = [k for k in sorted(_positions(ws, "ردا") + _positions(ws, "رد"))
                         if k + 1 < len(ws) and ws[k + 1] in ("علي", "مشروع")]
    return art.memo[key]  # type: ignore[return-value]


def _positions(ws: list[str], word: str) -> list[int]:
    """Where ``word`` stands in ``ws``, ascending: ``list.index`` scans in C, where a loop over
    every word of the article would run Python per token for a word most articles lack."""
    out: list[int] = []
    try:
        while True:
            out.append(ws.index(word, out[-1] + 1 if out else 0))
    except ValueError:
        return out


def _response_acts(art: Article, first: int, last: int, source: str, span: tuple[int, int] | None,
                   facts: _SentenceFacts, main_types: list[str]) -> list[str]:
    """An armed group calling an act a response ("قال الحزب إن الهجوم ... جاء ردا على الغارات"،
    "قالت الجبهة: إن استهداف مواقع النظام رد مشروع"): it owns the act, a claim of
    responsibility. The act opens the statement: an event word a few words after "إن/أن"
    (its type; for a bare "الهجوم/العملية" the event told there, else the article's main one).
    A state calling its strikes a response is plain reporting of its own acts."""
    responses = [k for k in _response_tokens(art) if first < k < last]
    if not responses or not _fighting_speaker(art, facts.lexicon, source, span):
        return []
    r = responses[0]
    typed = dict(facts.trig_types)
    # "إن استهداف مواقع النظام رد مشروع": a bare targeting word is an act too, typed as a bare "الهجوم"
    aimed = {m.first: "" for m in art.between("triggers", first, r) if m.values[0] == "TARGETED"}
    acts = {**aimed, **typed}
    act = next((k for k in sorted(acts) if first <= k < r and r - k <= _RESPONSE_REACH
                and _after_opener(art, first, k, _RESPONSE_GAP, saying=True)), None)
    if act is None:
        return []
    start = art.starts[act]  # a bare "الهجوم" is the event told at it, else the article's main one
    t = acts[act] or next((e.type for e in facts.events if e.trigger_span and e.trigger_span[0] == start),
                          next(iter(_claimable_types(source, facts.events_all, main_types)), ""))
    return [t] if _ownable(t) else []


def _claimable_types(source: str, events: list[Event], main_types: list[str]) -> list[str]:
    """The article's main attack types a group may own: of those, the types with an event it,
    no one or unnamed gunmen carried out ("الهجوم ... جاء ردا على الغارات التركية": the bombing
    it claims, not the raids another side flew); all of them where none is left."""
    free = {e.type for e in events if set(e.perpetrators) <= {source, "unknown_gunmen"}}
    attacks = [t for t in main_types if _attack_type(t) and t != "armed_clash"]
    return [t for t in attacks if t in free] or main_types


_VERB_GAP = 3  # tokens between the subject and its verb ("الانفصاليين مدعومين بدبابات هاجموا")


def _opened_subjects(art: Article, first: int, last: int, actors: list[Match[str]]) -> list[tuple[Match[str], int]]:
    """The named actors that open what a statement says ("إن سلاح الجو السوري قصف"، "إن 400 من
    الانفصاليين هاجموا"): a few words after "إن/أن/بأن" and unparted from it, each with the
    event word right after it (none where no such word follows): the subject and its verb. Found
    from the sentence's words alone, so an event told before and merged there counts too."""
    out = []
    for a in actors:
        if not first <= a.first < last or a.values[0] in ("civilians", "unknown_gunmen"):
            continue
        if not _after_opener(art, first, a.first):
            continue
        hi = min(last, a.last + _VERB_GAP)
        verb = next((m for m in art.between("triggers", a.last, hi)
                     if not any(punct_before(art, k) for k in range(a.last, m.first + 1))), None)
        if verb is not None and not art.tokens[verb.first].text.lstrip("وف").startswith(("ال", "بال", "لل")):
            out.append((a, verb.first))
    return out


def _subject_acts(art: Article, first: int, last: int, source: str, actors: list[Match[str]],
                  facts: _SentenceFacts) -> list[tuple[str, str]]:
    """(doer, topic) of each act a statement says an armed group did, the group the subject of
    the statement's verb ("قال الجيش إن الانفصاليين هاجموا القوات الحكومية"): an accusation,
    whether or not an event was kept there (one told before is merged, one with no place
    dropped). A state's or a coalition's forces as the subject ("قال المركز إن طيران التحالف
    نفذ غارات") are mostly told by their own side or its allies: a report, not a charge; told
    by a neutral body (the UN, a monitor: ``_bystander``) they are charged as a group is. A
    fight counts only where the subject attacked; "اشتبك" names no side."""
    subjects = [(a, k) for a, k in _opened_subjects(art, first, last, actors)
                if a.values[0] != source and (_armed_group(facts.lexicon, a.values[0])
                                              or _bystander(facts.lexicon, source) and _state(a.values[0]))]
    if not subjects:
        return []
    typed = dict(facts.trig_types)
    kinds = {m.first: m.values[0] for m in art.between("triggers", first, last)}
    out = []
    for a, k in subjects:
        t = typed.get(k, "")
        if t and (t not in words("two_sided") or t == "armed_clash" and kinds.get(k) == "ATTACK"):
            out.append((a.values[0], t))
    return out


def find_claims(art: Article, lexicon: Lexicon, events: list[Event], country: str | None) -> list[Claim]:
    """Accusations, denials and claims of responsibility, tied to the events they are about."""
    out: dict[tuple[str, str, str], Claim] = {}
    main_types = _main_types(events)
    placed = [e for e in events if not e.placeless]
    # the last sentence with reporting verbs, its verbs and the speaker it carried on: its own
    # last speaker is read only where the next sentence has a verb to carry it to
    prev: tuple[Sentence, list[Match[str]], Speaker | None] | None = None
    for sent in art.sentences:
        reporting = art.in_sentence("reporting", sent)
        if not reporting or _link_line(art, sent):
            continue
        carried = None
        if prev is not None and prev[0].index == sent.index - 1 and _same_paragraph(prev[0], sent) \
                and _may_carry(art, sent, reporting):
            prev_speaker = _last_speaker(art, prev[0], prev[1], lexicon, country, prev[2])
            # only a known actor is carried on: a bare title or name may be misread
            carried = prev_speaker if prev_speaker is not None and prev_speaker[0] in lexicon.actor_info else None
        actors = art.in_sentence("actors", sent)
        facts = _SentenceFacts(art, sent, lexicon, actors, events, placed)
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
            if kind == "claim" and _denied_claim(verb, reporting):
                continue  # "نفى الجناح العسكري للحزب مسؤوليته عن العملية": a denial, read by "نفى"
            if kind == "accuse" and not _accusation_frame(art, sent, verb):
                continue
            if kind == "mutual" and not _mutual_accusation(art, sent, verb):
                continue  # "تبادل الطرفان إطلاق النار": an exchange of fire, not of accusations
            if verb.last < sent.last and art.tokens[verb.last].text.startswith("ايا"):
                continue  # "متهمة إياهم": the accused is a pronoun for someone named before
            mains = main_types
            if kind == "claim":  # one claims an attack, not a clash or a foiled one: "تبنى التنظيم الهجوم"
                mains = [t for t in main_types if _attack_type(t) and t != "armed_clash"] or main_types
            trig_types, sent_events = facts.trig_types, facts.events
            if kind == "deny" and _denies_before(art, sent, verb):
                # "وهو ما تنفيه أنقرة": the clause before is what is denied, its event words only
                trig_types = [(k, t) for k, t in trig_types if k < verb.first and t]
                if not trig_types:
                    continue
                sent_events = []
            topics = _statement_topics(art, sent, verb, "accuse" if kind == "mutual" else kind, trig_types,
                                       sent_events, mains)
            if not topics:
                continue
            where = _state_country(lexicon, actors) or _event_country(topics[0], sent_events, events, country)
            spk = speaker_of(art, sent, verb, reporting, actors, lexicon, where, carried)
            if spk is None and kind == "claim":
                spk = _claimant_after_object(art, sent, verb, actors, lexicon, where)
            if spk is None:
                continue
            joined = coordinated_speakers(art, sent, spk, actors)
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
                source = resolved(art, lexicon, as_government(art, lexicon, source, source_span), source_span)
                if source in words("mute") or executed and not _armed_group(lexicon, source):
                    continue
                if kind == "deny" and source_span and norm(art.text[source_span[0]:source_span[1]]).lstrip(
                        "وف") in words("national_forces"):  # "لكن الجيش نفى": the army accused of the act
                    source = next((p for e in events if e.type == topics[0] for p in e.perpetrators
                                   if p.endswith("_forces")), source)
                named = [a.values[0] for a in actors if a.first >= after and a.values[0] not in (source, "civilians")]
                sent_perps = [p for e in sent_events for p in e.perpetrators if p != source]
                if kind == "claim":
                    owned = [e.type for e in events if source in e.perpetrators and _attack_type(e.type)]
                    start = max(verb.last, after)
                    anaphor_types = [t for t in topics if t in owned] + topics
                    claimed = _antecedent_types(art, sent, verb, trig_types)
                    if claimed is None:
                        claimed = [] if start >= sent.last or punct_before(art, start) else \
                            _claimed_types(art, sent, start, trig_types, anaphor_types, events)
                    chosen = (claimed[:3]
                              or [t for t in topics if t in owned][:2] or topics[:1])
                    for ev in _claimed_events(art, sent, verb, start, chosen, sent_events, events):
                        # the claimant is the doer the text left unnamed ("مسلحون"، or none)
                        if not ev.perpetrators or ev.perpetrators_inferred or ev.perpetrators == ["unknown_gunmen"]:
                            ev.perpetrators = [source]
                            ev.perpetrators_inferred = False
                    claims = [("asserts", t, [source]) for t in chosen]
                elif kind == "mutual":  # each side accuses the other
                    claims = [("accuses", topics[0], [s for s in sides if s != source][:2])]
                elif kind in ("accuse", "condemn"):
                    if kind == "condemn":  # the condemned act's doer is named in the object, not clauses on;
                        # "شجب التفجير الذي نفذه الإرهابيون": unnamed attackers are no one accused
                        named = [a.values[0] for a in actors if after <= a.first < after + _CONDEMN_REACH
                                 and a.values[0] not in (source, "civilians", "unknown_gunmen")]
                    about = list(dict.fromkeys(named[:2] or ([] if kind == "condemn" else sent_perps[:2])))
                    if not about:
                        about = _state_doer(art, sent, after, lexicon)
                    if not about and kind == "accuse":
                        about = _object_phrase(art, sent, after)
                    if about and all(_bystander(lexicon, a) for a in about):
                        about = []  # "حمّل الحوثيون الأمم المتحدة مسؤولية هزائمهم": blame, no act
                    claims = [("accuses", topics[0], about)] if about else []
                else:
                    claims = [("denies", topics[0], list(dict.fromkeys(sent_perps[:2] or named[:1])))]
                for stance, topic, about in claims:
                    _keep(out, art, sent, verb, (source, stance, topic), about, source_span,
                          0.45 if source.startswith("other:") else 0.6)
        for source, stance, topic, about, verb, source_span in _statement_claims(
                art, sent, reporting, actors, events, lexicon, country, facts, main_types, carried):
            _keep(out, art, sent, verb, (source, stance, topic), about, source_span, 0.4)
        prev = sent, reporting, carried
    _accused_doers(lexicon, list(out.values()), events)
    return list(out.values())


def _accused_doers(lexicon: Lexicon, claims: list[Claim], events: list[Event]) -> None:
    """"وحملت الحكومة التركية مسلحي التنظيم مسؤوليته"، "الذي نسبته السلطات إلى التنظيم": an
    act whose text names no doer is coded to the armed group it is laid on; the event told in
    the accusation's sentence, else the article's only one of that type."""
    for c in claims:
        if c.stance != "accuses" or len(c.about) != 1 or not _armed_group(lexicon, c.about[0]):
            continue
        open_ = [e for e in events if e.type == c.topic and (e.perpetrators_inferred or not e.perpetrators)]
        if not open_:
            continue
        lo, hi = c.evidence_spans[0]
        told = [e for e in open_ if e.trigger_span is not None and lo <= e.trigger_span[0] < hi]
        same = [e for e in events if e.type == c.topic]
        for ev in told[:1] or (open_ if len(same) == 1 else []):
            ev.perpetrators = [c.about[0]]
            ev.perpetrators_inferred = False


def _link_line(art: Article, sent: Sentence) -> bool:
    """"رابط الخبر بصحيفة ...: <العنوان>": a web page's link line repeats the headline, shortened
    ("تنظيم القاعدة يتبنى" for the body's full name): the body tells it, with its speakers in full."""
    return art.words[sent.first] == "رابط" and sent.first + 1 < sent.last and art.words[sent.first + 1] == "الخبر"


def _claimed_events(art: Article, sent: Sentence, verb: Match[str], start: int, chosen: list[str],
                    sent_events: list[Event], events: list[Event]) -> list[Event]:
    """The events a claim of responsibility is about, one per claimed type: the one told in the
    claim's sentence nearest after its verb ("أعلن التنظيم مسؤوليته عن هجوم بسيارة مفخخة في حي
    البياع ... فيما قتل اثنان في تفجير": the first, not the blast told after "فيما"); with none
    there, the article's first of its main type, unless the claim is of many attacks ("تبنى داعش
    غالبية هذه الهجمات": past ones, not the one reported). A foiled act is never claimed."""
    if not sent_events:
        if has_in(art, start, min(start + _MANY_REACH, sent.last + 1), "many"):
            return []
        return [e for e in events if e.type == chosen[0] and e.type != "disrupted_weapons_use"][:1]
    at = art.starts[verb.last]
    out: list[Event] = []
    for t in dict.fromkeys(chosen):
        if t == "disrupted_weapons_use":
            continue
        of_type = [e for e in sent_events if e.type == t]
        told_at = [(e, e.trigger_span[0]) for e in of_type if e.trigger_span and sent.start <= e.trigger_span[0] < sent.end]
        # told after the verb first, nearest first; then before it, nearest first
        told_at.sort(key=lambda ea: (ea[1] < at, abs(ea[1] - at)))
        told = [e for e, _ in told_at]
        # "أعلنت الجماعة مسؤوليتها عن الهجوم": an anaphoric act word whose event of the claimed
        # type was told before; the article's first of that type
        out.extend((told or of_type or [e for e in events if e.type == t])[:1])
    return out


def _denies_before(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """A denying verb whose object is a relative pronoun for the clause before it ("وهو ما تنفيه
    أنقرة"، "الأمر الذي نفاه الجيش"): it denies what that clause says, not what follows."""
    k = verb.first - 1
    return k > sent.first and (art.tokens[k].text == "ما" or art.tokens[k].text in words("relative")) \
        and art.tokens[verb.last - 1].text.endswith(("ه", "ها", "هم"))


def _denied_claim(verb: Match[str], reporting: list[Match[str]]) -> bool:
    """A claim word ("مسؤوليته عن") right after a denying verb and its subject, no other verb
    between, is what is denied."""
    before = [v for v in reporting if v.last <= verb.first]
    return bool(before) and before[-1].values[0] == "deny" and verb.first - before[-1].last <= MAX_SPEAKER + 3


def _claimant_after_object(art: Article, sent: Sentence, verb: Match[str], actors: list[Match[str]],
                           lexicon: Lexicon, country: str | None) -> Speaker | None:
    """The claimant after the claimed act when the object comes first ("وتبنت الهجوم جماعة ولاية
    سيناء"، "تبنى التفجير تنظيم القاعدة"): an event word right after the verb, then the speaker;
    what is claimed is read from the verb on."""
    if verb.last >= sent.last or not art.tokens[verb.last].text.startswith("ال"):
        return None
    obj = next(iter(art.between("triggers", verb.last, verb.last + 1)), None)
    if obj is None or obj.last >= sent.last or punct_before(art, obj.last):
        return None
    spk = speaker_after(art, sent, Match(verb.first, obj.last, verb.phrase, verb.values), actors, lexicon, country)
    return (spk[0], spk[1], verb.last) if spk is not None else None


def _may_carry(art: Article, sent: Sentence, reporting: list[Match[str]]) -> bool:
    """Whether the speaker carried from the sentence before can be read in this one: only by a
    verb opening it with no subject (``subject``) or by a participle (``speaker_of``); for any
    other sentence the speaker before need not be found."""
    return any(v.first == sent.first or participle(art, v.first) for v in reporting)


def _keep(out: dict[tuple[str, str, str], Claim], art: Article, sent: Sentence, verb: Match[str],
          key: tuple[str, str, str], about: list[str], source_span: tuple[int, int] | None,
          confidence: float) -> None:
    """Record a claim with its sentence as evidence, unless the same one is already kept."""
    if key in out:
        return
    source, stance, topic = key
    out[key] = Claim(source=source, stance=stance, topic=topic, about=about,
                     verb=art.surface(verb.first, verb.last), confidence=confidence,
                     evidence=art.text[sent.start:sent.end], evidence_spans=[(sent.start, sent.end)],
                     source_span=source_span, verb_span=art.span(verb.first, verb.last))


def _same_paragraph(a: Sentence, b: Sentence) -> bool:
    return a.paragraph == b.paragraph


def _last_speaker(art: Article, sent: Sentence, reporting: list[Match[str]], lexicon: Lexicon,
                  country: str | None, carried: Speaker | None) -> Speaker | None:
    """The last named speaker of a sentence (or the one it carried on), for a next sentence
    that opens with a verb and no subject ("وأضاف أن ...")."""
    actors = art.in_sentence("actors", sent)
    for verb in reversed(reporting):  # the last verb with a subject: earlier ones need not be read
        if verb.values[0] in _SPEAKING:
            spk = subject(art, sent, verb, actors, lexicon, country, carried)
            if spk is not None:
                return spk
    return None
