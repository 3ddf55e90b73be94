"""One analysed article: tokens, sentences and every lexicon match, computed once.

Events and claims both read this view; it keeps the offset bookkeeping (normalised
token index <-> original character) in one place.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import cast

from rasd.lexicon import Lexicon, Match, norm_phrase
from rasd.lexicon.wordsets import word_set
from rasd.text import Normalized, Token, normalize, tokenize
from rasd.text.segment import mark_positions, sentence_bounds

_CLAUSE_MARKS = "،,؛;:"
# words of a day set off by commas in the middle of a clause ("سيطرت، السبت، على"، "قالت، أمس، إن")
_TIME_ASIDES = word_set("time_asides")  # a set of rasd/lexicon/data/function_words.tsv


@dataclass(slots=True)
class Sentence:
    index: int
    first: int  # token range [first, last)
    last: int
    start: int  # original character span
    end: int
    paragraph: int


@dataclass
class Article:
    text: str
    n: Normalized
    tokens: list[Token]
    starts: list[int]  # original start offset of each token
    ends: list[int]
    sentences: list[Sentence]
    matches: dict[str, list[Match[str]]] = field(default_factory=dict)
    _index: dict[str, tuple[list[Match[str]], list[int]]] = field(default_factory=dict)  # matches, their firsts
    _breaks: list[int] | None = field(default=None, repr=False)  # see ``clause_breaks``
    # results later stages compute more than once per article (who speaks for a verb), by key
    memo: dict[tuple, object] = field(default_factory=dict, repr=False)
    # each token's text, for tests over a run of tokens in C (``set.isdisjoint(words[a:b])``)
    words: list[str] = field(default_factory=list, repr=False)

    @classmethod
    def analyse(cls, text: str, lexicon: Lexicon) -> Article:
        n = normalize(text)
        words = tokenize(n)
        tokens, token_starts = words.tokens, words.starts
        # n.span(start, end) of every token (a token is never empty), without a call per token
        offsets = n.offsets
        if isinstance(offsets, range):  # nothing dropped: normalised offsets are original ones
            starts, ends = token_starts, words.ends
        else:
            starts = list(map(offsets.__getitem__, token_starts))
            ends = [offsets[b - 1] + 1 for b in words.ends]
        sents: list[Sentence] = []
        paragraph = 0
        prev_end = 0
        normal = n.text
        for k, (start, end) in enumerate(sentence_bounds(normal)):
            if "\n" in normal[prev_end:start]:
                paragraph += 1
            prev_end = end
            first = bisect.bisect_left(token_starts, start)
            last = bisect.bisect_left(token_starts, end)
            # n.span(start, end) of a sentence, which is never empty
            sents.append(Sentence(k, first, last, offsets[start], offsets[end - 1] + 1, paragraph))
        art = cls(text, n, tokens, starts, ends, sents, words=words.words)
        for name, found in lexicon.find_all(tokens, words.words).items():
            art.set_matches(name, found)
        return art

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Original character span of tokens [first, last)."""
        return self.starts[first], self.ends[last - 1]

    def surface(self, first: int, last: int) -> str:
        s, e = self.span(first, last)
        return self.text[s:e]

    def token_at(self, offset: int) -> int:
        """Index of the token covering (or following) an original offset."""
        return bisect.bisect_right(self.starts, offset) - 1 if self.starts and offset >= self.starts[0] else 0

    def sentence_of(self, i: int) -> Sentence:
        """The sentence holding token ``i``."""
        firsts = cast("list[int] | None", self.memo.get(("sentence_firsts",)))
        if firsts is None:
            firsts = self.memo[("sentence_firsts",)] = [s.first for s in self.sentences]
        return self.sentences[bisect.bisect_right(firsts, i) - 1]

    def clause_breaks(self) -> list[int]:
        """Tokens k with a comma, semicolon or colon between token k - 1 and k, ascending: found
        once per article, so each ``clause_of`` is two bisections instead of a scan of gaps."""
        if self._breaks is None:
            starts, ends = self.starts, self.ends
            breaks: list[int] = []
            for pos in mark_positions(self.text, _CLAUSE_MARKS):
                k = bisect.bisect_right(starts, pos)  # the first token after the mark
                if 0 < k < len(starts) and ends[k - 1] <= pos and (not breaks or breaks[-1] != k):
                    breaks.append(k)
            self._breaks = self._without_time_asides(breaks)
        return self._breaks

    def _without_time_asides(self, breaks: list[int]) -> list[int]:
        """"سيطرت، السبت، على القرية": a day set off by commas inside a clause does not split it."""
        out: list[int] = []
        k = 0
        while k < len(breaks):
            a = breaks[k]
            b = breaks[k + 1] if k + 1 < len(breaks) else None
            if b is not None and 0 < b - a <= 2 and all(self.tokens[j].text.lstrip("و") in _TIME_ASIDES
                                                         for j in range(a, b)):
                k += 2
                continue
            out.append(a)
            k += 1
        return out

    def taa_read_as_pronoun(self, m: Match[str]) -> bool:
        """Whether a match was found only by reading its last word's ة as the pronoun ه
        (normalisation writes both ه): "سيطرة" as "سيطر" + ه, "غداة" as "غدا" + ه."""
        # a token is never empty: its last original character is the one before its end
        return self.text[self.ends[m.last - 1] - 1] == "ة" and not norm_phrase(m.phrase).endswith("ه")

    def clause_of(self, i: int, sent: Sentence) -> tuple[int, int]:
        """Token range of the clause (between commas, semicolons) holding token ``i``."""
        breaks = self._breaks if self._breaks is not None else self.clause_breaks()
        j = bisect.bisect_right(breaks, i)
        lo = breaks[j - 1] if j and breaks[j - 1] > sent.first else sent.first
        hi = breaks[j] if j < len(breaks) and breaks[j] < sent.last else sent.last
        return lo, hi

    def set_matches(self, name: str, matches: list[Match[str]]) -> None:
        self.matches[name] = matches
        self._index[name] = matches, [m.first for m in matches]

    def between(self, name: str, lo: int, hi: int) -> list[Match[str]]:
        """Matches of one lexicon starting in tokens [lo, hi) (asked hundreds of times per article)."""
        matches, firsts = self._index[name]
        return matches[bisect.bisect_left(firsts, lo):bisect.bisect_left(firsts, hi)]

    def in_sentence(self, name: str, sent: Sentence) -> list[Match[str]]:
        """``between`` the sentence's tokens, without a second call."""
        matches, firsts = self._index[name]
        return matches[bisect.bisect_left(firsts, sent.first):bisect.bisect_left(firsts, sent.last)]

    def has_stem(self, i: int, words: set[str] | frozenset[str]) -> bool:
        return 0 <= i < len(self.tokens) and any(s in words for s in self.tokens[i].stems)
