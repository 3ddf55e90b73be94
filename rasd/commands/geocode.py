"""``rasd geocode``: look a place name up in the gazetteer, or a point up in reverse."""

from __future__ import annotations

import argparse
import json
import sys


def register(subparsers) -> None:
    p = subparsers.add_parser("geocode", help="resolve an Arabic place name (or --reverse LAT LON)")
    p.add_argument("name", nargs="?", help='place name as written, e.g. "دوما" or "ريف إدلب الجنوبي"')
    p.add_argument("--country", help="ISO code, English or Arabic country name to restrict to")
    p.add_argument("--reverse", nargs=2, type=float, metavar=("LAT", "LON"), help="admin1 and country of a point")
    p.add_argument("--limit", type=int, default=5, help="candidates to print (default 5)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rasd.geo import Geocoder

    geo = Geocoder.default()
    if args.reverse:
        try:
            found = geo.reverse(*args.reverse)
        except ValueError as exc:
            print(f"rasd geocode: {exc}", file=sys.stderr)
            return 2
        if found is None:
            print(f"rasd geocode: no country known near {args.reverse[0]}, {args.reverse[1]}", file=sys.stderr)
            return 1
        print(json.dumps(found, ensure_ascii=False))
        return 0
    if not args.name or not args.name.strip():
        print("rasd geocode: give a place name or --reverse LAT LON", file=sys.stderr)
        return 2
    try:
        cands = geo.geocode(args.name, country=args.country)
    except ValueError as exc:
        print(f"rasd geocode: {exc}", file=sys.stderr)
        return 2
    if not cands:
        print(f"rasd geocode: {args.name!r} is not in the gazetteer", file=sys.stderr)
        return 1
    for c in cands[: max(1, args.limit)]:
        print(json.dumps(c, ensure_ascii=False))
    return 0
