"""A dash- or bracket-enclosed aside after a group ("جيش الفتح -المؤلف من جبهة النصرة وأحرار
الشام-") says what the group is made of: its members are no extra doers, and the verb after the
aside has the group for its subject."""

from wire_support import perpetrators


def test_dash_aside_then_taking_ground():
    text = ("إدلب - وجيش الفتح -المؤلف من فصائل أبرزها جبهة النصرة وحركة أحرار الشام- سيطر، أمس، "
            "على حاجز للقوات الحكومية السورية في بلدة محمبل بريف إدلب.")
    assert perpetrators(text, "non_state_actor_overtakes_territory") == {"jaysh_al_fatah"}, text


def test_dash_aside_after_the_shelling_group():
    text = ("إدلب - قصف جيش الفتح -الذي يضم جبهة النصرة وحركة أحرار الشام- أمس بلدة الفوعة بريف "
            "إدلب بعشرات القذائف.")
    assert perpetrators(text, "shelling_artillery_missile_attack") == {"jaysh_al_fatah"}, text


def test_bracket_aside_after_the_shelling_group():
    text = ("إدلب - قصف جيش الفتح (الذي يضم جبهة النصرة وحركة أحرار الشام) أمس بلدة الفوعة بريف "
            "إدلب بعشرات القذائف.")
    assert perpetrators(text, "shelling_artillery_missile_attack") == {"jaysh_al_fatah"}, text


def test_a_dash_joining_two_names_is_no_aside():
    text = ("تعز - قصفت ميليشيات الحوثي -وقوات صالح- أمس أحياء سكنية في مدينة تعز بقذائف الهاون.")
    assert perpetrators(text, "shelling_artillery_missile_attack") == {"houthis", "saleh_forces"}, text
