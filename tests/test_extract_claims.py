"""Claims: accusations, denials and claims of responsibility, on sentences written for the tests."""

import rasd

PUB = "2024-03-09"


def _claims(text):
    return rasd.extract(text, published=PUB).to_dict()


def test_denial_makes_the_event_contested():
    text = ("دمشق - اتهمت فصائل المعارضة قوات النظام بقصف بلدة كفرنبل بغاز الكلور أمس، ما أدى إلى حالات "
            "اختناق بين المدنيين. ونفت وزارة الخارجية السورية استخدام أي أسلحة كيماوية.")
    out = _claims(text)
    keys = {(c["source"], c["stance"]) for c in out["claims"]}
    assert ("syrian_opposition_factions", "accuses") in keys
    assert ("syria_gov", "denies") in keys
    accuse = next(c for c in out["claims"] if c["stance"] == "accuses")
    assert "syria_gov_forces" in accuse["about"]
    assert any(e["status"] == "contested" for e in out["events"])


def test_claim_of_responsibility():
    text = "كابول - قتل ستة جنود في انفجار عبوة ناسفة استهدفت دورية في ولاية هلمند أمس، وتبنت حركة طالبان الهجوم."
    out = _claims(text)
    claim = next(c for c in out["claims"] if c["stance"] == "asserts")
    assert claim["source"] == "taliban" and claim["about"] == ["taliban"]
    assert claim["topic"] == "remote_explosive_landmine_ied"
    s, e = claim["spans"]["verb"]
    assert text[s:e] == "وتبنت"


def test_plain_reporting_is_a_source_not_a_claim():
    text = "أفاد المرصد السوري لحقوق الإنسان بمقتل أربعة مدنيين في قصف مدفعي على بلدة معرة النعمان أمس."
    out = _claims(text)
    assert out["claims"] == []
    assert "sohr" in out["events"][0]["sources"]


def test_actor_outside_the_vocabulary_is_other_with_its_name():
    text = "وحمّلت الحكومة اليمنية ميليشيا الحوثي مسؤولية قصف الأحياء السكنية في مدينة تعز أمس بالمدفعية."
    out = _claims(text)
    assert any(c["source"] == "other:الحكومة اليمنية" and c["stance"] == "accuses" for c in out["claims"])


def test_the_organisation_is_the_one_named_before():
    text = ("بغداد - قتل سبعة أشخاص في انفجار سيارة مفخخة في سوق بمدينة الحلة أمس، بعد يومين من هجمات "
            "شنها تنظيم القاعدة في المنطقة. وتبنى التنظيم التفجير في بيان على الإنترنت.")
    claims = _claims(text)["claims"]
    assert any(c["source"] == "al_qaeda" and c["stance"] == "asserts" for c in claims), claims
