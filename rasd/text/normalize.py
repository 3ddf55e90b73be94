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


_TABLE = {ord(k): v for k, v in _MAP.items()} | {ord(k): None for k in _DROP}
_TABLE_KEYS = set(_MAP) | _DROP
_DROP_RE = re.compile("[" + "".join(sorted(_DROP)) + "]+")
_UPPER_RE = re.compile("[A-Z]")


# runs of characters the table changes: most characters stay, and rewriting only these runs is
# about twice as fast as ``str.translate`` over the whole text
_CHANGED_RE = re.compile("[" + "".join(re.escape(k) for k in sorted(_TABLE_KEYS)) + "]+")


def _translated(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the offset map (every mapping is 1:1 or a drop)."""
    out = _CHANGED_RE.sub(_translated, text)
    if _UPPER_RE.search(out):
        out = out.lower()
    if len(out) == len(text):
        return Normalized(text, out, range(len(text)))
    offsets: list[int] = []
    pos = 0
    for m in _DROP_RE.finditer(text):
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    offsets.extend(range(pos, len(text)))
    return Normalized(text, out, offsets)


def norm(text: str) -> str:
    """Normalised text alone, for lexicon entries and look-ups."""
    out = _CHANGED_RE.sub(_translated, text)
    return out.lower() if _UPPER_RE.search(out) else out
