"""End-to-end extraction on sentences written for these tests, in the style of wire reports."""

import datetime as dt

import pytest
from wire_support import PUB
from wire_support import events as _events
from wire_support import one as _one

import rasd


def test_air_strike_with_barrel_bombs_perpetrator_and_figures():
    text = ("إدلب - قال المرصد السوري لحقوق الإنسان إن مروحيات النظام ألقت أمس براميل متفجرة على مدينة "
            "سراقب في ريف إدلب، ما أسفر عن مقتل سبعة مدنيين بينهم طفلان وإصابة 15 آخرين.")
    ev = _one(text, "air_drone_strike")
    assert ev["location"]["name_ar"] == "سراقب"
    assert ev["date"] == "2024-03-08"
    assert "syria_gov_forces" in ev["perpetrators"]
    assert "barrel_bombs" in ev["weapons"]
    assert ev["fatalities"]["low"] == 7 and ev["injuries"]["low"] == 15
    assert "sohr" in ev["sources"]
    s, e = ev["spans"]["fatalities"]
    assert "سبعة" in text[s:e]


def test_bombardment_without_air_cue_is_shelling():
    text = "حلب - قصفت قوات النظام بقذائف الهاون حي الشعار في مدينة حلب يوم الخميس، وأصيب أربعة مدنيين."
    ev = _one(text, "shelling_artillery_missile_attack")
    assert ev["date"] == "2024-03-07"
    assert "mortars" in ev["weapons"]


def test_clash_and_explicit_date():
    text = ("عدن - اندلعت اشتباكات عنيفة بين المقاومة الشعبية ومسلحي الحوثي في مدينة تعز في 5 مارس 2024، "
            "وقتل فيها 12 مسلحا.")
    ev = _one(text, "armed_clash")
    assert ev["date"] == "2024-03-05"
    assert ev["fatalities"]["low"] == 12


def test_negated_and_future_events_are_dropped():
    assert not _events("نفى الجيش أن تكون طائراته قد شنت غارات على مدينة الرقة.")
    assert not _events("هدد التنظيم بشن هجمات جديدة على مدينة الموصل خلال الأيام المقبلة.")
    assert not _events("لم تسجل أي اشتباكات في مدينة درعا منذ إعلان الهدنة.")


def test_suicide_bombing_is_not_also_an_ied():
    text = "بغداد - فجر انتحاري يرتدي حزاما ناسفا نفسه في سوق شعبي بمدينة بعقوبة أمس، ما أدى إلى مقتل 9 أشخاص."
    types = [e["type"] for e in _events(text)]
    assert "suicide_bomb" in types and "remote_explosive_landmine_ied" not in types


def test_territory_type_follows_the_side():
    gov = _one("استعادت القوات العراقية السيطرة على مدينة بيجي من تنظيم داعش أمس.",
               "government_regains_territory")
    assert "iraq_forces" in gov["perpetrators"]
    rebel = _one("سيطر تنظيم داعش أمس على مدينة تدمر بعد انسحاب قوات النظام.",
                 "non_state_actor_overtakes_territory")
    assert "isis" in rebel["perpetrators"]


def test_old_events_are_background():
    out = rasd.extract("وكانت طائرات التحالف قد شنت غارات على مدينة الرقة في 3 يناير 2023.",
                       published=PUB).to_dict()
    assert not out["events"]
    (ev,) = out["background_events"]
    assert ev["type"] == "air_drone_strike" and ev["background"] is True


def test_a_period_that_began_over_a_month_ago_is_background():
    out = rasd.extract("تونس - وكان هجوم وقع الشهر الماضي على فندق في مدينة سوسة قد أدى إلى مقتل 38 سائحا.",
                       published="2024-03-20").to_dict()
    assert not out["events"]
    assert out["background_events"][0]["date"] == "2024-02-01"


def test_every_evidence_span_points_into_the_text():
    text = ("صنعاء - شنت طائرات التحالف العربي فجر اليوم الجمعة غارات جوية على مواقع للحوثيين في مدينة "
            "صعدة، وقال سكان إن الغارات أسفرت عن مقتل ثلاثة مسلحين.")
    for ev in _events(text, "2024-03-08"):
        for s, e in ev["evidence_spans"]:
            assert 0 <= s < e <= len(text)
        s, e = ev["spans"]["trigger"]
        assert text[s:e].strip()


@pytest.mark.parametrize("text", ["", "   ", "The army shelled the town yesterday.", "\x00\x01\x02"])
def test_empty_and_non_arabic_text_give_a_warning_not_an_error(text):
    result = rasd.extract(text, published=PUB).to_dict()
    assert result["events"] == [] and result["warnings"]


