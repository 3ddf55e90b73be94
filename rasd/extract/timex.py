"""Time expressions in Arabic news, resolved against the publication date.

Wire reports date events relative to the day they are filed ("أمس الجمعة", "خلال الـ 24
ساعة الماضية", "مايو (أيار) الماضي"), so an event's date comes from the expression and
the publication date together. Matching runs on the normalised text (rasd.text.normalize)
and every span is mapped back to the original. Word lists live in
``rasd/lexicon/data/time_*.tsv``.

Conventions (SPEC.md): a day is ``date == date_to``; a period is ``date..date_to``; a
month known alone is its first..last day, a year Jan 1..Dec 31. Choices made here:

- a bare weekday ("الجمعة") is the last such day on or before publication; with الماضي
  strictly before, with المقبل strictly after; after اليوم/أمس ("أمس (السبت)") the weekday
  wins and is taken nearest to the day اليوم/أمس points at, which absorbs a publication
  date that is a crawl date a day late;
- a night is the night of that day, as news uses it: "ليل الخميس" / "ليلة الخميس" =
  Thursday..Friday (in a paper of the named day, the night that ended that morning:
  "ليلة السبت" on a Saturday = Friday..Saturday), "الليلة الماضية" and "ليلة أمس" =
  published-1..published, as "خلال الليل" / "طوال الليل" (in wire copy, the night that ended
  the morning the report was filed), "ليل الخميس - الجمعة" = Thursday..Friday; after midnight ("بعد منتصف ليل أمس") is the next day alone;
- weeks are calendar weeks starting on Sunday (the working week across most of the Arab
  world): "الأسبوع الماضي" = the Sunday..Saturday before the week holding publication,
  "هذا الأسبوع" / "الأسبوع الجاري" = that week, "الأسبوع المقبل" the next (precision 'week');
  counted weeks roll ("الأسبوعين الماضيين" = published-14..published); a bare "نهاية الأسبوع"
  is the wire's weekend, the last Saturday..Sunday (no later than publication) whose Saturday is
  not after publication ("عطلة نهاية الأسبوع", leave, is no time of a deed);
  months and years are calendar ones ("الشهر الماضي" = the previous calendar month);
- a day and month without a year take the latest year that puts it no later than
  publication + 1 day; a month alone the latest whose first day is not after publication;
- "منذ ثلاثة أيام" / "قبل ثلاثة أيام" = published-3 (a start point or the day it happened);
- "خلال الـ48 ساعة" / "طوال الأيام الثلاثة" (a definite count, no "الماضية") = the span that
  ends on publication, as with "الماضية"; "خلال 48 ساعة" (indefinite) is a deadline, undated;
- "في اليوم نفسه" / "في ذات اليوم" = the day of the last day named before it (a sentence or
  two back), unresolved when there is none; "صباح اليوم التالي" is not today;
- vague periods: "الساعات الماضية" one day, "الأيام الماضية" seven ("القليلة" three),
  "الأسابيع الماضية" 21 days ("القليلة" 14), months three ("القليلة" two).

Without a publication date only absolute expressions get a date; relative ones are
returned with ``date`` None.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import ahocorasick
from hijridate import Gregorian, Hijri

import rasd.lexicon
from rasd.text.normalize import Normalized, norm, normalize, normalize_char

DATA_DIR = Path(rasd.lexicon.__file__).resolve().parent / "data"

PRECISIONS = ("day", "range", "week", "month", "year")
_ONE = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """One time expression: offsets into the original text and the dates it stands for.

    ``date``..``date_to`` is the period meant, both ends included (one day: the two are
    equal); both are None when it cannot be resolved (a relative expression and no
    publication date, or a date outside the calendar tables).

    ``relative`` is True when the publication date was needed to resolve it; ``kind`` is
    'past', 'future' or 'present' as the text marks it (الماضي, المقبل, الجاري, أمس,
    غدا...), else as the resolved dates fall against publication, '' when neither is known.
    """

    start: int
    end: int
    date: dt.date | None
    date_to: dt.date | None
    precision: str
    relative: bool
    kind: str


# ---------------------------------------------------------------- word lists

def _rows(name: str | Path, width: int) -> list[list[str]]:
    """Rows of a time_*.tsv file; a malformed line is an error naming file and line."""
    path = DATA_DIR / name
    out: list[list[str]] = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != width or not all(c.strip() for c in cells):
            raise ValueError(f"{path}:{no}: expected {width} tab-separated fields, got {line!r}")
        out.append([c.strip() for c in cells])
    return out


def _int(value: str, table: str, lo: int, hi: int) -> int:
    """A whole number from a table cell, in [lo, hi]; else an error naming the table."""
    try:
        number = int(value)
    except ValueError:
        number = lo - 1
    if not lo <= number <= hi:
        raise ValueError(f"{DATA_DIR / table}: {value!r} is not a number in {lo}..{hi}")
    return number


def _key(s: str) -> str:
    return " ".join(s.split())


@dataclass(frozen=True, slots=True)
class _Month:
    calendar: str  # 'greg' | 'hijri'
    month: int
    ambiguous: bool


_MONTHS: dict[str, _Month] = {}
for _f, _cal, _m, _amb in _rows("time_months.tsv", 4):
    if _cal not in ("greg", "hijri"):
        raise ValueError(f"{DATA_DIR / 'time_months.tsv'}: unknown calendar {_cal!r} for {_f!r}")
    _MONTHS[_key(norm(_f))] = _Month(_cal, _int(_m, "time_months.tsv", 1, 12), _amb == "1")

_WEEKDAYS: dict[str, tuple[int, bool]] = {
    _key(norm(f)): (_int(w, "time_weekdays.tsv", 0, 6), a == "1") for f, w, a in _rows("time_weekdays.tsv", 3)}
_DAYPARTS: dict[str, int] = {
    _key(norm(f)): _int(n, "time_dayparts.tsv", 0, 2) for f, n in _rows("time_dayparts.tsv", 2)}
_NIGHT, _AFTER_MIDNIGHT = 1, 2

_DAYWORDS: dict[str, tuple[int, int, str]] = {}
_MODS: dict[str, str] = {}
_UNITS: dict[str, tuple[str, int | None]] = {}
_WORDS: dict[str, set[str]] = {role: set() for role in (
    "approx", "few", "since", "prep", "name_before", "not_after", "two_before", "two_after", "verb_before",
    "same_before", "same_after", "span_lead", "leave")}
_PHASES: dict[str, tuple[int, int]] = {}


def _span(value: str) -> tuple[int, int]:
    a, _, b = value.partition("..")
    return _int(a, "time_relative.tsv", -31, 31), _int(b or a, "time_relative.tsv", -31, 31)


for _role, _phrase, _value, _kind in _rows("time_relative.tsv", 4):
    _p = _key(norm(_phrase))
    if _role == "day":
        _DAYWORDS[_p] = (*_span(_value), _kind)
    elif _role == "mod":
        _MODS[_p] = _kind
    elif _role == "unit":
        _u, _, _c = _value.partition(":")
        _UNITS[_p] = (_u, None if _c == "n" else int(_c))
    elif _role == "phase":
        _PHASES[_p] = _span(_value)
    elif _role in _WORDS:
        _WORDS[_role].add(_p)
    else:
        raise ValueError(f"{DATA_DIR / 'time_relative.tsv'}: unknown role {_role!r}")

_CARDINALS: dict[str, int] = {}
_ORDINALS: dict[str, int] = {}
for _role, _f, _v in _rows("time_numbers.tsv", 3):
    if _role not in ("cardinal", "ordinal"):
        raise ValueError(f"{DATA_DIR / 'time_numbers.tsv'}: unknown role {_role!r}")
    (_CARDINALS if _role == "cardinal" else _ORDINALS)[_key(norm(_f))] = _int(_v, "time_numbers.tsv", 1, 1000)


def month_names(month: int, calendar_name: str = "greg") -> tuple[str, ...]:
    """The normalised names of a month (1-12) in the lexicon, e.g. ('مارس', 'اذار', ...)."""
    return tuple(f for f, m in _MONTHS.items() if m.month == month and m.calendar == calendar_name)


def month_number(word: str) -> tuple[str, int] | None:
    """(calendar, month) for a month name in any spelling ("آذار", "ذي الحجة"), else None."""
    m = _MONTHS.get(_key(norm(word)))
    return (m.calendar, m.month) if m else None


def weekday_number(word: str) -> int | None:
    """Python weekday (0=Monday) of a weekday name with or without ال/يوم, else None."""
    w = _key(norm(word))
    w = w.removeprefix("يوم ").removeprefix("ال")
    hit = _WEEKDAYS.get(w)
    return hit[0] if hit else None


# ---------------------------------------------------------------- patterns

def _alt(forms: Iterable[str]) -> str:
    """A regex alternation of normalised forms, any spacing inside, written as a trie: the
    branches at each point start with different letters, so the engine tests one or two
    letters per position instead of every form. A form is tried before the shorter forms it
    extends, as a longest-first alternation tries it ("تشرين الاول" before "تشرين")."""
    trie: dict[str, dict] = {}
    for form in {_key(f) for f in forms}:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here
    return "(?:" + _trie_pattern(trie) + ")"


def _trie_pattern(node: dict[str, dict]) -> str:
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(child)
            for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    if "" in node:
        alts.append("")  # the form that ends here, once every longer one has failed
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


_L = r"(?<!\w)"
_R = r"(?!\w)"
_CLITIC = r"(?:[وف]?[بل](?=\w)|[وف](?=\w))?"
_MONTH = _alt(_MONTHS)
_WD = _alt(_WEEKDAYS)
_PART = _alt(_DAYPARTS)
_MOD = _alt(_MODS)
_UNIT = _alt(_UNITS)
_CARD = _alt(_CARDINALS)
_COUNT = rf"(?:\d{{1,3}}|{_CARD}(?:\s+و\s*(?:ال)?{_CARD})*)"
_ORD = _alt(_ORDINALS)
_PHASE = _alt(_PHASES)
_APPROX = _alt(_WORDS["approx"])
_FEW = _alt(_WORDS["few"])
_ERA = r"(?:ميلاديه|ميلادي|م|هجريه|هجري|للهجره|ه)"
_ART = r"(?:ال|(?<=ل)ل)"
_LEAD = r"(?:خلال|طوال|طيله|علي\s+مدي|علي\s+مدار|علي\s+امتداد|في\s+غضون)"


def _opens(forms: Iterable[str], *patterns: str) -> str:
    """A lookahead that the text goes on with one of ``patterns`` or the first four letters
    of one of ``forms``: what every match of a pattern opens with, put in front of patterns
    whose many optional openings the engine would otherwise try one by one at each word start
    of a window. Most words fail it on one small trie; it changes no match."""
    return "(?=" + "|".join([*patterns, _alt(_key(f)[:4] for f in forms)]) + ")"


_DAY_RE = re.compile(
    rf"{_L}[وف]?{_opens([*_DAYPARTS, *_DAYWORDS])}"
    rf"(?P<x>(?:(?P<part>{_PART})\s+)?(?P<word>{_alt(_DAYWORDS)})"
    rf"(?:\s*[\"(]\s*ال(?P<wd>{_WD})\s*[\")]|\s+ال(?P<wd2>{_WD})(?!\s+عشره?{_R}))?){_R}")

_WEEKDAY_RE = re.compile(
    rf"{_L}{_CLITIC}{_opens([*_DAYPARTS, 'يوم', *('ال' + w for w in _WEEKDAYS)])}"
    rf"(?P<x>(?:(?P<part>{_PART})\s+)?(?:(?P<yawm>يوم)\s+)?ال(?P<wd>{_WD})"
    rf"(?:(?:\s*[-–/]\s*|\s+(?:الي|علي|حتي)\s+|\s+و|\s+(?=ال))ال(?P<wd2>{_WD}))?"
    rf"(?:\s+(?P<mod>{_MOD}))?){_R}(?!\s+عشره?{_R})")

_YEAR_TAIL = (
    rf"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:ال|(?<=ل)ل)?(?:عام|سنه)\s+)?(?P<year>\d{{4}})(?!\d)"
    rf"(?:\s*(?P<era>{_ERA}){_R})?"
    rf"|\s+(?:من\s+)?(?:(?:ال|(?<=ل)ل)(?:عام|سنه)\s+(?P<ymod>{_MOD})|(?P<ythis>هذا\s+العام|هذه\s+السنه)))?")

_DATE_OPENS = _opens(
    ["يوم", "شهر", "الشهر", "لشهر", "هذا", *("ال" + w for w in _WEEKDAYS), *_DAYPARTS, *_ORDINALS,
     *_PHASES, *_MONTHS], r"\d", r"ال\s?\d")
_DATE_RE = re.compile(
    rf"{_L}{_CLITIC}{_DATE_OPENS}(?P<x>"
    rf"(?:(?:يوم\s+)?ال(?P<wd>{_WD})\s*[،,]?\s*(?:الموافق\s+)?(?P<lp>\(\s*)?)?"
    rf"(?:(?P<part>{_PART})\s+)?(?:يوم\s+)?"
    rf"(?:(?:ال\s?)?(?P<day>\d{{1,2}})(?!\d)"
    rf"(?:(?:\s*[-–]\s*|\s+(?:الي|حتي)\s+|\s+و\s*)(?P<day2>\d{{1,2}})(?!\d))?\s*(?:من\s+)?"
    rf"|(?P<ord>{_ORD})\s+من\s+|(?P<phase>{_PHASE})\s+)?"
    rf"(?:(?P<shahr>(?:ال|(?<=ل)ل)?شهر)\s+)?"
    rf"(?:(?P<mon>{_MONTH})(?P<pair>\s*(?:/|[-–])\s*{_MONTH}|\s*\(\s*{_MONTH}\s*\)|\s+{_MONTH})?"
    rf"|(?P<cur>(?:ال|(?<=ل)ل)شهر\s+(?P<cmod>{_MOD})|هذا\s+الشهر))"
    rf"{_YEAR_TAIL}(?:\s+(?P<mod>{_MOD}))?(?(lp)\s*\))){_R}")

_NUMERIC_RE = re.compile(
    rf"(?<![\w/.\-])(?P<x>(?P<a>\d{{1,4}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<c>\d{{1,4}})"
    rf"(?:\s*(?P<era>{_ERA}){_R})?)(?![\w/\-]|[.,]\d)")

_YEAR_OPENS = _opens(["عام", "سنه", "العام", "السنه", "لعام", "لسنه", "عامي", "سنتي"], r"\d")
_YEAR_RE = re.compile(
    rf"{_L}{_CLITIC}{_YEAR_OPENS}(?P<x>(?:(?P<yw>{_ART}?(?:عام|سنه)|عامي|سنتي)\s+)?(?P<year>\d{{4}})"
    rf"(?:\s*(?:[-–/]|\s+(?:الي|حتي)\s+|\s+و)\s*(?P<year2>\d{{4}}))?"
    rf"(?:\s*(?P<era>{_ERA}){_R})?)(?![\w/\-]|[.,]\d)")

_PERIOD_OPENS = _opens(
    ["خلال", "طوال", "طيله", "علي", "في", *_PHASES, *("ال" + u for u in _UNITS), *("ل" + u for u in _UNITS),
     *_CARDINALS, *("ال" + c for c in _CARDINALS)], r"\d", r"ال[\s\d]")
_PERIOD_RE = re.compile(
    rf"{_L}{_CLITIC}{_PERIOD_OPENS}(?P<x>(?:(?P<lead>{_LEAD})\s+)?(?:(?P<phase>{_PHASE})\s+)?"
    rf"(?:{_ART}(?P<unit>{_UNIT})(?:\s+(?:ال\s?)?(?P<cnt>{_COUNT}))?"
    rf"|(?:ال\s?)?(?P<cnt2>{_COUNT})\s+(?:ال)?(?P<unit2>{_UNIT}))"
    rf"(?:\s+(?P<few>{_FEW}))?\s+(?P<mod>{_MOD})){_R}")

_THIS_RE = re.compile(rf"{_L}{_CLITIC}(?P<x>(?:هذا|هذه)\s+ال(?P<unit>{_UNIT})){_R}")

# "خلال الـ48 ساعة": a counted span made definite, with no "الماضية" after it, is the span
# that ends on publication (the report counts back from the day it is filed)
_LAST_LEADS = sorted(_WORDS["span_lead"])

_LAST_RE = re.compile(
    rf"{_L}[وف]?(?P<x>(?:{_alt(_LAST_LEADS)})\s+(?:ال\s?(?P<cnt>{_COUNT})\s+(?P<unit>{_UNIT})"
    rf"|ال(?P<unit2>{_UNIT})\s+ال\s?(?P<cnt2>{_COUNT}))){_R}")

# "في نهاية الأسبوع" alone: the weekend just gone ("نهاية الأسبوع الماضي / المقبل / الجاري" are
# the period pattern's, "نهاية هذا الأسبوع" one to come)
_HOLIDAY = frozenset(_WORDS["leave"])  # "عطلة نهاية الأسبوع" is leave
_WEEKEND_RE = re.compile(rf"{_L}{_CLITIC}(?P<x>نهايه\s+الاسبوع){_R}(?!\s+(?:{_MOD}|{_FEW}){_R})")

_SINCE_RE = re.compile(
    rf"{_L}[وف]?(?P<x>(?P<since>{_alt(_WORDS['since'])})\s+(?:{_APPROX}\s+)?"
    rf"(?:(?P<cnt>{_COUNT})\s+)?(?P<unit>{_UNIT})(?:\s+(?P<few>{_FEW}|قليله))?){_R}"
    rf"(?!\s*\d)(?!\s+(?:ال(?!ي{_R})|من{_R}|علي{_R}|عن{_R}|{_MONTH}{_R}))")

_WORD_BEFORE = re.compile(r"(\w+)\s*$")
_WORD_AFTER = re.compile(r"\s*(\w+)")


def _prev_word(t: str, pos: int) -> str:
    m = _WORD_BEFORE.search(t, max(0, pos - 40), pos)
    return m.group(1) if m else ""


def _next_word(t: str, pos: int) -> str:
    m = _WORD_AFTER.match(t, pos)
    return m.group(1) if m else ""


def _bare(word: str, role: str = "prep") -> str:
    """A neighbouring word without its clitic when that makes it a known word ("وفي" -> "في")."""
    vocab = _WORDS[role]
    if word not in vocab and len(word) > 2 and word[0] in "وفبل" and word[1:] in vocab:
        return word[1:]
    return word


def _near(t: str, start: int, end: int, before: str, after: str) -> bool:
    """Whether the word before [start, end) is in role ``before`` or the one after in ``after``."""
    return (_bare(_prev_word(t, start), before) in _WORDS[before]
            or _bare(_next_word(t, end), after) in _WORDS[after])


# ---------------------------------------------------------------- calendar arithmetic

def resolve_weekday(weekday: int, anchor: dt.date, mode: str = "on_or_before") -> dt.date:
    """The ``weekday`` (0=Monday) relative to ``anchor``.

    mode: 'on_or_before' (same day allowed), 'before' (strictly), 'after' (strictly) or
    'nearest' (within three days either side).
    """
    diff = (anchor.weekday() - weekday) % 7
    if mode == "on_or_before":
        return anchor - dt.timedelta(days=diff)
    if mode == "before":
        return anchor - dt.timedelta(days=diff or 7)
    if mode == "after":
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if mode == "nearest":
        return anchor - dt.timedelta(days=diff if diff <= 3 else diff - 7)
    raise ValueError(f"resolve_weekday: unknown mode {mode!r}")


def month_range(year: int, month: int, calendar_name: str = "greg") -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day of a Gregorian or Hijri month; None outside the tables."""
    try:
        if calendar_name == "hijri":
            h = Hijri(year, month, 1)
            first = h.to_gregorian()
            start = dt.date(first.year, first.month, first.day)
            return start, start + dt.timedelta(days=h.month_length() - 1)
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    except (ValueError, OverflowError):
        return None


