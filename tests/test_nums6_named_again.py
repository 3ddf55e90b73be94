"""A toll sentence with no event of its own that names an act with the article before its toll
("إن الضربة ... أسفرت أيضا عن مقتل اثنين") belongs to the event told with that word, not to the
one told just before; "أيضا" on the verb leading to the toll adds it to the toll told before.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import events

TEXT = ("أعلن الجيش الأمريكي أمس الجمعة أن ضربة جوية في ولاية هلمند الأفغانية قتلت قياديا بارزا "
        "في حركة طالبان.\n"
        "وقال في بيان إن القيادي كان المسؤول عن «العمليات الانتحارية» للحركة في جنوب البلاد. "
        "وأضاف أنه أشرف على هجمات ضد القوات الأفغانية. "
        "وقال متحدث عسكري للصحفيين إن الضربة هي الأحدث في سلسلة ضربات، وإنها أسفرت أيضا عن مقتل "
        "اثنين من مرافقيه.")


def test_toll_goes_to_the_strike_named_again():
    strikes = [e for e in events(TEXT) if e["type"] == "air_drone_strike"]
    assert strikes
    got = strikes[0]["fatalities"]
    assert (got["low"], got["high"]) == (3, 3)


def test_toll_leaves_the_act_told_just_before():
    others = [e for e in events(TEXT) if e["type"] != "air_drone_strike"]
    assert all(e["fatalities"]["low"] is None for e in others)
