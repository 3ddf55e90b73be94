"""A neutral body (the UN, a rights monitor) saying a state's forces struck accuses them, as it
does an armed group: such a body is no side that tells its own strikes. A state's air force is
named "سلاح الجو" + the nationality as often as "الطيران" + it."""

from wire_support import claim_keys


def test_the_un_on_a_state_air_force_named_by_its_arm():
    text = ("قتل 14 مدنيا في غارات جوية على أحياء سكنية في مدينة داريا بريف دمشق أمس.\n"
            "وقال المبعوث الأممي ستافان دي ميستورا إن سلاح الجو السوري قصف أحياء داريا بعشرات "
            "البراميل المتفجرة.")
    assert ("un", "accuses", "air_drone_strike") in claim_keys(text)


def test_a_rights_monitor_on_state_forces_told_before():
    text = ("قتل ستة مدنيين في غارات جوية على بلدة كفرنبل بريف إدلب أمس.\n"
            "وقالت الشبكة السورية لحقوق الإنسان إن الطيران السوري قصف سوق البلدة وقت الذروة.")
    assert ("snhr", "accuses", "air_drone_strike") in claim_keys(text)


def test_a_state_telling_its_own_air_force_accuses_no_one():
    text = ("قتل ستة مسلحين في غارات جوية على مواقع لحزب العمال الكردستاني في شمال العراق أمس.\n"
            "وقالت الحكومة التركية إن سلاح الجو التركي قصف مخازن أسلحة للحزب.")
    assert not any(k[1] == "accuses" for k in claim_keys(text))
