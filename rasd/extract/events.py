"""Event mentions from trigger words, typed and given their arguments, merged into ACLED units.

A sentence's triggers give candidate types; cues in a window around each trigger refine
them (air vs ground bombardment, suicide vs remote explosion, state vs non-state
territory gain) or drop them (negated, future, threatened, conditional). Arguments come
from the sentence first, then from context (previous sentence, dateline).
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import cast

from rasd.extract.article import Article, Sentence
from rasd.extract.figures import CIVILIAN_CLASSES
from rasd.extract.quantities import may_start_number
from rasd.lexicon import Lexicon, Match, norm_phrase
from rasd.lexicon.wordsets import word_set

WINDOW = 6  # tokens either side of a trigger in which cues refine it
_FALL_REACH = 10  # tokens from "سقوط" to its "بيد": the places that fell stand between

# Resolved type -> (ACLED event type, sub-event type); filled from event_types.tsv
ACLED: dict[str, tuple[str, str]] = {}

# Trigger classes that never make an event alone.
WEAK = {"TARGETED", "SHELL", "KILLING_WEAK"}
SKIP = {"HQ", "GROUP_CHANGE", "ADVANCE", "HANDOVER", "CLASH_OR_RAID", "NOT_EVENT",
        "TERRITORY_STATE", "looting_property_destruction", "FRIENDLY_FIRE"}
AIR_ACTORS = {"russia_forces", "us_coalition", "saudi_coalition"}
TERRITORY_CLASSES = {"TERRITORY", "REGAIN", "REGAIN_MAYBE", "TERRITORY_FALL"}
VICTIM_COMBATANT = {"soldiers", "fighters", "militants", "police"}


@dataclass
class Mention:
    """One trigger's reading in one sentence, before merging into events."""

    type: str
    sentence: Sentence
    trigger: Match[str]
    perpetrators: dict[str, tuple[int, int]] = field(default_factory=dict)
    targets: dict[str, tuple[int, int]] = field(default_factory=dict)
    weapons: dict[str, tuple[int, int]] = field(default_factory=dict)
    confidence: float = 0.6


_BLOCKING_CUES = frozenset({"neg", "future", "maybe"})
# the word lists here are sets of rasd/lexicon/data/function_words.tsv (``word_set``)
_RELATIVES = word_set("relatives")


def behind_relative(art: Article, trig: Match[str], k: int) -> bool:
    """Whether token ``k`` lies in a relative clause of another noun after the trigger ("معارك مع
    التنظيم الذي يسيطر على المدينة منذ بداية العام"); a clause right on the trigger ("الهجوم
    الذي وقع أمس", "هجوم انتحاري الذي") tells of the trigger itself."""
    return k > trig.last + 1 and any(art.tokens[j].text in _RELATIVES for j in range(trig.last + 2, k))


def cue_kinds(art: Article, lo: int, hi: int) -> dict[str, Match[str]]:
    """Cue kind -> first cue match in tokens [lo, hi)."""
    return kinds_of(art.between("cues", lo, hi))


def kinds_of(cues: list[Match[str]]) -> dict[str, Match[str]]:
    """Cue kind -> first of these cue matches of that kind."""
    out: dict[str, Match[str]] = {}
    for m in cues:
        for v in m.values:
            out.setdefault(v, m)
    return out


def is_blocked(art: Article, sent: Sentence, trig: Match[str]) -> bool:
    """Negated, future, threatened, hypothetical or condemned-in-advance readings."""
    first, last = trig.first, trig.last
    denies = cast("list[int] | None", art.memo.get(("denies",)))
    if denies is None:  # where "نفى" words start, found once per article
        denies = art.memo[("denies",)] = [r.first for r in art.matches["reporting"] if r.values[0] == "deny"]
    if denies:
        j = bisect.bisect_left(denies, sent.first)
        if j < len(denies) and denies[j] < first:
            return True  # "نفى الجيش أن تكون طائراته قد قصفت": denied in its own sentence
    lo = max(sent.first, first - 4)
    # the cues of the windows (4 words before, 3 before, 2 after; 8 either side for the framing
    # kinds: plans, habits, priorities, negated reports), found in one look-up
    for m in art.between("cues", first - _FRAME_REACH, last + _FRAME_REACH):
        at, values = m.first, m.values
        if not _FRAMES.isdisjoint(values) and _frames(art, sent, trig, m):
            return True
        if at < first - 4 or at >= last + 2:
            continue  # beyond the near windows only the framing kinds count
        if at >= last:  # "المعارك المقبلة", "هجمات محتملة"
            if "future" in values and art.tokens[at].text.startswith(("المقبل", "القادم")):
                return True
            if ("maybe" in values or "habit" in values) and at <= last + 1:
                return True  # "هجمات محتملة", "هجمات شبه يومية": possible or habitual, no one act
            continue
        if at >= first:
            continue
        if at >= lo:
            if not _BLOCKING_CUES.isdisjoint(values) and not _bound_phrase(art, m) \
                    and not _misread(art, m) and not _during_attempt(art, m):
                return True
            if "support" in values and (first == m.last or first - m.last == 1
                                        and not art.tokens[m.last].text.startswith("ب")):
                # "بدعم من الغارات الجوية": the strikes back another event; not "مدعومين
                # بدبابات هاجموا", where the support has its own object and the verb is the act
                return True
        # a future verb form right before ("ستشن", "سيقصف") or the trigger itself in future
        if "idiom" in values and m.last == first and at >= first - 3 and first > sent.first:
            return True
    # "بينهم" one or two words before, or no sub-count: a look at two words spares the call
    if not _AMONG_PEOPLE.isdisjoint(art.words[max(sent.first, first - 2):first]) and _counted_among(art, sent, first):
        return True  # "قتل 12 من عناصره بينهم ثلاثة انتحاريين": people among the dead, no act
    if first - 2 >= sent.first and _in_charge_of(art, first):
        return True  # "كان المسؤول عن العمليات الانتحارية": a person's role, no act
    purpose, misread = _trigger_reading(art.tokens[first].text, trig.phrase)
    prev = art.tokens[first - 1].text if first > sent.first else ""
    if purpose and not _exposed_to(art, sent, first):
        return True  # "لاستعادة", "لتحريرها": in order to retake, not retaken (unless exposed to)
    return misread or prev in {"سوف", "لن", "لم"}


