"""A claimed attack aimed at a common noun ("مسؤوليتها عن الهجوم على المجمع") is the act the
article told at that noun: the act word of a sentence naming the noun, not an event merely
placed in the city that sentence names (a city's other attacks that day share the name)."""

from wire_support import claim_keys


def test_another_attack_in_the_same_city_is_not_claimed():
    text = ("أعلنت بعثة الأمم المتحدة اليوم أن حارسين من حراسها وثلاثة موظفين محليين قتلوا في هجوم لمسلحين "
            "على مجمع تابع للبعثة في كابل.\n"
            "وقالت وزارة الداخلية الأفغانية في بيان إن ثلاثة مسلحين هاجموا المجمع بسيارة مفخخة فجر اليوم.\n"
            "وأعلنت حركة طالبان مسؤوليتها عن الهجوم على المجمع، الذي جاء بعد ساعات من تفجير انتحاري "
            "لطالبان قرب مقر للشرطة في العاصمة أسفر عن مقتل 11 شرطيا.")
    keys = claim_keys(text)
    assert ("taliban", "asserts", "remote_explosive_landmine_ied") in keys
    assert ("taliban", "asserts", "suicide_bomb") not in keys
