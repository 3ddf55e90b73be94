"""Offline Arabic gazetteer and place resolution (GeoNames, CC BY 4.0, plus curated places)."""

from rasd.geo.gazetteer import Entry, Gazetteer, km
from rasd.geo.geocoder import Geocoder, Place

__all__ = ["Entry", "Gazetteer", "Geocoder", "Place", "km"]