# "المسؤول عن"، "مسؤولي ... عن": the one in charge of a kind of acts
_IN_CHARGE = word_set("in_charge")
_OVERSAW = word_set("oversaw")  # "أشرف على هجمات": oversaw, a career


def _in_charge_of(art: Article, first: int) -> bool:
    """"السوداني كان المسؤول عن العمليات الانتحارية للقاعدة"، "أشرف على هجمات ضد قوات التحالف":
    acts in the plural after "the one in charge of" or "oversaw" are the field a person answers
    for, told to say who he is; they tell no act (one act is told in the singular: "المسؤول عن
    الهجوم")."""
    if not art.tokens[first].text.endswith("ات"):
        return False
    before, head = art.tokens[first - 1].text, art.tokens[first - 2].text
    return before == "عن" and head in _IN_CHARGE or before == "علي" and head.lstrip("و") in _OVERSAW


_FRAME_REACH = 8  # words from a plan, a habit or a negated report to the act it frames
_FRAMES = frozenset({"plan", "usually", "priority", "neg"})
_TIME_WORDS = word_set("time_words")
# what reports tell of: "لم ترد أي تقارير عن وقوع اشتباكات" denies the clash, not a report
_REPORT_NOUNS = word_set("report_nouns")


def _frames(art: Article, sent: Sentence, trig: Match[str], m: Match[str]) -> bool:
    """A framing cue in the clause of the trigger that tells no act done: a decision, an order or
    a next step before it ("تقرر تنظيم جولة جديدة من الاحتجاجات"، "أصدر تعليماته بإلقاء
    القبض")، a habit before it ("ودائما ما تشن الولايات المتحدة غارات")، a priority on either
    side ("استعادة صنعاء على رأس أولويات القوات")، or a negated report before it ("لم ترد أي
    تقارير عن وقوع اشتباكات"). Only the nearer negation blocks by itself (``is_blocked``)."""
    at, values = m.first, m.values
    if at < sent.first or at >= sent.last:
        return False
    if at >= trig.first and not (at >= trig.last and "priority" in values):
        return False
    if "neg" in values and not ("plan" in values or "usually" in values or "priority" in values):
        if not _negated_report(art, m.last, trig.first):
            return False
    lo, hi = art.clause_of(trig.first, sent)
    if not lo <= at < hi:
        return False
    # "تقرر قبل هجوم سوسة": a time word between dates the decision by the act, which was done
    gap = range(m.last, trig.first) if at < trig.first else range(trig.last, at)
    return not any(art.tokens[k].text.lstrip("و") in _TIME_WORDS for k in gap)


def _negated_report(art: Article, k: int, first: int) -> bool:
    """Whether a report noun stands between a negation ending at token ``k`` and the trigger, the
    trigger within three words after it ("لم ترد أي تقارير عن وقوع اشتباكات")."""
    for j in range(k, first):
        if art.tokens[j].text.lstrip("و") in _REPORT_NOUNS:
            return first - j <= 3 and j - k <= 3
    return False


_EXPOSED = tuple(sorted(word_set("exposed")))  # word starts, for ``str.startswith``
_EXPOSED_REACH = 4  # words from "تعرض" to its "ل": the time of day or the victim between


def _exposed_to(art: Article, sent: Sentence, first: int) -> bool:
    """"تعرض مساء السبت لاعتداء مسلح", "تعرضت دورية للشرطة لهجوم": the لـ after "exposed to"
    names what befell, not a purpose, even with the time or the victim between."""
    return any(art.tokens[k].text.lstrip("وف").startswith(_EXPOSED)
               for k in range(max(sent.first, first - _EXPOSED_REACH), first))


@functools.lru_cache(maxsize=20_000)
def _trigger_reading(token: str, phrase: str) -> tuple[bool, bool]:
    """What the word alone says of a trigger matched on it, asked once per word and phrase:
    whether it is a purpose (``_is_purpose``), and whether it is no act at all: "القتلى" (the
    dead) read as "قتل" + the pronoun ي, a count; "سيقصف", "وستشن": the future prefix on a verb;
    "لاغار", the Afghan province, read as "ل" + "أغار" (raided)."""
    tok = token.lstrip("وف")
    misread = tok.endswith("قتلي") and not norm_phrase(phrase).endswith("قتلي") \
        or len(tok) > 3 and tok[0] == "س" and tok[1] in "يتن" and not norm_phrase(phrase).startswith("س") \
        or tok.startswith("لاغار")  # "ولاية لاغار" (Logar) read as "ل" + "أغار": no verb takes the lam
    return _is_purpose(token, phrase), misread


