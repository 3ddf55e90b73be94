"""Tokens with their clitics peeled off.

Arabic glues conjunctions, prepositions and the article to the front of a word and
pronouns to its end ("وبالبراميل", "قصفها"). A token keeps its surface form and a short
list of candidate stems, so one lexicon entry matches every attached variant.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from rasd.text.normalize import Normalized

_WORD = re.compile(r"[\u0621-\u064a]+|[0-9]+(?:[.,][0-9]+)*|[a-z]+")

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


# word -> its Token: a plain dict, read once per token, emptied when it grows past a large
# vocabulary so a long-running process stays bounded
_FORMS: dict[str, Token] = {}
_FORMS_MAX = 500_000


def _token(word: str) -> Token:
    if len(_FORMS) >= _FORMS_MAX:
        _FORMS.clear()
    tok = _FORMS[word] = Token(word, stems(word), match_keys(word))
    return tok


@dataclass(frozen=True, slots=True)
class Tokenized:
    """The words of a normalised text, and where each stands in it: [starts[i], ends[i])."""

    tokens: list[Token]
    starts: list[int]
    ends: list[int]


def tokenize(n: Normalized) -> Tokenized:
    """Tokens of a normalised text with their candidate stems, and their offsets.

    Texts repeat their words, so a word's Token is built once and shared: per occurrence only
    its offsets are new (about twice as fast as an object per occurrence)."""
    text = n.text
    spans = [m.span() for m in _WORD.finditer(text)]
    get = _FORMS.get
    tokens = [get(word) or _token(word) for word in _WORD.findall(text)]
    return Tokenized(tokens, [a for a, _ in spans], [b for _, b in spans])
