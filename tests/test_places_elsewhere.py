"""Places a sentence names that are not where its act happened: the base a plane flew from or
went back to, a town that is being rebuilt, an institution named after a land.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

import pytest
from wire_support import events as _events


def _places(text: str, etype: str) -> set[str]:
    return {e["location"]["name_ar"] for e in _events(text) if e["type"] == etype}


@pytest.mark.parametrize("text", [
    "قصفت مقاتلات تركية فجر أمس مواقع للمسلحين قرب بلدة الراعي قبل أن تعود إلى قاعدة ديار بكر.",
    "قصفت مقاتلات تركية انطلقت من القاعدة الجوية الثامنة في ولاية ديار بكر مواقع للمسلحين قرب بلدة الراعي.",
    "شنت الطائرات الأمريكية غارات من قاعدة جوية في إنجرليك على مواقع التنظيم قرب بلدة الراعي.",
])
def test_the_base_a_plane_flew_from_or_back_to_is_not_where_it_struck(text: str) -> None:
    places = _places(text, "air_drone_strike")
    assert "الراعي" in places
    assert not any("بكر" in p or "إنجرليك" in p for p in places)


def test_a_named_base_a_plane_took_off_from_is_no_target() -> None:
    text = ("أقلعت طائرة حربية من مطار حميميم العسكري في محافظة اللاذقية وقصفت سوقا شعبية في مدينة "
            "سراقب صباح أمس.")
    assert _places(text, "air_drone_strike") == {"سراقب"}


def test_a_base_near_which_fighting_raged_is_the_place() -> None:
    """"بالقرب من قاعدة X": near the base, which is where the act was."""
    text = "قتل خمسة مسلحين في غارة جوية بالقرب من قاعدة الحبانية شرق الرمادي أمس."
    assert _places(text, "air_drone_strike")


@pytest.mark.parametrize("text", [
    ("فجر انتحاري نفسه أمس في حديقة المركز الثقافي في سوروتش وسط شبان أرادوا المشاركة في إعادة "
     "إعمار كوباني (عين العرب)."),
    ("فجر انتحاري نفسه أمس في حديقة المركز الثقافي في سوروتش وسط شبان أرادوا المشاركة في إعادة "
     "إعمار مدينة كوباني أو عين العرب."),
])
def test_a_town_being_rebuilt_is_not_the_scene(text: str) -> None:
    assert _places(text, "suicide_bomb") == {"سوروتش"}


def test_an_institution_named_after_a_land_is_not_the_scene() -> None:
    text = ("دانت حكومة إقليم كردستان الغارات الجوية التي شنتها المقاتلات التركية أمس على مواقع "
            "المتمردين في شمال العراق.")
    assert _places(text, "air_drone_strike") == {"شمال العراق"}
