"""Which event a toll goes to when a killing word shares its sentence with an arrest.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import events


def _figures(text: str) -> dict[str, tuple[int | None, int | None]]:
    return {e["type"]: (e["fatalities"]["low"], e["fatalities"]["high"]) for e in events(text)}


def test_executed_count_goes_to_the_killing_not_the_arrest():
    text = "اعتقل تنظيم داعش أمس 20 شابا في مدينة الموصل، وقال شهود: «أعدم التنظيم فورا خمسة منهم»."
    got = _figures(text)
    assert got.get("attack") == (5, 5)
    assert got.get("arrests", (None, None)) == (None, None)