# "among them" after a toll; not "منهم", which also opens a partitive subject ("نفذ ثلاثة منهم
# عمليات انتحارية": three of them carried out suicide attacks)
_AMONG_PEOPLE = word_set("among_people")


def _counted_among(art: Article, sent: Sentence, i: int) -> bool:
    """The word at token ``i`` names people in a sub-count of a toll ("بينهم ثلاثة انتحاريين",
    "بينهم انتحاري"): a trigger word read there describes the dead, it tells no event."""
    k = i - 1
    if k < sent.first:
        return False
    word = art.tokens[k].text
    # the word before, or the one before a number there: asked about numbers only when it matters
    before = k > sent.first and art.tokens[k - 1].text in _AMONG_PEOPLE
    if word in _AMONG_PEOPLE:
        return before or not may_start_number(word)
    return before and may_start_number(word)


_BOUND_VERBS = word_set("bound_verbs")


def _bound_phrase(art: Article, m: Match[str]) -> bool:
    """"ما لا يقل عن 6 غارات"، "لا سيما الغارات"، "لا تزال المعارك": the "لا" of a bound ("at
    least"), of "especially" or of "still", no negation of the act."""
    return m.last < len(art.tokens) and art.tokens[m.last].text in _BOUND_VERBS


_DURING = word_set("during")


def _during_attempt(art: Article, m: Match[str]) -> bool:
    """"قتلوا أثناء محاولتهم الهجوم على القوات": killed during the attempt, so the attempt was
    made and fought off; "في محاولة للسيطرة" (aiming at) is not done yet."""
    return m.first > 0 and art.tokens[m.first].text.startswith("محاول") \
        and art.tokens[m.first - 1].text.lstrip("و") in _DURING


def _misread(art: Article, m: Match[str]) -> bool:
    """A one-word cue found only by reading the word's last letter as an ending: "غداة" (the day
    after) as "غدا" (tomorrow) + the pronoun ه, "بعدما" (after) as "ب" + "عدم" + the accusative ا."""
    if m.last - m.first != 1:
        return False
    if art.taa_read_as_pronoun(m):
        return True
    phrase, text = norm_phrase(m.phrase), art.tokens[m.first].text
    return text.endswith("ا") and not phrase.endswith("ا") and text[:-1].endswith(phrase)


def _is_purpose(token: str, phrase: str) -> bool:
    """A verbal noun with the purpose lam attached directly (ل + masdar, no article)."""
    word = token.lstrip("وف")
    head = norm_phrase(phrase).split()[0]
    if word.startswith("لل") and not head.startswith("ل"):
        return True  # "للقبض على": لـ + the article
    return word.startswith("ل") and not head.startswith("ل") and word[1:].startswith(head[:2])


def _blast_instrument(art: Article, trig: Match[str]) -> bool:
    """"هجوم بعبوة ناسفة", "هجمات بقنابل في حي X": an attack whose instrument, right after it,
    is a bomb or a mine is a bombing, not a clash (firebombs and stun grenades are not)."""
    cues = art.between("cues", trig.last, trig.last + 3)  # the three words' cues, in one look-up
    if not cues:
        return False
    for k in range(trig.last, min(trig.last + 3, len(art.tokens))):
        here = [m for m in cues if m.first == k]
        if here and "use" in here[0].values:
            return _used_blast(art, max(here, key=lambda m: m.last).last)
        if here and art.tokens[k].text.startswith("ب"):
            return "blast" in max(here, key=lambda m: m.last).values  # not "بقنابل حارقة"
    return False


_USE_REACH = 6  # tokens from "باستخدام" to the explosives it names: a vehicle and its load between


def _used_blast(art: Article, k: int) -> bool:
    """"نفذ الهجوم باستخدام جرار محمل بطنين من المتفجرات": the first weapon named after "using",
    past the vehicle that carried it, is a bomb (not "قنابل حارقة", "أسلحة رشاشة")."""
    for m in art.between("cues", k, k + _USE_REACH):
        if "arms" in m.values or "blast" in m.values:
            here = [c for c in art.between("cues", m.first, m.first + 1) if c.first == m.first]
            return "blast" in max(here, key=lambda c: c.last).values
    return False


_BOMBARDING = frozenset({"STRIKE_AIR", "BOMBARD", "air_drone_strike", "shelling_artillery_missile_attack"})
_EXPLODED = frozenset({"suicide_bomb", "EXPLOSION", "remote_explosive_landmine_ied"})
_SEIZED = frozenset({"DISRUPT", "SEIZE", "disrupted_weapons_use"})


def overruled(cls: str, strong: set[str]) -> bool:
    """Whether the strong triggers ``strong`` of its clause type the event in place of a trigger
    of class ``cls``: ``resolve_type`` then gives it none, whatever else its sentence says (so
    the caller need not find its roles)."""
    if cls in ("TARGETED", "KILLING_WEAK"):
        return bool(strong)
    if cls == "SHELL":
        return bool(strong - {"SHELL"})
    if cls == "ATTACK":
        return not _EXPLODED.isdisjoint(strong)  # the explosion trigger types this sentence
    if cls == "EXPLOSION":
        return not _SEIZED.isdisjoint(strong) or "suicide_bomb" in strong
    if cls == "remote_explosive_landmine_ied":
        return not _SEIZED.isdisjoint(strong)  # bombs found or defused, not set off
    if cls == "KILLING_SHOT":
        return bool(strong - {"KILLING_SHOT", "KILLING", "KILLING_WEAK"})
    return False


