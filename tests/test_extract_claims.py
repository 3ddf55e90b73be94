"""Claims: accusations, denials and claims of responsibility, on sentences written for the tests."""

import pytest

import rasd

PUB = "2024-03-09"


def _claims(text):
    return rasd.extract(text, published=PUB).to_dict()


def test_denial_makes_the_event_contested():
    text = ("دمشق - اتهمت فصائل المعارضة قوات النظام بقصف بلدة كفرنبل بغاز الكلور أمس، ما أدى إلى حالات "
            "اختناق بين المدنيين. ونفت وزارة الخارجية السورية استخدام أي أسلحة كيماوية.")
    out = _claims(text)
    keys = {(c["source"], c["stance"]) for c in out["claims"]}
    assert ("syrian_opposition_factions", "accuses") in keys
    assert ("syria_gov", "denies") in keys
    accuse = next(c for c in out["claims"] if c["stance"] == "accuses")
    assert "syria_gov_forces" in accuse["about"]
    assert any(e["status"] == "contested" for e in out["events"])


def test_claim_of_responsibility():
    text = "كابول - قتل ستة جنود في انفجار عبوة ناسفة استهدفت دورية في ولاية هلمند أمس، وتبنت حركة طالبان الهجوم."
    out = _claims(text)
    claim = next(c for c in out["claims"] if c["stance"] == "asserts")
    assert claim["source"] == "taliban" and claim["about"] == ["taliban"]
    assert claim["topic"] == "remote_explosive_landmine_ied"
    s, e = claim["spans"]["verb"]
    assert text[s:e] == "وتبنت"


def test_plain_reporting_is_a_source_not_a_claim():
    text = "أفاد المرصد السوري لحقوق الإنسان بمقتل أربعة مدنيين في قصف مدفعي على بلدة معرة النعمان أمس."
    out = _claims(text)
    assert out["claims"] == []
    assert "sohr" in out["events"][0]["sources"]


def test_actor_outside_the_vocabulary_is_other_with_its_name():
    text = "وحمّلت الحكومة اليمنية ميليشيا الحوثي مسؤولية قصف الأحياء السكنية في مدينة تعز أمس بالمدفعية."
    out = _claims(text)
    assert any(c["source"] == "other:الحكومة اليمنية" and c["stance"] == "accuses" for c in out["claims"])


def test_the_organisation_is_the_one_named_before():
    text = ("بغداد - قتل سبعة أشخاص في انفجار سيارة مفخخة في سوق بمدينة الحلة أمس، بعد يومين من هجمات "
            "شنها تنظيم القاعدة في المنطقة. وتبنى التنظيم التفجير في بيان على الإنترنت.")
    claims = _claims(text)["claims"]
    assert any(c["source"] == "al_qaeda" and c["stance"] == "asserts" for c in claims), claims


def _keys(text):
    return {(c["source"], c["stance"], c["topic"]) for c in _claims(text)["claims"]}


def test_accusation_with_every_form_of_the_verb():
    for verb in ("اتهمت", "واتهمت", "تتهم"):
        text = (f"عدن - {verb} الحكومة اليمنية ميليشيا الحوثي بقصف الأحياء السكنية في مدينة تعز "
                "بالمدفعية أمس، ما أدى إلى مقتل ثلاثة مدنيين.")
        assert ("other:الحكومة اليمنية", "accuses", "shelling_artillery_missile_attack") in _keys(text), verb


def test_condemnation_naming_the_perpetrator_accuses():
    text = ("دانت منظمة العفو الدولية أمس قصف ميليشيا الحوثي للأحياء السكنية في مدينة تعز، "
            "الذي أوقع خمسة قتلى من المدنيين.")
    keys = _keys(text)
    assert any(stance == "accuses" and topic == "shelling_artillery_missile_attack" for _, stance, topic in keys), keys


def test_condemnation_without_a_perpetrator_is_no_claim():
    text = "قتل أربعة مدنيين في انفجار عبوة ناسفة في سوق ببغداد أمس، ودان المجلس البلدي الهجوم."
    assert not any(stance == "accuses" for _, stance, _ in _keys(text))


def test_denial_by_the_army_of_the_country():
    text = ("أنقرة - قال مسؤولون أكراد إن غارات للطيران التركي قتلت ستة مدنيين في قرية قرب الحدود العراقية "
            "أمس. لكن الجيش التركي نفى أن يكون استهدف منطقة مأهولة.")
    keys = _keys(text)
    assert ("turkey_forces", "denies", "air_drone_strike") in keys, keys


