"""Perpetrators: a subject of two actors joined by "و" ("المقاومة والجيش"), the bare army in a
Yemeni report, the first side of a "بين" that stands after the place, and a state's name as the
subject of a strike ("شنت تركيا غارات")."""

from wire_support import events


def _perps(text: str, etype: str) -> list[set[str]]:
    found = [e for e in events(text) if e["type"] == etype]
    assert found, events(text)
    return [set(e["perpetrators"]) for e in found]


def test_a_coordinated_subject_takes_the_ground_together():
    text = ("عدن - تمكنت المقاومة الشعبية والجيش أمس من السيطرة على مدينة زنجبار عاصمة محافظة أبين "
            "بعد معارك عنيفة مع ميليشيات الحوثي.")
    perps = _perps(text, "government_regains_territory")
    assert {"yemen_popular_resistance", "yemen_gov_forces"} <= perps[0], perps


def test_a_coordinated_pair_after_bayn_is_two_sides_not_one_subject():
    text = ("حلب - تشهد مدينة حلب منذ أشهر معارك متواصلة بين قوات النظام والفصائل المسلحة "
            "التي تتقاسم السيطرة على أحيائها.")
    for e in events(text):
        assert e["type"] != "government_regains_territory", events(text)


def test_the_first_side_of_a_far_bayn_is_the_doer():
    text = ("تعز - اندلعت اشتباكات عنيفة أمس في شوارع مدينة تعز، ثالث كبرى مدن البلاد بعد صنعاء "
            "وعدن، بين المقاومة الشعبية والحوثيين وحلفائهم.")
    perps = _perps(text, "armed_clash")
    assert perps[0] == {"yemen_popular_resistance"}, perps


def test_a_state_named_as_subject_of_air_strikes_gives_its_forces():
    text = ("أنقرة - شنت تركيا غارات جوية أمس على معسكرات لحزب العمال الكردستاني في جبال قنديل "
            "شمال العراق، بحسب وكالة الأناضول.")
    perps = _perps(text, "air_drone_strike")
    assert perps[0] == {"turkey_forces"}, perps


def test_a_state_named_after_a_shelling_verb_gives_its_forces():
    text = "دهوك - قصفت تركيا أمس قرية في منطقة زاخو شمال العراق، ما أسفر عن مقتل ثلاثة مدنيين."
    perps = _perps(text, "shelling_artillery_missile_attack") if any(
        e["type"] == "shelling_artillery_missile_attack" for e in events(text)) else _perps(text, "air_drone_strike")
    assert perps[0] == {"turkey_forces"}, perps
