"""Which side each actor fights on, for the merge rule "opposite sides = different incidents"."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "actor_sides.tsv"


@functools.cache
def actor_sides() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("actor\t"):
            continue
        actor, sides = line.split("\t")[:2]
        out[actor.strip()] = frozenset(s.strip() for s in sides.split("|") if s.strip())
    return out


def perpetrators_compatible(a: Iterable[str], b: Iterable[str]) -> bool:
    """False only when both sets are non-empty, share no actor, and every actor's sides are
    known and the two sets of sides are disjoint (e.g. Houthis vs the Saudi-led coalition)."""
    set_a, set_b = set(a), set(b)
    if not set_a or not set_b or set_a & set_b:
        return True
    table = actor_sides()
    if any(x not in table for x in set_a | set_b):
        return True
    sides_a = frozenset().union(*(table[x] for x in set_a))
    sides_b = frozenset().union(*(table[x] for x in set_b))
    return bool(sides_a & sides_b)
