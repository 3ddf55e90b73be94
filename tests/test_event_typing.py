"""Events typed by the words around their trigger: fire two sides exchanged, bombs prepared but not
set off, rigged vehicles beside shells, air operations, an earlier trigger's aircraft, support
words, purpose clauses, friendly fire."""

from wire_support import events, types


def _keys(text: str) -> list[tuple[str, str | None]]:
    return [(e["type"], e["location"].get("name_ar")) for e in events(text)]


def test_fire_exchanged_by_two_named_sides_is_a_clash():
    text = ("عدن - تبادلت قوات الجيش والمقاومة مع مسلحي الحوثي أمس إطلاق النيران بالمدفعية "
            "وقذائف الهاون في مديرية الضالع.")
    found = set(types(text))
    assert "armed_clash" in found, found
    assert "shelling_artillery_missile_attack" not in found, found


def test_exchange_of_accusations_over_shelling_stays_shelling():
    text = "دمشق - تبادل الطرفان الاتهامات أمس بشأن القصف الذي استهدف بلدة الزبداني."
    found = set(types(text))
    assert "armed_clash" not in found, found


def test_bombs_prepared_to_target_forces_were_disrupted():
    text = ("العريش - فجرت قوات الأمن أمس خمس عبوات ناسفة كانت معدة لاستهداف دوريات الجيش "
            "على طريق مدينة العريش.")
    found = set(types(text))
    assert "disrupted_weapons_use" in found, found
    assert "remote_explosive_landmine_ied" not in found, found


def test_rigged_vehicles_followed_by_shells_are_a_bombing():
    text = ("المكلا - قتل خمسة جنود أمس في هجوم بسيارتين مفخختين تبعته اشتباكات بالقذائف "
            "استهدف نقطة عسكرية في مدينة المكلا.")
    found = set(types(text))
    assert "remote_explosive_landmine_ied" in found, found


def test_air_operation_is_an_air_strike():
    text = "أربيل - نفذ الجيش التركي أمس عملية عسكرية جوية ضد مواقع حزب العمال الكردستاني في منطقة سيدكان."
    found = set(types(text))
    assert "air_drone_strike" in found, found
    assert "armed_clash" not in found, found


def test_air_word_of_an_earlier_strike_does_not_type_the_next_bombardment():
    text = ("حلب - شهدت أحياء مدينة حلب أمس قصفا جويا على مناطق الاشتباكات وقصفا لقوات النظام "
            "على حي صلاح الدين.")
    found = set(types(text))
    assert {"air_drone_strike", "shelling_artillery_missile_attack"} <= found, found


def test_support_with_its_own_object_does_not_block_the_verb():
    text = ("ماريوبول - قال الجيش الأوكراني إن مئات الانفصاليين مدعومين بدبابات هاجموا أمس القوات "
            "الحكومية في بلدة ستاروناتيفكا.")
    assert ("armed_clash", "ستاروناتيفكا") in _keys(text)


def test_arrest_in_a_purpose_clause_is_not_done():
    text = ("إسطنبول - قال وزير الداخلية أمس إن السلطات ستفتح تحقيقا في الهجوم على مقر الحزب في "
            "إسطنبول ليصار إلى القبض على الفاعلين.")
    found = set(types(text))
    assert "arrests" not in found, found


def test_friendly_fire_takes_no_toll_from_its_strike():
    text = ("كابول - قتل عشرة جنود أفغان أمس في حادث إطلاق نيران صديقة، عندما نفذت طائرات حلف "
            "الأطلسي ضربة جوية على حاجز للجيش في ولاية لوغار.")
    found = events(text)
    assert {e["type"] for e in found} == {"air_drone_strike"}, [e["type"] for e in found]


def test_strikes_named_as_the_subject_of_a_bombardment_verb_are_air():
    text = "عتق - قالت مصادر محلية إن غارات الطيران قصفت أمس تجمعا للمتمردين في مدينة عتق."
    assert set(types(text)) == {"air_drone_strike"}, _keys(text)
