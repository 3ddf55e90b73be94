"""A dateline town is where the report was filed: it does not make an act told over a whole
country look like one that lost its place."""

from wire_support import types


def test_country_level_truce_survives_a_dateline():
    text = "صنعاء - أعلن التحالف العربي أمس هدنة إنسانية في اليمن."
    assert "agreement" in set(types(text))


def test_country_level_strike_survives_a_dateline():
    text = "صنعاء - قصفت طائرات التحالف أمس مواقع في اليمن."
    assert "air_drone_strike" in set(types(text))