def test_responsibility_declared_and_relative_claim():
    text = ("مقديشو - قتل سبعة جنود في تفجير انتحاري استهدف قاعدة عسكرية جنوب العاصمة الصومالية أمس، "
            "وأعلنت حركة الشباب مسؤوليتها عن الهجوم في بيان.")
    assert ("al_shabaab", "asserts", "suicide_bomb") in _keys(text)
    text2 = "بغداد - قتل عشرة أشخاص في انفجار سيارة مفخخة في سوق شعبي أمس، في هجوم تبناه تنظيم داعش."
    assert ("isis", "asserts", "remote_explosive_landmine_ied") in _keys(text2)


def test_adopting_a_policy_is_no_claim_of_responsibility():
    text = ("جنيف - قتل ثلاثة مدنيين في قصف على حلب أمس. وتبنى مجلس الأمن قرارا بشأن المساعدات "
            "الإنسانية في اجتماعه الأخير.")
    assert not any(stance == "asserts" for _, stance, _ in _keys(text))


def test_negated_claim_is_no_claim():
    text = "كابول - قتل خمسة أشخاص في انفجار عبوة ناسفة في سوق بولاية قندهار أمس، ولم تعلن أي جهة مسؤوليتها عن الهجوم."
    assert _keys(text) == set()


def test_title_and_name_speaker_keeps_the_personal_name():
    text = ("الرياض - قتل طفل فلسطيني برصاص مستوطنين في قرية قرب نابلس أمس. وحمّل وزير الخارجية "
            "عادل الجبير المستوطنين المسؤولية عن الجريمة.")
    assert any(src == "other:عادل الجبير" and stance == "accuses" for src, stance, _ in _keys(text)), _keys(text)


def test_organisation_speaker_is_written_as_named():
    text = ("طرابلس - اتهمت المؤسسة الوطنية للنفط قوات حفتر بقصف ناقلة نفط بغارة جوية قرب ميناء درنة أمس.")
    keys = _keys(text)
    assert any(src == "other:المؤسسة الوطنية للنفط" and stance == "accuses" for src, stance, _ in keys), keys


def test_statement_after_anha_belongs_to_the_organisation():
    text = ("رام الله - قتل طفل فلسطيني في هجوم للمستوطنين على منزل في قرية قرب نابلس أمس، وأعلنت "
            "منظمة التحرير أنها تحمل حكومة الاحتلال المسؤولية الكاملة عن الهجوم.")
    keys = _keys(text)
    assert any(src == "other:منظمة التحرير" and stance == "accuses" for src, stance, _ in keys), keys


def test_plain_casualty_report_yields_no_claim():
    text = ("دمشق - قال المرصد السوري لحقوق الإنسان إن ستة مدنيين قتلوا وأصيب عشرة آخرون في غارات "
            "جوية على مدينة دوما بريف دمشق أمس.")
    assert _claims(text)["claims"] == []


def _keys(text):
    return {(c["source"], c["stance"], c["topic"]) for c in _claims(text)["claims"]}


def test_statement_naming_a_perpetrator_accuses_it():
    text = ("أنقرة - قالت الشرطة التركية في بيان إن مسلحين من حزب العمال الكردستاني خطفوا ثلاثة موظفين "
            "حكوميين قرب بلدة ليجه في ولاية ديار بكر أمس.")
    claims = _claims(text)["claims"]
    accuse = next(c for c in claims if c["stance"] == "accuses")
    assert accuse["source"] == "turkey_police"
    assert accuse["topic"] == "abduction_forced_disappearance"
    assert accuse["about"] == ["pkk"]


def test_casualty_report_citing_a_monitor_is_no_claim():
    text = ("بيروت - قتل 15 مدنيا بينهم أطفال في غارات نفذتها طائرات النظام على بلدة سراقب في ريف إدلب "
            "أمس الأحد، بحسب المرصد السوري لحقوق الإنسان.")
    assert _claims(text)["claims"] == []


def test_anonymous_sources_and_clashes_make_no_claim():
    text = ("عدن - وقالت مصادر محلية إن مسلحين حوثيين قصفوا أحياء سكنية في مدينة تعز بقذائف الهاون أمس. "
            "وقال المرصد السوري لحقوق الإنسان إن اشتباكات عنيفة دارت بين قوات النظام وفصائل المعارضة "
            "في حي جوبر شرق دمشق.")
    assert not any(c["stance"] == "accuses" for c in _claims(text)["claims"])


def test_a_government_announcing_its_own_strike_asserts_it():
    text = ("واشنطن - أعلنت وزارة الدفاع الأمريكية أمس أن قياديا بارزا في تنظيم القاعدة قتل مع اثنين من "
            "مرافقيه في غارة أمريكية استهدفت سيارته في ولاية ننكرهار شرق أفغانستان.")
    keys = _keys(text)
    assert ("us_gov", "asserts", "air_drone_strike") in keys
    assert not any(stance == "accuses" for _, stance, _ in keys)


