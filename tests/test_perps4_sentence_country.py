"""A generic alias ("قوات الأمن"، "المتمردين") is read in the country its sentence places the act,
not in the country most of the article is about: a report mostly on Iraq that tells of a clash in
Turkey names no Iraqi forces there."""

from wire_support import events

_IRAQ = ("بغداد - قصفت القوات العراقية أمس مواقع لتنظيم داعش في مدينة الرمادي، فيما شنت "
         "القوات الأمنية العراقية هجوما على الفلوجة وقتلت عشرة مسلحين في بلدة الكرمة قرب الفلوجة. ")


def _in(text: str, country: str) -> dict:
    found = [e for e in events(text) if e["type"] == "armed_clash" and e["location"]["country"] == country]
    assert found, events(text)
    return found[0]


def test_clash_in_turkey_in_an_iraq_report():
    text = _IRAQ + "وفي تركيا، اندلعت اشتباكات بين قوات الأمن والمتمردين الأكراد في ولاية ماردين أمس."
    assert _in(text, "Turkey")["perpetrators"] == ["pkk"], _in(text, "Turkey")


def test_rebels_killed_by_security_forces_in_turkey():
    text = _IRAQ + "وفي تركيا، قتل ثلاثة من المتمردين الأكراد في اشتباكات مع قوات الأمن بولاية ماردين أمس."
    assert _in(text, "Turkey")["perpetrators"] == ["pkk"], _in(text, "Turkey")


def test_security_forces_in_iraq_stay_iraqi():
    text = _IRAQ + "واندلعت اشتباكات بين قوات الأمن ومسلحي داعش في مدينة بيجي أمس."
    ev = [e for e in events(text) if e["location"]["name_ar"] == "بيجي"]
    assert ev and ev[0]["perpetrators"][0] == "iraq_forces", ev
