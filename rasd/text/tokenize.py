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


@dataclass(slots=True)
class Token:
    """A word of the normalised text; ``start``/``end`` index the normalised string."""

    text: str
    start: int
    end: int
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


# word -> (stems, match keys): a plain dict, read once per token, emptied when it grows past
# a large vocabulary so a long-running process stays bounded
_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
_FORMS_MAX = 500_000


def _forms(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = _FORMS.get(word)
    if found is None:
        if len(_FORMS) >= _FORMS_MAX:
            _FORMS.clear()
        found = _FORMS[word] = (stems(word), match_keys(word))
    return found


def tokenize(n: Normalized) -> list[Token]:
    """Tokens of a normalised text with their candidate stems."""
    out: list[Token] = []
    append = out.append
    get = _FORMS.get
    new = object.__new__
    for m in _WORD.finditer(n.text):
        word = m.group()
        forms = get(word) or _forms(word)
        # Token's fields set directly: the same object its __init__ builds, without the call
        tok = new(Token)
        tok.text = word
        tok.start, tok.end = m.span()
        tok.stems, tok.keys = forms
        append(tok)
    return out
