"""The rules that decide whether a new event mention is an incident already stored.

Same type, nearby place (<= 25 km, or the same normalised name when coordinates are
missing), dates within one day of overlapping, perpetrators not from opposite sides,
and, for coarse locations (province, country), similar evidence text.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from rasd.extract.records import parse_date
from rasd.store.sides import perpetrators_compatible
from rasd.text.normalize import norm

MAX_KM = 25.0
DATE_SLACK = dt.timedelta(days=1)
CELL_DEG = 0.5  # ~55 km: a 25 km radius never leaves the 3x3 block of cells around a point
COARSE = {"province", "country"}
# Text similarity a coarse-place (province, country) mention needs to join: checked by hand on
# the pool (docs/merge_check.md), near any two Arabic news sentences pass 0.25; duplicates pass 0.8.
COARSE_MIN_SIMILARITY = 0.6
MAX_SPAN = dt.timedelta(days=1)  # a join may not stretch an incident's dates beyond this (one day of slack between outlets)
_PRECISION_RANK = {"town": 0, "region": 1, "province": 2, "country": 3}
_NON_WORD = re.compile(r"[^\w]+")


def geo_cell(lat: float | None, lon: float | None) -> int | None:
    if lat is None or lon is None:
        return None
    return (math.floor(lat / CELL_DEG) + 1000) * 10000 + (math.floor(lon / CELL_DEG) + 1000)


def neighbour_cells(lat: float, lon: float) -> list[int]:
    base_lat, base_lon = math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG)
    return [(base_lat + dy + 1000) * 10000 + (base_lon + dx + 1000) for dy in (-1, 0, 1) for dx in (-1, 0, 1)]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def norm_place(name: str | None) -> str | None:
    """A place name for equality tests: normalised Arabic, the article prefix dropped."""
    if not name:
        return None
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in _NON_WORD.split(norm(name)) if w]
    return " ".join(words) or None


@functools.lru_cache(maxsize=4096)
def _profile(text: str, n: int = 3) -> tuple[Counter[str], float]:
    t = " ".join(_NON_WORD.split(norm(text))).strip()
    grams = Counter(t[i:i + n] for i in range(max(0, len(t) - n + 1)))
    return grams, math.sqrt(sum(v * v for v in grams.values()))


def ngrams(text: str, n: int = 3) -> Counter[str]:
    return _profile(text or "", n)[0]


def similarity(a: str | None, b: str | None) -> float:
    """Cosine of character trigram counts over normalised text (0 when either is empty)."""
    (ga, na), (gb, nb) = _profile(a or ""), _profile(b or "")
    if not ga or not gb:
        return 0.0
    if len(ga) > len(gb):
        ga, gb = gb, ga
    return sum(v * gb[k] for k, v in ga.items() if k in gb) / (na * nb)


@dataclass(slots=True)
class Mention:
    """One event of one article, in the terms the merge rules need."""

    type: str
    date: dt.date | None
    date_to: dt.date | None
    lat: float | None
    lon: float | None
    place: str | None
    precision: str | None
    perpetrators: list[str]
    evidence: str

    @classmethod
    def from_event(cls, event: dict[str, Any], published: dt.date | None) -> Mention:
        loc = event.get("location") or {}
        date = parse_date(event.get("date")) or published
        date_to = parse_date(event.get("date_to")) or date
        return cls(type=event["type"], date=date, date_to=date_to, lat=loc.get("lat"), lon=loc.get("lon"),
                   place=norm_place(loc.get("name_ar") or loc.get("name")), precision=loc.get("precision"),
                   perpetrators=list(event.get("perpetrators") or []), evidence=event.get("evidence") or "")

    @property
    def mergeable(self) -> bool:
        return self.date is not None and (self.place is not None or self.lat is not None)


@dataclass(slots=True)
class Match:
    ok: bool
    reason: str
    distance_km: float | None = None
    similarity: float = 0.0

    @property
    def score(self) -> float:
        dist = self.distance_km if self.distance_km is not None else MAX_KM / 2
        return self.similarity - dist / (4 * MAX_KM)


def match(m: Mention, inc: dict[str, Any]) -> Match:
    """Whether mention ``m`` is the stored incident ``inc`` (a row of ``incidents``)."""
    if m.type != inc["type"]:
        return Match(False, "type")
    if m.date is None or inc["date"] is None:
        return Match(False, "no date")
    inc_to = inc["date_to"] or inc["date"]
    if m.date > inc_to + DATE_SLACK or (m.date_to or m.date) < inc["date"] - DATE_SLACK:
        return Match(False, "date")
    # daily reports must not chain an incident over weeks: the joined span stays short unless
    # one side already reported a period
    joined = max(inc_to, m.date_to or m.date) - min(inc["date"], m.date)
    if joined > max(MAX_SPAN, inc_to - inc["date"], (m.date_to or m.date) - m.date):
        return Match(False, "date span")
    distance = None
    if m.lat is not None and m.lon is not None and inc["lat"] is not None and inc["lon"] is not None:
        distance = haversine_km(m.lat, m.lon, inc["lat"], inc["lon"])
    same_name = m.place is not None and m.place == inc["norm_place"]
    if not same_name and (distance is None or distance > MAX_KM):
        return Match(False, "place", distance)
    if not perpetrators_compatible(m.perpetrators, inc["perpetrators"] or []):
        return Match(False, "sides", distance)
    sim = similarity(m.evidence, inc["evidence"])
    coarse = m.precision in COARSE or inc["precision"] in COARSE
    if coarse and not same_name and sim < COARSE_MIN_SIMILARITY:
        return Match(False, "coarse place, unlike text", distance, sim)
    if coarse and sim < COARSE_MIN_SIMILARITY / 2:
        return Match(False, "coarse place, unlike text", distance, sim)
    return Match(True, "ok", distance, sim)


def precision_rank(precision: str | None) -> int:
    return _PRECISION_RANK.get(precision or "", 4)


