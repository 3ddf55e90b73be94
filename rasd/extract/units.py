"""ACLED units from mentions: one event per type, place and day, with its evidence.

Mentions that refer back to an event ("الهجوم الذي وقع") join it; where an event happens
and when comes from its clause, sentence, the sentences before and the dateline. Which event a
toll belongs to lives in ``tolls``; folding several tellings into one event in ``folding``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Collection, Sequence

from rasd.extract import speakers
from rasd.extract.article import Article, Sentence
from rasd.extract.context import Context
from rasd.extract.events import ACLED, Mention, behind_relative
from rasd.extract.figures import Figure as FoundFigure
from rasd.extract.folding import (
    GENERIC_ATTACK,
    PRECISION_RANK,
    absorb,
    coarseness,
    country_part,
    fold_battles,
    fold_coarse,
    fold_generic,
    fold_near,
    fold_same_place,
)
from rasd.extract.places import (
    SentenceMemo,
    country_named,
    dateline_place,
    earlier_act,
    event_places,
    in_relative,
    nationwide,
    to_location,
)
from rasd.extract.records import Event
from rasd.extract.roles import joint_air_forces, settle_actors
from rasd.extract.timex import TimeExpr, days_before
from rasd.extract.tolls import HARMFUL, VIOLENT, figure_owners, follow_up_figures, mark_unhurt, put_figures
from rasd.geo import Place
from rasd.lexicon import Lexicon, Match, read_tsv
from rasd.lexicon.wordsets import word_set

RECENT = dt.timedelta(days=30)
DEFAULT_LAG = dt.timedelta(days=1)  # events without a date: the day before publication
LEAD_SENTENCES = 2  # the article's first place stands for sentences 0..2 that name none
RETOLD_DAYS = 7  # one article's tellings of one type at one point this close are one event
# Generic trigger classes and the specific event types they can refer back to.
_REFERS_TO: dict[str, tuple[str, ...]] = {
    "ATTACK": VIOLENT,
    "EXPLOSION": ("suicide_bomb", "remote_explosive_landmine_ied", "air_drone_strike"),
    "BOMBARD": ("air_drone_strike", "shelling_artillery_missile_attack"),
    "KILLING": VIOLENT,
}


def build_events(art: Article, ctx: Context, mentions: list[Mention], pub: dt.date | None,
                 lexicon: Lexicon) -> list[Event]:
    """Mentions merged into ACLED units: one event per type, place and day."""
    events: dict[tuple, Event] = {}
    last_places: list[tuple[int, int, Place]] = []
    last_sentence = -2
    dateline = dateline_place(ctx)
    touched: list[tuple[Sentence, Event]] = []  # (sentence, event it fed), in text order
    told_at: dict[int, tuple[int, int, bool]] = {}  # id of an event -> where it was last told (``_tell``)
    owners = figure_owners(ctx, mentions, art)
    sources_of: dict[int, list[str]] = {}
    figures_of: dict[int, list[FoundFigure]] = {}  # sentence index -> its figures
    generic_only: set[int] = set()  # events only "هجوم"/"مقتل" words told, with no kind of attack
    countrywide: set[int] = set()  # events told over a whole country ("في 13 محافظة"): kept there
    named: set[int] = set()  # events some telling of which names its place in its own sentence
    apart: set[int] = set()  # clashes told in a relative clause of their place ("X التي تدور فيها معارك")
    told_in: dict[tuple, Event] = {}  # (sentence, clause) -> the earlier event a mention there refers to
    own_day: set[int] = set()  # events some telling of which writes its day right by its trigger
    # a report's time that dated an act a later telling re-dated -> (that sentence, the act's day):
    # the day of the mentions told there or just after that would take the same report's time
    redated: dict[tuple[int, int] | None, tuple] = {}
    dates = _Dates(art, ctx, pub)
    scenes: SentenceMemo = {}  # what ``event_places`` reads of a sentence, shared by its mentions
    places_of = [event_places(art, ctx, m, scenes) for m in mentions]
    split = split_sentences(mentions, places_of)
    told_by = figure_mentions(art, ctx, mentions, split, owners)
    for mention, own in zip(mentions, places_of, strict=True):
        sent = mention.sentence
        sent_places = own_places = own
        placeless = False
        if not own_places and _generic(art, mention.trigger):
            continue  # "هجمات", "العمليات العسكرية" with no place of their own
        if sent_places and all(p.kind == "country" for _, _, p in sent_places) and last_places \
                and sent.index - last_sentence <= 3 and {p.location.get("country") for _, _, p in sent_places} \
                == {p.location.get("country") for _, _, p in last_places}:
            sent_places = last_places  # "في مالي" after "في مدينة سيفاري": the town is more precise
        elif sent_places:
            if not (sent.index == last_sentence and earlier_act(art, mention)):
                last_places, last_sentence = sent_places, sent.index
        elif last_places and (sent.index - last_sentence <= 3 or not dateline and ctx.places
                              and ctx.places[0][2].kind == "country"):
            # a later paragraph with no place of its own stays at the last event's place rather
            # than falling back to the country the article opens with
            sent_places = last_places
        elif dateline:
            sent_places = [dateline]
        elif ctx.places:  # the article's first place stands for the article's lead
            sent_places = [ctx.places[0]]
            placeless = sent.index > LEAD_SENTENCES
        whole = _countrywide(art, ctx, mention, own, sent_places)
        if whole is not None:
            sent_places, placeless = [whole], False
        date, date_to, precision, date_span = dates.of(sent, mention.trigger)
        if date_span in redated and sent.index <= redated[date_span][0] + _RETOLD_REACH \
                and not _dated_by_itself(art, mention, date_span):
            date, date_to, precision, date_span = redated[date_span][1]
        documented = _rights_report(art, mention, lexicon) and not (
            _dated_by_itself(art, mention, date_span) and art.token_at(date_span[0]) > mention.trigger.first)
        earlier = _days_earlier(art, mention.trigger)
        if earlier and date is not None and precision == "day":
            date, date_to = date - dt.timedelta(days=earlier), None  # "بعد أربعة أيام على الهجوم"
        if sent.index not in sources_of:  # one sentence's sources serve all its mentions
            sources_of[sent.index] = speakers.sentence_sources(art, sent, lexicon)
        sources = sources_of[sent.index]
        figures = figures_of.get(sent.index)
        if figures is None:  # one sentence's figures, found once for all its mentions
            figures = figures_of[sent.index] = [f for _, f in ctx.figures_between(sent.first, sent.last)]
        if figures and owners:
            figures = [f for f in figures if owners.get(id(f), mention.type) == mention.type]
        if sent.index in split:
            figures = [f for f in figures if told_by.get(id(f)) == id(mention)]
        anaphor = antecedent(art, mention, events.values(), ctx, told_at)
        clause = None  # (sentence, the trigger's clause): found only where ``told_in`` is asked
        if anaphor is None and told_in:
            clause = (sent.index, art.clause_of(mention.trigger.first, sent))
            told = told_in.get(clause)
            if told is not None and told.type == mention.type:
                anaphor = told  # "الانفجار نجم عن تفجير سيارة ملغومة": the same act, described
        doer = doer_noun(art, mention)
        if anaphor is not None and own_places and not demonstrative(art, mention) \
                and not any(p.name_ar == anaphor.location.name_ar for _, _, p in own_places) \
                and not (_holds_all(art, own_places, anaphor) and not _dated_by_itself(art, mention, date_span)) \
                and (anaphor.location.precision == "town" and not doer
                     or precision == "day" and not _coarse(anaphor) and not _same_days(anaphor, date, date_to)
                     and _dated_by_itself(art, mention, date_span)):
            # told at another place, unless by a demonstrative ("هذا الهجوم"): "القصف" at another town,
            # or "... وقال ناشطون إن القصف على بلدة X في 2 مارس" on its own day, is another event
            anaphor = None
        listed = None  # a coarse event told again place by place: its day and doers go to each place
        if anaphor is not None and len(own_places) > 1 and _coarse(anaphor) \
                and all(p.kind == "town" or p.kind == "region" and p.location.get("admin1")
                        for _, _, p in own_places):
            # "نفذ طيران التحالف 9 غارات ... الغارات استهدفت مواقع في X وY": one event per place
            listed, anaphor = anaphor, None
            date, date_to, precision, date_span = listed.date, listed.date_to, listed.date_precision, listed.date_span
        if anaphor is None and doer:
            continue  # "مدبر هجوم على مطعم": a person's past deed, told to say who he is
        if anaphor is not None:
            if id(anaphor) not in own_day and date is not None and precision == "day" \
                    and not _same_days(anaphor, date, date_to) and _dated_by_itself(art, mention, date_span) \
                    and art.token_at(date_span[0]) >= mention.trigger.last:
                # "قتل 25 خلال هجوم، حسبما أفاد المرصد أمس ... شنوا هجومهم أول من أمس": the day a later
                # telling writes right after its trigger is the act's, not the report's day the first
                # took ("وتفقد السكان اليوم موقع التفجير": a day before it is another deed's)
                if anaphor.date_span is not None:
                    redated[anaphor.date_span] = (sent.index, (date, date_to, precision, date_span))
                anaphor.date, anaphor.date_to, anaphor.date_span = date, date_to, date_span
                own_day.add(id(anaphor))
            if _coarse(anaphor) and sent_places and len(sent_places) == 1 and sent_places[0][2].kind == "town":
                anaphor.location = to_location(sent_places[0])
            elif _coarse(anaphor) and own_places:
                finer = _finer_scene(anaphor, own_places)
                if finer is not None:
                    anaphor.location = to_location(finer)
                    if (id(anaphor) not in own_day or dates.reported(anaphor)) \
                            and precision == "day" and date_span is not None \
                            and sent.start <= date_span[0] < sent.end \
                            and art.token_at(date_span[0]) >= mention.trigger.last:
                        # "وذكر أن الغارة ... قتل في ضربة وقعت في 11 يوليو في منطقة X": the sentence
                        # that says where the act was says when, where its first telling did not
                        anaphor.date, anaphor.date_to, anaphor.date_precision = date, date_to, precision
                        anaphor.date_span = date_span
                        own_day.add(id(anaphor))
            fill(art, anaphor, mention, figures, sources)
            touched.append((sent, anaphor))
            _tell(art, told_at, anaphor, mention)
            if clause is None:
                clause = (sent.index, art.clause_of(mention.trigger.first, sent))
            told_in.setdefault(clause, anaphor)
            continue
        # a clash told in a relative clause of its place ("X التي تدور فيها معارك"), for each place
        in_place = mention.type == "armed_clash" and bool(own) and in_relative(art, ctx, mention)
        places_here: Sequence[tuple[int, int, Place] | None] = sent_places or (None,)
        for k, place in enumerate(places_here):
            # the place's share of the key; its ``Location`` is made only for an event that needs
            # one (each event its own). Place mentions are told apart by position, never by
            # identity: a compiled build (mypyc) makes a new tuple each time it passes one on.
            key = (mention.type, _spot(place), date, date_to)
            ev = events.get(key)
            if ev is None:
                acled = ACLED.get(mention.type, ("", ""))
                ev = Event(mention.type, acled[0], acled[1], date, date_to, precision, to_location(place),
                           trigger_span=art.span(mention.trigger.first, mention.trigger.last),
                           date_span=date_span, confidence=0.5)
                events[key] = ev
                ev.placeless = placeless
                ev.documented = documented
                if _dated_by_itself(art, mention, date_span):
                    own_day.add(id(ev))
                generic_only.add(id(ev))
            if mention.trigger.values[0] not in GENERIC_ATTACK:
                generic_only.discard(id(ev))
            if not placeless:
                ev.placeless = False  # told again where the text places it
            if not documented:
                ev.documented = False  # told again as an act, not as a report's account
            fill(art, ev, mention, figures if len(sent_places) <= 1 or k == 0 else [], sources)
            if in_place:
                apart.add(id(ev))
            if whole is not None or place is None:  # an event placed nowhere hosts only those placed nowhere
                countrywide.add(id(ev))
            elif own and sent_places is own:
                named.add(id(ev))
            if listed is not None and not ev.perpetrators:
                ev.perpetrators.extend(p for p in listed.perpetrators if p not in ev.targets)
            touched.append((sent, ev))
            _tell(art, told_at, ev, mention)
    _follow_scenes(art, ctx, events.values(), {m.sentence.index for m in mentions}, countrywide, own_day, dates)
    for ev in events.values():  # the text of its evidence, once all its sentences are in
        ev.evidence = " / ".join(art.text[s:e] for s, e in ev.evidence_spans)
    follow_up_figures(art, ctx, mentions, touched)
    out = _join_countrywide(list(events.values()), countrywide, named)
    # a generic "هجوم" at a town finds the blast its province tells before ``fold_coarse`` lays
    # that province's other acts (the clash after the car bomb) into the generic telling
    out = fold_generic(out, generic_only)
    out = fold_coarse(out)
    out = fold_battles(out, apart)
    out = fold_same_place(out, RETOLD_DAYS)
    out = fold_near(out)
    if any(p.kind != "country" and p.start >= ctx.dateline_end for _, _, p in ctx.places):
        # an article that names towns or regions and still leaves an event at the country level
        # has lost its place or read a passing mention (1 in 10 such events was annotated); the
        # dateline ("صنعاء - ") names where the report was filed, not where anything happened
        out = [e for e in out if e.location.precision != "country" or id(e) in countrywide]
    # a protest that was dispersed is one event, coded with the intervention
    dispersed = {(e.location.name_ar, e.date) for e in out if e.type == "protest_with_intervention"}
    out = [e for e in out if not (e.type == "peaceful_protest" and (e.location.name_ar, e.date) in dispersed)]
    rules = weapon_rules()
    for ev in out:
        if ev.type in rules:
            allowed, default = rules[ev.type]
            ev.weapons = [w for w in ev.weapons if w in allowed] or ([default] if default else [])
            if ev.type == "air_drone_strike" and "barrel_bombs" in ev.weapons and "airstrike_bombs" in ev.weapons:
                ev.weapons.remove("airstrike_bombs")  # barrel bombs are the bombs
            ev.weapon_spans = {w: s for w, s in ev.weapon_spans.items() if w in ev.weapons}
        mark_unhurt(art, ev)
        settle_actors(ev, lexicon)
        # SPEC: an event is recent when it began at most 30 days before publication
        ev.background = bool(pub and ev.date and ev.date < pub - RECENT)
        ev.confidence = min(0.95, ev.confidence + (0.1 if ev.location.lat is not None else 0)
                            + (0.1 if ev.perpetrators else 0))
    _one_air_force(out, lexicon)
    return out


def _one_air_force(events: list[Event], lexicon: Lexicon) -> None:
    """A report on one air campaign names its air force once ("شنت الولايات المتحدة غارات")
    and goes on with strikes it names no doer for ("وست غارات قرب كوباني"): those are that
    force's, not the country's usual one, where the article names no other air force there."""
    named: dict[str | None, set[str]] = {}
    for e in events:
        if e.type == "air_drone_strike" and not e.perpetrators_inferred:
            named.setdefault(e.location.country, set()).update(e.perpetrators)
    for ev in events:
        if ev.type != "air_drone_strike" or not ev.perpetrators_inferred \
                or len(there := named.get(ev.location.country, set())) != 1:
            continue
        force = next(iter(there))
        info = lexicon.actor_info.get(force)
        # a foreign air force (a ground side named beside a strike is no flyer), not one that
        # flies beside the country's own in a joint campaign (Russia's and Syria's strikes)
        if info is not None and info.inter == 8 and joint_air_forces().get(ev.location.country or "") != force:
            ev.perpetrators = [force]


def _spot(place: tuple[int, int, Place] | None) -> str | None:
    """A place's share of an event's key: the gazetteer id ``to_location`` gives it, else its
    name, without making the ``Location``."""
    if place is None:
        return None
    gid = place[2].location.get("gazetteer_id")
    return str(gid) if gid else place[2].name_ar


def _countrywide(art: Article, ctx: Context, mention: Mention, own: list[tuple[int, int, Place]],
                 placed: list[tuple[int, int, Place]]) -> tuple[int, int, Place] | None:
    """The country an act spread over it is placed at ("اعتقل 250 شخصا في مداهمات في 13 محافظة"):
    the country its clause names, else the article's, else that of the place it would take; only
    where the article names that country and the clause names no town or region of its own."""
    if mention.trigger.values[0] in GENERIC_ATTACK or any(p.kind != "country" for _, _, p in own) \
            or not nationwide(art, ctx, mention.sentence, mention):
        return None  # "تكثف طالبان هجومها في أنحاء البلاد": a campaign, not one act
    country = next((p.location.get("country") for _, _, p in own), None) or ctx.country \
        or next((p.location.get("country") for _, _, p in placed), None)
    return country_named(ctx, country)


def _join_countrywide(events: list[Event], countrywide: set[int], named: set[int]) -> list[Event]:
    """"أوقفت الشرطة 251 شخصا في حملة في أنحاء البلاد ... وجاءت المداهمات بعد": an act of the
    same type and day as one told over the whole country, whose tellings name no place of their
    own (it took the last one named), is that act."""
    hosts = [e for e in events if id(e) in countrywide]
    if not hosts:
        return events
    kept = []
    for ev in events:
        host = None
        if id(ev) not in countrywide and id(ev) not in named:
            host = next((h for h in hosts if h.type == ev.type and h.date == ev.date
                         and h.location.country == ev.location.country), None)
        if host is None:
            kept.append(ev)
        else:
            absorb(host, ev)
    return kept


_RETOLD_REACH = 2  # sentences after a re-dating telling that still tell its act ("فجر انتحاري حزامه")
_OWN_DAY_REACH = 7  # words between a trigger and a day written for it ("القصف على بلدة X في 2 مارس",
# "التفجير الذي أوقع 15 قتيلا وعشرات الجرحى الثلاثاء": a toll may stand between)


def _dated_by_itself(art: Article, mention: Mention, span: tuple[int, int] | None) -> bool:
    """The day found for a mention is written right by its trigger, in its clause: its own day,
    not the report's ("شيع الأهالي في 2 مارس جثامين من سقطوا خلال القصف") nor another act's."""
    sent = mention.sentence
    if span is None or not sent.start <= span[0] < sent.end:
        return False
    at = art.token_at(span[0])
    trig = mention.trigger
    if not (trig.first - _OWN_DAY_REACH <= at < trig.last + _OWN_DAY_REACH):
        return False
    lo, hi = art.clause_of(trig.first, sent)
    return lo <= at < hi


# international rights groups, whose reports document a side's conduct over months ("أطلقت
# القوات قذائف عشوائيا على مناطق سكنية"); monitors that count the day's acts (sohr, snhr) are not
_RIGHTS_GROUPS = frozenset({"hrw", "amnesty"})


def _rights_report(art: Article, mention: Mention, lexicon: Lexicon) -> bool:
    """"قالت هيومن رايتس ووتش اليوم إن القوات أطلقت قذائف عشوائيا على مناطق سكنية بمدينة عدن":
    an act a rights group names before it, with no day of its own written after it, is the
    conduct its report documents, no one act (the one it dates, "في 19 يوليو", is; a day before
    the act, "قالت المنظمة أمس إن", is the report's). The groups are outside the
    contract vocabulary ("other:<name>"), so their ids are read again from the lexicon."""
    for m in art.between("actors", mention.sentence.first, mention.trigger.first):
        if m.values[0].startswith("other:"):
            hit = lexicon.actors.match_at(art.tokens, m.first)
            if hit is not None and not _RIGHTS_GROUPS.isdisjoint(hit.values):
                return True
    return False


def _same_days(ev: Event, date: dt.date | None, date_to: dt.date | None) -> bool:
    """Whether the days ``date``..``date_to`` meet the event's (true when either is unknown)."""
    if ev.date is None or date is None:
        return True
    return date <= (ev.date_to or ev.date) and ev.date <= (date_to or date)


_SIDES = frozenset({"شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي", "غربي", "شمالي", "جنوبي"})


def _holds_all(art: Article, places: list[tuple[int, int, Place]], ev: Event) -> bool:
    """"... قرب بلدة X ... وقال إن الهجوم جاء على خلفية التصعيد في شرق أوكرانيا": every place
    the telling names is the province or a side of the country ("شرق", "شمال") holding the town
    of the event it refers back to, so it tells that event again (a named area, "منطقة X",
    may be a scene of its own)."""
    loc = ev.location
    if loc.precision != "town" or not loc.admin1:
        return False
    return all((p.kind == "province" or p.kind == "region" and art.tokens[first].text in _SIDES)
               and p.location.get("country") == loc.country and p.location.get("admin1") == loc.admin1
               for first, _, p in places)


_ACT_ANAPHORS = word_set("act_anaphors")
_SCENE_REACH = 2  # sentences after an act's first telling that may go on to say where it was


def _follow_scenes(art: Article, ctx: Context, events: Collection[Event], told: set[int],
                   countrywide: set[int], own_day: set[int], dates: _Dates) -> None:
    """"أعلنت الوزارة أن قياديا قتل في غارة في أفغانستان. وأوضحت أن العملية التي جرت في 11 يوليو
    في ولاية X أدت إلى مقتله": an act told at a country (or province) and, in a next sentence that
    tells no act of its own, named again by a word for an operation ("العملية"، "الضربة") at a
    finer place inside it happened there, on the day written right after that word (where its
    first telling wrote none of its own). Left at the country it would be lost."""
    for ev in events:
        if not ev.evidence_spans or id(ev) in countrywide or not _coarse(ev):
            continue
        first = art.sentence_of(art.token_at(ev.evidence_spans[0][0])).index
        for k in range(first + 1, min(first + 1 + _SCENE_REACH, len(art.sentences))):
            if k in told:
                continue
            sent = art.sentences[k]
            at = next((i for i in range(sent.first, sent.last)
                       if art.words[i].removeprefix("و") in _ACT_ANAPHORS), None)
            if at is None:
                continue
            scene = _finer_scene(ev, ctx.places_between(at + 1, sent.last))
            if scene is None:
                continue
            ev.location = to_location(scene)
            if (sent.start, sent.end) not in ev.evidence_spans:
                bisect.insort(ev.evidence_spans, (sent.start, sent.end))
            if id(ev) not in own_day or dates.reported(ev):
                day = next((t for i, t in ctx.times_between(at + 1, min(sent.last, at + 1 + _OWN_DAY_REACH))
                            if t.precision == "day" and usable(t, dates.pub)), None)
                if day is not None:
                    ev.date, ev.date_to, ev.date_precision = day.date, day.date_to, day.precision
                    ev.date_span = (day.start, day.end)
            break


def _finer_scene(ev: Event, places: list[tuple[int, int, Place]]) -> tuple[int, int, Place] | None:
    """"قتل قيادي في غارة أمريكية في أفغانستان. وأوضحت الوزارة أن الغارة وقعت في ولاية X": a
    coarse event told again by a definite word at a finer place inside it (a province of its
    country, a district of its province) happened there; the finest of those places, where the
    others only say where it lies ("في منطقة Y بإقليم X"). Two scenes apart tell two acts."""
    loc = ev.location
    rank = coarseness(ev)
    inside = [pl for pl in places if pl[2].location.get("country") == loc.country
              and PRECISION_RANK.get(pl[2].kind, 4) < rank
              and (loc.precision != "province" or pl[2].location.get("admin1") == loc.admin1)]
    if not inside:
        return None
    best = min(inside, key=lambda pl: PRECISION_RANK.get(pl[2].kind, 4))
    admin1 = best[2].location.get("admin1")
    if any(pl[2].name_ar != best[2].name_ar and not (pl[2].kind == "province" and admin1
                                                     and pl[2].location.get("admin1") == admin1)
           for pl in inside):
        return None
    return best


def _coarse(ev: Event) -> bool:
    """The event is placed no finer than a province or a part of a country ("شمال العراق")."""
    return ev.location.precision in (None, "country", "province") or country_part(ev)


def _generic(art: Article, trig: Match[str]) -> bool:
    """A generic word ("هجمات", "العمليات العسكرية") is the trigger."""
    for c in art.between("cues", trig.first, trig.last):
        if c.first == trig.first and "generic" in c.values:
            return True
    return False


def split_sentences(mentions: list[Mention], places_of: list[list[tuple[int, int, Place]]]) -> set[int]:
    """Sentences whose mentions are told at several places ("قتل 3 في قصف على X، فيما قتل 5 في
    قصف على Y"): there each figure belongs to one mention (``figure_mentions``), not to all."""
    seen: dict[int, set[str]] = {}
    for mention, places in zip(mentions, places_of, strict=True):
        if places:
            seen.setdefault(mention.sentence.index, set()).update(p.name_ar for _, _, p in places)
    return {k for k, names in seen.items() if len(names) > 1}


# what opens a phrase naming the cause of the deaths told before it ("مقتل جندي، في اشتباكات")
_CAUSE_WORDS = word_set("toll_cause")


def figure_mentions(art: Article, ctx: Context, mentions: list[Mention], split: set[int],
                    owners: dict[int, str]) -> dict[int, int]:
    """In a sentence told at several places, the mention each figure belongs to (by ``id``): one
    of its own clause, the nearest ("حيث قتل أربعة جراء قصف على X، فيما قتل خمسة في قصف على Y"),
    else the next when the next clause opens with its cause ("ومقتل جندي، في اشتباكات في Y"),
    else the last told before it ("قصف X، ما أدى إلى مقتل خمسة"); a figure before them all
    belongs to none, unless the next clause goes on with the toll before the act ("مقتل عشرة،
    فيما جرح 25 في انفجار"; ``_toll_goes_on``). Killing words of the figure's own phrase own it only where nothing else can.
    Only mentions of the type ``tolls.figure_owners`` gave the figure compete for it."""
    out: dict[int, int] = {}
    if not split:
        return out
    by_sentence: dict[int, list[Mention]] = {}  # the mentions of each split sentence, in text order
    for m in mentions:
        if m.sentence.index in split:
            by_sentence.setdefault(m.sentence.index, []).append(m)
    for index in split:
        sent = art.sentences[index]
        in_sent = by_sentence.get(index, [])
        for _, f in ctx.figures_between(sent.first, sent.last):
            told = [m for m in in_sent if owners.get(id(f), m.type) == m.type]
            at = art.token_at(f.start)
            told = [m for m in told if not _figure_word(art, m, f, at)] or told
            lo, hi = art.clause_of(at, sent)
            same = [m for m in told if lo <= m.trigger.first < hi]
            if same:
                out[id(f)] = id(min(same, key=lambda m: abs(m.trigger.first - at)))
                continue
            nlo, nhi = art.clause_of(hi, sent) if hi < sent.last else (hi, hi)
            after = [m for m in told if nlo <= m.trigger.first < nhi]
            before = [m for m in told if m.trigger.first < at]
            if after and art.tokens[nlo].text in _CAUSE_WORDS:
                out[id(f)] = id(after[0])
            elif before:
                out[id(f)] = id(before[-1])
            elif after and _toll_goes_on(ctx, f, (lo, hi), (nlo, after[0].trigger.first)):
                out[id(f)] = id(after[0])
    return out


def _toll_goes_on(ctx: Context, f: FoundFigure, own: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """"قتل عشرون، فيما جرح العشرات في تفجير ...": a clause that holds a lone count and the next
    that goes on with the other kind of count only, before the act that caused them both (one
    that counts both kinds again, "بينما قتل 2 وأصيب 19 في المعارك", is another side's toll)."""
    goes_on = ctx.figures_between(*nxt)
    return len(ctx.figures_between(*own)) == 1 and bool(goes_on) and all(g.kind != f.kind for _, g in goes_on)


def _figure_word(art: Article, mention: Mention, f: FoundFigure, at: int) -> bool:
    """A killing word inside the figure's phrase ("قتل خمسة", "اغتيل ثلاثة") names the deaths
    it counts, not the act that caused them: other acts own the figure first. One outside it
    ("قتل عنصران بالرصاص ... في هجوم") tells how they died, an act like the others."""
    return mention.trigger.values[0].startswith("KILLING") \
        and at <= mention.trigger.first <= art.token_at(f.end - 1)


_DEMONSTRATIVES = {"هذا", "هذه", "ذلك", "تلك", "لهذا", "لهذه", "بهذا", "بهذه", "وهذا", "وهذه", "لذلك", "بذلك"}


def demonstrative(art: Article, mention: Mention) -> bool:
    """"هذا الهجوم", "لهذه الغارات": the mention points at an event already told."""
    i = mention.trigger.first
    return i > 0 and art.tokens[i - 1].text in _DEMONSTRATIVES


# nouns of the person who did an act: "منفذ الهجوم"، "مدبر هجوم"، "مرتكبي التفجير"
_DOERS = frozenset({"منفذ", "منفذي", "منفذو", "المنفذ", "مدبر", "مدبري", "مدبرو", "المدبر",
                    "مرتكب", "مرتكبي", "مرتكبو"})
_GENERIC_ACTS = frozenset({"ATTACK", "EXPLOSION", "KILLING"})


def doer_noun(art: Article, mention: Mention) -> bool:
    """"منفذ الهجوم رجل من ..."، "ومدبر هجوم على مطعم": a generic act word governed by the noun of
    its doer names an attack to say who someone is; it refers to an attack told elsewhere (or
    to none recent), never one of its own."""
    i = mention.trigger.first
    return mention.trigger.values[0] in _GENERIC_ACTS and i > 0 \
        and art.tokens[i - 1].text.removeprefix("و") in _DOERS


def _tell(art: Article, told_at: dict[int, tuple[int, int, bool]], ev: Event, mention: Mention) -> None:
    """Note where ``ev`` was last told: its sentence, its first trigger there, and whether that
    telling names a new act of a kind ("هجوم انتحاري"), not one by a definite word ("الغارات")
    or a generic one ("هجوم")."""
    at = told_at.get(id(ev))
    if at is None or at[0] != mention.sentence.index:
        fresh = not art.tokens[mention.trigger.first].text.startswith(_DEFINITE) \
            and mention.trigger.values[0] not in GENERIC_ATTACK
        told_at[id(ev)] = (mention.sentence.index, mention.trigger.first, fresh)


_DEFINITE = ("ال", "وال", "بال", "فال", "لل")


def antecedent(art: Article, mention: Mention, events: Collection[Event],
               ctx: Context | None = None, told_at: dict[int, tuple[int, int, bool]] | None = None) -> Event | None:
    """The earlier event a definite, possessed or relative mention refers back to ("الهجوم الذي
    وقع", "قصفها"); a generic word ("الهجوم", "الانفجار") may refer to an event of a more
    specific type."""
    if not events:
        return None
    tok = art.tokens[mention.trigger.first]
    nxt = mention.trigger.last
    if not (tok.text.startswith(_DEFINITE)
            or nxt < len(art.tokens) and art.tokens[nxt].text in {"الذي", "التي", "الذين"}
            or possessed(art, mention.trigger.first)):
        return None  # refers to nothing before it
    kinds = _REFERS_TO.get(mention.trigger.values[0], ()) + (mention.type,)
    same = [e for e in events if e.type in kinds]
    if not same and mention.trigger.values[0] in _REFERS_TO:
        same = [e for e in events if e.type in HARMFUL]
    if len(same) > 1 and ctx is not None:
        named = _told_target(art, ctx, mention, same)
        if named is not None:
            return named
    if not same:
        return None
    if told_at is None or not tok.text.startswith(_DEFINITE):
        return same[-1]  # "مجزرة البلدة", "قصفها": a possessed noun names its own scene
    return _main_act(same, told_at)


def _main_act(same: list[Event], told_at: dict[int, tuple[int, int, bool]]) -> Event:
    """Of the new acts the latest sentence told, the first: "انفجرت عبوة بدورية قبل أن يلقي مسلحون
    قنابل يدوية ... وقتل أربعة في هذا الهجوم" refers to the main act of one incident, told first,
    not to an incidental one told after it; an act the sentence only names again ("بالتزامن مع
    الغارات") is not its main act. Acts of one type there are told alike: the latest made stands."""
    last = same[-1]
    if len(same) == 1:
        return last  # one candidate: no main act to pick
    latest = max(told_at.get(id(e), (-1, 0, False))[0] for e in same)
    told = [e for e in same if told_at.get(id(e), (-1, 0, False))[0] == latest and told_at[id(e)][2]]
    if len({e.type for e in told}) < 2:
        return last
    return min(told, key=lambda e: told_at[id(e)][1])


_AGAINST = frozenset({"ضد", "علي"})  # normalised: على is علي
# what any raid or shelling hits ("على مواقع", "على مناطق", "على المدينة"): names no one act
_VAGUE_TARGETS = frozenset({"مواقع", "موقع", "مناطق", "منطقه", "تمركزات", "مراكز", "اهداف", "هدف",
                            "معاقل", "نقاط", "مقرات", "تجمعات", "مدينه", "بلده", "قريه", "مدن",
                            "بلدات", "قري", "احياء", "المدنيين", "مدنيين", "قوات", "عناصر",
                            "مسلحين", "مقاتلين", "اراضي", "حدود"})


def _told_target(art: Article, ctx: Context, mention: Mention, candidates: list[Event]) -> Event | None:
    """"في الهجوم ضد أكاديمية الشرطة": an anaphor that names the thing it hit refers to the
    latest event whose tellings name that thing too, not merely to the latest event. A target
    that is a place or an armed group ("الهجوم على الحوثيين", "على مدينة X") tells no one
    event apart."""
    j = mention.trigger.last
    if j + 1 >= len(art.tokens) or art.tokens[j].text not in _AGAINST \
            or art.between("actors", j + 1, j + 2) or ctx.places_between(j + 1, j + 3):
        return None
    target = {s for s in art.tokens[j + 1].stems if len(s) > 3 and not s.startswith("ال")}
    if not target or not target.isdisjoint(_VAGUE_TARGETS):
        return None
    told = [ev for ev in candidates if any(
        not target.isdisjoint(art.tokens[k].stems)
        for start, end in ev.evidence_spans
        for k in range(art.token_at(start), min(art.token_at(max(start, end - 1)) + 1, j)))]
    # a word that several events' tellings share ("مواقع", "المدينة") tells none apart
    return told[0] if len(told) == 1 else None


def possessed(art: Article, i: int) -> bool:
    """"قصفها", "هجومهم", "سيطرة المقاومة": token ``i`` carries a pronoun suffix or governs a
    definite noun. Normalisation writes ة as ه, so "غارة أخرى", "ضربة" would look possessed: a
    word written with ة in the text carries no pronoun, and is definite only in construct."""
    tok = art.tokens[i]
    if not (tok.text.endswith(("ه", "ها", "هم")) and len(tok.stems) > 1 and tok.stems[-1] != tok.text):
        return False
    if not art.surface(i, i + 1).endswith("ة"):
        return True
    return i + 1 < len(art.tokens) and art.tokens[i + 1].text.startswith("ال")


def fill(art: Article, ev: Event, mention: Mention, figures: list[FoundFigure], sources: list[str]) -> None:
    """Add one mention's evidence, actors, weapons, figures and its sentence's sources to its event."""
    sent = mention.sentence
    span = (sent.start, sent.end)
    if span not in ev.evidence_spans:
        ev.evidence_spans.append(span)  # ``build_events`` writes ``evidence`` from them at the end
    for actor, aspan in mention.perpetrators.items():
        if actor not in ev.perpetrators and actor not in ev.targets:
            ev.perpetrators.append(actor)
            ev.actor_spans.setdefault(actor, aspan)
    for actor, aspan in mention.targets.items():
        if actor not in ev.targets and actor not in ev.perpetrators:
            ev.targets.append(actor)
            ev.actor_spans.setdefault(actor, aspan)
    for weapon, wspan in mention.weapons.items():
        if weapon not in ev.weapons:
            ev.weapons.append(weapon)
            ev.weapon_spans[weapon] = wspan
    if figures:
        put_figures(art, ev, figures)
    for src in sources:
        if src not in ev.sources:
            ev.sources.append(src)
    ev.confidence += 0.05


@functools.cache
def weapon_rules() -> dict[str, tuple[frozenset[str], str | None]]:
    """event_weapons.tsv: per event type, the weapons it can involve and its default."""
    out = {}
    for row in read_tsv("event_weapons.tsv"):
        allowed = frozenset(w for w in row[1].split(",") if w)
        out[row[0]] = (allowed, row[2] if len(row) > 2 and row[2] else None)
    return out


def usable(t: TimeExpr, pub: dt.date | None) -> bool:
    """A past (or present) time expression that resolved to a day."""
    return t.kind != "future" and t.date is not None and not (pub and t.date > pub)


class _Dates:
    """Days of an article's mentions: each sentence's past time expressions and the lead's,
    found once per article and not once per mention."""

    def __init__(self, art: Article, ctx: Context, pub: dt.date | None) -> None:
        self.art, self.ctx, self.pub = art, ctx, pub
        lead_end = art.sentences[min(1, len(art.sentences) - 1)].last if art.sentences else 0
        self._usable: dict[int, list[tuple[int, TimeExpr]]] = {}  # sentence index -> its usable times
        self.lead = self._lead([(i, t) for i, t in ctx.times[:3] if i < lead_end and usable(t, pub)])

    def _lead(self, found: list[tuple[int, TimeExpr]]) -> TimeExpr | None:
        """The lead's first time, passing over a report's ("قال الجيش أمس الاثنين إن ... نفذت يوم
        السبت 18 غارة") when the lead gives the act one of its own: the default day of what the
        article goes on to tell is the act's."""
        if len(found) < 2 or self.pub is None:
            return found[0][1] if found else None
        sent = self.art.sentence_of(found[0][0])
        self._times_of(sent)
        told = self._told_on(sent, sent.last)
        # the act's day, told in the report's own sentence (not another sentence's background)
        act = next((t for i, t in found if i not in told and i < sent.last and _a_day(t)),
                   None) if found[0][0] in told else None
        if act is None or not act.date or act.date < self.pub - RECENT:
            return found[0][1]  # no report's time, or the act's would be years back ("منذ 2013")
        return act

    def _times_of(self, sent: Sentence) -> list[tuple[int, TimeExpr]]:
        """The sentence's usable times, found once."""
        found = self._usable.get(sent.index)
        if found is None:
            found = self._usable[sent.index] = [(i, t) for i, t in self.ctx.times_between(sent.first, sent.last)
                                                if usable(t, self.pub)]
        return found

    def of(self, sent: Sentence, trig: Match[str]):
        """The sentence's own past time expression (the one in the trigger's clause, else nearest
        to the trigger, never one of another noun's relative clause), else the last one before
        it, else the default."""
        art, pub = self.art, self.pub
        found = self._times_of(sent)
        reach = trig.last + 1  # no relative clause of another noun can hold a time before this
        own = [(i, t) for i, t in found if i <= reach or not behind_relative(art, trig, i)] if found else []
        if len(own) > 1:
            at = trig.first
            lo, hi = art.clause_of(at, sent)
            told = self._told_on(sent, at)
            if told and pub and not any(i not in told and t.date and t.date >= pub - RECENT for i, t in own):
                told = set()  # the act's own time would be years back ("منذ 2013"): not the act's
            own.sort(key=lambda it: (it[0] in told, not lo <= it[0] < hi, abs(it[0] - at)))
        best = own[0][1] if own else self.lead
        if best is not None:
            return best.date, best.date_to, best.precision, (best.start, best.end)
        if pub:
            return pub - DEFAULT_LAG, None, "day", None
        return None, None, None, None

    def reported(self, ev: Event) -> bool:
        """The event's day is the day a report was given in its first telling's sentence ("قال
        الجيش أمس إن غارة ..."), not one written for the act."""
        if ev.date_span is None or ev.trigger_span is None:
            return False
        at = self.art.token_at(ev.trigger_span[0])
        sent = self.art.sentence_of(at)
        if not sent.start <= ev.date_span[0] < sent.end:
            return False
        self._times_of(sent)
        return self.art.token_at(ev.date_span[0]) in self._told_on(sent, at)

    def _told_on(self, sent: Sentence, at: int) -> set[int]:
        """Tokens of the times that date a report rather than the act: a time a few words after a
        reporting verb with no comma between, whether the verb leads the trigger ("أعلن الجيش أمس
        الجمعة أن غارة ... وقعت في 11 يوليو") or follows it ("قتل 25 عنصرا يوم السبت، حسبما أفاد
        المرصد أمس"); wire style dates the act by its own time, not the report's."""
        art = self.art
        out: set[int] = set()
        found = self._usable.get(sent.index, ())
        after = art.clause_of(at, sent)[1] if at < sent.last else sent.last  # a verb past the act's clause
        for verb in art.in_sentence("reporting", sent):
            if at <= verb.first < after:
                continue  # "الهجوم الذي نسب الاثنين إلى ...": the act's own clause, not a report
            if verb.first > at and not any(i < verb.first for i, _ in found):
                continue  # no time of the act's before the report: a later one may date another act
            # past the act, the report's clause runs on through a long source's name
            stop = art.clause_of(verb.first, sent)[1] if verb.first > at else min(at, verb.last + 4)
            for i, _ in found:
                if verb.last <= i < stop and not any(
                        c in art.text[art.ends[verb.last - 1]:art.starts[i]] for c in "،,"):
                    out.add(i)
        return out


def _a_day(t: TimeExpr) -> bool:
    """A day or a night across two ("ليل الاثنين - الثلاثاء"), not a week or "مطلع يوليو": only such
    a time can stand for the day of the acts a lead goes on to tell."""
    if t.precision == "day":
        return True
    return t.precision == "range" and t.date is not None and t.date_to is not None and (t.date_to - t.date).days <= 1


def _days_earlier(art: Article, trig: Match[str]) -> int | None:
    """"بعد أربعة أيام على الهجوم": the days between the act a trigger names and its sentence's day."""
    k = trig.first - 1
    if k < 1 or art.tokens[k].text not in ("علي", "من"):
        return None
    return days_before([art.tokens[j].text for j in range(max(0, k - 3), k)])
