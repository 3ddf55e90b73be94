"""Trigger words that tell no new act (an anniversary, an ability, a habit, an objection, strikes in
general, a call for more strikes, blasts heard from strikes) and generic words typed by what they
are likened to or by what the protesters did."""

from wire_support import events, types


def _keys(text: str) -> list[tuple[str, str | None]]:
    return [(e["type"], e["location"].get("name_ar")) for e in events(text)]


def test_attack_an_anniversary_recalls_is_history():
    text = ("نيروبي - أعيد أمس افتتاح المركز التجاري في العاصمة الكينية نيروبي بعد مرور نحو عامين "
            "على هجوم شنه مسلحون من حركة الشباب وأسفر عن مقتل 67 شخصا.")
    assert types(text) == []


def test_retaking_bodies_is_no_territory():
    text = ("الزبداني - قال مصدر ميداني أمس إن مقاتلي الحزب يحاولون الوصول إلى المخطوفين في الزبداني "
            "أو استعادة جثثهم في حال مقتلهم.")
    assert not [t for t in types(text) if t.endswith("territory")]


def test_taking_a_town_is_still_a_gain():
    text = "الرمادي - استعادت القوات العراقية أمس السيطرة على مدينة الرمادي من تنظيم داعش."
    assert "government_regains_territory" in types(text)


def test_ability_to_fight_tells_no_fight():
    text = ("موسكو - قال الكرملين أمس إن أي دعم لمعارضي الأسد سيقوض قدرة دمشق على قتال تنظيم داعش "
            "في مدينة الرقة.")
    assert types(text) == []


def test_near_daily_attacks_are_a_habit_not_an_event():
    text = ("القاهرة - مددت مصر أمس حالة الطوارئ في مدينة العريش التي تشهد هجمات شبه يومية "
            "ضد قوات الأمن.")
    assert types(text) == []


def test_strikes_by_day_are_a_habit_not_an_event():
    text = "بنغازي - تقوم الطائرات الحربية بغارات بشكل يومي على مواقع التنظيم في مدينة درنة."
    assert types(text) == []


def test_any_sorties_of_bombing_are_none_in_particular():
    text = ("أنقرة - لم يسمح لسلاح الجو الأمريكي أمس بشن أي طلعات قصف انطلاقا من قاعدة إنجرليك "
            "في جنوب تركيا.")
    assert "air_drone_strike" not in types(text)


def test_not_among_the_targets_of_our_operations_is_no_clash():
    text = ("أنقرة - قال رئيس الوزراء التركي أمس إن الوحدات الكردية في مدينة عين العرب ليست ضمن أهداف "
            "عملياتنا العسكرية.")
    assert types(text) == []


def test_call_for_more_air_strikes_is_no_strike():
    text = ("مأرب - ناشد شيوخ القبائل أمس قوات التحالف بتعزيز الضربات الجوية على معاقل الحوثيين "
            "في محافظة مأرب.")
    assert "air_drone_strike" not in types(text)


def test_similar_attack_takes_the_type_of_the_lead_bombing():
    text = ("العريش - أصيب 18 شرطيا أمس في انفجار عبوة ناسفة استهدفت حافلة كانت تقلهم في مدينة العريش.\n"
            "وكان عشرون شرطيا أصيبوا في هجوم مماثل استهدف حافلتهم في مدينة رفح في الثاني من الشهر الجاري.")
    found = _keys(text)
    assert ("remote_explosive_landmine_ied", "رفح") in found, found
    assert ("armed_clash", "رفح") not in found, found


def test_similar_attack_in_its_own_sentence_is_like_the_battle_there():
    text = ("درعا - أعلنت فصائل المعارضة أمس استئناف معركة السيطرة على مدينة درعا بعد شهر من هجوم "
            "مماثل شنته على المدينة.\n"
            "وكان انتحاري فجر نفسه الأسبوع الماضي في سوق مدينة إزرع.")
    assert ("suicide_bomb", "درعا") not in _keys(text)


def test_blasts_heard_from_strikes_are_the_strikes():
    text = ("صنعاء - شن طيران التحالف أمس غارات على مخازن الأسلحة في جبل نقم شرق صنعاء، "
            "وسمع دوي انفجارات عنيفة بعد قصف المخازن.")
    found = types(text)
    assert "air_drone_strike" in found
    assert "remote_explosive_landmine_ied" not in found, found


def test_objection_of_deputies_is_no_interception():
    text = ("تونس - صادق مجلس النواب التونسي أمس على قانون مكافحة الإرهاب بأغلبية 174 صوتا "
            "مقابل اعتراض عشرة نواب في جلسة عقدها في مدينة سوسة.")
    assert "disrupted_weapons_use" not in types(text)


def test_intercepted_missiles_are_still_disrupted():
    text = "نجران - اعترضت الدفاعات الجوية السعودية أمس صاروخا باليستيا أطلقه الحوثيون على مدينة نجران."
    assert "disrupted_weapons_use" in types(text)


def test_indefinite_strikes_by_aircraft_are_air_strikes():
    text = ("حلب - قال المرصد السوري أمس إن الطائرات التركية نفذت ثلاث ضربات على مواقع للتنظيم "
            "في مدينة جرابلس، ما أدى إلى مقتل تسعة من عناصره.")
    found = _keys(text)
    assert ("air_drone_strike", "جرابلس") in found, found
    assert ("armed_clash", "جرابلس") not in found, found


def test_the_strikes_in_general_are_no_event():
    text = ("صنعاء - قالت مصادر أمس إن قادة المتمردين يشعرون بالرعب بسبب اقتراب الضربات التي توجهها "
            "طائرات التحالف من مناطقهم في صنعاء.")
    assert types(text) == []


def test_protesters_throwing_firebombs_make_a_violent_demonstration():
    text = ("ديار بكر - استخدمت شرطة مكافحة الشغب أمس الغاز المسيل للدموع لتفريق المتظاهرين الذين "
            "رشقوا القوات بالحجارة في بلدة سيلوبي.")
    found = types(text)
    assert "violent_demonstration" in found, found
    assert "protest_with_intervention" not in found, found


def test_dispersed_peaceful_protest_keeps_the_intervention():
    text = ("بغداد - فرقت الشرطة أمس بالغاز المسيل للدموع المتظاهرين الذين تجمعوا في ساحة التحرير "
            "للمطالبة بتحسين الخدمات.")
    assert "protest_with_intervention" in types(text)
