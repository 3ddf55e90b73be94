#!/usr/bin/env bash
# Vendor the dashboard's third-party assets from npm into rasd/web/static/vendor/ (run once, commit the result).
# Leaflet (BSD-2-Clause): leaflet.js, leaflet.css, images, LICENSE.
# world-atlas (ISC; Natural Earth, public domain): countries-50m TopoJSON converted to a small GeoJSON
# of the countries around the Middle East, North Africa and the Horn (coordinates rounded to 0.01°, points closer than 0.03° dropped).
set -euo pipefail
cd "$(dirname "$0")/.."
LEAFLET=${LEAFLET:-1.9.4}
ATLAS=${ATLAS:-2.0.2}
PY=${PY:-.venv/bin/python}
dest=rasd/web/static/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "leaflet@$LEAFLET" "world-atlas@$ATLAS" >/dev/null)
mkdir -p "$work/leaflet" "$work/atlas" "$dest/leaflet/images" "$dest/world-atlas"
tar xzf "$work/leaflet-$LEAFLET.tgz" -C "$work/leaflet" --strip-components=1
tar xzf "$work/world-atlas-$ATLAS.tgz" -C "$work/atlas" --strip-components=1
cp "$work/leaflet/dist/leaflet.js" "$work/leaflet/dist/leaflet.css" "$dest/leaflet/"
cp "$work/leaflet/dist/images/"*.png "$dest/leaflet/images/"
cp "$work/leaflet/LICENSE" "$dest/leaflet/LICENSE.txt"  # .txt: shipped as package data
cp "$work/atlas/LICENSE" "$dest/world-atlas/LICENSE.txt"
echo "leaflet $LEAFLET from npm" > "$dest/leaflet/VERSION.txt"
echo "world-atlas $ATLAS from npm (countries-50m.json, Natural Earth 1:50m), cut to lon -20..80, lat -5..45" \
  > "$dest/world-atlas/VERSION.txt"
"$PY" - "$work/atlas/countries-50m.json" "$dest/world-atlas/countries.geojson" <<'PYEOF'
"""TopoJSON (quantized, delta-encoded arcs) to GeoJSON, keeping countries in the region's box."""
import json
import sys

BOX = (-20.0, -5.0, 80.0, 45.0)  # west, south, east, north
topo = json.load(open(sys.argv[1], encoding="utf-8"))
(sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
arcs = []
for arc in topo["arcs"]:
    x = y = 0
    pts = []
    for dx, dy in arc:
        x += dx
        y += dy
        pts.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
    arcs.append(pts)


def ring(indices):
    out = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    kept = [out[0]]
    for p in out[1:-1]:  # drop points within 0.03 degrees of the last kept one (a few km at this scale)
        if abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= 0.03:
            kept.append(p)
    kept.append(out[-1])
    return [list(p) for p in kept]


def inside(rings):
    """The polygon's bounding-box centre lies in the box (keeps Turkey, drops Russia and China)."""
    xs = [x for r in rings for x, _ in r]
    ys = [y for r in rings for _, y in r]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return BOX[0] <= cx <= BOX[2] and BOX[1] <= cy <= BOX[3]


features = []
for geom in topo["objects"]["countries"]["geometries"]:
    if geom.get("type") == "Polygon":
        polys = [[ring(r) for r in geom["arcs"]]]
    elif geom.get("type") == "MultiPolygon":
        polys = [[ring(r) for r in poly] for poly in geom["arcs"]]
    else:
        continue
    polys = [p for p in polys if len(p[0]) >= 4 and inside(p)]
    if polys:
        features.append({"type": "Feature", "properties": {"name": geom["properties"]["name"]},
                         "geometry": {"type": "MultiPolygon", "coordinates": polys}})
json.dump({"type": "FeatureCollection", "features": features}, open(sys.argv[2], "w", encoding="utf-8"),
          separators=(",", ":"))
print(f"{len(features)} countries -> {sys.argv[2]}")
PYEOF
ls -la "$dest"/*