def test_publication_date_types():
    r = rasd.extract("قصفت المدفعية مدينة حمص أمس.", published=dt.date(2024, 3, 9))
    assert r.to_dict()["events"][0]["date"] == "2024-03-08"


def test_a_generic_word_refers_back_to_the_event_before_it():
    text = ("الموصل - فجر انتحاري سيارة مفخخة عند حاجز للجيش في مدينة تلعفر أمس. "
            "وأسفر الهجوم عن مقتل أربعة جنود، فيما أدى الانفجار إلى تدمير آليتين.")
    events = _events(text)
    assert [e["type"] for e in events] == ["suicide_bomb"]
    assert events[0]["fatalities"]["low"] == 4


def test_the_same_word_at_another_town_is_another_event():
    text = ("قصفت قوات النظام بالمدفعية مدينة الرستن أمس. "
            "كما طال القصف بلدة تلبيسة في ريف حمص الشمالي.")
    places = {e["location"]["name_ar"] for e in _events(text)
              if e["type"] == "shelling_artillery_missile_attack"}
    assert {"الرستن", "تلبيسة"} <= places


def test_forces_loyal_to_the_government_regain_territory():
    ev = _one("أحكمت القوات الموالية للرئيس اليمني أمس سيطرتها على مدينة زنجبار بعد معارك مع الحوثيين.",
              "government_regains_territory")
    assert ev["location"]["name_ar"] == "زنجبار"
    assert not [e for e in _events("يحاول المقاتلون استعادة مدينة زنجبار من الحوثيين.")
                if "territory" in e["type"]]


def test_governments_and_monitors_speak_but_do_not_strike():
    text = ("أنقرة - قالت الحكومة التركية إن المقاتلات التركية شنت أمس غارات على مواقع لحزب العمال "
            "الكردستاني قرب بلدة زاخو، فيما أكد المرصد مقتل ثمانية مسلحين.")
    ev = _one(text, "air_drone_strike")
    assert "turkey_forces" in ev["perpetrators"]
    assert not {"turkey_gov", "sohr"} & set(ev["perpetrators"])


def test_a_generic_alias_names_no_actor_from_another_country():
    text = ("أربيل - قصفت المقاتلات التركية أمس مواقع المتمردين في جبال قنديل شمال العراق، "
            "وقالت مصادر كردية إن القصف طال قرية زاخو.")
    for ev in _events(text):
        assert "houthis" not in ev["perpetrators"] + ev["targets"]


@pytest.mark.parametrize("text, sdf", [
    ("مهاباد - قتل ثلاثة من الحرس الثوري الإيراني في اشتباكات مع المقاتلين الأكراد قرب مدينة مهاباد أمس.",
     False),
    ("الحسكة - قتل ثلاثة من عناصر تنظيم داعش في اشتباكات مع المقاتلين الأكراد قرب بلدة تل تمر أمس.", True),
])
def test_kurdish_fighters_are_the_sdf_only_in_syria(text, sdf):
    actors = {a for ev in _events(text) for a in ev["perpetrators"] + ev["targets"]}
    assert ("sdf" in actors) == sdf, actors


def test_a_country_level_report_folds_into_the_town_event_of_the_same_day():
    text = ("خطفت جبهة النصرة أمس خمسة مقاتلين في سوريا. "
            "وقال المرصد إن عملية الخطف جرت قرب مدينة أعزاز في ريف حلب الشمالي أمس.")
    events = [e for e in _events(text) if e["type"] == "abduction_forced_disappearance"]
    assert [e["location"]["name_ar"] for e in events] == ["أعزاز"]
    assert "hts" in events[0]["perpetrators"]


def test_weapons_follow_the_event_type():
    text = ("شنت طائرات التحالف غارات على مواقع الحوثيين في مدينة صعدة أمس، فيما دارت اشتباكات "
            "بالأسلحة الخفيفة في مدينة تعز.")
    events = {e["type"]: e for e in _events(text)}
    assert events["air_drone_strike"]["weapons"] == ["airstrike_bombs"]
    assert "airstrike_bombs" not in events["armed_clash"]["weapons"]
    barrels = _one("ألقت مروحيات النظام براميل متفجرة على بلدة كفرزيتا أمس.", "air_drone_strike")
    assert barrels["weapons"] == ["barrel_bombs"]
    blast = _one("فجر انتحاري نفسه وسط سوق في مدينة بعقوبة أمس.", "suicide_bomb")
    assert blast["weapons"] == ["explosives"]


def test_an_unattributed_air_strike_is_coded_to_the_air_force_flying_there_and_flagged():
    ev = _one("قتل أربعة مسلحين في غارة جوية استهدفت مواقعهم في مدينة صعدة أمس.", "air_drone_strike")
    assert ev["perpetrators"] == ["saudi_coalition"] and ev["perpetrators_inferred"] is True
    named = _one("شنت طائرات النظام غارات على مدينة دوما أمس.", "air_drone_strike")
    assert named["perpetrators_inferred"] is False


