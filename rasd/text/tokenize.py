"""Tokens with their clitics peeled off.

Arabic glues conjunctions, prepositions and the article to the front of a word and
pronouns to its end ("وبالبراميل", "قصفها"). A token keeps its surface form and a short
list of candidate stems, so one lexicon entry matches every attached variant.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import accumulate

from rasd.text.memo import TextMemo
from rasd.text.normalize import Normalized

# a word is a run of Arabic letters, a number ("1,200", "3.5") or a run of Latin letters; written
# as one character class and then the run of its kind, so the engine skips non-word characters by
# that class instead of trying three branches at each of them
_WORD = re.compile(r"[\u0621-\u064a0-9a-z](?:(?<=[\u0621-\u064a])[\u0621-\u064a]*"
                   r"|(?<=[0-9])[0-9]*(?:[.,][0-9]+)*|(?<=[a-z])[a-z]*)")
# the text cut into gap, word, gap, word, ..., gap
_PIECES = re.compile(f"({_WORD.pattern})")

# Proclitic sequences, longest first: conjunction + preposition + article.
_PREFIXES = sorted({
    c + p + a
    for c in ("", "و", "ف")
    for p in ("", "ب", "ل", "ك", "س")
    for a in ("", "ال")
    if c + p + a
} | {"لل", "ولل", "فلل"}, key=len, reverse=True)
_SUFFIXES = sorted({"ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ي", "ك"}, key=len, reverse=True)
_MIN_STEM = 2
# a word starts with at most one sequence of each length (and ends with one suffix of each), so
# its first (last) letters looked up, longest first, find them in the lists' order
_PREFIX_SET = frozenset(_PREFIXES)
_PREFIX_SIZES = sorted({len(p) for p in _PREFIXES}, reverse=True)
_SUFFIX_SET = frozenset(_SUFFIXES)
_SUFFIX_SIZES = sorted({len(s) for s in _SUFFIXES}, reverse=True)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the normalised text with its candidate stems. One object serves every
    occurrence of the word in a text (where each stands is in ``Tokenized``'s offsets)."""

    text: str
    stems: tuple[str, ...] = field(default=())
    keys: tuple[str, ...] = field(default=())  # stems, and stems without the article: for matching

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


@functools.lru_cache(maxsize=200_000)
def stems(word: str) -> tuple[str, ...]:
    """The word itself, then forms with proclitics and pronoun suffixes removed."""
    out = [word]
    if not word or not ("\u0621" <= word[0] <= "\u064a"):
        return tuple(out)
    bases = [word]
    for size in _PREFIX_SIZES:
        if len(word) - size >= _MIN_STEM and word[:size] in _PREFIX_SET:
            pre, rest = word[:size], word[size:]
            if rest not in out:
                out.append(rest)
                bases.append(rest)
            if pre.endswith("لل") and "ال" + rest not in out:
                out.append("ال" + rest)  # "للقاعدة" is ل + "القاعدة"
    for base in bases:
        # the indefinite accusative writes its tanween on an alif: "انفجارا", "هجوما", "قتيلا"
        if base.endswith("ا") and len(base) >= 4 and not base.endswith(("اا", "يا", "وا")):
            out.append(base[:-1])
        for size in _SUFFIX_SIZES:
            if len(base) - size >= _MIN_STEM + 1 and base[-size:] in _SUFFIX_SET:
                suf, rest = base[-size:], base[:-size]
                # a feminine noun keeps its ta marbuta as ت before a suffix: غارتها -> غاره
                if rest.endswith("ت"):
                    out.append(rest[:-1] + "ه")
                if rest not in out:
                    out.append(rest)
                # a plural verb drops its silent alif before a pronoun: "اعتقلوهم" is "اعتقلوا" + هم
                if rest.endswith("و") and len(rest) >= 4 and suf not in ("ي", "ك"):
                    out.append(rest + "ا")
    return tuple(dict.fromkeys(out))


@functools.lru_cache(maxsize=200_000)
def match_keys(word: str) -> tuple[str, ...]:
    """Every form a lexicon entry may take to match ``word``: stems, with and without "ال"."""
    out = list(stems(word))
    for s in out[:]:
        if s.startswith("ال") and len(s) > 3:
            out.append(s[2:])
    return tuple(dict.fromkeys(out))


def _token(word: str) -> Token:
    return Token(word, stems(word), match_keys(word))


# word -> its Token, built on first sight, so a whole word list is read by one ``map``
_FORMS: TextMemo[Token] = TextMemo(_token, limit=500_000)


@dataclass(frozen=True, slots=True)
class Tokenized:
    """The words of a normalised text, and where each stands in it: [starts[i], ends[i])."""

    tokens: list[Token]
    starts: list[int]
    ends: list[int]
    words: list[str] = field(default_factory=list)  # each token's text


def tokenize(n: Normalized) -> Tokenized:
    """Tokens of a normalised text with their candidate stems, and their offsets.

    Texts repeat their words, so a word's Token is built once and shared: per occurrence only
    its offsets are new (about twice as fast as an object per occurrence). One split of the
    text gives the words and, by the running sum of the pieces' lengths, where each starts and
    ends, without a match object per word."""
    pieces = _PIECES.split(n.text)
    bounds = list(accumulate(map(len, pieces)))
    words = pieces[1::2]
    return Tokenized(list(map(_FORMS.__getitem__, words)), bounds[0:-1:2], bounds[1::2], words)
