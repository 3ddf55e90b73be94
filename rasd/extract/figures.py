"""Casualty and displacement figures: which number counts the killed, the wounded or the displaced.

A count becomes a figure when a cue ties it to people: a verb or masdar before it ("مقتل 5",
"وأصيب 20"), a head noun after it ("16 قتيلا", "عشرات الجرحى"), a toll noun ("حصيلة القتلى إلى
30") or a verb after its noun ("14 جنديا قتلوا"). Duals and singular victims after a cue count
without digits ("قتيلان", "مقتل جنديين", "مقتل شخص"). The words live in
``rasd/lexicon/data/figure_words.tsv`` and ``figure_victims.tsv``.

Conventions: ``casualties`` is killed and wounded given together ("قتل وجرح 300", "50 بين قتيل
وجريح"); families are counted as the number the text gives ("نزوح 3 آلاف عائلة" = 3000); a subset
("بينهم 3 أطفال") is not a separate figure unless it has its own head noun.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from rasd.extract.quantities import (
    CLITIC_TOKENS,
    Marks,
    PhraseTable,
    Q,
    Quantity,
    Tokens,
    article_forms,
    clitic_forms,
    load_tsv,
    may_start_number,
    number_first_words,
    scan,
    span_end,
    to_quantity,
)
from rasd.text.normalize import Normalized, norm, normalize

KINDS = ("fatalities", "injuries", "casualties", "displaced")
CIVILIAN_CLASSES = frozenset({"civilians", "children", "women"})


@dataclass(frozen=True, slots=True)
class Figure:
    """A count of people killed, injured, both, or displaced, with its evidence spans."""

    kind: str  # 'fatalities' | 'injuries' | 'casualties' | 'displaced'
    low: int | None
    high: int | None
    vague: bool
    start: int  # span of the figure phrase (cue, number, head noun or verb)
    end: int
    number_start: int
    number_end: int
    victim: str | None  # civilians, children, women, soldiers, police, fighters, militants, prisoners


# ---------------------------------------------------------------------------- lexicons

_WORDS = load_tsv("figure_words.tsv")
_LEFT = PhraseTable([(r[0], (r[1], r[2])) for r in _WORDS if r[1] in ("cue", "lead", "tally")])
_HEAD = PhraseTable([(r[0], r[2]) for r in _WORDS if r[1] in ("head", "dual")], article=True, conj=False)
_DUAL = PhraseTable([(r[0], r[2]) for r in _WORDS if r[1] == "dual"])
_SELF = PhraseTable([(r[0], r[2]) for r in _WORDS if r[1] == "self"])
_POST = PhraseTable([(r[0], r[2]) for r in _WORDS if r[1] == "post"], conj=False)
_BLOCK = PhraseTable([(r[0], None) for r in _WORDS if r[1] == "block"], article=True)
_FILLER = frozenset(w for r in _WORDS if r[1] == "filler" for w in norm(r[0]).split())
_STOP = frozenset(norm(r[0]).split()[0] for r in _WORDS if r[1] == "stop")
_SINGULAR_HEAD = frozenset(norm(w) for w in ("قتيل", "جريح", "شهيد", "مصاب", "قتيلة", "جريحة",
                                              "قتيلا", "جريحا", "شهيدا", "مصابا"))  # "أرداه قتيلا"


_VictimPayload = tuple[str, frozenset[str]]  # a victim phrase's class and grammatical numbers


def _victims() -> PhraseTable:
    merged: dict[str, tuple[str, set[str]]] = {}
    for phrase, cls, number in load_tsv("figure_victims.tsv"):
        key = norm(phrase)
        old = merged.get(key)
        if old is None:
            merged[key] = (cls, {number})
        else:
            old[1].add(number)
    return PhraseTable([(k, (c, frozenset(n))) for k, (c, n) in merged.items()], article=True, conj=False)


_VICTIM = _victims()
_SUBSET = frozenset(norm(w) for w in ("بينهم", "منهم", "بينهن", "منهن", "بينهما", "منهما", "بينها", "منها"))
_ONE = frozenset(norm(w) for w in ("أحد", "إحدى", "احد", "احدى"))
_NOT_DISPLACED = frozenset({"prisoners", "militants", "fighters", "soldiers", "police"})  # flight, not displacement
_OTHER = frozenset({norm("آخر"), norm("آخرا")})
_RESULT = frozenset(norm(w) for w in ("إلى", "الى", "عن", "في"))
_AFTER = frozenset(norm(w) for w in ("بعد", "إثر", "اثر"))
_IN_IT = frozenset(norm(w) for w in ("فيه", "فيها", "خلاله", "خلالها", "أمس", "اليوم", "أيضا"))
_DIED = frozenset(norm(w) for w in ("توفي", "متأثرا", "متأثرًا", "فارق", "وتوفي", "فتوفي", "لفظ"))
_WOUNDS = frozenset(norm(w) for w in ("بجروح", "بجراح", "بجرح"))
_OTHERS_PL = frozenset(norm(w) for w in ("آخرين", "آخرون", "آخران", "آخرين", "أخريات"))
_AFTER_OTHER = frozenset(norm(w) for w in ("في", "من", "على", "عن", "جراء", "خلال", "إثر", "اثر", "بعد", "قبل",
                                           "حين", "عندما", "أيضا", "كذلك", "بجروح", "بجراح"))
_MAX_GAP = 7  # tokens looked at between a cue and its number
_TWO_AFTER = frozenset(norm(w) for w in ("اثنين", "اثنان", "اثنتين", "اثنتان"))
_QUOTES = frozenset('"\'()')
_COMMAS = frozenset({"،", ","})
_QUOTES = frozenset({'"', "«", "»", "“", "”"})
_OF_THEM = frozenset(norm(w) for w in ("منهم", "منهن", "منهما"))
_THAT = frozenset(norm(w) for w in ("أن", "إن", "بأن", "وأن", "وإن", "لأن"))


# ---------------------------------------------------------------------------- matching


# Token text -> which readings may start at a token of that text (one in ten tokens has one):
# the one pass over all tokens is a C-level map of look-ups; the later passes run over the
# tokens it keeps
_NUMBER, _CUE, _TWO, _PEOPLE, _TWO_PEOPLE, _SELF_BIT = 1, 2, 4, 8, 16, 32


# a form one of those readings may start with: a word none of whose forms is here starts none
# (most words), which one look-up per form tells, rather than a memo and a table per reading
_FIRST_FORMS = number_first_words().union(_VICTIM.first, _LEFT.first, _DUAL.first, _SELF.first)


def _starts_at(text: str) -> int:
    if not text[0].isdecimal() and _FIRST_FORMS.isdisjoint(article_forms(text)):
        return 0
    people = _VICTIM.may_start(text)
    return (_NUMBER * may_start_number(text) | _CUE * _LEFT.may_start(text)
            | _TWO * _DUAL.may_start(text) | _PEOPLE * people | _TWO_PEOPLE * (people and _maybe_dual(text))
            | _SELF_BIT * _SELF.may_start(text))


_STARTS_AT = Marks(_starts_at)


class _Text:
    """One text's tokens, numbers and cue positions."""

    def __init__(self, normalized: Normalized) -> None:
        self.toks = toks = Tokens(normalized, _STARTS_AT)
        candidates = toks.marked
        self.qs = scan(toks, [i for i, b in candidates if b & _NUMBER])
        self.duals = [i for i, b in candidates if b & _TWO]
        self.selves = [i for i, b in candidates if b & _SELF_BIT]
        self.victims = [i for i, b in candidates if b & _PEOPLE]
        self.dual_victims = {i for i, b in candidates if b & _TWO_PEOPLE}
        self.core_at: dict[int, Q] = {}
        self.core_tokens: set[int] = set()
        for q in self.qs:
            self.core_at[q.c0] = q
            self.core_tokens.update(range(q.c0, q.c1))
        # cue/lead/tally phrases, by the token where they end
        self.left_end: dict[int, list[tuple[int, str, str, int]]] = {}
        self.left_start: dict[int, tuple[int, str, str, int]] = {}
        kinds = toks.kinds
        for i, b in candidates:
            if not b & _CUE or kinds[i] != "w":
                continue
            hits = _LEFT.match(toks, i)
            if not hits:
                continue
            end, payload, cut = hits[0]
            role, kind = cast("tuple[str, str]", payload)
            self.left_end.setdefault(end, []).append((i, role, kind, cut))
            self.left_start[i] = (end, role, kind, cut)

    def victim_at(self, k: int) -> tuple[int, str | None, frozenset[str]] | None:
        """(end, class, numbers) of a victim phrase at token k: "مدنيين", "من عناصر التنظيم"."""
        toks = self.toks
        if k >= toks.size or toks.kinds[k] != "w":
            return None
        via_min = toks.texts[k] == "من"
        j = k + 1 if via_min else k
        if j >= toks.size:
            return None
        hits = _VICTIM.match(toks, j)
        if not hits:
            return None
        end, payload, _ = hits[0]
        cls, numbers = cast("_VictimPayload", payload)
        if "mem" in numbers or cls == "none":
            # a member noun takes the class of the body after it: "عناصر التنظيم", "عنصر من الشرطة"
            if end < toks.size and toks.texts[end] in _OTHERS_PL:
                end += 1  # "ثلاثة عناصر آخرين من قوات النظام"
            m = end + 1 if end < toks.size and toks.texts[end] == "من" else end
            more = _VICTIM.match(toks, m) if m < toks.size else []
            if more and (more_cls := cast("_VictimPayload", more[0][1])[0]) != "none":
                end, cls = more[0][0], more_cls
        return end, (None if cls == "none" else cls), numbers

    def left_cue(self, i0: int) -> tuple[int, str, str, int, int] | None:
        """(start, role, kind, cut, words_between) of the nearest cue before token i0 in its clause."""
        toks = self.toks
        others = 0
        p = i0
        while p > 0 and i0 - p <= _MAX_GAP:
            ends = self.left_end.get(p)
            if ends:
                s, role, kind, cut = min(ends)
                return s, role, kind, cut, others
            k = p - 1
            if toks.kinds[k] != "w" or k in self.core_tokens:
                return None
            word = toks.texts[k]
            if word in CLITIC_TOKENS:
                pass
            elif _is_filler(word):
                pass
            elif _HEAD.match(toks, k) or word in _SUBSET or _is_stop(word):
                return None
            else:
                others += 1
            p -= 1
        return None

    def post_at(self, k: int) -> tuple[int, str] | None:
        """A verb or noun after the counted people: "قتلوا", "حتفهم", "بجروح" (two words may sit
        between, or a group named with من: "مقاتلا من حزب العمال الكردستاني قتلوا")."""
        toks = self.toks
        texts = toks.texts
        # a group named with من may follow the noun or its adjective: "مقاتلا كرديا من حزب العمال قتلوا"
        clause = k < toks.size and _opens_clause(texts[k])
        reach = 7 if clause or "من" in texts[k:k + 2] else 3
        if k < toks.size and texts[k] in _SUBSET:
            k = self._past_subset(k)
        n = 0
        while n < reach:
            n += 1
            while k < toks.size and texts[k] in _QUOTES:
                k += 1  # "من عناصر «جماعة أنصار بيت المقدس» مصرعهم": quotes round a name
            if k >= toks.size or toks.kinds[k] != "w" or k in self.core_tokens:
                return None
            hits = _POST.match(toks, k)
            if hits:
                end = hits[0][0]
                if clause and end < toks.size and not texts[end].startswith("و") \
                        and (end in self.core_tokens or self.victim_at(end)):
                    return None  # "مسلحين يستقلون سيارة قتلوا 3 جنود": an object makes them the killers
                return end, str(hits[0][1])
            if toks.texts[k] != "قد" and (_HEAD.match(toks, k) or k in self.left_start):
                return None
            if reach == 3 and _joined_victim(texts[k]):
                reach += 2  # "12 مدنيا وجنديا تشاديا واحدا قتلوا": one more sharing the verb, with its adjectives
            k += 1
        return None

    def _past_subset(self, k: int) -> int:
        """The token after a sub-count ("بينهم 3 أطفال", "بينهم "عدد كبير من الأطفال"") when a
        post verb follows it, so the verb goes to the whole count; else k unchanged."""
        toks = self.toks
        for j in range(k + 1, min(toks.size, k + 9)):
            if toks.kinds[j] == "p" and toks.texts[j] not in _QUOTES:
                return k
            if toks.kinds[j] == "w" and _POST.match(toks, j):
                return j
        return k


