"""Who says what: sources of a sentence and attributed claims (accuse, deny, claim).

Plain reporting ("قال المرصد") names a source of the events in its sentence. A claim is
kept where attribution matters: an accusation (اتهم، حمّل المسؤولية، نسب), a denial (نفى،
كذّب) or a claim of responsibility (تبنّى، أعلن مسؤوليته).
"""

from __future__ import annotations

import functools

from rasd.extract.article import Article, Sentence
from rasd.extract.records import Claim, Event
from rasd.lexicon import Lexicon, Match, read_tsv
from rasd.text import norm

_MAX_SPEAKER = 6
_SAY = {"say", "according", "according_say"}


@functools.cache
def speaker_words() -> dict[str, frozenset[str]]:
    """Word lists of speakers.tsv by kind (head, stop, responsibility), normalised."""
    out: dict[str, set[str]] = {}
    for word, kind in read_tsv("speakers.tsv"):
        out.setdefault(kind, set()).add(norm(word))
    return {kind: frozenset(words) for kind, words in out.items()}


def _speaker_after(art: Article, sent: Sentence, verb: Match[str], actors: list[Match[str]]
                   ) -> tuple[str, tuple[int, int], int] | None:
    """The actor or noun phrase right after a reporting verb: (id, span, last token)."""
    words_of = speaker_words()
    for a in actors:
        if verb.last <= a.first <= verb.last + 1:
            return a.values[0], art.span(a.first, a.last), a.last
    i = verb.last
    j = i
    while j < sent.last and j - i < _MAX_SPEAKER:
        tok = art.tokens[j]
        if tok.text in words_of["stop"] or tok.is_number or (j > i and tok.text.startswith(("ان", "بان"))
                                                  and len(tok.text) <= 4):
            break
        s, _ = art.span(j, j + 1)
        if j > i and any(ch in art.text[art.ends[j - 1]:s] for ch in "،,:\"«»()"):
            break
        j += 1
    if j == i:
        return None
    if art.tokens[i].text in words_of["head"]:
        s, e = art.span(i, j)
        return "other:" + art.text[s:e].strip(" \"«»"), (s, e), j
    return None


def _speaker_before(art: Article, sent: Sentence, verb: Match[str], actors: list[Match[str]]
                    ) -> tuple[str, tuple[int, int], int] | None:
    for a in reversed(actors):
        if a.last <= verb.first and verb.first - a.last <= 1:
            return a.values[0], art.span(a.first, a.last), a.last
    return None


def source_tokens(art: Article, sent: Sentence) -> set[int]:
    """First tokens of actor mentions that speak (sources) rather than act in the sentence."""
    out: set[int] = set()
    actors = art.in_sentence("actors", sent)
    for verb in art.in_sentence("reporting", sent):
        kind = verb.values[0]
        for a in actors:
            if verb.last <= a.first <= verb.last + 1 and kind in _SAY | {"accuse", "deny"}:
                out.add(a.first)
            elif kind in _SAY and a.last <= verb.first and verb.first - a.last <= 1:
                out.add(a.first)
    return out


def sentence_sources(art: Article, sent: Sentence, lexicon: Lexicon) -> list[str]:
    """The sources a sentence cites for what it reports."""
    out: list[str] = []
    actors = art.in_sentence("actors", sent)
    for verb in art.in_sentence("reporting", sent):
        if verb.values[0] not in _SAY:
            continue
        spk = _speaker_after(art, sent, verb, actors) or _speaker_before(art, sent, verb, actors)
        if spk and spk[0] not in out:
            out.append(spk[0])
    return out


# Claimed attacks are named for their most specific type when a sentence does not say which.
_SALIENCE = ("suicide_bomb", "remote_explosive_landmine_ied", "chemical_weapon", "air_drone_strike",
             "shelling_artillery_missile_attack", "attack", "abduction_forced_disappearance")


