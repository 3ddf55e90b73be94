"""Event typing, blocking and actor rules, on sentences written for these tests in wire style."""

from wire_support import events as _events
from wire_support import one as _one
from wire_support import types as _types


def test_accusative_suicide_attack_is_a_suicide_bombing():
    text = ("مايدوغوري - قال الجيش النيجيري إن هجوما انتحاريا استهدف سوقا في مدينة مايدوغوري أمس الجمعة "
            "وأسفر عن مقتل ستة أشخاص.")
    assert "suicide_bomb" in _types(text)
    assert "armed_clash" not in _types(text)


def test_mined_truck_is_a_car_bomb():
    text = "جلال آباد - أسفرت سيارة ملغومة عن مقتل ثلاثة أشخاص قرب مركز للشرطة في مدينة جلال آباد أمس الجمعة."
    assert "remote_explosive_landmine_ied" in _types(text)


def test_aircraft_named_far_before_the_bombardment_word():
    text = ("إدلب - سقطت طائرة حربية تابعة للنظام السوري أمس الجمعة بسبب عطل فني أثناء قصفها حيا سكنيا في "
            "مدينة أريحا، ما أدى إلى مقتل عشرة مدنيين.")
    assert "air_drone_strike" in _types(text)
    assert "shelling_artillery_missile_attack" not in _types(text)
    # a bombardment word with its own doer after it keeps its own reading
    text = ("درعا - شن الطيران الحربي غارات على أحياء مدينة درعا أمس الجمعة، وسط استمرار قصف قوات النظام "
            "على بلدة اليادودة.")
    shelled = [e["type"] for e in _events(text) if e["location"]["name_ar"] == "اليادودة"]
    assert shelled == ["shelling_artillery_missile_attack"]


def test_nationality_of_the_aircraft_names_the_perpetrator():
    text = ("أنقرة - قامت ثلاث مقاتلات من سلاح الجو التركي أمس الجمعة بقصف مواقع لتنظيم داعش في قرية حوار "
            "كلس شمال حلب.")
    ev = _one(text, "air_drone_strike")
    assert ev["perpetrators"] == ["turkey_forces"]


def test_the_dead_is_no_killing_act():
    text = ("حلب - قال المرصد السوري إن تسعة من عناصر داعش قتلوا في غارات نفذتها مقاتلات تركية على مدينة "
            "الباب أمس الجمعة، مشيرا إلى أن القتلى والجرحى نقلوا إلى مستشفى منبج.")
    assert _types(text) == ["air_drone_strike"]


def test_planner_of_an_old_attack_is_no_event():
    text = ("باماكو - اعتقلت الشرطة في مالي يوم الأحد الماضي رجلا في بلدة سيغو يشتبه في أنه مدبر هجوم على "
            "فندق في العاصمة.")
    assert "armed_clash" not in _types(text)
    assert "arrests" in _types(text)


def test_any_attack_is_no_attack():
    text = "أنقرة - قال مسؤول تركي إن الجيش سيرد بقوة على أي هجوم يستهدف مواقعه قرب الحدود مع سوريا."
    assert _events(text) == []


def test_rising_pace_of_attacks_is_a_trend():
    text = ("ديار بكر - زادت وتيرة هجمات مقاتلي حزب العمال الكردستاني على مواقع الجيش في جنوب شرق تركيا "
            "منذ منتصف الشهر الماضي.")
    assert _events(text) == []


def test_suicide_bomber_side_is_the_armed_group():
    text = ("كلس - قتل جندي تركي أمس الجمعة في هجوم انتحاري نفذه تنظيم داعش قرب بلدة كلس الحدودية حيث "
            "ينتشر الجيش التركي.")
    ev = _one(text, "suicide_bomb")
    assert ev["perpetrators"] == ["isis"]
    assert "turkey_forces" not in ev["perpetrators"]


def test_arrest_side_is_the_state():
    text = ("إسطنبول - اعتقلت الشرطة التركية أمس الجمعة 20 شخصا يشتبه في انتمائهم إلى تنظيم داعش في مدينة "
            "أضنة.")
    ev = _one(text, "arrests")
    assert ev["perpetrators"] == ["turkey_police"]


def test_linked_to_a_group_is_not_its_target():
    text = ("سروج - قالت الحكومة التركية إن تفجيرا انتحاريا على علاقة بتنظيم داعش أوقع 30 قتيلا أمس الجمعة "
            "في بلدة سروج.")
    ev = _one(text, "suicide_bomb")
    assert "isis" in ev["perpetrators"]
    assert "isis" not in ev["targets"]


def test_car_bomb_in_another_province_is_not_the_suicide_bombing():
    text = ("بغداد - فجر انتحاري يرتدي حزاما ناسفا نفسه وسط سوق شعبي في مدينة الرمادي أمس الجمعة ما أدى "
            "إلى مقتل 15 شخصا. وفي اليوم ذاته انفجرت سيارة مفخخة في محافظة ديالى ما أسفر عن مقتل "
            "شخصين وإصابة أربعة آخرين.")
    bomb = _one(text, "suicide_bomb")
    assert bomb["fatalities"]["low"] == 15
    ied = _one(text, "remote_explosive_landmine_ied")
    assert ied["fatalities"]["low"] == 2 and ied["injuries"]["low"] == 4
