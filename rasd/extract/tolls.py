"""Tolls to events: which event of a sentence a figure belongs to, and how counts add up.

A sentence may report several events ("قتل 32 في تفجير ... ومقتل جندي في اشتباكات"); a count
of one kind joined by و or told as "others" adds to the toll already given, and so does the other
side's toll turned to with "بينما"/"فيما"; a toll in the next sentence belongs to the event before
it. Each figure counts once per event, however many triggers of that event its sentence holds.
"""

from __future__ import annotations

from typing import cast

from rasd.extract.article import Article, Sentence
from rasd.extract.context import Context
from rasd.extract.events import Mention
from rasd.extract.figures import Figure as FoundFigure
from rasd.extract.records import Event, Figure
from rasd.lexicon import Match, word_lists
from rasd.lexicon.wordsets import word_set
from rasd.text import norm

VIOLENT = ("armed_clash", "attack", "suicide_bomb", "remote_explosive_landmine_ied", "air_drone_strike",
           "shelling_artillery_missile_attack", "grenade", "chemical_weapon")
_GENERIC = {"ATTACK", "KILLING", "KILLING_WEAK", "EXPLOSION", "TARGETED", "SHELL", "TOLL"}
# Types whose reports carry casualty figures; arrests, seizures of arms, territory changes and
# agreements seldom do, so a toll beside them belongs to the violence of the same sentence.
HARMFUL = set(VIOLENT) | {"abduction_forced_disappearance", "sexual_violence", "mob_violence",
                          "excessive_force_against_protesters", "violent_demonstration",
                          "protest_with_intervention"}


