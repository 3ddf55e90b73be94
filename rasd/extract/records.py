"""The contract's records (../shared/gold/SPEC.md): events, claims, their evidence.

Every field that came from the text keeps the [start, end) offsets of its evidence in
the original article, so a reader can check any figure in one click.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(slots=True)
class Figure:
    """A bounded count; ``vague`` marks ACLED's conservative reading of عشرات, مئات ..."""

    low: int | None = None
    high: int | None = None
    vague: bool = False
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"low": self.low, "high": self.high}
        if self.vague:
            out["vague"] = True
        return out


@dataclass(slots=True)
class Location:
    name_ar: str | None = None
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    gazetteer_id: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name_ar": self.name_ar, "name": self.name, "country": self.country,
                "admin1": self.admin1, "lat": self.lat, "lon": self.lon,
                "precision": self.precision, "gazetteer_id": self.gazetteer_id}


FIGURE_FIELDS = ("fatalities", "injuries", "casualties", "displaced")


@dataclass(slots=True)
class Event:
    type: str
    event_type: str
    sub_event_type: str
    date: dt.date | None = None
    date_to: dt.date | None = None
    date_precision: str | None = None
    location: Location = field(default_factory=Location)
    perpetrators: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    fatalities: Figure = field(default_factory=Figure)
    injuries: Figure = field(default_factory=Figure)
    casualties: Figure = field(default_factory=Figure)
    displaced: Figure = field(default_factory=Figure)
    sources: list[str] = field(default_factory=list)
    perpetrators_inferred: bool = False  # coded from the country's air force, not named in the text
    placeless: bool = False  # told deep in the article with no place near it: kept for claims only
    documented: bool = False  # a rights group's account of a side's conduct, no one act: kept for claims only
    status: str = "reported"
    background: bool = False
    confidence: float = 0.5
    evidence: str = ""
    evidence_spans: list[Span] = field(default_factory=list)
    trigger_span: Span | None = None
    date_span: Span | None = None
    actor_spans: dict[str, Span] = field(default_factory=dict)
    weapon_spans: dict[str, Span] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spans: dict[str, Any] = {
            "trigger": _span(self.trigger_span),
            "location": _span(self.location.span),
            "date": _span(self.date_span),
            "actors": {k: list(v) for k, v in self.actor_spans.items()},
            "weapons": {k: list(v) for k, v in self.weapon_spans.items()},
        }
        for name in FIGURE_FIELDS:
            spans[name] = _span(getattr(self, name).span)
        return {
            "type": self.type,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date.isoformat() if self.date else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "date_precision": self.date_precision,
            "location": self.location.to_dict(),
            "perpetrators": list(self.perpetrators),
            "perpetrators_inferred": self.perpetrators_inferred,
            "targets": list(self.targets),
            "weapons": list(self.weapons),
            **{name: getattr(self, name).to_dict() for name in FIGURE_FIELDS},
            "sources": list(self.sources),
            "status": self.status,
            "background": self.background,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence,
            "evidence_spans": [list(s) for s in self.evidence_spans],
            "spans": spans,
        }


@dataclass(slots=True)
class Claim:
    source: str
    stance: str  # asserts | accuses | denies
    topic: str | None
    about: list[str] = field(default_factory=list)
    verb: str = ""
    confidence: float = 0.5
    evidence: str = ""
    evidence_spans: list[Span] = field(default_factory=list)
    source_span: Span | None = None
    verb_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "stance": self.stance, "topic": self.topic,
            "about": list(self.about), "verb": self.verb,
            "confidence": round(self.confidence, 3), "evidence": self.evidence,
            "evidence_spans": [list(s) for s in self.evidence_spans],
            "spans": {"source": _span(self.source_span), "verb": _span(self.verb_span)},
        }


@dataclass(slots=True)
class ArticleResult:
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    published: dt.date | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The contract's shape: ``events`` holds the recent events only (SPEC: older background
        is not an event); the background ones follow in ``background_events``."""
        return {
            "published": self.published.isoformat() if self.published else None,
            "events": [e.to_dict() for e in self.events if not e.background],
            "background_events": [e.to_dict() for e in self.events if e.background],
            "claims": [c.to_dict() for c in self.claims],
            "warnings": list(self.warnings),
        }


def all_events(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Recent and background events of one ``to_dict()`` result, in that order (what stores keep)."""
    return list(result.get("events") or []) + list(result.get("background_events") or [])


def parse_date(value: Any) -> dt.date | None:
    """A day from a date, datetime or ISO-like string ("2024-03-09", "2024-03-09T10:00"); None
    when absent or unreadable. Every layer reads publication and event dates through this."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _span(span: Span | None) -> list[int] | None:
    return list(span) if span else None
