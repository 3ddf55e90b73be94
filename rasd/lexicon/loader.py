"""Loads the lexicon data files once into matchers."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

from rasd.lexicon.matcher import Match, PhraseMatcher, Starts, find_each, start, starts
from rasd.text.memo import TextMemo
from rasd.text.normalize import norm
from rasd.text.tokenize import Token, match_keys


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    inter: int
    country: str  # home country: whose government and media the actor stands beside
    contract: bool = True  # False: outside the contract vocabulary, written other:<name>
    countries: tuple[str, ...] = ()  # where it fights: the home country first, then others

    def fights_in(self, country: str) -> bool:
        """A foreign force may fight in several countries ("طيران التحالف" is the US-led
        coalition in Syria and Iraq, the Saudi-led one in Yemen)."""
        return country == self.country or country in self.countries

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


# the lexicons every article is matched against, and whether each one's matches may overlap
NAMES = ("triggers", "cues", "weapons", "actors", "reporting")
_OVERLAPPING = tuple(name == "cues" for name in NAMES)


@dataclass(frozen=True)
class Lexicon:
    triggers: PhraseMatcher[str]
    cues: PhraseMatcher[str]
    weapons: PhraseMatcher[str]
    actors: PhraseMatcher[str]
    reporting: PhraseMatcher[str]
    actor_info: dict[str, Actor]
    generic_aliases: frozenset[str] = frozenset()  # normalised; bound to the actor's country
    # token text -> what it may start in each lexicon (numbered as in ``NAMES``); None for most
    # words. Made with the lexicon (an empty memo), not as a cached_property: the compiled build
    # (setup.py) would make a new one at every call.
    _starts: TextMemo[Starts[str] | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        matchers = [getattr(self, name) for name in NAMES]

        def plan(text: str) -> Starts[str] | None:
            keys = match_keys(text)
            return starts(tuple(start(k, nodes) for k, m in enumerate(matchers) if (nodes := m.entries(keys))))

        memo = TextMemo(plan)
        for m in matchers:
            m.watch(memo)
        object.__setattr__(self, "_starts", memo)  # frozen: the one field set after __init__

    def find_all(self, tokens: list[Token], words: list[str]) -> dict[str, list[Match[str]]]:
        """Every lexicon's matches in ``tokens`` (whose texts are ``words``), by name: one pass
        for the five lexicons, as each one's ``find`` gives them (cues overlapping, the others not)."""
        found = find_each(tokens, list(map(self._starts.__getitem__, words)), _OVERLAPPING)
        return dict(zip(NAMES, found, strict=True))


def _pairs(name: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in read_tsv(name) if len(row) >= 2]


@functools.cache
def load() -> Lexicon:
    """The packaged lexicons (cached: built once per process)."""
    info: dict[str, Actor] = {}
    actors: PhraseMatcher[str] = PhraseMatcher(definite=(row[0] for row in read_tsv("definite_aliases.tsv")))
    for row in read_tsv("actors.tsv"):
        actor_id, name, inter, country, aliases, contract = (row + [""] * 6)[:6]
        countries = tuple(c.strip() for c in country.split("|") if c.strip())
        info[actor_id] = Actor(actor_id, name, int(inter or 0), countries[0] if countries else "",
                               contract != "no", countries)
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
