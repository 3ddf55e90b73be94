"""One matcher for every lexicon: phrases of normalised tokens, clitics allowed.

A phrase matches a run of tokens when each phrase word equals one of the token's stems
(the token itself, or the token with و ف ب ل ك س ال and pronoun suffixes removed). The
phrase's own article is optional too, so "الجيش السوري" also matches "للجيش السوري" and
"جيش" words in construct. Longest match wins at each position.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rasd.text.normalize import norm
from rasd.text.tokenize import Token

T = TypeVar("T")


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """Tokens [first, last) matched a phrase carrying ``values``."""

    first: int
    last: int
    phrase: str
    values: tuple[T, ...]


class PhraseMatcher(Generic[T]):
    """Maps phrases to values; a phrase may carry several values (shared aliases)."""

    def __init__(self, entries: Iterable[tuple[str, T]] = ()) -> None:
        self._index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._values: dict[tuple[str, ...], list[T]] = {}
        for phrase, value in entries:
            self.add(phrase, value)

    def add(self, phrase: str, value: T) -> None:
        words = tuple(_bare(w) for w in norm(phrase).split())
        if not words:
            return
        if words not in self._values:
            self._values[words] = []
            self._index.setdefault(words[0], []).append((words[1:], phrase))
            self._index[words[0]].sort(key=lambda item: -len(item[0]))
        if value not in self._values[words]:
            self._values[words].append(value)

    def __len__(self) -> int:
        return len(self._values)

    def match_at(self, tokens: Sequence[Token], i: int) -> Match[T] | None:
        """The longest phrase starting at token ``i``."""
        best: Match[T] | None = None
        index = self._index
        for key in tokens[i].keys:
            cands = index.get(key)
            if not cands:
                continue
            for rest, phrase in cands:
                end = i + 1 + len(rest)
                if end > len(tokens) or (best and end <= best.last):
                    continue
                if all(w in tokens[i + 1 + k].keys for k, w in enumerate(rest)):
                    best = Match(i, end, phrase, tuple(self._values[(key, *rest)]))
                    break
        return best

    def find(self, tokens: Sequence[Token], start: int = 0, end: int | None = None,
             overlapping: bool = False) -> list[Match[T]]:
        """Longest, left-to-right, non-overlapping matches (all starts if ``overlapping``)."""
        end = len(tokens) if end is None else end
        out: list[Match[T]] = []
        heads = self._index.keys()
        i = start
        while i < end:
            if heads.isdisjoint(tokens[i].keys):
                i += 1
                continue
            m = self.match_at(tokens, i)
            if m and m.last <= end:
                out.append(m)
                i = i + 1 if overlapping else m.last
            else:
                i += 1
        return out

