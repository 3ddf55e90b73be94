"""A sea or gulf named beside the towns of an act ("وعلى خطوط الإمداد في البحر الأحمر") is where
those towns lie, not a place of its own: no event at a point far out at sea."""

from wire_support import events


def _places(text: str, etype: str) -> set[str]:
    return {e["location"]["name_ar"] for e in events(text) if e["type"] == etype}


def test_supply_lines_at_sea_beside_a_port():
    text = ("صنعاء - ودمرت طائرات التحالف أمس مواقع للمتمردين في ميناء الصليف شمال مدينة الحديدة "
            "وعلى خطوط الإمداد في البحر الأحمر.")
    found = _places(text, "air_drone_strike")
    assert "الصليف" in found and "البحر الأحمر" not in found, events(text)


def test_coast_of_the_sea_beside_a_town():
    text = "عدن - وقصفت طائرات التحالف أمس مواقع للمتمردين في مدينة المخا وعلى ساحل البحر الأحمر."
    found = [(e["location"]["name_ar"], e["date"]) for e in events(text)]
    assert found == [("المخا", "2024-03-08")], found
    # a sea alone stays the place
    text = "عدن - هاجم قراصنة أمس سفينة تجارية في خليج عدن."
    assert [e["location"]["name_ar"] for e in events(text)] == ["خليج عدن"], events(text)
