"""A bombardment verb whose subject is air strikes ("غارات ... قصفت"، "قصفت أربع غارات") tells
what the strikes hit: one air strike, no shelling beside it; guns named by the verb still make
shelling."""

from wire_support import events, types


def test_strikes_that_bombed_make_no_shelling():
    text = ("بغداد - وقال بيان للتحالف إن ست غارات قرب مدينة الفلوجة قصفت وحدات تكتيكية ومركبات "
            "تابعة للتنظيم أمس.")
    found = types(text)
    assert "air_drone_strike" in found and "shelling_artillery_missile_attack" not in found, events(text)


def test_the_strikes_right_after_the_verb_are_its_subject():
    text = "بغداد - فضلا عن ذلك قصفت ثلاث غارات أمس مواقع للتنظيم قرب مدينة بيجي."
    found = types(text)
    assert "air_drone_strike" in found and "shelling_artillery_missile_attack" not in found, events(text)


def test_strikes_then_a_second_act_bombing_their_targets():
    text = ("دمشق - وأضاف البيان أن التحالف شن أمس 9 غارات جوية في سوريا تركزت أربع منها قرب مدينة "
            "تدمر وقصفت وحدات تكتيكية تابعة للتنظيم.")
    found = types(text)
    assert "shelling_artillery_missile_attack" not in found, events(text)


def test_guns_named_by_the_verb_still_shell():
    text = ("دمشق - وشنت الطائرات الحربية أمس غارات على مدينة دوما، وقصفت المدفعية بلدة حرستا "
            "المجاورة.")
    assert "shelling_artillery_missile_attack" in types(text), events(text)
