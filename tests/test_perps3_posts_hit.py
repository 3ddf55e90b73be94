"""A side named after a post, camp or convoy it holds ("تمركزات لقوات النظام"، "ثكنة للجيش")
was hit there: it is the target, not a doer."""

from wire_support import perpetrators


def test_positions_of_the_regime_are_the_target():
    text = ("حلب - قصف مقاتلو جيش الإسلام بعدد من القذائف تمركزات لقوات النظام في حي الخالدية "
            "بمدينة حلب أمس.")
    assert perpetrators(text, "shelling_artillery_missile_attack") == {"jaysh_al_islam"}, text


def test_barracks_of_the_guard_are_the_target():
    text = ("مريوان - هاجم مسلحون من حزب العمال الكردستاني ليلة أمس ثكنة للحرس الثوري الإيراني "
            "قرب مدينة مريوان.")
    assert "iran_forces" not in perpetrators(text, "armed_clash"), text