def test_generic_body_word_is_dropped_from_a_foreign_name():
    text = ("عدن - قالت منظمة هيومن رايتس ووتش اليوم إن القوات الموالية للحوثيين قصفت أحياء سكنية في "
            "مدينة عدن بقذائف الهاون والصواريخ بشكل عشوائي.")
    sources = {c["source"] for c in _claims(text)["claims"]}
    assert "other:هيومن رايتس ووتش" in sources


def _keys(text):
    return {(c["source"], c["stance"], c["topic"]) for c in _claims(text)["claims"]}


def test_event_word_inside_the_speakers_name_is_not_the_topic():
    text = ("الخليل - قتل شاب فلسطيني برصاص جنود الاحتلال عند حاجز قرب الخليل أمس. وحملت منظمة التحرير "
            "الفلسطينية حكومة الاحتلال المسؤولية الكاملة عن مقتل الشاب.")
    topics = {c["topic"] for c in _claims(text)["claims"] if c["stance"] == "accuses"}
    assert topics and "government_regains_territory" not in topics


def test_participle_accuses_for_the_subject_of_its_sentence():
    text = ("القدس - قتل ثلاثة مدنيين في هجوم على قرية قرب نابلس أمس. وعبر وزير الخارجية خالد المصري عن "
            "إدانته الشديدة للهجوم، محملا قوات الاحتلال المسؤولية الكاملة عن قتل المدنيين.")
    claims = _claims(text)["claims"]
    accuse = [c for c in claims if c["stance"] == "accuses"]
    assert [c["source"] for c in accuse] == ["other:خالد المصري"]
    assert accuse[0]["about"] == ["other:قوات الاحتلال"]


def test_participle_with_a_pronoun_object_accuses_nobody():
    text = ("حلب - خطف مسلحون خمسة مقاتلين من فصيل معارض قرب اعزاز أمس. وتبنت جبهة النصرة خطف المقاتلين، "
            "متهمة إياهم بالتعاون مع الغرب.")
    assert not [c for c in _claims(text)["claims"] if c["stance"] == "accuses"]


def test_a_country_speaks_by_its_name():
    text = ("أبوجا - قتل 20 شخصا في تفجيرين انتحاريين في سوق بمدينة مايدوغوري أمس. وأدانت الولايات المتحدة "
            "أمس الهجمات الانتحارية التي شنتها جماعة بوكو حرام.")
    claim = next(c for c in _claims(text)["claims"] if c["stance"] == "accuses")
    assert claim["source"] == "other:الولايات المتحدة"
    assert claim["about"] == ["boko_haram"]


def test_a_country_known_as_an_actor_speaks_as_its_government():
    text = ("دمشق - قتل عشرة مدنيين في غارات جوية على مدينة أريحا أمس. وتنفي روسيا أي مسؤولية عن الغارات "
            "على المدينة.")
    sources = {c["source"] for c in _claims(text)["claims"] if c["stance"] == "denies"}
    assert sources == {"russia_gov"}


def test_condemnation_names_the_doer_in_its_object_only():
    text = ("رام الله - نددت الولايات المتحدة بشدة اليوم بالهجوم الذي وقع في قرية دوما في الضفة الغربية "
            "المحتلة وأدى الى مقتل طفل فلسطيني حرقا بعدما أضرم مستوطنون متطرفون النار في منزل عائلته.")
    assert not [c for c in _claims(text)["claims"] if c["source"] == "other:الولايات المتحدة"]


def test_the_target_of_a_strike_is_not_accused():
    text = ("كابول - قال الجيش الأمريكي أمس إن غارة جوية في ولاية ننغرهار قتلت قياديا في تنظيم القاعدة "
            "واثنين من مرافقيه.")
    assert not [c for c in _claims(text)["claims"] if c["stance"] == "accuses"]


def test_forces_loyal_to_a_group_are_that_group():
    text = ("عدن - قالت منظمة العفو الدولية اليوم إن القوات الموالية للحوثيين قصفت أحياء سكنية في مدينة "
            "تعز بقذائف الهاون.")
    claim = next(c for c in _claims(text)["claims"] if c["stance"] == "accuses")
    assert claim["about"] == ["houthis"]


def test_a_declaration_without_responsibility_claims_nothing():
    text = ("كابول - قتل خمسة من عناصر الشرطة في تفجير انتحاري استهدف مركزا أمنيا في قندوز أمس. وكانت "
            "حركة طالبان المتشددة قد أعلنت رفضها للمفاوضات.")
    assert not [c for c in _claims(text)["claims"] if c["stance"] == "asserts"]


