"""Find place mentions in Arabic text and resolve them against the gazetteer.

One Aho-Corasick automaton over the normalised text finds every gazetteer name; word
boundaries, clitics, head words ("مدينة", "ريف"), direction words and the article's own
context (countries, provinces, the dateline and nearby places) decide which mentions are
places and which candidate each one is.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter
from typing import Literal, cast

import ahocorasick

from rasd.geo import relative
from rasd.geo.gazetteer import Entry, Gazetteer, bearing, default_gazetteer, fast_km, km, name_key
from rasd.geo.lexicon import GeoLexicon, geo_lexicon, rows
from rasd.lexicon.wordsets import word_set
from rasd.text.normalize import Normalized, norm, normalize
from rasd.text.segment import dateline
from rasd.text.tokenize import stems as _stems

STRONG_POP = 50_000
CITY_POP = 300_000  # a foreign town this big is a place after "في", "من", "إلى" ...
# GeoNames gives these countries' places Persian/Turkish spellings that collide with Arabic words.
PERSIAN_SCRIPT = {"IR", "AF", "PK", "TR"}
_LETTER = re.compile(r"[\u0621-\u064a]")
_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))
# Letters by falling frequency in news text: keys go into the automaton in this order, so that
# each trie node lists its likeliest next letter first (the automaton scans a node's children in
# insertion order at every character of every article)
_START = attrgetter("start")  # the sort key of mentions and places, read in C
_BY_FREQUENCY = "اليمنوهرتبعدفقسحكجشطصخثضزذئغظءؤ"
_TRIE_ORDER = {ord(c): chr(0x100 + i) for i, c in enumerate(_BY_FREQUENCY)}


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    return _stems(word)
_WORDS = re.compile(r"[\u0621-\u064a]+|[.،,؛:\n()\"]")
_LETTER_RUN = re.compile(r"[\u0621-\u064a]+")
_NOT_WORD = r"[^\u0621-\u064a.،,؛:\n()\"]*"  # what _WORDS skips
# The first two _WORDS tokens, the first a definite word ("ال..."), else no match.
_DEFINITE_AFTER = re.compile(rf"{_NOT_WORD}(ال[\u0621-\u064a]*)(?:{_NOT_WORD}([\u0621-\u064a]+|[.،,؛:\n()\"]))?")
# The first four _WORDS tokens other than commas, each in a group (None past the last).
_GAP_SKIP = r'[^\u0621-\u064a.؛:\n()"]*'  # what _WORDS skips, and commas
_GAP_TOKEN = r'([\u0621-\u064a]+|[.؛:\n()"])'
_GAP_WORDS = re.compile(f"{_GAP_SKIP}{_GAP_TOKEN}(?:{_GAP_SKIP}{_GAP_TOKEN}(?:{_GAP_SKIP}{_GAP_TOKEN}"
                        f"(?:{_GAP_SKIP}{_GAP_TOKEN})?)?)?")
_PROCLITICS = {"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"}
_LL_PROCLITICS = {"", "و", "ف"}
_GOVERNING_CLITICS = frozenset({"ب", "ل", "وب", "ول", "فب", "فل"})  # clitics ending in a preposition
# the Arabic word lists below are sets of rasd/lexicon/data/function_words.tsv (``word_set``)
_PREPS = word_set("place_preps")
_ENCLOSE_GAP = word_set("enclose_gap")
_ENCLOSE_WORDS = word_set("enclose_words")
# Words that may open the gap before the holding place ("التابعة لناحية", "قرب", "(جنوب الموصل)").
_ENCLOSE_FIRST = word_set("enclose_first")
_QUARTER_HEADS = word_set("quarter_heads")
# longest first: "تله" is tried before "تل" in _UNKNOWN_RE's alternation
_UNKNOWN_HEADS = tuple(sorted(word_set("unknown_heads"), key=lambda w: (-len(w), w)))
# Countries whose places Arabic conflict reporting names most; elsewhere a name needs context.
CORE = {"SY", "IQ", "YE", "LB", "PS", "IL", "JO", "SA", "EG", "LY", "TN", "DZ", "MA", "MR", "SD", "SO",
        "DJ", "KW", "QA", "BH", "AE", "OM", "AF", "PK", "IR", "TR"}
# anchor points sorted by latitude (lat, lon, key), and their latitudes: Geocoder._points
_Points = tuple[list[float], list[tuple[float, float, str]]]
_NO_POINTS: _Points = ([], [])
PRECISION = {"town": "town", "region": "region", "province": "province", "country": "country"}


@dataclass(slots=True)
class Place:
    """One place mention in an article; offsets index the original text."""

    start: int
    end: int
    name_ar: str
    location: dict
    kind: str
    confidence: float


@dataclass(slots=True)
class _Mention:
    start: int  # normalised offsets of the name (clitics excluded)
    end: int
    key: str
    ll: bool  # written "لل..." for "ال..."
    cands: list[Entry]
    prefix: str = ""
    ws: int = 0  # where the word starts: start less the clitics (and the first "ل" of "لل")
    head: str | None = None  # kind implied by a head word
    head_word: str = ""
    direction: int | None = None
    prep: bool = False
    listed: bool = False
    accepted: bool = False
    enclosing: _Mention | None = None
    best: Entry | None = None
    scores: Sequence[float] = ()  # of cands, when there were several
    word_before: str = ""  # the _WORDS token right before the name (clitics included)
    misread: bool = False  # a name the gazetteer only knows elsewhere than its enclosing place




class Geocoder:
    """Place finding and resolution over one gazetteer (see ``Geocoder.default()``)."""

    def __init__(self, gazetteer: Gazetteer, lexicon: GeoLexicon) -> None:
        self.gaz = gazetteer
        self.lex = lexicon
        self._auto = ahocorasick.Automaton()
        # "حي جوبر" is indexed as "جوبر": the head word stays outside the name and steers it
        self._alias: dict[str, list[Entry]] = {}
        self._dir_cache: dict[tuple, tuple[float, float]] = {}
        self._capital_map: dict[str, Entry] | None = None
        # per-process memos: a key's candidates, and what the two words before a name imply
        self._lookup_memo: dict[str, list[Entry]] = {}
        self._before_memo: dict[tuple[str, str], tuple[str | None, str, int | None, bool]] = {}
        # the two words before a name, each after one space -> _before's answer and w1, or None
        self._pair_memo: dict[tuple[str, str], tuple[str | None, str, int | None, bool, str] | None] = {}
        # the first words of what may follow a name and steer it: "العاصمة", a definite direction
        self._after_firsts = frozenset(
            {"العاصمه"} | {p.split(" ")[0] for p in lexicon.directions if p.startswith("ال")})
        # the three characters before a name (spaces before the text) -> _lead of them, None also
        # where those letters are no clitic a name takes
        self._leads: dict[str, str | None] = {}
        self._after_modes: dict[str, int] = {}  # the three characters after a name -> _after_mode of them
        self._loc_memo: dict[tuple[str, str, float, float], dict] = {}  # see _location
        self._conf_memo: dict[tuple[float, bool], float] = {}
        self._strong_keys: dict[str, bool] = {}  # a key -> whether one of its candidates is _strong
        for key in gazetteer.by_key:
            head, _, rest = key.partition(" ")
            h = lexicon.heads.get(head)
            if rest and h is not None and not h.part_of_name and all(
                    e.kind not in ("province", "country") for e in gazetteer.lookup(key)):
                bucket = self._alias.setdefault(rest, [])
                bucket += [e for e in gazetteer.lookup(key) if e not in bucket]
        keys = set(gazetteer.by_key) | set(self._alias)
        # no name opens with a space, so at most spaces of a text the automaton scans all the
        # root's children in vain; a first child " " (on the way to a key no text holds, whose
        # value _find skips) ends that scan at once
        self._auto.add_word(" \x00", (None, False, ()))
        for key in sorted(keys, key=lambda k: k.translate(_TRIE_ORDER)):
            if key in lexicon.heads or key in lexicon.directions or (
                    lexicon.stop.get(key) == "never" and key not in lexicon.spelled):
                continue  # "مدينة" is a head word, never a place on its own
            head, _, rest = key.partition(" ")
            if rest and head in lexicon.heads and not lexicon.heads[head].part_of_name and rest in keys and all(
                    e.kind not in ("province", "country") for e in gazetteer.lookup(key)):
                continue
            self._auto.add_word(key, (key, False, None))
            if key.startswith("ال") and len(key) > 4:
                alias = "لل" + key[2:]
                if alias not in keys:
                    self._auto.add_word(alias, (key, True, None))
            if " " in key and "ال" not in {w[:2] for w in key.split()}:
                # a transliterated compound is often hyphenated ("غورما-راروس"): same length, same key
                self._auto.add_word(key.replace(" ", "-"), (key, False, None))
        # words other searches start from ride along, so that the one scan of the text also finds
        # where they must look (value: (place key or None, ll, ((role, length), ...) or None)):
        # 0 the head words of unknown places (_framed), 1 the belong words of list holders,
        # 2 the distance units' last words (relative.py) and 3 the heads of _UNKNOWN_RE (_unknown)
        riders: dict[str, list[tuple[int, int]]] = {}
        for role, words in enumerate((_framing_heads(), relative.belong_words(), relative.unit_tails(),
                                      _UNKNOWN_HEADS)):
            for word in words:
                riders.setdefault(word, []).append((role, len(word)))
        for word, rides in riders.items():
            place, ll, _ = self._auto.get(word, (None, False, None))
            self._auto.add_word(word, (place, ll, tuple(rides)))
        self._auto.make_automaton()
        # three-letter names glued to a clitic ("بحلب", "لعدن") only when the place is strong
        self._short_ok = {k for k in keys if len(k) <= 3 and any(
            e.kind != "town" or e.curated or (e.cc in CORE and e.population >= STRONG_POP)
            for e in self._lookup(k))}

    def _capitals(self) -> dict[str, Entry]:
        """capitals.tsv: country code -> its capital (the most populous town of that name)."""
        if self._capital_map is None:
            out: dict[str, Entry] = {}
            for cc, name, *_ in rows("capitals.tsv"):
                towns = [e for e in self._lookup(name_key(name)) if e.cc == cc and e.kind == "town"]
                if towns:
                    out[cc] = max(towns, key=lambda e: e.population)
            self._capital_map = out
        return self._capital_map

    def _lookup(self, key: str) -> list[Entry]:
        """The candidates of a key (a shared list: callers replace ``cands``, never mutate it)."""
        found = self._lookup_memo.get(key)
        if found is None:
            found = self.gaz.lookup(key)
            extra = self._alias.get(key)
            if extra:
                found = found + [e for e in extra if e not in found]
            if len(self._lookup_memo) > 200_000:
                self._lookup_memo.clear()
            self._lookup_memo[key] = found
        return found

    @classmethod
    def default(cls) -> Geocoder:
        """The packaged gazetteer, loaded once per process."""
        return _default()

    # ---- matching -------------------------------------------------------------------

    def _find(self, t: str) -> tuple[list[_Mention], list[int], list[int], list[int], list[int]]:
        """The place mentions of a text, and where the riding words (see ``__init__``) that end a
        word begin, by role: unknown-place heads, belong words, unit tails (for each such word
        end, its longest word: ``_head_end().finditer`` and ``_belong_re().finditer`` find alike);
        last, where the heads of ``_UNKNOWN_RE`` end a word, in order."""
        raw: list[tuple[int, int, bool, int, str, bool, str]] = []
        # per role, word end -> start of its longest riding word (hits come by end)
        found: tuple[dict[int, int], ...] = ({}, {}, {}, {})
        n = len(t)
        letters = _LETTERS
        short_ok = self._short_ok
        leads = self._leads
        append = raw.append
        after = t[1:] + " "  # after[end]: the character after a hit ending at end (a space past the text)
        padded = "   " + t  # padded[start:start + 3]: the three characters before start
        for end, value in self._auto.iter(t):
            if after[end] in letters:
                continue  # most hits end inside a word: spare them the unpacking
            key, ll, rides = value
            stop = end + 1
            if rides is not None:
                for role, size in rides:
                    at = stop - size
                    starts = found[role]
                    if starts.get(stop, n) > at:
                        starts[stop] = at
                if key is None:
                    continue
            start = stop - len(key)
            before = padded[start:start + 3]
            prefix: str | None | Literal[False] = leads.get(before, False)
            if prefix is False:
                prefix = _lead(before)
                if prefix not in _PROCLITICS:
                    prefix = None  # no clitic a name takes
                if len(leads) > 100_000:
                    leads.clear()
                leads[before] = prefix
            if prefix is None:
                continue  # three letters or more before the name (it starts inside a word), or no clitic
            if prefix and (ll and prefix not in _LL_PROCLITICS or len(key) <= 3 and key not in short_ok):
                continue
            if ll:
                start += 1  # the name as written begins at its second letter ("ل" of "لل")
            # sorted longest first, then by start ("لل..." before a same-span "ل...": AC's order)
            append((start - stop, start, not ll, stop, key, ll, prefix))
        raw.sort()
        taken = bytearray(n + 1)
        out: list[_Mention] = []
        lookup = self._lookup
        memo = self._lookup_memo
        for _, start, _, stop, key, ll, prefix in raw:
            if taken.find(1, start, stop) >= 0:
                continue
            lo = start - len(prefix) - ll
            taken[lo:stop] = b"\x01" * (stop - lo)
            cands = memo.get(key)  # _lookup, its memo read here first
            out.append(_Mention(start, stop, key, ll, lookup(key) if cands is None else cands, prefix, lo))
        out.sort(key=_START)
        heads, belongs, tails, unknown = found
        return out, list(heads.values()), list(belongs.values()), list(tails.values()), list(unknown)

    def _context(self, t: str, m: _Mention) -> None:
        ws = m.ws
        # the two words before the name. Most names follow two words, each after one space
        # ("قصف مدينة حلب"): those two, whole inside the 40 characters before the name, are
        # the last two tokens whichever window below reads them, and they key a memo of what
        # they say (None: not two plain words, read them below)
        found: tuple[str | None, str, int | None, bool, str] | None = None
        if ws > 1 and t[ws - 1] == " ":
            parts = t[ws - 41 if ws > 41 else 0:ws - 1].rsplit(" ", 2)
            if len(parts) == 3:  # the last two spaces before the name, w0 whole in the 40 characters
                pair = (parts[1], parts[2])
                got: tuple[str | None, str, int | None, bool, str] | None | Literal[False] = \
                    self._pair_memo.get(pair, False)
                if got is False:
                    got = self._said_before(*pair) + (pair[1],) if _LETTER_RUN.fullmatch(pair[0]) \
                        and _LETTER_RUN.fullmatch(pair[1]) else None
                    if len(self._pair_memo) > 200_000:
                        self._pair_memo.clear()
                    self._pair_memo[pair] = got
                found = got
        if found is None:
            # a short window holds them when it holds a third word (only the window's first
            # word may be cut), else the full 40 characters
            before = _WORDS.findall(t, max(0, ws - 16), ws)
            if len(before) < 3 and ws > 16:
                before = _WORDS.findall(t, max(0, ws - 40), ws)
            if before:
                found = self._said_before(before[-2] if len(before) > 1 else "", before[-1]) + (before[-1],)
        if found is not None:
            m.head, m.head_word, m.direction, m.prep, m.word_before = found
        if m.prefix in _GOVERNING_CLITICS and m.head is None:
            m.prep = True
        # what follows counts only when its first word is definite ("العاصمة", "الشمالي"); most
        # names are followed by a space and a word, whose first letters settle it
        end = m.end
        three = t[end:end + 3]
        mode = self._after_modes.get(three)
        if mode is None:
            mode = _after_mode(three)
            if len(self._after_modes) > 100_000:
                self._after_modes.clear()
            self._after_modes[three] = mode
        # mode 1: "ال" at end + 1, so the word match cannot fail
        if mode == 0 or mode == 1 and cast("re.Match[str]", _ARABIC_WORD.match(t, end + 1, end + 30)).group() \
                not in self._after_firsts:
            return  # an indefinite word, or a definite one that opens neither "العاصمة" nor a direction
        hit = _DEFINITE_AFTER.match(t, end, end + 30)
        if hit is None:
            return
        lex = self.lex
        after = [w for w in hit.groups() if w is not None]
        if after[0] == "العاصمه" and m.head is None and any(e.kind == "country" for e in m.cands) and any(
                e.kind == "town" for e in m.cands):
            m.head, m.head_word = "town", "العاصمه"  # "تونس العاصمة": the city, not the country
        for phrase in (" ".join(after), after[0]):
            if phrase in lex.directions and phrase.startswith("ال") and m.direction is None:
                m.direction = lex.directions[phrase]
                break

    def _said_before(self, w0: str, w1: str) -> tuple[str | None, str, int | None, bool]:
        """``_before``, memoised by the pair of words."""
        pair = (w0, w1)
        found = self._before_memo.get(pair)
        if found is None:
            found = self._before(w0, w1)
            if len(self._before_memo) > 200_000:
                self._before_memo.clear()
            self._before_memo[pair] = found
        return found

    def _before(self, w0: str, w1: str) -> tuple[str | None, str, int | None, bool]:
        """What the two words before a name say of it: (head kind, head word, direction, preposition)."""
        lex = self.lex
        head_kind: str | None = None
        head_word = ""
        direction: int | None = None
        prep = False
        two = f"{w0} {w1}"
        for form in stems(w1) if _LETTER.match(w1) else ():
            head = lex.heads.get(form)
            if head is not None and not w1.endswith("ال" + form):
                # a head is a construct's first noun, indefinite: "أطراف المدينة", but not "الأطراف
                # الخارجة" (its definite forms that do head a name are listed: "المدينة")
                head_kind = head.kind
                head_word = form
                break
        for form in (two, *(f"{s} {w1}" for s in stems(w0) if _LETTER.match(w0)), w1,
                     *(stems(w1) if _LETTER.match(w1) else ())):
            if form in lex.directions and not form.startswith("ال"):
                direction = lex.directions[form]
                break
        if head_kind is None and direction is None and (
                w1 in _PREPS or any(s in _PREPS for s in stems(w1)[1:2])):
            prep = True
        return head_kind, head_word, direction, prep

    def _strong(self, e: Entry) -> bool:
        """A place whose name may stand bare: curated, an area, or a big town of the region."""
        if e.kind != "town" or e.source == "curated":
            return True
        if e.cc in PERSIAN_SCRIPT:
            return e.population >= 200_000
        return e.population >= (STRONG_POP if e.cc in CORE else 1_000_000)

    @staticmethod
    def _city(e: Entry) -> bool:
        """A city big enough abroad to be meant after a locative preposition ("في بوجمبورا",
        "من أبوجا"), though too small to stand bare."""
        return e.kind == "town" and e.cc not in PERSIAN_SCRIPT and e.population >= CITY_POP

    def _licensed(self, m: _Mention) -> bool:
        return m.head is not None or m.direction is not None or m.listed

    def _accept(self, t: str, mentions: list[_Mention], norm_text: Normalized | None = None) -> None:
        prev: _Mention | None = None
        spelled = self.lex.spelled
        stops = self.lex.stop
        strong_keys = self._strong_keys
        for m in mentions:
            if prev is not None and prev.accepted and m.ws - prev.end <= 3:  # else the gap is too long
                gap = t[prev.end:m.ws]
                if gap.strip() in ("", "،", ",", "و") and (
                        m.prefix.startswith("و") or "،" in gap or "," in gap or gap.strip() == "و"):
                    m.listed = prev.head is not None or prev.listed or prev.direction is not None
                    if prev.prep and m.head is None and m.direction is None and (
                            m.prefix.startswith("و") or "و" in gap):
                        m.prep = True  # "في دار سعد وصبر": the preposition governs the whole list
                    plural = self.lex.heads.get(prev.head_word)
                    if m.listed and m.head is None and plural is not None and plural.plural:
                        m.head, m.head_word = prev.head, prev.head_word  # "محافظات الأنبار وصلاح الدين"
            prev = m
            key = m.key
            stop = stops.get(key)
            if key in spelled and norm_text is not None:
                stop = _spelled_mode(norm_text, m, spelled[key], stop)
            if m.head is not None and m.head != "keep":
                m.cands = self._by_head(m)
                strong = None
            else:  # the key's own candidates: whether one is strong is the key's, memoised
                strong = strong_keys.get(key)
            if not m.cands or stop == "never":
                m.accepted = False
            elif stop == "head":
                m.accepted = m.head is not None or m.direction is not None
            elif stop == "prep":
                m.accepted = self._licensed(m) or m.prep
            else:
                if strong is None:
                    strong = any(map(self._strong, m.cands))
                    if m.cands is self._lookup_memo.get(key):
                        if len(strong_keys) > 200_000:
                            strong_keys.clear()
                        strong_keys[key] = strong
                m.accepted = strong or self._licensed(m) or m.prep and any(map(self._city, m.cands))

    def _by_head(self, m: _Mention) -> list[Entry]:
        if m.head == "province":
            prov = [e for e in m.cands if e.kind == "province"]
            if prov:
                return prov
            # "إقليم كردستان": a named region under a province head
            return [e for e in m.cands if e.kind == "town"] or [e for e in m.cands if e.kind == "region"]
        if m.head == "town":
            towns = [e for e in m.cands if e.kind == "town"]
            if not towns and m.head_word == "عاصمه":  # "عاصمة تشاد": the country's capital
                towns = [c for c in (self._capitals().get(e.cc) for e in m.cands if e.kind == "country") if c]
            if m.head_word in _QUARTER_HEADS:  # "حي الجولان" is a quarter, never the Golan
                # but "أحياء دار سعد": a city's district is made of quarters
                return towns or [e for e in m.cands if e.kind == "region" and _district(e)]
            return towns or [e for e in m.cands if e.kind == "region"]
        if m.head == "region":
            return [e for e in m.cands if e.kind != "country"] or m.cands
        return m.cands

    # ---- resolution -----------------------------------------------------------------

    def _prior(self, m: _Mention, e: Entry) -> float:
        if e.kind == "country":
            return 8.0 if m.head != "town" else 0.0
        if e.kind == "province":
            if m.head == "province":
                return 6.0
            rival = any(c.kind == "town" and c.cc == e.cc and self._strong(c) for c in m.cands)
            return 0.5 if rival else 3.0
        if e.kind == "region":
            return 3.0
        base = 1.0 + 0.5 * math.log10(e.population + 1) + (1.5 if e.curated else 0.0)
        return base if e.cc in CORE else base - 2.0

    def _score(self, m: _Mention, ccs: dict[str, float], admins: set[tuple[str, str]],
               anchors: _Points, dl_cc: str | None, base: Sequence[float] = ()) -> Entry:
        """Score the candidates (into ``m.scores``) and return the best. ``anchors``: the points
        of the article's places (``_points``). ``base``: the scores of the same candidates
        without anchors or enclosing place (``_resolve``'s first guesses), which the terms that
        follow only add to."""
        scores = []
        key = m.key
        lats, pts = anchors
        # fast_km inlined (same arithmetic, same floats): this loop runs per candidate and anchor
        cos = math.cos
        sqrt = math.sqrt
        enc = m.enclosing.best if m.enclosing is not None else None
        for e, s in zip(m.cands, base or self._base(m, ccs, admins, dl_cc), strict=True):
            if enc is not None and enc.cc == e.cc and (
                    enc.admin1 == e.admin1 or km(enc.lat, enc.lon, e.lat, e.lon) < 60):
                s += 6.0
            if pts:
                # only anchors within 1.81 degrees of latitude may lie within 200 km (111.195 km
                # a degree); farther ones, like none, add nothing (s + 0.0 is s: never -0.0)
                near = 1e9
                lat2, lon2 = e.lat, e.lon
                for lat1, lon1, k in pts[bisect_left(lats, lat2 - 1.81):bisect_right(lats, lat2 + 1.81)]:
                    if k == key:
                        continue  # the name itself is no evidence for itself
                    x = (lon2 - lon1) * cos((lat1 + lat2) * 0.008726646)
                    d = 111.195 * sqrt(x * x + (lat2 - lat1) ** 2)
                    if d < near:
                        near = d
                        if d < 25:
                            break  # the nearest band: no closer anchor adds more
                s += 3.0 if near < 25 else 2.0 if near < 75 else 1.0 if near < 200 else 0.0
            scores.append(s)
        m.scores = scores
        return m.cands[max(range(len(scores)), key=scores.__getitem__)]

    @staticmethod
    def _points(anchors: list[tuple[str, Entry]]) -> _Points:
        """The anchors' points (lat, lon, key) sorted by latitude, and their latitudes, so that
        a candidate reads only the anchors in its band of latitude."""
        pts = sorted((a.lat, a.lon, k) for k, a in anchors)
        return [p[0] for p in pts], pts

    def _base(self, m: _Mention, ccs: dict[str, float], admins: set[tuple[str, str]],
              dl_cc: str | None) -> list[float]:
        """Each candidate's prior plus what the article's countries, dateline and provinces add."""
        total = sum(ccs.values()) or 1.0
        out = []
        for e in m.cands:
            s = self._prior(m, e) + 3.0 * ccs.get(e.cc, 0.0) / total
            if dl_cc == e.cc:
                s += 1.0
            if e.kind in ("town", "region") and (e.cc, e.admin1) in admins:
                s += 2.0
            out.append(s)
        return out

    @staticmethod
    def _anchors(mentions: list[_Mention]) -> list[tuple[str, Entry]]:
        """One (key, place) per distinct resolved place, countries excluded."""
        seen: dict[tuple[str, str], Entry] = {}
        for m in mentions:
            if m.best is not None and m.best.kind != "country":
                seen.setdefault((m.key, m.best.gid), m.best)
        return [(k, e) for (k, _), e in seen.items()]

    def _resolve(self, text: str, t: str, mentions: list[_Mention]) -> None:
        dl = dateline(t)
        dl_cc: str | None = None
        ccs: dict[str, float] = {}
        admins: set[tuple[str, str]] = set()
        # the accepted mentions (only they get a best place here), those of them with several
        # candidates (only they are scored) and the others (only they may be revived)
        accepted: list[_Mention] = []
        several: list[_Mention] = []
        rejected: list[_Mention] = []
        for m in mentions:
            if not m.accepted:
                rejected.append(m)
                continue
            accepted.append(m)
            cands = m.cands
            c: str | None
            if len(cands) == 1:  # most mentions: the lone candidate is the answer, unscored
                e = m.best = cands[0]
                c = e.cc
                if e.kind == "province":
                    admins.add((c, e.admin1))
            else:
                several.append(m)
                cc = {e.cc for e in cands}
                c = next(iter(cc)) if len(cc) == 1 else None
                if m.head == "province":
                    provs = [e for e in cands if e.kind == "province"]
                    if len(provs) == 1:
                        admins.add((provs[0].cc, provs[0].admin1))
            if c is not None:
                ccs[c] = ccs.get(c, 0.0) + 1.0
                if dl is not None and m.start < dl.end + 2 and m.end >= dl.start:
                    dl_cc = c
        first: dict[tuple, tuple[Entry, Sequence[float]]] = {}
        for m in several:  # without anchors or enclosing, a score depends on key, head and candidates
            fk = (m.key, m.head, tuple(map(id, m.cands)))
            if fk not in first:
                first[fk] = self._score(m, ccs, admins, _NO_POINTS, dl_cc), m.scores
            m.best, m.scores = first[fk]
        for m, nxt in pairwise(mentions):  # link "X في ريف Y" once first guesses exist
            if m.accepted and nxt.accepted:
                after = t[m.end:m.end + 2]
                if after[:1] == " " and m.end + 1 < nxt.start and after[1:] in _LETTERS and after[1:] not in "فبضا":
                    continue  # the gap's first word is none of في, ب..., ضمن, ال...: no enclosing place
                # the gap's words up to a fourth (a gap may run for a paragraph: read no further)
                gap = _GAP_WORDS.match(t, m.end, nxt.start)
                words = [w for w in gap.groups() if w is not None] if gap else []
                if 0 < len(words) <= 3 and (
                        words[0] in ("في", "ب", "ضمن") or words[0].startswith("ب") or words[0].startswith("ال")) and all(
                        w in _ENCLOSE_GAP or w in self.lex.heads or any(s in self.lex.heads for s in stems(w))
                        or w in self.lex.directions for w in words):
                    m.enclosing = nxt
        points = self._points(self._anchors(accepted))  # only accepted mentions have a best place yet
        cache: dict[tuple, tuple[Entry, Sequence[float]]] = {}
        for m in several:
            ck = (m.key, m.head, m.enclosing.best.gid if m.enclosing and m.enclosing.best else None)
            if ck not in cache:  # the first guesses' scores are the base of these
                cache[ck] = self._score(m, ccs, admins, points, dl_cc, m.scores), m.scores
            m.best, m.scores = cache[ck]
        self._tallies(t, accepted)
        self._drop_strays(accepted, ccs, points)
        self._foreign_districts(accepted)
        self._misread(accepted)
        # weak (unlicensed, not strong) candidates were rejected; revive those near the article's
        # places as now resolved (read only when some name may be revived)
        stop = self.lex.stop
        strong: _Points | None = None
        cos = math.cos
        sqrt = math.sqrt
        for m in rejected:
            if not m.cands or not (m.prep or " " in m.key) or stop.get(m.key) == "head":
                continue
            if strong is None:
                strong = self._points(self._anchors(accepted))
            lats, pts = strong
            key = m.key
            close = []
            for e in m.cands:  # an anchor within 60 km: within 0.55 degrees of latitude
                lat2, lon2 = e.lat, e.lon
                for lat1, lon1, k in pts[bisect_left(lats, lat2 - 0.55):bisect_right(lats, lat2 + 0.55)]:
                    x = (lon2 - lon1) * cos((lat1 + lat2) * 0.008726646)  # fast_km inlined
                    if k != key and 111.195 * sqrt(x * x + (lat2 - lat1) ** 2) < 60:
                        close.append(e)
                        break
            if close:
                m.cands = close
                m.accepted = True
                m.best = self._score(m, ccs, admins, strong, dl_cc)

    def _misread(self, mentions: list[_Mention]) -> None:
        """"منطقة وادي المدام بمدينة تعز": a name whose every candidate lies in another country
        than the place written to hold it is a place the gazetteer lacks; it is no place of its
        own, and a head before it may still frame it (``_unknown``). A weak holder does not
        outweigh a strong name ("طرابلس بحجة انتمائهم": "بحجة" is no place)."""
        for m in mentions:
            holder = m.enclosing
            enc = holder.best if holder is not None and holder.accepted else None
            if m.accepted and enc is not None and m.best is not None and m.best.kind in ("town", "region") \
                    and all(e.cc != enc.cc for e in m.cands) and (self._strong(enc) or not self._strong(m.best)):
                m.accepted, m.misread = False, True

    def _drop_strays(self, mentions: list[_Mention], ccs: dict[str, float], anchors: _Points) -> None:
        """A small town of a country the article never names, far from all its other places
        ("قرية كيلوا قرب مونغونو" is no village in Iran), is a name the gazetteer lacks."""
        if not ccs:
            return
        weak = [m for m in mentions if m.accepted and m.best is not None and m.best.kind == "town"
                and not self._strong(m.best)]
        if not weak:
            return
        named: dict[str, set[str]] = {}  # country -> keys of the names that can only lie there
        for m in mentions:
            if m.accepted and m.best is not None and (m.cands[0].cc == m.best.cc if len(m.cands) == 1
                                                      else all(e.cc == m.best.cc for e in m.cands)):
                named.setdefault(m.best.cc, set()).add(m.key)
        for m in weak:
            e = m.best
            if e is None or not m.accepted or e.cc in ccs and named.get(e.cc, set()) - {m.key}:
                continue  # its country named by another name: a place of the article
            others = [(lat, lon) for lat, lon, k in anchors[1] if k != m.key]
            if others and all(fast_km(lat, lon, e.lat, e.lon) > 500 for lat, lon in others):
                m.accepted, m.misread = False, True

    @staticmethod
    def _foreign_districts(mentions: list[_Mention]) -> None:
        """"أحياء دار سعد ... عدن": a district named after a quarter head is the place only when
        the article names another place of its governorate; else "حي X" is a quarter of some other
        town that shares the district's name, a name the gazetteer lacks."""
        for m in mentions:
            e = m.best
            if e is None or e.kind != "region" or m.head_word not in _QUARTER_HEADS or not m.accepted:
                continue
            if not any(o is not m and o.accepted and o.best is not None and o.key != m.key
                       and o.best.cc == e.cc and o.best.admin1 == e.admin1 for o in mentions):
                m.accepted, m.misread = False, True

    def _tallies(self, t: str, mentions: list[_Mention]) -> None:
        """Governorates written bare in a sentence about governorates: a seat listed with a
        governorate ("محافظات أبين - عدن - لحج", "في محافظة حلب وتلتها درعا، ثم حماة وحمص وريف
        دمشق") or given a count next to it ("في درعا 540، وفي إدلب 230" after "في محافظة حماة")
        is its governorate, when the sentence names three governorates or more."""
        for m in mentions:
            if m.accepted and m.best is not None and m.best.kind == "province" and self._named_province(m):
                break
        else:
            return  # no sentence names a governorate as one
        i = 0
        while i < len(mentions):
            j = i
            while j + 1 < len(mentions) and not _SENTENCE_END.search(t, mentions[j].end, mentions[j + 1].start):
                j += 1
            group = [m for m in mentions[i:j + 1] if m.accepted and m.best is not None]
            i = j + 1
            seats: dict[int, Entry] = {}
            for k, m in enumerate(group):
                if m.head is None and m.direction is None and m.enclosing is None and _best(m).kind == "town":
                    provs = [e for e in m.cands if e.kind == "province" and e.cc == _best(m).cc]
                    if len(provs) == 1:
                        seats[k] = provs[0]
            if not seats:
                continue
            named = {_best(m).gid for m in group if _best(m).kind == "province"} | {p.gid for p in seats.values()}
            if len(named) < 3:
                continue
            if not any(self._named_province(m) for m in group):
                continue  # no governorate named as one: the sentence is not about governorates
            chain: list[int] = []
            for k in range(len(group) + 1):
                gap = t[group[k - 1].end:group[k].ws] if k < len(group) else ""
                if k < len(group) and chain and (_LIST_GAP.fullmatch(gap) or (
                        not gap.strip() and group[k].prefix.startswith("و"))):
                    chain.append(k)
                    continue
                if len(chain) > 1 and any(_best(group[c]).kind == "province" for c in chain):
                    for c in chain:
                        if c in seats:
                            group[c].best = seats[c]
                chain = [k]
            for k, prov in seats.items():
                m = group[k]
                ws = m.ws
                if _COUNT_AFTER.match(t, m.end) or _COUNT_BEFORE.search(t[max(0, ws - 30):ws]):
                    m.best = prov

    def _named_province(self, m: _Mention) -> bool:
        """A governorate named as one: after its head ("محافظة حلب") or with the head in its name."""
        return m.best is not None and m.best.kind == "province" and (m.head == "province" or getattr(
            self.lex.heads.get(m.key.partition(" ")[0]), "kind", None) == "province")

    # ---- output ---------------------------------------------------------------------

    def _location(self, name_ar: str, e: Entry, kind: str, lat: float, lon: float) -> dict:
        """A fresh location dict; all but its name come from a memo of the place, kind and
        point (round(x, 4) costs a decimal conversion). Zeros are not memoised: +-0.0 round apart."""
        ck = (e.gid, kind, lat, lon)
        memo = self._loc_memo.get(ck) if lat and lon else None
        if memo is None:
            memo = {"name_ar": name_ar, "name": e.name, "country": self.gaz.country_name(e.cc),
                    "admin1": e.admin1 or None, "lat": round(lat, 4), "lon": round(lon, 4),
                    "precision": PRECISION[kind], "gazetteer_id": e.gid}
            if lat and lon:
                if len(self._loc_memo) > 20_000:  # a few hundred bytes each
                    self._loc_memo.clear()
                self._loc_memo[ck] = memo
        loc = memo.copy()
        loc["name_ar"] = name_ar
        return loc

    def _confidence(self, margin: float, weak: bool) -> float:
        """A place's confidence from its score margin (weak: unlicensed and not strong), memoised:
        most mentions share a handful of margins, and round(x, 3) costs a decimal conversion."""
        conf = self._conf_memo.get((margin, weak))
        if conf is None:
            conf = 0.5 + 0.45 * math.tanh(margin / 3)
            if weak:
                conf *= 0.8
            conf = round(conf, 3)
            if len(self._conf_memo) > 100_000:
                self._conf_memo.clear()
            self._conf_memo[(margin, weak)] = conf
        return conf

    def _directional(self, e: Entry, direction: int, ref_kind: str) -> tuple[float, float]:
        """The point of "north of X": X itself for a town; for an area, its towns in that sector."""
        if ref_kind == "town" or direction < 0:
            return e.lat, e.lon
        ck = (e.gid, e.kind, e.lat, e.lon, direction)
        if ck not in self._dir_cache:
            self._dir_cache[ck] = self._sector_point(e, direction)
        return self._dir_cache[ck]

    def _sector_point(self, e: Entry, direction: int) -> tuple[float, float]:
        pool = self.gaz.towns_in(e.cc, e.admin1 if e.kind != "country" else None)
        ref_lat, ref_lon = e.lat, e.lon
        if e.kind == "country":
            pool = [a for a in self.gaz.admin1.values() if a.cc == e.cc] or pool
        sector = [p for p in pool if km(ref_lat, ref_lon, p.lat, p.lon) > 5 and abs(
            (bearing(ref_lat, ref_lon, p.lat, p.lon) - direction + 180) % 360 - 180) <= 50]
        if not sector:
            return e.lat, e.lon
        return sum(p.lat for p in sector) / len(sector), sum(p.lon for p in sector) / len(sector)

    def _place(self, norm_text: Normalized, m: _Mention) -> Place:
        e = m.best
        assert e is not None
        s, t_end = norm_text.span(m.start, m.end)
        name_ar = norm_text.original[s:t_end]
        if m.ll:
            name_ar = "ال" + name_ar[1:]
        kind = e.kind
        lat, lon = e.lat, e.lon
        head, direction = m.head, m.direction
        if head is None and direction is None:  # most places: a bare name is the place itself
            pass
        elif head == "region" and m.head_word in ("ريف", "ارياف") and e.kind == "town":
            prov = self.gaz.admin1.get((e.cc, e.admin1))
            kind = "region"
            if m.direction is not None and m.direction >= 0:
                base = prov or e
                lat, lon = self._directional(base, m.direction, "area")
                if prov is not None:  # the towns of the province in that sector, seen from the city
                    sector_ref = Entry(e.gid, "province", e.name, e.cc, e.admin1, e.lat, e.lon, 0, "", ())
                    lat, lon = self._directional(sector_ref, m.direction, "area")
            elif prov is not None:
                lat, lon = prov.lat, prov.lon
        elif m.head == "region" and e.kind == "town":
            kind = "region"
        elif m.direction is not None:
            if e.kind in ("province", "country"):
                lat, lon = self._directional(e, m.direction, "area")
            kind = "region"
        if kind == "region" and not m.ll and (m.direction is not None and e.kind in ("province", "country", "region")
                                              or m.head_word in ("ريف", "ارياف")):
            name_ar = self._region_name(norm_text, m) or name_ar
        if len(m.scores) > 1:  # a lone candidate has no scores
            scores = sorted(m.scores, reverse=True)
            margin = scores[0] - scores[1]
        else:
            margin = 4.0
        licensed = head is not None or direction is not None or m.listed  # _licensed
        conf = self._confidence(margin, not (licensed or self._strong(e)))
        return Place(s, t_end, name_ar, self._location(name_ar, e, kind, lat, lon), kind, conf)

    def _region_name(self, norm_text: Normalized, m: _Mention) -> str | None:
        """The whole written name of a directional area or countryside: "ريف حلب الشمالي",
        "جنوب شرق تركيا", "ريف حمص" (clitics before it excluded); the span stays the name's.
        A direction from a town ("شمالي بعقوبة") keeps the town's name and point."""
        t = norm_text.text
        ws = m.start - len(m.prefix)
        a, b = m.start, m.end
        before = list(_ARABIC_WORD.finditer(t, max(0, ws - 40), ws))
        k = len(before)

        def joined(i: int) -> bool:  # before[i] runs into what follows it with only a space
            nxt = before[i + 1].start() if i + 1 < k else ws
            return t[before[i].end():nxt] == " "

        def opens(i: int, words: tuple[str, ...]) -> int | None:  # where before[i] starts, clitics off
            w = before[i].group()
            for pre in ("", "وب", "و", "ف", "ب", "ل"):
                if w.startswith(pre) and w[len(pre):] in words:
                    return before[i].start() + len(pre)
            return None

        if m.head_word in ("ريف", "ارياف") and k and joined(k - 1):
            at = opens(k - 1, ("ريف", "ارياف"))
            if at is None:
                return None
            a, k = at, k - 1
        elif m.direction is not None:
            dirs = self.lex.directions
            for n in (2, 1):
                if k >= n and all(joined(i) for i in range(k - n, k)):
                    first = before[k - n].group()
                    rest = [w.group() for w in before[k - n + 1:k]]
                    at = None
                    for pre in ("", "وب", "و", "ف", "ب", "ل"):
                        phrase = " ".join([first[len(pre):], *rest])
                        if first.startswith(pre) and phrase in dirs and not phrase.startswith("ال"):
                            at = before[k - n].start() + len(pre)
                            break
                    if at is not None:
                        a = at
                        break
        after = list(_ARABIC_WORD.finditer(t, m.end, min(len(t), m.end + 30)))[:2]
        if after and t[m.end:after[0].start()] == " ":
            two = " ".join(w.group() for w in after)
            if len(after) == 2 and t[after[0].end():after[1].start()] == " " and two in self.lex.directions \
                    and two.startswith("ال"):
                b = after[1].end()
            elif after[0].group() in self.lex.directions and after[0].group().startswith("ال"):
                b = after[0].end()
        if (a, b) == (m.start, m.end):
            return None
        s, e = norm_text.span(a, b)
        return norm_text.original[s:e]

    def _misread_features(self, norm_text: Normalized, t: str, mentions: list[_Mention],
                          covered: list[tuple[int, int]]) -> list[Place]:
        """"جبل جرة بمدينة تعز" with the gazetteer's only "جرة" abroad: the feature (head and name)
        is a place of its own at the point of the place written to hold it."""
        out = []
        for m in mentions:
            if not m.misread:
                continue
            head = self.lex.heads.get(m.head_word)
            enc = m.enclosing.best if m.enclosing is not None and m.enclosing.accepted else None
            if enc is None or head is None or not head.part_of_name or enc.kind == "country" \
                    or not m.word_before.endswith(m.head_word) or _framing_words().get(m.key) == "stop" \
                    or not m.key.startswith("ال") and m.key.endswith(("ي", "يه")):
                continue  # "حاجز عسكري في بابا عمرو": an adjective names nothing
            ws = m.ws
            a = ws - 1 - len(m.head_word)
            if a < 0 or t[ws - 1] != " " or t[a:ws - 1] != m.head_word \
                    or any(a < y and x < m.end for x, y in covered):
                continue
            s, t_end = norm_text.span(a, m.end)
            name_ar = norm_text.original[s:t_end]
            kind = "town" if head.kind == "town" and enc.kind == "town" else "region"
            loc = self._location(name_ar, enc, kind, enc.lat, enc.lon)
            loc["name"] = None
            out.append(Place(s, t_end, name_ar, loc, kind, 0.4))
            covered.append((a, m.end))
        return out

    def _unknown(self, norm_text: Normalized, t: str, mentions: list[_Mention], covered: list[tuple[int, int]],
                 head_ends: list[int] | None = None) -> list[Place]:
        """"قرية X في ريف إدلب" with X missing from the gazetteer: X takes the enclosing place.
        ``head_ends``: where a head of ``_UNKNOWN_RE`` ends a word, in order (``_find``); a
        match's head does, so a name with none in reach before it is spared the searches."""
        out = []
        for m in mentions:
            if not m.accepted or m.best is None or m.best.kind == "country" or m.prefix.startswith("و"):
                continue  # "تلة خطاب وتل حمكي": a coordinated place does not hold the one before it
            ws = m.ws
            base = ws - 60 if ws > 60 else 0
            if head_ends is not None:
                i = bisect_right(head_ends, base)
                if i == len(head_ends) or head_ends[i] >= ws:
                    continue  # no head word ends in reach
            head_at = _UNKNOWN_HEAD.search(t, base, ws)
            if head_at is None:
                continue  # no head word in reach
            # a match opens at most three characters before its head, which is no earlier than
            # the first head word in reach ("^" matches only where the window starts)
            hit = _UNKNOWN_RE.search(t[base:ws], max(0, head_at.start() - base - 3))
            if not hit:
                continue
            a, b = base + hit.start("name"), base + hit.end("name")
            word = hit.group("name").split()[0]
            # "منطقة وادي X": a feature word opens a name ("منطقة جبل [known]" frames nothing)
            feature = " " in hit.group("name") and getattr(self.lex.heads.get(word), "part_of_name", False)
            if any(a < y and x < b for x, y in covered) or not feature and self._no_name(word, hit.group("head")):
                continue
            e = m.best
            via_rif = bool(hit.group("rif")) and hit.group("rif").endswith("ريف")
            if e.kind == "town" and via_rif:
                prov = self.gaz.admin1.get((e.cc, e.admin1))
                seat = prov is not None and m.key in {name_key(n) for n in prov.names_ar}
                target, kind = (prov, "province") if seat and prov is not None else (e, "region")
            elif e.kind == "town" and hit.group("head") in ("حي", "مخيم") and not hit.group("dir"):
                target, kind = e, "town"
            elif e.kind == "town" and hit.group("dir"):  # "منطقة X شمال مدينة Y": near Y
                target, kind = e, "region"
            elif e.kind == "town" and (hit.group("rif") or "").strip().endswith(("مدينه", "بلده", "بلديه")):
                # "منطقة X بمدينة Y", "منطقة X في بلدية Y": an area of the town, not its province
                target, kind = e, "region"
            elif e.kind == "town":
                prov = self.gaz.admin1.get((e.cc, e.admin1))
                target, kind = (prov, "province") if prov else (e, "region")
            else:
                target, kind = e, e.kind
            s, t_end = norm_text.span(a, b)
            name_ar = norm_text.original[s:t_end]
            loc = self._location(name_ar, target, kind, target.lat, target.lon)
            loc["name"] = None
            out.append(Place(s, t_end, name_ar, loc, kind, 0.5))
            covered.append((a, b))
        return out

    # ---- public API -----------------------------------------------------------------

    def places(self, text: str, normalized: Normalized | None = None) -> list[Place]:
        """All place mentions in an article, resolved with the whole article as context.

        ``normalized`` may pass ``normalize(text)`` when the caller already has it.
        """
        if not text:
            return []
        if not isinstance(text, str):
            raise TypeError(f"places(): text must be str, not {type(text).__name__}")
        norm_text = normalized or normalize(text)
        t = norm_text.text
        mentions, heads, belongs, tails, unknown_heads = self._find(t)
        for m in mentions:
            self._context(t, m)
            if m.prep and m.word_before == "علي" and _named_ali(norm_text, m):
                m.prep = False
        self._accept(t, mentions, norm_text)
        self._glued(t, mentions)
        self._resolve(text, t, mentions)
        out = [self._place(norm_text, m) for m in mentions if m.accepted and m.best is not None]
        covered = [(m.start - len(m.prefix), m.end) for m in mentions if not m.misread]
        out += self._unknown(norm_text, t, mentions, covered, unknown_heads)
        out += self._misread_features(norm_text, t, mentions, covered)
        out += self._framed(norm_text, t, covered, out, mentions, heads)
        out += self._relative(norm_text, t, mentions, covered, out, belongs, tails)
        out.sort(key=_START)
        return out

    def _relative(self, norm_text: Normalized, t: str, mentions: list[_Mention],
                  covered: list[tuple[int, int]], out: list[Place], belongs: list[int] | None = None,
                  tails: list[int] | None = None) -> list[Place]:
        """Places written relative to another (``rasd.geo.relative``): a list's trailing holder,
        a quarter set by a direction from a far city, a distance and bearing from a place
        (``belongs``, ``tails``: where ``_find`` saw their words, else searched for)."""
        added = relative.trailing_holders(self, norm_text, t, mentions, covered, out, belongs)
        found = sorted(out + added, key=_START)
        relative.far_quarters(self, norm_text, t, mentions, found)
        relative.offsets(self, norm_text, t, mentions, found, tails)
        return added

    def _no_name(self, word: str, head_word: str) -> bool:
        """A word after a head that names no place: another head ("قرى منطقة جبال حمرين"), a
        preposition ("قرى بمحيط"), a common word of the stoplist, or after "حي" an indefinite
        adjective ("حي سكني"، "حي شعبي")."""
        bare = _strip_clitics(word)
        if word in self.lex.heads or bare in _PREPS or self.lex.stop.get(word) == "never":
            return True
        return _strip_clitics(head_word) in _QUARTER_HEADS and not word.startswith("ال") and word.endswith("ي")

    def _framed(self, norm_text: Normalized, t: str, covered: list[tuple[int, int]],
                known: list[Place], mentions: list[_Mention] | None = None,
                head_starts: list[int] | None = None) -> list[Place]:
        """Places the gazetteer lacks, framed by a head ("قريتي تل أعور والفريكة"): each keeps its
        name as written and the article's country, with no invented point unless the list is
        followed by the place that holds it ("... والدويركة بجبل الأكراد"), whose point it takes."""
        roles = _framing_words()
        heads = list(_head_hits(t, head_starts))
        if not heads:
            return []
        countries: dict[str, int] = {}
        for p in known:
            if c := p.location.get("country"):
                countries[c] = countries.get(c, 0) + 1
        country = max(countries, key=countries.__getitem__) if countries else None  # first of the most named
        out: list[Place] = []

        def role(word: str) -> str | None:
            return roles.get(word) or roles.get(_strip_clitics(word))

        def free(a: int, b: int) -> bool:
            return not any(a < y and x < b for x, y in covered)

        done = -1  # start of the last word a list took
        for hit in heads:
            at = hit.start()
            if at <= done:
                continue
            # the words from the head on (words[0] is the head), read only as far as the list goes
            words: list[tuple[str, int, int]] = []
            more = _ARABIC_WORD.finditer(t, at)

            def has(k: int, words: list[tuple[str, int, int]] = words, more: Iterator[re.Match[str]] = more) -> bool:
                while len(words) <= k:
                    w = next(more, None)
                    if w is None:
                        return False
                    words.append((w.group(), w.start(), w.end()))
                return True

            if not has(1) or words[0][1] != at or words[0][0].endswith("احياء") and _reviving(norm_text, words[0]):
                continue
            i = 0
            head = role(words[i][0])
            listed = len(out)
            j = i + 1
            first = True
            while has(j) and (first or head == "heads"):
                word, a, b = words[j]
                if not first:
                    if not word.startswith("و") or t[words[j - 1][2]:a].strip():
                        break
                    word, a = word[1:], a + 1
                elif t[words[j - 1][2]:a].strip():
                    break  # "حي (600 دار": the head stands alone
                if len(word) < (2 if first else 3) or role(word) in ("stop", "head", "heads") \
                        or not _could_name(word, first, head == "named") or self._no_name(word, words[i][0]):
                    break
                if not free(a, b):  # a place the gazetteer knows: the list goes on after it
                    first = False
                    j += 1
                    continue
                end = b
                nxt = j + 1
                if (role(word) == "compound" or has(nxt) and self._idafa(word, words[nxt], mentions or [])) \
                        and has(nxt) and role(words[nxt][0]) is None \
                        and not words[nxt][0].startswith("و") and not t[b:words[nxt][1]].strip():
                    end = words[nxt][2]
                    nxt += 1
                # a named head belongs to the name, its clitics do not ("بمعسكر ماس" -> "معسكر ماس")
                head_word = words[i][0]
                bare = head_word if roles.get(head_word) else _strip_clitics(head_word)
                start = words[i][1] + len(head_word) - len(bare) if head == "named" else a
                s, e = norm_text.span(start, end)
                name_ar = norm_text.original[s:e]
                loc = {"name_ar": name_ar, "name": None, "country": country, "admin1": None,
                       "lat": None, "lon": None, "precision": "town", "gazetteer_id": None}
                out.append(Place(s, e, name_ar, loc, "town", 0.3))
                covered.append((start, end))
                first = False
                j = nxt
            done = words[j - 1][1]
            if len(out) > listed and mentions:
                self._enclose(norm_text, t, out[listed:], covered[-1][1], mentions, known)
        return out

    def _idafa(self, word: str, nxt: tuple[str, int, int], mentions: list[_Mention]) -> bool:
        """"قريتي الزيادية وفتحة السد": an indefinite first word and a definite noun after it make
        one name (a construct), unless the second word is a place of its own, a direction, a head
        or an adjective ("بلدة تلكلخ الحدودية")."""
        second, a, b = nxt
        if word.startswith("ال") or not second.startswith("ال") or len(second) < 4 or second.endswith(("يه", "ي")):
            return False
        if second in self.lex.directions or second in self.lex.heads or second in _ENCLOSE_WORDS:
            return False
        return not any(m.accepted and m.start < b and a < m.end for m in mentions)

    def _glued(self, t: str, mentions: list[_Mention]) -> None:
        """"قرية قصر البريج": a known name written right after the first word of a two-word
        name (قصر، كفر، دير، تل ...) that a village head opens is part of another name."""
        roles = _framing_words()
        for m in mentions:
            if not m.accepted or m.prefix or m.ll:
                continue
            if roles.get(m.word_before) != "compound" and m.word_before != "\n":
                continue  # a match's second word is the word before the name ("\n": "$" before a last newline)
            hit = _GLUED.search(t, max(0, m.start - 40), m.start)
            if hit and roles.get(hit.group(2)) == "compound" and hit.group(2) not in _FEATURE_WORDS \
                    and roles.get(_strip_clitics(hit.group(1))) in ("head", "heads") \
                    and _strip_clitics(hit.group(1)) not in _QUARTER_HEADS:
                m.accepted = False

    def _enclose(self, norm_text: Normalized, t: str, items: list[Place], end: int,
                 mentions: list[_Mention], known: list[Place]) -> None:
        """Give framed places the point of the known place written right after their list
        ("قرى الهديدة والفسلوج التابعة لناحية كفري"): a district or town gives a region-precision
        point, a governorate a province one."""
        m = next((m for m in mentions if m.ws >= end), None)
        if m is None or not m.accepted or m.best is None or m.best.kind == "country":
            return
        gap = t[end:m.ws]
        words = _WORDS.findall(gap)
        if words and words[0] == "(":  # "قرية شنف (جنوب شرقي الموصل)"
            words = words[1:]
        dirs = self.lex.directions
        if len(words) > 1 and _ADJECTIVE.fullmatch(words[0]) and words[0] not in dirs:
            words = words[1:]  # "تبة مسعود الاستراتيجية في جبل صبر": an adjective of the name
        if len(words) > 3 or any(not _LETTER.match(w) for w in words) or not (
                words or m.prefix in ("ب", "وب")) or not all(
                w in _ENCLOSE_WORDS or w in dirs or any(st in _ENCLOSE_WORDS or st in dirs for st in stems(w))
                for w in words):  # "قرية X بشمال حلب": a direction glued to "ب"
            return
        if words and not (words[0] in _ENCLOSE_FIRST or words[0] in dirs or words[0].startswith(("ب", "ل", "ال"))):
            return
        start = norm_text.span(m.start, m.end)[0]
        place = next((p for p in known if p.start == start), None)
        if place is None or place.location.get("lat") is None:
            return
        loc = place.location
        if any(p.location.get("country") not in (None, loc["country"]) for p in items):
            return  # "مزارع بروما": the next place lies in another country than the article's
        precision = "province" if loc["precision"] in ("province", "country") else "region"
        for p in items:
            p.location.update({"country": loc["country"], "admin1": loc["admin1"], "lat": loc["lat"],
                               "lon": loc["lon"], "precision": precision})
            p.kind = precision

    def geocode(self, name: str, country: str | None = None) -> list[dict]:
        """Candidate locations for a name, best first (``country``: ISO code, English or Arabic name)."""
        key = name_key(name or "")
        if not key:
            return []
        cc = self._country_code(country) if country else None
        if country and cc is None:
            raise ValueError(f"geocode: unknown country {country!r}")
        results: list[dict] = []
        cands = self._lookup(key)
        if not cands:
            for form in stems(key) if " " not in key else ():
                cands = self._lookup(form)
                if cands:
                    break
        if cands:
            m = _Mention(0, len(key), key, False, cands)
            ccs = {cc: 1.0} if cc else {}
            self._score(m, ccs, set(), _NO_POINTS, None)
            order = sorted(range(len(cands)), key=lambda i: -m.scores[i])
            for i in order:
                e = cands[i]
                if cc and e.cc != cc:
                    continue
                loc = self._location(name.strip(), e, e.kind, e.lat, e.lon)
                loc["score"] = round(m.scores[i], 2)
                results.append(loc)
            return results
        context = name if cc is None else f"{name} {self.gaz.countries[cc].names_ar[0]}"
        for p in self.places(context):
            if (cc is None or p.location["country"] == self.gaz.country_name(cc)) and p.start < len(name):
                results.append(p.location)
        return results

    def reverse(self, lat: float, lon: float) -> dict | None:
        """The country and admin1 of a point (nearest known town or province), or None."""
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"reverse: ({lat}, {lon}) is not a valid point")
        e = self.gaz.nearest_town(lat, lon)
        if e is None:
            provs = [(km(lat, lon, p.lat, p.lon), p) for p in self.gaz.admin1.values()]
            provs = [x for x in provs if x[0] < 400]
            if not provs:
                return None
            e = min(provs, key=lambda x: x[0])[1]
        return {"country": self.gaz.country_name(e.cc), "country_code": e.cc, "admin1": e.admin1 or None}

    def _country_code(self, country: str) -> str | None:
        c = country.strip()
        if c.upper() in self.gaz.countries:
            return c.upper()
        key = name_key(c)
        for e in self.gaz.countries.values():
            if e.name.lower() == c.lower() or key in {name_key(n) for n in e.names_ar}:
                return e.cc
        return None


