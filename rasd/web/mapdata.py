"""The dashboard map's GeoJSON: one narrow query over the incident table (no JSON columns, no
evidence text), built from the store's own ``IncidentFilter`` so the filters mean the same.

``Store.geojson`` converts every full incident row (a few dozen columns, JSON decoding); for the
map's 20,000 points that is most of the request time, so ``view=map`` reads only what it draws."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from rasd.store import IncidentFilter, Store
from rasd.store.schema import incidents

_t = incidents.c
COLUMNS = (_t.id, _t.type, _t.event_type, _t.date, _t.date_to, _t.lat, _t.lon, _t.fatalities_low,
           _t.fatalities_high, _t.fatalities_best, _t.n_sources, _t.contested, _t.single_source,
           _t.location_name, _t.location_name_ar, _t.country)


def map_geojson(store: Store, f: IncidentFilter, limit: int) -> dict[str, Any]:
    """Newest ``limit`` incidents with coordinates, as features with the map's properties."""
    query = (sa.select(*COLUMNS).where(*f.where(), _t.lat.is_not(None), _t.lon.is_not(None))
             .order_by(_t.date.desc(), _t.id.desc()).limit(limit))
    features = []
    with store.engine.connect() as conn:
        for (iid, typ, etype, date, date_to, lat, lon, f_low, f_high, f_best, n_src, contested, single,
             name, name_ar, country) in conn.execute(query):
            features.append({"type": "Feature", "id": iid, "geometry": {"type": "Point", "coordinates": [lon, lat]},
                             "properties": {
                                 "id": iid, "type": typ, "event_type": etype,
                                 "date": date.isoformat() if date else None,
                                 "date_to": date_to.isoformat() if date_to else None,
                                 "fatalities": {"low": f_low, "high": f_high, "best": f_best},
                                 "n_sources": n_src, "contested": bool(contested), "single_source": bool(single),
                                 "place": name or name_ar, "place_ar": name_ar, "country": country}})
    return {"type": "FeatureCollection", "features": features}
