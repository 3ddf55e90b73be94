"""Ground lost ("فقد X السيطرة على") was taken by the other side; an air campaign launched is an
air strike, the standing campaign named as background is none."""

from wire_support import events


def _types(text: str) -> list[str]:
    return [e["type"] for e in events(text)]


def test_rebels_losing_a_town_is_a_government_gain():
    text = "عدن - فقد المتمردون الحوثيون أمس السيطرة على مدينة زنجبار في محافظة أبين."
    evs = events(text)
    assert [e["type"] for e in evs] == ["government_regains_territory"], evs
    assert "houthis" not in evs[0]["perpetrators"], evs


def test_the_side_it_was_lost_to_takes_it():
    text = ("عدن - فقد الحوثيون السيطرة على مدينة زنجبار في محافظة أبين أمس لصالح "
            "المقاومة الشعبية.")
    evs = events(text)
    assert [e["type"] for e in evs] == ["government_regains_territory"], evs
    assert evs[0]["perpetrators"] == ["yemen_popular_resistance"], evs


def test_state_forces_losing_a_town_is_a_rebel_gain():
    text = "بغداد - فقدت القوات العراقية السيطرة على مدينة الرمادي أمس الأحد."
    assert _types(text) == ["non_state_actor_overtakes_territory"], events(text)


def test_an_air_campaign_launched_is_an_air_strike():
    text = "أنقرة - شنت الطائرات التركية أمس حملة جوية على مواقع للمتمردين في شمال العراق."
    assert "air_drone_strike" in _types(text), events(text)


def test_the_standing_campaign_as_background_is_no_strike():
    text = ("أنقرة - تصاعد التوتر في تركيا أمس بعد الحملة الجوية التي أطلقتها أنقرة ضد مواقع "
            "المتمردين في شمال العراق.")
    assert "air_drone_strike" not in _types(text), events(text)