_HEAD_ALT = "|".join(_UNKNOWN_HEADS)
_UNKNOWN_HEAD = re.compile(_HEAD_ALT)  # what every _UNKNOWN_RE match holds; cheap to search for
# Words that cannot open or continue an unknown name: "منطقة في الطرف ...", "حي X بمنطقة Y", "قرية X شمال Y".
_NOT_NAME = (r"(?:في|من|الي|علي|عن|قرب|الواقعه|التابعه|الواقع|التابع|ب?(?:شمال|جنوب|شرق|غرب)ي?|"
             r"[بل]?(?:ريف|محافظه|مدينه|منطقه|ولايه|قضاء|ناحيه|مديريه|بلديه))\s")
_UNKNOWN_RE = re.compile(
    rf"(?:^|\s)[وف]?[بل]?(?P<head>{_HEAD_ALT})\s+(?!{_NOT_NAME})(?P<name>[\u0621-\u064a]+(?:\s+(?!{_NOT_NAME})[\u0621-\u064a]+)?)\s+"
    r"(?:(?:الواقعه|التابعه|الواقع|التابع)\s+)?(?P<dir>ب?(?:شمال|جنوب|شرق|غرب|وسط)ي?(?:\s+(?:شرق|غرب)ي?)?\s+)?"
    r"(?:ل\s*)?(?:في\s+)?"
    r"(?P<rif>(?:ب|ل)?(?:ريف|محافظه|مدينه|منطقه|ولايه|قضاء|ناحيه|مديريه|بلديه)\s+)?$"
)