def test_a_claim_of_responsibility_is_for_an_attack_not_a_clash():
    text = ("العريش - دارت اشتباكات عنيفة بين الجيش المصري ومسلحين في رفح أمس. واندلعت اشتباكات أخرى في "
            "الشيخ زويد. وقتل أربعة جنود في انفجار عبوة ناسفة استهدفت مدرعة في العريش. وأعلنت جماعة ولاية "
            "سيناء مسؤوليتها عن الهجوم.")
    keys = _keys(text)
    assert ("sinai_province", "asserts", "armed_clash") not in keys


def test_coordinated_speakers_each_deny():
    text = ("دمشق - قتل عشرة مدنيين في غارات جوية على مدينة أريحا أمس. ونفت روسيا والصين أي مسؤولية عن الغارات "
            "على المدينة.")
    sources = {c["source"] for c in _claims(text)["claims"] if c["stance"] == "denies"}
    assert sources == {"russia_gov", "other:الصين"}


def _keys(text):
    return {(c["source"], c["stance"], c["topic"]) for c in _claims(text)["claims"]}


def test_generic_group_speaks_for_the_group_named_before():
    text = ("كابول - هاجم مسلحو حركة طالبان مركزا للشرطة في ولاية قندوز فجر أمس. "
            "وأعلن المتمردون مسؤوليتهم عن الهجوم في بيان على موقعهم.")
    assert any(src == "taliban" and stance == "asserts" for src, stance, _ in _keys(text))


def test_generic_group_with_no_group_before_claims_nothing():
    text = "وأعلن المسلحون مسؤوليتهم عن الهجوم على مركز الشرطة في المدينة أمس."
    assert not any(stance == "asserts" for _, stance, _ in _keys(text))


def test_one_claim_per_event_named_in_the_claimed_phrase():
    text = ("كابول - فجر انتحاري سيارته المفخخة أمام مقر للشرطة في كابول أمس، ودارت اشتباكات عند قاعدة "
            "عسكرية قريبة. وأعلنت حركة طالبان مسؤوليتها عن التفجير الانتحاري والاشتباكات عند القاعدة، "
            "لكنها لم تعلن المسؤولية عن الغارة.")
    topics = {t for src, stance, t in _keys(text) if src == "taliban" and stance == "asserts"}
    assert {"suicide_bomb", "armed_clash"} <= topics
    assert "air_drone_strike" not in topics


def test_armed_group_declaring_it_carried_out_an_attack_claims_it():
    text = ("إسطنبول - أطلق مسلح النار على مبنى القنصلية الأمريكية في إسطنبول أمس. وأعلنت حركة الشباب "
            "تنفيذ أحد عناصرها الهجوم على القنصلية.")
    assert any(src == "al_shabaab" and stance == "asserts" for src, stance, _ in _keys(text))


def test_army_declaring_it_carried_out_strikes_claims_nothing():
    text = ("بغداد - أعلن الجيش العراقي تنفيذ غارات جوية على مواقع لتنظيم داعش في الأنبار أمس، "
            "ما أدى إلى مقتل عشرة مسلحين.")
    assert not any(stance == "asserts" for _, stance, _ in _keys(text))


def test_bare_authorities_belong_to_the_state_whose_forces_were_hit():
    text = ("وقتل عنصران من الشرطة التركية بالرصاص في مدينة أضنة أمس، في هجوم مسلح نسبته السلطات "
            "إلى حزب العمال الكردستاني.")
    assert any(src == "turkey_gov" and stance == "accuses" for src, stance, _ in _keys(text))


def test_subject_after_fa_inna_accuses():
    text = ("أنقرة - قتل شرطي في هجوم مسلح على حاجز في ولاية ماردين أمس. وبحسب المعلومات، فإن السلطات "
            "التركية نسبت الهجوم إلى حزب العمال الكردستاني.")
    assert any(src == "turkey_gov" and stance == "accuses" for src, stance, _ in _keys(text))


def test_statement_with_the_actor_as_victim_accuses_nobody():
    text = ("أنقرة - قتل 20 شخصا في تفجير انتحاري استهدف تجمعا في مدينة غازي عنتاب أمس. وقال رئيس "
            "الحكومة التركية إن التفجير استهدف أنصار حزب العمال الكردستاني.")
    assert not any(stance == "accuses" for _, stance, _ in _keys(text))


def test_dual_body_word_gives_two_speakers():
    text = ("غزة - قتل شاب برصاص الجيش الإسرائيلي في مخيم جنين فجر أمس. وأكدت حركتا حماس والجهاد الإسلامي "
            "في بيان مشترك، أنهما تحملان قوات الاحتلال المسؤولية الكاملة عن جريمة قتل الشاب.")
    keys = _keys(text)
    assert ("hamas", "accuses", "attack") in keys
    assert ("pij", "accuses", "attack") in keys


