"""Claim topics and accusations: a doer told in a relative clause is an aside, "الهجوم" stands for the lead's
attack, a claimed attack "على" a place is the one told there, blaming the UN is no claim, a bare
"قصف" follows the article's words unless rebels did it, and "في بيان" opens no next statement."""

from wire_support import claim_keys as _keys


def test_a_doer_in_a_relative_clause_of_a_casualty_report_is_not_accused():
    text = ("وأفاد المرصد السوري لحقوق الإنسان بأن 12 مسلحا من تنظيم داعش قتلوا في الغارات التي "
            "نفذتها مقاتلات تركية صباح الأحد على مواقع التنظيم شمال بلدة الراعي.")
    assert _keys(text) == set()


def test_the_attack_blamed_is_the_lead_event_not_the_most_told():
    text = ("قتل جنديان تركيان وجرح أربعة آخرون مساء أمس في انفجار عبوة ناسفة استهدف دورية عسكرية في "
            "محافظة ماردين جنوب شرقي تركيا.\n"
            "ويأتي ذلك بعد الغارات الجوية التي شنها الطيران التركي على معسكرات حزب العمال الكردستاني في "
            "جبال قنديل.\n"
            "وواصلت المقاتلات التركية غاراتها الجوية على منطقة زاب في شمال العراق.\n"
            "ونسبت هيئة أركان الجيش التركي الهجوم إلى حزب العمال الكردستاني.")
    assert ("turkey_forces", "accuses", "remote_explosive_landmine_ied") in _keys(text)
    assert ("turkey_forces", "accuses", "air_drone_strike") not in _keys(text)


def test_a_claimed_attack_on_a_place_is_the_one_told_there():
    text = ("انفجرت سيارة مفخخة يقودها انتحاري أمام مقر وزارة الدفاع في كابل صباح أمس ما أدى إلى مقتل "
            "عشرة أشخاص.\n"
            "وفي وقت لاحق هاجم مسلحون القاعدة العسكرية في ولاية لوغار واشتبكوا مع الحراس لساعات.\n"
            "وأعلنت حركة طالبان مسؤوليتها عن الهجوم على القاعدة، الذي أعقب التفجير الانتحاري في العاصمة.")
    taliban = {k for k in _keys(text) if k[0] == "taliban"}
    assert taliban == {("taliban", "asserts", "armed_clash")}


def test_blaming_the_un_for_defeats_is_no_claim():
    text = ("قتل خمسة مدنيين في قصف على حي سكني في مدينة تعز أمس.\n"
            "وحمّلت جماعة الحوثي الأمم المتحدة مسؤولية تردي الأوضاع الإنسانية في المدينة.")
    assert {k for k in _keys(text) if k[0] == "houthis"} == set()


def test_a_bare_bombing_follows_the_air_words_of_the_article():
    # no air raid is told as an event: the words "طائراتها الحربية" say how Turkey bombs
    text = ("وأدانت حكومة إقليم كردستان أمس قصف تركيا لقرية سيدكان الحدودية الذي أوقع ثمانية قتلى مدنيين.\n"
            "وقالت الحكومة إن القصف دمر عددا من المنازل في القرية.\n"
            "وتقول أنقرة إن طائراتها الحربية تستهدف مخابئ حزب العمال الكردستاني وحدها منذ انهيار الهدنة.")
    assert _keys(text) == {("other:حكومة إقليم كردستان", "accuses", "air_drone_strike")}


def test_a_bare_bombing_by_rebels_is_shelling():
    text = ("شنت طائرات التحالف العربي غارات جوية على مواقع للحوثيين في صنعاء أمس.\n"
            "وأدانت منظمة هيومن رايتس ووتش قصف المتمردين الحوثيين لأحياء سكنية في مدينة عدن.")
    assert _keys(text) == {("other:هيومن رايتس ووتش", "accuses", "shelling_artillery_missile_attack")}


def test_the_statement_medium_does_not_end_the_statement():
    text = "وقالت الحكومة العراقية في بيان إن قواتها لم تقصف أي أحياء سكنية في مدينة الفلوجة."
    assert _keys(text) == {("other:الحكومة العراقية", "denies", "shelling_artillery_missile_attack")}
