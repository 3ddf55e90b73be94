"""Where a move heads ("باتجاه", "نحو", "صوب") is no scene of the move, unlike a shell's aim.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import events as _events


def _places(text: str) -> set[str]:
    return {e["location"]["name_ar"] for e in _events(text)}


def test_where_a_withdrawal_heads_is_not_its_place() -> None:
    places = _places("انسحب مسلحو الحوثي أمس من مدينة عدن باتجاه محافظة لحج بعد معارك عنيفة.")
    assert places and not any("لحج" in p for p in places)


def test_where_troops_moved_after_a_capture_is_not_the_capture_place() -> None:
    places = _places("وتحركت القوات الحكومية أمس صوب شبوة بعد السيطرة على مدينة زنجبار.")
    assert places and "شبوة" not in places


def test_a_rocket_aimed_at_a_town_struck_the_town() -> None:
    places = _places("أطلق مسلحون من غزة أمس صواريخ باتجاه مدينة عسقلان.")
    assert any("عسقلان" in p for p in places)


def test_a_foiled_push_toward_a_village_is_placed_at_the_village() -> None:
    places = _places("أحبطت فصائل المعارضة أمس محاولة تقدم للقوات النظامية باتجاه قرية الزيارة في ريف حماة.")
    assert "الزيارة" in places
