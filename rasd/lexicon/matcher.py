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


class _Node(Generic[T]):
    """A trie node: one phrase word deeper; ``values`` set where a phrase ends."""

    __slots__ = ("children", "phrase", "values")

    def __init__(self) -> None:
        self.children: dict[str, _Node[T]] = {}
        self.phrase = ""
        self.values: list[T] = []


class PhraseMatcher(Generic[T]):
    """Maps phrases to values; a phrase may carry several values (shared aliases)."""

    def __init__(self, entries: Iterable[tuple[str, T]] = (), definite: Iterable[str] = ()) -> None:
        self._root: _Node[T] = _Node()
        self._size = 0
        # one-word phrases that match only with their article ("القاعدة" but not "قاعدة")
        self._definite = frozenset(norm(p) for p in definite)
        for phrase, value in entries:
            self.add(phrase, value)

    def add(self, phrase: str, value: T) -> None:
        normal = norm(phrase)
        words = [normal] if normal in self._definite else [_bare(w) for w in normal.split()]
        if not words:
            return
        node = self._root
        for word in words:
            node = node.children.setdefault(word, _Node())
        if not node.values:
            node.phrase = phrase
            self._size += 1
        if value not in node.values:
            node.values.append(value)

    def __len__(self) -> int:
        return self._size

    def match_at(self, tokens: Sequence[Token], i: int) -> Match[T] | None:
        """The longest phrase starting at token ``i`` (the first of the token's forms wins a tie)."""
        best: Match[T] | None = None
        n = len(tokens)
        roots = self._root.children
        for key in tokens[i].keys:
            start = roots.get(key)
            if start is None:
                continue
            if not start.children or i + 1 >= n:  # a one-word phrase: no walk needed
                if start.values and (best is None or i + 1 > best.last):
                    best = Match(i, i + 1, start.phrase, tuple(start.values))
                continue
            stack = [(start, i + 1)]
            while stack:
                node, j = stack.pop()
                if node.values and (best is None or j > best.last):
                    best = Match(i, j, node.phrase, tuple(node.values))
                if node.children and j < n:
                    for k in tokens[j].keys:
                        child = node.children.get(k)
                        if child is not None:
                            stack.append((child, j + 1))
        return best

    @property
    def heads(self) -> frozenset[str]:
        """Every form a phrase can start with: a token none of whose keys is here starts nothing."""
        return frozenset(self._root.children)

    def find(self, tokens: Sequence[Token], start: int = 0, end: int | None = None,
             overlapping: bool = False, positions: Iterable[int] | None = None) -> list[Match[T]]:
        """Longest, left-to-right, non-overlapping matches (all starts if ``overlapping``).

        ``positions`` limits the starts tried to those given (ascending), e.g. the tokens that
        start a phrase of any lexicon.
        """
        end = len(tokens) if end is None else end
        heads = self._root.children.keys()
        out: list[Match[T]] = []
        free_from = start
        for i in range(start, end) if positions is None else positions:
            if i < free_from or i >= end or heads.isdisjoint(tokens[i].keys):
                continue
            m = self.match_at(tokens, i)
            if m and m.last <= end:
                out.append(m)
                if not overlapping:
                    free_from = m.last
        return out