def _merge_casualties(t: _Text, start: int, kind: str, cut: int, floor: int = 0) -> tuple[int, str, int]:
    """"قتل وجرح", "مقتل وإصابة": a kill cue and an injury cue joined by و count both together.

    A first verb that agrees with a subject before it ("جنديان قتلا وأصيب ثلاثة") belongs to
    that subject, not to the number after the second cue.

    ``floor`` is the first token not used by an earlier figure: in "18 شخصا قتلوا وأصيب 50" the
    kill verb belongs to the 18.
    """
    toks = t.toks
    if kind in ("fatalities", "injuries") and toks.texts[start].startswith("و"):
        for s, role, k2, cut2 in t.left_end.get(start, []):
            if s >= floor and role == "cue" and k2 in ("fatalities", "injuries") and k2 != kind \
                    and not _POST.match(toks, s) \
                    and not (s > 0 and (s - 1 in t.core_tokens or t.victim_at(s - 1))):
                return s, "casualties", cut2
    return start, kind, cut


def _shared_post(t: _Text, k: int) -> str | None:
    """"إن 12 متشددا وخمسة مدنيين قتلوا": counted people joined by و to more counted people
    share the verb after those (the kind of its figure)."""
    texts = t.toks.texts
    j = k + 1 if k < t.toks.size and texts[k] == "و" else k
    q = t.core_at.get(j)
    if q is None or q.use != "count" or (j == k and not (q.cut and texts[j].startswith("و"))):
        return None
    victim = t.victim_at(q.c1)
    post = t.post_at(victim[0]) if victim is not None else None
    return post[1] if post is not None else None


