"""ACLED vocabularies shipped with the package: actor names and inter codes, event types,
countries (ISO numeric code, region) and disorder types."""

from __future__ import annotations

import functools
from pathlib import Path

_DATA = Path(__file__).with_name("data")


def _rows(name: str) -> list[list[str]]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    return rows[1:]  # header


@functools.cache
def actors() -> dict[str, tuple[str, int | None]]:
    """actor id -> (ACLED-style name, inter code)."""
    return {r[0]: (r[1], int(r[2]) if len(r) > 2 and r[2].strip().isdigit() else None) for r in _rows("actors.tsv")}


@functools.cache
def event_types() -> dict[str, tuple[str, str]]:
    """rasd type id -> (ACLED event_type, sub_event_type)."""
    return {r[0]: (r[1], r[2]) for r in _rows("event_types.tsv")}


@functools.cache
def countries() -> dict[str, tuple[str, int, str]]:
    """lower-cased country name or ISO3 -> (ISO3, ISO numeric, ACLED region)."""
    out: dict[str, tuple[str, int, str]] = {}
    for name, iso3, num, region in (r[:4] for r in _rows("countries.tsv")):
        out[name.lower()] = out[iso3.lower()] = (iso3, int(num), region)
    return out


@functools.cache
def disorder_types() -> dict[tuple[str, str], str]:
    return {(r[0], r[1] if len(r) > 1 else ""): r[2] for r in _rows("disorder_types.tsv")}


def disorder_type(event_type: str, sub_event_type: str) -> str:
    table = disorder_types()
    return table.get((event_type, sub_event_type)) or table.get((event_type, ""), "")


def actor_name(actor_id: str) -> str:
    """ACLED-style name; ``other:<name>`` keeps the name as the text gave it."""
    if actor_id.startswith("other:"):
        return actor_id[6:]
    return actors().get(actor_id, (actor_id, None))[0]


def inter_code(actor_id: str) -> int | None:
    return actors().get(actor_id, ("", None))[1]