def figure_owners(ctx: Context, mentions: list[Mention], art: Article) -> dict[int, str]:
    """In a sentence reporting events of several types ("قتل 32 في تفجير ... ومقتل جندي في
    اشتباكات"), each figure belongs to the type of the trigger that can carry it, the one of its
    clause first (``_owner``); a generic "هجوم" beside a
    specific type is that type's event, not a rival."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence.index, []).append(m)
    owners: dict[int, str] = {}
    for ms in by_sentence.values():
        if len({m.type for m in ms}) < 2:
            continue
        specific = [m for m in ms if not (m.type == "attack" and m.trigger.values[0] in _GENERIC)] or ms
        sent = ms[0].sentence
        for i, f in ctx.figures:
            if not sent.first <= i < sent.last:
                continue
            if f.kind == "displaced":
                cands = [m for m in ms if m.type == "forced_displacement"] or specific
            else:
                # "أعدم التنظيم أربعة منهم، فيما اعتقل 15": a killing word, generic as it is, owns
                # the toll before an arrest or a seizure beside it
                cands = [m for m in specific if m.type in HARMFUL] or [m for m in ms if m.type in HARMFUL] \
                    or specific
            owners[id(f)] = _owner(art, sent, i, cands).type
    return owners


# what opens a phrase naming the cause of the deaths told before it ("مقتل جندي، في اشتباكات")
_CAUSE = word_set("toll_cause")
# what opens a clause telling the result of the act named before it ("هجوم على X، أودى بحياة 32")
_RESULT = frozenset(norm(w) for w in ("أودى", "وأودى", "أسفر", "وأسفر", "أدى", "وأدى", "أوقع", "وأوقع",
                                      "خلف", "وخلف", "ما", "مما", "تسبب", "وتسبب"))


def _owner(art: Article, sent: Sentence, i: int, cands: list[Mention]) -> Mention:
    """The trigger a figure at token ``i`` belongs to: the nearest in its own clause; else the
    next clause's when that clause opens with its cause ("مقتل 5، في قصف"); else, in a clause
    that tells a result ("هجوم انتحاري على سروج، أودى بحياة 32، وهجمات ..."), the nearest
    before it; else the nearest."""
    def dist(m: Mention) -> int:
        t = m.trigger
        return 0 if t.first <= i < t.last else min(abs(i - t.first), abs(i - t.last + 1))

    if len(cands) == 1:
        return min(cands, key=dist)
    lo, hi = _clause(art, sent, i)
    own = [m for m in cands if lo <= m.trigger.first < hi]
    if own:
        return min(own, key=dist)
    if hi < sent.last and art.tokens[hi].text in _CAUSE:
        nlo, nhi = art.clause_of(hi, sent)
        after = [m for m in cands if nlo <= m.trigger.first < nhi]
        if after:
            return min(after, key=dist)
    if art.tokens[lo].text in _RESULT:
        before = [m for m in cands if m.trigger.first < i]
        if before:
            return min(before, key=dist)
    return min(cands, key=dist)


# words that open a clause of contrast inside a comma-free stretch ("أسفر عن مقتل 11 فيما لقي 42 مصرعهم")
_CONTRAST = word_set("contrast")


def _clause(art: Article, sent: Sentence, i: int) -> tuple[int, int]:
    """The clause of token ``i``: between commas, and cut at "فيما"/"بينما"/"في حين", which
    turn to another toll or act without a comma."""
    lo, hi = art.clause_of(i, sent)
    tokens = art.tokens
    for k in range(lo + 1, hi):
        word = tokens[k].text
        if word in _CONTRAST and (word != "حين" or tokens[k - 1].text in ("في", "وفي")):
            cut = k - 1 if word == "حين" else k  # "حين" alone is "when": the clause goes on
            if k <= i:
                lo = cut
            else:
                return lo, cut
    return lo, hi


def follow_up_figures(art: Article, ctx: Context, mentions: list[Mention],
                      touched: list[tuple[Sentence, Event]]) -> None:
    """A toll in a sentence with no event of its own ("وأسفر ذلك عن مقتل 5") belongs to the
    event reported just before it in the same paragraph, unless the sentence turns to another
    matter ("على صعيد آخر")."""
    with_mentions = {m.sentence.index for m in mentions}
    by_sentence: dict[int, tuple[Sentence, list[FoundFigure]]] = {}
    for i, f in ctx.figures:
        sent = next((s for s in art.sentences if s.first <= i < s.last), None)
        if sent is not None and sent.index not in with_mentions:
            by_sentence.setdefault(sent.index, (sent, []))[1].append(f)
    for sent, figures in by_sentence.values():
        before = [(s, e) for s, e in touched if s.index < sent.index]
        if not before:
            continue
        prev, ev = before[-1]
        toll = art.token_at(figures[0].start)
        named = _named_again(art, sent, toll, before) or _victim_again(art, sent, toll, before)
        if named is not None:
            if not _turns(art, sent):
                put_figures(art, named, figures)
            continue
        if sent.index - prev.index > 2 or prev.paragraph != sent.paragraph \
                and art.sentences[prev.index + 1].paragraph != sent.paragraph:
            continue  # the next line may go on with the act ("قادها السائق ... حيث فجرها. وأصيب ثلاثة
            # مدنيين."): wire copy often sets one a line; a sentence between them of another line
            # turns away from it
        if not _turns(art, sent):
            put_figures(art, ev, figures)


_NAMED_REACH = 4  # sentences back to the telling of an act a toll sentence names again ("الضربة")
_DEFINITE = ("ال", "وال", "فال", "بال", "لل", "وبال", "ولل")


def _named_again(art: Article, sent: Sentence, toll: int, before: list[tuple[Sentence, Event]]) -> Event | None:
    """"وقال الجيش إن الضربة ... تسببت أيضا في مقتل اثنين": a toll sentence that names an act
    with the article before its toll (token ``toll``), and tells no event of its own, speaks of
    the act told before with that word ("قتل في ضربة وقعت في 11 يوليو"), not of whatever was
    told just before it. An act named after the toll ("قتل 5 ... منذ بدء الهجوم") says less
    whose toll it is. The latest such event within reach, or None."""
    words = {_head(m) for m in art.in_sentence("triggers", sent)
             if m.first < toll and art.tokens[m.first].text.startswith(_DEFINITE)}
    if not words:
        return None
    for prev, ev in reversed(before):
        if sent.index - prev.index > _NAMED_REACH:
            return None
        if any(_head(m) in words for m in art.in_sentence("triggers", prev)):
            return ev
    return None


def _victim_again(art: Article, sent: Sentence, toll: int, before: list[tuple[Sentence, Event]]) -> Event | None:
    """"أدى إلى مقتل طفل ... وكان الطفل قد قتل وأصيب والداه": a toll sentence that names with the
    article, before its toll, the one person an event's toll counted ("طفل") goes on with that
    event, within the reach of an act named again."""
    definite = {w[2:] for w in art.words[sent.first:toll] if w.startswith("ال") and len(w) > 4}
    if not definite:
        return None
    for prev, ev in reversed(before):
        if sent.index - prev.index > _NAMED_REACH:
            return None
        for kind in ("fatalities", "injuries"):
            slot: Figure = getattr(ev, kind)
            if slot.low == 1 and slot.span is not None \
                    and norm(art.text[slot.span[0]:slot.span[1]]).split()[-1] in definite:
                return ev
    return None


def _head(m: Match[str]) -> str:
    """The first word of a trigger's phrase: "ضربة جوية" is named again as "الضربة"."""
    return norm(m.phrase).split()[0]


