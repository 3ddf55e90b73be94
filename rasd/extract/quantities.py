"""Counts in Arabic news text: digits, number words, multipliers, bounds and vague plurals.

Casualty figures come as "16", "١٦", "1,200", "ستة عشر", "ثلاثمئة وخمسون", "3 آلاف", "نصف مليون",
hedged ("أكثر من 40", "نحو 400", "بين 10 و15") or vague ("عشرات", "مئات الآلاف"). Matching runs on
the normalised text; every span is mapped back to the untouched original. Numbers that are dates,
years, clock times, percentages or labels are kept apart (``find_numbers``) so they never count
people. Word lists live in ``rasd/lexicon/data/number_*.tsv``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import add, sub
from pathlib import Path

from rasd.text.memo import TextMemo
from rasd.text.normalize import Normalized, norm, normalize, normalize_char

_DATA = Path(__file__).resolve().parent.parent / "lexicon" / "data"

# Conventions for hedged figures (number_bounds.tsv): "أقل من 10" / "دون 10" give low None, high 10.
MIN, MAX, APPROX = "min", "max", "approx"
USES = ("count", "year", "date", "time", "percent", "id", "ordinal", "decimal")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count in the original text; ``start``/``end`` cover the number and its bound words."""

    start: int
    end: int
    low: int | None
    high: int | None
    vague: bool
    approx: bool


def load_tsv(name: str) -> list[list[str]]:
    """Rows of a lexicon data file, comments and blank lines skipped."""
    path = _DATA / name
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


# ---------------------------------------------------------------------------- tokens

# words first: they are most tokens, and no other kind starts with an Arabic letter
_TOKEN_KINDS = (
    ("w", r"[\u0621-\u064a]+"),
    ("d", r"\d{1,4}[/\-]\d{1,2}[/\-]\d{1,4}|\d{1,2}\.\d{1,2}\.\d{4}(?!\d)"),
    ("t", r"\d{1,2}:\d{2}(?!\d)"),
    ("n", r"\d+(?:[.,]\d+)*"),
    ("l", r"[a-z]+"),
    ("p", r"[^\s\u0621-\u064a0-9a-z]"),
)
_TOKEN = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _TOKEN_KINDS))
# A token with the whitespace before it. Every character that is not whitespace belongs to a
# token, so ``findall`` cuts a text into back-to-back pieces and a token's end is the running
# sum of the piece lengths.
_SPACED_TOKEN = re.compile(r"\s*(?:" + "|".join(pattern for _, pattern in _TOKEN_KINDS) + ")")


def _kind_of(text: str) -> str:
    """A token's kind. The first alternative of ``_TOKEN`` that matches a token on its own is the
    one that matched it in the text (a lookahead that failed there would fail on the token's own
    characters too), so the kind follows from the text."""
    return _TOKEN.match(text).lastgroup or "p"  # type: ignore[union-attr]


_KIND_OF = TextMemo(_kind_of)

# A stretch of text between two spaces, cut into tokens: (texts, kinds, ends within the
# stretch). No token holds a space and the pattern's lookaheads ((?!\d)) read a space as they
# read the end of the text, so a text's tokens are its stretches' tokens in turn.
_Chunk = tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]]
_WORD = re.compile(_TOKEN_KINDS[0][1])


def _chunk(stretch: str) -> _Chunk:
    pieces = _SPACED_TOKEN.findall(stretch)
    texts = tuple(map(str.lstrip, pieces))  # str.isspace and the pattern's \s agree
    return texts, tuple(map(_KIND_OF.__getitem__, texts)), tuple(accumulate(map(len, pieces)))


# A stretch read for one marking of tokens: the mark of its one word of Arabic letters (most
# stretches; 0 for none), else its chunk with the (index in the chunk, mark) of its marked tokens.
_Read = int | tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...], tuple[tuple[int, int], ...]]


class Marks:
    """Token text -> a mark (an int, 0 for none) that a reader of ``Tokens`` wants listed, e.g.
    which lexicons may start at a token. ``Tokens`` reads a text a stretch at a time through
    ``stretches``: one memo look-up per space-separated stretch gives its mark or its tokens,
    and Python work is done only at the few stretches that are marked or not one word."""

    def __init__(self, mark: Callable[[str], int]) -> None:
        self.tokens: TextMemo[int] = TextMemo(mark)
        # news repeats its words: each distinct stretch is read once
        self.stretches: TextMemo[_Read] = TextMemo(self._read)

    def _read(self, stretch: str) -> _Read:
        if _WORD.fullmatch(stretch):
            return self.tokens[stretch]
        texts, kinds, ends = _chunk(stretch)
        marks = tuple((k, m) for k, m in enumerate(map(self.tokens.__getitem__, texts)) if m)
        return texts, kinds, ends, marks


