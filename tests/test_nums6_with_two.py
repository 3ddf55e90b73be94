""""قتل مع مسلحين اثنين": the one named before the verb died with the two counted after "مع",
where the numeral two follows its noun as an adjective, as with a number ("قتل مع ثلاثة آخرين").

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import one

from rasd.extract.figures import find_figures


def _killed(text: str) -> list[tuple[int | None, int | None]]:
    return [(f.low, f.high) for f in find_figures(text) if f.kind == "fatalities"]


def test_named_leader_killed_with_two_fighters_is_three():
    text = ("أعلن الجيش أن قياديا بارزا في التنظيم قتل مع مسلحين اثنين آخرين في غارة جوية "
            "استهدفت سيارته في ولاية هلمند يوم أمس.")
    got = one(text, "air_drone_strike")["fatalities"]
    assert (got["low"], got["high"]) == (3, 3)


def test_with_two_guards_without_others_word():
    assert _killed("وقال مسؤول محلي إن رئيس البلدية قتل مع حارسين اثنين في كمين نصبه مسلحون.") == [(3, 3)]

