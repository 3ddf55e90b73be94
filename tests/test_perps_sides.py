"""Perpetrators: Yemen's army fights beside the Popular Resistance, an arrested group is no
arrester, a side that held off an attack was attacked, a doer named in the trigger's own clause
outweighs actors in the clauses around, an article's one named air force, a two-word state name
launching strikes, unnamed "terrorists", and doers laid on an act by an accusation or a claim."""

from wire_support import claim_keys, events
from wire_support import perpetrators as _perps


def test_yemen_army_fights_beside_the_popular_resistance():
    text = "عدن - سيطرت القوات الموالية للشرعية أمس على مدينة زنجبار في محافظة أبين بعد معارك مع المتمردين."
    assert _perps(text, "government_regains_territory") == {"yemen_gov_forces", "yemen_popular_resistance"}


def test_yemen_regain_with_no_doer_named_is_the_resistance():
    text = "عدن - أعلنت مصادر محلية أمس استعادة السيطرة على مدينة الضالع من الحوثيين."
    assert _perps(text, "government_regains_territory") == {"yemen_popular_resistance"}


def test_forces_loyal_to_the_former_president_are_saleh_forces():
    text = ("لحج - تواصلت أمس المواجهات في الحوطة بين القوات الموالية للرئيس اليمني السابق "
            "ومقاتلي المقاومة الشعبية حتى ساعات الفجر.")
    perps = _perps(text, "armed_clash")
    assert "saleh_forces" in perps and "yemen_gov_forces" not in perps


def test_group_named_after_an_arrest_noun_was_arrested():
    text = "كابول - قال متحدث باسم الشرطة إنه تم أمس اعتقال قائد في طالبان في ولاية هلمند."
    assert "taliban" not in _perps(text, "arrests")


def test_group_right_after_an_arrest_verb_arrested():
    text = "صنعاء - اعتقلت جماعة الحوثي أمس ثلاثة صحفيين في مدينة إب."
    assert "houthis" in _perps(text, "arrests")


def test_side_that_held_off_an_attack_was_attacked():
    text = ("مأرب - تصدت المقاومة والجيش، أمس، لهجمات شنها الحوثيون على مواقعهم في منطقة صرواح "
            "بمحافظة مأرب.")
    perps = _perps(text, "armed_clash")
    assert "houthis" in perps
    assert "yemen_popular_resistance" not in perps and "yemen_gov_forces" not in perps


def test_doer_in_the_triggers_clause_outweighs_actors_around():
    text = ("أنقرة - شنت تركيا أمس غارات على مواقع في شمال العراق، عقب هجوم انتحاري لداعش على "
            "بلدة سروج التركية، وهجمات متفرقة لحزب العمال الكردستاني في مدن جنوب شرقي تركيا.")
    assert _perps(text, "suicide_bomb") == {"isis"}


def test_two_word_state_name_after_a_launch_noun_is_the_doer():
    text = ("دمشق - هاجم مسلحون أمس فصيلا مدعوما من واشنطن في شمال سورية، فشنت الولايات "
            "المتحدة أول غارات جوية دفاعا عنه قرب بلدة أعزاز.")
    assert _perps(text, "air_drone_strike") == {"us_coalition"}


def test_unattributed_strike_is_the_articles_one_named_foreign_air_force():
    text = ("أنقرة - قصفت طائرات حربية تركية أمس مواقع لتنظيم داعش في ريف حلب شمال سورية. "
            "وقال المرصد السوري إن خمس غارات أخرى استهدفت أمس مدينة جرابلس قرب الحدود.")
    assert _perps(text, "air_drone_strike") == {"turkey_forces"}


def test_unattributed_strike_keeps_the_country_default_beside_a_joint_flyer():
    text = ("دمشق - شنت الطائرات الروسية أمس غارات على مدينة تلبيسة في ريف حمص. "
            "وقال ناشطون إن غارات أخرى استهدفت أمس بلدة الزعفرانة القريبة.")
    found = [e for e in events(text) if e["type"] == "air_drone_strike" and "الزعفرانة" in e["evidence"]]
    assert found and all(e["perpetrators"] == ["syria_gov_forces"] for e in found), events(text)


def test_unnamed_terrorists_are_an_unidentified_armed_group():
    text = ("شرناق - قتل شرطي مساء أمس في هجوم شنه إرهابيون على سيارة مصفحة تابعة للشرطة في "
            "منطقة جزرة جنوب شرقي تركيا.")
    perps = set()
    for e in events(text):
        perps.update(e["perpetrators"])
    assert "unknown_gunmen" in perps, events(text)


def test_condemning_an_act_of_unnamed_terrorists_accuses_no_one():
    text = ("المنامة - شجب خالد العطية وزير الخارجية القطري أمس التفجير الإرهابي الذي نفذه الإرهابيون "
            "في جزيرة سترة البحرينية وأدى إلى مقتل شرطيين.")
    assert not any(stance == "accuses" for _, stance, _ in claim_keys(text))


def test_accused_group_is_the_doer_of_an_act_no_one_was_named_for():
    text = ("أنقرة - بدأت الغارات التركية الأسبوع الماضي بعد تفجير انتحاري استهدف مدينة سروج "
            "في 20 يوليو وأودى بحياة 32 شخصا، وحملت الحكومة التركية مسلحي تنظيم داعش مسؤوليته.")
    assert _perps(text, "suicide_bomb") == {"isis"}


def test_claim_of_an_act_told_before_names_its_doer():
    text = ("العريش - أصيب 18 مجندا أمس في انفجار عبوة ناسفة زرعت على طريق حافلتهم جنوب مدينة "
            "العريش. وأعلنت جماعة ولاية سيناء مسؤوليتها عن الهجوم، فيما قتل جندي أمس في اشتباك "
            "مع مسلحين في مدينة رفح.")
    assert _perps(text, "remote_explosive_landmine_ied") == {"sinai_province"}


def test_clash_under_coalition_aircraft_keeps_its_ground_sides():
    text = ("مأرب - قتل 16 من ميليشيات الحوثي وأصيب ثلاثة من أفراد المقاومة الشعبية أمس في "
            "اشتباكات وقصف لطائرات التحالف في محافظة مأرب.")
    perps = _perps(text, "armed_clash")
    assert perps and "saudi_coalition" not in perps