def test_figures_of_a_two_event_sentence_go_to_the_nearest_trigger():
    text = ("أنقرة - قتل 20 شخصا وأصيب 60 آخرون يوم الاثنين في تفجير انتحاري استهدف تجمعا في مدينة "
            "سوروج، ومقتل جندي تركي في اشتباكات مع مسلحين في ولاية ماردين يوم الخميس.")
    bomb = _one(text, "suicide_bomb")
    clash = _one(text, "armed_clash")
    assert bomb["fatalities"]["low"] == 20 and bomb["injuries"]["low"] == 60
    assert clash["fatalities"]["low"] == 1
    assert clash["injuries"]["low"] is None


def test_toll_beside_an_arms_seizure_belongs_to_the_fighting():
    text = ("بغداد - أعلنت قيادة العمليات مقتل تسعة مسلحين وضبط 20 عبوة ناسفة خلال اشتباكات مع عناصر "
            "التنظيم في قضاء الفلوجة أمس.")
    clash = _one(text, "armed_clash")
    assert clash["fatalities"]["low"] == 9
    seized = [e for e in _events(text) if e["type"] == "disrupted_weapons_use"]
    assert all(e["fatalities"]["low"] is None for e in seized)


def test_each_event_of_a_sentence_takes_its_own_date():
    text = ("صنعاء - شن طيران التحالف غارات على مدينة صعدة يوم الخميس، بعد هجوم شنه الحوثيون على "
            "موقع حدودي في نجران يوم الاثنين.")
    strike = _one(text, "air_drone_strike")
    assert strike["date"] == "2024-03-07"
    attacks = [e for e in _events(text) if e["location"]["name_ar"] == "نجران"]
    assert attacks and attacks[0]["date"] == "2024-03-04"


@pytest.mark.parametrize("text", [
    "القاهرة - رفعت قوات الأمن حالة التأهب لإحباط هجمات محتملة على نقاط التفتيش في مدينة العريش.",
    "عدن - تمكنت القوات الموالية للحكومة بدعم من الغارات الجوية للتحالف من طرد المسلحين من مدينة زنجبار.",
    "واشنطن - وافقت تركيا على السماح بشن غارات جوية من قاعدة إنجرليك.",
])
def test_potential_supporting_or_permitted_strikes_are_not_events(text):
    assert not [e for e in _events(text) if e["type"] in ("air_drone_strike", "armed_clash", "attack")]


def test_district_and_town_of_one_province_are_both_places():
    text = ("عدن - تمكنت المقاومة الشعبية أمس من السيطرة على مديرية لودر في محافظة أبين بعد يوم من "
            "السيطرة على مدينة زنجبار.")
    places = {e["location"]["name_ar"] for e in _events(text) if e["type"] == "government_regains_territory"}
    assert {"لودر", "زنجبار"} <= places


def test_backers_do_not_take_the_ground():
    text = ("عدن - تمكنت المقاومة الشعبية مدعومة بغطاء جوي من طيران التحالف من السيطرة على مدينة "
            "زنجبار أمس.")
    ev = _one(text, "government_regains_territory")
    assert ev["perpetrators"] == ["yemen_popular_resistance"]


def test_a_late_paragraph_without_a_place_stays_at_the_last_town():
    text = ("تصاعد التوتر في سوريا بين الفصائل. "
            "وخطف مسلحون من جبهة النصرة أمس خمسة مقاتلين في مدينة اعزاز بريف حلب.\n\n"
            "وقال المرصد إن المخطوفين كانوا قد تلقوا تدريبات عسكرية.\n\n"
            "وأضاف أن عدد المختطفين قد يكون أكبر.\n\n"
            "وأشار إلى أن المقاتلين ينتمون إلى مجموعة صغيرة.\n\n"
            "وكانت الجبهة قد هاجمت يوم الجمعة مقرا للفرقة ووقعت اشتباكات بين الطرفين.")
    clash = _one(text, "armed_clash")
    assert clash["location"]["name_ar"] == "اعزاز"


def test_the_seat_of_an_organisation_is_not_the_event_place():
    text = ("بنغازي - اتهمت المؤسسة الوطنية للنفط التي يوجد مقرها في طرابلس الطيران الحربي بأنه قصف "
            "ناقلة نفط قرب مدينة درنة أمس.")
    places = {e["location"]["name_ar"] for e in _events(text)}
    assert "طرابلس" not in places
    assert "درنة" in places


def test_a_demonstrative_mention_joins_the_event_already_told():
    text = ("بنغازي - أغارت طائرات حربية أمس على سفينة قرب مدينة بنغازي. "
            "ولم يصدر تأكيد مستقل لهذا الهجوم الذي وقع قرب بلدة المريسة.")
    assert len(_events(text)) == 1


