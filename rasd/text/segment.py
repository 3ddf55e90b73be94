"""Sentences, clauses and datelines of a news article.

Spans index the string given (original or normalised alike), so callers choose
which coordinates they work in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ? ! ؟ or a line break; a full stop between digits is a decimal point.
# Written to open with one character class (the digit before a mark is looked at behind it), so
# the engine skips to the next mark or line break instead of trying each branch at every character.
_SENT_END = re.compile(r"[.!?؟\n](?:(?<=\n)\n*|(?<![0-9].)[.!?؟]*(?![0-9])[\"»”']?)")
_SENT_MARKS = ".!?؟\n"  # the characters a _SENT_END match opens with
_CLAUSE_END = re.compile(r"[،؛;,](?![0-9])")
# "دمشق - ", "عدن: ", "بيروت (رويترز) - ", "صنعاء – 12 مارس ..." at the start of a paragraph.
_DATELINE = re.compile(
    r"^[ \t\"«]*(?P<place>[\u0621-\u064a\u064b-\u0652\u0640]+(?:[ \t][\u0621-\u064a\u064b-\u0652\u0640]+){0,2})"
    r"[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:[-–—:])[ \t]",
    re.M,
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def sentences(text: str) -> list[Span]:
    """Sentence spans, stripped of surrounding whitespace, empty ones dropped."""
    return [Span(start, end) for start, end in sentence_bounds(text)]


def mark_positions(text: str, marks: str) -> list[int]:
    """Where each of the characters ``marks`` stands in ``text``, in order: one ``str.find``
    walk per mark costs far less than a regex scan of every character."""
    out: list[int] = []
    for mark in marks:
        pos = text.find(mark)
        while pos >= 0:
            out.append(pos)
            pos = text.find(mark, pos + 1)
    out.sort()
    return out


def _sentence_ends(text: str) -> list[int]:
    """Where each ``_SENT_END`` match of ``text`` ends, as ``finditer`` finds them. A match opens
    only at one of a few marks, which ``str.find`` finds far faster than the engine tries each
    character: the engine is asked only at those (a match reads back behind where it is asked)."""
    marks = mark_positions(text, _SENT_MARKS)
    ends: list[int] = []
    end = 0
    match = _SENT_END.match
    for pos in marks:
        if pos >= end and (m := match(text, pos)):
            end = m.end()
            ends.append(end)
    return ends


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """``sentences`` as (start, end) pairs, for callers that read each span once."""
    out: list[tuple[int, int]] = []
    pos = 0
    for end in [*_sentence_ends(text), len(text)]:
        piece = text[pos:end]
        body = piece.strip()  # str.strip drops what str.isspace calls space
        if body:
            start = pos + len(piece) - len(piece.lstrip())
            out.append((start, start + len(body)))
        pos = end
    return out


def clauses(text: str, sent: Span) -> list[Span]:
    """Clause spans inside one sentence, split at Arabic and Latin commas and semicolons."""
    out: list[Span] = []
    pos = sent.start
    for m in _CLAUSE_END.finditer(text, sent.start, sent.end):
        _add(text, pos, m.start(), out)
        pos = m.end()
    _add(text, pos, sent.end, out)
    return out


def dateline(text: str) -> Span | None:
    """The place of a leading dateline ("دمشق - ", "عدن: "), if the article has one."""
    m = _DATELINE.match(text.lstrip("\ufeff"))
    if not m:
        return None
    shift = len(text) - len(text.lstrip("\ufeff"))
    return Span(m.start("place") + shift, m.end("place") + shift)


def _add(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))
