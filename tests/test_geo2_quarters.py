"""Quarters of a city's district: "حي / أحياء X" where X is a district the gazetteer holds as a
region ("مديرية دار سعد"). A quarter head used to admit towns only (so that "حي الجولان" is never
the Golan), which left "أحياء دار سعد" no place at all; a district is made of quarters, and it is
the place when the article names another place of its governorate.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from geo_support import found, near
from wire_support import events

from rasd.geo import Geocoder


def test_quarters_of_a_district_are_the_district() -> None:
    text = ("قتل 12 مدنيا أمس الجمعة في قصف بصواريخ الكاتيوشا استهدف أحياء دار سعد "
            "الواقعة شمال مدينة عدن.")
    shelled = [e for e in events(text) if e["type"] == "shelling_artillery_missile_attack"]
    assert [(e["location"]["name_ar"], e["date"]) for e in shelled] == [("دار سعد", "2024-03-08")]
    assert near(shelled[0]["location"], 12.895, 44.99)


def test_one_quarter_of_a_district(geo: Geocoder) -> None:
    assert near(found(geo, "سقطت قذائف على حي دار سعد في عدن.")["دار سعد"], 12.895, 44.99)


def test_a_namesake_quarter_of_another_city_is_no_district(geo: Geocoder) -> None:
    """"حي التحرير" in Taiz is no district of Sanaa ("مديرية التحرير"): it takes the city's point."""
    loc = found(geo, "سقطت قذيفة على حي التحرير في مدينة تعز.")["التحرير"]
    assert loc["name"] is None
    assert near(loc, 13.58, 44.02)
