"""Lists of places whose next item opens with "و" and its own head noun: "في منطقة A ومعسكر B",
"في ناحية A ومدينة B". The area named first is an item of the list, an event place of its own,
not a region that only locates the town after it (which ``finest`` drops).

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

import pytest
from wire_support import events


@pytest.mark.parametrize("text, etype, names", [
    ("دمرت طائرات التحالف أمس الجمعة مواقع للمتمردين في منطقة رأس عيسى ومعسكر الصليف "
     "شمال مدينة الحديدة.", "air_drone_strike", {"رأس عيسى", "الصليف"}),
    ("قصفت المدفعية أمس الجمعة مواقع المسلحين في منطقة رأس عيسى ومدينة الصليف في "
     "محافظة الحديدة.", "shelling_artillery_missile_attack", {"رأس عيسى", "الصليف"}),
])
def test_an_area_listed_with_a_headed_town_is_its_own_place(text: str, etype: str, names: set[str]) -> None:
    found = [e for e in events(text) if e["type"] == etype]
    assert {e["location"]["name_ar"] for e in found} == names
    assert {e["date"] for e in found} == {"2024-03-08"}
