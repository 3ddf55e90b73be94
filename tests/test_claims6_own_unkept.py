"""A state telling a killing in its own strike ("أعلنت وزارة الدفاع الأمريكية مقتل قيادي في غارة
أمريكية") asserts the strike even where no event was kept at its word (told weeks before, or
with no place); its other name in apposition ("وزارة الدفاع الأمريكية، البنتاغون،") does not
hide what it announces."""

from wire_support import claim_keys


def test_a_killing_in_an_own_strike_whose_event_is_not_kept():
    text = ("أعلنت وزارة الدفاع الأمريكية أمس أن قائدا بارزا في تنظيم القاعدة قتل مع ثلاثة من "
            "مساعديه في غارة أمريكية استهدفت سيارته في أفغانستان. وأوضحت الوزارة أن العملية التي "
            "نفذت في 20 فبراير في ولاية قندهار أدت إلى مقتل القائد.")
    assert ("us_gov", "asserts", "air_drone_strike") in claim_keys(text)


def test_an_announced_killing_after_the_speakers_other_name():
    text = ("أعلنت وزارة الدفاع الأمريكية، البنتاغون، أمس عن مقتل قيادي بارز في حركة الشباب في "
            "غارة أمريكية مطلع الشهر الجاري.")
    assert ("us_gov", "asserts", "air_drone_strike") in claim_keys(text)


def test_an_own_strike_with_no_killing_is_routine_reporting():
    text = ("أعلنت وزارة الدفاع الأمريكية أمس أن غارة أمريكية دمرت مخزنا للأسلحة تابعا لتنظيم "
            "القاعدة مطلع الشهر الجاري.")
    assert not any(k[1] == "asserts" for k in claim_keys(text))