def test_accusation_of_a_killing_takes_its_type_from_the_victims():
    civilian = "وحملت حركة حماس قوات الاحتلال المسؤولية الكاملة عن مقتل الطفل في قرية دوما."
    assert {topic for _, stance, topic in _keys(civilian) if stance == "accuses"} == {"attack"}
    soldiers = "وحملت الحكومة الأفغانية حركة طالبان المسؤولية عن مقتل ثلاثة جنود في ولاية هلمند."
    assert {topic for _, stance, topic in _keys(soldiers) if stance == "accuses"} == {"armed_clash"}


_GAZIANTEP = "أنقرة - قتل 20 شخصا في تفجير انتحاري استهدف تجمعا في مدينة غازي عنتاب أمس. "


def test_verb_without_subject_speaks_for_the_speaker_of_the_sentence_before():
    text = (_GAZIANTEP + "وقالت السلطات التركية إن عدد الضحايا قد يرتفع. وأضاف أن تنظيم داعش يقف "
            "وراء التفجير الانتحاري.")
    assert ("turkey_gov", "accuses", "suicide_bomb") in _keys(text)
    unknown = (_GAZIANTEP + "وقال وزير الداخلية التركي إن عدد الضحايا قد يرتفع. وأضاف أن تنظيم داعش يقف "
               "وراء التفجير الانتحاري.")
    assert not any(stance == "accuses" for _, stance, _ in _keys(unknown))


def test_speaker_is_not_carried_across_a_paragraph_or_past_a_name():
    new_paragraph = (_GAZIANTEP + "وقالت السلطات التركية إن عدد الضحايا قد يرتفع.\n\nوأضاف أن تنظيم "
                     "داعش يقف وراء التفجير الانتحاري.")
    assert not any(stance == "accuses" for _, stance, _ in _keys(new_paragraph))
    named = (_GAZIANTEP + "وقالت السلطات التركية إن عدد الضحايا قد يرتفع. وأضاف صويلو أن تنظيم داعش "
             "يقف وراء التفجير الانتحاري.")
    assert not any(stance == "accuses" for _, stance, _ in _keys(named))


def test_officials_holding_a_group_likely_doer_accuse_it():
    likely = _GAZIANTEP + "ورجح مسؤولون أتراك أن يكون التفجير الانتحاري من تنفيذ تنظيم داعش."
    assert ("other:مسؤولون أتراك", "accuses", "suicide_bomb") in _keys(likely)
    # saying it outright accuses too: an official naming the doer ("من تنفيذ داعش") is no plain report
    said = _GAZIANTEP + "وقال مسؤولون أتراك إن التفجير الانتحاري من تنفيذ تنظيم داعش."
    assert ("other:مسؤولون أتراك", "accuses", "suicide_bomb") in _keys(said)
    # but an unnamed source reporting what a group did ("إن مسلحي داعش هاجموا") stays a plain report
    reported = ("أنقرة - قال مسؤولون أتراك إن مسلحين من حزب العمال الكردستاني خطفوا ثلاثة موظفين حكوميين "
                "قرب بلدة ليجه في ولاية ديار بكر أمس.")
    assert not any(stance == "accuses" for _, stance, _ in _keys(reported))


def test_mutual_accusations_give_a_claim_to_each_side():
    text = ("دونيتسك - تبادلت أوكرانيا والانفصاليون الموالون لروسيا الاتهامات بقصف مناطق سكنية في شرق "
            "البلاد أمس رغم وقف إطلاق النار.")
    claims = _claims(text)["claims"]
    sides = {c["source"] for c in claims if c["stance"] == "accuses"
             and c["topic"] == "shelling_artillery_missile_attack"}
    assert len(sides) == 2 and "other:أوكرانيا" in sides, claims
    ukraine = next(c for c in claims if c["source"] == "other:أوكرانيا")
    assert ukraine["about"] and ukraine["about"][0] != "other:أوكرانيا"


def test_an_exchange_of_fire_is_no_accusation():
    text = "حلب - تبادلت قوات النظام وفصائل المعارضة إطلاق النار قرب بلدة الراموسة أمس دون وقوع إصابات."
    assert _claims(text)["claims"] == []


