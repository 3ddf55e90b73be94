"""Claims made known with "أعلن" and a noun, no "أن": "أعلنت الوزارة (عن) مقتل القائد في غارة"
states the speaker's own act as surely as "أعلنت أن"; another's act so announced is news of
the fight, not a charge."""

from wire_support import claim_keys as _keys


def test_an_announced_killing_in_the_speakers_own_strike_is_asserted():
    text = ("أعلنت وزارة الدفاع الأمريكية أمس مقتل قيادي بارز في تنظيم القاعدة في غارة أمريكية "
            "استهدفت سيارته في ولاية ننغرهار شرقي أفغانستان.")
    assert ("us_gov", "asserts", "air_drone_strike") in _keys(text)


def test_announced_with_an_after_the_time_word():
    text = ("أعلنت وزارة الدفاع الأمريكية الخميس عن مقتل أحد قادة تنظيم داعش في غارة أمريكية "
            "استهدفت مخبأه قرب مدينة الرقة.")
    assert ("us_gov", "asserts", "air_drone_strike") in _keys(text)


def test_the_enemys_act_announced_is_no_accusation():
    text = ("أعلنت قيادة الشرطة الاتحادية أمس عن صد هجوم شنه تنظيم داعش على مواقعها في منطقة "
            "حصيبة وقتل 12 من عناصره.")
    assert not {k for k in _keys(text) if k[1] == "accuses"}


def test_an_announced_meeting_is_no_claim():
    text = ("قتل خمسة جنود في هجوم على قاعدة عسكرية في ولاية هلمند أمس.\n"
            "وأعلنت وزارة الدفاع الأمريكية عن اجتماع لقادة الحلف الأسبوع المقبل.")
    assert not {k for k in _keys(text) if k[0] == "us_gov"}
