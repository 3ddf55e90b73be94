"""Syria's armed opposition as the wire names it without a longer title: "المعارضة السورية"،
"الكتائب المقاتلة"، "مقاتلو الفصائل"."""

from wire_support import perpetrators


def test_syrian_opposition_attacking():
    text = ("درعا - شنت المعارضة السورية أمس الخميس هجوما على المربع الأمني في مدينة درعا "
            "واشتبكت مع القوات الحكومية.")
    assert "syrian_opposition_factions" in perpetrators(text, "armed_clash"), text


def test_fighting_battalions_shelling():
    text = ("حلب - قصفت الكتائب المقاتلة بقذائف الهاون أمس حي الخالدية في مدينة حلب، "
            "بحسب المرصد السوري.")
    assert perpetrators(text, "shelling_artillery_missile_attack") == {"syrian_opposition_factions"}, text
