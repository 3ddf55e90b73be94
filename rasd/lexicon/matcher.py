"""One matcher for every lexicon: phrases of normalised tokens, clitics allowed.

A phrase matches a run of tokens when each phrase word equals one of the token's stems
(the token itself, or the token with و ف ب ل ك س ال and pronoun suffixes removed). The
phrase's own article is optional too, so "الجيش السوري" also matches "للجيش السوري" and
"جيش" words in construct. Longest match wins at each position.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from itertools import compress
from typing import Generic, TypeVar

from rasd.text.normalize import norm
from rasd.text.tokenize import Token

T = TypeVar("T")


@functools.lru_cache(maxsize=50_000)
def norm_phrase(phrase: str) -> str:
    """The normalised form of a matched phrase (``Match.phrase``), memoised: a lexicon's phrases
    are a few thousand, asked about for every trigger and cue."""
    return norm(phrase)


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


class Match(Generic[T]):
    """Tokens [first, last) matched a phrase carrying ``values``; not to be changed once made.

    A plain class with slots rather than a frozen dataclass: an article makes hundreds, and a
    frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (twice the
    cost). Equality, hashing and repr are the dataclass's."""

    __slots__ = ("first", "last", "phrase", "values")

    def __init__(self, first: int, last: int, phrase: str, values: tuple[T, ...]) -> None:
        self.first = first
        self.last = last
        self.phrase = phrase
        self.values = values

    def _key(self) -> tuple[int, int, str, tuple[T, ...]]:
        return self.first, self.last, self.phrase, self.values

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._key())

    def __reduce__(self) -> tuple[type[Match[T]], tuple[int, int, str, tuple[T, ...]]]:
        return self.__class__, self._key()  # pickled (Spark) with every protocol, like the dataclass

    def __repr__(self) -> str:
        return f"Match(first={self.first!r}, last={self.last!r}, phrase={self.phrase!r}, values={self.values!r})"


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
        # a token's text -> the root nodes its keys enter, in key order: tokens repeat their
        # words, so each distinct word is looked up in the trie once (emptied by ``add``); keyed
        # by the text, whose hash Python keeps, rather than by the keys tuple it determines
        self._entries: dict[str, tuple[_Node[T], ...]] = {}
        self._watchers: list[dict] = []  # memos built from this trie, emptied by ``add`` too
        # one-word phrases that match only with their article ("القاعدة" but not "قاعدة")
        self._definite = frozenset(norm(p) for p in definite)
        for phrase, value in entries:
            self.add(phrase, value)

    def add(self, phrase: str, value: T) -> None:
        normal = norm(phrase)
        words = [normal] if normal in self._definite else [_bare(w) for w in normal.split()]
        if not words:
            return
        self._entries.clear()
        for memo in self._watchers:
            memo.clear()
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
        return self._longest(tokens, i, self._entry_nodes(tokens[i]))

    def _entry_nodes(self, token: Token) -> tuple[_Node[T], ...]:
        found = self._entries.get(token.text)
        if found is None:
            found = self.entries(token.keys)
            if len(self._entries) >= 200_000:
                self._entries.clear()
            self._entries[token.text] = found
        return found

    def entries(self, keys: Iterable[str]) -> tuple[_Node[T], ...]:
        """The root nodes a token with these match keys enters, in key order (none: it starts no phrase)."""
        roots = self._root.children
        return tuple(roots[k] for k in keys if k in roots)

    def watch(self, memo: dict) -> None:
        """Empty ``memo`` whenever a phrase is added: it holds results of ``entries``."""
        self._watchers.append(memo)

    @staticmethod
    def _longest(tokens: Sequence[Token], i: int, entries: tuple[_Node[T], ...]) -> Match[T] | None:
        """The longest walk from the root nodes ``entries`` of token ``i``; one ``Match`` built,
        for the winner only (the first reaching the greatest length)."""
        best: _Node[T] | None = None
        best_j = 0
        n = len(tokens)
        for start in entries:
            if not start.children or i + 1 >= n:  # a one-word phrase: no walk needed
                if start.values and i + 1 > best_j:
                    best, best_j = start, i + 1
                continue
            stack = [(start, i + 1)]
            while stack:
                node, j = stack.pop()
                if node.values and j > best_j:
                    best, best_j = node, j
                children = node.children
                if children and j < n:
                    for k in tokens[j].keys:
                        child = children.get(k)
                        if child is not None:
                            stack.append((child, j + 1))
        return None if best is None else Match(i, best_j, best.phrase, tuple(best.values))

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
        entries = self._entries.get
        out: list[Match[T]] = []
        free_from = start
        for i in range(start, end) if positions is None else positions:
            if i < free_from or i >= end:
                continue
            token = tokens[i]
            nodes = entries(token.text)
            if nodes is None:
                nodes = self._entry_nodes(token)
            if not nodes:
                continue
            m = self._longest(tokens, i, nodes)
            if m and m.last <= end:
                out.append(m)
                if not overlapping:
                    free_from = m.last
        return out


