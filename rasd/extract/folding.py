"""One event told several times in an article becomes one ACLED unit.

A generic "هجوم" beside the suicide bombing it names, the same place told again within a week
(another name of the town, the report's day), and a country- or province-level report of a town's
event are folded into the most precise telling, which keeps every figure, actor and evidence span.
"""

from __future__ import annotations

import datetime as dt
from operator import attrgetter

from rasd.extract.records import FIGURE_FIELDS, Event
from rasd.geo import km

GENERIC_ATTACK = {"ATTACK", "KILLING", "KILLING_WEAK", "KILLING_SHOT", "TOLL"}
_SPECIFIC = ("suicide_bomb", "remote_explosive_landmine_ied", "air_drone_strike",
             "shelling_artillery_missile_attack", "grenade", "chemical_weapon")
_BLASTS = ("suicide_bomb", "remote_explosive_landmine_ied", "grenade")


def fold_generic(events: list[Event], generic_only: set[int]) -> list[Event]:
    """"قتل خمسة في هجوم على حي الشعب ... الهجوم نفذه انتحاريان": an attack told only by a
    generic word is the specific attack reported at the same place and day."""
    kept = []
    for ev in events:
        host = None
        if id(ev) in generic_only and ev.type in ("attack", "armed_clash") \
                and ev.location.precision in ("town", "region") and ev.location.admin1:
            kinds = _SPECIFIC if ev.type == "attack" else _BLASTS  # a raid beside air strikes is its own
            here = [k for k in events if k.type in kinds and k.location.name_ar == ev.location.name_ar]
            # the act of that very day first, else one whose span holds it
            host = next((k for k in here if k.date == ev.date), None) or next(
                (k for k in here if _on_day(k, ev.date)), None)
            if host is None and ev.type == "armed_clash":
                host = next((k for k in events if k.type in _BLASTS and k.date == ev.date and _in_province(ev, k)),
                            None)
        if host is None:
            kept.append(ev)
            continue
        if host.location.name_ar != ev.location.name_ar:
            host.location = ev.location  # the town the generic telling names, not the province
        absorb(host, ev)
    return kept


def _on_day(k: Event, day: dt.date | None) -> bool:
    """The specific act's span holds ``day`` ("قصف في نهاية الأسبوع" is Saturday..Sunday, and a
    "هجوم" told there on the Sunday is that bombing)."""
    return day is not None and k.date is not None and k.date_to is not None and k.date <= day <= k.date_to


def _in_province(ev: Event, k: Event) -> bool:
    """"قتل تسعة جنود في هجوم على موقع في وادي X ... هجوم بسيارتين مفخختين ... بحضرموت": the
    blast told only at the province that holds the place of a generic "هجوم" is that attack (a
    killing, "قتل", beside a province's air strike or blast is more often another deed)."""
    return k.location.precision == "province" and _holds(ev, k, False)


_TERRITORY = ("government_regains_territory", "non_state_actor_overtakes_territory")


def fold_battles(events: list[Event], apart: set[int]) -> list[Event]:
    """"سيطرت المقاومة على البلدة بعد معارك عنيفة": the fighting that took the ground is the
    territory event (ACLED codes such a battle by its outcome). A clash told only in sentences
    that report a territory change on its day joins that event, unless told of its own place
    (``apart``: "استعاد الجيش محافظة X عدا مدينة Y التي تدور فيها معارك")."""
    kept = []
    for ev in events:
        host = None
        if ev.type == "armed_clash" and id(ev) not in apart:
            host = next((k for k in events if k.type in _TERRITORY and k.date == ev.date
                         and all(s in k.evidence_spans for s in ev.evidence_spans)), None)
        if host is None:
            kept.append(ev)
        else:
            absorb(host, ev)
    return kept