def resolve_type(art: Article, sent: Sentence, trig: Match[str], cls: str,
                 perps: list[str], lexicon: Lexicon, strong_in_sentence: set[str],
                 victims: set[str], casualties: bool = False, displaced: bool = False,
                 whole: dict[str, Match[str]] | None = None) -> str | None:
    """Turn a trigger class into an event type id, or None when the context says no event.

    ``whole`` is ``cue_kinds`` of the sentence, when the caller has it (it asks once per sentence)."""
    if cls in SKIP or overruled(cls, strong_in_sentence) and not fire_exchanged(art, sent, trig, cls, whole):
        return None
    if cls == "WITHDRAW":
        return "non_violent_transfer_of_territory" if perps and _withdrew_from(art, sent, trig) else None
    if cls == "AGREEMENT":
        return "agreement" if _truce_concluded(art, sent, trig) else None
    if cls == "STRIKE_AIR":
        return None if _standing_campaign(art.tokens[trig.first].text) else "air_drone_strike"
    if cls == "CLASH":
        return "armed_clash"
    if fire_exchanged(art, sent, trig, cls, whole):
        return "armed_clash"
    lo, hi = max(sent.first, trig.first - WINDOW), min(sent.last, trig.last + WINDOW)
    near = cue_kinds(art, lo, hi)
    if whole is None:
        whole = cue_kinds(art, sent.first, sent.last)
    if cls == "BOMBARD":
        if "air" in near and _air_of_own(art, trig, lo, hi) \
                or AIR_ACTORS.intersection(perps) and ("ground" not in near or "air" in near) \
                or _air_subject(art, sent, trig, whole, perps, lexicon) or _strikes_hit(art, sent, trig):
            # a coalition that flies is still named by its guns: "المدفعية السعودية دكت" is shelling
            return "air_drone_strike"
        if "chemical_weapon" in strong_in_sentence:
            return None
        return "shelling_artillery_missile_attack"
    if cls == "TARGETED":
        if _strikes_in_general(art, trig):
            return None
        if "air" in near:
            return "air_drone_strike"
        if "ground" in near:
            return "shelling_artillery_missile_attack"
        return None
    if cls == "SHELL":
        if "air" in near:
            return "air_drone_strike"
        return "shelling_artillery_missile_attack"
    if cls == "ATTACK":
        if "air" in near:
            return "air_drone_strike"
        if "grenade" not in strong_in_sentence and _blast_instrument(art, trig):
            return "remote_explosive_landmine_ied"
        if "ground" in near and "civ" not in near and not _backing(art, near["ground"]):
            return "shelling_artillery_missile_attack"
        if ("civ" in near or victims & CIVILIAN_CLASSES) and "mil" not in near and not victims & VICTIM_COMBATANT:
            return "attack"
        if _unknown_on_unarmed(perps, victims, whole):
            return "attack"
        return "armed_clash"
    if cls == "TERRITORY" and not perps and (verb := lost_hold(art, sent, trig)) is not None:
        # "فقد الحوثيون السيطرة على المدينة": no taker named, the loser's side tells who took it
        losers = [m.values[0] for m in art.between("actors", verb + 1, trig.first)]
        if rebels_only(lexicon, losers):
            return "government_regains_territory"
        return "non_state_actor_overtakes_territory" if _any_state(losers, lexicon) else None
    if cls in ("TERRITORY", "REGAIN", "REGAIN_MAYBE", "TERRITORY_FALL"):
        if cls == "TERRITORY_FALL" and "fall_to" not in near and _fall_cue(art, sent, trig) is None:
            return None
        if cls == "REGAIN_MAYBE" and not rebels_only(lexicon, perps) and rebels_only(
                lexicon, [m.values[0] for m in expelled(art, sent, trig) or _freed_done(art, sent, trig)]):
            # "تم دحر ميليشيا الحوثي من جبهة": rebels driven out by no other rebels named
            return "government_regains_territory"
        if cls == "REGAIN_MAYBE" and not perps and "progov" not in whole:
            return None  # "تحرير", "طرد" need a side: a named actor or "القوات الموالية للحكومة"
        rebels = any(lexicon.actor_info[p].inter == 2 for p in perps if p in lexicon.actor_info)
        if _any_state(perps, lexicon) or "progov" in whole and (not rebels or cls in ("REGAIN", "REGAIN_MAYBE")):
            # retaking or expelling with a pro-government side named ("قوات المقاومة الموالية
            # للرئيس ... في طرد الحوثيين"): the rebels named are the ones who lost the ground
            return "government_regains_territory"
        if rebels:
            return "non_state_actor_overtakes_territory"
        # an unknown side: retaking (استعاد) is what government forces report; plain taking is unknown
        return "government_regains_territory" if cls == "REGAIN" else \
            ("non_state_actor_overtakes_territory" if perps else None)
    if cls == "EXPLOSION":
        if "air" in near or ("ground" in near or not _BOMBARDING.isdisjoint(strong_in_sentence)) \
                and not _rigged(trig):
            # "انفجار القذيفة", "سمعت أصوات انفجارات من مناطق القصف": the shells' or the strikes'
            # blasts, typed by their own trigger
            return None
        return "suicide_bomb" if _rammed(art, sent, trig) else "remote_explosive_landmine_ied"
    if cls == "KILLING_SHOT":
        if not casualties:
            return None
        cls = "KILLING"
    if cls == "KILLING":
        if "civ" in near and ("mil" not in near or _among_civilians(art, trig)):
            return "attack"  # "أطلق النار داخل سينما": a gunman among people who cannot fight back
        if victims & VICTIM_COMBATANT and not victims & CIVILIAN_CLASSES:
            return "armed_clash" if "mil" in whole or perps else "attack"
        return "attack"
    if cls == "KILLING_WEAK":
        if not perps or _any_state(perps, lexicon) and not victims & CIVILIAN_CLASSES:
            return None
        return "attack" if victims & CIVILIAN_CLASSES or "civ" in near else None
    if cls == "chemical_weapon" and "disperse" in whole:
        return None  # tear gas against protesters is not a chemical weapon
    if cls == "CHEM_MAYBE":
        return "chemical_weapon" if "use" in whole or "air" in whole else None
    if cls == "DISRUPT":
        return "disrupted_weapons_use"
    if cls == "SEIZE":
        if "arms" in near:
            return "disrupted_weapons_use"
        # "ضبط 21 مطلوبا", "ضبط متهمين": the police seize people, an arrest
        return "arrests" if "wanted" in near else None
    if cls == "peaceful_protest":
        if "riot" in whole or "fire" in whole:
            # "لتفريق المتظاهرين الذين رشقوا القوات بقنابل حارقة": the protesters' own violence
            # types it, whether or not the police stepped in (ACLED)
            return "violent_demonstration"
        if "disperse" in whole:
            return "protest_with_intervention"
        return "peaceful_protest"
    if cls == "forced_displacement":
        # people fleeing without a figure is too often fighters retreating
        return cls if displaced or art.tokens[trig.first].text.lstrip("وفب").startswith(("تهجير", "التهجير")) else None
    if cls == "siege":
        return cls if art.tokens[trig.first].text not in {"الحصار", "حصار", "المحاصره", "محاصره"} else None
    if cls == "suicide_bomb" and carried(art, trig):
        return None
    if cls == "remote_explosive_landmine_ied" and (cleared := _cleared(art, sent, trig)) is not None:
        return "disrupted_weapons_use" if cleared else None
    if cls in ACLED:
        return cls
    return None