# Each sentence yields the claim (source, stance, topic) beside it.
@pytest.mark.parametrize("text, key", [
    pytest.param(
        ("بيروت - وخطف تنظيم داعش عشرين مدنيا من قرية القريتين في ريف حمص الشرقي مساء الخميس، "
         "بحسب ما أفاد المرصد السوري لحقوق الإنسان."),
        ("sohr", "accuses", "abduction_forced_disappearance"), id="according_to_a_monitor_after_the_perpetrators_act"),
    pytest.param(
        ("أنقرة - قتل تسعة مدنيين في غارات جوية نفذتها المقاتلات التركية على قرية في جبل قنديل شمال "
         "العراق أمس. لكن الجيش نفى أن يكون قصف مدنيين خلال الضربات الجوية على مواقع حزب العمال الكردستاني."),
        ("turkey_forces", "denies", "air_drone_strike"), id="bare_army_denying_is_the_countrys_army_and_the_bombing_an_air_strike"),
    pytest.param(
        ("مقديشو - قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دورية للجيش الصومالي أمس. وأعلنت حركة الشباب "
         "المرتبطة بتنظيم القاعدة، في بيان على موقعها، مسؤوليتها عن التفجير."),
        ("al_shabaab", "asserts", "remote_explosive_landmine_ied"), id="responsibility_named_after_a_long_subject"),
    pytest.param(
        ("كابول - قتل خمسة من عناصر الشرطة في تفجير انتحاري استهدف مركزا أمنيا في قندوز أمس. وكانت "
         "حركة طالبان المتشددة قد أعلنت مسؤوليتها عن التفجير."),
        ("taliban", "asserts", "suicide_bomb"), id="subject_before_qad_and_its_verb"),
    pytest.param(
        ("أنقرة - عثر على جثتي شرطيين تركيين قرب الحدود أمس. وتبنى مسلحو حزب العمال الكردستاني "
         "أمس قتل الشرطيين ردا على الغارات التركية."),
        ("pkk", "asserts", "armed_clash"), id="claimed_killing_of_police_is_a_clash"),
    pytest.param(
        ("أنقرة - قتل 20 شخصا في تفجير انتحاري استهدف تجمعا في مدينة غازي عنتاب أمس. وأعلن رئيس "
         "الحكومة التركية أن التحقيقات الأولية تفيد بأن داعش يقف وراء التفجير الانتحاري."),
        ("turkey_gov", "accuses", "suicide_bomb"), id="statement_naming_who_stands_behind_an_attack_accuses"),
    pytest.param(
        ("دمشق - وقال دي ميستورا إن قوات النظام ألقت عشرات البراميل المتفجرة على مدينة الزبداني أمس."),
        ("un", "accuses", "air_drone_strike"), id="un_envoy_speaks_for_the_un"),
    pytest.param(
        ("كابول - قتل عشرة أشخاص في تفجير انتحاري بسيارة مفخخة في العاصمة أمس. وقال ذبيح الله مجاهد "
         "المتحدث باسم طالبان إن ركاب السيارة كانوا أجانب. ونفى مقتل أي مدنيين في الهجوم."),
        ("taliban", "denies", "suicide_bomb"), id="spokesman_named_before_his_title_speaks_for_the_group"),
])
def test_sentence_yields_claim(text: str, key: tuple[str, str, str]) -> None:
    assert key in _keys(text)



def test_bare_title_speaker_is_the_person_named_before_with_that_title():
    text = ("عدن - قال محافظ مدينة تعز سالم الحكيمي إن الوضع الإنساني في المدينة صعب.\n\n"
            "واتهم المحافظ، في مؤتمر صحافي، ميليشيات الحوثي بقصف الأحياء السكنية بالمدفعية أمس، "
            "ما أدى إلى مقتل خمسة مدنيين.")
    keys = _keys(text)
    assert ("other:محافظ مدينة تعز سالم الحكيمي", "accuses", "shelling_artillery_missile_attack") in keys, keys
    assert not any(src == "other:المحافظ" for src, _, _ in keys), keys


def test_bare_title_with_name_after_the_title_keeps_the_personal_name():
    text = ("الرياض - قال وزير الداخلية خالد المنصور إن الأجهزة الأمنية تلاحق الخلية.\n\n"
            "وقال الوزير إن تنظيم داعش فجر سيارة مفخخة قرب سوق شعبي أمس ما أدى إلى مقتل ثلاثة أشخاص.")
    keys = _keys(text)
    assert ("other:خالد المنصور", "accuses", "remote_explosive_landmine_ied") in keys, keys


def test_bare_title_without_an_earlier_holder_is_not_resolved_to_another_title():
    text = ("الرياض - قال مدير الدفاع المدني في المدينة سالم الحكيمي إن فرق الإنقاذ انتشلت الجثث.\n\n"
            "وقال الوزير إن تنظيم داعش فجر سيارة مفخخة قرب سوق شعبي أمس ما أدى إلى مقتل ثلاثة أشخاص.")
    keys = _keys(text)
    assert not any("الحكيمي" in src and topic == "remote_explosive_landmine_ied" for src, _, topic in keys), keys