_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
# first words of a two-word name that name a feature of the place after them ("سوق حلب", "جبل سنجار")
_ADJECTIVE = re.compile(r"ال[\u0621-\u064a]{3,}(?:ي|يه)")
_GLUED = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]+) ([\u0621-\u064a]+) $")
_FEATURE_WORDS = word_set("feature_words")
_SENTENCE_END = re.compile(r"[.!?؟\n;؛]")
_LIST_GAP = re.compile(r"\s*(?:[،,\-–]\s*و?|و)")
_COUNT_AFTER = re.compile(r"\s*[0-9]+")
_COUNT_BEFORE = re.compile(r"[0-9]+(?:\s+[\u0621-\u064a]+){0,2}\s+(?:في|ب)\s*$")


@lru_cache(maxsize=1)
def _framing_words() -> dict[str, str]:
    """unknown_places.tsv: normalised word -> role (head, heads, named, compound, stop)."""
    out: dict[str, str] = {}
    for word, role, *_ in rows("unknown_places.tsv"):
        out.setdefault(norm(word), role)
    return out


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    """Head words of unknown_places.tsv as whole words, clitics allowed."""
    return re.compile(r"(?<![\u0621-\u064a])(?:وب|ول|فب|و|ف|ب|ل)?(?:" + "|".join(_framing_heads())
                      + r")(?![\u0621-\u064a])")


