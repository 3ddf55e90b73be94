"""A state telling its own forces' strikes is plain reporting, not a claim: the strike is in
the event's sources. Where it makes known a killing in its strike ("أعلنت الوزارة أن قياديا
قتل في غارة"), the death is the fact in dispute and the statement asserts it."""

from wire_support import claim_keys


def test_a_government_telling_its_own_raids_asserts_nothing():
    text = ("أكدت الحكومة التركية في بيان أن المقاتلات التركية قصفت ليل الجمعة تسعة أهداف لحزب العمال "
            "الكردستاني في شمال العراق.")
    assert not any(k[1] == "asserts" for k in claim_keys(text))


def test_an_army_telling_its_own_raids_asserts_nothing():
    text = ("قال الجيش الأمريكي اليوم الأحد إن الولايات المتحدة ودول التحالف نفذت 15 غارة جوية على "
            "مواقع لتنظيم داعش قرب مدينة الرمادي أمس السبت.")
    assert not any(k[1] == "asserts" for k in claim_keys(text))


def test_a_killing_in_its_own_strike_is_asserted():
    text = ("أعلنت وزارة الدفاع الأمريكية أن قياديا بارزا في تنظيم القاعدة قتل في غارة أمريكية "
            "استهدفته في ولاية باكتيكا الأفغانية.")
    assert ("us_gov", "asserts", "air_drone_strike") in claim_keys(text)
