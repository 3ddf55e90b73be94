"""One article in, the contract's records out.

The ``Extractor`` loads lexicons and the gazetteer once (per process, or per Spark
partition) and is then cheap to call for every article.
"""

from __future__ import annotations

import functools
import gc
import re
from typing import Any

from rasd.extract import claims as claims_mod
from rasd.extract import speakers
from rasd.extract.article import Article, Sentence
from rasd.extract.context import Context, build_context
from rasd.extract.events import (
    ACLED,
    SKIP,
    TERRITORY_CLASSES,
    VICTIM_COMBATANT,
    WEAK,
    Mention,
    behind_relative,
    carried,
    fire_exchanged,
    freed_from,
    is_blocked,
    kinds_of,
    overruled,
    resolve_type,
)
from rasd.extract.figures import Figure as FoundFigure
from rasd.extract.records import ArticleResult, parse_date
from rasd.extract.roles import FORCE_ACTS, actor_leanings, roles
from rasd.extract.units import build_events
from rasd.geo import Geocoder
from rasd.lexicon import Lexicon, Match, load, read_tsv
from rasd.lexicon.wordsets import word_set

MAX_CHARS = 200_000  # longer inputs are cut: a news article never is, a dump often is
# twenty Arabic letters, whatever stands between them: found without listing every letter
_ARABIC_20 = re.compile("(?:[^\u0600-\u06ff]*[\u0600-\u06ff]){20}")
# Types whose undated mentions are mostly narrative or habitual ("سيطر داعش على سرت",
# "ونادرا ما يتم توقيف الجناة", "الاحتجاجات"): measured on dev and train, 1 in 10 was an event.
_NEEDS_DAY = frozenset({"non_state_actor_overtakes_territory", "arrests", "peaceful_protest"})
_TALLY_CUES = frozenset({"tally", "memory"})
# "تم اعتقال", "وجرى توقيف": the wire's passive of a done act, before its verbal noun
_DONE = word_set("done")
_HISTORY_LINE = re.compile(r"\s*[12][0-9]{3}\s*[-–:]")  # "1974 - ..." lines of a this-day-in-history list
# "رابط الخبر بصحيفة ...: <headline>": a site's footer that repeats the headline the body tells
_LINK_LINE = re.compile(r"\s*رابط (?:الخبر|المقال|التقرير)")


def _load_acled() -> None:
    if ACLED:
        return
    for row in read_tsv("event_types.tsv"):
        if row[0] != "id":
            ACLED[row[0]] = (row[1], row[2])


