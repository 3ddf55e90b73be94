"""Who did it and to whom: the sentence's actors split into perpetrators and targets around one
trigger.

The actor next to a territory verb takes the ground; the first side of "اشتباكات بين A وB" is
actor 1; a nationality adjective after an act of forces names its doer ("غارة أمريكية"); a group
named to say what another belongs to ("جبهة النصرة (تنظيم القاعدة)") is no second actor.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence

from rasd.extract.article import Article, Sentence
from rasd.extract.events import expelled, fall_taker, lost_hold, lost_to
from rasd.extract.records import Event
from rasd.extract.speakers import SAY, words
from rasd.lexicon import Lexicon, Match
from rasd.lexicon.loader import read_tsv
from rasd.lexicon.wordsets import word_set

# acts a state's forces carry out, whose nationality adjective names them ("غارة أمريكية")
FORCE_ACTS = {"STRIKE_AIR", "BOMBARD", "ATTACK", "SHELL", "TARGETED", "CLASH", "air_drone_strike",
              "shelling_artillery_missile_attack"}


# how an actor leans whatever the trigger (``actor_leanings``): the doer, the one acted on, or
# (NEAR) the doer only when within _NEAR_REACH tokens of the trigger
PERP, TARGET, NEAR = 0, 1, 2
_NEAR_REACH = 12


def actor_leanings(art: Article, sent: Sentence, actors: list[Match[str]], sources: set[int],
                   victims: Sequence[tuple[int, int]] = (), whole: Collection[str] | None = None
                   ) -> list[tuple[Match[str], str, tuple[int, int], int]]:
    """The sentence's actors with what ``roles`` reads about each one apart from the trigger:
    (match, actor id, span, PERP / TARGET / NEAR); sources and appositions left out. The same
    for every trigger of the sentence, so found once per sentence. ``whole``, the sentence's cue
    kinds when the caller has them, spares the look for "agent" / "tgt" cues where it has none."""
    out = []
    marked = whole is None or "agent" in whole or "tgt" in whole
    held_off: Match[str] | None = None  # the last actor that held off an attack
    aside = asides(art, sent, actors)
    for k, m in enumerate(actors):
        if (m.first in sources and _speaks(art, m) and not _tells_own_act(art, sent, m)) \
                or (k and (_apposition(art, m, actors, k) or _inside(aside, m))):
            continue
        actor_id = m.values[0]
        span = art.span(m.first, m.last)
        if held_off is not None and held_off.last == m.first and art.tokens[m.first].text.startswith("و") \
                or _repels(art, sent, m):
            held_off = m  # "تصدت المقاومة والجيش": the sides joined to the subject held off with it
            lean = TARGET
        elif actor_id == "civilians" or (victims and any(start <= span[0] <= end + 4 for start, end in victims)):
            lean = TARGET
        elif not marked:
            lean = NEAR
        else:
            kinds = {v for c in art.between("cues", max(sent.first, m.first - 3), m.first) for v in c.values}
            lean = PERP if "agent" in kinds else TARGET if "tgt" in kinds else NEAR
        out.append((m, actor_id, span, lean))
    return out


# "أنه"، "إنها"، "بأنهم": "that it/they" opening what a speaker tells of itself
_THAT_IT = words("pronoun_opener")


def _tells_own_act(art: Article, sent: Sentence, m: Match[str]) -> bool:
    """"قالت المعارضة المسلحة إنها كثفت قصفها"، "أعلن الجيش أنه قتل": a speaker whose words open
    with "that it" tells its own act; it is the doer as well as the source."""
    return any(art.tokens[k].text in _THAT_IT for k in range(m.last, min(sent.last, m.last + 3)))


# the Arabic word lists of this module are sets of rasd/lexicon/data/function_words.tsv (``word_set``)
# verbs of holding off an attack ("تصدت المقاومة لهجوم"): their subject was attacked
_REPEL_VERBS = word_set("repel_verbs")


def _repels(art: Article, sent: Sentence, m: Match[str]) -> bool:
    """"تصدت المقاومة والجيش لهجوم شنه الحوثيون"، "المقاومة تصدت لهجوم": the side that held off
    an attack is its target, whoever launched it; the subject stands right after the verb (a
    time word may come between) or right before it."""
    k = m.first - 1
    if k >= sent.first and art.tokens[k].text.lstrip("وف") in _REPEL_VERBS:
        return True
    return m.last < sent.last and art.tokens[m.last].text.lstrip("وف") in _REPEL_VERBS


def roles(art: Article, sent: Sentence, trig: Match[str], actors: list[Match[str]],
          sources: set[int], lexicon: Lexicon, nearest: bool = False, victims: Sequence[tuple[int, int]] = (),
          leanings: list[tuple[Match[str], str, tuple[int, int], int]] | None = None,
          whole: Collection[str] | None = None) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    """Split the sentence's actors into perpetrators and targets around one trigger.

    An actor inside a casualty figure ("مقتل أربعة مسلحين", "مقتل 13 من ميليشيا الحوثي"; spans
    in ``victims``) lost those people: it is a target.

    With ``nearest`` (taking territory) only the subject next to the verb acts: the
    actor right after it (VSO) or right before it (SVO); the others lose the ground.

    ``leanings`` is ``actor_leanings`` of these actors, sources and victims, when the caller
    has it (it asks once per sentence); ``whole`` the sentence's cue kinds: without "air" or
    "ground" among them no aircraft or guns name the doer (``force_side``), without "support" or
    "tgt" no backer or marked target is looked for.
    """
    perps: dict[str, tuple[int, int]] = {}
    targets: dict[str, tuple[int, int]] = {}
    cls = trig.values[0]
    aside = asides(art, sent, actors)
    if aside:
        actors = [m for m in actors if not _inside(aside, m)]
    if cls == "CLASH":
        sides = _between_sides(art, sent, trig, actors, sources)
        if sides is not None:
            return sides
    if nearest:
        # backers ("بدعم من طيران التحالف", "مدعومة بغطاء جوي من قبل ...") do not take the ground
        if whole is None or "support" in whole:
            actors = [m for m in actors if not any(
                "support" in c.values for c in art.between("cues", max(sent.first, m.first - 5), m.first))]
        # "سيطرتها على مواقع للحوثيين": a verbal noun with a pronoun has its doer in the pronoun,
        # so the actor after it is no subject, unless named as the agent ("جرى تحريرها من قبل")
        possessed = _possessed(art, trig)
        if sources:
            sources = {m.first for m in actors if m.first in sources and _speaks(art, m)}
        driven_out = {m.first for m in expelled(art, sent, trig)} if cls == "REGAIN_MAYBE" else set()
        after = [m for m in actors if trig.last <= m.first <= trig.last + 2 and m.first not in sources
                 and m.first not in driven_out and (not possessed or _agent_before(art, m))]
        # a group's aside ("جيش الفتح -المؤلف من ...- سيطر") stands between it and its verb
        before = [m for m in actors if m.last <= trig.first and m.first not in sources
                  and trig.first - _past_aside(aside, m, trig.first) <= 4]
        if cls == "TERRITORY" and lost_hold(art, sent, trig) is not None:
            # "فقد الحوثيون السيطرة على المدينة لصالح المقاومة": the subject lost it
            taker = lost_to(art, sent, trig, actors)
            for m in actors:
                if m.first not in sources:
                    (perps if m is taker else targets).setdefault(m.values[0], art.span(m.first, m.last))
            return perps, targets
        subject = fall_taker(art, sent, trig, actors) or (after[0] if after else before[-1] if before else None)
        if subject is None and possessed:
            # "في أعقاب استعادتها القاعدة": the pronoun is the one named last before, however far,
            # the speaker too ("أعلنت المقاومة سيطرتها على": its own gain); actors that cannot act
            # (monitors, governments) are not among them, nor civilians, who take no ground
            earlier = [m for m in actors if m.last <= trig.first and m.values[0] != "civilians"]
            subject = earlier[-1] if earlier else None
            if subject is not None and subject.first in sources:
                perps[subject.values[0]] = art.span(subject.first, subject.last)
        if subject is None:  # "تمكنت المقاومة أمس من السيطرة على": the subject of the verb before
            marked = whole is None or "tgt" in whole
            before = [m for m in actors if m.last <= trig.first and m.first not in sources
                      and trig.first - m.last <= (16 if _auxiliary_between(art, m.last, trig.first) else 8)
                      and not (marked and any("tgt" in c.values for c in art.between("cues", m.last, trig.first)))]
            subject = before[-1] if before else None
        subjects = _coordinated(art, actors, subject) if subject is not None else []
        for m in actors:
            if m.first in sources:
                continue
            span = art.span(m.first, m.last)
            (perps if any(m is x for x in subjects) else targets).setdefault(m.values[0], span)
        return perps, targets
    if cls in FORCE_ACTS:
        side = adjective_side(art, sent, trig)
        if side is None and (whole is None or not _FORCE_CUES.isdisjoint(whole)):
            side = force_side(art, sent, trig)
        if side is None:
            side = state_subject(art, sent, trig)
        if side is not None:
            perps[side[0]] = side[1]
    if leanings is None:
        leanings = actor_leanings(art, sent, actors, sources, victims)
    lo, hi = trig.first - _NEAR_REACH, trig.last + _NEAR_REACH
    arrest = cls == "arrests"
    # "غارات استهدفت مواقع لحزب العمال، عقب هجوم انتحاري لداعش": where the trigger's own clause
    # names a doer, the actors near it in the clauses around are other acts' doers or targets;
    # not so a verb opening its clause ("لواء اليرموك، التابع للجيش الحر، قصف"): its subject
    # may stand before the aside
    c_lo, c_hi = art.clause_of(trig.first, sent)
    if c_lo < trig.first and any(lean != TARGET and c_lo <= m.first < c_hi for m, _, _, lean in leanings):
        lo, hi = max(lo, c_lo + 1), min(hi, c_hi - 1)
    for m, actor_id, span, lean in leanings:
        if lean == TARGET and m.first == trig.last + 1 and _construct_doer(art, trig, m):
            lean = PERP
        elif lean == NEAR and arrest and m.first >= trig.last and _arrested(art, trig, m, actor_id, lexicon):
            lean = TARGET
        if lean == NEAR:
            if lo <= m.last and m.first <= hi:
                perps.setdefault(actor_id, span)
        else:
            (perps if lean == PERP else targets).setdefault(actor_id, span)
    return perps, targets


def _coordinated(art: Article, actors: list[Match[str]], subject: Match[str]) -> list[Match[str]]:
    """The subject with the actors joined to it by "و" ("المقاومة والجيش سيطروا"، "تمكن الجيش
    والمقاومة من تحرير"): a coordinated subject acts as one, whichever of them stands next to the verb."""
    def joined(a: Match[str], b: Match[str]) -> bool:
        # "المسلحين" beside a named group are that group's men, no second subject
        return a.last == b.first and art.tokens[b.first].text.startswith("و") \
            and "unknown_gunmen" not in (a.values[0], b.values[0])

    k = next(i for i, m in enumerate(actors) if m is subject)
    lo = hi = k
    while lo > 0 and joined(actors[lo - 1], actors[lo]):
        lo -= 1
    while hi + 1 < len(actors) and joined(actors[hi], actors[hi + 1]):
        hi += 1
    first = actors[lo].first
    if hi > lo and first and art.tokens[first - 1].text in _OTHER_SIDE:
        return [subject]  # "بين قوات النظام والفصائل"، "مع قوات الأسد ووحدات الحماية": foes, not one subject
    return actors[lo:hi + 1]


# words before a pair "A وB" that make them two sides, or the side acted against
_OTHER_SIDE = word_set("other_side")


@functools.cache
def _nationality_rows() -> list[list[str]]:
    """attack_nationality.tsv, read once for its three readings below."""
    return read_tsv("attack_nationality.tsv")


@functools.cache
def _nationality() -> dict[str, str]:
    """attack_nationality.tsv: adjective stem -> the forces it names, or "link"."""
    return {row[0]: row[1] for row in _nationality_rows() if row[3:4] != ["name"]}


@functools.cache
def _state_names() -> dict[str, str]:
    """attack_nationality.tsv's state names (fourth column "name"): name -> its forces."""
    return {row[0]: row[1] for row in _nationality_rows() if row[3:4] == ["name"]}


def _adjective_stem(text: str) -> str:
    """"الأمريكية" -> "امريكي": the bare masculine form of a (normalised) nisba adjective."""
    text = text.removeprefix("ال")
    return text[:-1] if text.endswith("يه") else text  # not "يين" (people) nor "يا" (روسيا)


@functools.cache
def _ground_nationality() -> dict[str, str]:
    """attack_nationality.tsv's third column: adjective stem -> the forces whose guns it names,
    where they differ from those of its air strikes (a coalition's lead state)."""
    return {row[0]: row[2] for row in _nationality_rows() if len(row) > 2 and row[2]}


@functools.lru_cache(maxsize=50_000)
def _nation(word: str) -> str | None:
    """The forces (or "link") a normalised word names as a nationality adjective, else None:
    asked of the words after every attack word, so once per word."""
    return _nationality().get(_adjective_stem(word))


def _gun_nation(word: str, actor: str) -> str:
    """The forces a nationality adjective names on guns ("المدفعية السعودية"): the state's own
    army where its air strikes are a coalition's."""
    return _ground_nationality().get(_adjective_stem(word), actor)


def adjective_side(art: Article, sent: Sentence, trig: Match[str]) -> tuple[str, tuple[int, int]] | None:
    """The forces a nationality adjective after an attack word names ("غارة أمريكية"، "القصف
    المدفعي التركي"): the doer, though no actor is named."""
    if trig.values[0] not in FORCE_ACTS:
        return None  # "الانتحاري السعودي"، "القناص الأمريكي": a person's nationality, not a state's act
    k, gun = trig.last, False
    while k < sent.last and k < trig.last + 3:
        if k > trig.last and art.text[art.ends[k - 1]:art.starts[k]].strip():
            return None  # punctuation between: no longer the attack word's adjective
        actor = _nation(art.tokens[k].text)
        if actor is None:
            return None
        if actor != "link":
            if gun:  # "القصف المدفعي السعودي": the state's guns, not its coalition's aircraft
                actor = _gun_nation(art.tokens[k].text, actor)
            return actor, art.span(k, k + 1)
        gun = gun or art.tokens[k].text.lstrip("و").startswith(("مدفعي", "المدفعي"))
        k += 1
    return None


# verbs that launch a strike named by the noun after their subject ("شنت تركيا غارات")
_LAUNCH_VERBS = word_set("launch_verbs")
_ORDINALS = word_set("ordinals")  # "أول"، "أولى" between the subject and the strike noun


def state_subject(art: Article, sent: Sentence, trig: Match[str]) -> tuple[str, tuple[int, int]] | None:
    """A state's name as the subject of a remote attack names its forces, though no force alias
    is named: right after the attack verb ("قصفت روسيا مواقع") or between a launch verb and the
    attack noun ("شنت تركيا غارات"، "ونفذت مصر ضربات")."""
    if trig.values[0] not in _REMOTE_ACTS or trig.values[0] == "TARGETED":
        return None  # "استهداف تركيا": the state named after a targeting word is as often the target
    names = _state_names()
    k = trig.last
    if k < sent.last and not art.text[art.ends[k - 1]:art.starts[k]].strip() \
            and (actor := names.get(art.tokens[k].text.removeprefix("و"))) is not None:
        return actor, art.span(k, k + 1)
    k = trig.first - 1
    if k > sent.first and art.tokens[k].text in _ORDINALS:
        k -= 1  # "شنت تركيا أولى غاراتها"، "شن الولايات المتحدة أول غارات"
    if k - 1 >= sent.first and art.tokens[k - 1].text.lstrip("وف") in _LAUNCH_VERBS \
            and (actor := names.get(art.tokens[k].text)) is not None:
        return actor, art.span(k, k + 1)
    # a two-word name ("شن الولايات المتحدة غارات"): the launch word two tokens before its end
    if k - 2 >= sent.first and art.tokens[k - 2].text.lstrip("وف") in _LAUNCH_VERBS \
            and (actor := names.get(art.tokens[k - 1].text + " " + art.tokens[k].text)) is not None:
        return actor, art.span(k - 1, k + 1)
    return None


_FORCE_REACH = 12  # tokens from the act to the aircraft or guns that carried it out
_FORCE_CUES = frozenset({"air", "ground"})
_REMOTE_ACTS = FORCE_ACTS - {"ATTACK", "CLASH"}


def force_side(art: Article, sent: Sentence, trig: Match[str]) -> tuple[str, tuple[int, int]] | None:
    """The state a nationality adjective gives the aircraft or guns of the act ("غارات نفذتها
    مقاتلات تركية"، "قامت مقاتلات من سلاح الجو التركي بقصف"، "المدفعية السعودية"): their forces
    are the doer, though no actor alias is named."""
    if trig.values[0] not in _REMOTE_ACTS:
        return None  # in a raid or a clash the guns named may be either side's
    lo, hi = max(sent.first, trig.first - _FORCE_REACH), min(sent.last, trig.last + _FORCE_REACH)
    for m in art.between("cues", lo, hi):
        if _FORCE_CUES.isdisjoint(m.values):
            continue
        for k in range(m.last, min(hi, m.last + 2)):
            if art.text[art.ends[k - 1]:art.starts[k]].strip():
                break  # punctuation: the adjective belongs to something else
            actor = _nation(art.tokens[k].text)
            if actor is not None and actor != "link":
                if "ground" in m.values:
                    actor = _gun_nation(art.tokens[k].text, actor)
                return actor, art.span(k, k + 1)
    return None


# tokens from a clash word to its "بين": the place and time may stand between ("اندلعت اشتباكات
# عنيفة في شوارع تعز، ثالث أكبر مدن اليمن، بين المقاومة والحوثيين")
_BETWEEN_REACH = 16
_SIDE_MARKS = word_set("side_marks")  # "من جهة ... من جهة أخرى"، "من طرف ... من طرف آخر"


def _between_sides(art: Article, sent: Sentence, trig: Match[str], actors: list[Match[str]],
                   sources: set[int]) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]] | None:
    """"اشتباكات بين قوات المقاومة وميليشيات الحوثي": the side named first is actor 1 (the
    perpetrator), the other the target; with "من جهة ... من جهة أخرى" every actor before the
    first marker is on the first side."""
    if trig.values[0] != "CLASH":
        return None
    k = next((k for k in range(trig.last, min(sent.last, trig.last + _BETWEEN_REACH))
              if art.tokens[k].text in ("بين", "وبين")), None)
    if k is None:
        return None
    after = [m for m in actors if k < m.first < min(sent.last, k + 16) and m.first not in sources]
    if len(after) < 2:
        return None
    mark = next((j for j in range(k + 1, min(sent.last, k + 16)) if art.tokens[j].text in _SIDE_MARKS
                 and art.tokens[j - 1].text == "من"), None)
    first = [m for m in after if mark is not None and m.first < mark] or after[:1]
    perps = {m.values[0]: art.span(m.first, m.last) for m in first}
    targets = {m.values[0]: art.span(m.first, m.last) for m in after if m not in first and m.values[0] not in perps}
    return perps, targets