def _turns(art: Article, sent: Sentence) -> bool:
    """The sentence opens by turning to another matter ("على صعيد آخر"، "وفي حادث منفصل")."""
    words = [w for w in art.words[sent.first:min(sent.last, sent.first + 5)] if w not in ("،", ",")][:3]
    if not words:
        return False
    if words[0][:1] in ("و", "ف") and words[0][1:] in ("في", "من", "علي"):
        words[0] = words[0][1:]
    turns = word_lists("figure_turns.tsv").get("turn", frozenset())
    return any(" ".join(words[:k]) in turns for k in (2, 3))  # the data's phrases are two or three words


def put_figures(art: Article, ev: Event, figures: list[FoundFigure]) -> None:
    """Fill the event's empty figure slots; counts of one kind joined by و add up ("قتل ثلاثة
    جنود وخمسة مسلحين" is 8 killed)."""
    prev: FoundFigure | None = None
    mine: set[str] = set()  # kinds whose slot these figures (one sentence's) filled
    seen = _seen(art, ev)
    added: FoundFigure | None = None  # the last figure added to a slot already filled
    for f in figures:
        if (f.start, f.kind) in seen:
            continue  # a sentence told with two triggers of one event gives its figures once
        seen.add((f.start, f.kind))
        slot: Figure = getattr(ev, f.kind)
        sides = _sides(art, ev, f.kind)
        side = _SIDE.get(f.victim or "")
        if slot.low is None and slot.high is None:
            slot.low, slot.high, slot.vague = f.low, f.high, f.vague
            slot.span = (f.start, f.end)
            sides.clear()
            sides.add(side)
            mine.add(f.kind)
        elif slot.span and f.start >= slot.span[1] and (
                _more_of_them(art, f, prev)  # "قتل خمسة جنود ... وقتل جنديان آخران"
                # "قتل 21 من الحوثيين ... بينما قتل اثنان من القوات الحكومية": in one sentence,
                # the dead of each side add up to the event's toll
                or f.kind in mine and side and None not in sides and side not in sides
                and _other_side_told(art, f)
                # "قتل 25 مقاتلا من المعارضة ... . وأفاد المرصد بمقتل تسعة من قوات النظام": in a
                # clash, the other side's dead told in a sentence just after add up too (after a
                # strike or shelling they are more often the other side's reprisal, another event)
                or ev.type == "armed_clash" and f.kind not in mine and side and None not in sides
                and side not in sides and _next_sentence_side(art, slot.span, f)):
            sides.add(side)
            slot.low = None if slot.low is None or f.low is None else slot.low + f.low
            slot.high = None if slot.high is None or f.high is None else slot.high + f.high
            slot.vague = slot.vague or f.vague
            added = f  # "اثنان آخران وضابط شرطة": one joined to it by و adds up in turn
        elif prev is not None and (slot.span == (prev.start, prev.end) or prev is added) \
                and _coordinated(art, prev, f):
            sides.add(side)  # "مقتل 4 مدنيين وجندي": both sides now counted, not to add again
            slot.low = None if slot.low is None or f.low is None else slot.low + f.low
            slot.high = None if slot.high is None or f.high is None else slot.high + f.high
            slot.vague = slot.vague or f.vague
            if prev is added and slot.span:  # the slot's span already reaches back to the first toll
                slot.span = (slot.span[0], f.end)
                added = f
            else:
                slot.span = (prev.start, f.end)
                f = FoundFigure(f.kind, slot.low, slot.high, slot.vague, prev.start, f.end, f.number_start,
                                f.number_end, f.victim)
        prev = f