class Extractor:
    """Holds the loaded resources; ``extract`` is safe to call many times."""

    def __init__(self, lexicon: Lexicon | None = None, geocoder: Geocoder | None = None) -> None:
        self.lexicon = lexicon or load()
        self.geocoder = geocoder or Geocoder.default()
        self._acting: dict[str, bool] = {}  # actor id -> ``_can_act``, asked for every sentence
        _load_acled()

    # -- article level -------------------------------------------------------------------

    def extract(self, text: str, published: Any = None, title: str | None = None) -> ArticleResult:
        pub = parse_date(published)
        result = ArticleResult(published=pub)
        if not isinstance(text, str) or not text.strip():
            result.warnings.append("empty text")
            return result
        if len(text) > MAX_CHARS:
            result.warnings.append(f"text of {len(text)} characters cut to {MAX_CHARS}")
            text = text[:MAX_CHARS]
        if not _ARABIC_20.match(text, 0, 5000):
            result.warnings.append("no Arabic text")
            return result
        art = Article.analyse(text, self.lexicon)
        ctx = build_context(art, pub, self.lexicon, self.geocoder)
        mentions = self._mentions(art, ctx)
        result.events = build_events(art, ctx, mentions, pub, self.lexicon)
        result.claims = claims_mod.find_claims(art, self.lexicon, result.events, ctx.country)
        # placeless events and a rights group's accounts of conduct type its claims, no events
        result.events = [e for e in result.events if not e.placeless and not e.documented]
        denied = {c.topic for c in result.claims if c.stance == "denies"}
        for ev in result.events:
            if ev.type in denied:
                ev.status = "contested"
        return result

    def _can_act(self, actor_id: str) -> bool:
        """Armed actors and civilians take part in events; governments, media, monitors and
        aid bodies speak about them."""
        known = self._acting.get(actor_id)
        if known is None:
            known = self._acting[actor_id] = self._can_act_uncached(actor_id)
            if len(self._acting) > 10_000:  # ids of actors outside the lexicon ("other:...") pile up
                self._acting.clear()
        return known

    def _can_act_uncached(self, actor_id: str) -> bool:
        if actor_id == "civilians":
            return True
        info = self.lexicon.actor_info.get(actor_id)
        return info is not None and info.inter != 7 \
            and not actor_id.endswith(("_gov", "_state_media")) and actor_id != "un"

    @staticmethod
    def _is_tally(ctx: Context, sent: Sentence, figures: list[FoundFigure]) -> bool:
        """A sentence naming three or more provinces or countries (not those that only locate a
        town or district it names), or a toll in the hundreds over four provinces, sums up: it
        reports no one event."""
        named = ctx.places_between(sent.first, sent.last)
        if len(named) < 3:
            return False  # fewer than three places: neither wide nor over four provinces
        found = [p for _, _, p in named]
        # a daily report of strikes in several countries that names the towns hit ("18 غارة في
        # العراق وست في سوريا بينها أربع قرب الموصل") tells those acts: countries there sum nothing up
        towns = sum(p.kind == "town" for p in found) >= sum(p.kind == "country" for p in found)
        # "مديرية ميدي بمحافظة حجة": a province that only says where a town or district it
        # holds lies widens nothing
        located = {p.location.get("admin1") for p in found if p.kind in ("town", "region")}
        wide = {p.location.get("admin1") or p.name_ar for p in found
                if p.kind == "province" and p.location.get("admin1") not in located
                or p.kind == "country" and not towns}
        provinces = {p.location.get("admin1") for p in found if p.location.get("admin1")}
        big = any((f.low or 0) >= 100 and f.kind == "fatalities" for f in figures)
        return len(wide) >= 3 or (big and len(provinces) >= 4)

    @staticmethod
    def _toll_without_trigger(art: Article, ctx: Context, sent: Sentence) -> Mention | None:
        """Fighters or soldiers killed at a named place with no word for how ("مقتل 7 من عناصر
        التنظيم في قرية X"): ACLED codes the fighting that killed them as an armed clash."""
        for _, f in ctx.figures_between(sent.first, sent.last):
            if f.kind == "fatalities" and f.victim in VICTIM_COMBATANT \
                    and ctx.places_between(sent.first, sent.last):
                first = art.token_at(f.start)
                return Mention("armed_clash", sent, Match(first, first + 1, "", ("TOLL",)), confidence=0.4)
        return None

    def _mentions(self, art: Article, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        # triggers and figures are in text order: one walk hands each sentence its share
        triggers, figures = art.matches["triggers"], ctx.figures
        n_trig, n_fig = len(triggers), len(figures)
        t = f = 0
        for sent in art.sentences:
            first, last = sent.first, sent.last
            while t < n_trig and triggers[t].first < first:
                t += 1
            t0 = t
            while t < n_trig and triggers[t].first < last:
                t += 1
            while f < n_fig and figures[f][0] < first:
                f += 1
            f0 = f
            while f < n_fig and figures[f][0] < last:
                f += 1
            if t == t0:
                if f > f0:
                    clash = self._toll_without_trigger(art, ctx, sent)
                    if clash is not None:
                        out.append(clash)
                continue
            trigs = triggers[t0:t]
            if all(m.values[0] in SKIP for m in trigs) or _HISTORY_LINE.match(art.text, sent.start) \
                    or _LINK_LINE.match(art.text, sent.start) and not ctx.places_between(first, last):
                continue  # words that never make an event alone; a this-day-in-history line; a
                # footer repeating the headline with no place of its own (it would take the last one)
            sent_figures = [fig for _, fig in figures[f0:f]]
            if self._is_tally(ctx, sent, sent_figures):
                continue
            out.extend(self._sentence_mentions(art, ctx, sent, trigs, sent_figures))
        _type_similar(art, out)
        _type_by_details(art, out)
        return out

    def _sentence_mentions(self, art: Article, ctx: Context, sent: Sentence, trigs: list[Match[str]],
                           sent_figures: list[FoundFigure]) -> list[Mention]:
        """The mentions of one sentence's triggers; what every trigger of it reads the same is
        found once here, and only where some trigger can use it."""
        out: list[Mention] = []
        cues = art.in_sentence("cues", sent)
        whole = kinds_of(cues)  # the sentence's cue kinds
        tallies = [m.first for m in cues if not _TALLY_CUES.isdisjoint(m.values)] \
            if "tally" in whole or "memory" in whole else []
        can_act = self._can_act
        actors = [m for m in art.in_sentence("actors", sent) if can_act(m.values[0])]
        # which actors speak matters only for those that can act
        source_tokens = speakers.source_tokens(art, sent) if actors else set()
        victims: set[str] = set()
        victim_spans: list[tuple[int, int]] = []
        displaced = False
        for fig in sent_figures:
            if fig.victim:
                victims.add(fig.victim)
            if fig.kind in ("fatalities", "injuries", "casualties"):
                victim_spans.append((fig.number_start, fig.end))
            elif fig.kind == "displaced":
                displaced = True
        casualties = bool(victim_spans)
        leanings = actor_leanings(art, sent, actors, source_tokens, victim_spans, whole) if actors else []
        # "سقطت قذائف": fell, not fell to; "يحملون أحزمة ناسفة": a worn suicide belt went off in no
        # blast, so it overrules no attack word
        strong_trigs = [(m.first, m.values[0]) for m in trigs
                        if m.values[0] not in WEAK and m.values[0] != "TERRITORY_FALL"
                        and not (m.values[0] == "suicide_bomb" and carried(art, m))]
        weapons: dict[str, tuple[int, int]] = {}
        for w in art.in_sentence("weapons", sent):
            weapons.setdefault(w.values[0], art.span(w.first, w.last))
        dated: bool | None = None  # whether the sentence tells a day: asked only for _NEEDS_DAY types
        for trig in trigs:
            cls = trig.values[0]
            if cls in SKIP:
                continue  # resolve_type gives them no type
            # run-on wire sentences join several events with "،": what types a weak trigger
            # ("قذائف", "استهدف") is the strong trigger of its own clause, not of the sentence
            if strong_trigs:
                lo, hi = art.clause_of(trig.first, sent)
                strong = {c for at, c in strong_trigs if lo <= at < hi}
            else:
                strong = set()
            if cls == "KILLING" and _massacre_by_means(art, trig, trigs):
                continue
            if overruled(cls, strong) and not fire_exchanged(art, sent, trig, cls, whole) or is_blocked(art, sent, trig) or _taa_marbuta_stripped(art, trig) \
                    or (tallies and any(not behind_relative(art, trig, k) for k in tallies)):
                continue
            if actors or cls in FORCE_ACTS:
                perps, targets = roles(art, sent, trig, actors, source_tokens, self.lexicon,
                                       nearest=cls in TERRITORY_CLASSES,
                                       victims=victim_spans, leanings=leanings, whole=whole)
            else:  # no actor to place and no forces an adjective could name
                perps, targets = {}, {}
            if perps and cls in _FREEING:
                _drive_out(art, sent, trig, perps, targets)
            etype = resolve_type(art, sent, trig, cls, list(perps), self.lexicon, strong, victims,
                                 casualties, displaced, whole=whole)
            if not etype:
                continue
            if etype in _NEEDS_DAY:
                if dated is None:
                    dated = any(tx.date is not None for _, tx in ctx.times_between(sent.first, sent.last))
                if not dated and not (etype == "arrests" and _reported_arrest(art, sent, trig)):
                    continue  # "سيطر التنظيم على المدينة", "الاحتجاجات" with no day: the story, not news
            out.append(Mention(etype, sent, trig, perps, targets, dict(weapons)))
        return out


_FREEING = frozenset({"REGAIN", "REGAIN_MAYBE"})


def _drive_out(art: Article, sent: Sentence, trig: Match[str], perps: dict[str, tuple[int, int]],
               targets: dict[str, tuple[int, int]]) -> None:
    """"أعلن الجيش تطهير المنطقة من عناصر داعش": the side a place is freed from lost it; it is
    the target, not the doer the nearest-actor reading makes of it."""
    for m in freed_from(art, sent, trig):
        span = perps.pop(m.values[0], None)
        if span is not None:
            targets.setdefault(m.values[0], span)


def _reported_arrest(art: Article, sent: Sentence, trig: Match[str]) -> bool:
    """"وقال مكتب المحافظ إنه تم اعتقال أحد المسلحين": an arrest a speaker reports as done ("تم"
    or "جرى" with the verbal noun), with no day of its own, is the news of the report's day;
    habitual ("ونادرا ما يتم توقيف الجناة") or ongoing ("تنفذ حملة اعتقالات") arrests are not."""
    if trig.first == 0 or art.tokens[trig.first - 1].text not in _DONE:
        return False
    return any(v.values[0] == "say" and v.last <= trig.first for v in art.in_sentence("reporting", sent))


# "هجوم مماثل", "تفجير مشابه": an act said to be like one the article told before
_SIMILAR = ("مماثل", "مشابه", "المماثل", "المشابه")
_BOMBINGS = frozenset({"suicide_bomb", "remote_explosive_landmine_ied"})
# what each generic word can be likened to: an attack or killing to any act on the ground, a
# blast only to a bombing (strikes and shelling are told by their own words, never "هجوم مماثل")
_LIKENED = {"ATTACK": _BOMBINGS | {"armed_clash", "attack", "grenade"},
            "KILLING": _BOMBINGS | {"armed_clash", "attack", "grenade"},
            "EXPLOSION": _BOMBINGS}


def _type_similar(art: Article, mentions: list[Mention]) -> None:
    """"أصيب عشرون شرطيا في هجوم مماثل استهدف حافلتهم": a generic word for an attack followed by
    "similar" is of the kind of the act it is likened to, whatever the generic word alone would
    read as: one of its family told earlier in its own sentence ("استئناف معركة تحرير درعا بعد
    شهر من هجوم مماثل"), else the article's first (the lead)."""
    first: dict[str, str] = {}  # family -> the article's first such type
    here: dict[str, str] = {}  # family -> the latest such type in the current sentence
    sent = None
    for m in mentions:
        if m.sentence is not sent:
            sent, here = m.sentence, {}
        cls = m.trigger.values[0]
        if cls in _LIKENED and m.trigger.last < len(art.tokens) \
                and art.tokens[m.trigger.last].text.startswith(_SIMILAR):
            like = here.get(cls) or first.get(cls)
            if like is not None:
                m.type = like
            continue
        for family, members in _LIKENED.items():
            if m.type in members:
                first.setdefault(family, m.type)
                here[family] = m.type


# trigger classes that tell how people were killed from afar: shells, aircraft, bombs
_MEANS = frozenset({"SHELL", "BOMBARD", "STRIKE_AIR", "EXPLOSION", "air_drone_strike", "suicide_bomb",
                    "shelling_artillery_missile_attack", "remote_explosive_landmine_ied", "chemical_weapon"})


def _massacre_by_means(art: Article, trig: Match[str], trigs: list[Match[str]]) -> bool:
    """"ارتكبت الميليشيات مجزرة في عدن، بعدما أمطرت ضاحية دار سعد بصواريخ الكاتيوشا": a massacre
    whose sentence tells the shelling, strikes or bombs that did it names that act's toll; it
    is no separate attack on civilians."""
    return art.tokens[trig.first].text.lstrip("وفبل").startswith(("مجزر", "مجازر", "المجزر", "المجازر")) \
        and any(m.values[0] in _MEANS for m in trigs)


_DETAIL_REACH = 2  # sentences after a lead's "هجوم" in which the report tells how it was done


def _type_by_details(art: Article, mentions: list[Mention]) -> None:
    """"قتل جنديان في هجوم نفذه الحزب. وذكر الجيش أن الهجوم نفذ باستخدام جرار محمل بالمتفجرات":
    the lead's bare "هجوم" (an armed clash for want of detail) is the bombing that the next
    sentences, naming the attack again ("الهجوم") with its means, tell it was."""
    bombings = [m for m in mentions if m.type in _BOMBINGS and _names_attack_again(art, m)]
    if not bombings:
        return
    # sentences that tell their own act's kind ("هجوم بقنبلة يدوية ... ووقع الهجوم في قسم الشرطة")
    typed = {id(m.sentence) for m in mentions if m.type in _LIKENED["ATTACK"] and m.type != "armed_clash"}
    for m in mentions:
        if m.type != "armed_clash" or m.trigger.values[0] != "ATTACK" or id(m.sentence) in typed:
            continue
        at = m.sentence.index
        later = next((b for b in bombings if at < b.sentence.index <= at + _DETAIL_REACH), None)
        if later is not None:
            m.type = later.type


def _names_attack_again(art: Article, m: Mention) -> bool:
    """Whether a bombing is told by naming the attack again with the article and its means
    ("الهجوم نفذ باستخدام ..."، "والهجوم بعبوة ناسفة"): a detail of one the report told already.
    A bombing word of its own ("بعد الهجوم الانتحاري الأخير في سروج") may be another act."""
    return m.trigger.values[0] == "ATTACK" and art.tokens[m.trigger.first].text.lstrip("وفب").startswith("ال")


def _taa_marbuta_stripped(art: Article, trig: Match[str]) -> bool:
    """"مناطق سيطرة الفصائل" read as "سيطر" + the pronoun ه: normalisation writes ة as ه, but a
    word ending in ة carries no pronoun, so a verb trigger matched by stripping that letter is
    the verbal noun, a state unless its object follows."""
    if not art.taa_read_as_pronoun(trig):
        return False
    # the verbal noun with its object ("سيطرة قوات الأسد على القريتين") still tells the event
    return not any(art.tokens[k].text == "علي" for k in range(trig.last, min(len(art.tokens), trig.last + 5)))


def freeze_resources() -> None:
    """Move everything loaded so far (lexicons, gazetteer: ~220,000 long-lived objects) out of
    the garbage collector's way, so full collections stop walking them again (about a quarter
    more articles/s). For long jobs, once the extractor is built; it changes no output."""
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


_frozen = False


@functools.cache
def default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, published: Any = None, title: str | None = None) -> ArticleResult:
    """Events and claims of one article (see ``ArticleResult.to_dict`` for the JSON shape)."""
    return default_extractor().extract(text, published=published, title=title)
