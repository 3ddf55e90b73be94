"""Claims: an armed group named as the subject of what a statement says accuses it, whether or
not the act was kept as an event of that sentence; a state's or a coalition's forces as the
subject, a clash with no attacker, and a statement heard second hand do not."""

from wire_support import claim_keys as _keys


def test_an_armed_group_attacking_in_a_statement_is_accused():
    # no place the gazetteer knows: no event is kept there, the accusation still is
    text = ("وقال الجيش الأوكراني في بيان إن 300 من الانفصاليين هاجموا مواقع القوات الحكومية قرب قرية "
            "زولوتوي الليلة الماضية.")
    assert ("ukraine_forces", "accuses", "armed_clash") in _keys(text)


def test_an_armed_group_shelling_in_a_statement_is_accused():
    text = ("وقال المركز الإعلامي للمقاومة الشعبية إن مسلحي الحوثي قصفوا بصواريخ الكاتيوشا أحياء سكنية "
            "في مدينة عدن أمس.")
    assert ("yemen_popular_resistance", "accuses", "shelling_artillery_missile_attack") in _keys(text)


def test_coalition_strikes_told_by_an_ally_accuse_no_one():
    text = "وقال المركز الإعلامي للمقاومة الشعبية إن طيران التحالف شن غارات على مواقع الحوثيين في مدينة تعز أمس."
    assert not {k for k in _keys(text) if k[1] == "accuses"}


def test_a_clash_names_no_attacker():
    text = "وقال الجيش الأوكراني إن الانفصاليين اشتبكوا مع القوات الحكومية قرب قرية زولوتوي أمس."
    assert not {k for k in _keys(text) if k[1] == "accuses"}


def test_a_statement_heard_from_others_is_not_the_conduits():
    text = ("وقال شهود عيان إن مسلحي الحوثي قصفوا بصواريخ الكاتيوشا أحياء سكنية في مدينة عدن، بحسب "
            "المركز الإعلامي للمقاومة الشعبية.")
    assert not {k for k in _keys(text) if k[1] == "accuses"}