def _accusation_frame(art: Article, sent: Sentence, verb: Match[str]) -> bool:
    """"حمّل" accuses only with "المسؤولية" in its sentence, "نسب" only with "إلى" after it;
    otherwise the same letters are "حملة" (a campaign) or "نسبة" (a share)."""
    head = norm(verb.phrase).split()[0]
    words = [art.tokens[i].text for i in range(sent.first, sent.last)]
    if head.lstrip("يتم").startswith("حمل") and "مسؤوليه" not in " ".join(words):
        return False
    if head.startswith("نسب"):
        return any(art.tokens[i].text in ("الي", "لـ") for i in range(verb.last, min(sent.last, verb.last + 8)))
    return True


def _main_types(events: list[Event]) -> list[str]:
    types = list(dict.fromkeys(e.type for e in events))
    return sorted(types, key=lambda t: _SALIENCE.index(t) if t in _SALIENCE else len(_SALIENCE))


def find_claims(art: Article, lexicon: Lexicon, events: list[Event], country: str | None) -> list[Claim]:
    """Accusations, denials and claims of responsibility, tied to the events they are about.
    """
    out: dict[tuple[str, str, str], Claim] = {}
    main_types = _main_types(events)
    for sent in art.sentences:
        reporting = art.in_sentence("reporting", sent)
        if not reporting or not events:
            continue
        actors = art.in_sentence("actors", sent)
        sent_events = [e for e in events if any(s[0] <= sent.start < s[1] or sent.start <= s[0] < sent.end
                                                for s in e.evidence_spans)]
        responsibility = any(not speaker_words()["responsibility"].isdisjoint(art.tokens[i].stems)
                             for i in range(sent.first, sent.last))
        has_claim_verb = any(v.values[0] in {"accuse", "claim"} for v in reporting)
        for verb in reporting:
            kind = verb.values[0]
            if kind == "say":
                if responsibility and not has_claim_verb:
                    kind, has_claim_verb = "claim", True
            if kind not in {"accuse", "deny", "claim"}:
                continue
            if kind == "accuse" and not _accusation_frame(art, sent, verb):
                continue
            spk = _speaker_before(art, sent, verb, actors) or _speaker_after(art, sent, verb, actors)
            if spk is None:
                said = sentence_sources(art, sent, lexicon)
                if not said:
                    continue
                spk = (said[0], None, verb.last)
            source, source_span, after = spk
            if source_span and norm(art.text[source_span[0]:source_span[1]]).lstrip("وف").startswith(
                    ("النظام", "نظام")) and source.endswith("_forces") \
                    and source.replace("_forces", "_gov") in lexicon.actor_info:
                source = source.replace("_forces", "_gov")  # "النظام" speaking is the government
            named = [a.values[0] for a in actors if a.first >= after and a.values[0] not in (source, "civilians")]
            sent_perps = [p for e in sent_events for p in e.perpetrators if p != source]
            if kind == "claim":
                owned = [e.type for e in events if source in e.perpetrators]
                topics = list(dict.fromkeys(owned or [e.type for e in sent_events] or main_types[:1]))[:2]
                for ev in events[:1] if not owned else []:
                    if not ev.perpetrators:
                        ev.perpetrators.append(source)
                claims = [("asserts", t, [source]) for t in topics]
            elif kind == "accuse":
                about = named[:2] or sent_perps[:2]
                claims = [("accuses", (sent_events[0].type if sent_events else main_types[0]), about)] if about else []
            else:
                about = sent_perps[:2] or named[:1]
                claims = [("denies", sent_events[0].type if sent_events else main_types[0], about)]
            for stance, topic, about in claims:
                key = (source, stance, topic)
                if key in out:
                    continue
                out[key] = Claim(source=source, stance=stance, topic=topic, about=about,
                                 verb=art.surface(verb.first, verb.last),
                                 confidence=0.45 if source.startswith("other:") else 0.6,
                                 evidence=art.text[sent.start:sent.end],
                                 evidence_spans=[(sent.start, sent.end)],
                                 source_span=source_span, verb_span=art.span(verb.first, verb.last))
    return list(out.values())
