"""An armed group's claims of its own acts in forms the responsibility verbs miss: a statement
calling a bare "استهداف" or "الهجوم" a response, a spokesman telling the act in the first person
plural, and a spokesman named by a branch of the group or by a title after his own name."""

from wire_support import claim_keys as _keys


def test_a_bare_targeting_word_called_a_response_is_claimed():
    text = ("قصف مقاتلو المعارضة بلدة كفريا بالصواريخ مساء أمس. وقال جيش الفتح في بيان بثه على حساباته: إن "
            "استهداف مواقع قوات النظام داخل بلدة كفريا رد مشروع على الحصار المفروض على مضايا.")
    assert ("jaysh_al_fatah", "asserts", "shelling_artillery_missile_attack") in _keys(text)


def test_a_bare_attack_called_a_response_is_not_the_other_sides_raids():
    text = ("شنت المقاتلات التركية غارات جوية على مواقع للمتمردين في شمال العراق أمس، وقصفت الطائرات "
            "التركية قرية في جبال قنديل. وقتل جنديان في هجوم انتحاري بسيارة مفخخة على ثكنة للدرك "
            "في مدينة دوغوبيازيت. وقال الجناح المسلح لحزب العمال الكردستاني في بيان إن الهجوم الذي "
            "نفذ صباح الأحد جاء ردا على الغارات التركية.")
    keys = _keys(text)
    assert ("pkk", "asserts", "suicide_bomb") in keys
    assert ("pkk", "asserts", "air_drone_strike") not in keys


def test_a_spokesman_of_a_groups_branch_telling_its_act_in_the_first_person():
    text = ("قتل أربعة أشخاص في انفجار عبوة ناسفة استهدفت آلية للشرطة قرب بلدة لامو أمس. وقال المتحدث "
            "باسم الجناح العسكري لحركة الشباب لوكالة رويترز: «استهدفنا قافلة للشرطة قرب لامو».")
    assert ("al_shabaab", "asserts", "remote_explosive_landmine_ied") in _keys(text)


def test_a_named_spokesman_with_his_title_after_the_name_speaks_for_the_group():
    text = ("قتل أربعة أشخاص في انفجار عبوة ناسفة استهدفت آلية للشرطة قرب بلدة لامو أمس. وقال الشيخ حسن "
            "محمود راجي، المتحدث باسم حركة الشباب، لوكالة رويترز: «استهدفنا قافلة للشرطة قرب لامو».")
    assert ("al_shabaab", "asserts", "remote_explosive_landmine_ied") in _keys(text)


def test_us_as_the_object_of_the_act_claims_nothing():
    text = ("قتل أربعة أشخاص في انفجار عبوة ناسفة استهدفت آلية للشرطة قرب بلدة لامو أمس. وقال المتحدث "
            "باسم حركة الشباب لوكالة رويترز: «استهدفونا بغارات جوية قرب لامو».")
    assert not {k for k in _keys(text) if k[1] == "asserts"}


def test_we_carried_out_the_attack():
    text = ("قتل أربعة أشخاص في انفجار عبوة ناسفة استهدفت آلية للشرطة قرب بلدة لامو أمس. وقال المتحدث "
            "باسم حركة الشباب لوكالة رويترز: «نحن الذين نفذنا الهجوم».")
    assert ("al_shabaab", "asserts", "remote_explosive_landmine_ied") in _keys(text)