@lru_cache(maxsize=1)
def _framing_heads() -> list[str]:
    """Head words of unknown_places.tsv, longest first."""
    return sorted((w for w, r in _framing_words().items() if r in ("head", "heads", "named")), key=len, reverse=True)


@lru_cache(maxsize=1)
def _head_end() -> re.Pattern[str]:
    """Head words of unknown_places.tsv ending a word, anywhere (cheap: no look-behind, no clitics)."""
    return re.compile(r"(?:" + "|".join(_framing_heads()) + r")(?![\u0621-\u064a])")


def _head_hits(t: str, leads: list[int] | None = None) -> Iterator[re.Match[str]]:
    """``_head_pattern().finditer(t)``, tried only at the start of words that end in a head word.

    Every match is a whole word, a head after at most two clitic letters; the full pattern opens
    with a look-behind, so searching it tries every character. ``leads``: where the longest head
    ending each word begins, in order (``Geocoder._find`` collects them), else searched for here.
    """
    full = _head_pattern()
    for at in (lead.start() for lead in _head_end().finditer(t)) if leads is None else leads:
        ws = at
        while ws > 0 and at - ws < 3 and t[ws - 1] in _LETTERS:
            ws -= 1
        hit = full.match(t, ws)
        if hit is not None:
            yield hit