def year_range(year: int, calendar_name: str = "greg") -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day of a Gregorian or Hijri year; None outside the tables."""
    if calendar_name == "hijri":
        first = month_range(year, 1, "hijri")
        last = month_range(year, 12, "hijri")
        return (first[0], last[1]) if first and last else None
    if not 1 <= year <= 9999:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def to_gregorian(year: int, month: int, day: int, calendar_name: str = "greg") -> dt.date | None:
    """A day in either calendar as a Gregorian date; None when it does not exist."""
    try:
        if calendar_name == "hijri":
            g = Hijri(year, month, day).to_gregorian()
            return dt.date(g.year, g.month, g.day)
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _year_of(published: dt.date, calendar_name: str) -> int | None:
    if calendar_name == "greg":
        return published.year
    try:
        return Gregorian(published.year, published.month, published.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def _week_start(d: dt.date) -> dt.date:
    """The Sunday on or before ``d``: the working week starts on Sunday in most of the Arab world."""
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


# ---------------------------------------------------------------- resolvers

_Hit = tuple[int, int, dt.date | None, dt.date | None, str, bool, str]  # norm span, fields


def _count(text: str | None) -> int | None:
    if not text:
        return None
    text = _key(text)
    if text.isdigit():
        return int(text)
    total = 0
    for part in re.split(r"\s+و\s*", text):
        part = part.removeprefix("ال") if part.removeprefix("ال") in _CARDINALS else part
        if part not in _CARDINALS:
            return None
        total += _CARDINALS[part]
    return total


_DAYS_IN = {"day": 1, "week": 7}


def days_before(words: Sequence[str]) -> int | None:
    """"بعد أربعة أيام على الهجوم"، "بعد يومين من التفجير": from the (normalised) words before the
    "على / من", how many days before the sentence's day the act named after it happened."""
    if len(words) >= 2 and words[-2] == "بعد" and words[-1] in _UNITS:
        unit, fixed = _UNITS[words[-1]]  # "بعد يومين"، "بعد أسبوع"
        if unit in _DAYS_IN and fixed is not None:
            return fixed * _DAYS_IN[unit]
    if len(words) >= 3 and words[-3] == "بعد" and _UNITS.get(words[-1], ("", 0))[0] == "day":
        n = _count(words[-2])  # "بعد أربعة أيام"، "بعد 3 أيام"
        return n if n is not None and 0 < n < 60 else None
    return None