# The side a counted victim fell on: the state's forces, armed groups, or civilians. Tolls of
# two sides of one event add up; a second toll of the same side retells or breaks down the first.
_SIDE = {"soldiers": "state", "police": "state", "fighters": "armed", "militants": "armed",
         "civilians": "civil", "children": "civil", "women": "civil"}


def _seen(art: Article, ev: Event) -> set[tuple[int, str]]:
    """The figures (by start and kind) already put to the event."""
    key = ("toll_seen", id(ev))
    got = art.memo.get(key)
    if got is None:
        got = art.memo[key] = set()
    return got  # type: ignore[return-value]


def _sides(art: Article, ev: Event, kind: str) -> set[str | None]:
    """The sides whose dead (or wounded) the event's figure of this kind already counts."""
    key = ("toll_sides", id(ev), kind)
    got = art.memo.get(key)
    if got is None:
        got = art.memo[key] = set()
    return got  # type: ignore[return-value]


# "بينما قتل"، "فيما أصيب"، "بالإضافة إلى مقتل": the words that turn a sentence to the other side's toll
_WHILE = word_set("other_side_toll")
_WHILE_TWO = frozenset({"في حين", "بالاضافه الي", "اضافه الي", "علاوه علي"})


def _other_side_told(art: Article, f: FoundFigure) -> bool:
    """The figure opens a clause of contrast or addition ("بينما قتل اثنان من الجيش"): a run-on
    of commas or "كما" more often turns to another event."""
    words = norm(art.text[max(0, f.start - 24):f.start]).split()[-3:]
    return bool(words) and words[-1] in _WHILE and (
        words[-1] in ("بينما", "فيما") or " ".join(words[-2:]) in _WHILE_TWO)


_NEXT_REACH = 2  # sentences after the first toll in which the other side's toll may follow
# words before a figure that make it a running total ("ليرتفع عدد القتلى إلى 21"), not one act's dead
_TOTAL = ("الي", "حصيله", "اجمالي", "ليرتفع", "ارتفع", "يرتفع", "منذ", "حتي")


def _next_sentence_side(art: Article, span: tuple[int, int], f: FoundFigure) -> bool:
    """The figure stands in one of the next sentences after the toll at ``span`` and is no
    running total ("ليرتفع عدد القتلى منذ ... إلى 21")."""
    first = art.sentence_of(art.token_at(span[0])).index
    at = art.sentence_of(art.token_at(f.start))
    if not 0 < at.index - first <= _NEXT_REACH:
        return False
    before = norm(art.text[max(at.start, f.start - 30):f.start]).split()
    return not any(w in _TOTAL for w in before + norm(art.text[f.start:f.end]).split())


_OTHERS = ("اخر", "اخران", "اخرين", "اخرون", "اخري", "اخريات", "اخرتان", "اخرتين")


_TOO = ("ايضا", "كذلك")
_LEADS_TO = ("في", "عن", "الي")  # "تسبب في"، "أسفر عن"، "أدى إلى": the word before the toll's masdar


def _more_of_them(art: Article, f: FoundFigure, prev: FoundFigure | None) -> bool:
    """A count of "others" ("جنديان آخران", "ثلاثة آخرين") adds to the one already told; the word
    must be the figure's own or the one right after it, not another noun's ("قتل شرطيين وجرائم أخرى"),
    and after a toll of another kind it means "besides those" ("مقتل 6 وإصابة 4 آخرين": 4 hurt)."""
    if prev is not None and prev.kind != f.kind:
        return False
    words = norm(art.text[f.start:f.end]).split()[1:]
    after = [w.strip(".،,؛:»\"") for w in norm(art.text[f.end:f.end + 12]).split()[:1]]
    # "خمسة من مرافقيه قتلوا أيضا": "too" after the figure's verb adds them to the one told before;
    # so does "too" on the verb that leads to the toll ("وتسببت أيضا في مقتل اثنين")
    lead = norm(art.text[max(0, f.start - 16):f.start]).split()[-2:]
    return any(w.strip(".،,؛:") in _OTHERS for w in words[:3]) or bool(after) and (
        after[0] in _OTHERS or after[0] in _TOO and f.end > f.number_end) or bool(lead) and (
        lead[-1] in _TOO or len(lead) == 2 and lead[0] in _TOO and lead[1] in _LEADS_TO)