_MARKS = dict.fromkeys(range(0x064B, 0x0653)) | {0x0640: None}  # short vowels, shadda, sukun, tatweel


def _spelled_mode(norm_text: Normalized, m: _Mention, modes: dict[str, str], stop: str | None) -> str | None:
    """The stop mode of a name as the article spells it: "وفي إب" is the city, though "آب" (August),
    which normalises alike, is a place only after a head. Glued to "ب" or "ل", only the telling
    spelling is the name ("بإب", but "باب" is a door)."""
    s, e = norm_text.span(m.start, m.end)
    mode = modes.get(norm_text.original[s:e].translate(_MARKS))
    if mode is None and m.prefix[-1:] in ("ب", "ل"):
        return "never"
    return mode or stop


def _named_ali(norm_text: Normalized, m: _Mention) -> bool:
    """"علي" written with "ي" before a name is the first name Ali ("وقال علي الحسيني"), not the
    preposition "على", which normalises alike."""
    k = m.ws - 1
    while k > 0 and norm_text.text[k] not in _LETTERS:
        k -= 1
    at = norm_text.offsets[k]
    return norm_text.original[at] == "ي"


def _reviving(norm_text: Normalized, word: tuple[str, int, int]) -> bool:
    """"إحياء" (reviving) is written apart from "أحياء" (quarters) only by its hamza, which
    normalising drops: "إحياء مؤتمر جنيف" frames no place."""
    s, e = norm_text.span(word[1], word[2])
    return "إحياء" in norm_text.original[s:e]


