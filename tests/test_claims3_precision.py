"""Claim precision: "هجوم نفذه X" is the event the article typed there, a claimed "الهجمات" is no
seizure of weapons, and a group "أطلقت على نفسها «...»" speaks by the name it gives itself."""

from wire_support import claim_keys as _keys


def test_a_doer_named_in_a_statement_accuses_of_the_event_as_typed():
    text = ("قال الجيش التركي إن جنديين قتلا وأصيب عشرة في هجوم نفذه حزب العمال الكردستاني خلال الليل "
            "في ولاية أغري.\n"
            "وذكر الجيش أن الهجوم نفذ باستخدام شاحنة محملة بطن من المتفجرات على موقع لقوات الأمن في أغري.")
    keys = {k for k in _keys(text) if k[0] == "turkey_forces"}
    assert keys == {("turkey_forces", "accuses", "remote_explosive_landmine_ied")}


def test_a_claimed_attack_is_no_seizure_of_weapons():
    text = ("أعلنت وزارة الداخلية التونسية أمس أن قوات الأمن ضبطت كميات من الأسلحة والمتفجرات في مدينة "
            "بنزرت، وأن مسلحا قتل بعدما أطلق النار على دورية أمنية في المدينة.\n"
            "وتبنى تنظيم داعش غالبية هذه الهجمات.")
    isis = {k for k in _keys(text) if k[0] == "isis"}
    assert isis and ("isis", "asserts", "disrupted_weapons_use") not in isis


def test_a_group_speaks_by_the_name_it_gives_itself():
    text = ("انفجرت عبوة ناسفة صباح أمس في قرية سترة ما أدى إلى مقتل شرطيين وإصابة ستة آخرين.\n"
            "وأعلنت جماعة مجهولة تطلق على نفسها «المقاومة الإسلامية سرايا وعد الله» في بيان مسؤوليتها عن التفجير.")
    assert ("other:المقاومة الإسلامية سرايا وعد الله", "asserts",
            "remote_explosive_landmine_ied") in _keys(text)