_UNKNOWN = frozenset({"unknown_gunmen"})
# the verbal nouns of driving out, bare or after "و" ("وطرد"): "لطرد", "بطرد" tell aims or means
_EXPEL_NOUNS = frozenset(c + w for c in ("", "و") for w in word_set("expel_stems"))
# what tells the act done, before the noun: "تم/جرى دحر", "تمكنت المقاومة من طرد", "ثم طرد";
# "بعد طرد" retells it, "لطرد", "على طرد" (plans, aims) and "في دحر" (reasons) tell none
_WAS = word_set("was")  # the past of the story ("وكان ... قد")
_EXPEL_DONE = word_set("expel_done")
# "انسحبت الميليشيات ... من": the past verb of forces leaving a place; the noun ("الانسحاب من
# العراق", "قرار الانسحاب") is mostly policy talk, and "انسحب" without "من" is a retreat told
# with no place left
_WITHDREW = word_set("withdrew")
_WITHDRAW_REACH = 12  # tokens from the verb to its "من": the subject and a day stand between
# "انسحب (أيضا) على" (it applies to), "انسحب سابقا" (a past retreat retold) right after the
# verb: no withdrawal now
_NOT_LEFT = word_set("not_left")
# what forces withdraw from that is no ground: talks, programmes, deals, bodies
_NOT_GROUND = word_set("not_ground")
# the words of a truce or an exchange ("الهدنة", "وقف إطلاق النار", "تبادل الأسرى"): a bare
# "اتفاق" is as often a political, trade or nuclear deal
_TRUCE_HEADS = word_set("truce_heads")
# verbs that conclude or announce one ("أعلن التحالف هدنة", "توصل الطرفان إلى اتفاق لوقف
# إطلاق النار", "وقعت الأطراف"): talk about a truce (calls, violations, hopes) makes no event
_CONCLUDED = word_set("concluded")
_CONCLUDE_REACH = 8  # tokens before the truce word in which its verb stands


def expelled(art: Article, sent: Sentence, trig: Match[str]) -> list[Match[str]]:
    """The actors right after a verbal noun of expelling told done ("تم طرد الحوثيين", "تمكنت
    المقاومة من دحر ميليشيا الحوثي"): its object, the side driven out, not its doer (the finite
    verb "طردت القوات" has its subject there)."""
    if art.tokens[trig.first].text not in _EXPEL_NOUNS or trig.first == sent.first \
            or art.tokens[trig.first - 1].text not in _EXPEL_DONE \
            or any(art.tokens[k].text in _WAS for k in range(sent.first, trig.first)):
        return []  # "بينما كان الجيش في موقف صعب، تمكنت البشمركة من دحر": a past told as background
    return [m for m in art.in_sentence("actors", sent) if trig.last <= m.first <= trig.last + 1]