def _day_word(m: re.Match[str], t: str, n: Normalized, p: dt.date | None) -> _Hit | None:
    word = _key(m["word"])
    part = _key(m["part"]) if m["part"] else None
    frm, to, kind = _DAYWORDS[word]
    wd_text = m["wd"] or m["wd2"]
    s, e = m.start("x"), m.end("x")
    if word in ("غد", "الغد") and not part:
        return None
    if word == "غدا" and not part and not wd_text:
        o_s, o_e = n.span(m.start("word"), m.end("word"))
        if "\u064b" not in n.original[o_s:o_e + 1] and _bare(_prev_word(t, s), "verb_before") in _WORDS[
                "verb_before"]:
            return None  # the verb غدا "became" ("قد غدا أفقيا")
    night = _DAYPARTS[part] if part else 0
    if word in ("اليوم", "الليله") and not wd_text:
        same = _same_day(t, s, e)
        if same is not None:
            return None if night == _AFTER_MIDNIGHT else (
                s, same, None, None, "range" if night else "day", True, _SAME)
    if word in ("اليوم", "الليله"):
        # "صباح اليوم التالي": a part of the day does not make "the next day" today
        if _near(t, s, e, "name_before", "not_after") if not part else \
                _bare(_next_word(t, e), "not_after") in _WORDS["not_after"]:
            return None
        if not part and 0 < s and e < len(t) and t[s - 1] + t[e] in _QUOTED:
            return None  # a title or a newspaper's name ("لـ(اليوم)", «اليوم»)
    if word == "اليوم" and not part and not wd_text and p is not None:
        return s, e, p - _ONE, p, "range", True, _TODAY  # resolved in _hits (``_resolve_today``)
    if night == _NIGHT and frm == to:
        to = frm + 1  # "ليل أمس": yesterday night runs into the publication day
    elif night == _AFTER_MIDNIGHT:
        frm = to = (to + 1 if frm == to else to)  # "بعد منتصف ليل أمس": the small hours of today
    if p is None:
        return s, e, None, None, "day" if frm == to else "range", True, kind
    start, end = p + dt.timedelta(days=frm), p + dt.timedelta(days=to)
    if wd_text:
        wd = _WEEKDAYS[_key(wd_text)][0]
        shift = resolve_weekday(wd, start, "nearest") - start
        start, end = start + shift, end + shift
    return s, e, start, end, "day" if start == end else "range", True, kind