def test_an_attack_told_generically_is_the_suicide_bombing_at_the_same_place():
    text = ("بغداد - قتل خمسة أشخاص وجرح 16 أمس في هجوم استهدف حي الكرادة وسط بغداد. "
            "وقال مصدر في الشرطة إن الهجوم نفذه انتحاري يرتدي حزاما ناسفا عند نقطة تفتيش في حي الكرادة.")
    evs = _events(text)
    assert [e["type"] for e in evs] == ["suicide_bomb"]
    assert evs[0]["fatalities"]["low"] == 5 and evs[0]["injuries"]["low"] == 16


def test_a_toll_on_the_next_line_joins_the_strike_before_it():
    text = ("صنعاء - استهدف طيران التحالف بغارتين مبنى في مدينة حيس أمس.\n"
            "وأشارت المصادر إلى مقتل 17 مسلحا حوثيا وجرح العشرات.")
    ev = _one(text, "air_drone_strike")
    assert ev["fatalities"]["low"] == 17


def test_an_event_told_again_under_another_name_of_the_town_is_one_event():
    text = ("أنقرة - قتل 30 شخصا في تفجير انتحاري استهدف مدينة سوروج يوم الاثنين. "
            "وأعلنت السلطات اليوم أن منفذ التفجير الانتحاري في سوروتش شاب في العشرين.")
    bombs = [e for e in _events(text) if e["type"] == "suicide_bomb"]
    assert len(bombs) == 1
    assert bombs[0]["date"] == "2024-03-04"


def test_areas_under_control_are_no_takeover():
    text = "درعا - شن الطيران الحربي أمس غارات على مناطق سيطرة الفصائل المقاتلة في مدينة درعا."
    assert not [e for e in _events(text) if "territory" in e["type"]]
    text = "إدلب - أسفرت الاشتباكات أمس عن سيطرة قوات النظام على قرية الفريكة في ريف إدلب."
    assert _one(text, "government_regains_territory")


def test_a_relative_clause_of_another_noun_neither_dates_nor_blocks_the_event():
    text = ("بغداد - وتشهد مدينة الفلوجة معارك عنيفة أمس بين القوات العراقية وتنظيم داعش الذي يسيطر "
            "على المدينة منذ بداية العام الماضي.")
    ev = _one(text, "armed_clash")
    assert ev["date"] == "2024-03-08"
    text = "كابل - قتل 12 شخصا في الهجوم الذي وقع يوم الخميس على مقر للشرطة في مدينة قندهار."
    assert _events(text)[0]["date"] == "2024-03-07"


def test_the_country_across_the_border_and_a_locating_region_are_not_event_places():
    text = "عمان - قصف الجيش الأردني المرابط على الحدود مع سوريا أمس مركبة حاولت اختراق الحدود."
    assert all(e["location"]["name_ar"] != "سوريا" for e in _events(text))
    text = "عدن - سيطرت المقاومة الشعبية أمس بمدينة تعز وسط اليمن على موقع استراتيجي."
    places = [e["location"]["name_ar"] for e in _events(text)]
    assert places == ["تعز"]


def test_an_undated_takeover_by_a_rebel_group_is_background_narrative():
    text = "طرابلس - واستغل تنظيم داعش الفوضى بأن سيطر على مدينة سرت وأعدم أجانب."
    assert not [e for e in _events(text) if e["type"] == "non_state_actor_overtakes_territory"]
    text = "طرابلس - سيطر تنظيم داعش أمس على مدينة سرت بعد معارك مع قوات فجر ليبيا."
    assert _one(text, "non_state_actor_overtakes_territory")["location"]["name_ar"] == "سرت"


def test_undated_arrests_and_protests_are_habitual_not_events():
    assert not _events("القدس - ونادرا ما يتم توقيف الجناة في مثل هذه الاعتداءات في الضفة الغربية.")
    text = "تونس - أعلنت وزارة الداخلية أمس أنها اعتقلت 16 شخصا في مدينة بنزرت بشبهة الإرهاب."
    assert _one(text, "arrests")["location"]["name_ar"] == "بنزرت"


def test_where_a_rocket_came_from_is_not_where_it_fell():
    text = "القدس - سقط صاروخ أطلق من قطاع غزة أمس على مدينة عسقلان دون وقوع إصابات."
    places = {e["location"]["name_ar"] for e in _events(text)}
    assert "قطاع غزة" not in places


def test_coordinated_tolls_add_up_and_nested_ones_do_not():
    ev = _one("حلب - قتل ثلاثة جنود وخمسة مسلحين أمس في اشتباكات عنيفة في مدينة اعزاز.", "armed_clash")
    assert ev["fatalities"]["low"] == 8
    ev = _one("حلب - قتل 12 شخصا بينهم أربعة أطفال أمس في غارات على مدينة اعزاز.", "air_drone_strike")
    assert ev["fatalities"]["low"] == 12