def _blocked(toks: Tokens, k: int) -> bool:
    """A noun of things or time counted right after the number ("5 غارات", "3 أيام"): not one
    behind a preposition, which opens a phrase of cause or place ("قتل 5 بغارة"، "مقتل 7 بمدينة")."""
    got = _BLOCK.match(toks, k)
    return bool(got) and toks.texts[k][:got[0][2]] in _COUNTED_PREFIXES


_COUNTED_PREFIXES = frozenset({"", "ال"})  # what a counted noun may carry: the article at most


def _figure_for(t: _Text, q: Q, prev: tuple[int, str] | None) -> tuple[Figure, int] | None:
    toks = t.toks
    texts = toks.texts
    r = q.c1
    paren = q.i0 > 0 and texts[q.i0 - 1] == "(" and r < toks.size and texts[r] == ")"
    if paren:
        r += 1  # "مقتل (20) شخصا"
    # what follows the number: a head noun, a victim, a post verb, or a thing that is not people
    head_kind: str | None = None
    end_tok = max(q.c1, q.i1)
    k = r
    if k < toks.size and texts[k] == "من" and k + 1 < toks.size and _HEAD.match(toks, k + 1):
        k += 1
    heads = _HEAD.match(toks, k) if k < toks.size else []
    if heads:
        end, head_kind, _ = heads[0]  # type: ignore[assignment]
        end_tok = max(end_tok, end)
        k = end
    elif k < toks.size and _blocked(toks, k):
        return None
    victim = t.victim_at(k)
    victim_cls = None
    if victim is not None:
        end_tok = max(end_tok, victim[0])
        victim_cls = victim[1]
        k = victim[0]
        if head_kind is None and k < toks.size:
            # "20 شخصا بين قتيل وجريح": the split after the counted people makes them casualties
            split = _HEAD.match(toks, k)
            if split and split[0][1] == "casualties":
                head_kind = "casualties"
                end_tok = max(end_tok, split[0][0])
    # the sub-count's verb is the whole count's: "10 مدنيين بينهم 3 أطفال قتلوا"
    before = q.i0 - 1
    while before >= 0 and texts[before] in CLITIC_TOKENS:
        before -= 1
    subset = before >= 0 and texts[before] in _SUBSET
    # a bound told after the counted people ("12 مدنيا على الأقل قتلوا") parts them from their verb
    post = t.post_at(max(k, q.i1)) if head_kind is None and not subset else None
    if post is not None:
        end_tok = max(end_tok, post[0])
    # what precedes it
    cue = None if subset else t.left_cue(q.i0 - 1 if paren else q.i0)
    if cue is not None and prev is not None and cue[0] < prev[0]:
        cue = None  # the verb after an earlier figure ("11 شخصا قتلوا و32 أصيبوا") is that figure's
    start_tok, cut = q.i0, q.cut
    kind: str | None = None
    along = False
    if cue is not None:
        s, role, ckind, ccut, others = cue
        # "أعدم التنظيم فورا أربعة منهم": a number that is part of people named before counts them
        strong = head_kind is not None or victim is not None or post is not None \
            or r < toks.size and texts[r] in _OF_THEM
        # "مقتل عسكريين تركيين اثنين": the numeral two follows its noun (and adjective) as an adjective
        postposed = texts[q.i0] in _TWO_AFTER and role == "cue" and others <= 2
        # "X قتل مع ثلاثة آخرين"، "قتل مع مسلحين اثنين": "with" right after the verb joins the
        # counted people (the number, or the noun the numeral two follows) to the one named before it
        cue_end = t.left_start[s][0]
        along = role == "cue" and texts[cue_end] == "مع" and (cue_end == q.i0 - 1 or postposed)
        ok = others == 0 or (role != "tally" and others <= 3 and strong) or postposed or along
        if role == "lead" and head_kind is None and post is None:
            ok = False
        if ok:
            s, ckind, ccut = _merge_casualties(t, s, ckind, ccut, prev[0] if prev else 0)
            start_tok, cut = s, ccut
            if role != "lead":
                kind = ckind
    if head_kind is not None:
        kind = head_kind
    elif kind is None and post is not None:
        kind = post[1]
    elif kind is None and victim is not None and not subset:
        kind = _shared_post(t, k)
    if kind is None and prev is not None and not subset and head_kind is None:
        # "مقتل 5 جنود و3 مدنيين": a number joined by و to the figure before it shares its kind
        pend, pkind = prev
        # the و must be a conjunction, not the first letter of the number ("أسرة واحدة")
        waw = (toks.glued(q.c0) and texts[q.c0 - 1] == "و") or (
            q.i0 == q.c0 and q.cut > 0 and texts[q.c0].startswith("و")) or (
            q.i0 > 0 and texts[q.i0 - 1] == "و")
        gap = range(pend, q.i0 - (1 if q.i0 > 0 and texts[q.i0 - 1] == "و" else 0))
        if waw and len(gap) <= 3 and all(
                (toks.kinds[g] == "w" and g not in t.left_start) or texts[g] in _COMMAS for g in gap):
            kind = pkind
    if kind is None or kind == "none":
        return None
    if kind == "displaced" and victim_cls in _NOT_DISPLACED:
        return None
    if q.low is None and q.high is None:
        return None
    qt = to_quantity(toks, q)
    if along:  # "قتل مع ثلاثة آخرين": the one named before the verb died with the three
        qt = Quantity(qt.start, qt.end, _plus_one(qt.low), _plus_one(qt.high), qt.vague, qt.approx)
    n = toks.n
    start = n.span(toks.start(start_tok) + cut, toks.start(start_tok) + cut + 1)[0]
    end = span_end(n.original, n.span(toks.end(end_tok - 1) - 1, toks.end(end_tok - 1))[1])
    return Figure(kind, qt.low, qt.high, qt.vague, min(start, qt.start), max(end, qt.end),
                  qt.start, qt.end, victim_cls), end_tok