_APPOSITION_WORDS = word_set("group_apposition")


def _apposition(art: Article, m: Match[str], actors: list[Match[str]], k: int) -> bool:
    """"جبهة النصرة (تنظيم القاعدة في سوريا)"، "جبهة النصرة، ذراع تنظيم القاعدة": a group named
    right after another to say what it belongs to is no second actor of the event. ``m`` is
    ``actors[k]``; the actors are in text order, so only those before it can end before it."""
    prev = actors[k - 1] if actors[k - 1].last <= m.first else \
        next((a for a in reversed(actors[:k]) if a.last <= m.first), None)
    if prev is None or m.first - prev.last > 2:
        return False
    gap = art.text[art.ends[prev.last - 1]:art.starts[m.first]]
    words = [art.tokens[j].text for j in range(prev.last, m.first)]
    # a bracket, or an affiliation word ("ذراع"، "فرع"), and nothing else between the two names
    return ("(" in gap or bool(words)) and all(w in _APPOSITION_WORDS for w in words)


_DASHES = "-–—"


def asides(art: Article, sent: Sentence, actors: list[Match[str]]) -> dict[int, tuple[int, int]]:
    """"وجيش الفتح -المؤلف من فصائل أهمها جبهة النصرة وحركة أحرار الشام- سيطر": a dash- or
    bracket-enclosed aside opening right after a group with a word that names none ("المؤلف"،
    "الذي") says what that group is; its groups are no extra doers or targets, and the verb after
    it has the group for its subject. A dash joining two names ("ميليشيات الحوثي-صالح") opens no
    aside: a name follows it. The group's first token -> the aside's tokens [first, last)."""
    out: dict[int, tuple[int, int]] = {}
    if len(actors) < 2:
        return out
    for a in actors:
        k = a.last
        if k >= sent.last:
            break
        gap = art.text[art.ends[k - 1]:art.starts[k]].strip()
        if not gap or gap[-1] not in _DASHES + "(" or any(b.first == k for b in actors):
            continue
        closers = ")" if gap[-1] == "(" else _DASHES
        close = next((j for j in range(k + 1, sent.last)
                      if any(c in art.text[art.ends[j - 1]:art.starts[j]] for c in closers)), None)
        if close is not None:
            out[a.first] = (k, close)
    return out


