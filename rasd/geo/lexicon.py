"""Word lists that steer place matching: head words, direction words and the stop-list."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rasd.geo.gazetteer import name_key

DATA = Path(__file__).resolve().parent / "data"


def rows(name: str) -> list[list[str]]:
    """Rows of a data file of ``rasd/geo/data``, comments and blank lines skipped, cells stripped."""
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append([c.strip() for c in line.split("\t")])
    return out


@dataclass(frozen=True, slots=True)
class Head:
    kind: str  # town | region | province | keep
    part_of_name: bool
    plural: bool = False  # "محافظات X وY": the places listed after it share its kind


@dataclass(frozen=True, slots=True)
class GeoLexicon:
    heads: dict[str, Head]
    directions: dict[str, int]  # normalised phrase -> bearing (-1: centre)
    stop: dict[str, str]  # normalised name -> "never" | "head" | "prep"
    # normalised name -> {spelling with a hamza on its alef: its looser mode}: "إب" (the city)
    # is "prep", while "آب" (August) and "اب", which normalise alike, stay "head"
    spelled: dict[str, dict[str, str]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def geo_lexicon() -> GeoLexicon:
    heads = {name_key(r[0]): Head(r[1], r[2] == "1", len(r) > 3 and r[3] == "1") for r in rows("heads.tsv")}
    directions = {name_key(w): int(b) for w, b in rows("directions.tsv")}
    stop: dict[str, str] = {}
    written: dict[tuple[str, str], str] = {}  # (key, spelling) -> its strictest mode
    rank = {"prep": 0, "head": 1, "never": 2}
    for w, m in rows("stoplist.tsv"):  # a word listed twice keeps its strictest mode
        k = name_key(w)
        if rank[m] >= rank.get(stop.get(k, "prep"), 0):
            stop[k] = m
        if _HAMZA_ALEF.intersection(w) and rank[m] >= rank.get(written.get((k, w), "prep"), 0):
            written[(k, w)] = m
    spelled: dict[str, dict[str, str]] = {}
    for (k, w), m in written.items():
        if rank[m] < rank[stop[k]]:  # the spelling tells the word apart from its strict homographs
            spelled.setdefault(k, {})[w] = m
    return GeoLexicon(heads, directions, stop, spelled)


_HAMZA_ALEF = frozenset("أإآ")
