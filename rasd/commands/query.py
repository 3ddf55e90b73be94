"""``rasd incidents`` (list with filters) and ``rasd show ID`` (one incident with its evidence)."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from typing import Any

from rasd.commands import add_db_option
from rasd.store import IncidentFilter, open_store

TABLE_COLUMNS = ("id", "date", "type", "place", "country", "killed", "src", "flags")


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def add_filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--country", help="country name, e.g. Syria")
    p.add_argument("--type", help="type id (air_drone_strike) or ACLED (sub-)event type")
    p.add_argument("--since", type=_day, help="incidents ending on or after this day")
    p.add_argument("--until", type=_day, help="incidents starting on or before this day")
    p.add_argument("--actor", help="actor id (perpetrator or target), e.g. syria_gov_forces")
    p.add_argument("--place", help="place name (Arabic or English; part of the name matches)")
    p.add_argument("--contested", action="store_true", help="only incidents some source denies")
    add_db_option(p)


def filters_from(args: argparse.Namespace) -> IncidentFilter:
    return IncidentFilter(country=args.country, type=args.type, since=args.since, until=args.until,
                          actor=args.actor, place=args.place, contested=True if args.contested else None)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("incidents", help="list incidents from the store")
    add_filter_args(p)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--limit", type=int, default=None, help="at most this many (newest first)")
    p.set_defaults(func=run_incidents)
    s = subparsers.add_parser("show", help="one incident with every source's figures and evidence")
    s.add_argument("id", type=int)
    s.add_argument("--format", choices=("text", "json"), default="text")
    add_db_option(s)
    s.set_defaults(func=run_show)


def _figure(fig: dict[str, Any]) -> str:
    if fig["low"] is None:
        return ""
    return str(fig["low"]) if fig["high"] in (None, fig["low"]) else f"{fig['low']}-{fig['high']}"


def _flat(inc: dict[str, Any]) -> dict[str, Any]:
    loc = inc["location"]
    return {"id": inc["id"], "date": inc["date"], "date_to": inc["date_to"], "type": inc["type"],
            "place": loc["name"] or loc["name_ar"], "place_ar": loc["name_ar"], "country": loc["country"],
            "admin1": loc["admin1"], "lat": loc["lat"], "lon": loc["lon"],
            "perpetrators": ";".join(inc["perpetrators"]), "targets": ";".join(inc["targets"]),
            "fatalities_low": inc["fatalities"]["low"], "fatalities_high": inc["fatalities"]["high"],
            "fatalities_best": inc["fatalities"]["best"], "injuries_low": inc["injuries"]["low"],
            "n_sources": inc["n_sources"], "n_mentions": inc["n_mentions"], "contested": inc["contested"]}


def run_incidents(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        items = store.incidents(filters_from(args), limit=args.limit)
    out = sys.stdout
    if args.format == "json":
        json.dump(items, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.format == "csv":
        rows = [_flat(i) for i in items]
        writer = csv.DictWriter(out, fieldnames=list(_flat_fields()), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = [(str(i["id"]), i["date"] or "", i["type"], i["location"]["name"] or i["location"]["name_ar"] or "",
                  i["location"]["country"] or "", _figure(i["fatalities"]), str(i["n_sources"]),
                  ",".join(f for f, on in (("contested", i["contested"]), ("single", i["single_source"])) if on))
                 for i in items]
        widths = [max([len(c)] + [len(r[k]) for r in table]) for k, c in enumerate(TABLE_COLUMNS)]
        for r in [TABLE_COLUMNS, *table]:
            out.write("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")
        print(f"{len(table)} incident(s)", file=sys.stderr)
    return 0


def _flat_fields() -> list[str]:
    return list(_flat({"id": 0, "date": None, "date_to": None, "type": "", "location": dict.fromkeys(
        ("name", "name_ar", "country", "admin1", "lat", "lon")), "perpetrators": [], "targets": [],
        "fatalities": dict.fromkeys(("low", "high", "best")), "injuries": {"low": None},
        "n_sources": 0, "n_mentions": 0, "contested": False}))


def run_show(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        inc = store.incident(args.id)
    if inc is None:
        print(f"rasd show: no incident {args.id}", file=sys.stderr)
        return 1
    if args.format == "json":
        json.dump(inc, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    loc = inc["location"]
    p = print
    p(f"incident {inc['id']}: {inc['type']} ({inc['event_type']} / {inc['sub_event_type']})")
    p(f"  date: {inc['date']}" + (f" to {inc['date_to']}" if inc["date_to"] != inc["date"] else ""))
    p(f"  place: {loc['name'] or ''} {loc['name_ar'] or ''} ({loc['country'] or '?'}, {loc['precision'] or '?'}) "
      f"{loc['lat']},{loc['lon']}")
    p(f"  perpetrators: {', '.join(inc['perpetrators']) or '-'}; targets: {', '.join(inc['targets']) or '-'}")
    for name in ("fatalities", "injuries", "casualties", "displaced"):
        f = inc[name]
        if f["low"] is not None:
            p(f"  {name}: low {f['low']}, high {f['high']}, best {f['best']}")
    p(f"  sources: {inc['n_sources']} independent ({inc['n_mentions']} mentions)"
      + ("; CONTESTED" if inc["contested"] else "") + ("; single source" if inc["single_source"] else ""))
    for src in inc["sources"]:
        a, ev = src["article"], src["event"]
        p(f"\n  [{a['outlet'] or '?'}] {a['title'] or ''} ({a['published'] or 'no date'}) {a['url'] or ''}")
        figs = ", ".join(f"{n} {_figure(ev[n])}" for n in ("fatalities", "injuries", "casualties", "displaced")
                         if ev[n]["low"] is not None)
        p(f"    status {ev['status']}; {figs or 'no figures'}; date {ev['date']}")
        for (s, e), text in zip(ev["evidence_spans"] or [], ev["evidence_text"], strict=False):
            p(f"    evidence [{s}:{e}]: {text}")
        if not ev["evidence_text"] and ev["evidence"]:
            p(f"    evidence: {ev['evidence']}")
    for c in inc["claims"]:
        p(f"\n  claim: {c['source']} {c['stance']} {c['topic']} (about {', '.join(c['about'] or []) or '-'}): "
          f"{c['evidence'] or ''}")
    return 0
