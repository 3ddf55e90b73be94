"""Claims: unnamed officials naming a doer, a speaker's seat and name, denials inside a
statement, a claim verb in a relative clause, a state as the doer of a condemned act, unnamed
gunmen, and the bare "قصف"."""

from wire_support import claim_keys as _keys
from wire_support import claims as _claims


def test_unnamed_officials_naming_the_doer_accuse_it():
    # the outlet they spoke to ends who speaks; "يقف وراء" names the doer in so many words
    text = "قال مسؤولون في الشرطة العراقية لفرانس برس إن تنظيم داعش يقف وراء التفجير الانتحاري في سوق مدينة الحلة أمس."
    assert _keys(text) == {("other:مسؤولون في الشرطة العراقية", "accuses", "suicide_bomb")}


def test_unnamed_witnesses_do_not_accuse():
    text = "وقال شهود إن تنظيم داعش يقف وراء التفجير الانتحاري في سوق مدينة الحلة أمس."
    assert _keys(text) == set()


def test_a_speaker_keeps_its_seat_and_calls_a_report_false():
    text = ("قالت السفارة الفرنسية في نيامي اليوم إن الأنباء التي تحدثت عن خطف مهندسين فرنسيين في شمال "
            "النيجر غير صحيحة.")
    assert _keys(text) == {("other:السفارة الفرنسية في نيامي", "denies", "abduction_forced_disappearance")}


def test_a_report_called_false_is_denied_by_its_own_speaker_only():
    text = ("وقال المتحدث باسم الجيش النيجري عمر موسى إن ثلاثة جنود قتلوا في اشتباك مع مسلحين قرب بلدة "
            "ديفا، وقالت السفارة الفرنسية في نيامي إن الأنباء عن خطف مهندسين فرنسيين غير صحيحة.")
    assert {k for k in _keys(text) if k[1] == "denies"} == {
        ("other:السفارة الفرنسية في نيامي", "denies", "abduction_forced_disappearance")}


def test_a_negated_act_in_a_statement_is_denied():
    text = "ومع ذلك قالت الحكومة العراقية إن قواتها لم تقصف أي أحياء سكنية في مدينة الفلوجة."
    assert _keys(text) == {("other:الحكومة العراقية", "denies", "shelling_artillery_missile_attack")}


def test_the_sides_of_a_fight_are_not_accused():
    text = ("وقال المرصد السوري لحقوق الإنسان إن مدينة درعا شهدت أمس قصفا ومعارك عنيفة بين قوات النظام "
            "وفصائل المعارضة.")
    assert _keys(text) == set()


def test_a_claim_in_a_relative_clause_claims_the_noun_before_it():
    text = ("كشفت الشرطة العراقية أمس هوية منفذ التفجير الانتحاري الذي تبناه تنظيم داعش في سوق بمدينة "
            "الحلة، وقتل جنديان في هجوم على نقطة تفتيش قرب بعقوبة.")
    assert {k for k in _keys(text) if k[0] == "isis"} == {("isis", "asserts", "suicide_bomb")}


def test_a_state_named_after_the_condemned_act_is_its_doer():
    text = "ندد البرلمان العراقي أمس بقصف تركيا مواقع حدودية في محافظة دهوك أدى إلى مقتل راعيين."
    assert [(c["source"], c["stance"], c["about"]) for c in _claims(text)] == [
        ("other:البرلمان العراقي", "accuses", ["turkey_forces"])]


def test_a_person_named_between_commas_after_the_title_speaks():
    text = ("وقال مدير مستشفى الثورة في مدينة تعز، أحمد الصبري، إن مسلحي الحوثي قصفوا المستشفى بقذائف "
            "الهاون أمس ما أدى إلى مقتل ثلاثة مرضى.")
    assert _keys(text) == {("other:أحمد الصبري", "accuses", "shelling_artillery_missile_attack")}


def test_unnamed_gunmen_in_a_statement_are_no_one_accused():
    text = ("قال قائد الشرطة في ولاية قندوز اليوم إن مسلحين فتحوا النار على حافلة ركاب مما أسفر عن مقتل "
            "تسعة مدنيين.")
    assert _keys(text) == set()


def test_a_bare_bombing_is_the_kind_the_article_reports_most():
    text = ("شنت طائرات حربية تركية غارات جوية على مواقع لحزب العمال الكردستاني في جبال قنديل أمس. "
            "وواصلت الطائرات التركية غاراتها الجوية على منطقة زاب في شمال العراق اليوم. "
            "وقصفت المدفعية التركية مواقع للحزب قرب بلدة زاخو الأسبوع الماضي. "
            "واتهم رئيس إقليم كردستان الجيش التركي بقصف قرية شيلادزي مما أدى إلى مقتل ثمانية مدنيين.")
    assert _keys(text) == {("other:رئيس إقليم كردستان", "accuses", "air_drone_strike")}