_QUOTED = frozenset({'""', "()", "«»"})  # marks around a lone word that make it a name
_TODAY = "today"  # the kind of a bare "اليوم", resolved in _hits
_SAME = "same"  # the kind of a hit that names the day told just before it, resolved in _hits
_SAME_REACH = 600  # characters back to that day: the sentence or two before


def _same_day(t: str, s: int, e: int) -> int | None:
    """"في اليوم نفسه"، "في ذات اليوم": the end of an expression that names the day of the act
    told before it, else None. Not when a genitive or a relative clause says which day it is
    ("في اليوم نفسه لدخول أنقرة الحرب"، "في اليوم ذاته الذي")."""
    after = _WORD_AFTER.match(t, e)
    if after and after.group(1) in _WORDS["same_after"]:
        end = after.end()
    elif _bare(_prev_word(t, s), "same_before") in _WORDS["same_before"]:
        end = e
    else:
        return None
    nxt = _next_word(t, end)
    if nxt.startswith("ل") and len(nxt) > 3 or nxt in ("الذي", "التي"):
        return None
    return end


def _resolve_same(hits: list[_Hit]) -> list[_Hit]:
    """Hits with "the same day" given the day of the last dated day before it within reach;
    one with no such day is dropped (its day is not in the text)."""
    out: list[_Hit] = []
    last: _Hit | None = None
    for h in hits:
        if h[6] == _SAME:
            if last is None or h[0] - last[1] > _SAME_REACH:
                continue
            day = last[2]
            assert day is not None
            h = (h[0], h[1], day, day + _ONE if h[4] == "range" else day, h[4], last[5], last[6])
        if h[2] is not None and h[2] == h[3]:
            last = h
        out.append(h)
    return out