def _counted_nouns(t: _Text, taken: list[tuple[int, int]]) -> list[Figure]:
    """Figures with no digit: a singular or dual victim after a cue, a dual head noun alone."""
    toks = t.toks
    n = toks.n
    out: list[Figure] = []

    used = {k for s, e in taken for k in range(s, e)}

    def free(a: int, b: int) -> bool:
        return not any(k in used for k in range(a, b))

    for s, (e, role, kind, cut) in t.left_start.items():
        if role == "cue" and e + 1 < toks.size and toks.texts[e] in _QUOTES:
            e += 1  # "أعلن مقتل “والي الصقلاوية” في التنظيم": a title set in quotes
        if role == "tally" or e >= toks.size or e in t.core_at or toks.kinds[e] != "w":
            continue
        value = 0
        vend = e
        victim_cls: str | None = None
        heads = _HEAD.match(toks, e)
        if heads and toks.texts[e] not in _ONE:
            word = clitic_forms(toks.texts[e])[-1]
            if _DUAL.match(toks, e):
                value, kind = 2, str(heads[0][1])
            elif word in _SINGULAR_HEAD or norm(toks.texts[e]) in _SINGULAR_HEAD:
                value, kind = 1, str(heads[0][1])
            vend = heads[0][0]
        elif role == "cue":
            if toks.texts[e] in _ONE and e + 1 < toks.size:
                victim = t.victim_at(e + 1)
                value, vend = 1, (victim[0] if victim else e + 1)
                victim_cls = victim[1] if victim else None
            else:
                cue_end = e
                while e < toks.size and toks.texts[e] in _IN_IT and e - cue_end < 2:
                    e += 1  # "هجوم قتل فيه ضابط": "in it", "yesterday" may part the verb from its subject
                victim = t.victim_at(e)
                if victim is not None and toks.texts[e] != "من":
                    vend, victim_cls, numbers = victim
                    value = 2 if "du" in numbers else 1 if "sg" in numbers else 0
                    if toks.texts[e] in _OTHER and not _ends_clause(toks, vend):
                        value = 0  # "آخر جيوب المتمردين" is "the last pockets", not "another"
                elif victim is None and kind in ("fatalities", "injuries"):
                    named = _named_one(t, e)
                    if named is not None:
                        value, vend = 1, named
        if not value or kind == "none" or kind == "displaced" and value == 1:
            continue  # "فرار محافظ الحوثيين": one person's flight is no displacement
        if role == "lead" and kind == "none":
            continue
        s2, kind, cut = _merge_casualties(t, s, kind, cut)
        if not free(s2, vend):
            continue
        start = n.span(toks.start(s2) + cut, toks.start(s2) + cut + 1)[0]
        nstart, nend = n.span(toks.start(e), toks.end(vend - 1))
        nend = span_end(n.original, nend)
        out.append(Figure(kind, value, value, False, start, nend, nstart, nend, victim_cls))
        used.update(range(s2, vend))
        more = _joined_one(t, vend, kind) if vend not in used else None
        if more is not None:  # "أصيب والداه وشقيقه": one more of the kind, joined by و
            out.append(more)
            used.add(vend)
    kinds, core_tokens = toks.kinds, t.core_tokens
    duals = set(t.duals)
    victims = t.victims
    # only a dual head noun or the start of a dual victim phrase can be read here
    for i in sorted(duals.union(t.dual_victims)):
        if kinds[i] != "w" or i in used or (i > 0 and i - 1 in core_tokens):
            continue
        victim = t.victim_at(i) if i in t.dual_victims else None
        if victim is not None and "du" in victim[2] and "pl" not in victim[2]:
            post = t.post_at(victim[0])
            if post is not None and post[1] != "none":
                a, b = n.span(toks.start(i), toks.end(victim[0] - 1))
                end = span_end(n.original, n.span(toks.start(post[0] - 1), toks.end(post[0] - 1))[1])
                out.append(Figure(post[1], 2, 2, False, a, end, a, span_end(n.original, b), victim[1]))
                used.update(range(i, post[0]))
                continue
        hits = _DUAL.match(toks, i) if i in duals else None
        if hits:
            a, b = n.span(toks.start(i), toks.end(i))
            b = span_end(n.original, b)
            out.append(Figure(str(hits[0][1]), 2, 2, False, a, b, a, b, None))
            used.add(i)
    out.extend(_dual_by_verb(t, used, victims))
    out.extend(_one_subject(t, used, victims))
    out.extend(_selves(t, used))
    return out


