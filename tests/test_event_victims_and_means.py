"""Attack vs armed clash by who was hit and where, and acts typed by the means a report tells: a
gunman in a cinema, a lead's bare "هجوم" detailed as a bombing, suicide belts worn by men killed
in a failed assault, a massacre told with the shelling that did it."""

from wire_support import types


def test_gunman_shooting_in_a_cinema_is_an_attack_even_when_the_police_are_named():
    text = ("دالاس - قتل مسلح أمس بعد أن أطلق النار داخل سينما في مدينة دالاس بولاية تكساس، "
            "كما أعلنت الشرطة المحلية التي قالت إن عناصرها ردوا على مصدر النيران.")
    found = set(types(text))
    assert "attack" in found, found
    assert "armed_clash" not in found, found


def test_lead_attack_detailed_as_a_vehicle_bomb_is_a_bombing():
    text = ("أنقرة - قال الجيش التركي إن ثلاثة جنود قتلوا وأصيب عشرون في هجوم نفذه مسلحون أمس "
            "في بلدة سيلوبي. وذكر الجيش أن الهجوم نفذ باستخدام شاحنة محملة بطن من المتفجرات "
            "على موقع لقوات الأمن.")
    found = set(types(text))
    assert "remote_explosive_landmine_ied" in found, found
    assert "armed_clash" not in found, found


def test_attack_with_guns_after_using_stays_a_clash():
    text = ("أنقرة - قال الجيش التركي إن ثلاثة جنود قتلوا في هجوم نفذه مسلحون أمس في بلدة "
            "سيلوبي. وذكر الجيش أن الهجوم نفذ باستخدام الأسلحة الرشاشة على موقع لقوات الأمن.")
    found = set(types(text))
    assert "armed_clash" in found, found
    assert "remote_explosive_landmine_ied" not in found, found


def test_men_wearing_suicide_belts_killed_in_a_failed_assault_fought_a_clash():
    text = ("الرمادي - أفاد مصدر أمني أمس أن ستة مسلحين يرتدون أحزمة ناسفة قتلوا أثناء محاولتهم "
            "الهجوم على القوات الأمنية في حي الملعب بمدينة الرمادي.")
    found = set(types(text))
    assert "armed_clash" in found, found
    assert "suicide_bomb" not in found, found


def test_a_belt_set_off_is_still_a_suicide_bombing():
    text = ("الرمادي - فجر انتحاري يرتدي حزاما ناسفا نفسه أمس عند حاجز للجيش في مدينة الرمادي.")
    assert "suicide_bomb" in set(types(text))


def test_massacre_told_with_its_shelling_is_the_shelling():
    text = ("تعز - ارتكبت الميليشيات مجزرة في مدينة تعز أمس، بعدما أمطرت حي الجحملية بقذائف "
            "الهاون مما أدى إلى مقتل 12 مدنيا.")
    found = set(types(text))
    assert "shelling_artillery_missile_attack" in found, found
    assert "attack" not in found, found


def test_massacre_by_gunmen_stays_an_attack():
    text = "تعز - ارتكب مسلحون مجزرة في قرية الشقب أمس راح ضحيتها ثمانية مدنيين."
    assert "attack" in set(types(text))