_FREED_REACH = 8  # tokens from a freeing word to the "من" of the side driven out: the place between
# "تحرير المدينة من سيطرة الحوثيين", "من قبضة داعش": the hold named between "من" and its side
_HOLD_WORDS = word_set("hold_words")


def freed_from(art: Article, sent: Sentence, trig: Match[str]) -> list[Match[str]]:
    """"تحرير محافظة لحج من المتمردين", "تطهير المنطقة من عناصر داعش": the side named right
    after a "من" past the place a freeing or retaking word frees is the one driven out, never its
    doer ("من قبل الجيش", the agent, has "قبل" between)."""
    out: list[Match[str]] = []
    hi = min(sent.last, trig.last + _FREED_REACH)
    for k in range(trig.last, hi):
        if art.tokens[k].text != "من" or k + 1 >= sent.last:
            continue
        at = k + 2 if art.tokens[k + 1].text in _HOLD_WORDS else k + 1
        out.extend(m for m in art.between("actors", at, at + 1) if m.first == at)
    return out


def _freed_done(art: Article, sent: Sentence, trig: Match[str]) -> list[Match[str]]:
    """``freed_from`` where the word before tells the freeing done ("تم تطهير المنطقة من داعش",
    "بعد تحريرها من الحوثيين"): "معركة تحرير تعز من الميليشيا", "حتى يتم تحرير" tell none."""
    if trig.first == sent.first:
        return []
    prev = art.tokens[trig.first - 1].text
    if prev not in _EXPEL_DONE and prev.lstrip("و") != "بعد":
        return []
    return freed_from(art, sent, trig)


def _withdrew_from(art: Article, sent: Sentence, trig: Match[str]) -> bool:
    """"انسحبت ميليشيات الحوثي، السبت، من أطراف المدينة": forces left a place, which changes
    hands without a fight (ACLED's non-violent transfer of territory), when the sentence tells
    no fighting beside it."""
    if _WITHDREW.isdisjoint(art.tokens[trig.first].stems):
        return False
    if any(m.values[0] not in SKIP and m.values[0] != "WITHDRAW" for m in art.in_sentence("triggers", sent)):
        return False  # "انسحبوا من التل بعد أكثر من 120 غارة": a retreat under fire, typed by the fight
    for k in range(trig.last, min(sent.last, trig.last + _WITHDRAW_REACH)):
        stems = art.tokens[k].stems
        if k < trig.last + 2 and not _NOT_LEFT.isdisjoint(stems):
            return False  # "انسحب أيضا على": it applies to; "انسحب سابقا": a past retreat retold
        if "السابق" in stems and art.tokens[k - 1].text == "في":
            return False  # "انسحب المقاتلون في السابق من القصير": a past retreat retold
        if "من" in stems:
            nxt = art.tokens[k + 1].stems if k + 1 < sent.last else ()
            return _NOT_GROUND.isdisjoint(nxt)
    return False


def _truce_concluded(art: Article, sent: Sentence, trig: Match[str]) -> bool:
    """"أعلن التحالف السبت هدنة إنسانية": a truce or exchange concluded or announced is an
    agreement event; one only talked about is not."""
    if _TRUCE_HEADS.isdisjoint(art.tokens[trig.first].stems):
        return False
    start = max(sent.first, trig.first - _CONCLUDE_REACH)
    return any(_concluding_verb(art.tokens[k].text) for k in range(start, trig.first))


def _concluding_verb(text: str) -> bool:
    """A finite verb of concluding ("وأعلن", "توصلت", "أعلنها"), not its noun: "بهدف التوصل إلى
    هدنة" is an aim, "إعلان الهدنة" is most often told as background to other news."""
    return text in _CONCLUDED or text[:1] in "وف" and text[1:] in _CONCLUDED


def _unknown_on_unarmed(perps: list[str], victims: set[str], whole: dict[str, Match[str]]) -> bool:
    """"تعرض مبنى الحزب لاعتداء مسلح من قبل مجهولين": unidentified gunmen striking where the
    sentence names no forces, posts or fighters fight no one: ACLED codes it violence against
    civilians, not a clash between two armed sides."""
    return bool(perps) and _UNKNOWN.issuperset(perps) and "mil" not in whole \
        and not victims & VICTIM_COMBATANT


def _among_civilians(art: Article, trig: Match[str]) -> bool:
    """"واعلنت شرطة المدينة ... موت المشتبه باطلاقه النار في سينما": where the killing word is
    followed at once by a civilian place or people, and by no military one, that is where it
    happened, whatever forces (often the speaker) the sentence names before it."""
    after = kinds_of(art.between("cues", trig.last, trig.last + 3))
    return "civ" in after and "mil" not in after


def carried(art: Article, trig: Match[str]) -> bool:
    """"8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم": a suicide belt that its bearers
    wear or carry (the word right before says so) went off in no blast the sentence tells."""
    return trig.first > 0 and any(m.last == trig.first and "carry" in m.values
                                  for m in art.between("cues", trig.first - 1, trig.first))


def _strikes_in_general(art: Article, trig: Match[str]) -> bool:
    """"بسبب قوة الضربات التي توجهها طائرات التحالف": the bare "ضربة" with the article is the
    strikes in general or ones told already; a new strike comes indefinite ("نفذت ثلاث ضربات")."""
    return norm_phrase(trig.phrase).startswith("ضرب") \
        and art.tokens[trig.first].text.lstrip("وف").startswith(("ال", "بال", "لل", "كال"))


