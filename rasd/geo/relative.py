"""Places written relative to another one, whose own point the gazetteer cannot give.

- A distance and bearing from a known place: "قرية X التي تبعد أكثر من 60 كلم شرق حلب",
  "في حي X في منطقة Y 35 كلم شمال شرق الفلوجة". The place described (unknown to the gazetteer,
  or a namesake far from the computed point) takes the point that far from the origin in that
  direction, as annotators compute it; ``gazetteer_id`` says so ("offset:<origin id>").
- A holder written after a list: "في مناطق A وB ومنطقة C وجميعها تابعة لمحافظة مأرب". Each
  unknown item takes the mean point of the known items of the same list that lie in the holder
  (the list's own neighbourhood), else the holder's point.
- A quarter or village set by a direction from a city ("حي اليرموك غربي بعقوبة") whose namesakes
  in the gazetteer all lie more than 50 km from that city and outside its governorate: the
  namesake is another place; the quarter takes the city's point ("near:<city id>").

These run after ``Geocoder.places()`` has found and resolved the article's mentions; they only
change or add places, never remove one.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.geo.gazetteer import Entry, fast_km
from rasd.geo.lexicon import rows
from rasd.lexicon import read_tsv
from rasd.text.normalize import Normalized, norm

if TYPE_CHECKING:
    from rasd.geo.geocoder import Geocoder, Place, _Mention

_AR = "\u0621-\u064a"
_TOKENS = re.compile(rf"[{_AR}]+|[0-9]+|[^\s{_AR}0-9]")
_WORDS = re.compile(rf"[{_AR}]+|[،,.؛:()\"\n]")
_SENTENCE_END = re.compile(r"[.!?؟\n;؛]")
_CLITICS = ("وب", "ول", "فب", "و", "ف", "ب", "ل")
_DIR_RE = r"(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|يه)?(?:\s+(?:ال)?(?:شرق|غرب)(?:ي|يه)?)?"
_LETTER_SET = frozenset(chr(c) for c in range(0x0621, 0x064B))
FAR_KM = 50.0  # a namesake this far from the city a direction is taken from is another place


@lru_cache(maxsize=1)
def _roles() -> dict[str, frozenset[str]]:
    """relative.tsv: normalised word -> its roles."""
    out: dict[str, set[str]] = {}
    for word, role, *_ in rows("relative.tsv"):
        out.setdefault(norm(word).strip(), set()).add(role)
    return {w: frozenset(r) for w, r in out.items()}


def _with(role: str) -> list[str]:
    return sorted((w for w, r in _roles().items() if role in r), key=len, reverse=True)


@lru_cache(maxsize=1)
def _numbers() -> dict[str, float]:
    """Number words that write a distance alone ("عشرين كيلومترا", "مئة كلم")."""
    return {norm(r[0]): float(r[1]) for r in read_tsv("number_words.tsv")
            if len(r) > 2 and r[2] in ("ten", "tens", "hundred", "hundreds")}


@lru_cache(maxsize=1)
def _distance_re() -> re.Pattern[str]:
    units = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _with("unit") + _with("mile"))
    words = "|".join(sorted(_numbers(), key=len, reverse=True))
    return re.compile(
        rf"(?<![{_AR}0-9.,])(?P<num>[0-9]+(?:[.,][0-9]+)?|(?:{words})(?![{_AR}]))\s*/?\s*"
        rf"(?P<unit>{units})(?![{_AR}])\s+(?:الي\s+)?(?P<dir>{_DIR_RE})(?![{_AR}])(?:\s+من)?\s+")


@lru_cache(maxsize=1)
def _distance_gate() -> re.Pattern[str]:
    """What every distance phrase holds: a unit's last word, then a direction ("كلم شمال").

    Cheap to search (no look-behind, no number words), it spares most articles the full pattern.
    """
    tails = "|".join(map(re.escape, unit_tails()))
    return re.compile(rf"(?:{tails})(?![{_AR}])\s+(?:الي\s+)?{_DIR_RE}")


@lru_cache(maxsize=1)
def unit_tails() -> list[str]:
    """The last words of the distance units, longest first, as ``_distance_gate`` looks for them.

    A tail's opening alef ("اميال") is left off: alef opens most words, and the rest suffices.
    """
    return sorted({w.split()[-1].removeprefix("ا") for w in _with("unit") + _with("mile")}, key=len, reverse=True)


def belong_words() -> list[str]:
    """The words ("تابعة", "الواقعة" ...) that ``_holder_re`` needs, longest first."""
    return _with("belong")


@lru_cache(maxsize=1)
def _holder_re() -> re.Pattern[str]:
    alls = "|".join(_with("all"))
    belong = "|".join(_with("belong"))
    return re.compile(rf"(?<![{_AR}])(?:(?P<all>{alls})\s+)?(?P<belong>{belong})(?![{_AR}])\s*(?:في\s+)?")


@lru_cache(maxsize=1)
def _belong_re() -> re.Pattern[str]:
    belong = "|".join(_with("belong"))
    return re.compile(rf"(?:{belong})(?![{_AR}])")


def _holder_hits(t: str, leads: list[int] | None = None) -> Iterator[re.Match[str]]:
    """``_holder_re().finditer(t)``, tried only where a belong word ends a word.

    The full pattern opens with a look-behind, so a search tries it at every character; a
    belong word is rare and cheap to find, and every match holds one: written alone, or after
    an "all" word and spaces (the word before the spaces). Match objects and order are the
    full search's. ``leads``: where the longest belong word ending each word begins, in order
    (``Geocoder._find`` collects them in its one scan), else searched for here.
    """
    full = _holder_re()
    end = 0
    for at in (lead.start() for lead in _belong_re().finditer(t)) if leads is None else leads:
        j = at
        while j > 0 and t[j - 1].isspace():
            j -= 1
        k = j
        while k > 0 and t[k - 1] in _LETTER_SET:
            k -= 1
        for pos in (k, at) if k < j < at else (at,):
            hit = full.match(t, pos) if pos >= end else None
            if hit is not None:
                end = hit.end()
                yield hit
                break


def destination(lat: float, lon: float, dist_km: float, bearing_deg: float) -> tuple[float, float]:
    """The point ``dist_km`` from (lat, lon) towards ``bearing_deg`` (flat, as maps are read)."""
    rad = math.radians(bearing_deg)
    dlat = dist_km * math.cos(rad) / 111.195
    dlon = dist_km * math.sin(rad) / (111.195 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def _bare(word: str) -> str:
    for pre in _CLITICS:
        if word.startswith(pre) and len(word) - len(pre) >= 2:
            return word[len(pre):]
    return word


def _direction(geo: Geocoder, phrase: str) -> int | None:
    """"الشمال الشرقي" / "شمال شرقي" / "الشمالية" -> a bearing from the lexicon's direction words."""
    words = [w[2:] if w.startswith("ال") else w for w in phrase.split()]
    words = [w[:-1] if w.endswith("يه") else w for w in words]
    for form in (" ".join(words), " ".join(w if w.endswith("ي") else w + "ي" for w in words)):
        b = geo.lex.directions.get(form)
        if b is not None and b >= 0:
            return b
    return None


