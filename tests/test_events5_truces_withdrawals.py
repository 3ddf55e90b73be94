"""A truce or exchange announced is an agreement event, and forces withdrawing from a place is a
non-violent transfer of territory; talk of a truce, withdrawing from talks or a retreat under
fire is neither."""

from wire_support import events


def _types(text: str) -> list[str]:
    return [e["type"] for e in events(text)]


def test_announced_truce_is_an_agreement():
    text = ("أعلن التحالف العربي السبت هدنة إنسانية في اليمن لمدة خمسة أيام لإيصال "
            "المساعدات إلى السكان.")
    assert "agreement" in _types(text), events(text)


def test_truce_only_aimed_at_is_no_agreement():
    text = ("صنعاء - قالت مصادر سياسية أمس السبت إن الأطراف اليمنية تسعى بهدف التوصل إلى "
            "هدنة جديدة في اليمن.")
    assert "agreement" not in _types(text), events(text)


def test_forces_withdrawing_from_a_place_transfer_it():
    text = ("عدن - انسحبت ميليشيات الحوثيين، أمس الأحد، من مدينة زنجبار في محافظة أبين "
            "باتجاه الشمال.")
    assert "non_violent_transfer_of_territory" in _types(text), events(text)


def test_withdrawing_from_talks_transfers_nothing():
    text = ("صنعاء - انسحب الحوثيون أمس الأحد من المحادثات التي جرت في مدينة جنيف.")
    assert "non_violent_transfer_of_territory" not in _types(text), events(text)


def test_retreat_under_air_strikes_is_no_peaceful_transfer():
    text = ("إدلب - انسحب مقاتلو المعارضة أمس الأحد من بلدة الفوعة بعد أكثر من خمسين غارة "
            "جوية شنها الطيران الحربي.")
    assert "non_violent_transfer_of_territory" not in _types(text), events(text)


def test_rebels_driven_out_by_a_verbal_noun_is_a_government_regain():
    text = ("مأرب - قالت مصادر في المقاومة إنه تم دحر ميليشيا الحوثي أمس الأحد من جبهة "
            "الجفينة في محافظة مأرب.")
    found = [e for e in events(text) if e["type"] == "government_regains_territory"]
    assert found, events(text)
    assert "houthis" not in found[0]["perpetrators"]


def test_expelling_told_as_background_regains_nothing():
    text = ("بغداد - وبينما كان الجيش العراقي في موقف صعب أمس، تمكنت البشمركة من دحر متشددي "
            "تنظيم داعش في شمال العراق.")
    assert "government_regains_territory" not in _types(text), events(text)


def test_rebels_driven_out_after_jara_is_a_government_regain():
    # "جرى" (normalised "جري") tells the act done as "تم" does
    text = ("تعز - أفادت مصادر محلية بأنه جرى طرد مسلحي الحوثي أمس السبت من منطقة "
            "الضباب غربي مدينة تعز.")
    assert "government_regains_territory" in _types(text), events(text)
