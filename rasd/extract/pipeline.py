"""One article in, the contract's records out.

The ``Extractor`` loads lexicons and the gazetteer once (per process, or per Spark
partition) and is then cheap to call for every article.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from rasd.extract import claims as claims_mod
from rasd.extract.article import Article, Sentence
from rasd.extract.events import (
    ACLED,
    TERRITORY_CLASSES,
    VICTIM_COMBATANT,
    WEAK,
    Mention,
    is_blocked,
    resolve_type,
    roles,
)
from rasd.extract.figures import Figure as FoundFigure
from rasd.extract.figures import find_figures
from rasd.extract.records import FIGURE_FIELDS, ArticleResult, Event, Figure, Location, parse_date
from rasd.extract.timex import TimeExpr, find_times
from rasd.geo import Geocoder, Place
from rasd.lexicon import Lexicon, Match, load, read_tsv
from rasd.text import dateline, norm

MAX_CHARS = 200_000  # longer inputs are cut: a news article never is, a dump often is
RECENT = dt.timedelta(days=30)
DEFAULT_LAG = dt.timedelta(days=1)  # events without a date: the day before publication
# Generic trigger classes and the specific event types they can refer back to.
_VIOLENT = ("armed_clash", "attack", "suicide_bomb", "remote_explosive_landmine_ied", "air_drone_strike",
            "shelling_artillery_missile_attack", "grenade", "chemical_weapon")
_REFERS_TO: dict[str, tuple[str, ...]] = {
    "ATTACK": _VIOLENT,
    "EXPLOSION": ("suicide_bomb", "remote_explosive_landmine_ied", "air_drone_strike"),
    "BOMBARD": ("air_drone_strike", "shelling_artillery_missile_attack"),
    "KILLING": _VIOLENT,
}
_ARABIC = re.compile("[\u0600-\u06ff]")
_HISTORY_LINE = re.compile(r"\s*[12][0-9]{3}\s*[-–:]")  # "1974 - ..." lines of a this-day-in-history list


def _load_acled() -> None:
    if ACLED:
        return
    for row in read_tsv("event_types.tsv"):
        if row[0] != "id":
            ACLED[row[0]] = (row[1], row[2])


@dataclass
class Context:
    """What an article says around its sentences: places, times, figures, sources."""

    places: list[tuple[int, int, Place]]  # token first, last, place
    times: list[tuple[int, TimeExpr]]  # token index, expression
    figures: list[tuple[int, FoundFigure]]
    country: str | None
    dateline_end: int = 0  # original offset where a leading dateline ("إدلب - ") ends

    def __post_init__(self) -> None:
        self._place_firsts = [first for first, _, _ in self.places]

    def places_between(self, first: int, last: int) -> list[tuple[int, int, Place]]:
        """Place mentions starting in tokens [first, last)."""
        firsts = self._place_firsts
        return self.places[bisect.bisect_left(firsts, first):bisect.bisect_left(firsts, last)]


class Extractor:
    """Holds the loaded resources; ``extract`` is safe to call many times."""

    def __init__(self, lexicon: Lexicon | None = None, geocoder: Geocoder | None = None) -> None:
        self.lexicon = lexicon or load()
        self.geocoder = geocoder or Geocoder.default()
        _load_acled()

    # -- article level -------------------------------------------------------------------

    def extract(self, text: str, published: Any = None, title: str | None = None) -> ArticleResult:
        pub = parse_date(published)
        result = ArticleResult(published=pub)
        if not isinstance(text, str) or not text.strip():
            result.warnings.append("empty text")
            return result
        if len(text) > MAX_CHARS:
            result.warnings.append(f"text of {len(text)} characters cut to {MAX_CHARS}")
            text = text[:MAX_CHARS]
        if len(_ARABIC.findall(text, 0, 5000)) < 20:
            result.warnings.append("no Arabic text")
            return result
        art = Article.analyse(text, self.lexicon)
        ctx = self._context(art, pub)
        mentions = self._mentions(art, ctx)
        result.events = self._events(art, ctx, mentions, pub)
        result.claims = claims_mod.find_claims(art, self.lexicon, result.events, ctx.country)
        denied = {c.topic for c in result.claims if c.stance == "denies"}
        for ev in result.events:
            if ev.type in denied:
                ev.status = "contested"
        return result

    def _context(self, art: Article, pub: dt.date | None) -> Context:
        places = []
        for p in self.geocoder.places(art.text, normalized=art.n):
            first = art.token_at(p.start)
            last = max(first + 1, art.token_at(max(p.start, p.end - 1)) + 1)
            places.append((first, last, p))
        countries = Counter(p.location.get("country") for _, _, p in places if p.location.get("country"))
        country = countries.most_common(1)[0][0] if countries else None
        times = [(art.token_at(t.start), t) for t in find_times(art.text, pub, normalized=art.n)]
        figures = [(art.token_at(f.start), f) for f in find_figures(art.text, normalized=art.n)]
        resolved: list[Match[str]] = []
        for m in art.matches["actors"]:
            actor = self._actor_id(art, m, country)
            if actor is None:
                continue
            if norm(m.phrase).startswith("التنظيم"):  # "the organisation": the one named last
                named = [r.values[0] for r in resolved if "تنظيم" in norm(r.phrase)]
                actor = named[-1] if named else actor
            resolved.append(Match(m.first, m.last, m.phrase, (actor,)))
        art.set_matches("actors", resolved)
        line = dateline(art.text)
        return Context(places, times, figures, country, line.end if line else 0)

    # -- mentions ------------------------------------------------------------------------

    def _actor_id(self, art: Article, m: Match[str], country: str | None) -> str | None:
        """One id for an alias: the actor of the article's country when shared; other:<name>
        for actors outside the contract vocabulary; None for a generic alias ("المتمردين")
        in a report from another country."""
        chosen = m.values[0]
        if len(m.values) > 1 and country:
            for v in m.values:
                info = self.lexicon.actor_info.get(v)
                if info and info.country == country:
                    chosen = v
                    break
        info = self.lexicon.actor_info.get(chosen)
        if country and info and info.country and info.country != country \
                and norm(m.phrase) in self.lexicon.generic_aliases:
            return None
        if info and not info.contract:
            surface = art.surface(m.first, m.last)
            head = norm(surface)[:1]
            if head in {"و", "ف", "ب", "ل"} and not norm(m.phrase).startswith(head):
                surface = surface[1:]
            if surface.startswith("لل"):
                surface = "ال" + surface[2:]
            return "other:" + surface
        return chosen

    def _can_act(self, actor_id: str) -> bool:
        """Armed actors and civilians take part in events; governments, media, monitors and
        aid bodies speak about them."""
        if actor_id == "civilians":
            return True
        info = self.lexicon.actor_info.get(actor_id)
        return info is not None and info.inter != 7 \
            and not actor_id.endswith(("_gov", "_state_media")) and actor_id != "un"

    @staticmethod
    def _is_tally(ctx: Context, sent: Sentence, figures: list[FoundFigure]) -> bool:
        """A sentence naming three or more provinces or countries, or a toll in the hundreds over
        four provinces, sums up: it reports no one event."""
        found = [p for _, _, p in ctx.places_between(sent.first, sent.last)]
        wide = {p.location.get("admin1") or p.name_ar for p in found if p.kind in ("province", "country")}
        provinces = {p.location.get("admin1") for p in found if p.location.get("admin1")}
        big = any((f.low or 0) >= 100 and f.kind == "fatalities" for f in figures)
        return len(wide) >= 3 or (big and len(provinces) >= 4)

    @staticmethod
    def _toll_without_trigger(art: Article, ctx: Context, sent: Sentence) -> Mention | None:
        """Fighters or soldiers killed at a named place with no word for how ("مقتل 7 من عناصر
        التنظيم في قرية X"): ACLED codes the fighting that killed them as an armed clash."""
        for i, f in ctx.figures:
            if sent.first <= i < sent.last and f.kind == "fatalities" and f.victim in VICTIM_COMBATANT \
                    and ctx.places_between(sent.first, sent.last):
                first = art.token_at(f.start)
                return Mention("armed_clash", sent, Match(first, first + 1, "", ("TOLL",)), confidence=0.4)
        return None

    def _mentions(self, art: Article, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        for sent in art.sentences:
            trigs = art.in_sentence("triggers", sent)
            if not trigs:
                clash = self._toll_without_trigger(art, ctx, sent)
                if clash is not None:
                    out.append(clash)
                continue
            cues = {v for m in art.in_sentence("cues", sent) for v in m.values}
            if "tally" in cues or "memory" in cues:
                continue
            actors = [m for m in art.in_sentence("actors", sent) if self._can_act(m.values[0])]
            source_tokens = claims_mod.source_tokens(art, sent)
            sent_figures = [f for i, f in ctx.figures if sent.first <= i < sent.last]
            victims = {f.victim for f in sent_figures if f.victim}
            casualties = any(f.kind in ("fatalities", "injuries", "casualties") for f in sent_figures)
            displaced = any(f.kind == "displaced" for f in sent_figures)
            if _HISTORY_LINE.match(art.text, sent.start) or self._is_tally(ctx, sent, sent_figures):
                continue
            classes = [m.values[0] for m in trigs]
            strong = {c for c in classes if c not in WEAK}
            for trig in trigs:
                cls = trig.values[0]
                if is_blocked(art, sent, trig):
                    continue
                perps, targets = roles(art, sent, trig, actors, source_tokens,
                                       nearest=cls in TERRITORY_CLASSES)
                etype = resolve_type(art, sent, trig, cls, list(perps), self.lexicon, strong, victims,
                                     casualties, displaced)
                if not etype:
                    continue
                mention = Mention(etype, sent, trig, perps, targets)
                for w in art.in_sentence("weapons", sent):
                    mention.weapons.setdefault(w.values[0], art.span(w.first, w.last))
                out.append(mention)
        return out

    # -- events --------------------------------------------------------------------------

    def _events(self, art: Article, ctx: Context, mentions: list[Mention],
                pub: dt.date | None) -> list[Event]:
        events: dict[tuple, Event] = {}
        last_places: list[tuple[int, int, Place]] = []
        last_sentence = -2
        dateline = self._dateline_place(art, ctx)
        touched: list[tuple[Sentence, Event]] = []  # (sentence, event it fed), in text order
        for mention in mentions:
            sent = mention.sentence
            sent_places = own_places = self._event_places(art, ctx, mention)
            generic = any("generic" in c.values and c.first == mention.trigger.first
                          for c in art.between("cues", mention.trigger.first, mention.trigger.last))
            if generic and not own_places:
                continue  # "هجمات", "العمليات العسكرية" with no place of their own
            if sent_places and all(p.kind == "country" for _, _, p in sent_places) and last_places \
                    and sent.index - last_sentence <= 3 and {p.location.get("country") for _, _, p in sent_places} \
                    == {p.location.get("country") for _, _, p in last_places}:
                sent_places = last_places  # "في مالي" after "في مدينة سيفاري": the town is more precise
            elif sent_places:
                last_places, last_sentence = sent_places, sent.index
            elif last_places and sent.index - last_sentence <= 3:
                sent_places = last_places
            elif dateline:
                sent_places = [dateline]
            elif ctx.places:  # the article's first place stands for the article
                sent_places = [ctx.places[0]]
            date, date_to, precision, date_span = self._date(art, ctx, sent, pub)
            figures = [f for i, f in ctx.figures if sent.first <= i < sent.last]
            anaphor = self._anaphor(art, mention, list(events.values()))
            if anaphor is not None and own_places and anaphor.location.precision == "town" and not any(
                    p.name_ar == anaphor.location.name_ar for _, _, p in own_places):
                anaphor = None  # "القصف" at another town is another event
            if anaphor is not None:
                if anaphor.location.precision in (None, "country", "province") and sent_places \
                        and len(sent_places) == 1 and sent_places[0][2].kind == "town":
                    anaphor.location = self._location(sent_places[0])
                self._fill(art, anaphor, mention, figures)
                touched.append((sent, anaphor))
                continue
            for place in sent_places or [None]:
                loc = self._location(place)
                key = (mention.type, loc.gazetteer_id or loc.name_ar, date, date_to)
                ev = events.get(key)
                if ev is None:
                    acled = ACLED.get(mention.type, ("", ""))
                    ev = Event(mention.type, acled[0], acled[1], date, date_to, precision, loc,
                               trigger_span=art.span(mention.trigger.first, mention.trigger.last),
                               date_span=date_span, confidence=0.5)
                    events[key] = ev
                self._fill(art, ev, mention, figures if len(sent_places) <= 1 else [])
                touched.append((sent, ev))
        self._follow_up_figures(art, ctx, mentions, touched)
        out = self._fold_coarse(list(events.values()))
        # a protest that was dispersed is one event, coded with the intervention
        dispersed = {(e.location.name_ar, e.date) for e in out if e.type == "protest_with_intervention"}
        out = [e for e in out if not (e.type == "peaceful_protest" and (e.location.name_ar, e.date) in dispersed)]
        for ev in out:
            end = ev.date_to or ev.date
            ev.background = bool(pub and end and end < pub - RECENT)
            ev.confidence = min(0.95, ev.confidence + (0.1 if ev.location.lat is not None else 0)
                                + (0.1 if ev.perpetrators else 0))
        return out

    @staticmethod
    def _fold_coarse(events: list[Event]) -> list[Event]:
        """A country- or province-level event of the same type and day as one at a town inside
        it is that event, reported less precisely: fold it in (ACLED keeps the precise place)."""
        rank = {"town": 0, "region": 1, "province": 2, "country": 3}
        kept: list[Event] = []
        for ev in sorted(events, key=lambda e: (rank.get(e.location.precision or "", 4), e.type != "suicide_bomb")):
            coarse = ev.location.precision in ("country", "province")
            if ev.type == "remote_explosive_landmine_ied":  # the blast of a suicide attack
                host = next((k for k in kept if k.type == "suicide_bomb" and k.date == ev.date
                             and (k.location.name_ar == ev.location.name_ar or coarse)), None)
                if host is not None:
                    Extractor._absorb(host, ev)
                    continue
            host = next((k for k in kept if coarse and k.type == ev.type and k.date == ev.date
                         and rank.get(k.location.precision or "", 4) < rank[ev.location.precision]
                         and k.location.country == ev.location.country
                         and (ev.location.precision == "country" or k.location.admin1 == ev.location.admin1)),
                        None)
            if host is None:
                kept.append(ev)
                continue
            Extractor._absorb(host, ev)
        order = {id(e): k for k, e in enumerate(events)}
        return sorted(kept, key=lambda e: order[id(e)])

    @staticmethod
    def _absorb(host: Event, ev: Event) -> None:
        """Fold ``ev``'s figures, actors, weapons, sources and evidence into ``host``."""
        for name in FIGURE_FIELDS:
            slot, other = getattr(host, name), getattr(ev, name)
            if slot.low is None and slot.high is None and (other.low is not None or other.high is not None):
                setattr(host, name, other)
        for attr in ("perpetrators", "targets", "weapons", "sources"):
            merged = getattr(host, attr)
            merged.extend(x for x in getattr(ev, attr) if x not in merged)
        host.evidence_spans.extend(s for s in ev.evidence_spans if s not in host.evidence_spans)
        host.evidence = " / ".join(ev_text for ev_text in (host.evidence, ev.evidence) if ev_text)

    @staticmethod
    def _follow_up_figures(art: Article, ctx: Context, mentions: list[Mention],
                           touched: list[tuple[Sentence, Event]]) -> None:
        """A toll in a sentence with no event of its own ("وأسفر ذلك عن مقتل 5") belongs to the
        event reported just before it in the same paragraph."""
        with_mentions = {m.sentence.index for m in mentions}
        for i, f in ctx.figures:
            sent = next((s for s in art.sentences if s.first <= i < s.last), None)
            if sent is None or sent.index in with_mentions:
                continue
            before = [(s, e) for s, e in touched if s.index < sent.index]
            if not before:
                continue
            prev, ev = before[-1]
            if sent.index - prev.index > 2 or prev.paragraph != sent.paragraph:
                continue
            slot: Figure = getattr(ev, f.kind)
            if slot.low is None and slot.high is None:
                slot.low, slot.high, slot.vague = f.low, f.high, f.vague
                slot.span = (f.start, f.end)

    @staticmethod
    def _anaphor(art: Article, mention: Mention, events: list[Event]) -> Event | None:
        """The earlier event a definite, possessed or relative mention refers back to ("الهجوم الذي
        وقع", "قصفها"); a generic word ("الهجوم", "الانفجار") may refer to an event of a more
        specific type."""
        kinds = _REFERS_TO.get(mention.trigger.values[0], ()) + (mention.type,)
        same = [e for e in events if e.type in kinds]
        if not same:
            return None
        tok = art.tokens[mention.trigger.first]
        definite = tok.text.startswith(("ال", "وال", "بال", "فال", "لل")) \
            or tok.text.endswith(("ه", "ها", "هم")) and len(tok.stems) > 1 and tok.stems[-1] != tok.text
        nxt = mention.trigger.last
        relative = nxt < len(art.tokens) and art.tokens[nxt].text in {"الذي", "التي", "الذين"}
        if definite or relative:
            return same[-1]
        return None

    def _fill(self, art: Article, ev: Event, mention: Mention, figures: list[FoundFigure]) -> None:
        sent = mention.sentence
        span = (sent.start, sent.end)
        if span not in ev.evidence_spans:
            ev.evidence_spans.append(span)
            ev.evidence = " / ".join(art.text[s:e] for s, e in ev.evidence_spans)
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
        for f in figures:
            slot: Figure = getattr(ev, f.kind)
            if slot.low is None and slot.high is None:
                slot.low, slot.high, slot.vague = f.low, f.high, f.vague
                slot.span = (f.start, f.end)
        for src in claims_mod.sentence_sources(art, sent, self.lexicon):
            if src not in ev.sources:
                ev.sources.append(src)
        ev.confidence += 0.05

    def _event_places(self, art: Article, ctx: Context, mention: Mention) -> list[tuple[int, int, Place]]:
        """Places the trigger governs: those of its clause, else the nearest in its sentence."""
        sent = mention.sentence
        actor_tokens = {i for m in art.in_sentence("actors", sent) for i in range(m.first, m.last)}
        found = [p for p in ctx.places_between(sent.first, sent.last) if p[0] not in actor_tokens
                 and p[2].start >= ctx.dateline_end
                 and not (p[2].kind == "country" and ctx.country and p[2].location.get("country") != ctx.country)]
        if not found:
            return []
        clause = art.clause_of(mention.trigger.first, sent)
        inside = [p for p in found if clause[0] <= p[0] < clause[1]]
        if not inside:
            after = [p for p in found if p[0] >= mention.trigger.first]
            inside = after[:1] or found[-1:]
        return self._finest(art, inside)

    def _finest(self, art: Article, found: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
        """Drop places that only locate another one (its province, "شمال Y", "في ريف Y")."""
        if len(found) <= 1:
            return found
        keep = []
        for k, (first, last, place) in enumerate(found):
            if place.kind in ("province", "country", "region"):
                admin = place.location.get("admin1")
                country = place.location.get("country")
                finer = [p for _, _, p in found if p is not place and p.kind in ("town", "region")
                         and p.kind != place.kind
                         and (p.location.get("admin1") == admin or place.kind == "country"
                              and p.location.get("country") == country)]
                if finer or (place.kind == "country" and any(p.kind != "country" for _, _, p in found)):
                    continue
            if k > 0:  # "X شمال Y" or "X في ريف Y": Y only locates X
                _, pl, _ = found[k - 1]
                before = {v for m in art.between("cues", first - 4, first)
                          if m.last == first or m.last == first - 1 for v in m.values}
                if "dir" in before or (first - pl <= 3 and art.has_stem(first - 1, {"في"})):
                    continue
            keep.append((first, last, place))
        return keep or found[:1]

    def _dateline_place(self, art: Article, ctx: Context) -> tuple[int, int, Place] | None:
        for first, last, place in ctx.places:
            if place.start < ctx.dateline_end:
                return (first, last, place)
            break
        return None

    def _location(self, place: tuple[int, int, Place] | None) -> Location:
        if place is None:
            return Location()
        _, _, p = place
        loc = p.location
        return Location(name_ar=p.name_ar, name=loc.get("name"), country=loc.get("country"),
                        admin1=loc.get("admin1"), lat=loc.get("lat"), lon=loc.get("lon"),
                        precision=loc.get("precision") or p.kind,
                        gazetteer_id=str(loc["gazetteer_id"]) if loc.get("gazetteer_id") else None,
                        span=(p.start, p.end))

    @staticmethod
    def _usable(t: TimeExpr, pub: dt.date | None) -> bool:
        return t.kind != "future" and t.date is not None and not (pub and t.date > pub)

    def _date(self, art: Article, ctx: Context, sent: Sentence, pub: dt.date | None):
        """The sentence's own past time expression, else the last one before it, else the default."""
        own = [t for i, t in ctx.times if sent.first <= i < sent.last and self._usable(t, pub)]
        lead = [t for i, t in ctx.times[:3] if i < art.sentences[min(1, len(art.sentences) - 1)].last
                and self._usable(t, pub)]
        best = own[0] if own else (lead[0] if lead else None)
        if best is not None:
            return best.date, best.date_to, best.precision, (best.start, best.end)
        if pub:
            return pub - DEFAULT_LAG, None, "day", None
        return None, None, None, None


@functools.cache
def default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, published: Any = None, title: str | None = None) -> ArticleResult:
    """Events and claims of one article (see ``ArticleResult.to_dict`` for the JSON shape)."""
    return default_extractor().extract(text, published=published, title=title)