def _same_point(a: Event, b: Event, limit: float = 0.5) -> bool:
    la, lb = a.location, b.location
    if la.name_ar == lb.name_ar and la.name_ar:
        return True
    if la.lat is not None and lb.lat is not None and la.lon is not None and lb.lon is not None \
            and la.gazetteer_id and lb.gazetteer_id:
        # an unknown village carries the point of the place that holds it: not its own
        if abs(la.lat - lb.lat) * 111.0 > limit:
            return False  # a degree of latitude is over 111 km on any great circle: no ``km`` asked
        return km(la.lat, la.lon, lb.lat, lb.lon) <= limit
    return False


NEAR_KM = 25.0  # a village and the mountain it lies on, a quarter and its city
TELLING_TOLL = 3  # a toll this large, told twice, names one act; one dead may be two acts


# an event's figures as (low, high, low, high, ...), read in one C call
_toll = attrgetter(*(f"{name}.{end}" for name in FIGURE_FIELDS for end in ("low", "high")))


def fold_near(events: list[Event]) -> list[Event]:
    """"قتل خمسة وأصيب تسعة في غارة على جبل X ... غارة على أطراف بلدة Y أسفرت عن مقتل خمسة
    وإصابة تسعة": the same type on the same day, with the same toll (not a tiny one), at two
    points this close is one act told twice; it keeps the finer place."""
    kept: list[Event] = []
    for ev in events:
        host = None
        if ev.date is not None:
            toll = _toll(ev)
            if sum(filter(None, toll[::2])) >= TELLING_TOLL:  # the lows
                host = next((k for k in kept if k.type == ev.type and k.date == ev.date and _toll(k) == toll
                             and _same_point(k, ev, NEAR_KM)), None)
        if host is None:
            kept.append(ev)
            continue
        if PRECISION_RANK.get(ev.location.precision or "", 4) < PRECISION_RANK.get(host.location.precision or "", 4):
            host.location = ev.location  # the village rather than the mountain it lies on
        absorb(host, ev)
    return kept


def fold_same_place(events: list[Event], days: int) -> list[Event]:
    """One event told again in the article ("عين العرب" for "كوباني", the report's day and then
    the attack's): the same type at the same point within ``days`` days joins the first telling
    and keeps the earlier day."""
    kept: list[Event] = []
    of_type: dict[str, list[Event]] = {}  # the kept events by type, in the order kept
    for ev in events:
        same = of_type.setdefault(ev.type, [])
        host = next((k for k in same if _same_point(k, ev) and (
            k.date is None or ev.date is None or abs((k.date - ev.date).days) <= days)), None)
        if host is None:
            kept.append(ev)
            same.append(ev)
            continue
        if host.date and ev.date and ev.date < host.date and (written_day(ev) or not written_day(host)):
            # the report's day told first, the event's later; never a day another sentence wrote
            # over the one written with the first telling ("وأمس أصيب 14 في انفجار ... وقالت مصادر إن العبوة انفجرت في حي X")
            host.date, host.date_to, host.date_precision, host.date_span = \
                ev.date, ev.date_to, ev.date_precision, ev.date_span
        absorb(host, ev)
    return kept


def written_day(ev: Event) -> bool:
    """Whether the event's day was written in a sentence that tells it, not taken from the lead
    or another sentence (or the default day)."""
    span = ev.date_span
    return span is not None and any(a <= span[0] < b for a, b in ev.evidence_spans)