@pytest.mark.parametrize("text, speaker, accused", [
    ("أنقرة - قتل 20 شخصا في تفجير انتحاري استهدف تجمعا في مدينة سروج أمس. واتهمت السلطات التركية "
     "تنظيم داعش بتنفيذ التفجير الانتحاري.", "turkey_gov", "isis"),
    ("عدن - قتل خمسة مدنيين في قصف بقذائف الهاون على حي كريتر أمس. واتهم المحافظ الحوثيين بقصف "
     "الأحياء السكنية.", None, "houthis"),
])
def test_a_group_right_after_a_title_is_the_accused_not_the_speaker(text, speaker, accused):
    accusations = [c for c in _claims(text)["claims"] if c["stance"] == "accuses"]
    assert accusations, _claims(text)["claims"]
    assert all(c["source"] != accused for c in accusations)
    assert any(accused in c["about"] for c in accusations)
    if speaker:
        assert any(c["source"] == speaker for c in accusations)


def test_speaker_with_a_genitive_and_a_relative_clause_then_the_accused():
    # the speaker's name ends at its genitive ("للنفط"); its relative clause stands before the accused
    text = ("بنغازي - قالت مصادر عسكرية إن طائرات حربية قصفت أمس ميناء مدينة درنة. واتهمت المؤسسة العامة "
            "للكهرباء التي يقع مقرها في طرابلس الحكومة المؤقتة بأنها قصفت محطة توليد في المدينة.")
    claims = _claims(text)["claims"]
    accuse = next(c for c in claims if c["stance"] == "accuses")
    assert accuse["source"] == "other:المؤسسة العامة للكهرباء"
    assert accuse["about"] == ["other:الحكومة المؤقتة"]
    # a bare "قصفت" in an article about air raids is about the raids
    assert accuse["topic"] == "air_drone_strike"


def test_bare_bombing_stays_shelling_where_the_article_reports_shelling():
    text = ("حلب - قتل ثلاثة مدنيين في قصف مدفعي استهدف حي الشعار أمس. واتهمت الهيئة العامة للثورة "
            "السورية قوات النظام بأنها قصفت الحي عمدا.")
    topics = {c["topic"] for c in _claims(text)["claims"] if c["stance"] == "accuses"}
    assert topics == {"shelling_artillery_missile_attack"}


def test_an_adjective_names_the_side_whose_strike_a_government_asserts():
    # "ضربة جوية أمريكية": the adjective names the doer; the Pentagon speaks of its own side
    text = ("واشنطن - قالت وزارة الدفاع الأمريكية في بيان أمس إن قياديا في تنظيم القاعدة قتل في ضربة "
            "جوية أمريكية استهدفت سيارته قرب بلدة الدانا في ريف إدلب.")
    out = _claims(text)
    assert ("us_gov", "asserts", "air_drone_strike") in {(c["source"], c["stance"], c["topic"]) for c in out["claims"]}
    assert "us_coalition" in out["events"][0]["perpetrators"]


def test_accused_of_a_fall_to_rebels_is_about_their_takeover():
    # the speaker is a government, but the place fell to the opposition named after "بيد"
    text = ("عمان - اتهمت الحكومة السورية أمس الأردن بالمساهمة في سقوط معبر جابر الحدودي وبلدة بصرى "
            "الشام بيد فصائل المعارضة المسلحة.")
    keys = _keys(text)
    assert ("syria_gov", "accuses", "non_state_actor_overtakes_territory") in keys
    assert not any(t == "government_regains_territory" for _, _, t in keys)


@pytest.mark.parametrize("quoted", ['"الفرقان"', "«الفرقان»"])
def test_a_body_word_before_a_quoted_name_speaks_by_that_name(quoted):
    text = (f"نيامي - قتل أربعة جنود في هجوم على ثكنة عسكرية في بلدة ديفا أمس. وأعلنت جماعة {quoted} "
            "المتشددة مسؤوليتها عن الهجوم.")
    claims = _claims(text)["claims"]
    assert [c["source"] for c in claims if c["stance"] == "asserts"] == ["other:الفرقان"]


def test_a_monitor_reporting_a_peaceful_protest_accuses_no_one():
    text = ("اللاذقية - قال المرصد السوري لحقوق الإنسان أمس إن مئات من أنصار الحكومة نفذوا اعتصاما في "
            "ساحة الشيخ ضاهر احتجاجا على مقتل ضابط في الجيش على يد مسلحين.")
    assert not any(c["topic"] == "peaceful_protest" for c in _claims(text)["claims"])


def test_a_plural_verb_carries_its_subject_so_the_noun_after_it_is_accused():
    text = ("تونس - قتل 38 سائحا في هجوم مسلح على فندق في مدينة سوسة أمس. وتنشر وسائل الإعلام شهادات عن "
            "سياح عارضوا قرار ترحيلهم واتهموا حكومتهم بـ«التخلي عنهم» بعد الهجوم.")
    assert not any(c["source"].startswith("other:حكومتهم") for c in _claims(text)["claims"])