def _dual_by_verb(t: _Text, used: set[int], victims: list[int]) -> list[Figure]:
    """"عثر على شرطيين قتلا"، "مدنيين لقيا حتفهما": a noun in -يين reads as plural or dual; a post
    verb in the dual ("قتلا"، "أصيبا"، "حتفهما") makes it the dual, two people. With the article
    ("الشرطيين اللذين قتلا") the pair is mostly one counted before, so it is left alone."""
    toks = t.toks
    n = toks.n
    texts = toks.texts
    out: list[Figure] = []
    for i in victims:
        if i in used or toks.kinds[i] != "w" or not texts[i].endswith("يين") or texts[i].startswith(_DEFINITE) \
                or (i > 0 and (i - 1 in t.core_tokens or texts[i - 1] == "من")):
            continue
        victim = t.victim_at(i)
        if victim is None or "pl" not in victim[2]:
            continue
        post = t.post_at(victim[0])
        if post is None or post[1] == "none" or any(k in used for k in range(i, post[0])):
            continue
        verb = texts[post[0] - 1]
        if not (verb.endswith("هما") or verb.endswith("ا") and not verb.endswith(("وا", "ها"))):
            continue
        a, b = n.span(toks.start(i), toks.end(victim[0] - 1))
        end = span_end(n.original, n.span(toks.start(post[0] - 1), toks.end(post[0] - 1))[1])
        out.append(Figure(post[1], 2, 2, False, a, end, a, span_end(n.original, b), victim[1]))
        used.update(range(i, post[0]))
    return out