class _Index:
    """Places of one article with their normalised spans, and its resolved mentions by start.

    The spans and the order of word starts are built on first use: most articles ask for neither.
    """

    def __init__(self, norm_text: Normalized, mentions: list[_Mention], out: list[Place]) -> None:
        self.norm_text = norm_text
        self.places = out
        self.by_ws = {m.start - len(m.prefix) - m.ll: m for m in mentions if m.accepted and m.best is not None}
        self.by_start = {m.start: m for m in mentions if m.accepted and m.best is not None}
        self.mentions = mentions
        # built on first use, by hand rather than by cached_property, which the compiled build
        # (setup.py) would run again at every use
        self._spans: list[tuple[int, int, Place]] | None = None
        self._ws_order: list[int] | None = None

    @property
    def spans(self) -> list[tuple[int, int, Place]]:
        if self._spans is None:
            offsets = self.norm_text.offsets
            self._spans = [(bisect_left(offsets, p.start), bisect_left(offsets, p.end), p) for p in self.places]
        return self._spans

    @property
    def _ws_sorted(self) -> list[int]:
        if self._ws_order is None:
            self._ws_order = sorted(self.by_ws)
        return self._ws_order

    def first_from(self, lo: int, hi: int) -> _Mention | None:
        """The resolved mention whose word starts first in [lo, hi]."""
        keys = self._ws_sorted
        i = bisect_left(keys, lo)
        return self.by_ws[keys[i]] if i < len(keys) and keys[i] <= hi else None

    def ending_at(self, end: int) -> Place | None:
        return next((p for s, e, p in self.spans if e == end), None)

    def starting_at(self, start: int) -> Place | None:
        return next((p for s, e, p in self.spans if s == start), None)

    def mention_of(self, p: Place) -> _Mention | None:
        s = bisect_left(self.norm_text.offsets, p.start)
        return self.by_start.get(s)

    def overlaps(self, a: int, b: int) -> list[_Mention]:
        return [m for m in self.mentions if m.start < b and a < m.end]


