"""The packaged gazetteer: GeoNames places with Arabic names plus curated places.

Loaded once per process; every name is normalised the way the text layer normalises
article text, so a match is a plain string comparison.
"""

from __future__ import annotations

import csv
import gzip
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.text.normalize import norm

DATA = Path(__file__).resolve().parent / "data"
GAZETTEER_FILE = DATA / "gazetteer.tsv.gz"
KIND_RANK = {"country": 0, "province": 1, "region": 2, "town": 3}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    gid: str
    kind: str  # town | region | province | country
    name: str
    cc: str
    admin1: str
    lat: float
    lon: float
    population: int
    source: str  # geonames | curated
    names_ar: tuple[str, ...]

    @property
    def curated(self) -> bool:
        return self.source == "curated"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(min(1.0, math.sqrt(a)))


def fast_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: close to ``km`` below a few hundred kilometres, and cheap."""
    x = (lon2 - lon1) * math.cos((lat1 + lat2) * 0.008726646)
    return 111.195 * math.sqrt(x * x + (lat2 - lat1) ** 2)


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing from point 1 to point 2, degrees clockwise from north."""
    p = math.pi / 180
    y = math.sin((lon2 - lon1) * p) * math.cos(lat2 * p)
    x = (math.cos(lat1 * p) * math.sin(lat2 * p)
         - math.sin(lat1 * p) * math.cos(lat2 * p) * math.cos((lon2 - lon1) * p))
    return (math.atan2(y, x) / p) % 360


def name_key(name: str) -> str:
    """The look-up key of a name: normalised, punctuation to spaces, single spaces."""
    out = norm(name)
    for ch in "-_'\"،,.()":
        out = out.replace(ch, " ")
    return " ".join(out.split())


def spelling_variants(key: str) -> tuple[str, ...]:
    """Other spellings of a name key: a final "اء" is often written "ا" and the reverse
    ("صنعاء"/"صنعا", "المخا"/"المخاء")."""
    if len(key) >= 4 and key.endswith("اء"):
        return (key[:-1],)
    if len(key) >= 5 and key.endswith("ا") and key.startswith("ال"):
        return (key + "ء",)
    return ()


class Gazetteer:
    """All entries, an index by normalised name and a coarse grid for reverse look-up."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.by_key: dict[str, list[int]] = {}
        self.by_id: dict[str, Entry] = {}
        self.countries: dict[str, Entry] = {}
        self.admin1: dict[tuple[str, str], Entry] = {}
        self._grid: dict[tuple[int, int], list[int]] = {}
        self._towns: dict[tuple[str, str | None], list[Entry]] = {}
        for i, e in enumerate(entries):
            self.by_id[e.gid] = e
            if e.kind == "country":
                self.countries[e.cc] = e
            elif e.kind == "province":
                self.admin1[(e.cc, e.admin1)] = e
            for n in e.names_ar:
                k = name_key(n)
                # a two-letter name is too often a word ("اب", "ان"); GeoNames' is kept only when a
                # curated place (listed first) vouches for it: the city "إب" beside its governorate
                if len(k) >= 3 or len(k) == 2 and (e.curated or k in self.by_key):
                    bucket = self.by_key.setdefault(k, [])
                    if i not in bucket:
                        bucket.append(i)
            if e.kind == "town":
                self._towns.setdefault((e.cc, None), []).append(e)
                self._towns.setdefault((e.cc, e.admin1), []).append(e)
                if e.admin1:
                    self._grid.setdefault((int(e.lat // 1), int(e.lon // 1)), []).append(i)
        for k in list(self.by_key):  # spelling variants of a final hamza: "المخاء" / "المخا"
            for v in spelling_variants(k):
                if v not in self.by_key:
                    self.by_key[v] = self.by_key[k]

    def lookup(self, key: str) -> list[Entry]:
        return [self.entries[i] for i in self.by_key.get(key, ())]

    def country_name(self, cc: str) -> str:
        c = self.countries.get(cc)
        return c.name if c else cc

    def nearest_town(self, lat: float, lon: float, max_km: float = 150.0) -> Entry | None:
        """The nearest town that knows its admin1, searching the surrounding grid cells."""
        best: tuple[float, Entry] | None = None
        cy, cx = int(lat // 1), int(lon // 1)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for i in self._grid.get((cy + dy, cx + dx), ()):
                    e = self.entries[i]
                    d = km(lat, lon, e.lat, e.lon)
                    if d <= max_km and (best is None or d < best[0]):
                        best = (d, e)
        return best[1] if best else None

    def towns_in(self, cc: str, admin1: str | None) -> list[Entry]:
        return self._towns.get((cc, admin1), [])


def read_entries(path: Path = GAZETTEER_FILE) -> list[Entry]:
    """Parse the gazetteer file; a clear error names the file when it is missing or malformed."""
    if not path.exists():
        raise FileNotFoundError(f"{path}: gazetteer missing; run scripts/build_gazetteer.py")
    entries: list[Entry] = []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if not header or header[0] != "id":
            raise ValueError(f"{path}: not a gazetteer file (bad header)")
        for line_no, r in enumerate(reader, 2):
            try:
                entries.append(Entry(r[0], r[1], r[2], r[3], r[4], float(r[5]), float(r[6]),
                                     int(r[7]), r[8], tuple(r[9].split("|"))))
            except (IndexError, ValueError) as exc:
                raise ValueError(f"{path}:{line_no}: malformed gazetteer row ({exc})") from exc
    return entries


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer(read_entries())
