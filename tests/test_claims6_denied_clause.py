"""A denial whose object is a pronoun for the clause before it ("وهو ما تنفيه أنقرة") denies
what that clause says: an act named there, or nothing an event could be, never the article's
main event by default."""

from wire_support import claim_keys

LEAD = "قتل 14 شخصا على الأقل في تفجير انتحاري استهدف حاجزا للشرطة في مدينة القامشلي بمحافظة الحسكة أمس.\n"


def test_a_denied_policy_is_no_denial_of_the_main_event():
    text = LEAD + ("وتنتقد المعارضة التركية الحكومة لأنها غضت الطرف عن عبور مقاتلين أجانب عبر حدودها، "
                   "وهو ما تنفيه أنقرة باستمرار.")
    assert not any(k[1] == "denies" for k in claim_keys(text))


def test_a_past_tense_denial_of_a_policy():
    text = LEAD + "وكانت الحكومة التركية سمحت بعبور مقاتلين عبر حدودها، وهو ما نفته أنقرة مرارا."
    assert not any(k[1] == "denies" for k in claim_keys(text))


def test_a_denied_act_named_in_the_clause_before():
    text = LEAD + ("وتتهم أحزاب كردية الجيش التركي بقصف قرى مأهولة في منطقة قنديل بشمال العراق، "
                   "وهو ما تنفيه أنقرة.")
    assert ("turkey_gov", "denies", "shelling_artillery_missile_attack") in claim_keys(text)
