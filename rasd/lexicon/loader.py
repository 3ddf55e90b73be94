"""Loads the lexicon data files once into matchers."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from rasd.lexicon.matcher import PhraseMatcher
from rasd.text.memo import TextMemo
from rasd.text.normalize import norm
from rasd.text.tokenize import match_keys


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    inter: int
    country: str
    contract: bool = True  # False: outside the contract vocabulary, written other:<name>

    @property
    def is_state(self) -> bool:
        """ACLED inter 1 (state forces) and 3 (pro-government militias) regain territory."""
        return self.inter in (1, 3)


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a data file, comments and blank lines skipped."""
    text = resources.files("rasd.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


@functools.cache
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """A data file of "word<TAB>kind" rows as normalised word sets by kind, read once."""
    out: dict[str, set[str]] = {}
    for word, kind in read_tsv(name):
        out.setdefault(kind, set()).add(norm(word))
    return {kind: frozenset(words) for kind, words in out.items()}


@dataclass(frozen=True)
class Lexicon:
    triggers: PhraseMatcher[str]
    cues: PhraseMatcher[str]
    weapons: PhraseMatcher[str]
    actors: PhraseMatcher[str]
    reporting: PhraseMatcher[str]
    actor_info: dict[str, Actor]
    generic_aliases: frozenset[str] = frozenset()  # normalised; bound to the actor's country

    @functools.cached_property
    def heads(self) -> frozenset[str]:
        """First words of every phrase of every lexicon, to skip tokens that start none."""
        return frozenset().union(*(m.heads for m in (self.triggers, self.cues, self.weapons,
                                                     self.actors, self.reporting)))

    @functools.cached_property
    def may_start(self) -> TextMemo[bool]:
        """Token text -> whether some phrase of some lexicon may start at it."""
        heads = self.heads
        return TextMemo(lambda text: not heads.isdisjoint(match_keys(text)))


def _pairs(name: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in read_tsv(name) if len(row) >= 2]


@functools.cache
def load() -> Lexicon:
    """The packaged lexicons (cached: built once per process)."""
    info: dict[str, Actor] = {}
    actors: PhraseMatcher[str] = PhraseMatcher(definite=(row[0] for row in read_tsv("definite_aliases.tsv")))
    for row in read_tsv("actors.tsv"):
        actor_id, name, inter, country, aliases, contract = (row + [""] * 6)[:6]
        info[actor_id] = Actor(actor_id, name, int(inter or 0), country, contract != "no")
        for alias in aliases.split("|"):
            if alias.strip():
                actors.add(alias, actor_id)
    return Lexicon(
        triggers=PhraseMatcher(_pairs("triggers.tsv")),
        cues=PhraseMatcher(_pairs("cues.tsv")),
        weapons=PhraseMatcher(_pairs("weapons.tsv")),
        actors=actors,
        reporting=PhraseMatcher(_pairs("reporting.tsv")),
        actor_info=info,
        generic_aliases=frozenset(norm(row[0]) for row in read_tsv("generic_actors.tsv")),
    )
