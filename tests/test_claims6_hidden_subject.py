"""A claim verb whose subject is the pronoun in it: "أشارت وسائل الإعلام إلى هجمات نسبتها إلى
الحزب" (the object a pronoun for the attacks, "إلى" right after, no subject between) speaks for
the subject of the sentence's outer verb; "بالنسبة إلى" is a noun, no verb at all."""

from wire_support import claim_keys


def test_attacks_the_media_laid_on_a_group():
    text = ("أشارت وسائل الإعلام التركية الاثنين إلى هجمات جديدة في ولاية هكاري نسبتها إلى حزب العمال "
            "الكردستاني.")
    assert ("other:وسائل الإعلام التركية", "accuses", "armed_clash") in claim_keys(text)


def test_a_blast_the_police_laid_on_a_group():
    text = ("وذكرت الشرطة التركية أن انفجارا وقع قرب مركز للشرطة في ديار بكر أمس نسبته إلى حزب العمال "
            "الكردستاني.")
    assert ("turkey_police", "accuses", "remote_explosive_landmine_ied") in claim_keys(text)


def test_relative_to_is_no_accusation():
    text = ("وأحصت بعثة الأمم المتحدة في تقريرها تراجعا في عدد القتلى بالنسبة إلى العام الماضي جراء "
            "الاشتباكات بين المتمردين والقوات الحكومية في ولاية هلمند.")
    assert not any(k[1] == "accuses" for k in claim_keys(text))
