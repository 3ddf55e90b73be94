"""Helpers the geocoding tests share: the places a text yields and a distance check."""

from __future__ import annotations

from rasd.geo import Geocoder, km


def found(geo: Geocoder, text: str) -> dict[str, dict]:
    """Location of each place the text names, by its Arabic name as written."""
    return {p.name_ar: p.location for p in geo.places(text)}


def near(loc: dict, lat: float, lon: float, limit: float = 25.0) -> bool:
    """Whether a location has a point within ``limit`` km of (lat, lon)."""
    return loc.get("lat") is not None and km(loc["lat"], loc["lon"], lat, lon) < limit