def test_short_and_weapon_names_of_actors():
    ev = _one("أنقرة - قصفت الدبابات التركية أمس مواقع لحزب العمال قرب بلدة جيلان بينار.",
              "shelling_artillery_missile_attack")
    assert "turkey_forces" in ev["perpetrators"] and "pkk" in ev["targets"]


def test_a_weak_trigger_is_typed_within_its_own_clause():
    text = ("حلب - سقطت قذائف عدة أطلقتها الفصائل المقاتلة أمس على بلدتي نبل والزهراء، كذلك دارت "
            "اشتباكات عنيفة بين التنظيم وقوات النظام في محيط مطار كويرس العسكري.")
    types = {(e["type"], e["location"]["name_ar"]) for e in _events(text)}
    assert ("shelling_artillery_missile_attack", "نبل") in types
    assert ("shelling_artillery_missile_attack", "الزهراء") in types  # twin towns a kilometre apart
    assert ("armed_clash", "مطار كويرس العسكري") in types


def test_expelling_and_clearing_an_enemy_is_retaking_ground():
    text = ("عدن - طردت القوات الموالية للحكومة أمس مسلحي الحوثي من مدينة لودر في محافظة أبين.")
    ev = _one(text, "government_regains_territory")
    assert ev["location"]["name_ar"] == "لودر"


def test_sorties_and_destruction_from_the_air_are_air_strikes():
    ev = _one("بغداد - نفذ طيران الجيش العراقي أمس طلعات جوية على مواقع التنظيم في قضاء الحويجة.",
              "air_drone_strike")
    assert ev["location"]["name_ar"] == "الحويجة"
    ev = _one("صنعاء - دمرت طائرات التحالف أمس مواقع للحوثيين في مديرية يريم.", "air_drone_strike")
    assert ev["location"]["name_ar"] == "يريم"


def test_a_campaign_announced_for_later_is_no_event():
    text = "أنقرة - أعلن وزير الخارجية أمس أن بلاده ستبدأ قريبا بمحاربة تنظيم داعش في شمال سوريا."
    assert not _events(text)


def test_a_street_named_after_a_city_is_not_that_city():
    text = ("دمشق - قتل 11 شخصا أمس جراء قذائف صاروخية أطلقتها التنظيمات على شارعي الثورة وبغداد "
            "وحي باب توما في دمشق.")
    assert all(e["location"]["country"] == "Syria" for e in _events(text))
    ev = _one("تعز - اندلعت أمس اشتباكات عنيفة في شوارع تعز بين المقاومة والحوثيين.", "armed_clash")
    assert ev["location"]["name_ar"] == "تعز"


def test_a_part_of_a_country_yields_to_the_town_told_after_it():
    text = ("طرابلس - قال مسعفون أمس إن خمسة أشخاص قتلوا خلال اشتباكات في شرق ليبيا. "
            "واندلع القتال أمس في مدينة أجدابيا بين قوات موالية للحكومة وجماعات مسلحة.")
    clashes = [e for e in _events(text) if e["type"] == "armed_clash"]
    assert [e["location"]["name_ar"] for e in clashes] == ["أجدابيا"]
    assert clashes[0]["fatalities"]["low"] == 5


def test_a_town_near_which_a_strike_hit_is_its_place_even_after_the_country():
    text = ("واشنطن - أعلنت وزارة الدفاع الأمريكية أن القيادي قتل يوم الأربعاء بضربة جوية أمريكية في سوريا "
            "أثناء تنقله بسيارة قرب بلدة سرمدا.")
    ev = _one(text, "air_drone_strike")
    assert ev["location"]["name_ar"] == "سرمدا"


def test_a_city_a_distance_is_measured_from_only_locates():
    text = ("بغداد - قتل تسعة أشخاص أمس عندما هاجم انتحاريان مقهى شعبيا في شمال العراق. كما أسفر الهجوم "
            "الذي استهدف بلدة الدجيل التي تبعد نحو 60 كيلومترا إلى الشمال من العاصمة بغداد "
            "عن إصابة 31 شخصا.")
    (ev,) = _events(text)
    assert (ev["type"], ev["location"]["name_ar"]) == ("suicide_bomb", "الدجيل")
    assert ev["fatalities"]["low"] == 9 and ev["injuries"]["low"] == 31


def test_conscience_is_no_place():
    text = "واشنطن - دانت الخارجية استغلال الجماعة المعدومة الضمير للأطفال في تفجيرات انتحارية أمس."
    assert all(e["location"]["name_ar"] != "الضمير" for e in _events(text))


