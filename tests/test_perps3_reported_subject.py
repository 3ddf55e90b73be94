"""An actor right after "أن" / "إن" that follows a say word ("وأضاف البيان أن التحالف شن") is
the subject of the clause told, the doer of its act, not a speaker left out of the roles."""

from wire_support import perpetrators


def test_coalition_after_that_of_a_statement_struck():
    text = "وأضاف البيان أن التحالف شن أيضا تسع غارات جوية قرب مدينة الحسكة في سوريا أمس."
    assert perpetrators(text, "air_drone_strike") == {"us_coalition"}, text


def test_group_after_that_of_a_statement_shelled():
    text = ("دمشق - وذكر البيان أن جيش الإسلام قصف بقذائف الهاون حي باب توما في دمشق أمس "
            "ما أدى إلى مقتل ثلاثة مدنيين.")
    assert perpetrators(text, "shelling_artillery_missile_attack") == {"jaysh_al_islam"}, text