def _air_of_own(art: Article, trig: Match[str], lo: int, hi: int) -> bool:
    """Whether an air cue in tokens [lo, hi) tells of this bombardment. In a second act joined by
    "و" ("قصف جوي على منطقة الاشتباكات وقصف لقوات النظام") the "جوي" in or right after the
    earlier trigger's words types that one only; "بالمدفعية وطائرات الأباتشي" joins a second
    weapon, and "وقصف بالبراميل المتفجرة" after the word is its instrument."""
    if not art.tokens[trig.first].text.startswith("و"):
        return True  # not a second act joined to an earlier one: "غارات الطيران قصفت" is one
    others = [t for t in art.between("triggers", lo, trig.first) if t.last <= trig.first]
    return any("air" in m.values and not any(
        t.first <= m.first < t.last or m.first == t.last and not art.tokens[m.first].text.startswith("و")
        for t in others) for m in art.between("cues", lo, hi))


def _rigged(trig: Match[str]) -> bool:
    """A rigged vehicle ("سيارتين مفخختين", "شاحنة ملغومة") is a bomb whatever guns or shells the
    sentence names beside it ("هجوم بسيارتين مفخختين تبعه اشتباكات بالقذائف"); aircraft near it
    still mean it was struck ("تدمير سيارة مفخخة بقصف لطيران التحالف")."""
    phrase = norm_phrase(trig.phrase)
    return "مفخخ" in phrase or "ملغوم" in phrase or "متفجر" in phrase  # "محملة بالمتفجرات"


def _rammed(art: Article, sent: Sentence, trig: Match[str]) -> bool:
    """"اقتحم متشدد بوابة الفندق بسيارة محملة بالمتفجرات": a rigged vehicle that is the instrument
    ("ب") of a storming verb before it in its clause was driven into its target, a suicide car
    bomb, not a planted one."""
    if not _rigged(trig) or not any(art.tokens[k].text.startswith("ب") for k in (trig.first - 1, trig.first)):
        return False
    lo, _ = art.clause_of(trig.first, sent)
    return any(m.values[0] == "CLASH_OR_RAID" and m.last <= trig.first
               for m in art.between("triggers", lo, trig.first))


def _backing(art: Article, cue: Match[str]) -> bool:
    """"مدعومين بدبابات هاجموا": guns or tanks named as the support of an assault back the
    fighters who attack; the attack is no bombardment."""
    return any("support" in m.values and m.last == cue.first
               for m in art.between("cues", max(0, cue.first - 3), cue.first))


_FIRE = frozenset({"BOMBARD", "SHELL", "KILLING_SHOT", "shelling_artillery_missile_attack"})
_EXCHANGE_REACH = 14  # tokens from "تبادلت" to the fire it exchanged: the sides and weapons between
_NOT_FIRE = word_set("not_fire")
_CONTRAST = word_set("contrast")  # "فيما", "بينما": a clause of another act opens


def fire_exchanged(art: Article, sent: Sentence, trig: Match[str], cls: str,
                   whole: dict[str, Match[str]] | None) -> bool:
    """Fire of class ``cls`` that two sides exchanged (``_exchanged``): a clash of its own, which
    the strikes of its clause do not overrule ("قصف الجيش بطائرات ... حيث يتبادل الجانبان إطلاق
    النار"، "تبادلت الجماعة ... إطلاق نيران المدفعية مع القوات ... فيما قصفت طائرات"): the
    aircraft strike one side, the two sides fight each other."""
    return cls in _FIRE and (whole is None or "exchange" in whole) and _exchanged(art, sent, trig)


def _exchanged(art: Article, sent: Sentence, trig: Match[str]) -> bool:
    """"تبادلت المقاومة والجيش مع الحوثيين إطلاق النيران بالمدفعية": fire or shelling that two
    named sides exchanged is an armed clash, whatever the weapon. The sides stand between the
    verb and the fire or after "مع"; "مسلحين تبادلوا اطلاق نار في حفل زفاف" names one (a
    shooting), and "تبادلا الاتهامات بشأن القصف" exchanged words."""
    lo, hi = art.clause_of(trig.first, sent)
    for m in art.between("cues", max(lo, trig.first - _EXCHANGE_REACH), trig.first):
        if "exchange" in m.values:
            if any(art.tokens[k].text.lstrip("و") in _NOT_FIRE for k in range(m.last, trig.first)):
                return False
            if not _CONTRAST.isdisjoint(art.words[m.last:trig.first]):
                return False  # "تبادلوا إطلاق النار ... فيما قصفت طائرات": the fire after is its own act
            return m.last < trig.first or any(
                art.tokens[k].text == "مع" for k in range(trig.last, min(hi, trig.last + 3)))
    return False


def _any_state(perps: list[str], lexicon: Lexicon) -> bool:
    """Whether a state's forces are among the doers."""
    return any(lexicon.actor_info[p].is_state for p in perps if p in lexicon.actor_info)


