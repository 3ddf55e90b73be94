"""A place joined to the one before it by the clitic "ب" only says where that one lies
("في حي X بمدينة Y" written "في حي X بY"): one act there is one event, at the finer place.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

import pytest
from wire_support import events as _events


def _places(text: str, etype: str) -> set[str]:
    return {e["location"]["name_ar"] for e in _events(text) if e["type"] == etype}


@pytest.mark.parametrize(("text", "etype", "place"), [
    ("قتل ستة جنود أمس في هجوم شنه مسلحون على نقطة عسكرية في وادي سر بوادي حضرموت.",
     "armed_clash", "وادي سر"),
    ("اندلعت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في حي جوبر بدمشق.",
     "armed_clash", "جوبر"),
])
def test_a_place_after_bi_only_locates_the_one_before(text: str, etype: str, place: str) -> None:
    places = _places(text, etype)
    assert len(places) == 1
    assert place in next(iter(places))


def test_a_town_named_with_its_own_b_is_still_a_place() -> None:
    """"وبغداد": the "ب" is the name's, and "و" lists it as another scene."""
    text = "شنت طائرات حربية غارات جوية أمس على مواقع للمسلحين في الرقة وبغداد."
    assert len(_places(text, "air_drone_strike")) == 2