def test_a_country_level_event_stays_only_where_the_article_names_no_finer_place():
    text = "صنعاء - وتواصل المقاومة الشعبية هجماتها في اليمن، فيما سيطرت أمس على مدينة زنجبار."
    assert all(e["location"]["precision"] != "country" for e in _events(text))
    ev = _one("عدن - شنت طائرات التحالف أمس غارات جوية على مواقع الحوثيين في اليمن.".replace("عدن - ", ""),
              "air_drone_strike")
    assert ev["location"]["precision"] == "country"


def test_an_event_deep_in_an_article_with_no_place_near_it_is_dropped():
    lead = "قصفت قوات النظام أمس بلدة تل رفعت بالمدفعية. "
    filler = "وقال المرصد إن الوضع الإنساني صعب. " * 4
    text = lead + filler + "ودارت اشتباكات عنيفة بين الطرفين."
    assert [e["type"] for e in _events(text)] == ["shelling_artillery_missile_attack"]


def test_a_count_of_others_adds_to_the_toll():
    text = ("طرابلس - قال مسؤول عسكري إن خمسة جنود قتلوا أمس عندما هاجم مقاتلو داعش نقطة تفتيش خارج "
            "مدينة أجدابيا، وقتل جنديان آخران عندما وصلت التعزيزات.")
    ev = _one(text, "armed_clash")
    assert ev["fatalities"]["low"] == 7


def test_a_pro_government_side_expelling_rebels_regains_ground():
    text = ("عدن - نجحت قوات المقاومة الشعبية الموالية للرئيس اليمني أمس في طرد الحوثيين من مدينة "
            "زنجبار.")
    ev = _one(text, "government_regains_territory")
    assert ev["location"]["name_ar"] == "زنجبار"


@pytest.mark.parametrize("text, etype, perp", [
    ("حلب - قتل خمسة مسلحين في غارات جوية روسية على بلدة دارة عزة في ريف حلب الغربي أمس.",
     "air_drone_strike", "russia_forces"),
    ("القامشلي - أصيب ثلاثة مدنيين بجروح في القصف المدفعي التركي على قرية تل كوجر أمس.",
     "shelling_artillery_missile_attack", "turkey_forces"),
    ("غزة - قتل فلسطينيان في غارة إسرائيلية استهدفت منزلا في مدينة رفح فجر اليوم.",
     "air_drone_strike", "israel_forces"),
])
def test_nationality_adjective_of_the_attack_word_names_the_doer(text, etype, perp):
    assert perp in _one(text, etype)["perpetrators"]


def test_nationality_of_a_victim_names_no_doer():
    ev = _one("ديار بكر - قتل جندي تركي في انفجار عبوة ناسفة استهدفت دورية في بلدة ليجه أمس.",
              "remote_explosive_landmine_ied")
    assert "turkey_forces" not in ev["perpetrators"]


def test_a_place_falls_to_the_side_named_after_bid():
    text = ("الرمادي - سقطت مدينة هيت وناحية كبيسة المجاورة بيد تنظيم داعش أمس بعد معارك مع القوات "
            "العراقية استمرت يومين.")
    ev = _one(text, "non_state_actor_overtakes_territory")
    assert ev["perpetrators"][:1] == ["isis"]


def test_nationality_of_a_bomber_names_no_state():
    ev = _one("بغداد - فجر الانتحاري السعودي حزامه الناسف وسط سوق شعبي في حي الكرادة أمس، ما أدى إلى مقتل "
              "عشرة أشخاص.", "suicide_bomb")
    assert "saudi_coalition" not in ev["perpetrators"]


def test_fighting_that_took_the_ground_is_the_territory_event():
    text = ("عدن - سيطرت قوات المقاومة الشعبية أمس على بلدة الوضيع في محافظة أبين بعد معارك عنيفة مع "
            "ميليشيات الحوثي أسفرت عن مقتل 12 من المسلحين.")
    types = [e["type"] for e in _events(text)]
    assert "armed_clash" not in types and len(types) == 1, types
    assert _one(text, types[0])["fatalities"]["low"] == 12


def test_fighting_in_its_own_sentence_stays_a_clash():
    text = ("عدن - سيطرت قوات المقاومة الشعبية أمس على بلدة الوضيع في محافظة أبين. وفي تعز، اندلعت "
            "اشتباكات عنيفة بين المقاومة والحوثيين في حي الجحملية أمس.")
    assert "armed_clash" in [e["type"] for e in _events(text)]


def test_a_report_that_no_one_was_hurt_gives_zero_killed_and_injured():
    text = "جازان - سقطت ثلاث قذائف هاون أطلقتها ميليشيا الحوثي على قرية الخوبة أمس، دون وقوع إصابات."
    ev = _one(text, "shelling_artillery_missile_attack")
    assert (ev["fatalities"]["low"], ev["injuries"]["low"]) == (0, 0)
    s, e = ev["spans"]["fatalities"]
    assert text[s:e] == "دون وقوع إصابات"