def _past_aside(spans: dict[int, tuple[int, int]], m: Match[str], k: int) -> int:
    """Where actor ``m`` ends for a verb at token ``k``: past its aside, where one closes by ``k``."""
    span = spans.get(m.first)
    return span[1] if span is not None and span[1] <= k else m.last


def _inside(spans: dict[int, tuple[int, int]], m: Match[str]) -> bool:
    """Whether actor ``m`` stands in one of the ``asides``."""
    return any(lo < m.first < hi for lo, hi in spans.values())


def _agent_before(art: Article, m: Match[str]) -> bool:
    """Whether an agent cue ("من قبل") stands right before actor ``m``: "جرى تحريرها من قبل المقاومة"."""
    return any("agent" in c.values and c.last == m.first for c in art.between("cues", max(0, m.first - 2), m.first))


_AUXILIARIES = word_set("auxiliaries")


def _auxiliary_between(art: Article, a: int, b: int) -> bool:
    """"المقاومة مدعومة بغطاء جوي ... تمكنت من السيطرة": an auxiliary verb whose subject, however
    far before it, is the doer of the verbal noun after it."""
    return any(art.tokens[k].text.lstrip("وف") in _AUXILIARIES for k in range(a, b))


def _possessed(art: Article, trig: Match[str]) -> bool:
    """A verbal noun with a pronoun suffix ("استعادتها"، "سيطرتهم"): its doer is that pronoun."""
    tok = art.tokens[trig.first]  # "سيطرتها على": the pronoun is on the noun, whatever follows
    if not (trig.last - trig.first == 1 or art.tokens[trig.first + 1].text in ("علي", "عليها")) \
            or not tok.text.endswith(("ها", "هم", "هما")) or len(tok.stems) < 2:
        return False
    # a verbal noun, not a verb with its object ("استعادها مقاتلو المقاومة"، "حررتها المقاومة"):
    # its ة written ت before the pronoun ("سيطرتهم"، "استعادتها") or the تفعيل form ("تحريرها")
    base = tok.text.lstrip("وفبل").removesuffix("ا").removesuffix("م").removesuffix("ه")
    return len(base) >= 5 and (base.endswith("ت") or base.startswith("ت"))


