"""A speaker whose words open with "that it" ("قالت المعارضة المسلحة إنها كثفت قصفها") tells its
own act: it is the doer as well as the source."""

from wire_support import perpetrators


def test_opposition_says_it_shelled():
    text = ("درعا - قالت المعارضة المسلحة في سوريا إنها كثفت قصفها أمس الجمعة على مواقع القوات "
            "الحكومية وسط مدينة درعا.")
    assert perpetrators(text, "shelling_artillery_missile_attack") == {"syrian_opposition_factions"}, text


def test_group_announces_it_shelled():
    text = ("حلب - أعلن جيش الإسلام أنه قصف بصواريخ غراد أمس مواقع لقوات النظام في حي الراشدين "
            "بمدينة حلب.")
    assert perpetrators(text, "shelling_artillery_missile_attack") == {"jaysh_al_islam"}, text