def _selves(t: _Text, used: set[int]) -> list[Figure]:
    """"أدى إلى مقتله"، "بعد إصابتها بجروح": a masdar with a singular pronoun is one person when
    it is what an act led to ("أدى إلى"، "أسفر عن"، "تسبب في"); elsewhere ("أكد مقتله"، "بعد
    مقتله") it mostly retells a death already counted. A pronoun of injury may stand for a thing
    hit ("إصابته بقذيفة"), so it counts only before "بجروح" or the end of its clause."""
    toks = t.toks
    n = toks.n
    out: list[Figure] = []
    for i in t.selves:
        if i in used or toks.kinds[i] != "w":
            continue
        hits = _SELF.match(toks, i)
        if not hits:
            continue
        end, kind, cut = hits[0]
        if kind == "injuries" and not (end >= toks.size or toks.kinds[end] == "p" or toks.texts[end] in _WOUNDS):
            continue
        if not (cut and toks.texts[i][0] == "ل" or i > 0 and toks.texts[i - 1] in _RESULT
                or kind == "injuries" and i > 0 and toks.texts[i - 1] in _AFTER):
            continue
        if kind == "injuries" and not _DIED.isdisjoint(toks.texts[end:end + 12]):
            continue  # "أسفر عن إصابته بجراح ... توفي متأثرا بجراحه": he is counted among the dead
        a, b = n.span(toks.start(i) + cut, toks.end(end - 1))
        b = span_end(n.original, b)
        out.append(Figure(str(kind), 1, 1, False, a, b, a, b, None))
        used.add(i)
    return out


def _one_subject(t: _Text, used: set[int], victims: list[int]) -> list[Figure]:
    """"أن شخصا قتل"، "إن جنديا أصيب بجروح": one person named after أن/إن as the subject of a
    passive kill or injury verb that ends the clause (an object after it makes the verb active)."""
    toks = t.toks
    n = toks.n
    texts = toks.texts
    out: list[Figure] = []
    for i in victims:
        if i == 0 or i in used or toks.kinds[i] != "w" or texts[i - 1] not in _THAT:
            continue
        victim = t.victim_at(i)
        if victim is None or "sg" not in victim[2]:
            continue
        vend = victim[0]
        left = t.left_start.get(vend)
        if left is None or left[1] != "cue" or left[2] not in ("fatalities", "injuries"):
            continue
        e = left[0]
        if any(k in used for k in range(i, e)) or not _ends_clause(toks, e):
            continue
        a, b = n.span(toks.start(i), toks.end(vend - 1))
        end = span_end(n.original, n.span(toks.start(e - 1), toks.end(e - 1))[1])
        out.append(Figure(left[2], 1, 1, False, a, end, a, span_end(n.original, b), victim[1]))
        used.update(range(i, e))
    return out