def _resolve_today(t: str, hits: list[_Hit]) -> list[_Hit]:
    """A bare "اليوم" in wire copy is the day it was filed, which may be the day before the
    paper's date: it spans both days, unless the text names today's weekday ("اليوم الخميس",
    "اليوم (الجمعة)"), which says which of the two it is."""
    named = next((h[2] for h in hits if h[6] != _TODAY and h[4] == "day" and h[2] is not None
                  and h[2] == h[3] and h[1] - h[0] > 5 and t.startswith("اليوم", h[0])), None)
    out: list[_Hit] = []
    for h in hits:
        if h[6] == _TODAY:
            day = named if named is not None and h[2] is not None and h[3] is not None \
                and h[2] <= named <= h[3] else None
            h = (h[0], h[1], day or h[2], day or h[3], "day" if day else "range", h[5], "present")
        out.append(h)
    return out


def _weekday(m: re.Match[str], t: str, p: dt.date | None) -> _Hit | None:
    wd, ambiguous = _WEEKDAYS[_key(m["wd"])]
    part = _key(m["part"]) if m["part"] else None
    mod = _MODS.get(_key(m["mod"])) if m["mod"] else None
    s, e = m.start("x"), m.end("x")
    if ambiguous and not (part or m["yawm"] or mod or m["wd2"]) and _near(t, s, e, "two_before", "two_after"):
        return None  # "بين الاثنين": the two
    kind = mod or ""
    if p is None:
        return s, e, None, None, "range" if m["wd2"] else "day", True, kind
    mode = {"past": "before", "future": "after"}.get(mod or "", "on_or_before")
    night = _DAYPARTS[part] if part else 0
    if m["wd2"]:
        start = resolve_weekday(wd, p, mode)  # the night began on the first day named
        end = start + dt.timedelta(days=(_WEEKDAYS[_key(m["wd2"])][0] - wd) % 7)
    else:
        start = end = resolve_weekday(wd, p, mode)
        if night:
            end = start + _ONE  # "ليل الخميس": Thursday night, into Friday
            if night == _NIGHT and end > p and not mod:
                # "ليلة السبت" in Saturday's paper: the night that ended that morning, not one to come
                start, end = start - _ONE, start
    if night == _AFTER_MIDNIGHT:
        start = end
    prec = "day" if start == end else "range"
    return s, e, start, end, prec, True, kind or _kind_of(start, end, p)


def _pick(cands: list[tuple[dt.date, dt.date]], p: dt.date, mod: str | None,
          by_day: bool) -> tuple[dt.date, dt.date] | None:
    """The candidate period the text means, from a modifier and the publication date."""
    if not cands:
        return None
    if mod == "future":
        later = [c for c in cands if c[0] > p]
        return min(later) if later else None
    if mod == "past":
        earlier = [c for c in cands if c[1] < p]
        return max(earlier) if earlier else None
    if mod == "present" and not by_day:
        for c in cands:
            if c[0] <= p <= c[1]:
                return c
    limit = p + _ONE if by_day else p
    ok = [c for c in cands if c[0] <= limit]
    return max(ok) if ok else None


def _date(m: re.Match[str], t: str, p: dt.date | None) -> _Hit | None:
    s, e = m.start("x"), m.end("x")
    mod = _MODS.get(_key(m["mod"])) if m["mod"] else None
    day = int(m["day"]) if m["day"] else _ORDINALS.get(_key(m["ord"])) if m["ord"] else None
    day2 = int(m["day2"]) if m["day2"] else None
    phase = _PHASES.get(_key(m["phase"])) if m["phase"] else None
    if m["cur"]:
        if day is None and phase is None:
            return None  # "الشهر الماضي" alone is a period, handled elsewhere
        cal, month = "greg", None
        cmod = _MODS.get(_key(m["cmod"])) if m["cmod"] else "present"
    else:
        info = _MONTHS[_key(m["mon"])]
        cal, month, cmod = info.calendar, info.month, None
        strong = day is not None or phase is not None or any(
            m[g] for g in ("year", "pair", "mod", "shahr", "ymod", "ythis"))
        if not strong and (info.ambiguous or _bare(_prev_word(t, s)) not in _WORDS["prep"]):
            return None
    year = int(m["year"]) if m["year"] else None
    if year is not None and m["era"] and _key(m["era"]).startswith(("ه", "للهجر")):
        if cal == "greg" and not m["cur"]:
            return None  # a Gregorian month with a Hijri year: two expressions, not one
    if day is not None and not 1 <= day <= 31 or day2 is not None and not (day or 0) < day2 <= 31:
        return None
    relative = year is None
    kind = mod or ("" if day is not None else cmod or "")
    if year is None and (m["ymod"] or m["ythis"]):
        if p is None:
            return s, e, None, None, _precision(day, day2, phase), True, kind
        ymod = _MODS[_key(m["ymod"])] if m["ymod"] else "present"  # the group matches only _MODS' forms
        year = _year_of(p, cal)
        if year is None:
            return None
        year += {"past": -1, "future": 1}.get(ymod, 0)
        kind = kind or ("" if day is not None else ymod)
    if m["cur"]:
        if p is None:
            return s, e, None, None, _precision(day, day2, phase), True, kind
        first = _add_months(p.replace(day=1), {"past": -1, "future": 1}.get(cmod or "", 0))
        year, month = first.year, first.month
    assert month is not None
    if year is None and p is None:
        return s, e, None, None, _precision(day, day2, phase), True, kind
    if year is not None:
        span = _span_in(year, month, cal, day, day2, phase)
        if span is None:
            return None
    else:
        assert p is not None
        base = _year_of(p, cal)
        if base is None:
            return None
        cands = [c for y in (base + 1, base, base - 1)
                 if (c := _span_in(y, month, cal, day, day2, phase)) is not None]
        span = _pick(cands, p, mod, by_day=day is not None)
        if span is None:
            return None
    prec = _precision(day, day2, phase)
    return s, e, span[0], span[1], prec, relative, kind or _kind_of(span[0], span[1], p)