@pytest.mark.parametrize("text", [
    "حلب - قصفت قوات النظام حي الشعار أمس بالمدفعية، ولم يتضح بعد عدد الضحايا.",
    "حلب - قصفت قوات النظام حي الشعار أمس بالمدفعية، ما أدى إلى سقوط ما لا يقل عن 10 قتلى.",
])
def test_an_unknown_or_given_toll_is_not_zero(text):
    ev = _one(text, "shelling_artillery_missile_attack")
    assert ev["fatalities"]["low"] != 0


def test_at_least_is_no_negation_of_the_act():
    text = "إدلب - نفذ الطيران الحربي ما لا يقل عن 8 غارات على مناطق في بلدة سراقب أمس."
    assert _one(text, "air_drone_strike")["location"]["name_ar"] == "سراقب"
    assert not _events("إدلب - قال الأهالي إن الطيران لا يشن غارات على بلدة سراقب منذ أيام.")


def test_especially_is_no_negation_either():
    text = "حلب - تصاعدت الهجمات على أحياء المدينة، لا سيما القصف المدفعي الذي استهدف حي الشعار أمس."
    assert _one(text, "shelling_artillery_missile_attack")


@pytest.mark.parametrize("text, etype", [
    ("حلب - لا تزال المعارك العنيفة مستمرة في حي الراشدين غرب المدينة منذ صباح أمس.", "armed_clash"),
    ("بغداد - قتل ثلاثة أشخاص بعدما قام مجهولون بتفجير عبوة ناسفة في سوق حي الشعب أمس.",
     "remote_explosive_landmine_ied"),
    ("أنقرة - قصفت المقاتلات التركية مواقع في جبال قنديل أمس، غداة هجوم استهدف دورية في بلدة ليجه.",
     "air_drone_strike"),
])
def test_still_after_and_the_day_after_block_nothing(text, etype):
    assert _one(text, etype)


def test_an_unclaimed_suicide_bombing_is_an_unidentified_groups():
    ev = _one("بغداد - فجر انتحاري نفسه وسط سوق شعبي في حي الكرادة أمس، ما أدى إلى مقتل 12 شخصا.",
              "suicide_bomb")
    assert ev["perpetrators"] == ["unknown_gunmen"] and ev["perpetrators_inferred"]
    ev = _one("بغداد - فجر انتحاري من تنظيم داعش نفسه وسط سوق شعبي في حي الكرادة أمس.", "suicide_bomb")
    assert "unknown_gunmen" not in ev["perpetrators"]


@pytest.mark.parametrize("text, perps, targets", [
    ("تعز - اندلعت أمس اشتباكات عنيفة بين قوات المقاومة الشعبية وميليشيات الحوثي في حي الجحملية.",
     ["yemen_popular_resistance"], ["houthis"]),
    ("حلب - دارت أمس اشتباكات بين قوات النظام مدعمة بقوات الدفاع الوطني من جهة، وجبهة النصرة من جهة "
     "أخرى في حي الخالدية.", ["syria_gov_forces", "ndf"], ["hts"]),
])
def test_the_side_named_first_in_a_clash_is_actor_one(text, perps, targets):
    ev = _one(text, "armed_clash")
    assert ev["perpetrators"] == perps and ev["targets"] == targets, (ev["perpetrators"], ev["targets"])


def test_a_rebel_group_beside_an_air_strike_was_struck_unless_it_flew_a_drone():
    ev = _one("تعز - قتل مدني في قصف مدفعي شنه الحوثيون على حي سكني وسط مدينة تعز مساء الجمعة، في وقت شن فيه "
              "طيران التحالف سلسلة غارات على مواقعهم في المدينة.", "air_drone_strike")
    assert ev["perpetrators"] == ["saudi_coalition"] and "houthis" in ev["targets"]
    ev = _one("جازان - استهدفت طائرة مسيرة أطلقتها ميليشيا الحوثي مطار أبها أمس.", "air_drone_strike")
    assert ev["perpetrators"] == ["houthis"]


def test_gunmen_beside_a_named_group_are_that_group():
    ev = _one("درعا - هاجم مسلحون من جبهة النصرة حاجزا لقوات النظام قرب بلدة عتمان أمس، واشتبك المسلحون "
              "مع عناصر الحاجز لساعات.", "armed_clash")
    assert "unknown_gunmen" not in ev["perpetrators"], ev["perpetrators"]