def _skip_heads(geo: Geocoder, t: str, pos: int, limit: int = 3) -> int:
    """Past head words and the capital's words ("العاصمة العراقية بغداد", "مدينة ماريوبول")."""
    from rasd.geo.geocoder import stems

    for _ in range(limit):
        w = re.match(rf"[{_AR}]+", t[pos:])
        if not w:
            break
        word = w.group()
        if not (word in ("العاصمه", "عاصمه") or any(s in geo.lex.heads for s in stems(word))
                or pos > 0 and word.startswith("ال") and word.endswith("يه") and t[:pos].rstrip().endswith("العاصمه")):
            break
        pos += len(word)
        while pos < len(t) and t[pos] == " ":
            pos += 1
    return pos


def _origin(m: _Mention) -> Entry | None:
    """The point a distance is measured from: a town (a governorate's seat), never a country."""
    e = m.best
    if e is None or e.kind == "country":
        return None
    if e.kind == "province":
        seats = [c for c in m.cands if c.kind == "town" and c.cc == e.cc and c.admin1 == e.admin1]
        return max(seats, key=lambda c: c.population) if seats else None
    return e


def _relocate(geo: Geocoder, p: Place, lat: float, lon: float, ref: Entry, gid: str) -> None:
    where = geo.reverse(lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None
    country = geo.gaz.country_name(ref.cc)
    admin1 = ref.admin1 or None
    if where is not None and where["country"] == country:
        admin1 = where["admin1"]
    p.location.update({"name": None, "country": country, "admin1": admin1, "lat": round(lat, 4),
                       "lon": round(lon, 4), "precision": "town", "gazetteer_id": gid})
    p.kind = "town"
    p.confidence = 0.5


def offsets(geo: Geocoder, norm_text: Normalized, t: str, mentions: list[_Mention], out: list[Place],
            tails: list[int] | None = None) -> None:
    """"قرية X التي تبعد 60 كلم شرق حلب": X takes the point 60 km east of Aleppo when the
    gazetteer lacks it or holds only namesakes far from there.

    ``tails``: where the unit tails (``unit_tails``) that end a word begin (``Geocoder._find``
    collects them): the gate is then tried only there instead of searched for.
    """
    if "كم" not in t and "كلم" not in t and "كيلو" not in t and "ميل" not in t:
        return
    gate = _distance_gate()
    if not (gate.search(t) if tails is None else any(gate.match(t, at) for at in tails)):
        return
    index: _Index | None = None
    lead = _roles()
    for hit in _distance_re().finditer(t):
        bearing = _direction(geo, hit.group("dir"))
        if bearing is None:
            continue
        num = hit.group("num")
        dist = float(num.replace(",", ".")) if num[0].isdigit() else _numbers()[num]
        if "mile" in lead.get(norm(hit.group("unit")).strip(), ()):
            dist *= 1.609
        if not 0 < dist <= 1500:
            continue
        if index is None:
            index = _Index(norm_text, mentions, out)
        ym = index.by_ws.get(_skip_heads(geo, t, hit.end()))
        origin = _origin(ym) if ym is not None else None
        if origin is None or ym is None:
            continue
        x = _described(geo, t, hit.start(), index)
        if x is None or x.location.get("gazetteer_id") == origin.gid or x.name_ar == ym.key:
            continue  # "600 كلم إلى الغرب من درنة" written after Derna itself
        lat, lon = destination(origin.lat, origin.lon, dist, bearing)
        gid = f"offset:{origin.gid}"
        loc = x.location
        if loc.get("name") is None:  # unknown, or only borrowing a holder's point
            _relocate(geo, x, lat, lon, origin, gid)
            continue
        xm = index.mention_of(x)
        if xm is None or x.kind != "town":
            continue
        tol = max(25.0, 0.4 * dist)
        near = sorted((fast_km(lat, lon, c.lat, c.lon), i) for i, c in enumerate(xm.cands)
                      if c.kind == "town" and fast_km(lat, lon, c.lat, c.lon) <= tol)
        if near:
            c = xm.cands[near[0][1]]
            keep = loc.get("lat") is not None and fast_km(lat, lon, loc["lat"], loc["lon"]) <= tol
            if not keep and c.gid != loc.get("gazetteer_id"):  # the namesake the distance points at
                x.location = geo._location(x.name_ar, c, "town", c.lat, c.lon)
        elif loc.get("lat") is not None and loc.get("country") != geo.gaz.country_name(origin.cc) \
                and fast_km(lat, lon, loc["lat"], loc["lon"]) > max(300.0, 3 * dist):
            _relocate(geo, x, lat, lon, origin, gid)  # a namesake in another country, far away


def _described(geo: Geocoder, t: str, at: int, index: _Index) -> Place | None:
    """The place a distance phrase starting at ``at`` describes: the one written right before it,
    past "، التي تبعد أكثر من" and at most one holder without a point ("في منطقة الثرثار")."""
    roles = _roles()
    lo = max(0, at - 120)
    toks = [(m.group(), lo + m.start(), lo + m.end()) for m in _TOKENS.finditer(t[lo:at])]
    popped: list[str] = []
    while toks and ("lead" in roles.get(toks[-1][0], ()) or toks[-1][0] in "،,(-/–"):
        popped.append(toks.pop()[0])
    # "مثل درنة، تقع على بعد ...": a verb without "التي" speaks of the sentence's subject
    if not toks or any("verb" in roles.get(w, ()) for w in popped) and not any("relative" in roles.get(w, ()) for w in popped):
        return None
    end = toks[-1][2]
    place = index.ending_at(end)
    if place is not None:
        return place if place.kind not in ("province", "country") or place.location.get("name") is None else None
    # "في حي X في منطقة Y 35 كلم ...": Y has no point; the phrase places X and Y alike
    for k in (2, 3):
        if len(toks) <= k:
            break
        chunk = toks[-k:]
        first = chunk[0][0]
        opener = first == "في" and k == 3 or first.startswith("ب") and _bare(first) in geo.lex.heads
        if not opener or (first == "في" and chunk[1][0] not in geo.lex.heads):
            continue
        if any(index.overlaps(a, b) for _, a, b in chunk[1:]) or any(not re.fullmatch(f"[{_AR}]+", w) for w, _, _ in chunk):
            continue
        place = index.ending_at(toks[-k - 1][2])
        if place is not None and place.location.get("name") is None:
            return place
    return None


def trailing_holders(geo: Geocoder, norm_text: Normalized, t: str, mentions: list[_Mention],
                     covered: list[tuple[int, int]], out: list[Place], leads: list[int] | None = None) -> list[Place]:
    """"اشتباكات في مناطق A وB ومنطقة C وجميعها تابعة لمحافظة مأرب": the unknown items of the
    list take a point from the holder written after it (``leads``: as for ``_holder_hits``)."""
    from rasd.geo.geocoder import Place, _could_name, _framing_words, stems

    found: list[Place] = []
    if "تابع" not in t and "تتبع" not in t and "الواقع" not in t and "تقع" not in t:
        return found
    index: _Index | None = None
    for hit in _holder_hits(t, leads):
        if index is None:
            index = _Index(norm_text, mentions, out)
        # the holder: the next place, past its head word ("لمحافظة مأرب")
        pos = hit.end()
        hm = index.first_from(pos, pos + 16)
        if hm is None or hm.best is None or hm.best.kind == "country":
            continue
        hws = hm.start - len(hm.prefix) - hm.ll
        between = _WORDS.findall(t[pos:hws])
        if len(between) > 1 or any(not any(s in geo.lex.heads for s in stems(w)) for w in between):
            continue
        holder = index.starting_at(hm.start)
        if holder is None or holder.location.get("lat") is None:
            continue
        items, opener = _list_before(geo, t, hit.start())
        if opener is None or len(items) < 2 or (hit.group("all") is None and opener != "head"):
            continue
        siblings: list[Place] = []
        unknown: list[tuple[int, int]] = []
        pointless: list[Place] = []  # framed by a head ("قرى X وY") but given no point yet
        roles = _framing_words()
        for words in items:
            a, b = words[0][1], words[-1][2]
            ms = index.overlaps(a, b)
            if any(m.accepted and m.best is not None for m in ms):
                siblings += [p for m in ms if m.accepted and (p := index.starting_at(m.start)) is not None]
                continue
            framed = [p for s, e, p in index.spans if s < b and a < e]
            if framed:
                pointless += [p for p in framed if p.location.get("lat") is None and p.location.get("name") is None]
                continue
            first = words[0][0]
            if len(first) < 3 or roles.get(first) in ("stop", "head", "heads") or not _could_name(first, True, False):
                continue
            if not any(p.start < b and a < p.end for p in found):
                unknown.append((a, b))
        if not unknown and not pointless:
            continue
        hloc = holder.location
        inside = [p for p in siblings if p.location.get("lat") is not None and p.location.get("country") == hloc["country"]
                  and (p.location.get("admin1") == hloc.get("admin1") if hloc["precision"] == "province"
                       else fast_km(p.location["lat"], p.location["lon"], hloc["lat"], hloc["lon"]) <= 60)]
        if inside:
            lat = sum(p.location["lat"] for p in inside) / len(inside)
            lon = sum(p.location["lon"] for p in inside) / len(inside)
            precision = "region"
        else:
            lat, lon = hloc["lat"], hloc["lon"]
            precision = "province" if hloc["precision"] == "province" else "region"
        for p in pointless:
            p.location.update({"country": hloc["country"], "admin1": hloc.get("admin1"), "lat": round(lat, 4),
                               "lon": round(lon, 4), "precision": precision})
            p.kind = precision
        for a, b in unknown:
            s, e = norm_text.span(a, b)
            name_ar = norm_text.original[s:e]
            loc = {"name_ar": name_ar, "name": None, "country": hloc["country"], "admin1": hloc.get("admin1"),
                   "lat": round(lat, 4), "lon": round(lon, 4), "precision": precision,
                   "gazetteer_id": hloc.get("gazetteer_id")}
            found.append(Place(s, e, name_ar, loc, precision, 0.4))
            covered.append((a, b))
    return found


def _list_before(geo: Geocoder, t: str, at: int) -> tuple[list[list[tuple[str, int, int]]], str | None]:
    """The items of the list that ends at ``at`` ("في مناطق A وB والتباب السود ومنطقة C"), each
    without its head or direction words, and what opens the list: "head" (a plural head word such
    as "مناطق", "قرى"), "prep" ("في", "ب") or None (no list)."""
    from rasd.geo.geocoder import stems

    ends = list(_SENTENCE_END.finditer(t, max(0, at - 300), at))
    lo = ends[-1].end() if ends else max(0, at - 300)
    toks = [(m.group(), lo + m.start(), lo + m.end()) for m in _WORDS.finditer(t[lo:at])]
    items: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    heads = geo.lex.heads
    for word, a, b in reversed(toks):
        if word in "،,":
            if cur:
                items.append(cur)
            cur = []
            continue
        if not _LETTERS_RE.fullmatch(word):
            return [], None
        bare = _bare(word)
        head = heads.get(bare)
        if word == "في" or head is not None and (head.plural or bare == "مناطق"):
            if cur:
                items.append(cur)
            return _names(geo, items[::-1], stems), ("prep" if word == "في" else "head")
        if word.startswith("وو") or word.startswith("و") and not word.startswith("وادي") and len(word) > 3:
            cur.insert(0, (word[1:], a + 1, b))
            items.append(cur)
            cur = []
        else:
            cur.insert(0, (word, a, b))
        if len(cur) > 4 or len(items) > 12:
            return [], None
    return [], None


_LETTERS_RE = re.compile(f"[{_AR}]+")


def _names(geo: Geocoder, items: list[list[tuple[str, int, int]]], stems) -> list[list[tuple[str, int, int]]]:
    """Each item without its leading head and direction words ("منطقة ماس" -> "ماس"); an item of
    more than three name words means the words were no list."""
    out = []
    for words in items:
        k = 0
        while k < len(words) and (any(s in geo.lex.heads and not geo.lex.heads[s].part_of_name for s in stems(words[k][0]))
                                  or words[k][0] in geo.lex.directions):
            k += 1
        rest = words[k:]
        if len(rest) > 3:
            return []
        if rest:
            out.append(rest)
    return out


def far_quarters(geo: Geocoder, norm_text: Normalized, t: str, mentions: list[_Mention], out: list[Place]) -> None:
    """"حي اليرموك الثانية غربي بعقوبة": a quarter or village (named with a head word) set by a
    direction from a city, whose namesakes all lie more than 50 km from that city and outside its
    governorate, is a place the gazetteer lacks; it takes the city's point."""
    from rasd.geo.geocoder import _QUARTER_HEADS, _framing_words

    framing = _framing_words()
    index: _Index | None = None
    live = [m for m in mentions if m.accepted and m.best is not None]
    for m, n in zip(live, live[1:], strict=False):
        if m.head != "town" or not (m.head_word in _QUARTER_HEADS or framing.get(m.head_word) in ("head", "heads", "named")):
            continue
        if m.best is None or m.best.kind != "town" or n.best is None or n.best.kind != "town" \
                or n.direction is None or n.direction < 0 or n.head is not None:
            continue
        gap = _WORDS.findall(t[m.end:n.start - len(n.prefix) - n.ll])
        dirs = [w for w in gap if w in geo.lex.directions or _bare(w) in geo.lex.directions]
        others = [w for w in gap if w not in dirs]
        if not dirs or len(others) > 1 or any(not _LETTERS_RE.fullmatch(w) or not w.startswith("ال") for w in others):
            continue
        city = n.best
        if any(c.kind == "town" and (fast_km(c.lat, c.lon, city.lat, city.lon) <= FAR_KM or (
                c.cc, c.admin1) == (city.cc, city.admin1)) for c in m.cands if c is m.best):
            continue  # near the city, or in its governorate ("قرية زاركلي شمال أربيل")
        if index is None:
            index = _Index(norm_text, mentions, out)
        p = index.starting_at(m.start)
        if p is None or p.kind != "town" or p.location.get("gazetteer_id") != m.best.gid:
            continue
        near = sorted((fast_km(city.lat, city.lon, c.lat, c.lon), i) for i, c in enumerate(m.cands)
                      if c.kind == "town" and (fast_km(city.lat, city.lon, c.lat, c.lon) <= FAR_KM
                                               or (c.cc, c.admin1) == (city.cc, city.admin1)))
        if near:
            c = m.cands[near[0][1]]
            p.location = geo._location(p.name_ar, c, "town", c.lat, c.lon)
        else:
            _relocate(geo, p, city.lat, city.lon, city, f"near:{city.gid}")