def _precision(day: int | None, day2: int | None, phase: tuple[int, int] | None) -> str:
    if day is not None:
        return "range" if day2 else "day"
    return "range" if phase else "month"


def _span_in(year: int, month: int, cal: str, day: int | None, day2: int | None,
             phase: tuple[int, int] | None) -> tuple[dt.date, dt.date] | None:
    if day is not None:
        a = to_gregorian(year, month, day, cal)
        b = to_gregorian(year, month, day2, cal) if day2 else a
        return (a, b) if a and b else None
    rng = month_range(year, month, cal)
    if rng is None or phase is None:
        return rng
    last = (rng[1] - rng[0]).days + 1
    lo, hi = phase
    return rng[0] + dt.timedelta(days=lo - 1), rng[0] + dt.timedelta(days=(hi or last) - 1)


def _numeric(m: re.Match[str], p: dt.date | None) -> _Hit | None:
    a, b, c = m["a"], int(m["b"]), m["c"]
    if len(a) == 4 and len(c) <= 2:
        y, mo, d = int(a), b, int(c)
    elif len(c) == 4 and len(a) <= 2:
        y, mo, d = int(c), b, int(a)
    else:
        return None
    cal = "hijri" if m["era"] and _key(m["era"]).startswith(("ه", "للهجر")) else "greg"
    if cal == "greg" and not 1800 <= y <= 2200:
        return None
    day = to_gregorian(y, mo, d, cal)
    if day is None:
        return None
    return m.start("x"), m.end("x"), day, day, "day", False, _kind_of(day, day, p)


def _year(m: re.Match[str], t: str, p: dt.date | None) -> _Hit | None:
    s, e = m.start("x"), m.end("x")
    y = int(m["year"])
    y2 = int(m["year2"]) if m["year2"] else None
    cal = "hijri" if m["era"] and _key(m["era"]).startswith(("ه", "للهجر")) else "greg"
    if not (m["yw"] or m["era"]):
        if _bare(_prev_word(t, s)) not in _WORDS["prep"]:
            return None
        top = (p.year if p else 2100) + 2
        if not 1900 <= y <= top:
            return None
    if y2 is not None and not y < y2 <= y + 100:
        return None
    first, last = year_range(y, cal), year_range(y2 or y, cal)
    if cal == "greg" and not 1000 <= y <= 2200:
        return None
    if first is None or last is None:
        return s, e, None, None, "year", False, ""
    return s, e, first[0], last[1], "range" if y2 else "year", False, _kind_of(first[0], last[1], p)


_VAGUE_DAYS = {"hour": (1, 1), "day": (7, 3), "week": (21, 14)}  # (plain, with القليلة)
_VAGUE_MONTHS = {"month": (3, 2), "year": (36, 24)}


def _period(m: re.Match[str], p: dt.date | None) -> _Hit | None:
    s, e = m.start("x"), m.end("x")
    unit, fixed = _UNITS[_key(m["unit"] or m["unit2"])]
    mod = _MODS[_key(m["mod"])]
    cnt = _count(m["cnt"] or m["cnt2"])
    if (m["cnt"] or m["cnt2"]) and cnt is None:
        return None
    n = cnt if cnt is not None else fixed
    few = m["few"] is not None
    if n == 1 and unit in ("hour", "day"):
        return None  # "اليوم السابق", "الساعة الماضية": not anchored to publication
    if n == 1 and mod == "present":
        return _this(s, e, unit, p)
    if mod == "present":
        return None
    if p is None:
        return s, e, None, None, _unit_precision(unit) if n == 1 else "range", True, mod
    sign = -1 if mod == "past" else 1
    if n == 1:
        if unit == "week":
            first = _week_start(p) + sign * 7 * _ONE
            return s, e, first, first + 6 * _ONE, "week", True, mod
        if unit == "month":
            first = _add_months(p.replace(day=1), sign)
            rng = month_range(first.year, first.month)
        else:
            rng = year_range(p.year + sign)
        if rng is None:
            return None
        phase = _PHASES.get(_key(m["phase"])) if m["phase"] else None
        if phase and unit == "month":
            rng = _span_in(rng[0].year, rng[0].month, "greg", None, None, phase) or rng
            return s, e, rng[0], rng[1], "range", True, mod
        return s, e, rng[0], rng[1], unit, True, mod
    other = _shift(p, unit, n, few, sign)
    if other is None:
        return None
    return s, e, min(p, other), max(p, other), "range", True, mod


def _shift(p: dt.date, unit: str, n: int | None, few: bool, sign: int = -1) -> dt.date | None:
    """publication moved by n units (or a vague count) in the direction of ``sign``."""
    if unit in _VAGUE_DAYS:
        if n is None:
            days = _VAGUE_DAYS[unit][1 if few else 0]
        else:
            days = {"hour": math.ceil(n / 24), "day": n, "week": 7 * n}[unit]
        return p + sign * dt.timedelta(days=days)
    months = _VAGUE_MONTHS[unit][1 if few else 0] if n is None else n * (12 if unit == "year" else 1)
    try:
        return _add_months(p, sign * months)
    except ValueError:
        return None


def _weekend(m: re.Match[str], t: str, p: dt.date | None) -> _Hit | None:
    """"في نهاية الأسبوع": the weekend of wire copy, Saturday..Sunday, the last whose Saturday is
    not after publication (a paper of Monday tells of the Saturday and Sunday just gone)."""
    s, e = m.start("x"), m.end("x")
    if _prev_word(t, s) in _HOLIDAY:
        return None  # "العائدين من عطلة نهاية الأسبوع": the weekend's leave, not the time of a deed
    if p is None:
        return s, e, None, None, "range", True, "past"
    saturday = resolve_weekday(5, p)
    return s, e, saturday, min(p, saturday + _ONE), "range", True, "past"


