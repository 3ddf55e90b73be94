"""One person named by a title set in quotes after a kill cue ("مقتل «والي» التنظيم").

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import one


def test_title_in_curly_quotes_after_the_cue_is_one_killed():
    text = ("أعلن رئيس المجلس المحلي مقتل “والي الفلوجة” في تنظيم “داعش” بغارة لطيران التحالف "
            "الدولي على مدينة الفلوجة يوم أمس.")
    got = one(text, "air_drone_strike")["fatalities"]
    assert (got["low"], got["high"]) == (1, 1)


def test_title_in_angle_quotes_after_the_cue_is_one_killed():
    text = "أكدت مصادر محلية مقتل «أمير» جماعة بوكو حرام في غارة جوية على بلدة غوزا يوم أمس."
    got = one(text, "air_drone_strike")["fatalities"]
    assert (got["low"], got["high"]) == (1, 1)
