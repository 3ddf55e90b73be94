"""A definite noun phrase in apposition right after the speaker ("أعلنت الوحدات ... الجناح
العسكري لحزب الحياة الحرة الكردستاني أن ...") describes it: "أن" after it still opens what the
speaker says, however many words the description takes."""

from wire_support import claim_keys


def test_a_long_description_of_the_speaker_before_its_statement():
    text = ("أعلنت وحدات شرق كردستان (إيران) الجناح العسكري لحزب الحياة الحرة الكردستاني المعارض أن "
            "مقاتليها قتلوا تسعة جنود من الحرس الثوري الإيراني في هجمات على مواقع عسكرية في مريوان أمس.")
    assert ("other:وحدات شرق كردستان", "asserts", "armed_clash") in claim_keys(text)


def test_a_description_not_followed_by_a_statement_says_nothing():
    text = ("زارت وحدات شرق كردستان (إيران) الجناح العسكري لحزب الحياة الحرة الكردستاني المعارض "
            "مواقع قرب مريوان أمس، بعد هجمات قتل فيها تسعة جنود من الحرس الثوري الإيراني.")
    assert not any(k[1] == "asserts" for k in claim_keys(text))
