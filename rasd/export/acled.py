"""Incidents as ACLED rows: ACLED's column names and codes, so ACLED tools read the file as is."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasd.export.vocab import actor_name, countries, disorder_type, event_types, inter_code

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
           "fatalities", "tags", "timestamp")
_GEO_PRECISION = {"town": 1, "region": 2, "province": 3, "country": 3}


def time_precision(date: str | None, date_to: str | None) -> int:
    """1: the day is known; 2: within a week; 3: a longer period (a month)."""
    if not date or not date_to or date == date_to:
        return 1
    days = (dt.date.fromisoformat(date_to) - dt.date.fromisoformat(date)).days
    return 2 if days <= 7 else 3


def interaction(inter1: int | None, inter2: int | None) -> int | str:
    """ACLED's numeric interaction: the two inter codes, smaller first; one actor alone is N0."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def acled_row(inc: dict[str, Any], outlets: list[str] | None = None) -> dict[str, Any]:
    loc = inc["location"]
    ev_type, sub_type = event_types().get(inc["type"], (inc["event_type"] or "", inc["sub_event_type"] or ""))
    iso3, iso_num, region = countries().get((loc["country"] or "").lower(), ("XXX", "", ""))
    perps, targets = inc["perpetrators"], [t for t in inc["targets"]]
    a1 = perps[0] if perps else None
    a2 = targets[0] if targets else None
    inter1 = inter_code(a1) if a1 else None
    inter2 = inter_code(a2) if a2 else None
    tags = []
    if inc["contested"]:
        tags.append("contested")
    if inc["single_source"]:
        tags.append("single source")
    fat = inc["fatalities"]
    if fat["low"] is not None and fat["high"] is not None and fat["high"] != fat["low"]:
        tags.append(f"fatalities reported {fat['low']}-{fat['high']}")
    place = loc["name"] or loc["name_ar"] or ""
    notes = (f"On {inc['date']}, {sub_type.lower() or inc['type']} in {place or 'an unnamed place'}"
             f"{', ' + loc['country'] if loc['country'] else ''}"
             f"{' by ' + '; '.join(actor_name(a) for a in perps) if perps else ''}. "
             f"{inc['n_sources']} independent source(s).")
    updated = inc.get("updated_at")
    stamp = int(dt.datetime.fromisoformat(updated).timestamp()) if updated else ""
    return {
        "event_id_cnty": f"{iso3}{inc['id']}", "event_date": inc["date"] or "",
        "year": inc["date"][:4] if inc["date"] else "", "time_precision": time_precision(inc["date"], inc["date_to"]),
        "disorder_type": disorder_type(ev_type, sub_type), "event_type": ev_type, "sub_event_type": sub_type,
        "actor1": actor_name(a1) if a1 else "", "assoc_actor_1": "; ".join(actor_name(a) for a in perps[1:]),
        "inter1": inter1 if inter1 is not None else "",
        "actor2": actor_name(a2) if a2 else "", "assoc_actor_2": "; ".join(actor_name(a) for a in targets[1:]),
        "inter2": inter2 if inter2 is not None else "", "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if "civilians" in targets else "",
        "iso": iso_num, "region": region, "country": loc["country"] or "", "admin1": loc["admin1"] or "",
        "admin2": "", "admin3": "", "location": place,
        "latitude": loc["lat"] if loc["lat"] is not None else "",
        "longitude": loc["lon"] if loc["lon"] is not None else "",
        "geo_precision": _GEO_PRECISION.get(loc["precision"] or "", 3),
        "source": "; ".join(outlets or []), "source_scale": "Other", "notes": notes,
        "fatalities": fat["low"] or 0, "tags": "; ".join(tags), "timestamp": stamp,
    }