# reporting kinds whose speaker may follow them (``speakers.source_tokens``)
_NAMES_AFTER = SAY | {"accuse", "deny", "condemn"}


def _speaks(art: Article, m: Match[str]) -> bool:
    """Whether source actor ``m`` speaks by a finite say verb next to it. A participle ("مشيرا"،
    "مضيفا"، "متهما") has the subject of the main verb for its speaker: the actor right before it
    ends the clause it closes ("قصف من قوات النظام، مشيرا إلى"), the one right after is its object
    ("متهما الحوثيين بقصف"); neither speaks."""
    before = [v for v in art.between("reporting", max(0, m.first - 3), m.first)
              if v.last <= m.first and v.values[0] in _NAMES_AFTER]
    after = [v for v in art.between("reporting", m.last, m.last + 2) if v.values[0] in SAY]
    if not before and not after:
        return True  # a source on another count than a verb next to it
    return any(not _participle(art.tokens[v.first].text) for v in before + after)


def _participle(word: str) -> bool:
    """Say and accuse participles: "مشيرا"، "مضيفة"، "قائلين"، "متهما"، "منددا"."""
    word = word.removeprefix("و")
    return word.startswith(("م", "قائل")) and word.endswith(("ا", "ة", "ه", "ين", "تين"))


# members named by the noun right before a group ("مسلحي الحوثيين"، "عناصر داعش"): targets after
# a verb or "على" ("استهدفت عناصر داعش"), doers after an attack noun in construct ("قصف مسلحي الحوثيين")
_MEMBER_NOUNS = word_set("member_nouns")


