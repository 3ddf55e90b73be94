"""Municipalities: "بلدية X" (Algeria, Tunisia, Lebanon) is a head like "مدينة": it licenses a
town the stop-list keeps for heads, and an area the gazetteer lacks written in one ("منطقة X في
بلدية Y") is an area of that town, at its point, not of its province. "محلة X" (a locality, in
Lebanese army statements) heads a town too.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from geo_support import found, near
from wire_support import events

from rasd.geo import Geocoder


def test_an_area_in_a_municipality_is_at_the_town() -> None:
    text = ("قتل ثلاثة جنود أمس الجمعة في اشتباكات مع مسلحين في منطقة الغرازة في بلدية سجنان "
            "بولاية بنزرت شمال تونس.")
    clashes = [e for e in events(text) if e["type"] == "armed_clash"]
    assert [e["date"] for e in clashes] == ["2024-03-08"]
    assert clashes[0]["location"]["name_ar"] in ("الغرازة", "سجنان")  # not the governorate
    assert near(clashes[0]["location"], 37.06, 9.24)


def test_a_municipality_licenses_a_head_only_town(geo: Geocoder) -> None:
    places = found(geo, "كمين في منطقة تيغزة في بلدية طارق بن زياد بولاية عين الدفلى.")
    assert near(places["طارق بن زياد"], 35.99, 2.15)
    assert near(places["تيغزة"], 35.99, 2.15)


def test_a_locality_heads_a_town(geo: Geocoder) -> None:
    assert near(found(geo, "أوقفت دورية للجيش شخصين في محلة بحنين قضاء المنية.")["بحنين"], 34.50, 35.95)
