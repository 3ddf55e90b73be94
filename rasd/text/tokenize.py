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
    for pre in _PREFIXES:
        if word.startswith(pre) and len(word) - len(pre) >= _MIN_STEM:
            rest = word[len(pre):]
            if rest not in out:
                out.append(rest)
                bases.append(rest)
            if pre.endswith("لل") and "ال" + rest not in out:
                out.append("ال" + rest)  # "للقاعدة" is ل + "القاعدة"
            if pre.endswith("ال") or pre.endswith("لل"):
                continue
    for base in bases:
        # the indefinite accusative writes its tanween on an alif: "انفجارا", "هجوما", "قتيلا"
        if base.endswith("ا") and len(base) >= 4 and not base.endswith(("اا", "يا", "وا")):
            out.append(base[:-1])
        for suf in _SUFFIXES:
            if base.endswith(suf) and len(base) - len(suf) >= _MIN_STEM + 1:
                rest = base[: -len(suf)]
                # a feminine noun keeps its ta marbuta as ت before a suffix: غارتها -> غاره
                if rest.endswith("ت"):
                    out.append(rest[:-1] + "ه")
                if rest not in out:
                    out.append(rest)
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


def _stretch_words(stretch: str) -> tuple[tuple[str, int, int], ...]:
    """The words of a stretch of text without a space, each with its [start, end) in it."""
    pieces = _PIECES.split(stretch)
    bounds = list(accumulate(map(len, pieces)))
    return tuple(zip(pieces[1::2], bounds[0:-1:2], bounds[1::2], strict=True))


# a stretch of text between spaces -> its words: texts repeat their words, and most stretches
# are one word, with a mark or two at most ("الماضي،", "(رويترز)")
_STRETCHES: TextMemo[tuple[tuple[str, int, int], ...]] = TextMemo(_stretch_words, limit=500_000)


def tokenize(n: Normalized) -> Tokenized:
    """Tokens of a normalised text with their candidate stems, and their offsets.

    Texts repeat their words, so a word's Token is built once and shared: per occurrence only
    its offsets are new (about twice as fast as an object per occurrence). A word never holds a
    space and is found without looking past one, so the text is cut at its spaces (``str.split``,
    cheaper than the engine's split into words and gaps) and each stretch between them is split
    into words once for all the texts it appears in: per occurrence, only its offset is added."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    stretches = n.text.split(" ")
    for stretch, found in zip(stretches, map(_STRETCHES.__getitem__, stretches), strict=True):
        for word, a, b in found:
            words.append(word)
            starts.append(pos + a)
            ends.append(pos + b)
        pos += len(stretch) + 1
    return Tokenized(list(map(_FORMS.__getitem__, words)), starts, ends, words)
