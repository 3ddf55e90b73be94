"""Speakers named by a state's body or office with a nationality adjective: the adjectives a
wire report puts between the body word and the nationality ("الحكومة الإسلامية المحافظة
التركية") do not change who speaks, and a head of government named by title and nationality
("رئيس الوزراء التركي") speaks for that government, as his name does."""

from wire_support import claim_keys


def test_adjectives_between_the_body_and_its_nationality():
    text = ("قتل 12 شخصا على الأقل في تفجير انتحاري استهدف تجمعا لناشطين في مدينة سوروتش التركية "
            "أمس، ونسبته الحكومة الإسلامية المحافظة التركية إلى تنظيم داعش.")
    keys = claim_keys(text)
    assert ("turkey_gov", "accuses", "suicide_bomb") in keys
    assert not any(k[0].startswith("other:") for k in keys)


def test_security_adjective_between_the_authorities_and_their_nationality():
    text = ("ونفت السلطات الأمنية التركية أن تكون طائراتها قصفت قرية كردية في شمال العراق أمس.")
    assert ("turkey_gov", "denies", "air_drone_strike") in claim_keys(text)


def test_a_head_of_government_by_title_and_nationality():
    text = ("وقال رئيس الوزراء التركي إن التفجير الانتحاري الذي استهدف مركزا ثقافيا في بلدة سروج "
            "أمس نفذه تنظيم داعش.")
    keys = claim_keys(text)
    assert ("turkey_gov", "accuses", "suicide_bomb") in keys
    assert not any(k[0].startswith("other:") for k in keys)


def test_a_president_by_title_and_nationality():
    text = ("ونفى الرئيس الروسي أن تكون الطائرات الروسية قصفت مستشفى في مدينة إدلب أمس.")
    assert ("russia_gov", "denies", "air_drone_strike") in claim_keys(text)