def _construct_doer(art: Article, trig: Match[str], m: Match[str]) -> bool:
    """"أصيبوا نتيجة قصف مسلحي الحوثيين"، "هجمات عناصر داعش": the members of a group in construct
    with an attack noun are its doers, though the member noun alone marks a target. A verb there
    ("قصفت عناصر داعش"، "استهدف") takes them as its object, and a definite noun ("القصف") takes no
    genitive, so the trigger must be one indefinite word a verb cannot be read from."""
    if trig.last - trig.first != 1 or art.tokens[trig.last].text not in _MEMBER_NOUNS:
        return False
    word = art.tokens[trig.first].text
    for clitic in ("و", "ب", "ل"):
        if word.startswith(clitic) and len(word) > 4:
            word = word[1:]
            break
    if word.startswith(("ال", "است")):
        return False
    # a verb's endings ("قصفت"، "هاجموا"، "يقصفون") and prefixes ("يهاجم"، "تقصف")
    return word.endswith("ات") or not (word.endswith(("ت", "وا", "ون")) or word.startswith(("ي", "ت", "ن")))


# arrest words that are verbs: the actor right after one is its subject ("اعتقلت جماعة الحوثي")
_ARREST_VERBS = word_set("arrest_verbs")


def _arrested(art: Article, trig: Match[str], m: Match[str], actor_id: str, lexicon: Lexicon) -> bool:
    """"تم اعتقال قائد في طالبان"، "اعتقلت الشرطة 20 شخصا يشتبه بانتمائهم إلى داعش": an armed
    group named after an arrest word is who was arrested (the object or its genitive), not who
    arrested, unless it is the subject right after an arrest verb ("اعتقلت جماعة الحوثي")."""
    info = lexicon.actor_info.get(actor_id)
    if info is None or info.inter != 2:
        return False  # the state's forces after the word are its doers ("اعتقال الشرطة لـ")
    if m.first <= trig.last + 1:
        return art.tokens[trig.first].text.lstrip("وف") not in _ARREST_VERBS
    return True