def _last(m: re.Match[str], p: dt.date | None) -> _Hit | None:
    """"خلال الـ48 ساعة" / "طوال الأيام الثلاثة": published less the span..published. A
    month or a year so counted is no recent span of acts and is left alone."""
    unit = _UNITS[_key(m["unit"] or m["unit2"])][0]
    n = _count(m["cnt"] or m["cnt2"])
    if n is None or unit not in _VAGUE_DAYS or n == 1 and unit != "week":
        return None
    s, e = m.start("x"), m.end("x")
    if p is None:
        return s, e, None, None, "range", True, "past"
    other = _shift(p, unit, n, False)
    return None if other is None else (s, e, other, p, "range", True, "past")


def _unit_precision(unit: str) -> str:
    return {"week": "week", "month": "month", "year": "year"}.get(unit, "day")


def _this(s: int, e: int, unit: str, p: dt.date | None) -> _Hit | None:
    if unit in ("hour", "day"):
        return None
    prec = _unit_precision(unit)
    if p is None:
        return s, e, None, None, prec, True, "present"
    if unit == "week":
        first = _week_start(p)
        return s, e, first, first + 6 * _ONE, prec, True, "present"
    rng = month_range(p.year, p.month) if unit == "month" else year_range(p.year)
    return (s, e, rng[0], rng[1], prec, True, "present") if rng else None


def _since(m: re.Match[str], p: dt.date | None) -> _Hit | None:
    s, e = m.start("x"), m.end("x")
    unit, fixed = _UNITS[_key(m["unit"])]
    cnt = _count(m["cnt"])
    if m["cnt"] and cnt is None:
        return None
    n = cnt if cnt is not None else fixed
    if n is None and unit in ("month", "year"):
        return None  # "منذ سنوات": too vague to date
    if p is None:
        return s, e, None, None, "day" if n else "range", True, "past"
    if n is None:
        if unit == "hour":
            return s, e, p - _ONE, p, "range", True, "past"
        far = {"day": 7, "week": 28}[unit]
        near = {"day": 1, "week": 7}[unit]
        return s, e, p - far * _ONE, p - near * _ONE, "range", True, "past"
    if unit in ("hour", "day", "week"):
        d = _shift(p, unit, n, False)
        return s, e, d, d, "day", True, "past"
    if unit == "month":
        first = _add_months(p.replace(day=1), -n)
        rng = month_range(first.year, first.month)
    else:
        rng = year_range(p.year - n)
    return (s, e, rng[0], rng[1], unit, True, "past") if rng else None


def _kind_of(start: dt.date | None, end: dt.date | None, p: dt.date | None) -> str:
    if start is None or p is None:
        return ""
    if start > p:
        return "future"
    if (end or start) < p:
        return "past"
    return "present"


# ---------------------------------------------------------------- entry point

def _longest_first(hits: Iterable[_Hit]) -> list[_Hit]:
    """Non-overlapping hits, longer ones winning ("يوم أمس الجمعة" over "الجمعة"), in text order."""
    starts: list[int] = []
    kept: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        i = bisect.bisect_right(starts, h[0])
        if (i and kept[i - 1][1] > h[0]) or (i < len(kept) and kept[i][0] < h[1]):
            continue
        starts.insert(i, h[0])
        kept.insert(i, h)
    return kept


# Every match of a pattern holds one of its anchor words (or four digits) and is shorter
# than _REACH, so each pattern only runs in windows around its anchors, found for all
# patterns in one Aho-Corasick pass, instead of at every word of the article. A window
# reaches (before, after) characters from the anchor's end: _REACH each way, less where the
# anchor opens or closes every match of its pattern.
_REACH = 80
_CLOSES = (_REACH, 1)  # the anchor ends the match: one character more for (?!\w)
_DIGIT_REACH = (_REACH, _REACH)  # both families of four-digit spots: their windows are merged once
_Handler = Callable[[re.Match[str], str, Normalized, "dt.date | None"], "_Hit | None"]
_FAMILIES: tuple[tuple[re.Pattern[str], _Handler, Iterable[str], tuple[int, int]], ...] = (
    (_DAY_RE, lambda m, t, n, p: _day_word(m, t, n, p), _DAYWORDS, (_REACH, _REACH)),
    (_WEEKDAY_RE, lambda m, t, n, p: _weekday(m, t, p), ["ال" + w for w in _WEEKDAYS], (_REACH, _REACH)),
    (_DATE_RE, lambda m, t, n, p: _date(m, t, p), [*_MONTHS, "شهر"], (_REACH, _REACH)),
    (_NUMERIC_RE, lambda m, t, n, p: _numeric(m, p), (), _DIGIT_REACH),
    (_YEAR_RE, lambda m, t, n, p: _year(m, t, p), (), _DIGIT_REACH),
    # "الأسبوع الماضي": every match ends with its modifier (single words)
    (_PERIOD_RE, lambda m, t, n, p: _period(m, p), _MODS, _CLOSES),
    # "هذا الشهر": every match opens with هذا/هذه, behind two letters of clitics at most
    (_THIS_RE, lambda m, t, n, p: _this(m.start("x"), m.end("x"), _UNITS[_key(m["unit"])][0], p),
     ["هذا", "هذه"], (2 + 3, _REACH)),
    # "منذ يومين": every match opens with منذ/قبل, behind و or ف at most
    (_SINCE_RE, lambda m, t, n, p: _since(m, p), _WORDS["since"], (1 + 3, _REACH)),
    # "خلال الـ48 ساعة": every match opens with its leading word, behind و or ف at most
    (_LAST_RE, lambda m, t, n, p: _last(m, p), _LAST_LEADS, (1 + 3, _REACH)),
    # "في نهاية الأسبوع": every match opens with نهاية, behind two letters of clitics at most
    (_WEEKEND_RE, lambda m, t, n, p: _weekend(m, t, p), ["نهايه"], (2 + 3, _REACH)),
)
_DIGIT_FAMILIES = frozenset({3, 4})
# families whose every match opens with the anchor word, behind its clitics: "هذا الشهر", "منذ يومين"
_OPENING = frozenset({6, 7, 8, 9})
# words news uses at every turn: a phrase with another word ("بعد غد"، "ربيع الاول") is anchored
# on that one, so that fewer and smaller stretches are searched
_BUSY = frozenset({"بعد", "يوم", "ليله", "الاول", "الاولي", "الثاني", "الثانيه", "ثاني", "الاخر", "الاخره",
                   "الماضيه", "المقبله", "القادمه"})
