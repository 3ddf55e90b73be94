"""Wire-report forms of a statement the plain rules missed: an aside in brackets between the
speaker and the "إن" that opens what it says, and the dual and plural forms of "يقف وراء"
that name the doer of an act."""

from wire_support import claim_keys as _keys
from wire_support import claims as _claims


def test_a_bracketed_aside_after_the_speaker_does_not_use_up_the_reach():
    text = ("وقالت حركة الشباب (التي تقاتل الحكومة الصومالية منذ سنوات) إن مقاتليها قتلوا عشرة جنود "
            "في هجوم على قاعدة عسكرية قرب مقديشو.")
    assert ("al_shabaab", "asserts", "armed_clash") in _keys(text)


def test_two_groups_standing_behind_an_attack_are_accused():
    text = "وقال وزير الداخلية إن حركة الشباب وتنظيم القاعدة يقفان وراء الهجوم على الفندق في مقديشو أمس."
    accused = [c["about"] for c in _claims(text) if c["stance"] == "accuses"]
    assert accused and "al_qaeda" in accused[0]


def test_fighters_who_stood_behind_an_attack_are_accused():
    text = "وقال وزير الداخلية إن مسلحي حركة الشباب وقفوا وراء الهجوم على الفندق في مقديشو أمس."
    accused = [c["about"] for c in _claims(text) if c["stance"] == "accuses"]
    assert accused and "al_shabaab" in accused[0]
