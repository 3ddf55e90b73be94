"""Normalisation for matching, with a map back to the original characters.

Arabic news spells one word many ways (hamza forms, ى/ي, ة/ه, diacritics, tatweel,
three digit systems). Matching happens on a normalised copy; evidence must point into
the untouched original, so every normalised character remembers where it came from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_DROP = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640", "\u200c", "\u200d",
                                                    "\u200e", "\u200f", "\ufeff", "\u061c"}
_MAP: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه",
    "ک": "ك", "ی": "ي", "ڤ": "ف", "گ": "ك", "پ": "ب", "چ": "ج",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"',
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Eastern Arabic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian digits
_MAP["٫"] = "."
_MAP["٬"] = ","
# Arabic presentation forms (old PDFs and some web pages: "ﺍﻟﺼﺪﺭﻳﻦ") fold to the letters they
# draw; two-letter ligatures (lam-alef) are left alone to keep the map one character each
for _c in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
    _base = unicodedata.normalize("NFKC", chr(_c))
    if len(_base) == 1 and "\u0621" <= _base <= "\u06ff":
        _MAP[chr(_c)] = _MAP.get(_base, _base)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and, for each of its characters, the index in the original."""

    original: str
    text: str
    offsets: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize_char(ch: str) -> str:
    """The normalised form of one character ('' when it is dropped)."""
    if ch in _DROP:
        return ""
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    return ch.lower() if ch.isascii() else ch


_REPLACE = _MAP | dict.fromkeys(_DROP, "")  # no replacement is itself replaced: one pass each
# a character the table changes, or a Latin capital (the whole text is then lower-cased); written
# as a class and not a run ([...]+), which the engine would try to match at every character
# instead of skipping to the next one in the class
_CHANGED_RE = re.compile("[A-Z" + "".join(re.escape(k) for k in sorted(_REPLACE)) + "]")
_DROP_CLASS = "[" + "".join(sorted(_DROP)) + "]"
_DROP_RE = re.compile(_DROP_CLASS + _DROP_CLASS + "*")  # a run of dropped characters, class first as above
# the offsets 0, 1, 2, ... shared by every text up to this length: a text's offset map is
# slices of it, without an int object made per character
_INDEX = list(range(1 << 16))


def _replaced(text: str) -> str:
    """``text`` with every character the table changes replaced, and lower-cased where it holds
    a Latin capital. Each distinct changed character is replaced throughout by one
    ``str.replace``, the next one found from where the last one stood: a text holds a few
    distinct ones (ة, ى, أ, ...) at hundreds of places. Lower-casing at the first capital found
    gives what lower-casing the replaced text would (it changes no character the table reads
    or writes), without a scan of its own for a capital."""
    pos = 0
    while m := _CHANGED_RE.search(text, pos):
        pos = m.start()
        ch = m.group()
        text = text.lower() if "A" <= ch <= "Z" else text.replace(ch, _REPLACE[ch])
    return text


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the offset map (every mapping is 1:1 or a drop)."""
    out = _replaced(text)
    if len(out) == len(text):
        return Normalized(text, out, range(len(text)))
    index: Sequence[int] = _INDEX if len(text) <= len(_INDEX) else range(len(text))
    offsets: list[int] = []
    pos = 0
    for m in _DROP_RE.finditer(text):
        offsets += index[pos:m.start()]
        pos = m.end()
    offsets += index[pos:len(text)]
    return Normalized(text, out, offsets)


def norm(text: str) -> str:
    """Normalised text alone, for lexicon entries and look-ups."""
    return _replaced(text)
