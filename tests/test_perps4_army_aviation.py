""""طيران الجيش" (army aviation) is the air arm of the army of the country the act is told of:
Iraq's or Afghanistan's own strikes, not the foreign air force their unattributed strikes are
coded to."""

from wire_support import one


def test_army_aviation_in_iraq():
    text = ("بغداد - قالت مصادر محلية إن طيران الجيش شن أمس غارات على مواقع لتنظيم داعش في قضاء "
            "بيجي وقتل 12 من عناصره.")
    ev = one(text, "air_drone_strike")
    assert ev["perpetrators"] == ["iraq_forces"], ev


def test_army_aviation_helicopters_in_afghanistan():
    text = "كابول - قصفت مروحيات طيران الجيش أمس مواقع لحركة طالبان في ولاية قندوز شمال أفغانستان."
    ev = one(text, "air_drone_strike")
    assert ev["perpetrators"] == ["afghanistan_forces"], ev
