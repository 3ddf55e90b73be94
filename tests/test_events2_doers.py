"""Doers named in construct with an attack noun ("قصف مسلحي الحوثيين"), and actors next to a
say or accuse participle ("مؤكدا"، "محملا"), which are no speakers of their own."""

from wire_support import events
from wire_support import perpetrators as _perps


def test_members_in_construct_with_a_shelling_noun_are_its_doers():
    text = "تعز - أصيب ثلاثة مدنيين أمس في قصف مسلحي الحوثيين على حي سكني في مدينة تعز."
    assert "houthis" in _perps(text, "shelling_artillery_missile_attack")


def test_forces_after_a_say_participle_are_doers_not_speakers():
    text = ("لحج - قال مسؤول عسكري يمني أمس إن المعارك مستمرة في محافظة لحج، مؤكدا أن قوات "
            "الجيش الوطني والمقاومة الشعبية تخوض معارك عنيفة مع الحوثيين في قاعدة العند.")
    assert "yemen_gov_forces" in _perps(text, "armed_clash")


def test_group_after_an_accuse_participle_is_the_doer_not_a_speaker():
    text = ("المكلا - قتل ستة جنود أمس في هجوم بسيارة مفخخة على نقطة تفتيش في مدينة المكلا، "
            "على ما أعلن مصدر عسكري محملا تنظيم القاعدة المسؤولية.")
    perps = set()
    for e in events(text):
        perps.update(e["perpetrators"])
    assert "aqap" in perps, events(text)  # al-Qaeda told of Yemen is AQAP