_NAME_REACH = 6  # words a person's name may run to between a cue and "، أحد"


def _named_one(t: _Text, e: int) -> int | None:
    """"مقتل صالح أحمد الطائي، أحد قادة التنظيم": a name right after a cue, set off by a comma
    before "أحد"/"إحدى" that says who the person is, is one person; the end of the name, or None."""
    toks = t.toks
    texts = toks.texts
    for j in range(e, min(toks.size - 1, e + _NAME_REACH + 1)):
        if texts[j] in _COMMAS:
            return j if j > e and texts[j + 1] in _ONE else None
        if toks.kinds[j] != "w" or j in t.core_tokens or j in t.left_start or texts[j] in _AFTER_OTHER \
                or _HEAD.match(toks, j) or _is_stop(texts[j]):
            return None
    return None


def _joined_one(t: _Text, k: int, kind: str) -> Figure | None:
    """"مقتل 4 مدنيين وجندي": a singular or dual victim joined by و right after a figure is one
    (or two) more of the same kind; so is one "with" him ("قتل نائب مع حارسيه": 3 killed)."""
    toks = t.toks
    if k + 1 < toks.size and toks.texts[k] == "مع" and toks.kinds[k + 1] == "w":
        k += 1  # "مع" + the victim: read as if joined by و
        word = "و" + toks.texts[k]
        skip = 0
    else:
        word = toks.texts[k] if k < toks.size else ""
        skip = 1
    if k >= toks.size or toks.kinds[k] != "w" or k in t.core_tokens:
        return None
    if not word.startswith("و") or len(word) < 4:
        return None
    hits = [p for rest, p in _VICTIM.first.get(word[1:], []) if not rest]
    if not hits:
        return None
    cls, numbers = cast("_VictimPayload", hits[0])
    value = 2 if "du" in numbers and "pl" not in numbers else 1 if "sg" in numbers or "kin" in numbers else 0
    if not skip and cls in ("fighters", "militants"):
        return None  # "قتل جندي مع مسلح": more often the foe he fought than one killed beside him
    if not value or (k + 1 < toks.size and toks.kinds[k + 1] == "w" and _VICTIM.match(toks, k + 1)):
        return None
    n = toks.n
    a, b = n.span(toks.start(k) + skip, toks.end(k))
    b = span_end(n.original, b)
    return Figure(kind, value, value, False, a, b, a, b, None if cls == "none" else cls)


def _joined_before_post(t: _Text, a: int, b: int, fig: Figure) -> Figure | None:
    """"لقي اثنان آخران وضابط شرطة حتفهم": a singular or dual victim joined by و between the
    counted people and their post verb shares the verb, so it is one (or two) more of that kind."""
    toks = t.toks
    if b - a < 3 or fig.number_end >= fig.end - 1:
        return None
    for k in range(a + 1, b - 1):
        word = toks.texts[k]
        if toks.kinds[k] != "w" or not word.startswith("و") or len(word) < 4:
            continue
        if _POST.match(toks, k):
            continue
        hits = [p for _, p in _VICTIM.first.get(word[1:], [])]
        if not hits:
            return None
        cls, numbers = cast("_VictimPayload", hits[0])
        value = 2 if "du" in numbers and "pl" not in numbers else 1 if "sg" in numbers else 0
        if not value:
            return None
        n = toks.n
        s, e = n.span(toks.start(k) + 1, toks.end(k))
        e = span_end(n.original, e)
        return Figure(fig.kind, value, value, False, s, e, s, e, None if cls == "none" else cls)
    return None


@lru_cache(maxsize=10_000)
def _joined_victim(word: str) -> bool:
    """The word is a singular or dual victim joined by و ("وجنديا", "وطفلين")."""
    if not word.startswith("و") or len(word) < 4:
        return False
    return any("sg" in p[1] or "du" in p[1] for rest, p in _VICTIM.first.get(word[1:], []) if not rest)  # type: ignore[index]


def _plus_one(v: int | None) -> int | None:
    return None if v is None else v + 1


_WHO = frozenset(norm(w) for w in ("الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي",
                                    "كانوا", "كانا", "كن"))


@lru_cache(maxsize=10_000)
def _opens_clause(word: str) -> bool:
    """A relative clause starts at the word after the counted people, so their verb may come later
    ("8 أشخاص يحملون أحزمة ناسفة قتلوا"): a relative pronoun, or a plural imperfect verb."""
    return word in _WHO or (len(word) > 4 and word[0] in "يت" and word.endswith("ون"))


@lru_cache(maxsize=100_000)
def _is_stop(word: str) -> bool:
    """The word, or it without a proclitic, counts people of another act ("واعتقلت 16")."""
    return any(f in _STOP for f in clitic_forms(word))


