"""What an article says around its sentences: places, times, figures and who is named.

Computed once per article and shared by event and claim extraction; actor aliases are
resolved here against their sentence's country, or the article's.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from dataclasses import dataclass

from rasd.extract.article import Article
from rasd.extract.figures import Figure as FoundFigure
from rasd.extract.figures import find_figures
from rasd.extract.timex import TimeExpr, find_times
from rasd.geo import Geocoder, Place
from rasd.lexicon import Lexicon, Match, norm_phrase
from rasd.lexicon.wordsets import word_set
from rasd.text import dateline, norm

# one-word aliases ("الفتح") that name a group only after the article named it in full ("جيش الفتح")
_SHORT_NAMES = word_set("short_names")


@dataclass
class Context:
    """What an article says around its sentences: places, times, figures, sources."""

    places: list[tuple[int, int, Place]]  # token first, last, place
    times: list[tuple[int, TimeExpr]]  # token index, expression
    figures: list[tuple[int, FoundFigure]]
    country: str | None
    dateline_end: int = 0  # original offset where a leading dateline ("إدلب - ") ends

    def __post_init__(self) -> None:
        # the lists are in text order, so a sentence's share is one slice found by bisection
        self._place_firsts = [first for first, _, _ in self.places]
        self._time_firsts = [i for i, _ in self.times]
        self._figure_firsts = [i for i, _ in self.figures]

    def places_between(self, first: int, last: int) -> list[tuple[int, int, Place]]:
        """Place mentions starting in tokens [first, last)."""
        firsts = self._place_firsts
        return self.places[bisect.bisect_left(firsts, first):bisect.bisect_left(firsts, last)]

    def times_between(self, first: int, last: int) -> list[tuple[int, TimeExpr]]:
        """Time expressions starting in tokens [first, last)."""
        firsts = self._time_firsts
        return self.times[bisect.bisect_left(firsts, first):bisect.bisect_left(firsts, last)]

    def figures_between(self, first: int, last: int) -> list[tuple[int, FoundFigure]]:
        """Figures starting in tokens [first, last)."""
        firsts = self._figure_firsts
        return self.figures[bisect.bisect_left(firsts, first):bisect.bisect_left(firsts, last)]


def build_context(art: Article, pub: dt.date | None, lexicon: Lexicon, geocoder: Geocoder) -> Context:
    """Places, times, figures and resolved actors of an article, computed once."""
    places = []
    for p in geocoder.places(art.text, normalized=art.n):
        first = art.token_at(p.start)
        last = max(first + 1, art.token_at(max(p.start, p.end - 1)) + 1)
        places.append((first, last, p))
    countries = Counter(p.location.get("country") for _, _, p in places if p.location.get("country"))
    country = countries.most_common(1)[0][0] if countries else None
    times = [(art.token_at(t.start), t) for t in find_times(art.text, pub, normalized=art.n)]
    figures = [(art.token_at(f.start), f) for f in find_figures(art.text, normalized=art.n)]
    resolved: list[Match[str]] = []
    local: dict[int, str] | None = None  # made for the first alias that needs it (few do)
    for m in art.matches["actors"]:
        # a shared or generic alias is read in the country of its sentence's places, the
        # article's where the sentence names none: an Iraq-heavy report's sentence on a clash
        # in Turkey has Turkey's rebels and police, not Iraq's (for any other alias ``actor_id``
        # does not read the country)
        where = country
        if len(m.values) > 1 or norm_phrase(m.phrase) in lexicon.generic_aliases:
            if local is None:
                local = _sentence_countries(art, places)
            where = local.get(art.sentence_of(m.first).index, country)
        actor = actor_id(lexicon, art, m, where)
        if actor is None:
            continue
        if norm_phrase(m.phrase) in _SHORT_NAMES and not any(r.values[0] == actor for r in resolved):
            continue  # "كما سيطر الفتح": the group's short name, only once named in full
        if norm_phrase(m.phrase).startswith("التنظيم"):  # "the organisation": the one named last
            named = [r.values[0] for r in resolved if "تنظيم" in norm_phrase(r.phrase)]
            actor = named[-1] if named else actor
        resolved.append(Match(m.first, m.last, m.phrase, (actor,)))
    art.set_matches("actors", resolved)
    line = dateline(art.text)
    return Context(places, times, figures, country, line.end if line else 0)


def _sentence_countries(art: Article, places: list[tuple[int, int, Place]]) -> dict[int, str]:
    """Sentence index -> the country most of its places lie in, for sentences naming one. A
    place that is an actor's name ("قوات النظام وروسيا") says who acts, not where."""
    named = {k for m in art.matches["actors"] for k in range(m.first, m.last)}
    counts: dict[int, Counter[str]] = {}
    for first, _, p in places:
        c = p.location.get("country")
        if c and first not in named:
            counts.setdefault(art.sentence_of(first).index, Counter())[c] += 1
    return {k: n.most_common(1)[0][0] for k, n in counts.items()}


def actor_id(lexicon: Lexicon, art: Article, m: Match[str], country: str | None) -> str | None:
    """One id for an alias: the actor of ``country`` (its sentence's or the article's) when
    shared; other:<name> for actors outside the contract vocabulary; None for a generic alias
    ("المتمردين") told of a country it does not fight in."""
    chosen = m.values[0]
    if len(m.values) > 1 and country:
        for v in m.values:
            info = lexicon.actor_info.get(v)
            if info and info.fights_in(country):
                chosen = v
                break
    info = lexicon.actor_info.get(chosen)
    if country and info and info.country and not info.fights_in(country) \
            and norm_phrase(m.phrase) in lexicon.generic_aliases:
        return None
    if info and not info.contract:
        surface = art.surface(m.first, m.last)
        head = norm(surface)[:1]
        if head in {"و", "ف", "ب", "ل"} and not norm_phrase(m.phrase).startswith(head):
            surface = surface[1:]
        if surface.startswith("لل"):
            surface = "ال" + surface[2:]
        return "other:" + surface
    return chosen
