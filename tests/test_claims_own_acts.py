"""Claims of one's own acts and of responsibility in forms the plain "أعلن X مسؤوليته" rules
miss: a group saying its own fighters acted, the claimed act named before the claimant, the
subject before "كان ... أعلن", a branch or wing of a group speaking, a denial of responsibility,
and a group word followed by its verb's object."""

from wire_support import claim_keys as _keys


def test_a_group_telling_its_fighters_attacked_claims_the_attack():
    text = "وقالت حركة الشباب في بيان إن مقاتليها فجروا عبوة ناسفة استهدفت قافلة عسكرية كينية قرب بلدة لامو أمس."
    assert ("al_shabaab", "asserts", "remote_explosive_landmine_ied") in _keys(text)


def test_a_body_named_as_written_telling_its_fighters_killed_soldiers_claims_the_fight():
    text = ("أعلنت كتائب الفرقان أن مقاتليها قتلوا 15 عنصرا على الأقل من الحرس الثوري الإيراني خلال "
            "هجمات شنوها على ثكنات عسكرية قرب مدينة سردشت.")
    assert ("other:كتائب الفرقان", "asserts", "armed_clash") in _keys(text)


def test_an_army_or_a_commander_telling_of_its_own_men_claims_nothing():
    text = ("وقال الجيش العراقي في بيان إن قواته هاجمت مواقع لتنظيم داعش في مدينة الرمادي، وقال القائد "
            "العسكري اللواء أحمد الساعدي إن رجاله هاجموا مواقع التنظيم في المدينة.")
    assert not {k for k in _keys(text) if k[1] == "asserts"}


def test_the_claimed_act_before_the_claimant():
    text = ("قتل سبعة جنود في تفجير سيارة مفخخة استهدف حاجزا للجيش في مدينة العريش أمس. وتبنت الهجوم "
            "جماعة (ولاية سيناء) في بيان نشر على الإنترنت.")
    assert ("sinai_province", "asserts", "remote_explosive_landmine_ied") in _keys(text)


def test_the_subject_before_kana_and_the_declaring_verb():
    text = ("قتل خمسة أشخاص في تفجير سيارة مفخخة استهدف مسجدا في مدينة صنعاء أمس. وكان تنظيم داعش أعلن "
            "مساء الأحد مسؤوليته عن التفجير.")
    assert ("isis", "asserts", "remote_explosive_landmine_ied") in _keys(text)


def test_a_branch_of_a_group_speaks_for_it():
    text = ("قتل خمسة أشخاص في تفجير سيارة مفخخة استهدف مسجدا في مدينة صنعاء أمس. وأعلن فرع تنظيم داعش في "
            "اليمن مسؤوليته عن التفجير.")
    assert ("isis", "asserts", "remote_explosive_landmine_ied") in _keys(text)


def test_denying_responsibility_is_no_claim_of_it():
    text = ("قتل شرطيان في هجوم مسلح على دورية في مدينة ديار بكر أمس. ونفى الجناح العسكري لحزب العمال "
            "الكردستاني مسؤوليته عن الهجوم.")
    keys = _keys(text)
    assert ("pkk", "denies", "armed_clash") in keys
    assert not {k for k in keys if k[1] == "asserts"}


def test_a_group_word_before_an_indefinite_object_still_speaks():
    text = ("وقال الجيش الأوكراني إن الانفصاليين هاجموا مواقعه قرب مدينة دونيتسك أمس. ونفى الانفصاليون "
            "مهاجمة قوات حكومية.")
    assert ("donbas_separatists", "denies", "armed_clash") in _keys(text)