@functools.cache
def _air_force_rows() -> tuple[tuple[str, ...], ...]:
    """air_forces.tsv, read once for both its readings."""
    return tuple(tuple(row) for row in read_tsv("air_forces.tsv"))


@functools.cache
def air_forces() -> dict[str, str]:
    """air_forces.tsv: country -> the actor an unattributed air strike there is coded to."""
    return {row[0]: row[1] for row in _air_force_rows()}


@functools.cache
def joint_air_forces() -> dict[str, str]:
    """air_forces.tsv's third column: country -> the foreign air force flying beside its own."""
    return {row[0]: row[2] for row in _air_force_rows() if len(row) > 2 and row[2]}


def settle_actors(ev: Event, lexicon: Lexicon) -> None:
    """An event's actors once all its tellings are merged: those one sentence cannot decide."""
    if ev.type == "air_drone_strike":
        _grounded(ev, lexicon)
    _one_side(ev, lexicon)
    if ev.type not in _COALITION_ACTS and not _COALITIONS.isdisjoint(ev.perpetrators):
        # "بغطاء جوي من طيران التحالف": a coalition flies cover for the fight, the ground side fights
        ev.perpetrators = [p for p in ev.perpetrators if p not in _COALITIONS]
    if ev.type == "armed_clash" and not ev.perpetrators:
        # "مقتل سبعة من عناصر الجماعة في اشتباكات مع قوات الأمن": in a clash the sides named,
        # even only as losses, are its actors (a coalition's aircraft above it are not)
        fighters = [t for t in ev.targets if t != "civilians" and t not in _COALITIONS]
        ev.perpetrators, ev.targets = fighters, [t for t in ev.targets if t not in fighters]
    if ev.type == "disrupted_weapons_use" and "unknown_gunmen" in ev.perpetrators:
        ev.perpetrators.remove("unknown_gunmen")  # "أبطلت عبوة زرعها الإرهابيون": who was foiled
    if "unknown_gunmen" in ev.perpetrators and any(
            (info := lexicon.actor_info.get(p)) is not None and info.inter == 2 and p != "unknown_gunmen"
            for p in ev.perpetrators + ev.targets):
        ev.perpetrators.remove("unknown_gunmen")  # "المسلحون" beside a named group are that group
    _allied(ev)
    if ev.type == "air_drone_strike" and not ev.perpetrators and ev.location.country in air_forces():
        ev.perpetrators = [_own_military_source(ev, lexicon) or air_forces()[ev.location.country]]
        ev.perpetrators_inferred = True
    elif ev.type in _PROTESTS:
        _protesters(ev, lexicon)
    elif ev.type == "suicide_bomb" and not ev.perpetrators:
        # a suicide bombing no group is named for is an unidentified armed group's (ACLED's coding)
        ev.perpetrators = ["unknown_gunmen"]
        ev.perpetrators_inferred = True


