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


def find_claims(art: Article, lexicon: Lexicon, events: list[Event], country: str | None) -> list[Claim]:
    """Accusations, denials and claims of responsibility, tied to the events they are about."""
    out: list[Claim] = []
    seen: set[tuple[str, str, str | None]] = set()
    main_type = events[0].type if events else None
    for sent in art.sentences:
        reporting = art.in_sentence("reporting", sent)
        if not reporting:
            continue
        verbs = [v for v in reporting if v.values[0] in {"accuse", "deny", "claim"}]
        responsibility = any(not speaker_words()["responsibility"].isdisjoint(art.tokens[i].stems)
                             for i in range(sent.first, sent.last))
        if responsibility and not any(v.values[0] in {"accuse", "claim"} for v in verbs):
            verbs += [Match(v.first, v.last, v.phrase, ("claim",)) for v in reporting
                      if v.values[0] == "say"][:1]
        if not verbs:
            continue
        actors = art.in_sentence("actors", sent)
        sent_events = [e for e in events if any(s[0] <= sent.start < s[1] or sent.start <= s[0] < sent.end
                                                for s in e.evidence_spans)]
        topic = sent_events[0].type if sent_events else main_type
        if topic is None:
            continue
        for verb in verbs:
            kind = verb.values[0]
            spk = _speaker_before(art, sent, verb, actors) or _speaker_after(art, sent, verb, actors)
            if spk is None:
                said = sentence_sources(art, sent, lexicon)
                if not said:
                    continue
                spk = (said[0], None, verb.last)
            source, source_span, after = spk
            rest = [a.values[0] for a in actors if a.first >= after and a.values[0] != source
                    and a.values[0] != "civilians"]
            if kind == "claim":
                stance, about = "asserts", [source]
                owned = [e.type for e in events if source in e.perpetrators]
                for ev in events[:1] if not owned else []:
                    if not ev.perpetrators:
                        ev.perpetrators.append(source)
                for extra in dict.fromkeys(owned):
                    if extra != topic and (source, stance, extra) not in seen:
                        seen.add((source, stance, extra))
                        out.append(Claim(source=source, stance=stance, topic=extra, about=about,
                                         verb=art.surface(verb.first, verb.last), confidence=0.5,
                                         evidence=art.text[sent.start:sent.end],
                                         evidence_spans=[(sent.start, sent.end)],
                                         source_span=source_span,
                                         verb_span=art.span(verb.first, verb.last)))
            elif kind == "accuse":
                stance = "accuses"
                about = rest[:2] or (sent_events[0].perpetrators[:2] if sent_events else [])
                if not about:
                    continue
            else:
                stance = "denies"
                about = (sent_events[0].perpetrators[:2] if sent_events else []) or rest[:1]
            key = (source, stance, topic)
            if key in seen:
                continue
            seen.add(key)
            out.append(Claim(source=source, stance=stance, topic=topic, about=about,
                             verb=art.surface(verb.first, verb.last),
                             confidence=0.6 if not source.startswith("other:") else 0.45,
                             evidence=art.text[sent.start:sent.end],
                             evidence_spans=[(sent.start, sent.end)],
                             source_span=source_span, verb_span=art.span(verb.first, verb.last)))
    return out