def _air_subject(art: Article, sent: Sentence, trig: Match[str], whole: dict[str, Match[str]],
                 perps: list[str], lexicon: Lexicon) -> bool:
    """"سقطت طائرة حربية ... أثناء قصفها حيا", "قامت ثلاث مقاتلات من سلاح الجو بقصف": an aircraft
    named before the bombardment word is its subject however far back, unless the sentence also
    names guns or rockets, the word has its own doer after it or only a rebel side (which flies
    none) is named."""
    if "ground" in whole or art.between("actors", trig.last, trig.last + 1) or any(
            "agent" in m.values for m in art.between("cues", trig.last, trig.last + 2)):
        return False  # "قصف قوات النظام"، "قصف عنيف من قبل قوات النظام": its own doer follows
    if rebels_only(lexicon, perps):
        return False
    return any("air" in m.values for m in art.between("cues", sent.first, trig.first))


def _strikes_hit(art: Article, sent: Sentence, trig: Match[str]) -> bool:
    """"خمس غارات قرب الرمادي قصفت وحدات تكتيكية"، "13 غارة ... تركزت خمس منها قرب كوباني وقصفت
    مواقع": a bombardment verb whose subject is the air strikes told before it in its clause
    tells what they hit ("قصفت أربع غارات مراكز": the strikes right after it are its subject); it
    is no shelling of its own, unless guns are named by it ("وقصف مدفعي") or its own doer
    follows it ("وقصفت قوات النظام"). Tanks it hit ("قصفت وحدات ودبابات") are no guns of its own."""
    if any("ground" in m.values for m in art.between("cues", trig.first - 1, trig.last + 2)) \
            or art.between("actors", trig.last, trig.last + 2):
        return False
    lo = art.clause_of(trig.first, sent)[0]
    return any(t.values[0] == "STRIKE_AIR" for t in art.between("triggers", lo, min(sent.last, trig.last + 2)))


def rebels_only(lexicon: Lexicon, doers: list[str]) -> bool:
    """Whether the known doers are all rebel groups or militias (ACLED inter 2 or 3), none a
    state: they fly no aircraft, so their bombardment is shelling."""
    inters = [info.inter for a in doers if (info := lexicon.actor_info.get(a)) is not None]
    return bool(inters) and all(i in (2, 3) for i in inters)


def fall_taker(art: Article, sent: Sentence, trig: Match[str], actors: list[Match[str]]) -> Match[str] | None:
    """"سقوط معبر نصيب ومدينة إدلب بيد المعارضة": the side a place falls to is the actor right
    after "بيد / في أيدي" that follows the falling word, however long the places between."""
    cue = _fall_cue(art, sent, trig) if trig.values[0] == "TERRITORY_FALL" else None
    return None if cue is None else next((a for a in actors if cue.last <= a.first <= cue.last + 1), None)


def _fall_cue(art: Article, sent: Sentence, trig: Match[str]) -> Match[str] | None:
    """The "بيد / في أيدي" after a falling word, past the places that fell."""
    return next((c for c in art.between("cues", trig.last, min(sent.last, trig.last + _FALL_REACH))
                 if "fall_to" in c.values), None)


_CLEAR_REACH = 4  # words from "إزالة" to the bombs it clears: a number and "أكثر من" between


def _cleared(art: Article, sent: Sentence, trig: Match[str]) -> bool | None:
    """"إزالة أكثر من 450 عبوة ناسفة"، "تقوم بإزالة اللغم": bombs or mines cleared went off in no
    blast. None where no clearing word comes before; True where a count of them tells a clearing
    done (disrupted weapons use), False for clearing in general (no event)."""
    cue = next((m for m in art.between("cues", max(sent.first, trig.first - _CLEAR_REACH), trig.first)
                if "clear" in m.values), None)
    if cue is None:
        return None
    return any(may_start_number(art.tokens[k].text) for k in range(cue.last, trig.first))


# the verbs of losing ("فقد/فقدت/خسر ... السيطرة على"): their subject lost the ground, whoever
# took it ("لصالح X") is the doer; "فقد" + verb ("فقد سيطرت") is "ف" + "قد", never before the noun
_LOST = frozenset(w for v in word_set("lose_stems")
                  for w in (v, v + "ت", v + "وا", v + "ا", "و" + v, "و" + v + "ت", "و" + v + "وا", "و" + v + "ا"))
_LOST_REACH = 4  # tokens from the verb to "السيطرة": a subject and a day stand between


def lost_hold(art: Article, sent: Sentence, trig: Match[str]) -> int | None:
    """The token of the losing verb before "السيطرة على" ("فقدت القوات السيطرة على"), or None."""
    if art.tokens[trig.first].text != "السيطره":
        return None
    return next((k for k in range(trig.first - 1, max(sent.first, trig.first - _LOST_REACH) - 1, -1)
                 if art.tokens[k].text in _LOST), None)


def lost_to(art: Article, sent: Sentence, trig: Match[str], actors: list[Match[str]]) -> Match[str] | None:
    """The side a place was lost to, named right after "لصالح" after the trigger, or None."""
    for k in range(trig.last, min(sent.last, trig.last + _FALL_REACH)):
        if art.tokens[k].text == "لصالح":
            return next((a for a in actors if k < a.first <= k + 2), None)
    return None


# "شنت حملة جوية" launches one; "بعد الحملة الجوية التي أطلقتها أنقرة", "في حملتها الجوية" name
# the standing campaign as the background of other news
_NEW_CAMPAIGN = word_set("new_campaign")


def _standing_campaign(word: str) -> bool:
    """Whether an air-strike trigger's first word is a definite or possessed "حملة"."""
    return word.startswith(("حمل", "الحمل", "والحمل", "بالحمل", "للحمل")) and word not in _NEW_CAMPAIGN