def _own_military_source(ev: Event, lexicon: Lexicon) -> str | None:
    """"أعلنت خلية الإعلام الحربي العراقية مقتل عشرة من داعش بضربة جوية": a strike no doer is
    named for, reported by the military of the country it hit, is that military's own (armies
    tell their own strikes; a foreign air force's are told by its command), not the air force
    the country's unattributed strikes are usually coded to."""
    for source in ev.sources:
        info = lexicon.actor_info.get(source)
        if info is not None and info.inter == 1 and info.country == ev.location.country \
                and info.contract and not source.endswith(("_gov", "_state_media")):
            return source
    return None


# ACLED's protest events have the protesters for actor 1, named or not; the police that
# dispersed them acted on them
_PROTESTS = frozenset({"peaceful_protest", "violent_demonstration", "protest_with_intervention"})
PROTESTERS = "other:متظاهرون"


def _protesters(ev: Event, lexicon: Lexicon) -> None:
    """"أطلقت الشرطة الغاز على المتظاهرين"، "تظاهر المئات": the doers of a protest are those who
    protested, written "other:متظاهرون" where the text names no group for them; a state's forces
    named beside it dispersed it."""
    state = [p for p in ev.perpetrators if (info := lexicon.actor_info.get(p)) is not None and info.inter in _STATE_SIDE]
    ev.perpetrators = [p for p in ev.perpetrators if p not in state] or [PROTESTERS]
    ev.targets.extend(p for p in state if p not in ev.targets)


