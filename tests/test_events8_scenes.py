"""An act told at a country ("في غارة أمريكية في أفغانستان") and placed by a next sentence that
names it again ("العملية"، "الضربة"، "الغارة") at a province or district inside that country
happened there, on the day that sentence writes for it; it is not lost for being coarse."""

from wire_support import one


def test_the_operation_named_again_places_a_country_strike_in_its_province():
    text = ("واشنطن - أعلن الجيش الأمريكي أمس أن قياديا في تنظيم داعش قتل في غارة أمريكية في "
            "أفغانستان. وأوضح الجيش أن العملية التي جرت في 2 مارس في ولاية ننغرهار أدت أيضا إلى "
            "مقتل اثنين من مرافقيه.")
    ev = one(text, "air_drone_strike")
    assert ev["location"]["precision"] == "province" and "ننغرهار" in ev["location"]["name_ar"], ev
    assert ev["date"] == "2024-03-02", ev


def test_the_strike_named_again_moves_to_its_province():
    text = ("واشنطن - أعلن الجيش الأمريكي أمس أن قياديا في حركة الشباب قتل في غارة بطائرة مسيرة في "
            "الصومال. وأضاف أن الغارة استهدفت سيارته في إقليم شبيلي السفلى.")
    ev = one(text, "air_drone_strike")
    assert "شبيلي" in ev["location"]["name_ar"], ev
    assert ev["date"] == "2024-03-08", ev


def test_a_district_in_its_province_takes_the_act_and_its_own_day():
    text = ("واشنطن - قال الجيش الأمريكي أمس إن غارة جوية في اليمن قتلت قياديا في تنظيم القاعدة. "
            "وذكر أن الضربة التي نفذت في 4 مارس في مديرية الصعيد بمحافظة شبوة أسفرت أيضا عن مقتل "
            "مرافقه.")
    ev = one(text, "air_drone_strike")
    assert ev["location"]["name_ar"] == "الصعيد" and ev["location"]["precision"] == "region", ev
    assert ev["date"] == "2024-03-04", ev


def test_the_raid_told_again_with_its_day_later_in_the_sentence():
    text = ("واشنطن - قال الجيش الأمريكي أمس إن غارة جوية في أفغانستان قتلت قياديا في تنظيم القاعدة. "
            "وذكر أن الغارة استهدفت القيادي وأنه قتل في ضربة وقعت في 3 مارس في ولاية خوست.")
    ev = one(text, "air_drone_strike")
    assert "خوست" in ev["location"]["name_ar"], ev
    assert ev["date"] == "2024-03-03", ev
