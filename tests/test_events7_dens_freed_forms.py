"""A den bombed names its group as the target ("أوكار الإرهابيين"); the side a place is freed
from lost it ("تطهير المدينة من عناصر داعش"); past and repeated acts told as background
("سبق أن"، "هجمات متكررة"); and verb or noun forms the lexicon lacked (plural verbs with an
object pronoun, barrel bombs counted, explosive vests); a rigged car driven into its target is a
suicide bombing ("اقتحم ... بسيارة محملة بالمتفجرات")."""

from wire_support import events, one, types


def test_dens_bombed_make_the_group_the_target():
    text = "العريش - قصف الجيش المصري أمس أوكار الإرهابيين في مدينة الشيخ زويد شمال سيناء."
    ev = one(text, "shelling_artillery_missile_attack")
    assert ev["perpetrators"] == ["egypt_forces"], ev
    assert "unknown_gunmen" in ev["targets"], ev


def test_the_side_freed_from_is_the_target_of_a_regain():
    text = "بغداد - وأعلن الجيش العراقي أنه تمكن أمس من تطهير مدينة الرمادي من عناصر تنظيم داعش."
    ev = one(text, "government_regains_territory")
    assert "isis" not in ev["perpetrators"] and "isis" in ev["targets"], ev
    assert "non_state_actor_overtakes_territory" not in types(text)


def test_a_place_freed_from_rebels_with_no_doer_is_a_regain():
    text = "عدن - وتم تحرير مدينة زنجبار أمس بالكامل من ميليشيات الحوثي."
    assert "government_regains_territory" in types(text), events(text)


def test_a_battle_to_free_a_town_is_no_regain():
    text = "تعز - أعلنت المقاومة الشعبية أمس بدء معركة تحرير مدينة تعز من ميليشيات الحوثي."
    assert "government_regains_territory" not in types(text), events(text)


def test_strikes_told_as_the_past_make_no_event():
    text = "مأرب - وسبق أن قصفت طائرات التحالف مواقع للحوثيين في صرواح غرب المحافظة."
    assert "air_drone_strike" not in types(text), events(text)


def test_repeated_attacks_are_a_habit():
    text = "كابول - وشنت حركة طالبان أمس هجمات متكررة على نقاط الشرطة في ولاية قندوز."
    assert not types(text), events(text)


def test_plural_verb_with_object_pronoun_is_a_trigger():
    text = ("ديار بكر - اعترض أربعة مسلحين أمس سيارة إسعاف في ولاية ديار بكر، وأنزلوا الطبيبة "
            "واختطفوها.")
    assert "abduction_forced_disappearance" in types(text), events(text)


def test_barrel_bombs_counted_are_air_strikes():
    text = "دمشق - ألقى الطيران المروحي أمس 20 قنبلة برميلية على مدينة داريا في ريف دمشق."
    assert "air_drone_strike" in types(text), events(text)


def test_an_explosive_vest_set_off_is_a_suicide_bombing():
    text = "بعقوبة - فجر مهاجم سترته الناسفة أمس داخل سوق في مدينة بعقوبة، ما أسفر عن مقتل خمسة أشخاص."
    assert "suicide_bomb" in types(text), events(text)


def test_a_rigged_car_driven_into_a_gate_is_a_suicide_bombing():
    text = ("مقديشو - قتل 10 أشخاص أمس عندما اقتحم مسلح بوابة فندق في وسط العاصمة الصومالية "
            "مقديشو بسيارة محملة بالمتفجرات.")
    found = types(text)
    assert "suicide_bomb" in found and "remote_explosive_landmine_ied" not in found, events(text)


def test_a_parked_car_bomb_stays_a_planted_bomb():
    text = "بغداد - قتل 10 أشخاص أمس في انفجار سيارة مفخخة في سوق شعبي بمنطقة البياع في بغداد."
    assert "remote_explosive_landmine_ied" in types(text), events(text)


def test_blocking_food_and_aid_from_reaching_a_town_is_a_siege():
    text = ("ريف دمشق - قال ناشطون محليون إن قوات النظام تمنع دخول المساعدات إلى بلدة مضايا منذ "
            "أسابيع، وإن الأهالي يعانون نقصا حادا في الأدوية.")
    assert "siege" in types(text), events(text)