def test_the_accused_ends_before_the_charge_and_a_name_before_its_object():
    text = ("أنقرة - قتل عشرة أشخاص في اشتباكات في بلدة جيزرة أمس، واتهمت السلطات التركية التنظيمين "
            "بالوقوف وراءها.")
    accuse = next(c for c in _claims(text)["claims"] if c["stance"] == "accuses")
    assert accuse["about"] == ["other:التنظيمين"]
    text = ("بوجمبورا - قتل ستة أشخاص في اشتباكات في شمال بوروندي أمس. ونفت وزيرة الخارجية الرواندية "
            "ماري أوغستين أي علاقة لبلدها بالاشتباكات.")
    deny = next(c for c in _claims(text)["claims"] if c["stance"] == "denies")
    assert deny["source"] == "other:ماري أوغستين"


def test_a_verb_after_a_relative_pronoun_speaks_for_the_noun_before_it():
    text = ("غزة - قصفت طائرات إسرائيلية موقعا في بيت لاهيا أمس، وقال الجيش الإسرائيلي الذي يحمل حركة حماس "
            "مسؤولية أي هجوم من القطاع إن الغارة جاءت ردا على إطلاق صاروخ.")
    sources = {c["source"] for c in _claims(text)["claims"]}
    assert "hamas" not in sources


def test_a_resumptive_pronoun_leaves_the_relative_verb_its_own_subject():
    text = ("سوروتش - قتل 30 شخصا في الهجوم الانتحاري الذي تبناه تنظيم داعش في مدينة سوروتش أمس.")
    assert ("isis", "asserts", "suicide_bomb") in _keys(text)


def test_a_speaker_name_ends_before_the_act_it_condemns():
    text = ("أربيل - قصفت الطائرات التركية أمس قرية زركلي في إقليم كردستان العراق. وبينما أدانت رئاسة "
            "كردستان القصف، طالبت مقاتلي حزب العمال الكردستاني بنقل المواجهات بعيدا عن مناطق الإقليم.")
    sources = {c["source"] for c in _claims(text)["claims"]}
    assert "other:رئاسة كردستان" in sources, sources


def test_a_group_named_by_a_body_word_and_adjectives_keeps_them_all():
    text = ("أنقرة - أصيب شرطيان في إطلاق النار الذي تبنته مجموعة يسارية متطرفة على مركز للشرطة في "
            "مدينة أضنة أمس.")
    assert any(c["source"] == "other:مجموعة يسارية متطرفة" and c["stance"] == "asserts"
               for c in _claims(text)["claims"])


def test_an_impersonal_likely_has_no_speaker_before_it():
    text = ("الجزائر - قتل تسعة جنود في كمين بولاية عين الدفلى أمس. وأضاف المصدر أن المجموعة الإرهابية "
            "يرجح أن تكون تابعة لتنظيم القاعدة وقد جاءت لنجدة عناصر آخرين محاصرين في المنطقة.")
    assert not any(c["source"].startswith("other:المجموعة") for c in _claims(text)["claims"])


def test_each_speaker_joined_by_wa_makes_the_statement():
    text = ("القامشلي - أعلن المقاتلون الأكراد والمرصد السوري لحقوق الإنسان أمس أن الدبابات التركية قصفت "
            "قرية تل فندر التي تسيطر عليها القوات الكردية في ريف الحسكة.")
    keys = _keys(text)
    assert ("sdf", "accuses", "shelling_artillery_missile_attack") in keys
    assert ("sohr", "accuses", "shelling_artillery_missile_attack") in keys


def test_no_one_joins_an_anonymous_speaker():
    text = ("عدن - قال مصدر طبي بمكتب الصحة والسكان إن ميليشيات الحوثي قصفت حي الممدارة أمس، ما أدى إلى "
            "مقتل ثلاثة مدنيين.")
    assert not any(c["source"] == "civilians" for c in _claims(text)["claims"])


def test_gap_has_reads_the_characters_between_two_tokens():
    from rasd.extract.article import Article
    from rasd.extract.speakers import gap_has
    from rasd.lexicon.loader import load

    art = Article.analyse("قال المتحدث: «الهجوم فشل»", load())
    k = next(i for i, t in enumerate(art.tokens) if t.text == "الهجوم")
    assert gap_has(art, k, frozenset("«")) and gap_has(art, k, frozenset(":"))
    assert not gap_has(art, k, frozenset("»"))
    assert not gap_has(art, 0, frozenset(" "))  # nothing stands before the first token
