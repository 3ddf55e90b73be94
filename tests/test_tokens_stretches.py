"""quantities.Tokens cuts a text at its spaces and reads each stretch through a memo: the tokens,
kinds and offsets must be those of the token pattern run over the whole text."""

from __future__ import annotations

import random

from rasd.extract.quantities import _TOKEN, Marks, Tokens
from rasd.text import normalize

_PARTS = ["قتل", "و15", "1,200", "3.5", "2020/5/3", "10:30", "١٢٫٥", "abc", "«", "»", "،", ".", "(", ")",
          "-", "%", "و«15»", "12مدنيا", "1.2.20201", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2009", ""]


def _reference(text: str) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    found = list(_TOKEN.finditer(text))
    return [m.group() for m in found], [m.lastgroup or "p" for m in found], [m.span() for m in found]


def test_tokens_of_stretches_are_the_tokens_of_the_whole_text() -> None:
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(_PARTS) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(0, 12)))
        n = normalize(text)
        toks = Tokens(n)
        texts, kinds, spans = _reference(n.text)
        assert toks.texts == texts and toks.kinds == kinds and toks.size == len(texts), text
        assert list(zip(toks.starts, toks.ends, strict=True)) == spans, text
        assert [toks.start(i) for i in range(toks.size)] == [a for a, _ in spans]
        assert [toks.end(i) for i in range(toks.size)] == [b for _, b in spans]
        assert [toks.glued(i) for i in range(toks.size)] == [i > 0 and spans[i][0] == spans[i - 1][1]
                                                              for i in range(toks.size)]


def test_marked_tokens_are_those_the_mark_passes() -> None:
    # Tokens lists (token, mark) of every token whose text ``Marks`` marks, inside cut stretches too
    marks = Marks(lambda text: len(text) if text[0].isdecimal() or text == "قتل" else 0)
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice(_PARTS) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(0, 12)))
        toks = Tokens(normalize(text), marks)
        want = [(i, marks.tokens[t]) for i, t in enumerate(toks.texts) if marks.tokens[t]]
        assert toks.marked == want, text