def fold_coarse(events: list[Event]) -> list[Event]:
    """A country- or province-level event of the same type and day as one at a town inside
    it is that event, reported less precisely: fold it in (ACLED keeps the precise place)."""
    kept: list[Event] = []
    for ev in sorted(events, key=lambda e: (coarseness(e), e.type != "suicide_bomb")):
        part = country_part(ev)
        coarse = ev.location.precision in ("country", "province") or part
        if ev.type == "remote_explosive_landmine_ied":  # the blast of a suicide attack
            host = next((k for k in kept if k.type == "suicide_bomb" and k.date == ev.date
                         and (k.location.name_ar == ev.location.name_ar
                              or coarse and _holds(k, ev, part) or _one_scene(k, ev))), None)
            if host is not None:
                absorb(host, ev)
                continue
        hosts = [k for k in kept if k.type == ev.type and k.date == ev.date
                 and (PRECISION_RANK.get(k.location.precision or "", 4) < PRECISION_RANK.get(ev.location.precision or "", 4)
                      or part and k.location.admin1)
                 and _holds(k, ev, part)] if coarse else []
        host = _same_toll(hosts, ev) or (hosts[0] if hosts else None)
        if host is None:
            kept.append(ev)
            continue
        absorb(host, ev)
    order = {id(e): k for k, e in enumerate(events)}
    return sorted(kept, key=lambda e: order[id(e)])


BLAST_KM = 5.0  # a town and the quarter or village beside it that one sentence names for one blast


def _one_scene(k: Event, ev: Event) -> bool:
    """"فجر مسجدا في بلدة X التابعة لمحافظة Y، حيث فجر انتحاري نفسه": a blast and a suicide attack
    told in one sentence at two names for nearly one point are one act, the suicide bombing (two
    blasts a sentence sets apart lie at distinct quarters, further apart)."""
    return not set(k.evidence_spans).isdisjoint(ev.evidence_spans) and _same_point(k, ev, BLAST_KM)


def _same_toll(hosts: list[Event], ev: Event) -> Event | None:
    """"قصفت طائرات تركية مواقع في سورية ... أسفر عن مقتل تسعة وإصابة 12 ... ضربات في ريف حلب ما
    تسبب في مقتل تسعة وإصابة 12": of the finer events a coarse telling may be, the one with its
    very toll is the act it tells again, not the first town of the country."""
    toll = _toll(ev)
    if all(x is None for x in toll):
        return None
    return next((k for k in hosts if _toll(k) == toll), None)


def country_part(ev: Event) -> bool:
    """The event is placed at a part of a country ("شمال العراق", "شرق ليبيا"): a region in no
    province, as coarse as the country."""
    return ev.location.precision == "region" and not ev.location.admin1


PRECISION_RANK = {"town": 0, "region": 1, "province": 2, "country": 3}


def coarseness(ev: Event) -> float:
    """How coarse an event's place is: a part of a country ("بشمال أفغانستان") comes after the
    regions and provinces ("المار", "محافظة كركوك"), so that one of the same day can host it."""
    if country_part(ev):
        return 2.5
    return PRECISION_RANK.get(ev.location.precision or "", 4)


def _holds(k: Event, ev: Event, part: bool) -> bool:
    """The coarse place of ``ev`` can hold ``k``'s: the same country, and the same province
    unless ``ev`` names only the country or a part of it (``part``; a car bomb in one province is not
    the suicide bombing of another that day)."""
    return k.location.country == ev.location.country and (
        ev.location.precision == "country" or part or k.location.admin1 == ev.location.admin1)


def absorb(host: Event, ev: Event) -> None:
    """Fold ``ev``'s figures, actors, weapons, sources and evidence into ``host``."""
    for name in FIGURE_FIELDS:
        slot, other = getattr(host, name), getattr(ev, name)
        if slot.low is None and slot.high is None and (other.low is not None or other.high is not None):
            setattr(host, name, other)
    for attr in ("perpetrators", "targets", "weapons", "sources"):
        merged = getattr(host, attr)
        merged.extend(x for x in getattr(ev, attr) if x not in merged)
    host.evidence_spans.extend(s for s in ev.evidence_spans if s not in host.evidence_spans)
    host.placeless = host.placeless and ev.placeless  # told where it was by the one folded in
    host.documented = host.documented and ev.documented  # told as an act by the one folded in
    host.evidence = " / ".join(ev_text for ev_text in (host.evidence, ev.evidence) if ev_text)