_NO_MARKS = Marks(lambda text: 0)

CLITIC_TOKENS = frozenset({"و", "ب", "ل", "ف", "ك", "ال", "وب", "ول", "وال", "بال", "لل", "فال", "ولل", "وبال"})
_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_ARTICLES = ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")


_BLOCK = 32  # stretches summed at once when a token's offset is asked for


class Tokens:
    """Word, number and punctuation tokens of a normalised text, in parallel lists.

    Built from the space-separated stretches of the text: a memo look-up per stretch, and work
    only at those that are not one word or that ``marks`` marks, rather than a regex match, a
    string and a kind look-up per token. ``marked`` lists (token, mark) of the marked tokens,
    ascending. Offsets are summed up only for the tokens asked for (``end``, ``start``: a text
    has some twenty of those, against hundreds of tokens); ``ends`` and ``starts`` list all."""

    __slots__ = ("n", "kinds", "texts", "size", "marked", "_stretches", "_chunks", "_firsts", "_blocks",
                 "_ends", "_starts")

    def __init__(self, n: Normalized, marks: Marks = _NO_MARKS) -> None:
        self.n = n
        # every stretch is taken for a word, then the others are cut into their tokens
        self._stretches = stretches = n.text.split(" ")
        reads = list(map(marks.stretches.__getitem__, stretches))
        self.marked: list[tuple[int, int]] = []
        # (stretch, its first token, its chunk's ends) of each stretch that is not one word, and
        # those first tokens, for ``end``
        self._chunks: list[tuple[int, int, tuple[int, ...]]] = []
        self._firsts: list[int] = []
        texts, kinds = stretches, None
        shift = 0  # tokens of the chunks before a stretch beyond one each: its first token is j + shift
        done = 0
        for j in compress(count(), reads):  # marked or cut stretches
            read = reads[j]
            if read.__class__ is int:
                self.marked.append((j + shift, read))  # type: ignore[arg-type]
                continue
            c_texts, c_kinds, c_ends, c_marks = read  # type: ignore[misc]
            if kinds is None:
                texts, kinds = [], []
            texts += stretches[done:j]
            texts += c_texts
            kinds += ["w"] * (j - done)
            kinds += c_kinds
            self._chunks.append((j, j + shift, c_ends))
            self._firsts.append(j + shift)
            for k, mark in c_marks:
                self.marked.append((j + shift + k, mark))
            shift += len(c_texts) - 1
            done = j + 1
        if kinds is None:
            kinds = ["w"] * len(stretches)
        else:
            texts += stretches[done:]
            kinds += ["w"] * (len(stretches) - done)
        self.texts, self.kinds = texts, kinds
        self.size = len(texts)
        self._blocks: list[int] | None = None
        self._ends: list[int] | None = None
        self._starts: list[int] | None = None

    def _stretch_start(self, j: int) -> int:
        """Where stretch j starts: the lengths of the stretches before it and a space after each,
        summed from the start of its block (the blocks' starts are summed on first use)."""
        stretches = self._stretches
        blocks = self._blocks
        if blocks is None:
            sizes = (sum(map(len, stretches[b:b + _BLOCK])) + _BLOCK for b in range(0, len(stretches), _BLOCK))
            blocks = self._blocks = list(accumulate(sizes, initial=0))
        b = j - j % _BLOCK
        return blocks[b // _BLOCK] + sum(map(len, stretches[b:j])) + j - b

    def end(self, i: int) -> int:
        """Where token i ends in the normalised text."""
        c = bisect_right(self._firsts, i) - 1
        if c < 0:
            j = i  # no chunk before: token i is stretch i
        else:
            cj, first, c_ends = self._chunks[c]
            if i < first + len(c_ends):
                return self._stretch_start(cj) + c_ends[i - first]
            j = cj + 1 + i - first - len(c_ends)
        return self._stretch_start(j) + len(self._stretches[j])

    def start(self, i: int) -> int:
        """Where token i starts in the normalised text."""
        return self.end(i) - len(self.texts[i])

    def glued(self, i: int) -> bool:
        """Token i touches token i-1 (no space): "و15", "بمقتل18"."""
        return i > 0 and self.end(i) - len(self.texts[i]) == self.end(i - 1)

    @property
    def ends(self) -> list[int]:
        """Where each token ends in the normalised text."""
        if self._ends is None:
            stretches = self._stretches
            # a stretch ends where the ones before it and a space after each end, the first at -1
            stretch_ends = list(accumulate(map(add, map(len, stretches), repeat(1)), initial=-1))
            del stretch_ends[0]
            ends: list[int] = []
            done = 0
            for j, _, c_ends in self._chunks:
                ends += stretch_ends[done:j]
                ends += map(add, c_ends, repeat(stretch_ends[j] - len(stretches[j])))
                done = j + 1
            ends += stretch_ends[done:]
            self._ends = ends
        return self._ends

    @property
    def starts(self) -> list[int]:
        """Where each token starts in the normalised text."""
        if self._starts is None:
            self._starts = list(map(sub, self.ends, map(len, self.texts)))
        return self._starts


def _word_or_punct(text: str) -> bool:
    """A token of this text is a word or punctuation ("w", "p"): the kind follows from its first
    character, since number tokens start with a digit and Latin ones with a-z."""
    c = text[0]
    return not (c.isdecimal() or "a" <= c <= "z")


def clitic_forms(word: str) -> tuple[str, ...]:
    """The word, then the word with one proclitic group removed (و ف ب ل ك and pairs)."""
    return _clitic_forms(word)


def article_forms(word: str) -> tuple[str, ...]:
    """Clitic forms plus the word without its article group (ال, بال, لل ...)."""
    return _article_forms(word)


# a word has at most one group of each length at its start, so looking its first letters up,
# longest first, finds the groups in the tuples' order with a look-up per length, not a test per group
_PROCLITIC_SET = frozenset(_PROCLITICS)
_PROCLITIC_SIZES = sorted({len(p) for p in _PROCLITICS}, reverse=True)
_ARTICLE_SET = frozenset(_ARTICLES)
_ARTICLE_SIZES = sorted({len(a) for a in _ARTICLES}, reverse=True)


@lru_cache(maxsize=200_000)
def _clitic_forms(word: str) -> tuple[str, ...]:
    out = [word]
    for size in _PROCLITIC_SIZES:
        if len(word) - size >= 2 and word[:size] in _PROCLITIC_SET:
            out.append(word[size:])
    return tuple(out)


@lru_cache(maxsize=200_000)
def _article_forms(word: str) -> tuple[str, ...]:
    out = list(_clitic_forms(word))
    for size in _ARTICLE_SIZES:
        if len(word) - size >= 2 and word[:size] in _ARTICLE_SET:
            out.append(word[size:])
            break
    return tuple(dict.fromkeys(out))


class PhraseTable:
    """Multi-word lexicon entries keyed by their first word.

    ``match(tokens, i)`` yields (end_token, payload, cut) for every entry that starts at token i,
    longest first; ``cut`` is the length of the clitic removed from the first word. The first word may carry clitics (and the article when ``article``).
    """

    def __init__(self, entries: list[tuple[str, object]], article: bool = False, conj: bool = True) -> None:
        self.article = article
        self.conj = conj
        self._cache: dict[str, list[tuple[tuple[str, ...], object, int]]] = {}
        self._gate = TextMemo(lambda text: _word_or_punct(text) and bool(self.starts(text)))
        self.first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        last: set[str] = set()  # last words of the entries of two words or more
        for phrase, payload in entries:
            words = tuple(norm(phrase).split())
            if not words:
                continue
            self.first.setdefault(words[0], []).append((words[1:], payload))
            if len(words) > 1:
                last.add(words[-1])
        # a token of this text may be the last of an entry (``ends_before`` looks back no
        # further at any other): it ends one of two words or more, or starts one
        self._may_end = TextMemo(lambda text: text in last or self._gate[text])
        for lst in self.first.values():
            lst.sort(key=lambda e: -len(e[0]))

    def starts(self, word: str) -> list[tuple[tuple[str, ...], object, int]]:
        """Entries whose first word is ``word`` (through its clitics): (rest, payload, cut)."""
        got = self._cache.get(word)
        if got is not None:
            return got
        forms = _article_forms(word) if self.article else _clitic_forms(word)
        if not self.conj and word[0] in "وف":
            forms = forms[:1]
        got = []
        for form in forms:
            cands = self.first.get(form)
            if cands:
                got.extend((rest, payload, len(word) - len(form)) for rest, payload in cands)
        if len(self._cache) < 200_000:
            self._cache[word] = got
        return got

    def may_start(self, text: str) -> bool:
        """Some entry may start at a token of this text (``match`` is empty at any other)."""
        return self._gate[text]

    def positions(self, toks: Tokens, among: Iterable[int] | None = None) -> list[int]:
        """Indices of the word and punctuation tokens where some entry may start (``match`` is
        empty everywhere else): one dictionary look-up per token, a call per distinct word.
        ``among`` limits the tokens looked at (ascending), e.g. those some other gate passed."""
        gate = self._gate
        texts = toks.texts
        if among is None:
            return [i for i, text in enumerate(texts) if gate[text]]
        return [i for i in among if gate[texts[i]]]

    def match(self, toks: Tokens, i: int) -> list[tuple[int, object, int]]:
        word = toks.texts[i]
        cands = self._cache.get(word)
        if cands is None:
            cands = self.starts(word) if toks.kinds[i] in ("w", "p") else None
        if not cands or toks.kinds[i] not in ("w", "p"):  # most calls end at a word known to start none
            return []
        out: list[tuple[int, object, int]] = []
        texts = toks.texts
        size = toks.size
        for rest, payload, cut in cands:
            if out and cut != out[0][2]:
                break  # a match through a shorter clitic reading wins
            j = i + 1
            for w in rest:
                if j >= size or texts[j] != w:
                    break
                j += 1
            else:
                out.append((j, payload, cut))
        if len(out) > 1:
            out.sort(key=lambda e: -e[0])
        return out


# ---------------------------------------------------------------------------- lexicons

_NUM: dict[str, tuple[float, str]] = {norm(r[0]): (float(r[1]), r[2]) for r in load_tsv("number_words.tsv")}
_VAGUE = PhraseTable([(r[0], int(r[1])) for r in load_tsv("number_vague.tsv")])
_BOUND_BEFORE = PhraseTable([(r[0], r[2]) for r in load_tsv("number_bounds.tsv") if r[1] == "before"])
_BOUND_AFTER = PhraseTable([(r[0], r[2]) for r in load_tsv("number_bounds.tsv") if r[1] == "after"])
_CONTEXT: dict[str, PhraseTable] = {}
for _role in ("month", "year_before", "year_after", "time_before", "time_after", "percent_after", "id_before"):
    _CONTEXT[_role] = PhraseTable([(r[1], _role) for r in load_tsv("number_context.tsv") if r[0] == _role])

# tables looked up after every number: a gate look-up skips the call at most tokens
_PERCENT_AFTER, _MONTH, _TIME_AFTER = _CONTEXT["percent_after"], _CONTEXT["month"], _CONTEXT["time_after"]

_RANGE_JOIN = frozenset({"الي", "حتي", "او", "-", "–", "—", "/"})
_BETWEEN = frozenset({"بين", "وبين"})
_NEEDS_NOUN = frozenset({norm("عدة"), norm("بضع"), norm("بضعة")})


def _num_word(word: str, allow_clitic: bool) -> tuple[float, str, bool] | None:
    """(value, class, had_waw) of a number word, looking through a leading clitic if allowed."""
    hit = _NUM.get(word)
    if hit is not None:
        return hit[0], hit[1], False
    if allow_clitic:
        for form in _clitic_forms(word)[1:]:
            hit = _NUM.get(form)
            if hit is not None:
                return hit[0], hit[1], word[0] == "و"
    return None


def _digits_value(text: str, followed_by_mult: bool) -> float | None:
    """Value of a digit token: "1,200" and "1.200" are thousands, "1.5" a decimal."""
    if "," not in text and "." not in text:
        return float(int(text))
    groups = re.split(r"[.,]", text)
    seps = re.findall(r"[.,]", text)
    thousands = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3
    if thousands and not (followed_by_mult and len(groups) == 2 and seps[0] == "."):
        return float(int("".join(groups)))
    if len(groups) == 2:
        return float(groups[0] + "." + groups[1])
    return None


# ---------------------------------------------------------------------------- parsing


@dataclass(slots=True)
class Q:
    """A number found in a token stream (token indices), before mapping to the original text."""

    i0: int  # first token of the whole phrase (bound words included)
    i1: int  # one past the last token of the phrase
    c0: int  # first token of the number itself
    c1: int  # one past its last token
    value: float
    low: float | None
    high: float | None
    vague: bool = False
    approx: bool = False
    use: str = "count"
    has_mult: bool = False
    mult: float = 1.0
    cut: int = 0  # characters of a clitic glued to token i0 ("وثلاثة", "بنحو") left out of the span


def _parse_digits(toks: Tokens, i: int) -> tuple[int, float, bool, float] | None:
    """(end, value, has_mult, mult) of a digit number with its multiplier chain ("3 ملايين و500 ألف")."""
    nxt = _mult_at(toks, i + 1)
    val = _digits_value(toks.texts[i], nxt is not None)
    if val is None:
        return None
    j = i + 1
    has_mult = False
    mult = 1.0
    if nxt is not None:
        mult = nxt
        val *= nxt
        j += 1
        has_mult = True
        # a smaller part joined by و: "مليون و200 ألف", "ألف و500"
        while j + 1 < toks.size and toks.texts[j] == "و" and toks.kinds[j + 1] == "n":
            part = _digits_value(toks.texts[j + 1], _mult_at(toks, j + 2) is not None)
            if part is None:
                break
            m2 = _mult_at(toks, j + 2)
            if m2 is not None:
                part *= m2
            if part >= mult:
                break
            val += part
            j += 3 if m2 is not None else 2
            if m2 is None:
                break
            mult = m2
        j, half = _and_half(toks, j, mult)
        val += half
    return j, val, has_mult, mult


def _and_half(toks: Tokens, j: int, mult: float) -> tuple[int, float]:
    """"مليون ونصف", "مليون ونصف مليون", "3 آلاف ونصف": half the multiplier more, and the tokens used."""
    if j < toks.size and toks.texts[j] == "ونصف":
        k = j + 1
        if k < toks.size and _mult_at(toks, k) == mult:
            k += 1
        return k, mult / 2
    return j, 0.0


def _mult_at(toks: Tokens, j: int) -> float | None:
    if j >= toks.size or toks.kinds[j] != "w":
        return None
    hit = _NUM.get(toks.texts[j])
    if hit is not None and hit[1] in ("mult", "mult_pl"):
        return hit[0]
    if hit is not None and hit[1] == "dual" and hit[0] >= 2000:
        return hit[0] / 2  # "2 مليونين" is odd but "1.5 مليونين" never: read the unit
    return None


_ORDER = {"hundreds": 3, "hundred": 3, "unit": 1, "teen1": 1, "ten": 1, "tens": 2}


def _parse_words(toks: Tokens, i: int) -> tuple[int, float, bool, float] | None:
    """(end, value, has_mult, mult) of a number written in words starting at token i."""
    first = _num_word(toks.texts[i], allow_clitic=True)
    if first is None:
        return None
    value, cls, _ = first
    if cls == "teen1" and not (i + 1 < toks.size and _is_ten(toks.texts[i + 1])):
        return None
    if cls == "frac":
        m = _mult_at(toks, i + 1)
        if m is None:
            return None
        return i + 2, value * m, True, m
    if cls == "mult_pl":
        return None  # آلاف alone is vague: see number_vague.tsv
    if cls == "teen1":
        value = 1.0
    total = 0.0
    cur = 0.0
    has_mult = False
    mult = 1.0
    if cls in ("mult", "dual"):
        total, has_mult, mult = value, True, (value if cls == "mult" else value / 2)
    cur = 0.0 if has_mult else value
    last_unit = value if cls in ("unit", "teen1") else 0.0
    prev = "mult" if has_mult else cls
    j = i + 1
    texts = toks.texts
    while j < toks.size and toks.kinds[j] == "w":
        w = texts[j]
        step = 1
        joined = False
        hit = _NUM.get(w)
        if hit is None and len(w) > 1 and w[0] == "و":
            hit = _NUM.get(w[1:])
            joined = True
        elif hit is None and w == "و" and j + 1 < toks.size:
            hit = _NUM.get(texts[j + 1])
            joined, step = True, 2
        if hit is None:
            break
        v, c = hit
        if not joined:
            if c == "ten" and prev in ("unit", "teen1") and last_unit < 10:
                cur += 10
                prev = "teen"
            elif c == "hundred" and v == 100 and prev == "unit" and 3 <= last_unit <= 9:
                cur += last_unit * 99
                prev = "hundreds"
            elif c in ("mult", "mult_pl") and cur > 0 and prev != "mult":
                total += cur * v
                cur = 0.0
                has_mult, mult = True, v
                prev = "mult"
            else:
                break
        else:
            if prev in ("hundreds", "hundred") and c in ("unit", "teen1", "ten", "tens"):
                pass
            elif prev == "unit" and c == "tens":
                pass
            elif prev == "mult" and cur == 0 and c in _ORDER and v < mult:
                pass
            else:
                break
            if c == "teen1" and not (j + step < toks.size and _is_ten(texts[j + step])):
                break
            cur += v
            last_unit = v if c in ("unit", "teen1") else 0.0
            prev = c
        j += step
    if prev == "mult":
        j, half = _and_half(toks, j, mult)
        total += half
    # "ألف و500" after a multiplier: digits joined by و
    if prev == "mult" and j + 1 < toks.size and toks.texts[j] == "و" and toks.kinds[j + 1] == "n":
        m2 = _mult_at(toks, j + 2)
        part = _digits_value(toks.texts[j + 1], m2 is not None)
        if part is not None and m2 is not None:
            part *= m2
        if part is not None and part < mult:
            cur += part
            j += 3 if m2 is not None else 2
    return j, total + cur, has_mult, mult


def _is_ten(word: str) -> bool:
    hit = _NUM.get(word)
    return hit is not None and hit[1] == "ten"


def _parse_core(toks: Tokens, i: int) -> Q | None:
    kind = toks.kinds[i]
    if kind == "n":
        got = _parse_digits(toks, i)
        if got is None:
            return Q(i, i + 1, i, i + 1, 0, None, None, use="decimal")
        j, val, has_mult, mult = got
        q = Q(i, j, i, j, val, val, val, has_mult=has_mult, mult=mult)
        if val != int(val):
            q.use = "decimal"
        return q
    if kind == "d":
        return Q(i, i + 1, i, i + 1, 0, None, None, use="date")
    if kind == "t":
        return Q(i, i + 1, i, i + 1, 0, None, None, use="time")
    if kind != "w":
        return None
    vague = _VAGUE.match(toks, i)
    if vague:
        end, vague_val, _ = vague[0]
        assert isinstance(vague_val, int)
        w0 = toks.texts[i]
        if _clitic_forms(w0)[-1] in _NEEDS_NOUN or w0 in _NEEDS_NOUN:
            if end >= toks.size or toks.kinds[end] != "w":
                return None
        value = float(vague_val)
        # "عدة آلاف", "بضع مئات", "بضع عشرات": a vague count of a vague unit
        more = _VAGUE.match(toks, end) if end < toks.size else []
        if more and isinstance(more[0][1], int) and more[0][1] > vague_val:
            end, value = more[0][0], value * more[0][1]
        return Q(i, end, i, end, value, value, None, vague=True)
    got = _parse_words(toks, i)
    if got is None:
        return None
    j, val, has_mult, mult = got
    if val <= 0:
        return None
    word = toks.texts[i]
    cut = 0 if word in _NUM else next(len(word) - len(f) for f in _clitic_forms(word)[1:] if f in _NUM)
    return Q(i, j, i, j, val, val, val, has_mult=has_mult, mult=mult, cut=cut)


def _ends_before(table: PhraseTable, toks: Tokens, i: int, span: int = 5) -> tuple[int, object, int] | None:
    """The longest entry of ``table`` that ends right before token i: (start_token, payload, cut)."""
    gate = table._gate  # a token the gate stops has no match: skip the call
    texts = toks.texts
    if i == 0 or not table._may_end[texts[i - 1]]:
        return None  # most calls: no entry ends with the word before i
    for s in range(max(0, i - span), i):
        if not gate[texts[s]]:
            continue
        for end, payload, cut in table.match(toks, s):
            if end == i:
                return s, payload, cut
    return None


def _classify(toks: Tokens, q: Q) -> str:
    """What a number is used for: count, year, date, time, percent, id, ordinal, decimal."""
    if q.use != "count":
        return q.use
    i, j = q.c0, q.c1
    texts = toks.texts
    prev = texts[i - 1] if i > 0 else ""
    digit = toks.kinds[i] == "n"
    if digit:
        raw = texts[i]
        if j < toks.size and texts[j] in ("%", "٪"):
            return "percent"
        if j < toks.size and _PERCENT_AFTER._gate[texts[j]] and _PERCENT_AFTER.match(toks, j):
            return "percent"
        if _definite(toks, i) and _ends_before(_BOUND_BEFORE, toks, i - 1, 5) is None:
            return "ordinal"  # "الدورة الـ40"; "نحو الـ40": an ordinal takes no hedge, so a count
        if len(raw) > 1 and raw[0] == "0" and raw.isdigit():
            return "id"
        if raw.isdigit() and len(raw) > 9:
            return "id"
        if i > 0 and toks.kinds[i - 1] == "l":
            return "id"
        if i > 1 and prev in ("-", "–") and toks.kinds[i - 2] in ("l", "w") and toks.glued(i):
            if toks.kinds[i - 2] == "l" or _ends_before(_CONTEXT["id_before"], toks, i - 1, 2):
                return "id"
        if j < toks.size and toks.kinds[j] == "l" and toks.glued(j):
            return "id"
    if j < toks.size and q.value <= 31 and q.value == int(q.value):
        k = j
        if k < toks.size and texts[k] in ("من", "مِن"):
            k += 1
        if k < toks.size and texts[k] in ("شهر", "الشهر"):
            k += 1
        if k < toks.size and _MONTH._gate[texts[k]] and _MONTH.match(toks, k):
            return "date"
    if _ends_before(_CONTEXT["time_before"], toks, i, 2):
        return "time"
    if j < toks.size and q.value <= 24 and _TIME_AFTER._gate[texts[j]] and _TIME_AFTER.match(toks, j):
        return "time"
    if _ends_before(_CONTEXT["id_before"], toks, i, 3) and not q.has_mult:
        return "id"
    if digit and texts[i].isdigit() and len(texts[i]) == 4 and 1900 <= q.value <= 2100 and not q.has_mult:
        if _ends_before(_CONTEXT["month"], toks, i, 3) or _ends_before(_CONTEXT["year_before"], toks, i, 2):
            return "year"
        if j < toks.size and _CONTEXT["year_after"].match(toks, j):
            return "year"
        if j >= toks.size or toks.kinds[j] == "p":
            return "year"
        if prev == "و" and i > 1 and toks.kinds[i - 2] == "n" and len(texts[i - 2]) == 4:
            return "year"
    return "count"


def _definite(toks: Tokens, i: int) -> bool:
    """The digits at token ``i`` carry the article glued before them ("الـ40", "وال24")."""
    return toks.kinds[i] == "n" and i > 0 and toks.texts[i - 1] in _DIGIT_ARTICLES \
        and toks.start(i) - toks.end(i - 1) <= 1


_DIGIT_ARTICLES = frozenset({"ال", "وال", "بال", "لل", "فال", "ولل"})


def _extend(toks: Tokens, q: Q, nxt: Q | None, next_start: int) -> bool:
    """Attach bound words and ranges to ``q``; True when ``nxt`` was absorbed as the upper end."""
    absorbed = False
    texts = toks.texts
    # ranges: "بين 10 و15", "من 10 إلى 15", "10 إلى 15", "10-15", "3 أو 4"
    if nxt is not None and not q.vague and not nxt.vague and nxt.use == q.use == "count":
        gap = nxt.c0 - q.c1
        join = texts[q.c1] if gap == 1 else ""
        waw_glued = gap == 1 and join == "و" or (gap == 0 and texts[nxt.c0].startswith("و"))
        lo, hi = q.value, nxt.value
        if nxt.has_mult and not q.has_mult and lo < hi / nxt.mult:
            lo *= nxt.mult
        before = texts[q.c0 - 1] if q.c0 > 0 else ""
        if before in ("ما",):
            before = ""
        prefix = 0
        if q.c0 > 0 and before in _BETWEEN and (waw_glued or join in _RANGE_JOIN):
            prefix = 1 + (1 if q.c0 > 1 and texts[q.c0 - 2] == "ما" else 0)
        elif q.c0 > 0 and before in ("من", "ما") and join in ("الي", "حتي"):
            prefix = 1
        elif join in _RANGE_JOIN:
            prefix = 0
        else:
            prefix = -1
        if prefix >= 0 and lo < hi:
            if prefix:
                q.i0, q.cut = q.c0 - prefix, 0
            q.i1 = nxt.i1
            q.c1 = nxt.c1
            q.low, q.high = lo, hi
            q.has_mult = q.has_mult or nxt.has_mult
            absorbed = True
    if not absorbed and q.c0 > 0:
        hit = _ends_before(_BOUND_BEFORE, toks, q.c0 - 1 if _definite(toks, q.c0) else q.c0, 5)
        if hit is not None:
            s, bound, cut = hit
            if not (bound == MAX and s > 0 and texts[s - 1] == "من"):  # "من دون" is "without"
                q.i0, q.cut = s, cut
                _apply_bound(q, str(bound))
    # after: "12 شخصا على الأقل", "40 تقريبا"; one noun and one adjective may sit between
    for skip in (0, 1, 2):
        k = q.i1 + skip
        if k >= min(toks.size, next_start):
            break
        if skip and toks.kinds[k - 1] != "w":
            break
        if not _BOUND_AFTER._gate[texts[k]]:
            continue  # most tokens start no bound: skip the call
        hits = _BOUND_AFTER.match(toks, k)
        if hits and hits[0][0] <= next_start:
            q.i1 = hits[0][0]
            _apply_bound(q, str(hits[0][1]))
            break
    return absorbed


def _apply_bound(q: Q, bound: str) -> None:
    if q.vague:
        return
    if bound == MIN:
        q.high = None
    elif bound == MAX:
        q.low = None
    elif bound == APPROX:
        q.approx = True


def scan(toks: Tokens, among: Iterable[int] | None = None) -> list[Q]:
    """All numbers of a token stream with their use, bounds and ranges resolved.

    ``among`` (ascending) holds at least every token ``may_start_number`` passes, when the
    caller has gated the tokens already."""
    cores: list[Q] = []
    floor = 0  # tokens before it belong to a number already read
    for i in _number_starts(toks, among):
        if i < floor:
            continue
        q = _parse_core(toks, i)
        if q is not None:
            cores.append(q)
            floor = max(q.c1, i + 1)
    for q in cores:
        q.use = _classify(toks, q)
    out: list[Q] = []
    skip = False
    for idx, q in enumerate(cores):
        if skip:
            skip = False
            continue
        nxt = cores[idx + 1] if idx + 1 < len(cores) else None
        next_start = nxt.c0 if nxt is not None else toks.size
        if nxt is not None and nxt.c0 - q.c1 > 1:
            nxt = None
        if q.use == "count":
            skip = _extend(toks, q, nxt, next_start)
        out.append(q)
    return out


def _number_starts(toks: Tokens, among: Iterable[int] | None = None) -> list[int]:
    """Tokens a number may start at: digits, dates, clock times and words that pass ``_maybe_number``."""
    gate = _NUMBER_START
    texts = toks.texts
    if among is None:
        return [i for i, text in enumerate(texts) if gate[text]]
    return [i for i in among if gate[texts[i]]]


def may_start_number(text: str) -> bool:
    """A number may start at a token of this text (a digit token, or a word ``_maybe_number`` passes)."""
    return _NUMBER_START[text]


def _number_start(text: str) -> bool:
    """Digit tokens (kinds n, d, t: they start with a digit) always; a word when ``_maybe_number``."""
    c = text[0]
    return c.isdecimal() or ("\u0621" <= c <= "\u064a" and _maybe_number(text))


def _maybe_number(word: str) -> bool:
    """Cheap gate before parsing: the word (or it minus a clitic) starts a number or vague count."""
    for form in _clitic_forms(word):
        if form in _NUM or form in _VAGUE.first:
            return True
    return word in _VAGUE.first or any(f in _VAGUE.first for f in _article_forms(word))


_NUMBER_START = TextMemo(_number_start)


def number_first_words() -> frozenset[str]:
    """Every form a word must take (through ``article_forms``) for a number to start at it
    when it is not a digit: number words and the first words of vague counts."""
    return frozenset(_NUM).union(_VAGUE.first)


def to_quantity(toks: Tokens, q: Q) -> Quantity:
    """Map a token-level number to a ``Quantity`` over the original text."""
    n = toks.n
    start, end = n.span(toks.start(q.i0) + q.cut, toks.end(q.i1 - 1))
    end = span_end(n.original, end)
    return Quantity(start, end, _int(q.low), _int(q.high), q.vague, q.approx)


def span_end(original: str, end: int) -> int:
    """Move an end offset over diacritics and tatweel that follow it ("قتيلاً" keeps its tanween)."""
    while end < len(original) and normalize_char(original[end]) == "":
        end += 1
    return end


def _int(v: float | None) -> int | None:
    return None if v is None else int(round(v))


def find_numbers(text: str) -> list[tuple[Quantity, str]]:
    """Every number in ``text`` with its use: count, year, date, time, percent, id, ordinal, decimal."""
    if not isinstance(text, str):
        raise TypeError(f"find_numbers expects decoded text (str), got {type(text).__name__}")
    if not text:
        return []
    toks = Tokens(normalize(text))
    return [(to_quantity(toks, q), q.use) for q in scan(toks)]


def find_quantities(text: str) -> list[Quantity]:
    """Counts in ``text`` (years, dates, clock times, percentages and labels left out)."""
    return [qt for qt, use in find_numbers(text) if use == "count"]