@lru_cache(maxsize=100_000)
def _is_filler(word: str) -> bool:
    """The word, or it without a proclitic, is a filler word that may sit between a cue and its number."""
    return any(f in _FILLER for f in clitic_forms(word))


@lru_cache(maxsize=100_000)
def _maybe_dual(word: str) -> bool:
    """The word can start a dual victim phrase ("شخصين", "رجلي أمن")."""
    return any("du" in payload[1] for _, payload, _ in _VICTIM.starts(word))  # type: ignore[index]


def _ends_clause(toks: Tokens, k: int) -> bool:
    """Token k ends a noun phrase: end of text, punctuation, a conjunction or a preposition."""
    if k >= toks.size or toks.kinds[k] != "w":
        return True
    word = toks.texts[k]
    return word[0] in "وفب" or word in _AFTER_OTHER


def find_figures(text: str, normalized: Normalized | None = None) -> list[Figure]:
    """Casualty and displacement figures in one sentence or a whole article, in text order.

    ``normalized`` may pass ``normalize(text)`` when the caller already has it.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_figures expects decoded text (str), got {type(text).__name__}")
    if not text:
        return []
    normalized = normalized or normalize(text)
    t = _Text(normalized)
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    prev: tuple[int, str] | None = None
    for q in t.qs:
        if q.use != "count":
            continue
        got = _figure_for(t, q, prev)
        if got is None:
            prev = None if q.c0 - (prev[0] if prev else 0) > 8 else prev
            continue
        fig, end_tok = got
        out.append(fig)
        taken.append((q.i0, end_tok))
        prev = (end_tok, fig.kind)
        more = _joined_one(t, end_tok, fig.kind)
        if more is not None:
            out.append(more)
            taken.append((end_tok, end_tok + 1))
            prev = (end_tok + 1, fig.kind)
        else:
            inside = _joined_before_post(t, q.c1, end_tok, fig)
            if inside is not None:
                # its token lies inside the figure's span, already taken; the figure ends before its
                # و, so that the two read as joined and add up (tolls.put_figures)
                out[-1] = Figure(fig.kind, fig.low, fig.high, fig.vague, fig.start, max(fig.number_end, inside.start - 1),
                                 fig.number_start, fig.number_end, fig.victim)
                out.append(inside)
    out.extend(_counted_nouns(t, taken))
    out.sort(key=lambda f: (f.start, f.number_start))
    out = _split_shared_cue(out)
    retold = _retold(t, out, taken)
    if retold:
        out = sorted(out + retold, key=lambda f: (f.start, f.number_start))
    return out


_DEFINITE = ("ال", "وال", "فال")


def _retold(t: _Text, figures: list[Figure], taken: list[tuple[int, int]]) -> list[Figure]:
    """"قتل 12 متشددا وخمسة مدنيين ... وقال مصدر إن المتشددين لقوا حتفهم عندما قصف الجيش":
    the counted people named again with the article, right before a kill or injury verb that
    no object follows, are the count told before of that class and kind: the figure is told
    again where the text says what befell them."""
    toks = t.toks
    texts = toks.texts
    n = toks.n
    out: list[Figure] = []
    used = {k for s, e in taken for k in range(s, e)}
    for i in t.victims:
        if i in used or not texts[i].startswith(_DEFINITE) or toks.kinds[i] != "w":
            continue
        victim = t.victim_at(i)
        if victim is None or victim[1] is None or "sg" in victim[2]:
            continue
        vend, cls, _ = victim
        hits = _POST.match(toks, vend) if vend < toks.size and toks.kinds[vend] == "w" else []
        if not hits or not _ends_clause(toks, hits[0][0]):
            continue  # "المتشددون قتلوا مئات": an object after the verb makes them the killers
        pend, kind, _ = hits[0]
        a, b = n.span(toks.start(i), toks.end(pend - 1))  # offsets in the original text
        told = [f for f in figures if f.victim == cls and f.kind == kind and f.end <= a]
        if not told:
            continue
        f = told[-1]
        b = span_end(n.original, b)
        out.append(Figure(f.kind, f.low, f.high, f.vague, a, b, a, b, cls))
    return out


def _split_shared_cue(figures: list[Figure]) -> list[Figure]:
    """"قتلت امرأة وثلاثة أطفال": a counted noun and a number joined by و after one cue are two
    figures side by side, the second starting at its number, so that they add up (tolls.put_figures)
    rather than the second's span holding the first's."""
    for k in range(1, len(figures)):
        a, b = figures[k - 1], figures[k]
        if b.start == a.start and b.kind == a.kind and b.number_start >= a.end:
            figures[k] = Figure(b.kind, b.low, b.high, b.vague, b.number_start, b.end, b.number_start,
                                b.number_end, b.victim)
    return figures
