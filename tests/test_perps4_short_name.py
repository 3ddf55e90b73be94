""""الفتح" is Jaysh al-Fatah's short name once the article has named it in full ("جيش الفتح");
alone it names no group (a conquest, a mosque, a street)."""

from wire_support import events, perpetrators


def test_short_name_after_the_full_one():
    text = ("إدلب - شن جيش الفتح هجوما على بلدة الفوعة بريف إدلب أمس. وقال ناشطون إن الفتح سيطر "
            "أمس على حاجز الصواغية بعد معارك مع القوات الحكومية السورية.")
    assert perpetrators(text, "non_state_actor_overtakes_territory") == {"jaysh_al_fatah"}, events(text)


def test_short_name_alone_names_no_group():
    text = ("دمشق - قتل ثلاثة مدنيين أمس في قصف بقذائف الهاون على حي الفتح في مدينة درعا، بحسب "
            "المرصد السوري لحقوق الإنسان.")
    assert not any("jaysh_al_fatah" in e["perpetrators"] + e["targets"] for e in events(text)), events(text)
