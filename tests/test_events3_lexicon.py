"""Aircraft named in the dual ("مروحيتين هاجمتا") and rocket launchers struck ("منصات إطلاق
صواريخ"): lexicon variants that type or drop a mention."""

from wire_support import events


def _types(text: str) -> set[str]:
    return {e["type"] for e in events(text)}


def test_two_helicopters_attacking_is_an_air_strike():
    text = ("قندهار - قال مسؤول محلي أمس إن مروحيتين أمريكيتين هاجمتا نقطة تفتيش للشرطة في "
            "ولاية قندهار، ما أدى إلى مقتل ستة من عناصرها.")
    types = _types(text)
    assert "air_drone_strike" in types and "armed_clash" not in types, events(text)


def test_launchers_destroyed_by_a_strike_are_no_rocket_fire():
    text = ("صنعاء - شنت طائرات التحالف أمس غارات على محافظة صعدة شمال اليمن دمرت خلالها "
            "منصات إطلاق صواريخ تابعة للحوثيين.")
    types = _types(text)
    assert "air_drone_strike" in types and "shelling_artillery_missile_attack" not in types, events(text)