_ANCHORS = ahocorasick.Automaton()
_anchor_families: dict[str, set[int]] = {}
for _i, _family in enumerate(_FAMILIES):
    for _phrase in _family[2]:
        _words = [w for w in _phrase.split() if w not in _BUSY] or _phrase.split()
        _w = max(reversed(_words), key=len)  # one word every match of the phrase holds
        _anchor_families.setdefault(_w, set()).add(_i)
for _w, _fams in _anchor_families.items():
    _ANCHORS.add_word(_w, (len(_w), tuple(sorted(_fams))))
_ANCHORS.make_automaton()
_FOUR_DIGITS = re.compile(r"\d\d\d\d")  # as \d{4}, but the engine skips to the next digit
_PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "ال", "وال", "فال", "بال", "لل", "ولل"}


def _word_start(t: str, start: int, end: int) -> int:
    """Where the word holding t[start:end] starts, when t[start:end] is a whole word with
    clitics and the article allowed in front; else -1."""
    if end < len(t) and t[end].isalpha():
        return -1  # digits may follow: "يوليو2013"
    k = start
    while k > 0 and start - k < 4 and t[k - 1].isalnum():
        k -= 1
    before = t[k:start]
    return k if (before in _PROCLITICS or before.isdigit()) and not (k > 0 and t[k - 1].isalnum()) else -1


def _merge(t: str, spots: list[int], reach: tuple[int, int]) -> list[tuple[int, int]]:
    r"""Merged stretches of ``t`` within ``reach`` (before, after) of the sorted ``spots``, each
    ending at a word's end: (?!\w) would take a cut inside a word for an end. A stretch's end is
    moved to its word's end only when that decides whether the next spot joins it, and at the close."""
    out: list[list[int]] = []
    size = len(t)
    before, after = reach
    # [^\W_]* matches everywhere (empty at worst): its match is never None
    word_end = cast("Callable[[str, int], re.Match[str]]", _ALNUM_RUN.match)
    for spot in spots:
        a, b = max(0, spot - before), min(size, spot + after)
        if out:
            last = out[-1]
            if a > last[1]:
                last[1] = word_end(t, last[1]).end()
            if a <= last[1]:
                last[1] = b
                continue
        out.append([a, b])
    return [(a, word_end(t, b).end()) for a, b in out]


# letters and digits, as str.isalnum: a word's rest, found in one call
_ALNUM_RUN = re.compile(r"[^\W_]*")


def _windows(t: str) -> list[list[tuple[int, int]]]:
    """For each pattern family, the stretches of ``t`` where it can match (none without a spot);
    for a family of ``_OPENING``, the (word start, end of text) of each anchor word, where
    alone its matches can start."""
    spots: list[list[int]] = [[] for _ in _FAMILIES]
    opening: list[list[tuple[int, int]]] = [[] for _ in _FAMILIES]
    size = len(t)
    for end, (length, families) in _ANCHORS.iter(t):
        end += 1
        if end < size and t[end].isalpha():
            continue  # inside a longer word (what _word_start checks first, without the call)
        start = end - length
        if start and t[start - 1].isalnum():  # clitics in front (a bare word is its own start)
            start = _word_start(t, start, end)
        if start >= 0:
            for i in families:
                if i in _OPENING:
                    opening[i].append((start, size))
                else:
                    spots[i].append(end)
    digits = [m.end() for m in _FOUR_DIGITS.finditer(t)]
    near_digits = _merge(t, digits, _DIGIT_REACH) if digits else []
    return [near_digits if i in _DIGIT_FAMILIES else opening[i] if i in _OPENING
            else _merge(t, spots[i], family[3]) if spots[i] else [] for i, family in enumerate(_FAMILIES)]


def _opening_matches(pattern: re.Pattern[str], t: str, starts: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of an ``_OPENING`` family, tried only at its anchor words' starts (every match
    opens there): one attempt per anchor instead of one per position of an 80-letter window.
    As ``finditer``, a match starting inside the one before is not tried."""
    done = 0
    for a, b in starts:
        if a >= done and (m := pattern.match(t, a, b)) is not None:
            done = m.end()
            yield m


def _hits(n: Normalized, p: dt.date | None, full_scan: bool = False) -> list[_Hit]:
    """Resolved matches on the normalised text, longest first without overlaps, in text order.

    ``full_scan`` runs every pattern over the whole text instead of the anchor windows (the
    reference the windows are tested against).
    """
    t = n.text
    everywhere = [[(0, len(t))]] * len(_FAMILIES)
    hits: list[_Hit] = []
    for i, ((pattern, handle, _, _), windows) in enumerate(
            zip(_FAMILIES, everywhere if full_scan else _windows(t), strict=True)):
        found = _opening_matches(pattern, t, windows) if i in _OPENING and not full_scan \
            else (m for a, b in windows for m in pattern.finditer(t, a, b))
        for m in found:
            hit = handle(m, t, n, p)
            if hit is not None:
                hits.append(hit)
    kept = _longest_first(hits)
    if any(h[6] == _TODAY for h in kept):
        kept = _resolve_today(t, kept)
    return _resolve_same(kept) if any(h[6] == _SAME for h in kept) else kept


def find_times(text: str, published: dt.date | None, *,
               normalized: Normalized | None = None) -> list[TimeExpr]:
    """Time expressions in ``text`` (original offsets), resolved against ``published``.

    ``normalized`` may pass ``normalize(text)`` when the caller already has it, to save
    normalising twice.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_times: text must be str, got {type(text).__name__}")
    if published is not None and not isinstance(published, dt.date):
        raise TypeError(f"find_times: published must be a date or None, got {published!r}")
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None and not 1800 <= published.year <= 2200:
        raise ValueError(f"find_times: publication date {published} is out of range (1800-2200)")
    if not text:
        return []
    if normalized is not None and normalized.original is not text and normalized.original != text:
        raise ValueError("find_times: normalized was made from a different text")
    n = normalized or normalize(text)
    p = published
    out: list[TimeExpr] = []
    for s, e, d, d_to, prec, rel, kind in _hits(n, p):
        o_s, o_e = n.span(s, e)
        while o_e < len(text) and not text[o_e].isspace() and normalize_char(text[o_e]) == "":
            o_e += 1  # keep trailing diacritics and tatweel with the word
        out.append(TimeExpr(o_s, o_e, d, d_to if d is not None else None, prec, rel, kind))
    return out