def _lead(before: str) -> str | None:
    """The letters between a word's start and a name, given up to three characters before the
    name (fewer only at the text's start): "" at a word start, the clitic letters ("و", "وب")
    when one or two letters lead, None when three do (the name starts inside a word)."""
    k = len(before)
    while k and before[k - 1] in _LETTERS:
        k -= 1
    return None if k == 0 and len(before) == 3 else before[k:]


def _best(m: _Mention) -> Entry:
    """The place of a mention known to have one (``_tallies``' groups hold only those)."""
    assert m.best is not None
    return m.best


def _after_mode(three: str) -> int:
    """What the three characters after a name say of the words that follow it: 0 a space and
    a word not opening with "ال" (nothing that follows steers the name), 1 a space and "ال"
    (only a word opening "العاصمة" or a direction may), 2 anything else (read on)."""
    if three[:1] != " ":
        return 2
    if three[1:] == "ال":
        return 1
    return 0 if three[1:2] in _LETTERS else 2


_PRONOUN_ENDINGS = ("ها", "هم", "هما", "كم", "نا")


def _could_name(word: str, first: bool, facility: bool) -> bool:
    """Whether a word after a head can open a place name: not a word led by و or a preposition
    ("وأعدم", "للجيش", "لهم"), not a verb or noun carrying a pronoun ("تستخدمها", "مرافقها"),
    and after a facility head not an indefinite adjective ("قاعدة تركية", "محطة كهربائية";
    villages may end so: "ساقية الكرت", "حمورية")."""
    if first and word.startswith("و") and not word.startswith("وادي"):
        return False
    if word.startswith(("لل", "بال", "كال")) or word in ("له", "لها", "لهم", "لنا", "به", "بها", "بهم"):
        return False
    if word.endswith(_PRONOUN_ENDINGS) and len(word) > 4:
        return False
    return not (facility and not word.startswith("ال") and word.endswith("يه") and len(word) > 4)


# the heads of an administrative district ("مديرية دار سعد"); a region the gazetteer also
# names so is a district, whose quarters "حي / أحياء X" names
_DISTRICT_HEADS = frozenset({"مديريه", "قضاء", "ناحيه"})


def _district(e: Entry) -> bool:
    """A region that is an administrative district (one of its names opens with a district head)."""
    return any(name_key(n).split(" ", 1)[0] in _DISTRICT_HEADS for n in e.names_ar)


def _strip_clitics(word: str) -> str:
    for pre in ("وب", "ول", "فب", "و", "ف", "ب", "ل"):
        if word.startswith(pre) and len(word) - len(pre) >= 2:
            return word[len(pre):]
    return word


@lru_cache(maxsize=1)
def _default() -> Geocoder:
    return Geocoder(default_gazetteer(), geo_lexicon())
