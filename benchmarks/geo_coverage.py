"""How many distinct gold place names resolve within 25 km of the annotated point.

Each distinct gold location (``location.name_ar`` with its point) is resolved with its
article's text as context: the place ``Geocoder.places()`` finds under that name (a head word
aside: "محافظة لحج" is "لحج"), else a mention that is a shorter form of the gold name ("اليرموك"
for "حي اليرموك الثانية") or differs from it only by a spelling variant of its words ("جنوب
شرق تركيا" for "جنوب شرقي تركيا"), else the first ``Geocoder.geocode()`` candidate. A mention
that is longer than the gold name is another place ("جنوب شرق تركيا" is not the country
"تركيا") and is not taken.

    .venv/bin/python benchmarks/geo_coverage.py /work/shared/gold/dev.jsonl [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from rasd.geo import Geocoder, km
from rasd.geo.gazetteer import name_key
from rasd.geo.lexicon import geo_lexicon


def variant(a: str, b: str) -> bool:
    """Two names that differ only by spelling: the same words but for a final ي/ه/ا
    ("شرقي"/"شرق", "سوريه"/"سوريا")."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(x == y or len(x) > 2 and x.rstrip("يها") == y.rstrip("يها") for x, y in zip(wa, wb, strict=True))


def resolve(geo: Geocoder, name_ar: str, text: str, precision: str | None = None) -> dict | None:
    key = name_key(name_ar)
    places = geo.places(text)
    heads = geo_lexicon().heads

    def bare(k: str) -> str:  # "محافظه لحج" -> "لحج": the head word is not part of the name
        head, _, rest = k.partition(" ")
        return rest if rest and head in heads else k

    same = [p for p in places if bare(name_key(p.name_ar)) == bare(key)]
    # the mention an event refers to: one written at the gold precision ("محافظة لحج"), else the first
    for p in sorted(same, key=lambda p: p.location["precision"] != precision):
        return p.location
    # the gold name is a longer form of the mention, word for word ("حي اليرموك الثانية" for
    # "اليرموك"), or a spelling variant of it ("جنوب شرقي تركيا"); again the mention at the gold
    # precision first. A longer mention ("جنوب شرق تركيا" for "تركيا") is another place.
    for p in sorted(places, key=lambda p: p.location["precision"] != precision):
        k = name_key(p.name_ar)
        if len(k) > 3 and (f" {k} " in f" {key} " or variant(bare(k), bare(key))) and p.location.get("lat") is not None:
            return p.location
    cands = geo.geocode(name_ar)
    return cands[0] if cands else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--misses", action="store_true", help="list the names that miss")
    ap.add_argument("--radius", type=float, default=25.0)
    args = ap.parse_args()
    geo = Geocoder.default()
    for path in args.gold:
        seen: dict[tuple[str, float, float], tuple[dict, str]] = {}
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            print(f"{path}: cannot read ({exc})", file=sys.stderr)
            return 2
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                art = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{path}:{n}: not JSON ({exc})", file=sys.stderr)
                return 2
            for ev in art.get("events", []):
                loc = ev.get("location") or {}
                if loc.get("name_ar") and loc.get("lat") is not None:
                    seen.setdefault((loc["name_ar"], loc["lat"], loc["lon"]), (loc, art.get("text", "")))
        by_precision: Counter = Counter()
        hits: Counter = Counter()
        misses = []
        for (name, lat, lon), (loc, text) in seen.items():
            got = resolve(geo, name, text, loc.get("precision"))
            ok = got is not None and got.get("lat") is not None and km(lat, lon, got["lat"], got["lon"]) <= args.radius
            by_precision[loc.get("precision")] += 1
            hits[loc.get("precision")] += ok
            if not ok:
                misses.append((name, loc.get("name"), loc.get("precision"), (lat, lon), got and (got.get("name"), got.get("lat"), got.get("lon"))))
        total = sum(by_precision.values())
        print(f"{path.name}: {sum(hits.values())}/{total} distinct gold places within {args.radius:g} km "
              f"({sum(hits.values()) / max(total, 1):.1%})")
        for prec in sorted(by_precision):
            print(f"  {prec:9} {hits[prec]:4}/{by_precision[prec]:<4} {hits[prec] / by_precision[prec]:.1%}")
        if args.misses:
            for m in misses:
                print("  miss:", *m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
