"""A second speaker joined by "و" after "بحسب" ("بحسب المرصد والفرقة نفسها"): "itself" after a
body word names the body the report named before, and it accuses as the first speaker does."""

from wire_support import claim_keys


def test_the_division_itself_after_according():
    text = ("أفاد ناشطون بأن عناصر من الفرقة 30 عبروا الحدود إلى ريف حلب الشمالي الأسبوع الماضي.\n"
            "وخطفت جبهة النصرة خمسة عناصر من الفرقة 30 مساء الجمعة قرب بلدة أعزاز، بحسب ما ذكر "
            "المرصد السوري لحقوق الإنسان والفرقة نفسها.")
    keys = claim_keys(text)
    assert ("sohr", "accuses", "abduction_forced_disappearance") in keys
    assert ("division_30", "accuses", "abduction_forced_disappearance") in keys


def test_the_army_itself_after_according():
    text = ("وخطف تنظيم داعش عشرة عناصر من جيش الإسلام قرب بلدة الضمير في ريف دمشق أمس، بحسب ما "
            "أفاد المرصد السوري لحقوق الإنسان والجيش نفسه.")
    keys = claim_keys(text)
    assert ("jaysh_al_islam", "accuses", "abduction_forced_disappearance") in keys


def test_no_itself_no_second_speaker():
    text = ("وخطفت جبهة النصرة خمسة عناصر من الفرقة 30 مساء الجمعة قرب بلدة أعزاز، بحسب ما ذكر "
            "المرصد السوري لحقوق الإنسان وناشطون.")
    keys = claim_keys(text)
    assert not any(k[0].startswith("other:") for k in keys)