@pytest.mark.parametrize("text", [
    "حلب - خطفت جبهة النصرة (تنظيم القاعدة في سوريا) خمسة مقاتلين قرب مدينة أعزاز أمس.",
    "حلب - خطفت جبهة النصرة، ذراع تنظيم القاعدة في سوريا، خمسة مقاتلين قرب مدينة أعزاز أمس.",
])
def test_a_group_named_to_say_what_another_belongs_to_is_no_second_actor(text):
    ev = _one(text, "abduction_forced_disappearance")
    assert ev["perpetrators"] == ["hts"], ev["perpetrators"]


@pytest.mark.parametrize("side", ["القوات الموالية للشرعية", "وحدات الجيش الموالية لهادي", "القوات الشرعية"])
def test_forces_loyal_to_the_yemeni_government_are_its_forces(side):
    ev = _one(f"عدن - سيطرت {side} أمس على مدينة شقرة في محافظة أبين بعد انسحاب الحوثيين منها.",
              "government_regains_territory")
    assert "yemen_gov_forces" in ev["perpetrators"], ev["perpetrators"]


def test_a_possessed_verbal_noun_is_done_by_the_one_named_before():
    text = ("عدن - سيطرت المقاومة الشعبية أمس على مدينة الحوطة عاصمة محافظة لحج والمناطق المحيطة بها، "
            "في أعقاب استعادتها قاعدة العند الجوية.")
    ev = [e for e in _events(text) if e["location"]["name_ar"] == "قاعدة العند الجوية"][0]
    assert ev["perpetrators"] == ["yemen_popular_resistance"]


def test_a_side_named_only_by_its_losses_in_a_clash_is_an_actor():
    ev = _one("العريش - قتل سبعة من عناصر جماعة أنصار بيت المقدس في اشتباكات مع قوات الأمن في مدينة رفح "
              "أمس.", "armed_clash")
    assert ev["perpetrators"] == ["sinai_province"], ev["perpetrators"]


def test_the_subject_of_an_auxiliary_takes_the_ground_however_far_before():
    text = ("عدن - ذكرت مصادر قبلية أن المقاومة الشعبية مدعومة بغطاء جوي كثيف وفرته مقاتلات التحالف العربي "
            "تمكنت فجر اليوم من السيطرة على أغلب أجزاء مديرية لودر التي كانت آخر معقل للحوثيين في محافظة أبين.")
    ev = _one(text, "government_regains_territory")
    assert ev["perpetrators"] == ["yemen_popular_resistance"] and ev["location"]["name_ar"] == "لودر"


def test_a_day_set_off_by_commas_does_not_split_the_clause():
    text = "حماة - وكانت قوات النظام سيطرت، السبت، على قريتي الزيادية وفتحة السد في سهل الغاب."
    names = {e["location"]["name_ar"] for e in _events(text) if e["type"] == "government_regains_territory"}
    assert {"الزيادية", "فتحة السد"} <= names, names


def test_an_area_listed_with_a_town_is_a_place_of_its_own():
    text = "الرمادي - أعلن مصدر أمني مقتل 7 عناصر من تنظيم داعش في مناطق البوشجل والملاحمة في محافظة الأنبار أمس."
    names = {e["location"]["name_ar"] for e in _events(text) if e["type"] == "armed_clash"}
    assert {"البوشجل", "الملاحمة"} <= names, names


@pytest.mark.parametrize("gap, days", [("أربعة أيام", 4), ("يومين", 2), ("3 أيام", 3)])
def test_an_act_n_days_before_the_sentences_day(gap, days):
    text = (f"ديار بكر - داهمت الشرطة التركية أمس منازل في المدينة، بعد {gap} على هجوم انتحاري في "
            "بلدة سوروتش.")
    ev = _one(text, "suicide_bomb")
    assert ev["date"] == str(dt.date(2024, 3, 8) - dt.timedelta(days=days))


def test_bombers_counted_among_the_dead_tell_no_bombing():
    text = ("الأنبار - أعلنت قيادة العمليات العراقية اليوم صد هجوم لتنظيم داعش على ناحية البغدادي، "
            "وقتل 15 من عناصره بينهم أربعة انتحاريين، فضلا عن تفكيك عبوات ناسفة قرب مدينة هيت.")
    events = rasd.extract(text, published="2016-04-10").to_dict()["events"]
    assert "suicide_bomb" not in {e["type"] for e in events}
    assert any(e["type"] == "armed_clash" and e["fatalities"]["low"] == 15 for e in events)


def test_suicide_attacks_carried_out_by_some_of_them_stay_events():
    text = ("حمص - قال التنظيم إن مقاتليه تسللوا إلى بلدة القريتين، ونفذ اثنان منهم عمليات انتحارية "
            "على حاجزين للجيش عند مدخل البلدة أمس.")
    events = rasd.extract(text, published="2016-04-10").to_dict()["events"]
    assert "suicide_bomb" in {e["type"] for e in events}