# Yemen's government army fights on the ground with the Popular Resistance, which ACLED codes
# beside it ("القوات الموالية للشرعية" are both); ground the government regains there the
# Resistance takes (SPEC: the militias fighting on the state's side regain territory)
_GROUND_ALLY = {"yemen_gov_forces": "yemen_popular_resistance"}
_REGAINED_BY = {"Yemen": "yemen_popular_resistance"}


def _allied(ev: Event) -> None:
    """The militia a government army fights beside is a doer of its fights too; a regain of
    ground with no doer named is that militia's."""
    for army, ally in _GROUND_ALLY.items():
        if army in ev.perpetrators and ally not in ev.perpetrators and ev.type != "air_drone_strike":
            ev.perpetrators.append(ally)
            if ally in ev.targets:
                ev.targets.remove(ally)
    if ev.type == "government_regains_territory" and not ev.perpetrators \
            and (regainer := _REGAINED_BY.get(ev.location.country or "")) is not None:
        ev.perpetrators = [regainer]


# The US- and Saudi-led coalitions act from the air: of the violence they take part in, ACLED
# gives them the air strikes (and the shelling of their ships and border guns); named beside a
# ground fight they backed it.
_COALITIONS = frozenset({"us_coalition", "saudi_coalition"})
_COALITION_ACTS = frozenset({"air_drone_strike", "shelling_artillery_missile_attack", "agreement"})
# event types only one kind of side carries out: bombers are armed groups, arrests and retaking
# ground are the state's (and its militias')
_REBEL_ACTS = frozenset({"suicide_bomb", "remote_explosive_landmine_ied", "non_state_actor_overtakes_territory"})
_STATE_ACTS = frozenset({"arrests", "government_regains_territory"})
_STATE_SIDE = frozenset({1, 3, 8})  # state forces, pro-government militias, foreign forces


def _one_side(ev: Event, lexicon: Lexicon) -> None:
    """An event has one side as its doer (ACLED's actor 1 and allies): where the sentence named
    both a state's forces and a rebel group ("قتل انتحاري من داعش جنودا أتراكا"، "اعتقلت الشرطة
    عناصر من داعش"), the type says which side acted; the other was acted on."""
    if ev.type not in _REBEL_ACTS and ev.type not in _STATE_ACTS:
        return
    inter = {p: info.inter for p in ev.perpetrators if (info := lexicon.actor_info.get(p)) is not None}
    rebels = [p for p, i in inter.items() if i == 2]
    state = [p for p, i in inter.items() if i in _STATE_SIDE]
    if not rebels or not state:
        return
    losers = state if ev.type in _REBEL_ACTS else rebels
    ev.perpetrators = [p for p in ev.perpetrators if p not in losers]
    ev.targets.extend(p for p in losers if p not in ev.targets)


def _grounded(ev: Event, lexicon: Lexicon) -> None:
    """"غارات على تجمعات ومواقع لميليشيات الحوثي": a rebel group named beside an air strike is
    what was struck, not who struck (a drone strike excepted: rebels fly drones)."""
    ground = [p for p in ev.perpetrators if (info := lexicon.actor_info.get(p)) is not None and info.inter == 2]
    if ground and "drones" not in ev.weapons:
        ev.perpetrators = [p for p in ev.perpetrators if p not in ground]
        ev.targets.extend(p for p in ground if p not in ev.targets)