class Start(Generic[T]):
    """What a word can start in one matcher: the root nodes its keys enter, the match of the
    word alone (the first of those nodes that ends a phrase, as ``_longest`` picks it when no
    phrase goes on) and every word that can come second: when the next token is none of
    these, the word alone is the answer and no walk is needed. Not to be changed once made (a
    plain slotted class: mypyc cannot compile a generic dataclass with slots)."""

    __slots__ = ("matcher", "nodes", "alone", "seconds")

    def __init__(self, matcher: int, nodes: tuple[_Node[T], ...], alone: tuple[str, tuple[T, ...]] | None,
                 seconds: frozenset[str]) -> None:
        self.matcher = matcher  # the matcher's number in the pass
        self.nodes = nodes
        self.alone = alone  # phrase and values
        self.seconds = seconds


def start(matcher: int, nodes: tuple[_Node[T], ...]) -> Start[T]:
    """The ``Start`` of a word entering the root nodes ``nodes`` of a matcher."""
    first = next((node for node in nodes if node.values), None)
    alone = None if first is None else (first.phrase, tuple(first.values))
    return Start(matcher, nodes, alone, frozenset().union(*(node.children for node in nodes)))


class Starts(Generic[T]):
    """What a word can start in all the matchers of a pass: its ``Start`` in each, every word
    that can come second in any of them, and its one-word matches (matcher, phrase, values).
    When the next token is no second word, the one-word matches are the answer for every
    matcher at once: one set test per token instead of one per matcher, and matchers where the
    word only opens longer phrases cost nothing. Not to be changed once made."""

    __slots__ = ("each", "seconds", "alone")

    def __init__(self, each: tuple[Start[T], ...], seconds: frozenset[str],
                 alone: tuple[tuple[int, str, tuple[T, ...]], ...]) -> None:
        self.each = each
        self.seconds = seconds
        self.alone = alone


def starts(each: tuple[Start[T], ...]) -> Starts[T] | None:
    """The ``Starts`` of a word from its ``Start`` in each matcher (None: it starts nothing)."""
    if not each:
        return None
    return Starts(each, frozenset().union(*(st.seconds for st in each)),
                  tuple((st.matcher, *st.alone) for st in each if st.alone is not None))


def find_each(tokens: Sequence[Token], plans: Sequence[Starts[T] | None],
              overlapping: Sequence[bool]) -> list[list[Match[T]]]:
    """The matches of several matchers in one pass over the tokens, as each one's ``find`` (with
    its ``overlapping``) gives them. ``plans[i]`` is what token ``i`` can start (None for most
    tokens, which are skipped together); most phrases found are one word, read off the plan."""
    found: list[list[Match[T]]] = [[] for _ in overlapping]
    add = [matches.append for matches in found]
    # the first token each matcher may match at again; a one-word match ends where the next
    # token starts, so only a longer match (of a non-overlapping matcher) moves it on
    free_from = [0] * len(overlapping)
    longest = PhraseMatcher._longest
    last = len(tokens) - 1
    for i in compress(range(len(tokens)), plans):
        plan: Starts[T] = plans[i]  # type: ignore[assignment]
        if not plan.seconds or i == last or plan.seconds.isdisjoint(tokens[i + 1].keys):
            for k, phrase, values in plan.alone:
                if i >= free_from[k]:
                    add[k](Match(i, i + 1, phrase, values))
            continue
        next_keys = tokens[i + 1].keys
        for st in plan.each:
            k = st.matcher
            if i < free_from[k]:
                continue
            if st.seconds and not st.seconds.isdisjoint(next_keys):
                m = longest(tokens, i, st.nodes)
                if m is None:
                    continue
            elif st.alone is not None:
                m = Match(i, i + 1, *st.alone)
            else:
                continue
            add[k](m)
            if not overlapping[k]:
                free_from[k] = m.last
    return found
