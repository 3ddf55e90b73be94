"""Members of a known group in construct before its name ("أكد متمردو حزب العمال"، "قال مسلحو
الحركة") speak for the group, as its name alone does."""

from wire_support import claim_keys


def test_rebels_of_a_party_speak_for_it():
    text = ("أكد متمردو حزب العمال الكردستاني أمس أن التفجير الانتحاري الذي استهدف مركزا للدرك "
            "جاء ردا على مقتل قرويين في غارات للمقاتلات التركية على قرية في شمال العراق.")
    keys = claim_keys(text)
    assert ("pkk", "accuses", "air_drone_strike") in keys
    assert not any(k[0].startswith("other:") for k in keys)


def test_rebels_of_a_movement_deny_for_it():
    text = ("ونفى متمردو حركة طالبان أي صلة لهم بالتفجير الانتحاري الذي استهدف سوقا شعبية في مدينة "
            "قندوز أمس.")
    keys = claim_keys(text)
    assert ("taliban", "denies", "suicide_bomb") in keys
