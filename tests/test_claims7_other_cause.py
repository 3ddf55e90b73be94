"""A statement that gives another cause for what the article tells as an act ("إن المروحية
تحطمت بسبب عطل فني": not shot down) or rules the act out ("مستبعدا أن تكون الطائرة هدفا
لهجوم") denies that act: the type of the article's event word on the same thing."""

from wire_support import claim_keys


def test_a_technical_fault_denies_the_downing():
    text = ("أعلنت حركة طالبان أنها أسقطت مروحية عسكرية في ولاية هلمند أمس. "
            "وقالت وزارة الدفاع الأفغانية إن المروحية تحطمت بسبب عطل فني.")
    assert ("other:وزارة الدفاع الأفغانية", "denies", "disrupted_weapons_use") in claim_keys(text)


def test_ruling_out_an_attack_denies_the_downing():
    text = ("أعلنت حركة طالبان أنها أسقطت طائرة عسكرية في ولاية غزني أمس. "
            "وقال المتحدث باسم الجيش الأفغاني إن الطائرة سقطت في منطقة جبلية، "
            "مستبعدا أن تكون الطائرة هدفا لهجوم.")
    assert ("afghanistan_forces", "denies", "disrupted_weapons_use") in claim_keys(text)


def test_a_fault_of_another_thing_denies_nothing():
    text = ("أعلنت حركة طالبان أنها أسقطت طائرة عسكرية في ولاية غزني أمس. "
            "وقال حاكم ولاية غزني إن الطائرة سقطت بسبب خلل تقني، "
            "مضيفا أن شاحنة للجيش انقلبت في المنطقة بسبب عطل فني.")
    keys = claim_keys(text)
    assert ("other:حاكم ولاية غزني", "denies", "disrupted_weapons_use") in keys
    assert [k for k in keys if k[1] == "denies"] == [("other:حاكم ولاية غزني", "denies", "disrupted_weapons_use")]
