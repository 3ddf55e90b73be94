"""A lead tells an attack by a generic "هجوم" at a town; a later sentence tells its kind (a car
bomb, a roadside bomb) only at the province that holds the town: one act, one event, placed at
the town and coded by its kind, with the lead's toll. A country-level telling with a toll joins
the finer telling that gives the same toll.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

import pytest
from wire_support import events


def _summary(text: str) -> list[tuple[str, str, int | None]]:
    return [(e["type"], e["location"]["name_ar"], (e.get("fatalities") or {}).get("low")) for e in events(text)]


@pytest.mark.parametrize(("text", "town", "killed"), [
    ("قتل سبعة جنود أمس في هجوم شنه مسلحون على حاجز عسكري في مدينة المكلا. "
     "وقال مصدر أمني إن هجوما بسيارة مفخخة استهدف الحاجز في محافظة حضرموت.", "المكلا", 7),
    ("قتل أربعة من عناصر الشرطة في هجوم على مركز للشرطة في بلدة القطن. "
     "وأفاد مصدر محلي بأن المهاجمين فجروا عبوة ناسفة عند مدخل المركز في محافظة حضرموت.", "القطن", 4),
])
def test_the_blast_told_at_the_province_is_the_towns_attack(text: str, town: str, killed: int) -> None:
    found = _summary(text)
    assert found == [("remote_explosive_landmine_ied", town, killed)]


def test_a_blast_in_another_province_stays_its_own_event() -> None:
    text = ("قتل سبعة جنود أمس في هجوم شنه مسلحون على حاجز عسكري في مدينة المكلا. "
            "وقال مصدر أمني إن سيارة مفخخة انفجرت أمس في محافظة أبين.")
    found = _summary(text)
    assert ("armed_clash", "المكلا", 7) in found
    assert ("remote_explosive_landmine_ied", "محافظة أبين", None) in found


def test_a_country_level_toll_joins_the_finer_telling_with_the_same_toll() -> None:
    """The lead's strikes "في سورية" with a toll are the strikes told again in a countryside with
    that very toll, not those of the first town of the country the article names."""
    text = ("قصفت طائرات حربية تركية أمس مواقع لتنظيم داعش في سورية، فقتل تسعة من مسلحي "
            "التنظيم وجرح 12 آخرون. وقال المرصد إن المقاتلات التركية شنت ثلاث ضربات على مواقع "
            "للتنظيم في ريف حلب الشمالي، قتل فيها تسعة مسلحين وجرح 12 آخرون. "
            "من جهة أخرى قال التحالف إن طائراته نفذت أمس غارات قرب الحسكة.")
    found = _summary(text)
    assert ("air_drone_strike", "الحسكة", None) in found
    assert sum(killed == 9 for _, _, killed in found) == 1