def _coordinated(art: Article, a: FoundFigure, b: FoundFigure) -> bool:
    """Two counts of one kind joined by و with nothing but the first group's words between
    ("خمسة عناصر من جبهة النصرة وستة مقاتلين")."""
    if a.kind != b.kind or b.start < a.end:
        return False
    gap = art.text[a.end:b.start]
    if _listed(gap, art.text[b.start:b.start + 1]):
        return True
    return len(gap) <= 40 and not any(ch in gap for ch in "،,.؛:") and (
        gap.strip() == "و" or gap.strip().endswith(" و") or art.text[b.start:b.start + 1] == "و"
        or gap.endswith("و") or _with(gap))


def _listed(gap: str, first: str) -> bool:
    """"مقتل 42 حوثيا على الأقل، و9 مقاتلين من المقاومة": a comma that only closes the first
    count, then و, lists the next count of the same kind; nothing else may stand between."""
    rest = gap.strip()
    if not rest or rest[0] not in "،,":
        return False
    rest = rest[1:].strip()
    return rest == "و" or not rest and first == "و"


def _with(gap: str) -> bool:
    """"قتل قائد ميداني مع ثلاثة من مرافقيه": the counted people "with" the one told just before
    share his fate, so they add up; only a short gap of his own words before "مع"."""
    words = norm(gap).split()
    return bool(words) and words[-1] == "مع" and len(words) <= 3


def _none_words() -> dict[str, frozenset[str]]:
    """figure_none.tsv by role; a noun of several words is kept as its words joined by spaces."""
    return word_lists("figure_none.tsv")


_NONE_REACH = 5  # words between "دون / لم" and the people not hurt


def no_toll(art: Article, ev: Event) -> tuple[int, int] | None:
    """The span of "دون وقوع إصابات" / "لم يسفر عن سقوط ضحايا" in the event's sentences: a
    report that no one was hurt, so its killed and injured are 0, not unknown. Not where a
    number or a word of not knowing stands between ("لم يتضح عدد الضحايا"، "لا يقل عن")."""
    phrases = cast("list[tuple[Sentence, tuple[int, int]]] | None", art.memo.get(("no_toll",)))
    if phrases is None:
        phrases = art.memo[("no_toll",)] = _no_toll_phrases(art)
    for sent, span in phrases:
        if any(sent.start <= s < sent.end for s, _ in ev.evidence_spans):
            return span
    return None


def _no_toll_phrases(art: Article) -> list[tuple[Sentence, tuple[int, int]]]:
    """Each sentence's first "no one was hurt" phrase, found once per article."""
    lists = _none_words()
    neg, unknown, nouns = lists["neg"], lists["unknown"], lists["noun"]
    tokens = art.tokens
    out: list[tuple[Sentence, tuple[int, int]]] = []
    done = -1  # index of the last sentence given its phrase
    words = art.words  # the tokens' texts: the scan over every word stays in one comprehension
    if neg.isdisjoint(words):
        return out
    for k in [k for k, w in enumerate(words) if w in neg]:
        sent = art.sentence_of(k)
        if sent.index == done:
            continue
        for j in range(k + 1, min(sent.last, k + 1 + _NONE_REACH)):
            tok = tokens[j]
            if tok.is_number or not unknown.isdisjoint(tok.stems):
                break
            two = " ".join(t.text for t in tokens[j:j + 2])
            three = " ".join(t.text for t in tokens[j:j + 3])
            if not nouns.isdisjoint(tok.stems) or two in nouns or three in nouns:
                out.append((sent, (art.starts[k], art.ends[j])))
                done = sent.index
                break
    return out


def mark_unhurt(art: Article, ev: Event) -> None:
    """A harmful event with no toll whose sentences say no one was hurt ("دون وقوع إصابات")
    gets 0 killed and 0 injured, with that phrase as their span."""
    if ev.type not in HARMFUL or any(getattr(ev, k).low is not None or getattr(ev, k).high is not None
                                     for k in ("fatalities", "injuries", "casualties")):
        return
    none = no_toll(art, ev)
    if none is not None:
        for k in ("fatalities", "injuries"):
            slot = getattr(ev, k)
            slot.low, slot.high, slot.span = 0, 0, none
