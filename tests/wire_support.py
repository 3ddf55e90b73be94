"""Shared helpers for tests that run the whole extraction on wire-style sentences."""

from __future__ import annotations

import rasd

PUB = "2024-03-09"  # a Saturday


def events(text: str, published: str = PUB) -> list[dict]:
    return rasd.extract(text, published=published).to_dict()["events"]


def types(text: str, published: str = PUB) -> list[str]:
    return [e["type"] for e in events(text, published)]


def one(text: str, etype: str, published: str = PUB) -> dict:
    """The first event of type ``etype``; fails naming the types found when there is none."""
    found = events(text, published)
    typed = [e for e in found if e["type"] == etype]
    assert typed, f"no {etype} in {[e['type'] for e in found]}"
    return typed[0]


def perpetrators(text: str, etype: str, published: str = PUB) -> set[str]:
    """The doers of every event of type ``etype``; fails naming the events when there is none."""
    found = [e for e in events(text, published) if e["type"] == etype]
    assert found, events(text, published)
    return {p for e in found for p in e["perpetrators"]}


def claims(text: str, published: str = PUB) -> list[dict]:
    return rasd.extract(text, published=published).to_dict()["claims"]


def claim_keys(text: str, published: str = PUB) -> set[tuple[str, str, str]]:
    """(source, stance, topic) of each claim: what the scorer pairs claims on."""
    return {(c["source"], c["stance"], c["topic"]) for c in claims(text, published)}
